"""The organs and places a question names (step 1 of ``assistant.plan.parse``), read with the
store's names (``assistant.names.OrganIndex``):

- organ names, a place's bureau never the place alone (高新区教育局), a bare bureau every body of
  its sector whatever its tail (``assistant.sectors``; 卫健局: 卫生健康委 too), a level said right
  before it its tier (市级公安局, 省卫健委);
- regions, with an exclusion said before or after them (除了上海 / 上海的除外) and the place's
  whole said after them (广州市下面, 金华下属: ``placescope.read_under``);
- sectors (卫生健康部门, 教育系统, 县级教育部门): the organs with it in their name;
- ``tier_of_bodies``: a tier said of bureaus is the tier's departments.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from . import vocab
from .joinedplaces import joined_places, joined_to_place
from .names import BUREAU_TAILS, DEPT_TAILS
from .placescope import read_rank_level, read_together, read_together_clause, read_under, read_whole_before
from .queryplan import QueryPlan
from .refine import COUNTED, region_context, unknown_place_before
from .sectors import bare_bureaus, holds, sector_ids
from .typedplace import typed_forms
from .unread import kind_ids, organ_kinds
from .words import BLANK

# an exclusion word right before a place, or after it (去掉上海的, 上海的除外): every other place
_NOT_PLACE_BEFORE = re.compile(r"(?:除了|除去|除|不包括|不含|排除|去掉|去除|剔除|刨除|不看|不要|不算)$")
_JOINED = re.compile(r"[和与及或跟、,，]")
_NOT_PLACE_AFTER = re.compile(r"(?:市|省)?的?(?:报告|年报)?(除外|不算在内|不算|不计入?|不包括在内|以外|之外)"
                              # 乌鲁木齐的不要 / 上海的去掉 ending the question (never 浙江省去掉义乌市)
                              r"|(?:市|省)?的(?:报告|年报)?((?:不要|去掉|剔除|拿掉)(?:了|吧)?)(?=$|[，,。？?！!])")
_SECTOR = re.compile(r"([\u4e00-\u9fff]{2,6}?)(部门|系统|条线)")
_LEVEL_OF_SECTOR = re.compile(r"([省市县区])级")
_TIER_BEFORE = re.compile(r"([省市县区])(?:级|一级|里面?|里头)(?:的)?[（(]?$")   # 县里的（卫健委）: a gloss after a typo taken out
# 省卫健委 / 2023年县教育局: a level's one character alone before a bureau, no place (rule tier)
_BARE_TIER = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的各全和与及、年里在中是]|(?:[两二三四五六七八九十几多]个))([省市县区])$")
_DEPT_LEVEL = {"省": "province_dept", "市": "city_dept", "县": "county_dept", "区": "county_dept"}
# 广州市政府 / 乌恰县政府 right after a place read: that place's government (人民政府 is a name's
# own word: the organ of that name, or said absent as typed)
_OWN_GOVERNMENT = re.compile(r"政府(?!办|部门|各|所属|工作部门|组成部门|直属)")
_GOVERNMENT_OF = {"city": "city", "county": "county", "province": "province"}
# a government's office said after its name (二七区政府办 / 办公室 / 办公厅; never 政府办理 / 办事)
_OFFICE = r"办公厅|办公室|办(?![理事结件完好])"
_GOV_OFFICE_AFTER = re.compile(_OFFICE)
# 广东省政府办公厅 / 某县人民政府办公室 / 某市政府办 right after a place read, no organ of that name
# in the store: the office writes its government's report, filed at the government's tier
_OWN_GOVERNMENT_OFFICE = re.compile(r"(?:人民)?政府(?:" + _OFFICE + ")")
_DEPT_OF = {"city": "city_dept", "county": "county_dept", "province": "province_dept"}
# 柳河县住建局 with no 住建局 read: the place's bureau (said or asked), never the county government
# 大同的报告 / 大同的年报有几份: the place, when 大同 is also the short name of one organ
_REPORTS_AFTER = re.compile(r"的?(?:报告|年报)")
_CITY_PROPER = re.compile(r"区(?![县市级域直辖])")   # 广州市区: the city (rule city_proper)
_PLACE_ENDS = ("市", "县", "区", "省", "州", "盟", "旗")
# 浑南区那两个局 / 这几个部门 / 这些单位: that place's bureaus (or organs), the count no name
_THOSE_OF_PLACE = re.compile(r"的?(?:那|这|那些|这些)(?:[两二三四五六七八九十几]|一些|些)?(?:个|家)?"
                             r"(局|委|部门|单位|机关)")
_BUREAU_AFTER = re.compile(r"[^\u3000的收到有是几多少哪各，,？?\d]{1,8}?(?:局|委员会|委|厅|署)")


def _place_of_bare(name: str, organs):
    """The stored region ``name`` is the bare form of (大同 -> 大同市), or None when ``name`` is
    itself a region or names none."""
    if name in organs.regions:
        return None
    hits = {organs.regions[name + end] for end in _PLACE_ENDS if name + end in organs.regions}
    return hits.pop() if len(hits) == 1 else None


def _places_only(organs, s: str, start: int, end: int) -> bool:
    """Whether the organ name at ``s[start:end]`` is wholly a place then a county of the store
    (成都武侯区, 杭州市滨江区: a city, bare or in full, and a district): the place, never the short
    name of that district's government or office (rule city_short_county)."""
    at, pieces = start, []
    for a, b, name in organs.find_regions(s[start:end]):
        if a + start != at:
            return False
        pieces.append(organs.regions[name])
        at = b + start
    return at == end and len(pieces) >= 2 and pieces[-1][0] == "county" \
        and pieces[0][0] in ("city", "province")


def _covers(s: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` occurs in ``s`` over the whole of ``start``–``end``."""
    a = s.find(word, max(0, end - len(word)))
    while 0 <= a <= start:
        if end <= a + len(word):
            return True
        a = s.find(word, a + 1)
    return False


def _in_longer_kind(s: str, start: int, end: int) -> bool:
    """Whether a kind of organ longer than ``start``–``end`` covers it (开发区管委会 over 管委会
    and over 开发区管委; rule longer_kind)."""
    return any(len(w) > end - start and _covers(s, w, start, end) for w in organ_kinds())


def _cuts_statistic(s: str, start: int, end: int) -> bool:
    """Whether a statistic word (question_words.tsv role agg: 平均, 合计) starts inside
    ``start``–``end`` and goes on past it: the name found is two words' pieces (和平 of
    数和平均), never a name."""
    return any(s.startswith(w, a) and a + len(w) > end
               for a in range(start + 1, end) for w in _statistic_words())


@lru_cache(maxsize=1)
def _statistic_words() -> tuple[str, ...]:
    return tuple(w for w, (role, _) in vocab.words().items() if role == "agg" and len(w) >= 2)


def read_organs(t, q: str, organs, p, set_, fired: list) -> None:
    """Read the organs, places and sectors of ``t`` (an ``words.Text`` of the question ``q``)
    into the plan ``p`` through ``set_``, the characters read taken."""
    level_present = any(w in t.s for w in vocab.level_words() if len(w) >= 2)
    found = organs.find(t.s)
    starts = {s for s, _, _ in found}
    longer_regions = [(rs, re_) for rs, re_, _ in organs.find_regions(t.s)]
    for s, e, name in found:
        if any(rs <= s and e <= re_ and re_ - rs > e - s for rs, re_ in longer_regions):
            continue   # 前进区: the place 前进区, not 前进街道's short name 前进 inside it
        if _places_only(organs, t.s, s, e):
            fired.append("city_short_county")
            continue   # 成都武侯区: the district of that city (rule city_short_county), not the
            # short name of 成都市武侯区人民政府办公室
        if t.s[e - 1:e + 1] == "部门":
            continue   # 自然资源部门: the sector's organs, not the ministry 自然资源部
        if _cuts_statistic(t.s, s, e):
            continue   # 最大值和平均值 / 中位数和平均数: 平均, never the short name 和平 across it
        place = _place_of_bare(name, organs)
        if place and _REPORTS_AFTER.match(t.s, e):
            # 大同的报告 (a store holding 大同市, and 大同 the short name of its office): every
            # report of the region 大同市, never the one office
            set_("region", place)
            t.take(s, e)
            continue
        after = e + len(re.match("[" + BLANK + "的]*", t.s[e:]).group(0))
        if name in organs.regions and (level_present or region_context(q, e)
                                       or e in starts or after in starts
                                       or _BUREAU_AFTER.match(t.s, after)
                                       or _THOSE_OF_PLACE.match(t.s, e)
                                       or (name.endswith("市") and _CITY_PROPER.match(t.s, e))
                                       or t.s.startswith(organ_kinds(), after)
                                       or read_together(t.s, e)   # 赣州市以及所辖各县
                                       or read_under(t.s, e)   # 赣州市范围内 / 境内 / 管辖的 (rule under_place)
                                       or joined_to_place(t.s, s, e, organs, starts)):   # 鄂尔多斯和兴安盟
            continue   # 高新区教育局 / 柳河县2021年民政局: a place's bureau
        if unknown_place_before(t.s, s, organs) and (
                len(organs.names[name]) > 1 or name.endswith(DEPT_TAILS)):
            continue   # 平谷区教育局 in a store without 平谷区: not every 教育局 (汉台区东大街
            # 街道办事处 is still that one subdistrict: only a shared or bureau name is doubted)
        if _in_longer_kind(t.s, s, e):
            continue   # 开发区管委会: the longer kind (rule longer_kind), never every 管委会 nor
            # the 开发区管委 read by its tail
        ids = tuple(sorted(organs.names[name]))
        if name in organ_kinds():
            # 管委会 / 公安分局: the short form of one organ (东湖高新区管委会) and a kind of
            # organ; the kind, every organ whose name holds it (…管理委员会, …公安局南山分局)
            ids = tuple(sorted(set(ids) | set(kind_ids(name, organs))))
            fired.append("kind_as_name")
        bare_bureau = name.endswith(DEPT_TAILS) and not any(name.startswith(r) for r in organs.regions)
        sector = sector_ids(name, organs) if bare_bureau else None
        if sector:
            # 教育局: 教育体育局, 教育和体育局 too; 卫健局: 卫生健康局, 卫生健康委 and 卫生健康委员会;
            # 民政局: 民政厅 too
            ids = tuple(sorted(set(ids) | set(sector)))
        if sector and name[0] not in "省市县区":
            # after a place (信丰县卫健局, 浙江教育厅) that place's body of the sector only
            placed = [t.s[a:b] for a, b, _ in organs.find_regions(t.s[:s]) if b == s]
            here = {i for i in ids if placed and placed[0] in organs.display.get(i, "")}
            ids = tuple(sorted(here or ids))
            fired.append("sector_tails")
        set_("organ_ids", tuple(sorted(set(p.organ_ids) | set(ids))))
        set_("organ_names", p.organ_names + (name,))
        t.take(s, e)
        office = _GOV_OFFICE_AFTER.match(t.s, e) if name.endswith("政府") else None
        if office and all(organs.display.get(i, "").endswith("政府") for i in ids):
            # 二七区政府办 with that government's report stored and no report of its office: the
            # report the office writes for it, said (rule government_office_of)
            t.take(office.start(), office.end())
            p.notes = (*p.notes, f"“{name}{office.group(0)}”按“{name}”的报告理解（政府办公室编写本级政府的年报）")
            fired.append("government_office_of")
        tier = _TIER_BEFORE.search(t.s[:s]) or (_BARE_TIER.search(t.s[:s]) if bare_bureau else None)
        if tier and name.endswith(DEPT_TAILS):
            # 市级公安局: the city tier's bureaus of that name, never every level's
            set_("levels", (_DEPT_LEVEL[tier.group(1)],), "tier")
            t.take(tier.start(1), tier.end())
        counted = COUNTED.search(t.s[:tier.start(1) if tier else s])
        if counted and (tier or name[0] in "省市县区"):
            # 两个市商务局: the count said of them, read (the bureaus listed answer it)
            t.take(counted.start(), counted.end())
    before = None
    said = []   # [place, excluded, joined to the one before] in order (去掉乌鲁木齐和喀什的)
    for s, e, name in organs.find_regions(t.s):
        outer = before if before and before[1] == s else None
        joined = bool(before and _JOINED.fullmatch(t.s[before[1]:s]))
        set_("region", organs.regions[name])
        t.take(s, e)
        before = (organs.regions[name], e)
        if outer and county_elsewhere(organs, outer[0], organs.regions[name]):
            # 南京市鼓楼区 (鼓楼区 is also 福州's): the county's reports of that city only
            set_("region_of", outer[0][1], "county_in_city")
        # 去掉上海的 / 除了上海 / 上海的除外: every report but that place's
        ex = _NOT_PLACE_BEFORE.search(t.s[max(0, s - 4):s])
        after = _NOT_PLACE_AFTER.match(t.s, e)
        if outer and said:   # 去掉南京市鼓楼区的: the county (its city in region_of), one place
            said[-1][0], said[-1][2] = organs.regions[name], said[-1][2] or bool(after)
        else:
            said.append([organs.regions[name], bool(ex), bool(after), joined])
        if ex or after:
            if ex:
                t.take(s - len(ex.group(0)), s)
            if after:
                t.take(after.start(after.lastindex), after.end(after.lastindex))
        together = read_together(t.s, e) or read_together_clause(t.s, e)
        if together:   # 赣州市连同下面的县市区: the place and all under it, no level
            p.region_said = t.s[together[0]:together[1]].lstrip("的，,；; ")
            t.take(*together)
            fired.append("under_place")
        under = None if together else read_under(t.s, e)
        if under:   # 广州市下面 / 金华下属 / 辽宁全省: the place and everything in it, as the filter reads
            t.take(*under)
            fired.append("under_place")
        units = read_rank_level(t.s, under[1] if under else e, bool(under))
        if units and not p.levels:   # 广州市下面的区 / 广州各区: the county level in it
            t.take(units[0], units[1])
            set_("levels", units[2], "under_place")
        own = _OWN_GOVERNMENT.match(t.s, e)
        col = organs.regions[name][0]
        if own and not (p.levels or p.organ_ids or under or together or ex or after) \
                and col in _GOVERNMENT_OF:
            # 广州市政府 / 乌恰县政府: the place's own government (its tier there), never the
            # place's every organ with 政府 left unread (rule own_government)
            t.take(own.start(), own.end())
            set_("levels", (_GOVERNMENT_OF[col],), "own_government")
        office = _OWN_GOVERNMENT_OFFICE.match(t.s, e)
        if office and not (p.levels or p.organ_ids or under or together or ex or after) \
                and col in _GOVERNMENT_OF:
            # 广东省政府办公厅 with no organ of that name stored: the place's government, whose
            # report its office writes, said; never every report of the place (rule
            # own_government_office); none there is said absent with what the place holds
            t.take(office.start(), office.end())
            set_("levels", (_GOVERNMENT_OF[col],), "own_government_office")
            p.notes = (*p.notes, f"“{name}{office.group(0)}”按{name}本级政府的报告查找（政府办公厅/办公室编写本级政府的年报）")
        whole = read_whole_before(t.s, s)
        if whole:   # 整个广东 / 全广东: the place
            t.take(*whole)
            fired.append("under_place")
        those = _THOSE_OF_PLACE.match(t.s, e)
        if those and not p.organ_ids:
            t.take(those.start(), those.end())
            col = organs.regions[name][0]
            if those.group(1) in ("局", "委", "部门") and col in _DEPT_OF:
                set_("levels", (_DEPT_OF[col],), "tier")   # 那两个局: the place's departments
    if any(ex or after for _, ex, after, _ in said):
        taken_out(p, said, set_)
    else:
        joined_places(p, said, set_)   # 江西和安徽的报告: both places, never the last alone
    named = bool(p.organ_ids)
    untold = [(u.start(), u.end()) for w, (role, _) in vocab.words().items() if role == "untold"
              for u in re.finditer(re.escape(w), t.s)]
    for m in _SECTOR.finditer(t.s) if not named else ():
        if any(a < m.end() and m.start() < b for a, b in untold):
            continue   # 垂直管理部门: a kind no report tells (said), never the organs named 管理
        lead = len(m.group(1)) - len(m.group(1).lstrip("的和与及或跟、，,"))   # 东阳市的教育部门
        raw = m.group(1)[lead:]
        lv = _LEVEL_OF_SECTOR.search(raw)   # 其中县级教育部门: the county's
        sector = raw[lv.end():] if lv else raw
        if len(sector) < 2 or sector in vocab.level_words() \
                or sector + m.group(2) in vocab.level_words() or "政府" in sector:
            continue
        ids = ()
        full = sector
        while len(sector) >= 2 and not ids:   # 哪些交通部门: the longest end that names organs
            if sector != full and sector in organ_kinds():
                break   # 哪些市场监管部门: the organ kind's rule reads it with its other names
            ids = tuple(sorted({i for n, ns in organs.names.items() if holds(n, sector) for i in ns}))
            if not ids:
                sector = sector[1:]
        if ids:   # 卫生健康部门 / 教育系统 (卫健部门和教育部门: both): the organs with it in their name
            set_("organ_ids", tuple(sorted(set(p.organ_ids) | set(ids))), "sector")
            set_("organ_names", p.organ_names + (sector + m.group(2),), "sector")
            start = m.end(1) - len(sector)
            if lv:   # 县级 before it is read with it
                start = min(start, m.end(1) - len(raw) + lv.start())
            t.take(start, m.end())
            if lv:
                set_("levels", tuple(dict.fromkeys(p.levels + (_DEPT_LEVEL[lv.group(1)],))), "sector")
    if not p.organ_ids and not p.region:   # 交通局 / 市场监管局: no name of the store, a sector's bureau
        reserved = [w for w in (*vocab.level_words(), *vocab.metric_aliases()) if len(w) >= 2]
        for s, e, word, ids, tier in bare_bureaus(t.s, organs, reserved):
            if _in_longer_kind(t.s, s, e):
                continue   # 开发区管委会: the kind (organ_type), not the bureau 开发区管委
            set_("organ_ids", tuple(sorted(set(p.organ_ids) | set(ids))), "sector_tails")
            set_("organ_names", p.organ_names + (word,), "sector_tails")
            t.take(s, e)
            if tier:   # 省交通局: the province's
                set_("levels", tuple(dict.fromkeys(p.levels + (_DEPT_LEVEL[tier],))), "tier")
                t.take(s - 1, s)
    dept = _DEPT_OF.get(p.region[0]) if p.region else None
    if dept and p.organ_names and any(f + p.organ_names[-1] in (q.replace("的", "") if f == p.region[1] else q)
                                      for f in typed_forms(p.region[1])) \
            and p.organ_names[-1].endswith(DEPT_TAILS) \
            and not any(r in n for n in p.organ_names for r in organs.regions):
        # 杭州市民政局 / 杭州民政局 / 沈阳国资局: the place's own bureau, not a district's in it
        # (云南的气象局, the short place and 的: the place's bureaus, whatever their tier)
        set_("levels", (dept,), "place_bureau")


def county_elsewhere(organs, outer: tuple[str, str], region: tuple[str, str]) -> bool:
    """Whether the county ``region`` said after the place ``outer`` (南京市鼓楼区) may be another
    place's too in the store: its reports do not all lie in ``outer`` by the gazetteer."""
    from store.places import within
    if region[0] != "county" or outer[0] not in ("city", "province"):
        return False
    inside = dict(within(organs.areas, [outer]))
    return region[1] not in inside.get("county", ())


def tier_of_bodies(p: QueryPlan) -> QueryPlan:
    """A tier (县级, 市级: its government and its departments) said of bureaus (民政局, 自然资源
    部门) is the tier's departments: 其中区县一级的呢 after 民政局的报告 keeps the county bureaus,
    never the county governments (which have no 民政局)."""
    names = p.organ_names
    if not p.levels or not names or not all(n.endswith(BUREAU_TAILS) for n in names):
        return p
    depts = tuple(dict.fromkeys(_DEPT_OF.get(lv, lv) for lv in p.levels))
    if depts == p.levels:
        return p
    return replace(p, levels=depts, rules=p.rules_plus("tier_of_bodies"))




def taken_out(p, said, set_) -> None:
    """The places a question takes out (去掉上海的, 除了乌鲁木齐和喀什, 乌鲁木齐和喀什的不要) and
    those it keeps (新疆除了乌鲁木齐的): an exclusion word before a place covers the places joined
    after it (和, 、), one after a place the places joined before it. Places kept and taken out:
    the (last) kept one less the others (QueryPlan.less_regions, rule place_taken_out); only taken
    out: every report but theirs (region_not, the others in also_regions)."""
    out = [bool(ex or after) for _, ex, after, _ in said]
    for i in range(1, len(said)):   # 去掉乌鲁木齐和喀什的: 喀什 too
        if said[i][3] and said[i - 1][1] and not said[i][2]:
            out[i] = out[i] or out[i - 1]
    for i in range(len(said) - 1, 0, -1):   # 乌鲁木齐和喀什的不要: 乌鲁木齐 too
        if said[i][3] and out[i] and said[i][2]:
            out[i - 1] = True
    kept = [r for (r, *_), x in zip(said, out) if not x]
    less = tuple(dict.fromkeys(r for (r, *_), x in zip(said, out) if x))
    if kept:
        set_("region", kept[-1], "place_taken_out")
        p.less_regions = tuple(r for r in less if r != kept[-1])
        p.region_not = False
    else:
        set_("region", less[0])
        set_("region_not", True, "region_excluded")
        p.also_regions = less[1:]
