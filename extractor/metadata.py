"""Organ, level, region, year and contact details.

The organ's name is the fullest form the text gives: the title's name, made fuller by a
form that contains it (preamble 由…编制, contact sentence 请与…联系, 来源, signature,
《…信息公开指南》). A government's 办公室/办公厅 that compiles the report for its government
gives the government's name (unless the title itself names the office). The level comes
from the name (``lexicons/levels.tsv``, ``lexicons/regions.tsv``) or, with no name, from how
the report calls itself (我镇, 我局). The year is the statistics period's, then the title's.
Null where the text does not say.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Document
from .lexicon import load


def load_cues(role: str) -> tuple[str, ...]:
    return tuple(r["cue"] for r in load("cues", required=("role", "cue"), unique=("role", "cue")) if r["role"] == role)
from .record import LEVELS, Contact, Organ
from .sections import find_sections

_HAN = "\u4e00-\u9fff"
_NAME = rf"[{_HAN}()（）]"
_OFFICE_OF_GOV = re.compile(r"(人民政府|政府)(办公室|办公厅)$")
_PLACE = re.compile(rf"[{_HAN}]{{1,7}}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗)")
_DEPT_RANK = {"province": "province_dept", "city": "city_dept", "county": "county_dept"}


@dataclass
class Metadata:
    organ: Organ = field(default_factory=Organ)
    year: int | None = None
    contact: Contact = field(default_factory=Contact)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _levels():
    rows = load("levels", required=("match", "pattern", "level"), unique=("match", "pattern"))
    for r in rows:
        if r["level"] not in LEVELS + ("gov", "dept"):
            raise ValueError(f"lexicons/levels.tsv: unknown level {r['level']!r} "
                             f"(valid: {', '.join(LEVELS)}, gov, dept)")
    return rows


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {r["name"]: r["rank"] for r in load("regions", required=("name", "rank"), unique=("name",))}


# ---------------------------------------------------------------- places and levels
def places(name: str) -> list[str]:
    """The places a name starts with (长沙市天心区桂花坪街道办事处 -> 长沙市, 天心区)."""
    out, i = [], 0
    while True:
        m = _PLACE.match(name, i)
        if not m:
            break
        e = m.end()
        if e < len(name) and name[e] in "市县" and name[e - 1] in "州盟":
            e += 1  # 杭州市, not 杭州 + 市…
        out.append(name[i:e])
        i = e
    return out


def place_rank(place: str) -> str:
    known = _regions().get(place)
    if known:
        return known
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("县", "区", "旗", "自治县")):
        return "county"
    return "city"


def level_of(name: str) -> str | None:
    name = re.sub(r"[（(][^）)]*[）)]", "", name)
    ps = places(name)
    if not ps and name[:1] in "省市县区州":
        ps = [name[:1]]
    for r in _levels():
        pat, how = r["pattern"], r["match"]
        hit = (how == "end" and name.endswith(pat)) or (how == "contains" and pat in name)
        if not hit:
            continue
        lv = r["level"]
        if lv == "gov":
            return place_rank(ps[-1]) if ps else None
        if lv == "dept":
            own = [p for p in ps if not name.endswith(p)]
            if own:
                return _DEPT_RANK[place_rank(own[-1])]
            head = name[:1]
            return {"省": "province_dept", "市": "city_dept", "县": "county_dept",
                    "区": "county_dept", "州": "city_dept"}.get(head)
        return lv
    # a bare place name (上海市, 大理市, 乌鲁木齐市)
    if ps and ps[-1] == name:
        return place_rank(name)
    return None


def level_from_self(text: str) -> str | None:
    counts = Counter()
    for r in _levels():
        if r["match"] == "self":
            counts[r["level"]] += text.count(r["pattern"])
    if not counts or counts.most_common(1)[0][1] == 0:
        return None
    lv = counts.most_common(1)[0][0]
    if lv == "dept":
        county = len(re.findall(r"[县区](?:人民)?政府", text))
        city = len(re.findall(r"市(?:人民)?政府", text))
        return "county_dept" if county >= city and county else ("city_dept" if city else None)
    return lv


# ---------------------------------------------------------------- organ name
_TITLE = re.compile(rf"(?P<a>{_NAME}{{2,40}}?)(?P<y>20\d\d)\s*年度?的?\s*(?:政府)?信息公开"
                    rf"|(?P<y2>20\d\d)\s*年度?\s*(?P<b>{_NAME}{{2,40}}?)\s*(?:政府)?信息公开")
_LEAD_VERBS = re.compile(r"^.*(?:公布|发布|编制|现将|根据|关于|本报告为|主要内容为|内容为|结合)")
_LEAD_JUNK = "了的在对将为是和与及由把被向从现据按"
# the unit inside an organ that does its disclosure work: 政务公开领导小组办公室, 政务公开办公室
_GROUP_OFFICE = re.compile(r"(?:政府)?(?:信息公开|政务公开)?(?:工作)?领导小组(?:办公室)?$"
                           r"|(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:办公室|科|处|股)$")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = _LEAD_VERBS.sub("", name).strip("《》“”\"' ")
    name = name.lstrip(_LEAD_JUNK)
    if name.endswith("人民"):
        name += "政府"
    if len(name) < 2 or name[0] in "我本该" or re.fullmatch(r"全[省市州盟县区旗镇乡]", name) \
            or re.search(r"通过|网站|平台|门户|报告|情况|事项", name) \
            or level_of(name) is None:
        return None
    return name


def title_name(text: str) -> tuple[str | None, int | None, int | None]:
    """(organ, year, position) from the first title-like phrase within the first lines."""
    for m in _TITLE.finditer(text[:1200]):
        name = _clean(m.group("a") or m.group("b"))
        if name:
            return name, int(m.group("y") or m.group("y2")), m.start()
    return None, None, None


def _candidates(text: str) -> list[tuple[str, bool]]:
    """(name, from a compile/contact sentence) for every phrase that names an organ."""
    verbs = "|".join(re.escape(v) for v in load_cues("subject_verb"))
    office_pats = [rf"由(?P<n>{_NAME}{{2,30}}?)(?:负责)?(?:编制|综合|根据|牵头|汇总|结合|按照)",
                   rf"请与(?P<n>{_NAME}{{2,30}}?)联系",
                   rf"联系(?:单位)?[:：]?(?P<n>{_NAME}{{2,30}}?(?:办公室|办公厅|局|委|政府|办事处))[（(,，：:]"]
    pats = [rf"来源\s*[:：]\s*(?P<n>{_NAME}{{2,30}})",
            rf"《(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
            rf"结合(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
            rf"“(?P<n>{_NAME}{{2,30}}?(?:人民政府|办事处|局|委员会))”",
            rf"20\d\d\s*年度?\s*[,，]\s*(?:在[^，,。]{{0,30}}[,，]\s*)?(?P<n>{_NAME}{{2,30}}?)(?:{verbs})"]
    out = []
    for p in office_pats:
        out += [(m.group("n"), True) for m in re.finditer(p, text)]
    for p in pats:
        out += [(m.group("n"), False) for m in re.finditer(p, text)]
    for m in _TITLE.finditer(text):
        out.append((m.group("a") or m.group("b"), False))
    lines = text[:300].splitlines() + text[-400:].splitlines()
    for line in lines:
        line = line.strip()
        if 3 <= len(line) <= 30 and re.fullmatch(rf"{_NAME}+", line):
            out.append((line, False))
    res = []
    for c, office in out:
        c = _clean(c)
        if c:
            res.append((c, office))
    return res


def organ_name(text: str, title: str | None) -> str | None:
    keep_office = bool(title and re.search(r"(办公室|办公厅)$", title))
    fixed, lent = [], []   # lent: names of a contact / compile sentence, kept as they were
    for c, office in _candidates(text):
        raw = c
        if office and _GROUP_OFFICE.search(c):
            rest = _GROUP_OFFICE.sub("", c)
            if rest and level_of(rest) in ("township", "county", "city", "province") \
                    and not rest.endswith("政府"):
                rest += "人民政府"
            c = rest if rest and level_of(rest) else c
        if office and not keep_office:
            rest = re.sub(r"(办公室|办公厅)$", "", c)
            if rest != c and level_of(rest) is not None:
                c = rest
        fixed.append(c)
        if office and c == raw:
            lent.append(c)
    if title:
        # a fuller form of the title's name; a unit a contact sentence names as it is only
        # when of the title's level (请与鄯善县信息服务中心联系 in 鄯善县's report is none)
        core = re.sub(r"(人民政府|政府|办事处)$", "", title)
        fuller = [c for c in fixed if core and core in c and len(c) <= len(core) + 16
                  and (c not in lent or level_of(c) == level_of(title))]
        best = max(fuller, key=len) if fuller else title
        return best if len(best) > len(title) else title
    if not fixed:
        return None
    support = {c: sum(1 for d in fixed if d in c) for c in set(fixed)}
    return max(support, key=lambda c: (support[c], len(c)))


def expand_rank_prefix(text: str, name: str | None) -> str | None:
    """区民政局 -> 涵江区民政局 when the text also prints the place's name before it."""
    if not name or name[0] not in "省市县区州":
        return name
    counts = Counter(m.group(1) for m in re.finditer(rf"([{_HAN}]{{2}}){re.escape(name)}", text)
                     if not set(m.group(1)) & set(_LEAD_JUNK + "我本该全各")
                     and level_of(m.group(1) + name[0]) is not None)
    return counts.most_common(1)[0][0] + name if counts else name


def _short(name: str) -> str:
    ps = places(name)
    rest = name
    for p in ps:
        if rest.startswith(p) and len(rest) > len(p):
            rest = rest[len(p):]
    return re.sub(r"(人民政府|办事处)$", "", rest) or name


def organ_of(text: str, title: str | None) -> Organ:
    name = expand_rank_prefix(text, organ_name(text, title))
    level = level_of(name) if name else None
    if level is None:
        level = level_from_self(text)
    organ = Organ(name=name, level=level)
    if name:
        organ.short_name = _short(name)
        ps = places(name)
        for p in ps:
            rank = place_rank(p)
            if rank == "province":
                organ.province = organ.province or p
            elif rank == "city":
                organ.city = organ.city or p
            elif rank == "county" and p != name:
                organ.county = p
        if level == "county":
            organ.county = name if not ps or ps[-1] == re.sub(r"[（(][^）)]*[）)]", "", name) else ps[-1]
        if organ.county is None and level in ("township", "subdistrict"):
            m = re.search(rf"([{_HAN}]{{1,6}}?(?:自治县|县|区|市|旗)){re.escape(organ.short_name)}", text)
            if m and m.group(1) not in _regions() or (m and place_rank(m.group(1)) == "county"):
                organ.county = m.group(1)
    return organ


# ---------------------------------------------------------------- year
_PERIOD = re.compile(r"统计(?:数据)?(?:期限|时限|时间|区间|限)[^0-9]{0,6}(?P<y>20\d\d)")


def year_of(text: str, title_year: int | None) -> int | None:
    m = _PERIOD.search(text)
    if m:
        return int(m.group("y"))
    if title_year:
        return title_year
    m = re.search(r"(20\d\d)\s*年?度", text[:3000])
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d\d)\s*年(?![0-9]{1,2}月)", text[:3000]))
    years += Counter(int(y) for y in re.findall(r"(20\d\d)\s*年(?:,|，|我|全年|以来)", text[:3000]))
    return years.most_common(1)[0][0] if years else None


# ---------------------------------------------------------------- contact
_PHONE = r"(?:0\d{2,3}\s*[-—－–]\s*)?\d{7,8}(?!\d)"
_KEYS = r"(?:邮编|邮政编码|电话|联系电话|传真|电子邮箱|电子邮件|邮箱|网址|工作时间|地址|通信地址)"
_URL = re.compile(r"(?:https?://)?(?:www\.)?[a-zA-Z0-9\-]+(?:\.[a-zA-Z0-9\-]+)*\.(?:gov\.cn|com|cn|net|org)"
                  r"(?:/[A-Za-z0-9_\-./?=&%#]*)?")
_EMAIL = re.compile(r"[A-Za-z0-9_.\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _windows(text: str) -> list[tuple[int, int]]:
    secs = find_sections(text)
    pre_end = secs[0].start if secs and secs[0].start > 50 else min(len(text), 1500)
    wins = [(0, min(pre_end, 3000))]
    for m in re.finditer(r"联系", text):
        wins.append((m.start(), min(len(text), m.end() + 300)))
    wins.append((max(0, len(text) - 600), len(text)))
    return wins


def contact_of(text: str, organ: str | None) -> Contact:
    c = Contact()
    for a, b in _windows(text):
        w = text[a:b]
        if c.address is None:
            m = re.search(rf"(?:通信|通讯|办公)?地址\s*[:：]\s*(?P<v>.+?)(?=[,，;；]\s*{_KEYS}|[）)\n]|$)", w)
            if m:
                c.address = m.group("v").strip()
        if c.postcode is None:
            m = re.search(r"(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})(?!\d)", w)
            if m:
                c.postcode = m.group(1)
        if not c.phones:
            m = re.search(rf"(?:电话|联系方式|联系)\s*[:：]?\s*(?P<v>{_PHONE}(?:\s*[、/或,，]\s*{_PHONE})*)", w)
            if m:
                c.phones = re.findall(_PHONE, m.group("v"))
        if c.fax is None:
            m = re.search(rf"传真\s*[:：]?\s*({_PHONE})", w)
            if m:
                c.fax = m.group(1)
        if c.email is None:
            m = _EMAIL.search(w)
            if m:
                c.email = m.group()
    c.website = _website(text, organ)
    return c


def _website(text: str, organ: str | None) -> str | None:
    head = text[:3000]
    found = []
    for m in _URL.finditer(head):
        if "@" in head[max(0, m.start() - 30):m.start()] or head[m.end():m.end() + 1] == "@":
            continue
        before = head[max(0, m.start() - 40):m.start()]
        if not re.search(r"网站|网|电子版|下载|查阅|网址", before):
            continue
        found.append((m.group().rstrip("./") if not m.group().endswith("/") else m.group(), before))
    if not found:
        return None
    if organ and len(found) > 1:
        for url, before in found:
            if organ in before:
                return url
        return found[-1][0]
    return found[0][0]


# ---------------------------------------------------------------- entry point
def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    title, title_year, _ = title_name(text)
    organ = organ_of(text, title)
    contact = contact_of(text, organ.name)
    if organ.county is None and organ.level in ("township", "subdistrict"):
        organ.county = county_of_address(contact.address)
    return Metadata(organ=organ, year=year_of(text, title_year), contact=contact)


def county_of_address(address: str | None) -> str | None:
    """The county a township's own address starts with: 东至县木塔乡… -> 东至县; a lone 市
    before the street (新乐市新藁路…) is the county-level city the township belongs to."""
    ps = places(address or "")
    counties = [p for p in ps if place_rank(p) == "county"]
    if counties:
        return counties[-1]
    if len(ps) == 1 and ps[0].endswith("市") and place_rank(ps[0]) == "city":
        return ps[0]
    return None
