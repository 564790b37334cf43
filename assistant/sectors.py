"""A sector's bureau named bare: every organ of that sector, whatever the tail of its family.

A reviewer's 卫健局 means the health body of any place, whether its name ends 卫生健康局,
卫生健康委 or 卫生健康委员会; 民政局 means 民政局 and a province's 民政厅. The tails that stand for
one another are data (``lexicons/question_tail_families.tsv``: 局 / 委 / 委员会 / 厅); another
tail of a department (``names.DEPT_TAILS``: 办, 办公室, 中心, 署) stands for itself alone. The
sector's other spellings come from the lexicons the assistant has (the short forms of
``organ_abbreviations.tsv``: 卫健局 / 卫生健康局; the names of ``question_organ_types.tsv``:
卫健 / 卫生健康). A second field joined in before the tail counts (教育体育局, 自然资源和规划局,
教育和科学技术局). 人民政府 is two words, 人民 and 政府: a sector is never read across them (民政 of
桦南县人民政府 is no civil affairs; 政府办公室 is still the office of 某县人民政府).

``sector_ids(name, organs)``: the organ ids, or None when ``name`` ends with no tail of a
department (matched as typed elsewhere).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicon import load

from .names import DEPT_TAILS

_GOVERNMENT = "人民政府"


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    return tuple(load("question_tail_families", required=("tail", "family"), unique=("tail",)))


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    return {r["tail"]: r["family"] for r in _rows()}


@lru_cache(maxsize=1)
def _typed_alone() -> frozenset[str]:
    """Tails that, typed, stand for themselves only (厅: a province's department)."""
    return frozenset(r["tail"] for r in _rows() if r.get("typed_alone") == "yes")


def _apart(s: str) -> str:
    """``s`` with 人民政府 written as its two words (人民 政府), so that no sector word is found
    across them."""
    return s.replace(_GOVERNMENT, "人民\0政府")


def holds(name: str, word: str) -> bool:
    """Whether an organ's ``name`` holds the sector ``word``, never across the words of 人民政府
    (民政 of 桦南县人民政府 is no civil affairs)."""
    return _apart(word) in _apart(name)


def split_tail(name: str) -> tuple[str, str] | None:
    """(stem, tail) for the longest tail of a department ``name`` ends with (卫生健康委员会:
    卫生健康, 委员会); None when it ends with none or the stem is under two characters."""
    for tail in sorted(set(_families()) | set(DEPT_TAILS), key=len, reverse=True):
        if name.endswith(tail) and len(name) - len(tail) >= 2:
            return name[: -len(tail)], tail
    return None


def family_tails(tail: str) -> tuple[str, ...]:
    """The tails that stand for ``tail`` (its family's), ``tail`` alone when it has no family or
    stands for itself only (typed_alone: 厅)."""
    fam = _families().get(tail)
    if fam is None or tail in _typed_alone():
        return (tail,)
    return tuple(sorted((t for t, f in _families().items() if f == fam), key=len, reverse=True))


@lru_cache(maxsize=1)
def _abbreviation_pairs() -> tuple[tuple[str, str], ...]:
    rows = load("organ_abbreviations", required=("full", "short"), unique=("full", "short"))
    return tuple((r["full"], r["short"]) for r in rows)


@lru_cache(maxsize=512)
def stems(stem: str, tail: str) -> tuple[str, ...]:
    """The sector's spellings: ``stem`` and, for each short form of the abbreviations written
    with a tail of the family (卫健局, 卫健委), the stem of its full form (卫生健康), and the
    other way round; with the names of an organ kind of the same stem (卫健: 卫生健康)."""
    from .unread import kind_names
    tails = family_tails(tail)
    out = {stem, *kind_names(stem)}
    for full, short in _abbreviation_pairs():
        for a, b in ((short, full), (full, short)):
            if any(a == stem + t for t in tails):
                cut = split_tail(b)
                if cut and cut[1] in tails:
                    out.add(cut[0])
    return tuple(sorted((s for s in out if len(s) >= 2), key=len, reverse=True))


def pattern(name: str) -> re.Pattern | None:
    cut = split_tail(name)
    if cut is None:
        return None
    stem, tail = cut
    alts = "|".join(re.escape(_apart(x)) for x in stems(stem, tail))
    tails = "|".join(map(re.escape, family_tails(tail)))
    # a second field joined in before the tail: 教育体育局, 教育和体育局, 教育和科学技术局,
    # 教育科学技术局
    return re.compile(f"(?:{alts})(?:[和与及][\u4e00-\u9fff]{{1,5}}?|[\u4e00-\u9fff]{{1,4}}?)?(?:{tails})")


def sector_ids(name: str, organs) -> tuple[int, ...] | None:
    """Every organ of the store whose name holds the sector of the bare bureau ``name`` with a
    tail of its family (cached per store index: one pass over its names per bureau asked)."""
    pat = pattern(name)
    if pat is None:
        return None
    cache = organs.__dict__.setdefault("_sectors", {})
    hit = cache.get(name)
    if hit is None:
        hit = tuple(sorted(i for i, full in organs.display.items() if full and pat.search(_apart(full))))
        cache[name] = hit
    return hit


_ASKING = re.compile(r"[的有是在各所哪几多少全每和与或及中了年为把被对级本我该其那这些个里上下前后非除由从按同跟比请问看查]")
_PLACE_CHAR = re.compile(r"[省市县区州旗镇乡村]$|政府")   # 西阳市财政: a place's; 市场监管: a sector
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def bare_bureaus(s: str, organs, reserved=()) -> list[tuple[int, int, str, tuple[int, ...], str | None]]:
    """Bureaus named bare that are no name of the store (交通局 for 省交通运输厅, 市场监管局 for
    市场监督管理局) in the unread characters ``s``: (start, end, word, organ ids, the level's
    character said right before it, 省交通局's 省, or None). A stem glued to an unknown name
    (平谷区交通局), holding a place or a question word, or a word of ``reserved`` (level words,
    metric words) is none."""
    tails = sorted(_families(), key=len, reverse=True)
    out = []
    for run in _CJK_RUN.finditer(s):
        text, base = run.group(0), run.start()
        i = 0
        while i < len(text):
            hit = None
            for tail in tails:
                e = i + len(tail)
                if text[i:e] != tail:
                    continue
                for a in range(max(0, i - 6), i - 1):   # the longest stem first
                    stem = text[a:i]
                    if _ASKING.search(stem) or _PLACE_CHAR.search(stem) \
                            or any(w in stem for w in reserved):
                        continue
                    before = text[a - 1:a]
                    tier = before if before and before in "省市县区" and (
                        a - 1 == 0 or _ASKING.match(text[a - 2])) else None
                    if before and not tier and not _ASKING.match(before):
                        continue   # 平谷区交通局: an unknown place's bureau, never every one
                    ids = sector_ids(stem + tail, organs)
                    if ids:
                        hit = (base + a, base + e, stem + tail, ids, tier)
                        break
                if hit:
                    break
            if hit:
                out.append(hit)
                i = hit[1] - base
            else:
                i += 1
    return out


def tier_bodies(name: str, organs) -> tuple[int, ...]:
    """Every organ a level's one character and a bureau (省交通厅, 市商务局) may be: the one held
    by that very name and each whose held name ends with it (甘肃省交通厅), so a count or a list of
    them answers them all (rule tier_bodies_counted); a single value still asks which one."""
    return tuple(sorted({i for n, ids in organs.names.items() if n.endswith(name) for i in ids}))
