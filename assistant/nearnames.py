"""Names a question gives that the store holds only nearly: asked back, never answered as if
the name were absent or were another one.

- ``typo_places``: a place typed one character off a place or organ the store holds (拱县 for
  珙县, 杨河县 for 柳河县). A name of three characters or more: any one character but its
  last (``OrganIndex.near``); a name of two (one character and 县 / 市 / 区 …): that character
  sounds as the held one does (a pinyin input slip: 拱 gong for 珙 gong), else every two-character
  county would be "near".
- ``held_as_part``: a place's bureau the store does not hold, 泰安市生态环境局, when it holds
  organs whose name goes on from it (泰安市生态环境局肥城分局): those are offered.
- ``other_rank``: a place typed with a rank the store does not hold it at (朝阳区, the store
  holding 朝阳市 only): the held one offered (``placescope.rank_elsewhere``).
- ``shared_name``: one value asked (电话, 地址) of a bureau name with no place that several
  organs bear (公安局): which one is asked.
- ``glued_place``: a place typed wrong inside an organ name, 临夏洲公安局 (the store has
  临夏州公安局), 信峰县卫健委 (信丰县卫生健康委). The bureau part is a name the store holds
  (公安局, 卫健委), so the question would otherwise be read as every body of that kind, or the
  unknown place's 县 as a level. (The whole name as typed, the store's names one character off
  it) for the first bureau name found right after two to four characters that are no question
  words and, with them, no name the store holds. Asked back (``answer._ask_back``), never
  answered: with a near name as the option to choose; with none, when the characters end as a
  place does (洛西县), as a place the store has no report of. None when nothing is so.

The names one character off (``near_names``) are looked up in buckets of the store's names by
length and last character, built once per store index.

Pinyin readings come from the character dictionary the ``jionlp`` package ships (already a
dependency, for the gazetteer: no second pinyin package), read from its data file only when a
name is in doubt. A held name that sounds as typed (刘阳市: 浏阳市, liu; 湄谭县: 湄潭县, tan) is
offered first; the question is still asked back (issue 14: a near-miss name, 桦楠县 → 桦南县?, asks),
the held name an option to re-run.
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from . import vocab
from .names import DEPT_TAILS, RANK_TAIL, common_word, short_forms
from .placescope import rank_elsewhere
from .words import normalise

_TAILS = "县市区镇乡旗州"
_TWO_TAILS = "县市区旗"   # two-character names end so (珙县, 津市); 城镇, 乡镇 are words
# characters of a question, never of a place's name (各县, 本县, 哪个县, 全市)
_ASKING = re.compile(r"[各本该全每某哪几多少个其这那此些级的和与及或、，,在是有了到从按里上下中内外为被对]")


@lru_cache(maxsize=1)
def _definitions() -> dict[str, str]:
    """character -> its dictionary entry (readings in brackets: [gǒng]…), read once."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.origin:
        return {}
    path = Path(spec.origin).parent / "dictionary" / "chinese_char_dictionary.zip"
    try:
        with zipfile.ZipFile(path) as z:
            data = z.read(z.namelist()[0]).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile):
        return {}
    out = {}
    for line in data.split("\n"):
        if len(line) > 2 and line[1] == "\t":
            out[line[0]] = line[line.rfind("\t") + 1:]
    return out


_READING = re.compile(r"\[([a-zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+)\]")


@lru_cache(maxsize=4096)
def readings(ch: str) -> frozenset:
    """The readings of a character, tones aside (拱: {gong})."""
    return frozenset(_toneless(r) for r in _READING.findall(_definitions().get(ch, "")))


def _toneless(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def sound_alike(a: str, b: str) -> bool:
    """Whether two characters share a reading (tones aside): 拱 and 珙 (gong)."""
    return bool(readings(a) & readings(b))


def _buckets(organs) -> dict:
    """The store's names and places by length and last character, built once per store index."""
    b = organs.__dict__.get("_near_buckets")
    if b is None:
        b = {}
        for name in list(organs.names) + list(organs.regions):
            b.setdefault((len(name), name[-1]), []).append(name)
        organs.__dict__["_near_buckets"] = b
    return b


def near_names(word: str, organs) -> list[str]:
    """The store's names and places of ``word``'s length and last character that differ from
    it in one character: the one look-up of "names one character off"."""
    return sorted({n for n in _buckets(organs).get((len(word), word[-1]), ()) if _one_char_off(n, word)})


def _one_char_off(a: str, b: str) -> bool:
    """Same length, the same last character, one character different."""
    return len(a) == len(b) and a[-1] == b[-1] and sum(x != y for x, y in zip(a, b)) == 1


def _sounds_as(typed: str, held: str) -> bool:
    """Whether ``held``, one character off ``typed``, differs in a character of the same sound
    (刘阳市 / 浏阳市: liu): a slip of a pinyin input method."""
    return all(a == b or sound_alike(a, b) for a, b in zip(typed, held))


def sounding_first(typed: str, held: list[str]) -> list[str]:
    """The held names one character off ``typed``, those that sound as typed first (刘阳市:
    浏阳市 before 东阳市, 信阳市 …), each group in its order."""
    return sorted(held, key=lambda n: not _sounds_as(typed, n))


def _near(word: str, organs) -> list[str]:
    hits = near_names(word, organs)
    if len(word) == 2:   # 拱县: only a held name of the same sound (珙县), never every X县
        hits = [n for n in hits if word[-1] in _TWO_TAILS and sound_alike(n[0], word[0])]
    return hits


def typo_places(question: str, organs) -> list[tuple[str, list[str]]]:
    """(word, the held names it is one character off) for each place-like word of ``question``
    the store holds no name for."""
    q = normalise("".join(question.split()))
    covered = set()
    for s, e, _ in organs.find(q) + organs.find_regions(q):
        covered.update(range(s, e))
    out = []
    for i, ch in enumerate(q):
        if ch not in _TAILS or i in covered:
            continue
        for k in (5, 4, 3, 2, 1):   # the whole name first (巴颜托海镇: 巴彦托海镇, never 托海镇: 渤海镇)
            s = i - k
            if s < 0 or any(j in covered for j in range(s, i)):
                continue
            word = q[s:i + 1]
            if _ASKING.search(word[:-1]) or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                continue
            if word in organs.names or word in organs.regions or word[0] in _TAILS \
                    or word in _known_words():
                break
            hits = _near(word, organs)
            if hits and real_place(word):
                break   # 北京市 is a place of its own (the store lacks it), never a slip for 北票市
            if hits:
                out.append((word, hits))
                break
    return out


@lru_cache(maxsize=1)
def _known_words() -> frozenset:
    return frozenset(vocab.level_words()) | frozenset(vocab.words()) | frozenset(vocab.metric_aliases())


class Near(NamedTuple):
    text: str                  # what to say first
    options: list              # [(label, the question re-typed)]
    retype: str | None         # the question to answer instead (read and said), or None
    stands: bool               # the reading stands (only which organ is asked): a follow-up answers
    note: str | None = None    # said in the reading line (地区 read as another place: which one)


def near_reading(question: str, plan, organs) -> Near | None:
    """(what to say, [(option label, the question re-typed)], the question to answer instead or
    None) when a name of the question is held only nearly; None when every name is held or none
    is near one."""
    if organs is None:
        return None
    typos = typo_places(question, organs) if not (_named(plan) or plan.followup) else []
    if typos:
        typos = [(w, sounding_first(w, ns)) for w, ns in typos]   # 刘阳市: 浏阳市 first
        opts = [(f"“{w}”按“{n}”理解", question.replace(w, n, 1)) for w, ns in typos for n in ns[:6]]
        if len(typos) == 1 and len(typos[0][1]) == 1 and sure_slip(typos[0][0], typos[0][1][0]):
            w, n = typos[0][0], typos[0][1][0]   # 巴颜托海镇: one held name, four of five characters its own
            return Near(f"库中没有“{w}”，按只差一个字的“{n}”回答", opts, question.replace(w, n, 1), False)
        said = "；".join(f"库中没有“{w}”，是不是“{'”或“'.join(ns[:6])}”？" for w, ns in typos)
        return Near(said + "（请选择，或改正后再问）", opts, None, False)
    slip = (other_tail(question, plan, organs) or zone_elsewhere(question, plan, organs)
            or other_rank(question, organs) or county_of_several(question, plan, organs))
    if slip:
        return slip
    if plan.region and not plan.organ_ids:
        for w in plan.doubts:
            if w.endswith(DEPT_TAILS) or w in ("人民政府", "政府") or _kind_of(w):
                return Near(*_bureau_of_place(question, plan.region[1], w, organs), False)
    if plan.kind == "contact" and not plan.listing and not plan.report_ids and not plan.followup:
        many = shared_name(plan, organs)
        if many:
            name = plan.organ_names[0]
            opts = [(f"按“{n}”", question.replace(name, n, 1)) for n in many[:8]]
            return Near(f"“{name}”不止一个：库中有" + "、".join(f"“{n}”" for n in many[:8])
                    + "。请问是哪一个？（或问“各" + name + "的…”列出全部）", opts, None, True)
            # the reading stands (公安局的电话), only which one is asked: 平阳县的 then answers it
    return None


def other_rank(question: str, organs) -> Near | None:
    """朝阳区 in a store holding 朝阳市 only (``placescope.rank_elsewhere``): the typed place is
    not held, the held one of that name and another rank is offered, never answered for as if
    it were the place asked."""
    got = rank_elsewhere(question, organs)
    if got is None:
        return None
    typed, held, province = got
    where = f"（{province}）" if province and province != held else ""
    return Near(f"库中没有“{typed}”的报告；库中有“{held}”{where}的报告，是不是指它？（请选择，或改正后再问）",
                [(f"按“{held}”", question.replace(typed, held, 1))], None, False,
                f"“{typed}”库中没有，是否指“{held}”待确认")


def county_of_several(question: str, plan, organs) -> Near | None:
    """鼓楼区 (南京's and 福州's) asked with no city, the store holding reports of it in more
    than one place (or some saying none): which one is asked, each place's an option
    (南京市鼓楼区…), never both answered as one."""
    from extractor.gazetteer import available, places_named
    if not plan.region or plan.region[0] != "county" or plan.region_of or plan.region_not \
            or plan.also_regions or not available():
        return None
    county = plan.region[1]
    outers = organs.county_in.get(county, set())
    if len(outers) < 2 or len({p.parents for p in places_named(county)}) < 2:
        return None
    q = normalise("".join(question.split()))
    typed = next((q[a:b] for a, b, n in organs.find_regions(q) if organs.regions[n] == plan.region), None)
    if typed is None or typed not in question:
        return None
    known = sorted(o for o in outers if o)
    unsaid = "" in outers
    said = "、".join(f"{o}{county}" for o in known) + ("，以及未写明所在市的" + county if unsaid else "")
    return Near(f"“{county}”不止一处：库中有{said}的报告。请问是哪一个？",
                [(f"按“{o}{county}”", question.replace(typed, o + county, 1)) for o in known], None, False)


_TOWN_TAILS = {"镇": "乡", "乡": "镇"}


def other_tail(question: str, plan, organs) -> Near | None:
    """A township named with the other tail (湄潭永兴乡 for 湄潭县永兴镇: the name read without its
    tail, the tail typed not the store's): asked whether that one is meant, never answered as
    it."""
    q = normalise("".join(question.split()))
    for name in plan.organ_names:
        at = q.find(name)
        typed = q[at + len(name):at + len(name) + 1] if at >= 0 else ""
        if typed not in _TOWN_TAILS or len(name) < 2:
            continue
        shown = sorted({organs.display[i] for i in organs.names.get(name, ()) if organs.display.get(i)})
        core = name[-2:]
        if not shown or any(core + typed in n for n in shown):
            continue   # 永兴镇 held as typed
        near = [n for n in shown if core + _TOWN_TAILS[typed] in n]
        if near:
            return Near(f"库中没有“{name}{typed}”，是不是“" + "”或“".join(near[:6])
                        + "”？（请选择，或改正后再问）",
                        [(f"按“{n}”", question.replace(name + typed, n, 1)) for n in near[:6]], None, False)
    return None


# a development zone's bare name (高新区, 经开区): one city's, typed after another city's name
# (one list, longest first: a zone word typed at a place, or ending a held region's name)
_ZONE_WORDS = "高新技术产业开发区|经济技术开发区|综合实验区|高新区|经开区|开发区|保税区|新区|园区"
_ZONE_AT = re.compile(_ZONE_WORDS)
_ZONE = re.compile(f"(?:{_ZONE_WORDS})$")


def zone_elsewhere(question: str, plan, organs) -> Near | None:
    """芜湖高新区管委会 in a store whose 高新区 is another city's: the zone typed after a held place
    it does not lie in, so the store has no such zone; the place's own zone bodies (of the kind
    asked, 管委会) offered, never the other city's zone answered."""
    from store.places import within
    q = normalise("".join(question.split()))
    found = organs.find_regions(q)
    named = [(s, e) for s, e, _ in organs.find(q)]
    for i, (s1, e1, a) in enumerate(found):
        if any(s <= s1 and e1 < e for s, e in named):
            continue   # 合肥高新区管委会: a held organ's name, the places inside it
        s2, e2, b = found[i + 1] if i + 1 < len(found) else (-1, -1, "")
        (ca, va) = organs.regions[a]
        inside = dict(within(organs.areas, [(ca, va)]))
        if e1 == s2 and _ZONE.search(b):
            (cb, vb) = organs.regions[b]
            if va == vb or vb in inside.get(cb, ()):
                continue   # 乌鲁木齐高新区: that city's own
        else:   # 合肥经开区管委会: a zone word after the place that no held name reads
            z = _ZONE_AT.match(q, e1)
            if not z or z.group(0) not in plan.unread:
                continue
            b, vb, e2 = z.group(0), None, z.end()
        bare = re.sub(r"(自治县|自治州|自治区|县|区|市|省|州|盟)$", "", va)
        ids = set(plan.organ_ids) or set(organs.display)
        held = set(inside.get("organ_id", ()))
        near = sorted({organs.display[i] for i in ids if organs.display.get(i)
                       and (i in held or organs.display[i].startswith((va, bare)))
                       and re.search(r"区|园", organs.display[i])})
        tail = re.match(r"[\u4e00-\u9fff]{0,8}?(?:管委会|管理委员会|委员会|局|委|办公室|中心)", q[e2:])
        typed = q[s1:e2 + (tail.end() if tail else 0)]
        if not near:
            held = f"；库中的“{b}”是{vb}" if vb else ""
            return Near(f"库中没有“{typed}”的报告（{va}没有“{b}”的报告{held}）。", [], None, False)
        return Near(f"库中没有“{typed}”，{va}的相近机关有“" + "”“".join(near[:6]) + "”。是指其中的哪一个？",
                    [(f"按“{n}”", question.replace(typed, n, 1)) for n in near[:6]], None, False)
    return None


def _bureau_of_place(question: str, region: str, w: str, organs) -> tuple:
    """A bureau ``w`` typed after a held place the store has no organ of that name in: the one
    organ whose name ends so (肥城分局: 泰安市生态环境局肥城分局) or that it abbreviates (住建局:
    住房和建设局) read and said; several, or a branch of it (…局肥城分局), asked; none, said."""
    q = normalise("".join(question.split()))
    bare = RANK_TAIL.sub("", region)
    typed = next((p for p in (region, bare) if len(p) >= 2 and p + w in q), region)
    kind = _kind_of(w)
    slip = None if kind else kind_slip(w, organs)
    if slip in short_forms():
        # 嵩明县卫建局: a bureau's short form typed one character off (卫健局), read so and said as
        # the bare one is (answer.kind_typos); a full name so typed (卫生建康局) is asked below
        return f"“{w}”按“{slip}”理解。", [], question.replace(w, slip, 1)
    if kind:   # 滨江民政: the organs of the place whose name holds the kind (民政局)
        names = sorted({n for n in organs.display.values() if n and typed in n
                        and any(k in n[n.find(typed) + len(typed):] for k in kind)})
        w_typed = typed + w if typed + w in q else w
        if len(names) == 1:
            return f"“{w_typed}”按“{names[0]}”理解。", [], question.replace(
                w_typed if w_typed in question else w, names[0] if w_typed in question else
                names[0][names[0].find(typed) + len(typed):], 1)
        if names:
            return (f"{typed}的“{w}”类机关不止一个：" + "、".join(f"“{n}”" for n in names[:8])
                    + "。请问是哪一个？", [(f"按“{n}”", question.replace(w, n[n.find(typed) + len(typed):], 1))
                                       for n in names[:8]], None)
        return f"库中没有{region}的“{w}”类机关的报告。", [], None
    names = sorted({n for n in organs.display.values() if n and n.endswith(typed + w)})
    if len(names) == 1:   # 肥城分局: the one organ whose name ends so
        return f"“{typed}{w}”按“{names[0]}”理解。", [], question.replace(typed + w, names[0], 1)
    if names:
        return (f"“{typed}{w}”不止一个：" + "、".join(f"“{n}”" for n in names[:8]) + "。请问是哪一个？",
                [(f"按“{n}”", question.replace(typed + w, n, 1)) for n in names[:8]], None)
    abbr = abbreviated(w, typed, organs)

    def own(n):   # the name without the place typed before it
        return n[n.find(typed) + len(typed):]
    if len(abbr) == 1:   # 福田区住建局: 深圳市福田区住房和建设局, read so and said
        return f"“{w}”按“{abbr[0]}”理解。", [], question.replace(w, own(abbr[0]), 1)
    if abbr:
        return (f"库中没有名为“{typed}{w}”的机关，相近的有" + "、".join(f"“{n}”" for n in abbr)
                + "。是指其中的哪一个？", [(f"按“{n}”", question.replace(w, own(n), 1)) for n in abbr], None)
    parts = held_as_part(w, typed, organs) or sorted(
        {n for n in organs.display.values() if n and typed + w in n})[:8]
    if parts:
        return (f"库中没有“{typed}{w}”的报告；有名称以它开头的：" + "、".join(f"“{n}”" for n in parts)
                + "。是指其中的哪一个？", [(f"按“{n}”", question.replace(w, n[n.find(w):], 1)) for n in parts],
                None)
    slips = sorted({n for n in organs.display.values() if n and typed in n
                    and _one_off(n[n.find(typed) + len(typed):], w)})[:6]
    if slips:   # 珙县卫生建康局: one character off 珙县卫生健康局
        return (f"库中没有“{typed}{w}”，是不是" + "或".join(f"“{n}”" for n in slips) + "？（请选择，或改正后再问）",
                [(f"按“{n}”", question.replace(w, n[n.find(typed) + len(typed):], 1)) for n in slips], None)
    return f"库中没有“{typed}{w}”的报告（{region}的报告中没有名称含“{w}”的机关）。", [], None


def _one_off(a: str, b: str) -> bool:
    """Of three characters or more, one character off (``_one_char_off``)."""
    return len(a) >= 3 and _one_char_off(a, b)


def kind_slip(w: str, organs) -> str | None:
    """The one bare kind of bureau the store holds that ``w`` is one character off (卫建局:
    卫健局; 民正局: 民政局), ``w`` no place and no name of its own; else None (rule near_name)."""
    near = organs.near(w)
    if real_place(w) or common_name(w) or len(near) != 1 or not near[0].endswith(DEPT_TAILS) \
            or any(near[0].startswith(r) for r in organs.regions) or other_sector(w, near[0], organs):
        return None
    return near[0]


def sure_slip(typed: str, held: str) -> bool:
    """Whether ``typed``, one character off the one held name ``held``, is read as it (answered,
    said first) rather than asked back: a long name, four of its five characters or more its own
    (巴颜托海镇 for 巴彦托海镇), no place of its own; a shorter one (桦楠县, 松目塘镇, 古桃镇: one
    character of three or four) is asked, as is a name glued to a place (assistant/askback.py)."""
    return _one_char_off(typed, held) and len(held) >= 5 and not real_place(typed)


def held_sector(w: str, organs) -> tuple[str, list[str]] | None:
    """For an organ name the store lacks (省应急管理厅, 教育部), the longest sector of it (its name
    without a tier's character before and its tail after: 应急管理, 教育) that organs of the store
    bear, with their names: the nearest kind that exists, said with the absence; None if none
    (国家统计局 in a store with no 统计 organ: never the national organs as a "kind")."""
    stem = re.sub(r"^(?:国家|中央|省|市|县|区)", "", w)   # a tier's word before it (国家统计局: 统计)
    tail = next((t for t in sorted(DEPT_TAILS + ("部", "厅"), key=len, reverse=True) if stem.endswith(t)), None)
    if not tail:
        return None
    stem = stem[:-len(tail)]
    for size in range(len(stem), 1, -1):
        for a in range(len(stem) - size + 1):
            part = stem[a:a + size]
            names = sorted({n for i, n in organs.display.items() if n and part in n and n.endswith(DEPT_TAILS)})
            if names:
                return part, names
    return None


def other_sector(w: str, near: str, organs) -> bool:
    """Whether the characters where ``w`` and ``near`` differ make another sector the store holds
    (省财政厅 beside 省民政厅: 财政 is a sector of its own, 财政局 held): no slip of one for the other."""
    at = next((i for i, (a, b) in enumerate(zip(w, near)) if a != b), None)
    if at is None:
        return False
    stem = w.rstrip("".join(DEPT_TAILS))
    for a in range(max(0, at - 3), at + 1):
        for b in range(at + 1, min(len(stem), at + 4) + 1):
            part = stem[a:b]
            if len(part) >= 2 and not part.startswith(tuple("省市县区")) \
                    and any(part in n and n != near and n.endswith(DEPT_TAILS) for n in organs.names):
                return True
    return False


def _kind_of(w: str) -> tuple[str, ...]:
    """What an organ's name holds for the organ kind ``w`` (民政, 卫健: 卫生健康|卫健), or ()."""
    from .unread import kind_names, organ_kinds
    return kind_names(w) if w in organ_kinds() else ()


def _named(plan) -> bool:
    """A name of the store was read (an organ or a place by its name, not a kind or sector)."""
    return bool(plan.region) or ("organ_name" in plan.rules and not {"organ_type", "sector"}
                                 & set(plan.rules))


_RANK_CHARS = "区县市旗"   # a place typed without its tail (福田 of 福田区)


def abbreviated(word: str, region: str, organs) -> list[str]:
    """The organs of ``region`` whose name spells ``word`` as an abbreviation: its characters in
    order, the last ending the name (住建局: 深圳市福田区住房和建设局)."""
    rx = re.compile("[\u4e00-\u9fff]*?".join(re.escape(c) for c in word) + "$")
    out = []
    for name in set(organs.display.values()):
        if not name or region not in name:
            continue
        rest = name[name.find(region) + len(region):]
        if rest[:1] in _RANK_CHARS and region[-1:] not in _RANK_CHARS:   # 福田 typed: 福田区…
            rest = rest[1:]
        if word not in rest and rx.match(rest):   # 生态环境局肥城分局 is a branch (held_as_part)
            out.append(name)
    return sorted(out)[:8]


def real_place(word: str) -> bool:
    """Whether China's gazetteer (extractor.gazetteer) knows ``word`` as a place's name."""
    from extractor import gazetteer
    return gazetteer.available() and bool(gazetteer.places_named(word))


def common_name(word: str) -> bool:
    """Whether ``word`` less its tail is a common word or a kind of organ (财政局: 财政): a
    name of its own, never a one-character slip for another (民政局)."""
    from .unread import organ_kinds
    head = re.sub(r"(委员会|局|委|厅|署|办|中心|县|市|区|镇|乡|街道)$", "", word)
    return len(head) >= 2 and (head in organ_kinds() or (vocab.tokenizer().FREQ.get(head) or 0) >= 50)


def held_as_part(word: str, region: str, organs) -> list[str]:
    """The organs whose name holds ``region`` and goes on from the bureau ``word`` (泰安市 +
    生态环境局: 泰安市生态环境局肥城分局)."""
    if not word.endswith(DEPT_TAILS):
        return []
    rx = re.compile(re.escape(word) + r"[\u4e00-\u9fff]")
    return sorted({name for name in organs.display.values()
                   if name and region in name and rx.search(name)})[:8]


def shared_name(plan, organs) -> list[str]:
    """The organs a bare bureau name (公安局, no place) stands for, when they are several."""
    if len(plan.organ_names) != 1 or plan.region or plan.levels:
        return []
    name = plan.organ_names[0]
    if not name.endswith(DEPT_TAILS) or len(set(plan.organ_ids)) < 2:
        return []
    return sorted({organs.display.get(i) for i in plan.organ_ids if organs.display.get(i)})


# -- a place typed wrong inside an organ name (glued_place) ----------------------------------
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# characters that are question words, never part of a place's name
_GLUE_ASKING = re.compile(r"[的有是在各所哪几多少全每和与或及中了年为把被对级本我该其那这些个里上下前后非除由从按同跟比]")
_PLACE_END = tuple("县区市州旗盟")


def _vocabulary_word(head: str) -> bool:
    words = (*vocab.level_words(), *vocab.words(), *vocab.metric_aliases())
    return any(w in head for w in words if len(w) >= 2)


def glued_place(question: str, organs, unread=()) -> tuple[str, list[str]] | None:
    """``unread``: the words no rule of the question's reading read (a head among them is a
    name the store does not know, 临夏洲 before 公安局, even with no place's ending)."""
    if organs is None:
        return None
    q = normalise("".join((question or "").split()))
    for s, e, name in organs.find(q):
        if not name.endswith(DEPT_TAILS) or any(name[:i] in organs.regions for i in range(2, min(7, len(name)))):
            continue   # 来宾市卫生健康委员会: a name with its place, whatever is before it
        unknown = None
        for n in (4, 3, 2):
            if s - n < 0:
                continue
            head = q[s - n:s]
            before = q[s - n - 1:s - n]
            if before and _CJK.match(before) and not _GLUE_ASKING.match(before):
                continue   # 洛西县卫健委: never 西县 (a name starts where the question's words end)
            if not _CJK.fullmatch(head) or _GLUE_ASKING.search(head) or _vocabulary_word(head) or (
                    not head.endswith(_PLACE_END) and (common_word(head) or common_word(head[:2]))):
                continue   # 关于 / 最近 民政局: a word of the language, no place (平安县: a place)
            whole = head + name
            if whole in organs.names or head in organs.regions or any(
                    head.endswith(r) for r in (head[-2:], head[-3:]) if r in organs.regions):
                break   # a place the store holds (浙江教育厅): read as it is
            # a real place of its own (柳林县, not a slip of 柳河县) or a common word is never
            # offered as a slip: said absent below
            own_name = real_place(head) or common_name(whole)
            near = [] if own_name else near_names(whole, organs)
            if any(n in q for n in near):
                return None   # 东阳市财政局和西阳市财政局: the other is named beside it (absent.py)
            if near:
                return whole, near
            places = [] if own_name else [n for n in near_names(head, organs)
                                          if n in organs.regions and n not in q]
            if places:   # 信峰县卫健局: the place one character off a stored place (信丰县)
                return head, places
            if unknown is None and (head.endswith(_PLACE_END) or head in unread):
                unknown = whole   # 洛西县卫健委 / 临夏洲公安局: a place the store has no report of
        if unknown:
            return unknown, []
    return None
