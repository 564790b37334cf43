"""Places and levels: which places a name starts with, their rank, and the organ's level.

A place's rank comes from ``lexicons/regions.tsv`` (the project's own decisions), then the
gazetteer (``gazetteer.py``: a 市 is a county when it is county level, 大冶市), then its
ending (an unknown 市 is a prefecture city). The level comes from ``lexicons/levels.tsv``
rows (the organ type at the name's end, a zone word inside it, a national body's start)
resolved against the rank of the places in the name. Traditional characters are made
simplified for matching only (``lexicons/traditional.tsv``, one to one).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import gazetteer
from .labels import to_simplified
from .lexicon import load
from .record import LEVELS

_HAN = "\u4e00-\u9fff"
# (an autonomous county or prefecture of several peoples may run past ten characters before
# 自治县: 积石山保安族东乡族撒拉族自治县, 双江拉祜族佤族布朗族傣族自治县; no rank word inside)
_PLACE = re.compile(rf"(?:(?![省市县区州盟旗])[{_HAN}]){{2,12}}?族自治(?:县|州|旗)"
                    rf"|[{_HAN}]{{1,10}}?(?:自治区|自治州|自治县|特别行政区|地区|林区|省|市|州|盟|县|区|旗)")
# characters that open a sentence's next words, not a place, after a place (在, 和, 对 …)
_FUNCTION_HEAD = "在和对向与及由于经从把被为的"
# words of an organ type: a run holding one is no place (公安局武侯区)
_ORGAN_WORD = re.compile(r"局|厅|委|政府|办公|中心|办事处")
_DEPT_RANK = {"province": "province_dept", "city": "city_dept", "county": "county_dept"}


@lru_cache(maxsize=1)
def _level_rows():
    """Every row of ``lexicons/levels.tsv``, checked."""
    rows = load("levels", required=("match", "pattern", "level"), unique=("match", "pattern"))
    for r in rows:
        if r["level"] not in LEVELS + ("gov", "dept", "body", "none"):
            raise ValueError(f"lexicons/levels.tsv: unknown level {r['level']!r} "
                             f"(valid: {', '.join(LEVELS)}, gov, dept, body, none)")
        if r["match"] not in ("end", "contains", "start", "self", "word"):
            raise ValueError(f"lexicons/levels.tsv: unknown match {r['match']!r} "
                             "(valid: end, contains, start, self, word)")
    return rows


@lru_cache(maxsize=1)
def _levels():
    """The rows that tell a level (every match but ``word``)."""
    return [r for r in _level_rows() if r["match"] != "word"]


@lru_cache(maxsize=1)
def _rank_words() -> tuple[str, ...]:
    """Words that open with a rank character and are no bare rank (市场监管总局: no city's)."""
    return tuple(r["pattern"] for r in _level_rows() if r["match"] == "word")


def bare_rank(name: str) -> str | None:
    """The bare rank word a name opens with (市商务局 -> 市), none for 市场监管局."""
    if name[:1] in "省市县区州" and not name.startswith(_rank_words()):
        return name[:1]
    return None


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {r["name"]: r["rank"] for r in load("regions", required=("name", "rank"), unique=("name",))}


def simplify(text: str) -> str:
    """Traditional characters made simplified, one to one (same length, same offsets): the
    project's one table, ``extractor.labels.to_simplified``."""
    return to_simplified(text)


def gazetteer_rank(place: str) -> str | None:
    """The gazetteer's rank of ``place`` (province / city / county / township), None when it
    does not know it or is not installed."""
    try:
        return gazetteer.rank(place)
    except gazetteer.GazetteerMissing:
        return None


# ---------------------------------------------------------------- places and levels
def places(name: str) -> list[str]:
    """The places a name starts with (长沙市天心区桂花坪街道办事处 -> 长沙市, 天心区); a party
    body's 中共 before its place is no place's part (中共丹棱县委… -> 丹棱县)."""
    out, i = [], 2 if name.startswith("中共") else 0
    while True:
        m = _PLACE.match(name, i)
        if not m:
            break
        e = m.end()
        if _ORGAN_WORD.search(name[i:e]) and gazetteer_rank(name[i:e]) is None:
            break  # 公安局武侯区 of 成都市公安局武侯区分局 is an organ's part, no place
        if e < len(name) and name[e] in "市县" and name[e - 1] in "州盟":
            e += 1  # 杭州市, not 杭州 + 市…
        # a place the gazetteer knows as a longer name (浦东新区 is no 浦东新 + 区…)
        for k in range(min(len(name), i + 13), e, -1):
            if gazetteer_rank(name[i:k]) in ("province", "city", "county"):
                e = k
                break
        # two rank words are no place: 县市 of 县市场监督管理局 is a bare rank and 市场
        if e - i == 2 and name[i] in "省市县区州" and name[i + 1] in "省市县区州" \
                and gazetteer_rank(name[i:e]) is None:
            break
        # a character and a rank word after a place, a place nobody knows, is a word: 城市 of
        # 某市城市管理局 (a two-character county the gazetteer knows stays: 某市和县)
        if out and e - i == 2 and gazetteer_rank(name[i:e]) is None and gazetteer.available() \
                and name[i:e] not in _regions():
            break
        # a later run opening with a preposition or a conjunction the gazetteer does not know
        # as a place is the sentence going on (库车市 + 在自治区和某地区…的指导下), no place
        if out and name[i] in _FUNCTION_HEAD and not is_known_place(name[i:e]):
            break
        # …and a township it knows is no place plus the rest (越州镇 is not 越州 + 镇)
        if gazetteer_rank(name[i:e]) is None and any(
                gazetteer_rank(name[i:k]) == "township" for k in range(e + 1, min(len(name), i + 13) + 1)):
            break
        out.append(name[i:e])
        i = e
    return out


def place_rank(place: str) -> str:
    known = _regions().get(place)
    if known:
        return known
    g = gazetteer_rank(place)
    if g in ("province", "city", "county"):
        return g
    if province_named_short(place):
        return "province"   # 贵州 of 贵州贵安新区 is no prefecture ending in 州
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("县", "区", "旗", "自治县")) and not place.endswith("地区"):
        return "county"
    if place.endswith("市") and _now_a_district(place):
        return "county"
    return "city"


@lru_cache(maxsize=4096)
def province_named_short(place: str) -> str | None:
    """The province whose short name ``place`` is, when no place is called so (贵州 -> 贵州省:
    a zone's name may open with it, 贵州某新区); None otherwise or without the gazetteer."""
    try:
        if gazetteer.places_named(place):
            return None
        found = {p.name for p in gazetteer.places_short(place) if p.rank == "province"}
    except gazetteer.GazetteerMissing:
        return None
    return found.pop() if len(found) == 1 else None


def _now_a_district(place: str) -> bool:
    """A county-level city the gazetteer no longer lists because it became a district of the
    same name (海门市 -> 海门区, 蓬莱市 -> 蓬莱区): reports of earlier years print the old name."""
    short = place[:-1]
    if len(short) < 2:
        return False
    try:
        return any(p.rank == "county" and p.name in (short + "区", short + "县")
                   for p in gazetteer.places_short(short) + gazetteer.places_named(short + "区"))
    except gazetteer.GazetteerMissing:
        return False


def _ends_as_dept(rest: str) -> bool:
    return len(rest) >= 2 and any(r["match"] == "end" and r["level"] in ("dept", "body", "national_dept")
                                  and rest.endswith(r["pattern"]) and len(rest) > len(r["pattern"])
                                  for r in _levels())


@lru_cache(maxsize=1)
def _organ_ends() -> tuple[str, ...]:
    """The words an organ's name ends with (the end rows that name one)."""
    return tuple(r["pattern"] for r in _levels() if r["match"] == "end" and r["level"] != "none")


def ends_as_organ(name: str) -> bool:
    """Whether ``name`` ends as an organ's name does (…管理委员会, …局; not …浏览次数)."""
    return name.endswith(_organ_ends())


def _real_county(place: str) -> bool:
    try:
        ps = gazetteer.places_named(place)
    except gazetteer.GazetteerMissing:
        return False
    return any(p.rank == "county" and not is_zone(p) for p in ps)


def is_known_place(place: str) -> bool:
    return place in _regions() or gazetteer_rank(place) is not None


@lru_cache(maxsize=8192)
def level_of(name: str) -> str | None:
    lv = _level_of(name)
    if lv == "other":
        # 高新区（新市区）: a zone that is also a real county by its other name
        for inner in re.findall(r"[（(]([^）)]*)[）)]", simplify(name)):
            if _real_county(inner):
                return "county"
    return lv


def ending_across(name: str, cut: int) -> bool:
    """Whether a ``levels.tsv`` ending of ``name`` runs across position ``cut`` (街道办 | 事处: a
    title line that looks complete, 某某街道办, whose name's real ending 街道办事处 goes on over
    the break): then the part before ``cut`` is no name of its own."""
    name = simplify(name)
    return any(name.endswith(r["pattern"]) and len(name) - len(r["pattern"]) < cut < len(name)
               for r in _level_rows() if r["match"] == "end")


def _after_national(name: str) -> str:
    """国家税务总局长兴县税务局 -> 长兴县税务局: the places of a vertical body's local office
    follow the national body's name."""
    for k in range(2, min(len(name), 12)):
        rest = places(name[k:])
        if rest and is_known_place(rest[0]) and any(
                r["match"] == "start" and r["level"] == "national_dept" and name[:k].startswith(r["pattern"])
                for r in _levels()) and _ends_as_dept(name[:k]):
            return name[k:]
    return name


def _level_of(name: str) -> str | None:
    name = simplify(re.sub(r"[（(][^）)]*[）)]", "", name))
    if not name:
        return None  # (详见附表): a bracket with no name outside it
    ps = places(_after_national(name))
    if not ps and bare_rank(name):
        ps = [name[:1]]
    for r in _levels():
        pat, how = r["pattern"], r["match"]
        hit = ((how == "end" and name.endswith(pat)) or (how == "contains" and pat in name)
               or (how == "start" and name.startswith(pat)))
        if not hit:
            continue
        lv = r["level"]
        if lv == "none":
            return None   # a word that ends as an organ does and names none (干部, 全部)
        if lv == "other" and how == "contains" and any(pat in p and _real_county(p) for p in ps):
            continue  # 浦东新区 is a county, whatever its name says
        if lv == "national_dept" and how == "start" and (
                _has_known_place(name[len(pat):]) or not _ends_as_dept(name[len(pat):])):
            continue  # 国家税务总局某市税务局 is the city's; 中华人民共和国 alone is no organ
        if lv == "national_dept" and how == "end" and (ps or _has_known_place(name)):
            lv = "dept"  # 某县委宣传部 is the county's (a 部 is national only without a place)
        if lv == "gov":
            return place_rank(ps[-1]) if ps else None
        if lv == "dept":
            own = [p for p in ps if not name.endswith(p)]
            if own:
                branch = branch_county(name, own[-1])
                if branch:
                    return "county_dept"
                return _DEPT_RANK[place_rank(own[-1])]
            head = bare_rank(name)
            return {"省": "province_dept", "市": "city_dept", "县": "county_dept",
                    "区": "county_dept", "州": "city_dept"}.get(head)
        if lv == "body":   # a place's public institution: other, when a place says whose
            return "other" if [p for p in ps if not name.endswith(p)] else None
        return lv
    # a bare place name (上海市, 大理市, 乌鲁木齐市), or places in a row: the last one's
    # (巴彦淖尔市乌拉特中旗 is a county-level 旗)
    if ps and "".join(ps) == name:
        return place_rank(ps[-1])
    return None


def branch_county(name: str, city: str) -> str | None:
    """A city bureau's branch named after one of the city's counties (…局鄂城分局 -> 鄂城区), a
    municipality's too (重庆市公安局某区分局: the gazetteer's districts of 重庆市 have it as city)."""
    if not name.endswith("分局") or place_rank(city) not in ("city", "province"):
        return None
    for k in range(2, 7):
        short = name[-2 - k:-2]
        try:
            hits = [p for p in gazetteer.places_short(short) + gazetteer.places_named(short)
                    if p.rank == "county" and p.city == city and not is_zone(p)]
        except gazetteer.GazetteerMissing:
            return None
        if len(hits) == 1:
            return hits[0].name
    return None


def is_zone(p) -> bool:
    """A development zone the gazetteer lists among counties (codes xxxx70-xxxx79; 8x are
    county-level cities: 临海市 331082)."""
    return bool(p.code and p.code[-2:].isdigit() and 70 <= int(p.code[-2:]) <= 79)


def _has_known_place(name: str) -> bool:
    """Whether a place the gazetteer knows (of county rank or above) is written in ``name``."""
    for m in re.finditer(r"(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)", name):
        for k in range(max(0, m.start() - 8), m.start() - 1):
            if gazetteer_rank(name[k:m.end()]) in ("province", "city", "county"):
                return True
    return False


# a word counted or taken as every one of its kind (5个开发区, 各开发区, 全市所有开发区) names those
# units, not the report itself
_COUNTED = r"(?<![0-9一二三四五六七八九十两几多]个)(?<![各诸])(?<!所有)(?<!其他)(?<!有关)"


def level_from_self(text: str) -> str | None:
    """The level the report gives itself (我镇, 我局 …) when it prints no name. A body's own
    word (我局, 我镇) comes before a government's (我县, 我旗): a bureau also says 我县."""
    counts, govs = Counter(), Counter()
    for r in _levels():
        if r["match"] == "self":
            (govs if r["level"] in ("county", "city", "province") else counts)[r["level"]] += \
                len(re.findall(_COUNTED + re.escape(r["pattern"]), text))
    if not counts or counts.most_common(1)[0][1] == 0:
        counts = govs
    if not counts or counts.most_common(1)[0][1] == 0:
        return None
    lv = counts.most_common(1)[0][0]
    if lv == "dept":
        return _dept_rank(text)
    return lv


# (…省政府信息公开目录系统: 政府信息公开 is the term, no government of that rank)
_GOVERNMENT = re.compile(rf"([{_HAN}]{{0,8}}?)([省市县区旗州])(?:委|人民政府|政府(?!信息))")


def _dept_rank(text: str) -> str | None:
    """The rank of a bureau that calls itself 我局: the government it works under, counted in
    the body (a host site's link bar above it names others: 中国政府网 某省政府 某市政府) — 县政府,
    某县委 and a county-level city's 市政府 (大冶市政府) are a county's; a zone's 管委会 makes it other."""
    secs = re.search(r"(?:^|\n)\s*(?:一|1)\s*[、.．]\s*总体", text)
    body = text[secs.start():] if secs else text
    ranks = _government_ranks(body) or _government_ranks(text)  # the host's only when the body names none
    zone = len(re.findall(r"(?:开发区|示范区|高新区|新区|园区|实验区)(?:党工委|管委会|管理委员会)", body))
    if zone and all(zone > n for n in ranks.values()):
        return "other"
    if not ranks:
        return None
    top = max(("county", "city", "province"), key=lambda r: (ranks[r], r == "county"))
    return _DEPT_RANK[top] if ranks[top] else None


def _government_ranks(text: str) -> Counter:
    ranks = Counter()
    for m in _GOVERNMENT.finditer(text):
        lead, rank_word = m.group(1), m.group(2)
        place = None
        for k in range(len(lead)):  # the longest known place ending before 委/政府
            if is_known_place(lead[k:] + rank_word):
                place = lead[k:] + rank_word
                break
        r = place_rank(place) if place else {"省": "province", "市": "city", "州": "city"}.get(rank_word, "county")
        ranks[r] += 1
    return ranks


