"""A kind of place named by how its names end (各旗、苏木的年报…): read, never dropped.

``place_kind(t, organs, p, set_)``: each word of ``lexicons/question_place_kinds.tsv`` standing
as a word of its own in what no earlier rule read (各旗 / 旗、苏木 / 苏木的报告; never the 旗 of an
unread name such as 红旗) filters the organs in a place so named: an organ whose name, short name
or county / city holds a place ending in the word (某某旗人民政府, 某某旗教育局, 某某苏木). With
none in the store the reading keeps the words as ``absent_kind`` and the answer says
"库中没有…的报告" (answer.py), never every report's answer.
"""
from __future__ import annotations

import re
from functools import lru_cache

# before the word: a start, a list word or a join; after it: a join, 的, a verb of the question
_BEFORE = r"(?:^|(?<=[各、和与及或，,的在那\u3000])|(?<=哪些|哪个|哪家|几个|所有|全部|每个|其中|只要|只看|只算|仅看|只留|保留|里面|里边|当中|之中|那个|这个))"
# after a government's word, the tier it stands for (地区行署那一级 / 盟行署这一级的): the places' organs
_TIER = re.compile(r"(?:那|这)?一?级(?:别)?(?:的|单位|机关)?")
_GOV = re.compile(r"(?:人民)?政府|行政公署|行署")   # 盟行署 / 地区行政公署: the place's government
_AFTER = r"(?=$|[、和与及或，,的里中内有收零报年都共呢吗是\u3000？?]|人民政府|政府|行政公署|行署|一级|级|下面|下属|[这那]一?级)"
# the tier said right after the kind, no government's word (盟这一级的单位 / 旗那一级): as with one
_TIERS = ("county", "city", "province")   # a tier with departments of its own
_TIER_ALONE = re.compile(r"(?:那|这)一?级(?:别)?(?:的|单位|机关)?|一级(?:的|单位|机关)")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], ...]:
    from extractor.lexicon import load
    return load("question_place_kinds", required=("word", "level"), unique=("word",))


def _rows() -> dict[str, str]:
    return {r["word"]: r["level"] for r in _table()}


def kind_words() -> tuple[str, ...]:
    """The words of the kinds of place (苏木, 旗, 地区 …)."""
    return tuple(_rows())


def _joined_only() -> set[str]:
    """The words read as a kind only joined to another (地区: 盟和地区, never 哪些地区 alone)."""
    return {r["word"] for r in _table() if r.get("joined") == "yes"}


def _bodies(word: str) -> tuple[str, ...]:
    """The words of a place's bodies right after which ``word`` is the kind even alone (地区行署,
    地区直属部门), longest first."""
    row = next((r for r in _table() if r["word"] == word), {})
    return tuple(sorted(filter(None, (row.get("bodies") or "").split("|")), key=len, reverse=True))


def _body_after(s: str, end: int, word: str) -> str | None:
    return next((b for b in _bodies(word) if s.startswith(b, end)), None)


# a word of place said after a kind before its join (盟里和地区, 旗里面、苏木): the kind still joined
_PLACE_WORD = r"(?:里面|里边|里头|下面|下属|里|内|中)?"
_WITHIN = re.compile(_PLACE_WORD + "$")
_WITHIN_AFTER = re.compile(_PLACE_WORD)


def _joined(s: str, start: int, end: int) -> bool:
    """Whether the kind at ``s[start:end]`` is joined (和, 、) to another kind word of the file,
    a word of place (里, 下面) standing between the first kind and the join (盟里和地区)."""
    kinds = sorted(_rows(), key=len, reverse=True)
    before = _WITHIN.sub("", s[:start - 1]) if start >= 1 else ""
    after = _WITHIN_AFTER.match(s, end).end()
    return (start >= 1 and s[start - 1] in _JOIN and any(before.endswith(w) for w in kinds)) \
        or (after < len(s) and s[after] in _JOIN and any(s.startswith(w, after + 1) for w in kinds))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_rows(), key=len, reverse=True))
    # 社区居委会: one kind right after another
    after_kind = "|".join(f"(?<={re.escape(w)})" for w in _rows())   # 社区居委会
    # a word of two characters or more stands by itself after a start; one character (旗, 村)
    # needs a join, 的 or a question's word after it too (各旗、 / 各村的, never 旗帜)
    longest = sorted(_rows(), key=len, reverse=True)
    multi = "|".join(re.escape(w) for w in longest if len(w) > 1)
    single = "|".join(re.escape(w) for w in longest if len(w) == 1) or "(?!)"
    return re.compile(f"(?:{_BEFORE}|{after_kind})(?:({multi})|({single})" + _AFTER[:-1] + f"|{words}))")


def _organs_of(word: str, organs) -> tuple[int, ...]:
    """The organs in a place ending in ``word``: a name holding a place name (2–8 characters)
    that ends in it, followed by the rest of the organ's name or nothing (某某旗教育局), never a
    name going on with a township's word (红旗镇, 红旗街道)."""
    cached = getattr(organs, "_place_kinds", None)
    if cached is None:
        cached = organs._place_kinds = {}
    if word not in cached:
        rx = re.compile(r"[\u4e00-\u9fff]{1,7}" + re.escape(word) + r"(?![\u4e00-\u9fff]?[镇乡村]|街道|社区)")
        ids = {i for i, name in organs.display.items() if name and rx.search(name)}
        cached[word] = tuple(sorted(ids))
    return cached[word]


_JOIN = "和与及、或跟"


def _within_level(s: str, start: int, end: int, level: str) -> bool:
    """Whether the kind at ``s[start:end]`` is joined (和, 、) to a level word covering its own
    level (乡镇和苏木, 苏木、乡镇): the level's bodies, the kind one of them, no filter of its own."""
    from . import vocab
    for w, levels in vocab.level_words().items():
        if level not in levels or len(w) < 2:
            continue
        if (s[:start - 1].endswith(w) and start >= 1 and s[start - 1] in _JOIN) or (
                s.startswith(w, end + 1) and end < len(s) and s[end] in _JOIN):
            return True
    return False


def _governments_of(word: str, organs) -> tuple[int, ...]:
    """The governments of the places ending in ``word`` (某某旗人民政府, its 办公室), of
    ``_organs_of``."""
    rx = re.compile(re.escape(word) + r"(?:(?:人民)?政府|行政公署|行署)(?:办公室|办公厅)?$")
    return tuple(i for i in _organs_of(word, organs) if rx.search(organs.display.get(i) or ""))


def place_kind(t, organs, p, set_) -> None:
    """Read each place kind of ``t``; the organs of those found, or the absent ones said. Said
    with 政府 / 人民政府 (旗政府, 苏木人民政府): those places' governments only, never their
    townships' or bureaus' reports."""
    if p.organ_ids or p.region or organs is None:
        return
    found, absent, ids = [], [], set()
    tiers = []   # the levels of the kinds said as a tier with no government's word (盟这一级)
    said = t.s   # as typed before any kind is taken (盟和地区: 地区 joined to 盟)
    for m in _pattern().finditer(said):
        g = 1 if m.group(1) else 2
        w = m.group(g)
        if (w, w) in found or w in absent:
            continue
        body = _body_after(said, m.end(g), w)
        if w in _joined_only() and not _joined(said, m.start(g), m.end(g)) and not body:
            continue   # 哪些地区 / 各地区: places in general, never the kind alone
        if _within_level(t.s, m.start(g), m.end(g), _rows()[w]):
            t.take(m.start(g), m.end(g))   # 乡镇和苏木: every township, 苏木 among them
            continue
        gov = _GOV.match(t.s, m.end(g))
        tier = _TIER.match(t.s, gov.end()) if gov else _TIER_ALONE.match(t.s, m.end(g))
        if tier:   # 地区行署那一级 / 盟这一级: the tier of such places, every organ of theirs (rule place_kind_tier)
            found.append((w, w + (gov.group(0) if gov else "") + "一级"))
            ids |= set(_organs_of(w, organs))
            if not gov:
                tiers.append(_rows()[w])
            t.take(m.start(g), tier.end())
            continue
        dept = body if body and not gov else None   # 地区直属部门: its organs but its governments
        got = _governments_of(w, organs) if gov else _organs_of(w, organs)
        if dept:
            got = tuple(sorted(set(got) - set(_governments_of(w, organs))))
        if got:
            found.append((w, w + (gov.group(0) if gov else dept or "")))
        else:
            absent.append(w)
        ids |= set(got)
        end = gov.end() if gov else m.end(g) + len(dept or "")
        end = _WITHIN_AFTER.match(t.s, end).end()   # 盟下面 / 盟里: the kind's word of place with it
        t.take(m.start(g), end)
    if absent:   # 各旗、苏木 with no 苏木: said, never answered over the 旗 alone or every report
        set_("absent_kind", "”“".join(absent), "place_kind")
    elif found:
        rule = "place_kind_tier" if any(shown.endswith("一级") for _, shown in found) else \
            "place_kind_government" if any(_GOV.search(shown) for _, shown in found) else "place_kind"
        set_("organ_ids", tuple(sorted(ids)), rule)
        if len(tiers) == len(found) and len(set(tiers)) == 1 and tiers[0] in _TIERS and not p.levels:
            # 旗这一级: the 旗's own tier (its government and departments), never its 苏木 or towns
            set_("levels", (tiers[0], tiers[0] + "_dept"), "place_kind_tier")
        set_("organ_names", tuple(f"{shown}（地名以“{w}”结尾）" for w, shown in found), "place_kind")


# 只要乡不要镇 / 只看镇的，不算乡 / 是乡不是镇: the township level's two name tails set against each
# other, one kept: the townships named so (family "乡 vs 镇 as name kinds"), never every level but
# the township's (不要镇 is no level taken away here)
_TOWN_TAILS = "乡镇"
_KEEP = r"(?:只要|只看|只算|仅看|就要|只留|只是|是)"
_DROP = r"(?:不要|不看|不算|不含|不是|除去|去掉)"
_TOWN_ONLY = re.compile(_KEEP + r"([乡镇])的?[，,、]?" + _DROP + r"([乡镇])的?"
                        r"|" + _DROP + r"([乡镇])的?[，,、]?" + _KEEP + r"([乡镇])的?")


def town_tail(t, organs, p, set_, notes: list) -> bool:
    """``t``'s 只要乡不要镇: the township organs whose name ends its place in the tail kept (the
    level township and those organs), the words taken, said in the reading; True when read."""
    if organs is None or p.organ_ids or p.region:
        return False
    m = _TOWN_ONLY.search(t.s)
    if not m:
        return False
    kept, dropped = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if kept == dropped:
        return False
    t.take(m.start(), m.end())
    set_("levels", ("township",), "town_tail")
    # the township's own place ends in it (宁乡市灰汤镇 is a 镇: 宁乡 is its county's name)
    rx = re.compile(kept + r"(?:人民政府|政府)?$")
    ids = tuple(sorted(i for i, name in organs.display.items() if name and rx.search(name)))
    set_("organ_ids", ids or NO_ORGAN, "town_tail")
    set_("organ_names", (f"{kept}（地名以“{kept}”结尾）",), "town_tail")
    notes.append(f"“{m.group(0)}”按名称以“{kept}”结尾的乡镇理解（不含以“{dropped}”结尾的）")
    return True


# organ ids start at 1 (SQLite rowids): a scope narrowed to no organ holds this id only, so its
# answer says none was found (never an empty filter, which would be every report's)
NO_ORGAN = (0,)


def kind_narrowed(prev, new, narrows: bool) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """A kind of place said in a follow-up (只要旗的 / 其中苏木的 / 旗的呢) after organs of a kind
    (气象局的报告 → 内蒙古的那几个): those of them in such places, never every organ of the places
    (rule place_kind_narrowed); None when the follow-up names no kind of place, or names it after
    one organ or a kind of place without narrowing (苏木呢 after 花沟镇的报告, 那盟的呢 after 旗政府的
    报告: the kind instead). (organ ids, names)."""
    kinds = {"place_kind", "place_kind_government", "place_kind_tier"}
    if not prev.organ_ids or "organ_ids" not in new.given or not kinds & set(new.rules):
        return None
    if not narrows and (len(set(prev.organ_ids)) < 2 or kinds & set(prev.rules)):
        return None   # 那盟的呢 after 旗政府的报告: the other kind instead
    ids = tuple(sorted(set(prev.organ_ids) & set(new.organ_ids))) or NO_ORGAN
    return ids, tuple(f"{n}的{'、'.join(prev.organ_names)}" for n in new.organ_names)
