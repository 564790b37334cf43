"""Words said of a place in a question (``lexicons/question_place_scope.tsv``), never dropped:

- ``rank_elsewhere``: a place typed with a rank the store does not hold it at (朝阳区 in a
  store holding 朝阳市 only: the bare name 朝阳 is read, and the 区 was going silently): the
  typed place, the held one and the province the held one lies in; the answer asks whether
  the held one is meant (``nearnames.near_reading``), never answers for it as if asked.
- ``read_under``: 下面 / 下属 / 所辖 right after a place (广州市下面哪些单位, 金华下面各县市):
  the place and everything inside it, which is what a place filter reads already (its cities,
  counties and their organs); the words are read (rule ``under_place``), never reported as
  not understood.
- ``read_together``: 连同下面的县市区 / 以及所辖各县 after a place: the place and everything
  under it (no level filter: the place's own organs are asked too).
- ``read_whole_before``: 整个 / 全 right before a place (整个广东呢), and 全省 / 全市 right after
  one (辽宁全省) by ``read_under``: the place, read.
- ``widened_to``: a follow-up widening the question before to a scope (扩到整个新疆呢,
  放宽到所有县级部门, 换成所有市级部门); ``whole_rank`` and ``containing``: 那全省呢 after a
  question of 杭州 is that question of 浙江省.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, values
from .words import normalise

_LEX = "question_place_scope"


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    return re.compile(alternation(_LEX, "tail"))


@lru_cache(maxsize=1)
def _under() -> re.Pattern:
    return re.compile(f"的?(?:{alternation(_LEX, 'under')})(?:的)?")


@lru_cache(maxsize=1)
def _widen() -> re.Pattern:
    whole = alternation(_LEX, "whole")
    return re.compile(f"^(?:那|那么)?(?:(?:{alternation(_LEX, 'widen')})(?:{whole})?"
                      f"|(?:{alternation(_LEX, 'switch')})(?:{whole}))")


def widened_to(q: str) -> bool:
    """Whether ``q`` widens the question before to a scope (扩到整个新疆, 放宽到所有县级部门)."""
    return bool(_widen().match(q))


def read_under(s: str, end: int) -> tuple[int, int] | None:
    """The span of an under word (下面, 的下属, 所辖的) or a whole word (全省, 全市) right after a
    place ending at ``end`` of ``s``, or None."""
    m = _under().match(s, end) or _whole_after().match(s, end)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=1)
def _together() -> re.Pattern:
    from . import vocab
    levels = "|".join(sorted((re.escape(w) for w in vocab.level_words() if len(w) >= 2),
                             key=len, reverse=True))
    return re.compile(f"的?(?:{alternation(_LEX, 'together')})(?:它|其)?(?:{alternation(_LEX, 'under')})"
                      f"(?:的)?(?:所有的?|全部的?|各)?(?:{levels}|[县市区旗]{{1,3}})?")


def read_together(s: str, end: int) -> tuple[int, int] | None:
    """The span of 连同下面的县市区 / 以及所辖各县 right after a place ending at ``end``: the place
    itself and everything under it, i.e. the whole place, with no level (a level named there is
    the units added to the place, never the only ones); or None."""
    m = _together().match(s, end)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=1)
def _together_clause() -> re.Pattern:
    from . import vocab
    from .unread import organ_kinds
    units = "|".join(sorted({re.escape(w) for w in (*vocab.level_words(), *organ_kinds()) if len(w) >= 2},
                            key=len, reverse=True))
    unit = f"(?:所有的?|全部的?|各)?(?:{units}|[县市区旗乡镇]{{1,3}})"
    return re.compile(f"[，,；;]\\s*(?:{alternation(_LEX, 'together')})(?:它|其|该|这个|本)?"
                      f"(?:地区|自治州|州|盟|市|县|区|旗|省)?(?:{alternation(_LEX, 'under')})的?"
                      f"{unit}(?:(?:[和、及与]|以及){unit})*的?(?:单位|机关|报告)?(?:在内|都算|也算)?"
                      f"(?=[。？?！!]*$)")


def read_together_clause(s: str, end: int) -> tuple[int, int] | None:
    """The span of a closing clause saying the place before (ending at ``end``) is meant with
    everything under it (喀什地区的报告有哪些，包括地区下面的县和开发区 / …，连同它下属的各县): the whole
    place, no level nor kind of organ (the units named are included, never the only ones); or
    None."""
    m = _together_clause().search(s, end)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=1)
def _rank_level() -> tuple[re.Pattern, dict[str, str]]:
    from . import vocab   # a value names a level word of lexicons/question_levels.tsv, else an error
    return (re.compile(f"的?(?:{alternation(_LEX, 'rank_level')})"),
            values(_LEX, "rank_level", tuple(vocab.level_words())))


def read_rank_level(s: str, end: int, under: bool) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, levels) of a rank's units said right after a place ending at ``end`` (广州市
    下面的区, 广州各区: the county level, as the level word of the lexicon's value reads), or
    None; a bare 区 only after an under word (``under``: 广州市区 is the city proper)."""
    from . import vocab
    rx, level_of = _rank_level()
    m = rx.match(s, end)
    word = m.group(0).lstrip("的") if m else ""
    if not m or not (under or word.startswith("各")):
        return None
    return m.start(), m.end(), tuple(vocab.level_words()[level_of[word]])


@lru_cache(maxsize=1)
def _whole_after() -> re.Pattern:
    return re.compile(alternation(_LEX, "whole_after"))


@lru_cache(maxsize=1)
def _whole_before() -> re.Pattern:
    return re.compile(f"(?:{alternation(_LEX, 'whole_place')})$")


def read_whole_before(s: str, start: int) -> tuple[int, int] | None:
    """The span of a whole word (整个, 全) right before a place starting at ``start``, or None."""
    m = _whole_before().search(s[:start])
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=1)
def _whole_rank() -> tuple[re.Pattern, dict[str, str]]:
    ranks = values(_LEX, "whole_rank", ("province", "city"))
    return re.compile(alternation(_LEX, "whole_rank")), ranks


def whole_rank(q: str) -> str | None:
    """The rank (province, city) of a whole-of-area word in ``q`` (那全省呢: province), or None."""
    rx, ranks = _whole_rank()
    m = rx.search(q)
    return ranks[m.group(0)] if m else None


def containing(organs, region: tuple[str, str], rank: str) -> tuple[str, str] | None:
    """The held place of ``rank`` that ``region`` lies in (杭州市 → 浙江省: ("province",
    "浙江省")), ``region`` itself when of that rank; None when the store holds no such place
    or the gazetteer cannot tell which."""
    col, val = region
    if col == rank:
        return region
    if col == "province":
        return None   # a province lies in no city
    for (c, v), inside in organs.areas.items():
        if c == rank and val in inside.get(col, ()):
            return (c, v)
    from extractor.gazetteer import available, places_named
    if not available():
        return None
    at = 0 if rank == "province" else 1
    ups = {p.parents[at] for p in places_named(val) if len(p.parents) > at and p.parents[at]}
    if len(ups) != 1:
        return None
    up = ups.pop()
    held = organs.regions.get(up)
    return held if held and held[0] == rank else None


def rank_elsewhere(question: str, organs) -> tuple[str, str, str] | None:
    """(the place as typed, the held place read for it, the province that one lies in or "")
    for the first place the question types with a rank the store does not hold it at (朝阳区,
    the store's 朝阳 being 朝阳市); None when every place is typed as held."""
    if organs is None:
        return None
    q = normalise("".join(question.split()))
    named = [(s, e) for s, e, _ in organs.find(q)]
    for s, e, name in organs.find_regions(q):
        col, val = organs.regions[name]
        m = _tail().match(q, e)
        if name == val or not m or val.endswith(m.group(0)) or (col, m.group(0)) == ("province", "省"):
            continue   # typed in full (朝阳市), with the held rank (黔东南州: …自治州), or a
            # province-level region called a province (广西省: 广西壮族自治区, the one place)
        typed = name + m.group(0)
        if q.startswith(_level_words(), e):
            continue   # 浙江县一级教育局 / 金华县级部门: a level word, no rank typed
        if typed in organs.regions or typed in organs.names \
                or any(a <= s and e < b for a, b in named):
            continue   # a held name of its own, or a place inside a held organ's name
        return typed, val, _province_of(organs, col, val)
    return None


@lru_cache(maxsize=1)
def _level_words() -> tuple[str, ...]:
    """The level words of two characters or more (县一级, 县级, 区县, 市直部门)."""
    from . import vocab
    return tuple(w for w in vocab.level_words() if len(w) >= 2)


def _province_of(organs, col: str, val: str) -> str:
    if col == "province":
        return ""
    for (c, v), inside in organs.areas.items():
        if c == "province" and val in inside.get(col, ()):
            return v
    from extractor.gazetteer import available, places_named
    ups = {p.parents[0] for p in places_named(val) if p.parents and p.parents[0]} if available() else set()
    return ups.pop() if len(ups) == 1 else ""   # 朝阳市, stored with no county under it: 辽宁省


_RANK_WORD = {"province": "省", "city": "市"}


def whole_unplaced(q: str, plan, organs) -> tuple[str, list[str]] | None:
    """全省的报告有几份 with no place read (and none before it): which province is meant is
    asked (全市 is left as it was read: a reviewer of one city's reports says it of them all);
    so — (the whole word, a few held places of its rank), or None when
    the question names a place, an organ, or no whole word (rule whole_unplaced)."""
    if plan.region or plan.organ_ids or plan.also_regions or "widen_scope" in plan.rules:
        return None
    m = _whole_rank()[0].search(q)
    if not m:
        return None
    rank = _whole_rank()[1][m.group(0)]
    if rank != "province":
        return None   # 全市各街道办: a store of one city's reports may mean them all (blind3 w47)
    held: dict[str, int] = {}
    for (col, val), inside in (organs.areas if organs is not None else {}).items():
        if col == rank:
            held[val] = sum(len(v) for v in inside.values())
    return m.group(0), sorted(held, key=lambda v: (-held[v], v))[:3]


@lru_cache(maxsize=1)
def _whole_short() -> tuple[re.Pattern, dict[str, str]]:
    return re.compile(alternation(_LEX, "whole_short")), values(_LEX, "whole_short")


def spell_whole_short(q: str) -> str:
    """全疆 / 全川: 全 and the province's name (全新疆, 全四川), which the place readers read
    (rule whole_short)."""
    rx, names = _whole_short()
    return rx.sub(lambda m: "全" + names[m.group(0)], q)


def city_proper(q: str, plan) -> str | None:
    """广州市区 (a city's name and 区, no under word, no level read): the reports cannot tell the
    city proper from its counties, so the whole city is answered and that said first — the
    note, or None (rule city_proper)."""
    if not plan.region or plan.levels or not plan.region[1].endswith("市"):
        return None
    name = plan.region[1]
    if not re.search(re.escape(name) + r"区(?![县市级域直辖])", q):
        return None
    return f"“{name}区”按{name}全市理解（报告不区分市区和所辖县）"


# 市政府 / 市级部门 / 市里 (never 地级市 / 地市级) said in a question of a county-level city
_CITY_WORD = re.compile(r"(?<![地级])市(?:人民政府|政府|级|里|直)")
_OWN_TIER = {"city": "county", "city_dept": "county_dept"}


def county_city_tier(p, q: str):
    """A city's tier (市政府, 市级部门) asked of a county-level city (浏阳市: 浏阳的报告 → 这里面市政府
    2023年收了几件申请): the city's own tier, the county's (浏阳市人民政府), never a prefecture
    city's government inside it, which none is (rule county_city_tier); else ``p``."""
    from dataclasses import replace
    if not (p.region and p.region[0] == "county" and p.region[1].endswith("市") and p.levels
            and set(p.levels) <= set(_OWN_TIER) and _CITY_WORD.search(q)):
        return p
    levels = tuple(_OWN_TIER[lv] for lv in p.levels)
    note = f"{p.region[1]}是县级市：“市”一级按{p.region[1]}本级（县级）理解"
    return replace(p, levels=levels, notes=(*p.notes, note), rules=p.rules_plus("county_city_tier"))
