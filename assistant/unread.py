"""Every word of a question accounted for: read by a rule, or reported.

- ``organ_type``: a kind of organ named (哪些海关单位 / 财政系统): the organs whose name holds it
  (lexicons/question_organ_types.tsv, or a word no rule read right before 单位 / 机关 / 部门 /
  系统); a kind the store has no organ of is remembered as ``absent_kind`` and answered
  "库中没有…的报告".
- ``unstated_meta``: 没写明机关 / 未注明年份: the reports whose organ (year, level) is not stated.
- ``account``: after every rule, the characters no rule read, without the fillers of
  lexicons/question_fillers.tsv, are the plan's ``unread`` words; those that would change
  the answer (a level, a place, a year, an organ kind) are its ``doubts``, said in the
  answer's first line; those holding a word of a condition or a comparison
  (lexicons/question_condition_words.tsv: 不一样, 超过, 是否; 没有 / 未 + a verb) are its
  ``unread_conditions``: the question is asked back, never answered as if they were absent;
  so are the unread words of a comparison read as "any check fails" naming no figure or table
  (封面年份和正文年度不相符: what is compared is not read).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .lexwords import alternation, values
from .sectors import holds
from .words import MINISTRY_TAIL

_BUREAU_TAIL = re.compile(r"委员会|局|委|厅|署|所|站|中心")
_NATION_TAIL = re.compile(MINISTRY_TAIL)   # 教育部: a national ministry's tail
_PROVINCE_TAIL = re.compile(r"厅")
_PROVINCE_BEFORE = re.compile(r"省(?:级|里的?|的|直)?$")


def _tier_named(s: str, start: int, end: int) -> bool:
    """Whether the kind at ``s[start:end]`` is one tier's organ by its name: a national
    ministry's tail after it (教育部), or 厅 after it with 省 before it (省应急管理厅); 卫健厅 alone
    stays the sector's bodies (lexicons/question_tail_families.tsv)."""
    return bool(_NATION_TAIL.match(s, end)) or bool(
        _PROVINCE_TAIL.match(s, end) and _PROVINCE_BEFORE.search(s[:start]))


_KIND_NOUN = re.compile(r"(单位|机关|机构|部门|系统|条线|口|类)")
_NOT_WRITTEN = r"(?:没有?|未|不)(?:写明|注明|标明|载明|写清|写|填写?|署名?|说明)(?:了)?"
_UNSTATED_TAIL = r"(?:名称)?(?:不详|不明|缺失|空白|为空)"
_UNSTATED_SAID_AFTER = r"(?=的|[，,。？?！!）)]|$)"   # 年份都没写的 / 年份没写？: nothing written after it
_BARE_SUBJECT = ("机关", "单位")   # 哪些单位没写: the organs' own doing, unless 连 / 都 / 名称 said


@lru_cache(maxsize=1)
def _unstated_pattern() -> re.Pattern:
    """没写明机关 / 机关名称不详 / 连年份都没写 / 看不出是哪一年的: the words naming a field are the
    completeness registry's (lexicons/question_elements.tsv, role unstated)."""
    field = "(" + alternation("question_elements", "unstated") + ")"
    return re.compile(
        _NOT_WRITTEN + r"的?(?:是)?(?:哪个|哪家|哪一个)?" + field
        + r"|(连)?" + field + r"(" + _UNSTATED_TAIL + r"|(?:名称)?(?:都|也)?" + _NOT_WRITTEN
        + _UNSTATED_SAID_AFTER + r")"
        + r"|看不出(?:来)?(?:是)?(?:哪一?(年)|(?:哪一?个|哪家)" + field + r"|" + field + r")")


def _unstated_field(m: re.Match) -> str | None:
    """The field one match of ``_unstated_pattern`` says unstated, or None (哪些单位没写: the
    organs said, not a report's field)."""
    fields = values("question_elements", "unstated")
    before, lian, bare, tail, year, named, alone = m.groups()
    if before:
        return fields[before]
    if bare:
        if bare in _BARE_SUBJECT and not lian and not re.search(r"名称|都|也|不详|不明|缺失|空白|为空", tail):
            return None
        return fields[bare]
    return "year" if year else fields[named or alone]


_LEVELISH = re.compile(r"[省市县区乡镇]级|[省市县区]直|街道|乡镇|政府|部门")
_PLACEISH = re.compile(r"[\u4e00-\u9fff]{2,}(?:省|市|县|区|州|盟|旗|镇|乡)")
_BUREAUISH = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委员会|委|厅|署)$")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_QUESTIONISH = re.compile(r"[哪几多少各所其他这那每某该本全级]|政府|部门|单位|机关")
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,8}[省市县区州旗]$")
_BARE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})$")


def _bare_place_before(s: str) -> bool:
    """Whether ``s`` ends with a place's bare name by the gazetteer standing alone (沂水 of
    沂水生态环境分局): the kind after it is glued to it, one organ's name."""
    m = _BARE_BEFORE.search(s)
    if not m:
        return False
    from extractor.gazetteer import available, places_short
    return available() and bool(places_short(m.group(1)))


@lru_cache(maxsize=1)
def _kind_rows() -> dict[str, tuple[str, ...]]:
    from extractor.lexicon import load
    rows = load("question_organ_types", required=("word",), unique=("word",))
    return {r["word"]: tuple(n for n in (r.get("names") or r["word"]).split("|") if n)
            for r in rows}


def organ_kinds() -> tuple[str, ...]:
    return tuple(sorted(_kind_rows(), key=len, reverse=True))


def opens_kind(s: str, start: int, end: int) -> bool:
    """Whether the word ``s[start:end]`` (统计, a word of asking too) opens a kind of organ of
    lexicons/question_organ_types.tsv right followed by an organ's tail (统计局, 统计厅): the
    organ's kind, never the word of asking."""
    return any(s.startswith(k, start) and len(k) >= end - start
               and _BUREAU_TAIL.match(s, start + len(k)) for k in organ_kinds())


def kind_names(word: str) -> tuple[str, ...]:
    """What an organ's name holds for the kind ``word`` (市场监管: 市场监督管理, 市场监管)."""
    return _kind_rows().get(word, (word,))


def short_form_read(word: str) -> str | None:
    """How the kind ``word`` reads a short form of lexicons/organ_abbreviations.tsv that has
    several full forms when its names hold some of them only (经开区管委会: 经济技术开发区管理委员会,
    not 经济开发区管理委员会), said; None when it holds all or none."""
    from .names import full_forms
    fulls = full_forms(word)
    kept = [f for f in fulls if any(holds_kind(f, part) for part in kind_names(word))]
    left = [f for f in fulls if f not in kept]
    if not kept or not left:
        return None
    return f"“{word}”按“{'”“'.join(kept)}”理解，不含“{'”“'.join(left)}”（可另问）"


def holds_kind(name: str, part: str) -> bool:
    """Whether an organ's ``name`` holds one name ``part`` of a kind; a part written with …
    holds its pieces in that order (公安局…分局: 深圳市公安局南山分局)."""
    if "…" not in part:
        return holds(name, part)
    at = 0
    for piece in part.split("…"):
        i = name.find(piece, at)
        if i < 0:
            return False
        at = i + len(piece)
    return True


def kind_ids(word: str, organs) -> tuple[int, ...]:
    """The organs of the store of the kind ``word`` (a name holding one of its names), once per
    store index."""
    cached = getattr(organs, "_kind_ids", None)
    if cached is None:
        cached = organs._kind_ids = {}
    if word not in cached:
        parts = kind_names(word)
        cached[word] = tuple(sorted({i for n, ns in organs.names.items()
                                     if any(holds_kind(n, x) for x in parts) for i in ns}))
    return cached[word]


@lru_cache(maxsize=1)
def fillers() -> tuple[str, ...]:
    from extractor.lexicon import load
    rows = load("question_fillers", required=("word",), unique=("word",))
    return tuple(sorted((r["word"] for r in rows), key=len, reverse=True))


@lru_cache(maxsize=1)
def condition_words() -> tuple[str, ...]:
    from extractor.lexicon import load
    rows = load("question_condition_words", required=("word", "kind"), unique=("word",))
    return tuple(sorted((r["word"] for r in rows), key=len, reverse=True))


_NEGATED_VERB = re.compile(r"(?:没有?|未)[\u4e00-\u9fff]")   # 没有公开 / 未答复: a condition


def condition_word(w: str) -> str | None:
    """The word of a condition or a comparison inside the unread word ``w`` (年度不一样:
    不一样), if any."""
    hit = next((c for c in condition_words() if c in w), None)
    if hit:
        return hit
    m = _NEGATED_VERB.search(w)
    return m.group(0) if m else None


def says_unstated(s: str, start: int) -> bool:
    """Whether ``s`` from ``start`` says a report's field unstated (报告年度没有写明: the year
    reader leaves 报告年度 to ``unstated_meta``)."""
    m = _unstated_pattern().match(s, start)
    return m is not None and _unstated_field(m) is not None


def unstated_meta(t, set_) -> None:
    """没写明机关的报告: the reports whose organ name is not stated (likewise year, level)."""
    fields = []
    for m in _unstated_pattern().finditer(t.s):
        f = _unstated_field(m)
        if f is None:
            continue
        if f not in fields:
            fields.append(f)
        t.take(m.start(), m.end())
    if fields:
        set_("unstated", tuple(fields), "unstated_meta")
        set_("kind", "reports", "unstated_meta")


def _kind_words(s: str, q: str) -> list[tuple[int, int, str]]:
    """Organ kinds in the unread characters ``s``: a lexicon word, or an unread run of 2–6
    characters right before 单位 / 机关 / 部门 / 系统."""
    out = []
    cuts = _boundaries(s)
    for w in organ_kinds():
        for m in re.finditer(re.escape(w), s):
            tail = _BUREAU_TAIL.match(s, m.end())   # 税务局: one word of jieba's, the kind before 局
            if m.start() in cuts and (m.end() in cuts or (tail and tail.end() in cuts)) \
                    and not any(a < m.end() and m.start() < b for a, b, _ in out):
                end = m.end() if m.end() in cuts else tail.end()   # 税务局: said with its 局
                out.append((m.start(), end, w))   # 民政 of 民政局, never of 人民政府
    for m in re.finditer(r"[\u4e00-\u9fff]{2,6}", s):
        run, end = m.group(0), m.end()
        if any(a < end and m.start() < b for a, b, _ in out):
            continue
        if not _KIND_NOUN.match(q, end):
            continue
        run = _strip_fillers(run)
        if 2 <= len(run) <= 6 and not _QUESTIONISH.search(run) and run not in vocab.words() \
                and _noun(run):   # 档案单位 / 残联系统; never 者为何单位
            start = m.start() + m.group(0).find(run)
            out.append((start, start + len(run), run))
    return out


def _boundaries(s: str) -> set[int]:
    """The offsets in ``s`` where jieba's words start or end (人民政府 is one word)."""
    cuts, at = {0, len(s)}, 0
    for w in vocab.cut(s):
        at += len(w)
        cuts.add(at)
    return cuts


def _noun(w: str) -> bool:
    """Whether jieba's dictionary has ``w`` as a noun or an abbreviation (档案 n, 妇联 j)."""
    import jieba.posseg
    tag = jieba.posseg.dt.word_tag_tab.get(w) or ""
    return tag.startswith("n") or tag == "j"


def _strip_fillers(run: str) -> str:
    changed = True
    while changed and run:
        changed = False
        for f in fillers():
            if run.startswith(f) and len(run) > len(f):
                run, changed = run[len(f):], True
            elif run.endswith(f) and len(run) > len(f):
                run, changed = run[:-len(f)], True
    return run


def organ_type(t, q: str, organs, p, set_) -> None:
    """哪些海关单位… / 财政系统…: the organs whose name holds the kind, or none in the store."""
    if p.organ_ids or p.region:
        return
    found = sorted(_kind_words(t.s, q))
    for i, (s, e, w) in enumerate(found):
        joined = _joined_kinds(t.s, found[i:])
        s, e = joined[0][0], joined[-1][1]
        if not _KIND_NOUN.match(q, e) and w not in organ_kinds():
            continue
        if _PLACE_BEFORE.search(t.s[:s]) or _bare_place_before(t.s[:s]):
            continue   # 台州市民政局 / 大治市自然资源和规划局 / 沂水生态环境分局: one organ's name
            # the store lacks
        if any(_tier_named(q, a, a + len(w2)) for a, _, w2 in joined):
            continue   # 省应急管理厅 / 教育部: one tier's organ by its name (省…厅 a province's, 部 the
            # nation's), never the kind of every tier; the store lacking it is said (suggest.unknown_organs)
        # 开发区、管委会这类单位 / 海关或税务单位: every kind listed, their organs joined (rule
        # kinds_joined); a kind with no organ in the store is said, never dropped in silence
        held = [(w2, kind_ids(w2, organs)) for _, _, w2 in joined] if organs is not None else []
        ids = tuple(sorted({i for _, k in held for i in k}))
        if ids:
            have = [w2 for w2, k in held if k]
            set_("organ_ids", ids, "organ_type")
            set_("organ_names", tuple(w2 + "类机关" for w2 in have), "organ_type")
            set_("organ_type", have[0], "organ_type")
            said = short_form_read(have[0])
            if said:   # 经开区管委会: 经济技术开发区's, never 经济开发区's (rule short_form_read)
                p.notes = (*p.notes, said)
                set_("organ_type", have[0], "short_form_read")
            if len(joined) > 1:
                set_("also_types", tuple(have[1:]), "kinds_joined")
                p.notes = (*p.notes, *(f"库中没有名称含“{w2}”的机关" for w2, k in held if not k))
        elif organs is not None:
            set_("absent_kind", "”或“".join(t.s[a:b] for a, b, _ in joined), "organ_type")   # 税务局, as typed
        else:
            set_("organ_type", w, "organ_type")
        n = _KIND_NOUN.match(q, e)
        t.take(s, e + (len(n.group(0)) if n and t.s[e:n.end()] == n.group(0) else 0))
        return


_KIND_JOIN = re.compile(r"[、和或及与跟/，,\s]{1,2}|以及|或者|还有")


def _joined_kinds(s: str, found: list) -> list:
    """The kind ``found[0]`` and those listed right after it with 、 / 和 / 或 (开发区、管委会)."""
    out = [found[0]]
    for nxt in found[1:]:
        if not _KIND_JOIN.fullmatch(s[out[-1][1]:nxt[0]]):
            break
        out.append(nxt)
    return out


def kinds_in_store(organs, limit: int = 8) -> list[str]:
    """The organ kinds of the lexicon the store has organs of, most organs first."""
    if organs is None:
        return []
    cached = getattr(organs, "_kinds", None)   # once per store index (one pass over the names)
    if cached is None:
        found: dict[str, set] = {}
        kinds = organ_kinds()
        for i, name in organs.display.items():
            for w in kinds:
                if any(holds_kind(name, x) for x in kind_names(w)):
                    found.setdefault(w, set()).add(i)
        cached = sorted(((len(v), w) for w, v in found.items()), key=lambda x: (-x[0], x[1]))
        organs._kinds = cached
    return [w for _, w in cached[:limit]]


def account(p, residue: str) -> None:
    """The unread words of the residue, and those among them that would change the answer."""
    words = []
    for m in re.finditer(r"[\u4e00-\u9fff0-9A-Za-z]+", residue):
        run = m.group(0)
        rest = run
        for f in fillers():
            if len(f) > 1:   # 统计 of 宁夏统计局 opens a kind of organ, no filler (opens_kind)
                rest = re.sub(re.escape(f), lambda m: m.group(0) if opens_kind(
                    m.string, m.start(), m.end()) else " ", rest)
        for piece in rest.split():
            # a filler character at the start (都有…), a particle at the end (…的, …了): never
            # a name's own last character (成都的: 成都, not 成)
            piece = piece.lstrip("".join(_single_fillers())).rstrip("的了吗呢啊吧么")
            if len(piece) >= 2 and not piece.isdigit():
                words.append(piece)
    p.unread = tuple(dict.fromkeys(words))
    doubts = []
    for w in p.unread:
        if _YEARISH.search(w) and not p.years and not (p.template and w[:4] in ("2019", "2021")):
            doubts.append(w)
        elif _levelish(w) and not p.levels and not p.organ_ids and not p.region:
            doubts.append(w)
        elif any(k in w for k in organ_kinds()) and not p.organ_ids:
            doubts.append(w)
        elif _BUREAUISH.search(w) and not p.organ_ids:
            doubts.append(w)   # 柳河县档案局: a bureau no name of the store was read for
        elif _PLACEISH.search(w) and not p.organ_ids and not p.region:
            doubts.append(w)   # 成都市 with no organ or place of it read
    p.doubts = tuple(doubts)
    p.unread_conditions = tuple(w for w in p.unread if condition_word(w))
    if p.check in ("*", "hard") and not (p.metric or p.other_metrics or p.table or p.tables):
        # 统计年度与标题年份不相符: 不相符 read as "a check fails", what it compares unread: no
        # check of the store is meant (表三对不上 / 数字对不上 name what the checks cover)
        p.unread_conditions += tuple(w for w in p.unread if w not in p.unread_conditions)


def _levelish(w: str) -> bool:
    """A level said inside an unread word: 县级 / 街道 / 政府, a level word of two characters or more
    of lexicons/question_levels.tsv, or a kind of place of question_place_kinds.tsv (叫苏木的: 苏木)."""
    from .placekind import kind_words
    from .vocab import level_words
    return bool(_LEVELISH.search(w)) or any(lw in w for lw in (*level_words(), *kind_words()) if len(lw) >= 2)


@lru_cache(maxsize=1)
def _single_fillers() -> frozenset:
    return frozenset(f for f in fillers() if len(f) == 1)
