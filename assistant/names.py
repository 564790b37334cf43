"""Organ and region names in the store, for matching the names a reviewer types.

``OrganIndex.of(db)`` reads the effective organ names (corrections count) once and caches
them until the store changes (a new report or a new correction). A name maps to organ ids:
the full name (高青县花沟镇人民政府), its short name (花沟镇) and the forms without the county
prefix, the 人民政府 / 办事处 suffix or a bracketed part, with 政府 for 人民政府, so 花沟镇 and 花沟
both find it, and 高新区 finds 高新区(新市区); a bracketed other name with what follows it
(昆明经开区招商合作局 for …片区(昆明经开区)招商合作局); the short forms of
``lexicons/organ_abbreviations.tsv`` (浑南区民宗局 for 浑南区民族和宗教事务局).
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.labels import to_simplified
from extractor.lexicon import load
from store.places import areas, within

from . import vocab
from .typedplace import without_place_end

_PLACE_TAILS = ("区", "县", "市", "镇", "乡", "街道")
# what follows a province's short name inside its full name (湖北|省, 北京|市, 广西|壮族自治区)
_PROVINCE_RANK = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区")
# how a department's name ends (市场监督管理局, 卫生健康委员会, 政府办公室 …); a bureau or a sector
# typed in a question (民政局, 自然资源部门, 教育系统) ends so too
DEPT_TAILS = ("局", "委", "委员会", "厅", "办", "办公室", "中心", "署")
BUREAU_TAILS = DEPT_TAILS + ("部门", "系统")
_SUFFIXES = ("人民政府办公室", "人民政府", "办事处", "政府")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# A place's rank tail, taken off to find it bare (桦南县 → 桦南). Each use takes off its own
# set, and they differ: this one (a store place's county / city / province as a region key, and
# nearnames' region typed before a bureau) takes no 州 / 盟 / 旗, so such places are keys by
# their full name only; _bare_place says its own; plausible_place and kindinplace.kind_in_place
# take typedplace.PLACE_END's (every rank's tail).
RANK_TAIL = re.compile(r"(自治县|自治州|自治区|县|区|市|省)$")
# a vertically managed body's local office opens with its national head (国家税务总局…税务局,
# 中国人民银行…中心支行): the name without it, when a place it states follows
_NATIONAL_LEAD = re.compile(r"(?:国家|中国|中华人民共和国)[\u4e00-\u9fff]{1,10}?(?:总局|局|署|银行|总署)")
# a prefecture-level area's tail (和田地区, 兴安盟): its bare name is the gazetteer's to give
_PREFECTURE_TAILS = ("地区", "盟")
_ORGAN_TAIL = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|局|委员会|委|办公室|办|中心|院|所|站|队)")


@dataclass
class OrganIndex:
    names: dict[str, set[int]] = field(default_factory=dict)
    display: dict[int, str] = field(default_factory=dict)
    regions: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (column, value)
    # (column, value) of a province or city -> the stored cities and counties that lie in it
    areas: dict[tuple[str, str], dict[str, set[str]]] = field(default_factory=dict)
    signature: tuple = ()
    max_len: int = 0
    # a stored county -> the places its organs say it lies in (their stated city or province,
    # else the name's opening before it: 南京市鼓楼区… -> 南京市); "" for one saying none
    county_in: dict[str, set[str]] = field(default_factory=dict)
    # the latest year a report of the store is of: "this year" of 今年 / 去年 (assistant/relyear.py)
    latest_year: int | None = None

    @classmethod
    def of(cls, conn) -> "OrganIndex":
        sig = _signature(conn)
        key = (_db_key(conn), sig)
        with _LOCK:
            hit = _CACHE.get(key[0])
            if hit is not None and hit.signature == sig:
                return hit
        idx = cls.build(conn, sig)
        with _LOCK:
            _CACHE[key[0]] = idx
        return idx

    @classmethod
    def build(cls, conn, sig=()) -> "OrganIndex":
        idx = cls(signature=sig)
        reserved = set(vocab.level_words()) | set(vocab.metric_aliases()) | set(vocab.words())
        rows = conn.execute(
            "SELECT DISTINCT organ_id, organ_name, short_name, county, city, province, level "
            "FROM effective_reports").fetchall()
        regions: dict[str, tuple[str, str]] = {}
        idx.latest_year = conn.execute("SELECT MAX(year) FROM effective_reports").fetchone()[0]
        idx.areas = areas({(i, n, p, c, k) for i, n, _s, k, c, p, _lv in rows})
        for (col, val) in idx.areas:   # 云南: the province of the store's 昆明市, named by none
            regions.setdefault(val, (col, val))
            # a province or city of the area map: its whole ethnic-region tail goes (广西壮族自治区
            # → 广西), a county's never (the areas are no counties)
            bare = re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", val)
            tail = next((t for t in _PREFECTURE_TAILS if val.endswith(t)), None)
            if tail:   # 和田 for 和田地区 (the gazetteer's short name of it only)
                bare = val[:-len(tail)] if gazetteer_short(val[:-len(tail)], val) else val
            if len(bare) >= 2 and (not common_word(bare) or gazetteer_short(bare, val)):
                regions.setdefault(bare, (col, val))
            for w in autonomous_short(val) + league_forms(val):   # 红河州 / 红河; 锡盟
                regions.setdefault(w, (col, val))
        for organ_id, name, short, county, city, province, level in rows:
            if name:
                idx.display.setdefault(organ_id, name)
            if county:
                opening = name.split(county)[0] if name and county in name else ""
                idx.county_in.setdefault(county, set()).add(
                    city or province or (opening if len(opening) >= 2 else ""))
            for col, val in (("province", province), ("city", city), ("county", county)):
                if val and plausible_place(val):
                    regions.setdefault(val, (col, val))
                    plain = _BRACKETED.sub("", val)
                    if len(plain) >= 2:
                        regions.setdefault(plain, (col, val))
                    bare = RANK_TAIL.sub("", plain)
                    if len(bare) >= 2 and (not common_word(bare) or gazetteer_short(bare, val)) \
                            and not plain.endswith(_PREFECTURE_TAILS):
                        # 公布区: never 公布; 遵义 (a verb to jieba) of 遵义市 is the gazetteer's
                        regions.setdefault(bare, (col, val))
                    for w in autonomous_short(plain) + league_forms(plain):   # 黔东南州; 锡盟
                        regions.setdefault(w, (col, val))
                    tail = next((t for t in _PREFECTURE_TAILS if plain.endswith(t)), None)
                    if tail and gazetteer_short(plain[:-len(tail)], val):
                        # 和田 for 和田地区 (never 和田地), 兴安 for 兴安盟: when the gazetteer
                        # calls that place so (和田县, 和田市 are other places of the name)
                        regions.setdefault(plain[:-len(tail)], (col, val))
            # …and its simplified spelling's short forms (鹽邊縣教育和體育局: 盐边县教体局)
            written = (name, short, province, city, county)
            simple = tuple(to_simplified(v) if v else v for v in written)
            forms = set(_aliases(name, short, written[2:]))
            gov = government_reported(name, level)
            if gov:   # 湄潭县人民政府办公室 at the county's level: 湄潭县政府's own report too
                forms |= {gov, gov.replace("人民政府", "政府")}
            if simple != written:
                forms |= set(_aliases(simple[0], simple[1], simple[2:]))
            for n in forms:
                if len(n) >= 2 and n not in reserved:
                    idx.names.setdefault(n, set()).add(organ_id)
        provinces = {v for c, v in regions.values() if c == "province"}
        for spoken, full in _spoken_provinces().items():   # 内蒙: the store's 内蒙古自治区
            if full in provinces:
                regions.setdefault(spoken, ("province", full))
        # a name or place written in traditional characters is found as a question reads it:
        # simplified (the question is simplified before it is read, words.normalise)
        for table in (idx.names, regions):
            for n in list(table):
                simple = to_simplified(n)
                if simple != n:
                    if table is idx.names:
                        table.setdefault(simple, set()).update(table[n])
                    else:
                        table.setdefault(simple, table[n])
        idx.regions = regions
        idx.max_len = max((len(n) for n in list(idx.names) + list(regions)), default=0)
        return idx

    def placed(self, plan):
        """``plan`` with ``region_within``: the stored cities and counties inside its region
        (杭州市: 滨江区 of a report stating no city), so the region finds them too; computed
        anew for the plan's own region (a follow-up's plan never keeps the one before's)."""
        from dataclasses import replace
        # (杭州和衢州: both places' own)
        inside = within(self.areas, (plan.region, *plan.also_regions) if plan.region else ())
        less = within(self.areas, plan.less_regions) if plan.less_regions else ()
        if (inside, less) != (plan.region_within, plan.less_within):
            plan = replace(plan, region_within=inside, less_within=less)
        if plan.group_by in ("province", "city") and not plan.group_areas:
            # 有几个省的报告 / 按盟市分: a report stating only its county or city is in its
            # province (city) too (rule group_areas)
            plan = replace(plan, group_areas=self.area_pairs(plan.group_by))
        return plan

    def area_pairs(self, rank: str) -> tuple:
        """(column, ((stored value, the area of ``rank`` it lies in), …)) for the columns
        below ``rank``: a value lying in two areas of the rank is left out."""
        found: dict[str, dict[str, set]] = {}
        for (col, area), inner in self.areas.items():
            if col != rank:
                continue
            for c, vals in inner.items():
                if c == rank:
                    continue
                for v in vals:
                    found.setdefault(c, {}).setdefault(str(v), set()).add(area)
        from extractor.gazetteer import full_form
        # a stored short form of the rank's own column (临夏州) is its full name's (临夏回族自治州)
        stored = {v for inner in self.areas.values() for v in inner.get(rank, ())}
        own = {val: full for val in stored if (full := full_form(val)) and full != val}
        out = tuple((c, tuple(sorted((v, a.pop()) for v, a in pairs.items() if len(a) == 1)))
                    for c, pairs in sorted(found.items()))
        return ((rank, tuple(sorted(own.items()))),) + out if own else out

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Organ names in ``text``: (start, end, name), longest first, not overlapping; never
        one starting inside a level word (街道里: no short name 道里)."""
        return _longest(text, self.names, self.max_len, inside_level_words(text))

    def find_regions(self, text: str) -> list[tuple[int, int, str]]:
        """Places in ``text``, longest first; never one starting inside a level word (福建乡镇和
        街道里零申请的: 街道 + 里 holds no 道里区; 乡镇江西: 江西, no 镇江)."""
        return _longest(text, self.regions, self.max_len, inside_level_words(text))

    def fuzzy(self, text: str, cutoff: float = 80) -> list[tuple[str, float]]:
        """Close organ names for an organ-looking word of ``text`` that matched nothing."""
        out = []
        for m in _ORGAN_TAIL.finditer(text):
            word = m.group(0)
            hits = process.extract(word, list(self.names), scorer=fuzz.ratio, limit=3,
                                   score_cutoff=cutoff)
            out.extend((h[0], h[1]) for h in hits)
        return out


    def near(self, word: str) -> list[str]:
        """Every organ name or region ``word`` spells with one character wrong, not its last
        (桦楠县: 桦南县), or with one character left out before its last (鄂托克旗: 鄂托克前旗);
        several when it is that close to several (a choice, never a guess)."""
        if len(word) < 3:
            return []
        return sorted({name for name in list(self.names) + list(self.regions)
                       if name[-1] == word[-1] and name != word and (
                           len(name) == len(word) and sum(a != b for a, b in zip(name, word)) == 1
                           or len(name) == len(word) + 1 and _one_left_out(word, name))})

    def typo(self, word: str) -> str | None:
        """The one organ name or region that ``word`` (3+ characters, matching none) spells with
        one character wrong, not its last (the 县 / 镇 / 局 saying what it is): 桦楠县 for
        桦南县. None when no name or more than one is that close (never a guess between two)."""
        if len(word) < 3:
            return None
        hits = set()
        for name in list(self.names) + list(self.regions):
            if len(name) == len(word) and name[-1] == word[-1] and name != word \
                    and sum(a != b for a, b in zip(name, word)) == 1:
                hits.add(name)
                if len(hits) > 1:
                    return None
        return hits.pop() if hits else None


@lru_cache(maxsize=1)
def _not_places() -> tuple[str, ...]:
    rows = load("question_not_places", required=("word",), unique=("word",))
    return tuple(r["word"] for r in rows)


_NAME_TAGS = ("nr", "ns", "nt", "nz")


@lru_cache(maxsize=4096)
def common_word(w: str) -> bool:
    """Whether ``w`` is a common word of another kind in jieba's dictionary (公布 v, 全年 m,
    年度 n, 高新 d): then a place the store holds is matched by its full name only (公布区),
    never by this bare word (a misread organ name makes places of any words)."""
    import jieba.posseg
    tag = jieba.posseg.dt.word_tag_tab.get(w)
    return tag is not None and not tag.startswith(_NAME_TAGS)


@lru_cache(maxsize=4096)
def gazetteer_short(bare: str, val: str) -> bool:
    """Whether the gazetteer calls the place ``val`` by ``bare`` (遵义 for 遵义市, 平遥 for 平遥县):
    a bare name jieba takes for a common word (遵义 v, 平遥 a) is still that place's."""
    from extractor.gazetteer import available, places_short
    if not available():
        return False
    name = to_simplified(val)
    return any(p.name == name for p in places_short(bare))


def plausible_place(val: str) -> bool:
    """Whether a place taken from the store's organ names may be a filter: not a question
    word plus 市 / 县 (年度市, from a misread 年度市政府办公室: 年度 is never a place), not
    starting with one (lexicons/question_not_places.tsv)."""
    # every rank's tail (州 / 盟 / 旗 too): only what is left is checked, never matched on
    bare = without_place_end(_BRACKETED.sub("", val))
    return len(bare) >= 1 and not bare.startswith(_not_places())


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """An ending -> the endings it can be swapped for (full -> short and short -> full): an
    organ name ending with one also ends with the other."""
    out: dict[str, list[str]] = {}
    for r in load("organ_abbreviations", required=("full", "short"), unique=("full", "short")):
        out.setdefault(r["full"], []).append(r["short"])
        out.setdefault(r["short"], []).append(r["full"])
    return {k: tuple(v) for k, v in out.items()}


def spelled_out(word: str) -> tuple[str, ...]:
    """``word`` with a short form of lexicons/organ_abbreviations.tsv inside it written in full
    (芜湖经开区: 芜湖经济技术开发区, 芜湖经济开发区), the longest short form found; () with none."""
    shorts = sorted((s for s in short_forms() if s in word), key=len, reverse=True)
    if not shorts:
        return ()
    return tuple(word.replace(shorts[0], full, 1) for full in _abbreviations()[shorts[0]])


def full_forms(short: str) -> tuple[str, ...]:
    """The full forms of the short form ``short`` (经开区管委会: 经济技术开发区管理委员会,
    经济开发区管理委员会), () for a word no short form of lexicons/organ_abbreviations.tsv."""
    return tuple(f for f in _abbreviations().get(short, ()) if f not in short_forms())


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """The kinds of organ a question may name (lexicons/question_organ_types.tsv ``word``)."""
    return frozenset(r["word"] for r in load("question_organ_types", required=("word",)))


@lru_cache(maxsize=1)
def short_forms() -> frozenset[str]:
    """The short forms of lexicons/organ_abbreviations.tsv (卫健局, 卫健委, 民宗局)."""
    return frozenset(r["short"] for r in load("organ_abbreviations", required=("full", "short"),
                                              unique=("full", "short")))


@lru_cache(maxsize=1)
def _provinces() -> tuple[str, ...]:
    """Province names, full and short (lexicons/provinces.tsv), longest first."""
    rows = load("provinces", required=("name", "short"), unique=("name",))
    return tuple(sorted({w for r in rows for w in (r["name"], r["short"])}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _spoken_provinces() -> dict[str, str]:
    """A province's colloquial short form -> its name (lexicons/provinces.tsv ``spoken``: 内蒙 ->
    内蒙古自治区): a question naming it asks the province."""
    rows = load("provinces", required=("name", "short"), unique=("name",))
    return {w: r["name"] for r in rows for w in (r.get("spoken") or "").split(",") if w}


@lru_cache(maxsize=4096)
def autonomous_short(val: str) -> tuple[str, ...]:
    """An autonomous prefecture's or county's spoken names (黔东南苗族侗族自治州: 黔东南州 and
    黔东南): the gazetteer's short name of it, and that with the rank's one character (州 / 县 /
    旗); () for any other place or when the gazetteer lacks it."""
    m = re.search(r"自治(州|县|旗)$", val or "")
    if not m:
        return ()
    from extractor.gazetteer import available, places_named
    if not available():
        return ()
    shorts = {p.short for p in places_named(to_simplified(val)) if p.short and len(p.short) >= 2}
    if len(shorts) != 1:
        return ()
    short = shorts.pop()
    return (short + m.group(1), short)


def league_forms(val: str) -> tuple[str, ...]:
    """A league's usual one-character short form (锡林郭勒盟: 锡盟) when the gazetteer gives it
    (no other league opens with that character); () for any other place."""
    if not (val or "").endswith("盟") or len(val) < 3:
        return ()
    from extractor.gazetteer import available, league_short
    return (val[0] + "盟",) if available() and league_short(val[0] + "盟") == val else ()


def _bare_place(p: str) -> str | None:
    """石家庄 for 石家庄市, 桦南 for 桦南县: a place without its 市 / 县 / 区 (two characters at least)."""
    # a city's or county's tail (州 / 盟 / 旗 too), never 省 / 自治区: a province's short
    # forms are lexicons/provinces.tsv's (_provinces)
    bare = re.sub(r"(自治县|自治州|县|区|市|州|盟|旗)$", "", _BRACKETED.sub("", p))
    return bare if len(bare) >= 2 and bare != p else None


def _aliases(name, short, prefixes):
    out = []
    swaps = _abbreviations()
    plain = "".join((name or "").split())
    # the full endings the organ's own name bears (经济开发区管理委员会): a short form (经开区管委会)
    # is never spelled out as another of its full forms (经济技术开发区…), neither holding the other
    own = {e for e in swaps if e not in short_forms() and plain.endswith(e)}
    for n in (name, short):
        if not n:
            continue
        n = "".join(n.split())
        forms = {n, _BRACKETED.sub("", n)}   # 高新区(新市区) is also 高新区
        for m in _BRACKETED.finditer(n):   # …片区(昆明经开区)招商合作局: 昆明经开区招商合作局
            other, rest = m.group(0)[1:-1], _BRACKETED.sub("", n[m.end():])
            if len(other) >= 2 and len(rest) >= 2:
                forms.add(other + rest)
            elif not rest and len(other) >= 3 and other.endswith(_PLACE_TAILS):
                forms.add(other)   # 高新区(新市区): also 新市区
        lengths = sorted({len(a) for a in swaps})
        shortened = set()   # forms a full ending was shortened into: never spelled out again
        for _ in range(2):   # 浑南区民族和宗教事务局 is 浑南区民宗局; …卫生健康委 is …卫健委 (via 委员会)
            for f in list(forms):
                for n_ in lengths:
                    if len(f) > n_ and f[-n_:] in swaps:
                        end = f[-n_:]
                        if end in short_forms() and f in shortened:
                            continue   # 经济开发区管理委员会 → 经开区管委会, never → 经济技术开发区…
                        made = {f[:-n_] + b for b in swaps[end]
                                if not any(o != b and o in swaps[end] and b not in o and o not in b
                                           for o in own)} - forms
                        forms.update(made)
                        if end not in short_forms():
                            shortened |= made
        for f in list(forms):   # 广东从化经济开发区管理委员会 is also 从化经济开发区管理委员会
            for province in _provinces():
                if f.startswith(province) and len(f) > len(province) + 2 \
                        and not f.startswith(_PROVINCE_RANK, len(province)):
                    # (湖北省水利厅 less 湖北 is 省水利厅: a tier's bureau, every province's, no name)
                    forms.add(f[len(province):])
        for f in list(forms):   # 国家税务总局台州市黄岩区税务局 is also 台州市黄岩区税务局
            lead = _NATIONAL_LEAD.match(f)
            if lead and any(f.startswith(p, lead.end()) for p in prefixes if p):
                forms.add(f[lead.end():])
        for p in prefixes:
            bare = _bare_place(p) if p else None
            spoken = autonomous_short(p) if p else ()
            for f in list(forms):
                if p and f.startswith(p) and len(f) > len(p) + 1:
                    forms.add(f[len(p):])
                    if bare:   # 石家庄教育局 / 汕头医保局 for 石家庄市教育局 / 汕头市医疗保障局
                        forms.add(bare + f[len(p):])
                    # 黔东南州民宗委 for 黔东南苗族侗族自治州民族宗教事务委员会 (rule autonomous_short)
                    forms.update(w + f[len(p):] for w in spoken)
        forms.update(_branch_by_county(n, prefixes))   # 泰安市生态环境局肥城分局: 肥城生态环境分局
        for f in list(forms):
            if "人民政府" in f:   # 长春市政府办公厅 for 长春市人民政府办公厅
                forms.add(f.replace("人民政府", "政府"))
        for f in list(forms):
            for s in _SUFFIXES:
                if f.endswith(s) and len(f) > len(s) + 1:
                    forms.add(f[: -len(s)])
        for f in list(forms):
            if f.endswith("街道") and len(f) > 3:
                forms.add(f[:-2])
            elif f[-1:] in ("镇", "乡") and len(f) >= 3:
                forms.add(f[:-1])
        # 人民政府办公厅 or (新市区) (a name cut short) names no organ in particular
        # 人民 (清水县人民政府 without its county and 政府) is a piece of a suffix, no name
        # 省人民 (四川省人民政府 less 四川 and 政府) is a piece of a suffix too
            # a kind's short form left bare (行署 of 兴安盟行署 less the league) is the kind's word
        # (question_organ_types.tsv: 地区行署这一级), never this one organ's name
        out.extend(f for f in forms if not f.startswith(("人民政府", "政府", "(", "（")) and not f.endswith("人民")
                   and not any(s.startswith(f) for s in _SUFFIXES)
                   and not (f in short_forms() and f in _kind_words() and f not in (name, short)))
    return out


# a city's (or province's) bureau's branch in one of its counties: 泰安市生态环境局肥城分局,
# 深圳市公安局南山分局 (the sector, then the county, bare or in full, then 分局)
_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,10}?)局([\u4e00-\u9fff]{2,6}?)分局")


def _branch_by_county(name: str, prefixes) -> set[str]:
    """A branch bureau named by its county as reviewers say it (rule branch_by_county): the
    county, bare and in full, with the sector and 分局 (泰安市生态环境局肥城分局: 肥城生态环境分局,
    肥城市生态环境分局), when what follows the city's bureau is the county the report states
    (or, stating none, two to four characters)."""
    county = prefixes[2] if len(prefixes) > 2 else None
    for p in (x for x in prefixes[:2] if x):
        if not name.startswith(p):
            continue
        m = _BRANCH.fullmatch(name[len(p):])
        if not m:
            continue
        sector, where = m.group(1), m.group(2)
        counties = {county, _bare_place(county) or county} if county else {where}
        if where not in counties and not (county and county.startswith(where)) or len(where) > 4:
            continue
        return {c + sector + "分局" for c in counties | {where}}
    return set()


_GOV_OFFICE = re.compile(r"(?<=政府)(?:办公室|办公厅)$")


def government_reported(name: str | None, level: str | None) -> str | None:
    """The government a government's own office reports for (湄潭县人民政府办公室 stored at the
    county's level, not as a department: 湄潭县人民政府), else None."""
    if not name or level not in ("county", "city", "province") or not _GOV_OFFICE.search(name):
        return None
    gov = _GOV_OFFICE.sub("", name)
    return gov if plausible_place(re.sub(r"(?:人民)?政府$", "", gov)) else None   # (年度市: no place)


def _one_left_out(word: str, name: str) -> bool:
    """``name`` is ``word`` with one character put in after its first and before its last."""
    return any(name[:i] + name[i + 1:] == word for i in range(1, len(name) - 1))


def inside_level_words(text: str) -> frozenset[int]:
    """The positions of ``text`` strictly inside a level word of two characters or more
    (lexicons/question_levels.tsv: 街道, 乡镇, 区县): no place starts there."""
    from .vocab import level_words
    out = set()
    for w in level_words():   # (str.find: hundreds of words, each a regex, would overflow re's cache)
        if len(w) < 2:
            continue
        at = text.find(w)
        while at >= 0:
            out.update(range(at + 1, at + len(w)))
            at = text.find(w, at + len(w))
    return frozenset(out)


def _longest(text: str, table: dict, max_len: int, blocked=frozenset()) -> list[tuple[int, int, str]]:
    out = []
    i, n = 0, len(text)
    while i < n:
        for j in range(min(n, i + max_len), i + 1, -1) if i not in blocked else ():
            if text[i:j] in table:
                out.append((i, j, text[i:j]))
                i = j
                break
        else:
            i += 1
    return out


def _db_key(conn):
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
        return row[2] or id(conn)
    except Exception:  # noqa: BLE001
        return id(conn)


def _signature(conn) -> tuple:
    return tuple(conn.execute(
        "SELECT (SELECT max(id) FROM reports), (SELECT count(*) FROM reports), "
        "(SELECT max(id) FROM corrections WHERE target = 'meta'), "
        "(SELECT count(reverted_at) FROM corrections WHERE target = 'meta')").fetchone())


_LOCK = threading.Lock()
_CACHE: dict = {}
