"""The reporting organ: its name, level and places.

The name's grammar is ``organ_names.py``, the title block ``organ_title.py`` and the other
sentences that name the organ ``organ_sources.py`` (编制, contact, 发布机构, signature, the
subject of an opening sentence, a website's owner, 来源, link trails, lone lines). Here the
candidates are weighed: the title's name wins, made fuller by a candidate of the same kind that
contains it; without a title, the candidate most others agree with, a sentence's before one
only page chrome gives. Chrome naming another kind of body than the report calls itself (我局,
我镇, 我县) is never the organ: null is better than a wrong name.

Places are checked against the gazetteer (``gazetteer.py``): a 市 is a county when the
gazetteer says it is county level (大冶市), or lists it as a district now (海门市); a
township's county is the one the text prints before it, else the gazetteer's whose parents the
text names, else the county the text works under (在某县委领导下). Traditional characters and
radical code points are made simplified for matching only (one to one, so positions hold);
the record keeps the text as written.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import gazetteer
from .labels import written_span
from .narrative_lex import wrapped_breaks
from .lexicon import load
from .organ_names import _GROUP_OFFICE, _LEAD_JUNK, ZONE_WORDS, _inner_stripped
from .organ_sources import _candidates
from .organ_title import title_name
from .page_chrome import chrome_lines
from .places import (_HAN, _after_national, bare_rank, branch_county, ends_as_organ, is_known_place, is_zone,
                     level_from_self, level_of, place_rank, places, province_named_short, simplify)
from .record import Organ
from .registered import registered_place

__all__ = ["as_written", "county_named", "expand_rank_prefix", "in_zone", "organ_name", "organ_of", "short_name",
           "title_name"]


def _core(name: str) -> str:
    """区政府国资局 -> 国资局, 市人民政府办公室 -> 人民政府办公室: the name after a bare rank word."""
    m = re.match(r"[省市县区州](?:人民)?(?:政府)?(?=[^办])", name)
    return name[m.end():] if m and len(name) - m.end() >= 2 else name


def _gov_short(name: str) -> str:
    return name.replace("人民政府", "政府")


def organ_name(text: str, title: str | None) -> str | None:
    mtext = simplify(text)
    keep_office = bool(title and re.search(r"(办公室|办公厅)$", title))
    fixed, lent, sources = [], [], {}
    for c, src in _candidates(mtext) + _wrapped_candidates(mtext):
        raw = c
        if src == "office" and _GROUP_OFFICE.search(c):
            rest = _GROUP_OFFICE.sub("", c)
            # a place's group (某县政务公开领导小组) is its government's; a government's office's
            # group (某县人民政府办公室政务公开办公室) is that office's
            if rest and level_of(rest) in ("township", "county", "city", "province") \
                    and not rest.endswith(("政府", "办公室", "办公厅", "办事处", "行政公署")):
                rest += "人民政府"
            c = rest if rest and level_of(rest) else c
        if src == "office" and not (keep_office and _gov_short(title) in _gov_short(c)):
            # (a fuller form of a title naming an office keeps its office: 某市某区人民政府办公室)
            c = _inner_stripped(c)
        if not keep_office:
            rest = re.sub(r"(?<=政府)(办公室|办公厅)$", "", c) if src != "office" else \
                re.sub(r"(?:党政|综合|行政|党群)?(办公室|办公厅)$", "", c)   # its 党政办公室: the organ
            if rest != c and level_of(rest) is not None:
                c = rest
        fixed.append(c)
        sources.setdefault(c, set()).add(src)
        if src == "office" and c == raw:
            lent.append(c)
    # a website's owner names the organ only when nothing else does and the report does
    # not call itself something else (我局 in a report on 某市人民政府门户网站)
    sites = [c for c in fixed if sources[c] == {"website"}]
    fixed = [c for c in fixed if sources[c] != {"website"}]
    if not fixed and sites and not title:
        own = level_from_self(mtext)
        # (a host's portal and the organ's own column on it: the one of the report's own kind)
        mine = [c for c in sites if own is None or own == level_of(c)]
        return Counter(mine).most_common(1)[0][0] if mine else None
    if title:
        # a fuller form of the title's name; a unit a contact sentence names as it is only
        # when of the title's level (请与鄯善县信息服务中心联系 in 鄯善县's report is none)
        core = re.sub(r"(人民政府|政府|办事处)$", "", title)
        # …and never another body of the title's place (长兴县 -> 长兴县民政局 named in its report)
        # (a site's header line is no fuller form: it may be a host's, 某市国家高新区(新市区))
        cores = _spelled_out(core)
        fuller = [c for c in fixed if core and any((k in c or _spelled_in(k, c)) and len(c) <= len(k) + 16
                                                   for k in cores)
                  and sources[c] != {"line"}
                  and (c not in lent or level_of(c) == level_of(title) or (level_of(title) is None and c.endswith(title)))
                  and (level_of(title) is None or _kind(level_of(c)) == _kind(level_of(title)))]
        # a fuller name adds to the title's name before it (邵阳市 + 市气象局); one that only adds
        # after it names a unit of the organ (市气象局综合办公室): the last choice
        if all(len(c) <= len(title) for c in fuller):
            # …or the organ's own website named in its prose (通过某市人力资源和社会保障局网站…),
            # whose owner is the title's organ spelled out with its place (title 市人社局)
            fuller = [c for c in sites if any(c.endswith(k) and len(c) > len(k) for k in cores)
                      and (level_of(title) is None or _kind(level_of(c)) == _kind(level_of(title)))]
        # …and one that only adds after it must end as an organ's name does (来源：某管理委员会浏览次数
        # on a page whose spaces went is the name and the next label, no fuller name)
        fuller = [c for c in fuller if not c.startswith(title) or c == title or ends_as_organ(c)
                  or _UNIT_AFTER.search(c)]
        # …and not one whose first place is the title's known place behind a stray character
        # (a seal's ring letters read by OCR into the signature line: 恒临泽县人民政府)
        fuller = [c for c in fuller if not _stray_before_place(c, title)]
        ahead = [c for c in fuller if not _UNIT_AFTER.search(c[len(title):] if c.startswith(title) else "")]
        best = max(ahead or fuller, key=len) if fuller else title
        if len(best) > len(title):
            return best
        town = _government_word(title, [c for c in fixed if not sources[c] <= _CHROME])
        if town:
            return town
        # a title with a bare rank word (区政府国资局): a candidate naming the place
        # (政府 and 人民政府 are one word here: 县政府办公室 is 某县人民政府办公室's short form)
        bare = _gov_short(_core(title))
        if bare != _gov_short(title):
            placed = [c for c in fixed if _gov_short(c).endswith(bare) and places(c)
                      and _gov_short(c)[:-len(bare)] in places(c)[-1:] + ["".join(places(c))]
                      and place_rank(places(c)[-1]) == place_rank(title[0]) and is_known_place(places(c)[-1])]
            if placed:
                return Counter(placed).most_common(1)[0][0]
        placed = _place_from_site(title, [c for c in fixed + sites if "website" in sources[c]])
        return placed or title
    if not fixed:
        return None
    weight = {c: (1 if sources[c] <= _CHROME else 2) for c in set(fixed)}
    support = {c: sum(weight[d] for d in fixed if d in c) for c in set(fixed)}
    # ties: a name a sentence gives before one only chrome gives, the longer, the first found
    best = max(support, key=lambda c: (support[c], not sources[c] <= _CHROME, len(c), -fixed.index(c)))
    if "office" not in sources[best]:
        # page chrome (a link bar, the host site) and sentences about others (2022年，某县人民政府
        # 对我镇…) name other bodies: such a name is the organ only when the report's own words
        # (我镇, 我局) do not say it is another kind; the 编制 / contact sentence's always is
        own = level_from_self(mtext)
        if own == "other":
            # (a zone's word inside the name is no word of the report about itself: 某开发区某街道办事处)
            own = level_from_self(mtext.replace(best, " " * len(best)))
        if own is not None and not _same_kind(own, level_of(best)):
            rest = {c: n for c, n in support.items()
                    if "office" in sources[c] or _same_kind(own, level_of(c))}
            best = max(rest, key=lambda c: (rest[c], len(c), -fixed.index(c))) if rest else None
    # a report naming itself by a bare rank word only (县政府坚持…) with its own portal's name
    # (彭水某某自治县人民政府网): the portal's place
    return (_place_from_site(best, sites) or best) if best else None


_CHROME = {"chrome", "line"}


def _wrapped_candidates(mtext: str) -> list[tuple[str, str]]:
    """The sentences' names a wrapped line end broke (现公布某某农业高新技术产业示范区管理⏎委员会
    2022年…: a pasted PDF's preamble), read on the text with those line ends taken out; only the
    names the text as given does not give whole."""
    # (a line of prose only: a link trail's last word and the next line are no name)
    breaks = [(s, e) for s, e in wrapped_breaks(mtext)
              if re.search(r"[，。；,;]", mtext[mtext.rfind("\n", 0, s) + 1:s])]
    if not breaks:
        return []
    joined, last = [], 0
    for s, e in breaks:
        joined.append(mtext[last:s])
        last = e
    joined.append(mtext[last:])
    whole = {c for c, _ in _candidates(mtext)}
    return [(c, src) for c, src in _candidates("".join(joined)) if src == "sentence" and c not in whole]


def _spelled_in(short: str, full: str) -> bool:
    """Whether ``full`` spells out ``short`` (杨凌示范区管理委员会 in 杨凌农业高新技术产业示范区管理
    委员会): its characters in order, the same place first (two characters) and the same kind of
    body last (three)."""
    if len(short) < 6 or len(full) <= len(short) or full[:2] != short[:2] or full[-3:] != short[-3:]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _stray_before_place(name: str, title: str) -> bool:
    """``name``'s first place is no known place but the title's first (known) place with one
    or two characters before it: 恒临泽县 for 临泽县, 章成都市 for 成都市."""
    mine, theirs = places(name), places(title)
    if not mine or not theirs:
        return False
    a, b = mine[0], theirs[0]
    return (a != b and a.endswith(b) and len(a) - len(b) <= 2 and is_known_place(b)
            and not is_known_place(a))


def _place_from_site(title: str, sites: list[str]) -> str | None:
    """A title naming a government or its office by a bare rank word (市人民政府办公室, 区政府)
    with the place its own portal's name gives (某市人民政府门户网站 -> 某市人民政府办公室): the
    portal of a government of that rank whose lowest place ends with the rank word; None
    when no portal is, or two disagree."""
    if not re.match(r"[市县区旗](?:人民)?政府", title):
        return None
    found = set()
    for site in sites:
        ps = places(site)
        if ps and site == "".join(ps) + "人民政府" and ps[-1].endswith(title[0]) and len(ps[-1]) >= 2 \
                and is_known_place(ps[-1]):
            # (the portal's word for its government: 市政府 -> 某市人民政府)
            found.add("".join(ps) + re.sub(r"^(?:人民)?政府", "人民政府", title[1:]))
    return found.pop() if len(found) == 1 else None


_TOWN_GOV = ("人民政府", "政府", "街道办事处", "办事处")


def _government_word(title: str, named: list[str]) -> str | None:
    """A title naming a township or subdistrict without its government's word (某县某乡,
    某区某街道) made full by the word the report's own sentences give that township (某乡人民政府,
    某区某街道办事处): the title's name + the word; None when no sentence does."""
    if level_of(title) not in ("township", "subdistrict") or title.endswith(_TOWN_GOV):
        return None
    lead = "".join(places(title))
    town = title[len(lead):] if title.startswith(lead) else title
    if len(town) < 2:
        return None
    for c in named:
        for word in _TOWN_GOV:
            i = c.find(town + word)
            if i >= 0 and c.endswith(town + word) and lead.endswith(c[:i]):
                return title + word
    return None


def _same_kind(own: str, level: str | None) -> bool:
    """Whether a report calling itself ``own`` (我局 -> dept, 我县 -> county) can be an organ
    of ``level``: a department of any rank, a government only of its own rank."""
    if own in ("county", "city", "province"):
        return level == own
    if level == "other" and _kind(own) in ("dept", "other"):
        return True  # a zone's committee or bureau says 我委, 我局
    return _kind(own) == _kind(level)


def _kind(level: str | None) -> str | None:
    """township, subdistrict, dept (of any rank), gov (county/city/province), national, other."""
    if level in ("county", "city", "province"):
        return "gov"
    if level and level.endswith("_dept") and level != "national_dept":
        return "dept"
    return level


def expand_rank_prefix(text: str, name: str | None) -> str | None:
    """区民政局 -> 涵江区民政局 when the text also prints the place's name before it (a place
    the gazetteer knows, when it knows any: 公布区 of 现公布区政府国资局 is none)."""
    if not name or not bare_rank(name):
        return name
    text = simplify(text)
    counts = Counter()
    for m in re.finditer(rf"([{_HAN}]{{2,5}}){re.escape(name)}", text):
        pre = m.group(1)
        for k in range(len(pre) - 2, -1, -1):  # the shortest place ending right before
            p = pre[k:] + name[0]
            if set(pre[k:]) & set(_LEAD_JUNK + "我本该全各") or level_of(p) is None:
                continue
            if gazetteer.available() and not is_known_place(p):
                continue
            counts[pre[k:]] += 1
            break
    return counts.most_common(1)[0][0] + name if counts else name


def short_name(name: str) -> str:
    ps = places(name)
    rest = name
    for p in ps:
        if rest.startswith(p) and len(rest) > len(p):
            rest = rest[len(p):]
    return re.sub(r"(人民政府|办事处)$", "", rest) or name


def _township_county(text: str, name: str, short: str) -> str | None:
    """The county of a township / subdistrict: the county the text prints right before it
    (鄞州区横街镇: the text's word over the gazetteer's, whose snapshot may place the township
    elsewhere), else the gazetteer's (the place the text's other places agree with)."""
    base = re.sub(r"(人民政府|政府|办事处)$", "", short)
    stext = simplify(text)
    before = Counter()
    if len(base) >= 2:
        for m in re.finditer(re.escape(base), stext):
            lead = stext[max(0, m.start() - 12):m.start()]
            for k in range(len(lead) - 1):  # the longest known county ending right before
                p = lead[k:]
                if place_rank(p) == "county" and (is_known_place(p) or not gazetteer.available()) \
                        and not p.endswith("新区") and not _zone_place(p):
                    before[p] += 1
                    break
    if before:
        return before.most_common(1)[0][0]
    # the township's own name is no mention of its county (麦积镇 names no 麦积区)
    mtext = stext.replace(base, " " * len(base)) if len(base) >= 2 else stext
    for form in (base, base + "街道" if not base.endswith(("街道", "镇", "乡")) else None):
        if not form:
            continue
        try:
            hit = gazetteer.pick(tuple(p for p in gazetteer.places_named(form) if p.rank == "township"), mtext)
        except gazetteer.GazetteerMissing:
            hit = None
        if hit and hit.county:
            return hit.county
    return None


def as_written(text: str, name: str | None) -> tuple[str | None, list[int] | None]:
    """The name as the text writes it (traditional characters kept) and its first place in
    the text; the name and None when the text never writes it whole (区政府国资局 made
    浑南区国资局 is written so; 某镇人民政府 built from 某镇 is not)."""
    span = written_span(text, name) if name else None
    return (text[span[0]:span[1]], list(span)) if span else (name, None)


def organ_of(text: str, title: str | None) -> Organ:
    name, span = as_written(text, expand_rank_prefix(text, organ_name(text, title)))
    full, registered = _registered_name(text, name)
    level = level_of(full) if full else None
    if level is None:
        level = level_from_self(simplify(text))
    organ = Organ(name=name, level=level, span=span)
    if name:
        sname = simplify(full)
        organ.short_name = short_name(name)
        ps = places(_after_national(sname))
        for p in ps:
            rank = place_rank(p)
            if rank == "province":   # a province by its short name is stored by its name
                organ.province = organ.province or province_named_short(p) or p
            elif rank == "city":
                organ.city = organ.city or p
            elif rank == "county" and p != sname and not _zone_place(p):
                organ.county = p
        if level == "county":
            bare = re.sub(r"[（(][^）)]*[）)]", "", sname)
            if not ps or len(ps[-1]) < 2:
                organ.county = None  # 区人民政府办公室: the text does not say which
            else:
                organ.county = sname if ps[-1] == bare or level_of(bare) == "other" else ps[-1]
        if level == "county_dept" and organ.county is None and (organ.city or ps):
            organ.county = branch_county(sname, organ.city or ps[0])   # (a municipality's: 重庆市)
        if level == "county_dept" and organ.county is None and ps and place_rank(ps[-1]) == "county":
            organ.county = ps[-1]
        if organ.county is None and level in ("township", "subdistrict") and not in_zone(sname):
            organ.county = _township_county(text, sname, simplify(organ.short_name))
        if organ.county is None and level in ("township", "subdistrict") and ps and ps[-1].endswith("市") \
                and gazetteer.available() and not is_known_place(ps[-1]):
            # a township right under a 市 the gazetteer does not know: a county-level city
            # (prefecture cities the gazetteer knows, 东莞市 with towns of its own, stay cities)
            organ.county, organ.city = ps[-1], (organ.city if organ.city != ps[-1] else None)
        if registered:  # registered in a place the gazetteer holds: its parents are known
            province, city = (registered.parents + (None, None))[:2]
            organ.province, organ.city = organ.province or province, organ.city or city
        if level not in _COUNTY_LEVELS and not (level == "other" and _county_body(sname, ps)):
            organ.county = None  # a zone, a city's or a province's body is in no one county
        organ.province, organ.city, organ.county = (
            _written_place(p, name, text) for p in (organ.province, organ.city, organ.county))
    return organ


def in_zone(name: str | None) -> bool:
    """Whether ``name`` is a development zone's own township or subdistrict, named with its
    zone (某某新技术开发区某街道办事处): it lies in no county (its address's district or the
    gazetteer's old county is not its county)."""
    if not name or level_of(name) not in ("township", "subdistrict"):
        return False
    ps = places(simplify(name))
    return bool(ps) and _zone_place(ps[-1])


def _zone_place(p: str) -> bool:
    """A development zone's name (某某新技术开发区, 开发区) is no county, though it ends as a
    district does: a zone's townships and subdistricts lie in no county the text names (a
    county the gazetteer knows as one, not as a zone, stays one: 滨海新区)."""
    return bool(ZONE_WORDS.search(p)) and not _real_county_place(p)


def _registered_name(text: str, name: str | None) -> tuple[str | None, gazetteer.Place | None]:
    """市商务局 -> 义乌市商务局 and 商务局 -> 义乌市商务局, for its level and places only (the
    record keeps the name as printed): a name that opens with a bare rank word (市, 县, 区, 旗)
    or names no place, whose text prints the organ's credit code, registered in a city or
    county (of that rank word, where the name has one: ``registered.py``); and that place."""
    bare = bool(name) and name[0] in "市县区旗"
    if not name or not bare and places(simplify(name)):
        return name, None
    place = registered_place(simplify(text))
    if place is None or place.rank not in ("city", "county") or bare and not place.name.endswith(name[0]):
        return name, None
    return place.name + (name[1:] if bare else name), place


def _written_place(place: str | None, name: str, text: str) -> str | None:
    """A place found on the simplified text, as the report writes it (鹽邊縣, not 盐边县 or a
    mix of both): its characters in the name, else where the text first names it."""
    for where in (name, text):
        span = written_span(where, place) if place else None
        if span:
            return where[span[0]:span[1]]
    return place


def _county_body(name: str, ps: list[str]) -> bool:
    """Whether an organ of level other is a county's own body (某县融媒体中心, 某市公共资源交易中心
    of a county-level city): its place part ends at a county the gazetteer knows, and no zone's
    word follows it (某县经济开发区管理委员会 is a zone's)."""
    return bool(ps) and place_rank(ps[-1]) == "county" and is_known_place(ps[-1]) \
        and not _zone_place(ps[-1]) and not ZONE_WORDS.search(name.partition(ps[-1])[2])


# the levels whose organ lies in one county (a zone's, a city's body has none)
_COUNTY_LEVELS = ("county", "county_dept", "township", "subdistrict")
_COUNTY_RUN = re.compile(rf"([{_HAN}]{{1,12}}?(?:自治县|县|区|市|旗))")
_GOVERNING = re.compile(rf"([{_HAN}]{{1,12}}?(?:自治县|县|区|市|旗))[县区市旗]?(?:委|人民政府|政府|党委|党工委)")


def county_named(text: str, organ: Organ) -> str | None:
    """The county a township's or subdistrict's report works under, when the text names one
    county (在五莲县委、县政府的领导下, 桐城市人民政府门户网站): the county-rank place the
    gazetteer knows that the text names most, before 委/政府 counting twice, the township's own
    name masked (麦积镇 names no 麦积区). None when two counties are named as often, or none."""
    bare_dept = organ.level == "county_dept" and (organ.name or "")[:1] in "县区旗"
    if organ.level not in ("township", "subdistrict") and not bare_dept or not gazetteer.available():
        return None
    mtext = simplify(text)
    # a page's running header names the host portal's county as it is called now (祁阳市人民政府
    # 门户网站 over a 2020 report of 祁阳县's town): page chrome, not the text's word
    for s, e in chrome_lines(mtext):
        mtext = mtext[:s] + " " * (e - s) + mtext[e:]
    base = re.sub(r"(人民政府|政府|办事处|街道|镇|乡|苏木)$", "", simplify(organ.short_name or ""))
    if len(base) >= 2:
        mtext = mtext.replace(base, " " * len(base))
    counts = Counter()
    # before 委/政府 a county counts twice; named elsewhere (its portal, its plan, an
    # address) once, and only by a name of 3 characters or more (城区, 郊区 are words too)
    governed = set()
    for rx, weight, shortest in ((_GOVERNING, 2, 2), (_COUNTY_RUN, 1, 3)):
        for m in rx.finditer(mtext):
            if rx is _GOVERNING:
                governed.add(m.end(1))
            elif m.end(1) in governed:
                continue  # counted before its 委/政府 already
            run = m.group(1)
            for k in range(0, len(run) - shortest + 1):  # the longest known place ending the run
                if _real_county_place(run[k:]):
                    if not _bare_pair(run[k:], mtext, m.end(1)):
                        counts[run[k:]] += weight
                    break
            else:
                # before 委/政府, a county the gazetteer does not know yet (a new district)
                # (never across a date word or a verb: 全年通过县政府 names no 年通过县; a new
                # district the gazetteer lacks has a name of two characters: 紧紧围绕区委 is none)
                bare = re.split(rf"[{_LEAD_JUNK}我本该全各可年月日]|通过|依托|利用|经过|按照|根据", run)[-1]
                if rx is _GOVERNING and len(bare) == 3 and bare.endswith(("县", "区", "旗")) \
                        and not re.search(r"新区|开发区|高新区|园区|城区|郊区|矿区", bare) \
                        and place_rank(bare) == "county" and places(bare) == [bare]:
                    counts[bare] += weight
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


# a conjunction or preposition that may stand right before a bare rank word (部门和县委, 在县政府)
_BEFORE_BARE = "和与及在对向从由为同"


def _bare_pair(p: str, text: str, end: int) -> bool:
    """Whether ``p`` (和县, 在县) is a function word and the bare rank word of a 委/政府 pair
    (在上级部门和县委、县政府的领导下): no county of that name is named."""
    return len(p) == 2 and p[0] in _BEFORE_BARE and bool(
        re.match(rf"(?:委|党委)[、和及与]?{p[-1]}(?:人民)?政府", text[end:]))


def _real_county_place(p: str) -> bool:
    try:
        return gazetteer.rank(p) == "county" and not all(is_zone(q) for q in gazetteer.places_named(p)
                                                       if q.rank == "county")
    except gazetteer.GazetteerMissing:
        return False


# what a name adds after the title's organ when it names one of its units (…综合办公室, …科)
_UNIT_AFTER = re.compile(r"(?:办公室|科|股|室)$")




@lru_cache(maxsize=1)
def _short_forms() -> tuple[tuple[str, str], ...]:
    """(short, full) name parts (lexicons/organ_abbreviations.tsv: 高新区 for 高新技术产业开发区)."""
    rows = load("organ_abbreviations", required=("full", "short"))
    return tuple(sorted(((r["short"], r["full"]) for r in rows), key=lambda sf: -len(sf[0])))


def _spelled_out(core: str) -> tuple[str, ...]:
    """``core`` and its forms with a short part spelled out (高新区 -> 高新技术产业开发区), an
    autonomous prefecture's or county's usual short form too (黔东南州 -> 黔东南苗族侗族自治州)."""
    out = [core]
    for short, full in _short_forms():
        if short in core:
            out.append(core.replace(short, full))
            # (a name joining two fields is printed with or without its 和: 教育和体育局 / 教育体育局)
            if "和" in full:
                out.append(core.replace(short, full.replace("和", "")))
    if gazetteer.available():
        for p in places(core):
            full = gazetteer.full_form(p)
            if full:
                out += [k.replace(p, full, 1) for k in list(out)]
    return tuple(out)
