"""The reporting organ: its name, level and places.

An organ name is a place part (a run of places: 长河市青山区, or a rank word: 区, 市) plus an
organ type (人民政府, 街道办事处, 局, 委员会, 管委会 … as data in ``lexicons/levels.tsv``).
Candidates come from the title block (also split over two lines), the 编制 sentence, the
contact sentence (请与…联系), a website's name (…人民政府门户网站), the opening sentence
of 一、总体情况 (2022年，X坚持…), 来源 and lines that hold only a name. The title's name wins,
made fuller by a candidate that contains it; without a title, the candidate most others
agree with. A name found only in page chrome (来源, a lone line) never beats a sentence's.

Places are checked against the gazetteer (``gazetteer.py``): a verb glued before a rank word
(现公布区政府国资局) is no place 公布区; a 市 is a county when the gazetteer says it is county
level (大冶市); a township's county comes from the gazetteer when the text names it or when
the township's name is unique. Traditional characters are made simplified for matching only
(``lexicons/traditional.tsv``, one to one, so positions hold); the record keeps the text.
"""
from __future__ import annotations

import re
from collections import Counter

from . import gazetteer
from .lexicon import load
from .places import (_HAN, _after_national, _regions, branch_county, is_known_place, is_zone, level_from_self, level_of,
                     place_rank, places, simplify)
from .record import Organ
from .sections import find_sections

_NAME = rf"[{_HAN}()（）]"
# a part of a report-writing organ that is no organ of its own (…街道党政办公室综合科)
_INNER_UNIT = re.compile(rf"(?:(?:党政|综合|党政综合|行政|政务|政务服务|机关)?(?:办公室|办)|[{_HAN}]{{1,6}}?(?:科|股))$")
_GOV_END = re.compile(r"(?:人民政府|政府|街道办事处|办事处|街道|镇|乡)$")


def load_cues(role: str) -> tuple[str, ...]:
    return tuple(r["cue"] for r in load("cues", required=("role", "cue"), unique=("role", "cue"))
                 if r["role"] == role)


# ---------------------------------------------------------------- organ name
_DISCLOSURE = r"(?:政府)?(?:信息公开|政务公开(?=[^\n]{0,6}(?:年度报告|年报)))"
_TITLE = re.compile(rf"(?P<a>{_NAME}{{2,40}}?)[】」』\]]?\s*(?:(?:[:：]|[-—–－]{{1,2}})\s*)?(?P<y>20\d\d)\s*(?:年度?|度)的?\s*{_DISCLOSURE}"
                    rf"|(?P<y2>20\d\d)\s*(?:年度?|度)\s*(?P<b>{_NAME}{{2,40}}?)\s*{_DISCLOSURE}"
                    rf"|(?P<c>{_NAME}{{2,40}}?)(?:政府)?信息公开工作(?P<y3>20\d\d)\s*年度?(?:报告|年报)"
                    rf"|(?P<d>[^\n（()]{{2,40}}?)(?:政府)?(?:信息公开|政务公开)工作年度(?:报告|年报)\s*[（(]\s*"
                    rf"(?P<y4>20\d\d)\s*年?度?\s*[)）]")
_LEAD_VERBS = re.compile(r"^.*(?:公布|发布|印发|转发|编制|现将|根据|关于|本报告为|主要内容为|内容为|结合"
                         # 公开, 报送 … only right before a bare rank word (公开县教育局; 政务公开办公室 stays)
                         r"|(?:公开|报送|上报|呈报|提交)(?=[省市县区州旗](?:人民)?(?:政府)?[^\s]))")
_LEAD_JUNK = "了的在对将为是和与及由把被向从现据按"
_LEAD_DATE = re.compile(r"^(?:年度|年|度|月|日)+")
# the unit inside an organ that does its disclosure work: 政务公开领导小组办公室, 政务公开办公室
_GROUP_OFFICE = re.compile(r"(?:政府)?(?:信息公开|政务公开)?(?:工作)?领导小组(?:办公室)?$"
                           r"|(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:办公室|科|处|股)$")


def _clean(name: str | None, bare_ok: bool = False) -> str | None:
    """The organ name in a captured phrase, or None. ``bare_ok``: a department named
    without its place (商务局 in its own title) is still a name, of unknown level."""
    if not name:
        return None
    name = _LEAD_VERBS.sub("", name).strip("《》“”\"' ")
    # words glued before the name (年度, 和, 由 …), unless they begin a place the gazetteer
    # knows (月望乡, 和县, 和顺县 start so)
    if not _starts_with_known_place(name):
        name = _LEAD_DATE.sub("", name)
        name = name.lstrip(_LEAD_JUNK)
    if name.endswith("人民"):
        name += "政府"
    name = _from_place(name)
    if len(name) < 2 or (name[0] in "我本该" and not _starts_with_known_place(name)) or re.fullmatch(r"全[省市州盟县区旗镇乡]", name) \
            or re.search(r"通过|网站|平台|门户|报告|情况|事项|各|^[省市县区州]委", name):
        return None
    if level_of(name) is None and not (bare_ok and _BARE_DEPT.fullmatch(name)):
        return None
    return name


# a department's name without its place: 商务局, 卫生健康委员会 (2-10 characters)
_BARE_DEPT = re.compile(rf"[{_HAN}]{{1,8}}(?:局|委员会|委|办公室|中心|厅|署)")


def _starts_with_known_place(name: str) -> bool:
    """Whether ``name`` begins with a place the gazetteer knows (a township too)."""
    if not gazetteer.available():
        return False
    for m in re.finditer(r"(?:省|市|州|盟|县|区|旗|镇|乡|街道|苏木)", name[:12]):
        if m.end() >= 2 and gazetteer.rank(name[:m.end()]):
            return True
    return False


def _from_place(name: str) -> str:
    """The name from the first place the gazetteer knows, when words run before it
    (全年上海市人民政府 -> 上海市人民政府, 政府信息公开年报某市民政局 -> 某市民政局, a title
    printed twice: 民政局某市民政局 -> 某市民政局); unchanged when it starts with a known place or
    names none, and when only one character runs before the known place (德云县 is an unknown
    county, not 云县)."""
    if not gazetteer.available():
        return name
    ps = places(name)
    if ps and is_known_place(ps[0]):
        return name
    # within an unknown first place (全年上海市); anywhere when words no place holds lead
    # (政府信息公开年报某市民政局)
    for k in range(2, len(ps[0]) - 1 if ps else len(name) - 1):
        rest = places(name[k:])
        if rest and is_known_place(rest[0]) and level_of(name[k:]):
            if level_of(name[:k]) == "national_dept" or name[:k] == "中共":
                return name  # 国家税务总局长兴县税务局, 中共某县委宣传部: the lead is the name's
            if ps and not is_known_place(ps[0][k:]):
                continue
            return name[k:]
    return name


def title_name(text: str) -> tuple[str | None, int | None, int | None]:
    """(organ, year, position) from the first title-like phrase within the first lines; a
    title split over lines (the organ alone on one line, 2020年…年度报告 on the next) too."""
    head = _arabic_years(simplify(text[:1200]))
    secs = find_sections(text)
    if secs and secs[0].start > 0:
        # the title block is before the first part (一、总体情况); a report's name cited in
        # the body (公开发布《…2021年…年度报告》) is last year's, not this one's
        head = head[:secs[0].start]
    for bare_ok in (False, True):
        for m in _TITLE.finditer(head):
            if _cited(head, m.start(), m.end()) or _name_broken_off(head, m):
                continue
            # 某局关于2022年…报告: the organ is before 关于 (in a title only; a cited
            # 《某办公室关于…的通知》 is another body's)
            name = _clean(re.sub(r"关于$", "", _named(m)), bare_ok)
            if name:
                yg = next(g for g in ("y", "y2", "y3", "y4") if m.group(g))
                ng = next(g for g in ("a", "b", "c", "d") if m.group(g))
                return _with_place_above(head, m.start(ng), name), int(m.group(yg)), m.start(yg)
        if not bare_ok:
            found = _title_over_lines(head)
            if found:
                return found
    for m in re.finditer(rf"^[ \t\u3000]*(?P<n>{_NAME}{{3,40}})[ \t\u3000]*\n[ \t\u3000]*(?P<y>20\d\d)\s*(?:年度?|度)"
                         rf"[^\n]{{0,20}}(?:信息公开|政务公开)[^\n]{{0,12}}报告", head, re.M):
        name = _clean(m.group("n"))
        if name:
            return name, int(m.group("y")), m.start("y")
    return None, None, None


_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}
_CN_YEAR = re.compile(r"二[〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{2}(?=\s*年)")
_FULL_DIGITS = {0xFF10 + i: str(i) for i in range(10)}


def _arabic_years(head: str) -> str:
    """Years printed in full-width digits (２０２２年) or Chinese numerals (二〇二二年) as ASCII
    digits, one character for one (offsets hold), so a title's year is read whatever the print."""
    head = head.translate(_FULL_DIGITS)
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group()), head)


def _named(m: re.Match) -> str:
    return m.group("a") or m.group("b") or m.group("c") or m.group("d")


def _name_broken_off(head: str, m: re.Match) -> bool:
    """A name before the year's line is the title's only when it is all of its own line:
    the last item of a link bar (… | 司法部 | 财政部) above 2022年…年度报告 is none."""
    if not m.group("a"):
        return False
    if "\n" not in head[m.end("a"):m.start("y")]:
        return False
    line_start = head.rfind("\n", 0, m.start("a")) + 1
    return bool(head[line_start:m.start("a")].strip(" \t\u3000"))


def _cited(head: str, s: int, e: int) -> bool:
    """Whether a title-like phrase is inside a cited document's name (《某办公室关于2020年政府信息公开
    工作年度报告有关事项的通知》) rather than the report naming itself (《某局2020年…年度报告》)."""
    line_start = head.rfind("\n", 0, s) + 1
    before = head[line_start:s]
    if before.rfind("《") <= before.rfind("》"):
        return False
    close = head.find("》", e)
    line_end = head.find("\n", e)
    if close < 0 or (0 <= line_end < close):
        return False
    return not re.fullmatch(r"[^《》]*?(?:报告|年报)", head[e:close])


_TITLE_TAIL = re.compile(r"(?:(?P<n>[^\n]{0,30}?)\s*)?(?P<y>20\d\d)\s*(?:年度?|度)[^\n]{0,20}(?:信息公开|政务公开)[^\n]{0,12}(?:报告|年报)")


_RANK_ORDER = {"province": 3, "city": 2, "county": 1, "township": 0}


def _with_place_above(head: str, at: int, name: str) -> str:
    """The title's name with the place printed alone on the line above it, when the name
    begins at its line's start and that place is above the name's own first place (桐庐县 /
    分水镇人民政府); a place the gazetteer puts elsewhere (宜良县 above 昆明市财政局) never."""
    line_start = head.rfind("\n", 0, at) + 1
    if head[line_start:at].strip(" \t\u3000") or line_start == 0:
        return name
    prev = head[head.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip(" \t\u3000")
    sprev = simplify(prev)
    if not sprev or places(sprev) != [sprev] or not is_known_place(sprev) or sprev in name:
        return name
    up = _RANK_ORDER.get(place_rank(sprev), -1)
    own = places(simplify(name))
    if own:
        first = own[0]
        if _RANK_ORDER.get(place_rank(first), 3) >= up:
            return name
        known = gazetteer.places_named(first) if gazetteer.available() else ()
        if known and not any(sprev in q.parents for q in known):
            return name
    else:
        lv = level_of(name)
        if lv not in ("township", "subdistrict") or up != 1:
            return name
        base = re.sub(r"(人民政府|政府|办事处)$", "", simplify(name))
        towns = [q for q in (gazetteer.places_named(base) if gazetteer.available() else ())
                 if q.rank == "township"]
        if towns and not any(q.county == sprev for q in towns):
            return name
    joined = prev + name
    return joined if level_of(joined) == level_of(name) else name


def _title_over_lines(head: str) -> tuple[str, int, int] | None:
    """A title block printed over several lines: the place on one line, the organ type on the
    next and the year's report on a third (宜良县 / 人力资源和社会保障局 / 2022年…年度报告).
    Lines before the report's line are joined only when they are short, hold no punctuation
    and the first of them is a place: a host site's or a link bar's line never joins."""
    lines, pos = [], 0
    for line in head.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    for i, (line, at) in enumerate(lines):
        m = _TITLE_TAIL.match(line.strip())
        if not m or i == 0:
            continue
        lead = len(line) - len(line.lstrip())
        own = (m.group("n") or "").strip()
        if own and not re.fullmatch(rf"{_NAME}+", own):
            continue
        parts = [own] if own else []
        for k in range(i - 1, max(-1, i - 4), -1):
            prev = lines[k][0].strip(" \t\u3000")
            if not re.fullmatch(rf"{_NAME}{{1,30}}", prev):
                break
            parts.insert(0, prev)
            joined = "".join(parts)
            ps = places(simplify(parts[0]))
            if len(parts) < 2 or "".join(ps) != simplify(parts[0]):
                continue  # the block must begin with a place of its own line (宜良县)
            name = _clean(joined)
            if name and level_of(name) is not None:
                return name, int(m.group("y")), at + lead + m.start("y")
    return None


def _inner_stripped(c: str) -> str:
    """…街道党政办公室综合科 -> …街道: drop inner units after a government's name."""
    rest = c
    while True:
        m = _INNER_UNIT.search(rest)
        if not m or m.start() == 0:
            break
        rest2 = rest[:m.start()]
        if not _GOV_END.search(rest2) and not _INNER_UNIT.search(rest2):
            break
        rest = rest2
    return rest if rest != c and _GOV_END.search(rest) and level_of(rest) else c


def _candidates(text: str) -> list[tuple[str, str]]:
    """(name, source) for every phrase that names an organ. Sources: office (编制 / contact
    sentence), sentence (an opening sentence), chrome (来源, a lone line, a website name)."""
    verbs = "|".join(re.escape(v) for v in load_cues("subject_verb"))
    office_pats = [rf"由(?P<n>{_NAME}{{2,30}}?)(?:负责)?(?:编制|编写|撰写|起草|综合|根据|牵头|汇总|结合|按照)",
                   rf"请联系(?P<n>{_NAME}{{2,30}}?(?:办公室|办公厅|局|委|政府|办事处))[（(,，：:\s]",
                   # a portal page's information block (发布机构：某某局)
                   rf"(?:发布机构|发文机关|发布单位|所属机构)\s*(?:[:：]|[|｜])\s*(?:[|｜]\s*)?(?P<n>{_NAME}{{2,30}})",
                   rf"请与(?P<n>{_NAME}{{2,30}}?)联系",
                   rf"联系(?:单位)?[:：]?(?P<n>{_NAME}{{2,30}}?(?:办公室|办公厅|局|委|政府|办事处))[（(,，：:\s]"]
    sentence_pats = [
        rf"《(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
        rf"结合(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
        rf"“(?P<n>{_NAME}{{2,30}}?(?:人民政府|办事处|局|委员会))”",
        rf"(?:20\d\d\s*年度?(?:以来)?|本年度|今年以来|全年)\s*[,，]\s*(?:在[^，,。]{{0,30}}[,，]\s*)?"
        rf"(?P<n>{_NAME}{{2,30}}?)(?:{verbs})"]
    chrome_pats = [rf"来源\s*[:：]\s*(?P<n>{_NAME}{{2,30}})",
                   # the organ's own plan for the year (制定《某局2022年度政务公开工作要点》)
                   rf"《(?P<n>{_NAME}{{2,30}}?(?:局|委员会|委|厅|办公室|政府|办事处|街道|镇|乡|中心|署))"
                   rf"20\d\d\s*年度?(?:政务公开|政府信息公开|信息公开)"]
    site_pats = [rf"(?P<n>{_NAME}{{2,30}}?(?:人民政府|局|委员会|厅|办事处|管委会))(?:门户网站|门户网|官方网站|网站|官网|网(?=[,，。、(（上发公]))"]
    out = []
    for pats, src in ((office_pats, "office"), (sentence_pats, "sentence"), (chrome_pats, "chrome"),
                      (site_pats, "website")):
        for p in pats:
            out += [(m.group("n"), src) for m in re.finditer(p, text)]
    for m in _TITLE.finditer(text):
        if not (_cited(text, m.start(), m.end()) or _name_broken_off(text, m)):
            out.append((_named(m), "sentence"))
    out += [(n, "chrome") for n in _breadcrumb_organs(text[:1500])]
    # the closing signature: the organ's name on a line, the date on the next
    out += [(m.group("n"), "office") for m in _SIGNATURE.finditer(text, max(0, len(text) - 800))]
    out += [(n, "sentence") for n in _opening_subjects(text)]
    # the first and last lines (once each, when a short text's windows overlap)
    lines = text[:300].splitlines() + text[max(300, len(text) - 400):].splitlines()
    for line in lines:
        line = line.strip()
        if 3 <= len(line) <= 30 and re.fullmatch(rf"{_NAME}+", line):
            out.append((line, "chrome"))
    res = []
    for c, src in out:
        # a compiling office inside a government (某镇人民政府办公室) stands for it
        c = _clean(c) or (_clean(_inner_stripped(c)) if src == "office" else None)
        if c:
            res.append((c, src))
    return res


# what opens the first sentences of a part: a year or a time word (2024年来，今年以来，)
_OPENER = re.compile(r"(?:^|[。\n])[ \t\u3000]*(?:(?:20\d\d\s*年度?|今年|本年度?|近年)(?:以来|来)?|全年)[ \t\u3000]*[,，]?[ \t\u3000]*"
                     rf"(?P<run>{_NAME}{{2,30}})")
# a name at a line's start with its year after it (某局2024年认真贯彻…)
_NAME_YEAR = re.compile(rf"(?:^|\n)[ \t\u3000]*(?P<run>{_NAME}{{2,30}}?)(?=20\d\d\s*年)")
_NOT_SUBJECT = "各全我本该每所其其他有关"


def _opening_subjects(text: str) -> list[str]:
    """Organs named as the subject of a sentence that opens with a time word (2024年来，双溪乡
    党委、政府高度重视…; 2024年，某市公安局政务公开工作…) or of a line that starts with a name
    and its year: the longest start of the run that is an organ's name by its grammar (a
    place the gazetteer knows, a township's or a national body's name, and an organ type),
    never one that runs into a post (局长) or begins with 各/全/我."""
    out = []
    for rx in (_OPENER, _NAME_YEAR):
        for m in rx.finditer(text[:6000]):
            # a name never runs into 政府信息公开 / 政务公开 (…管理局政府信息公开工作虽然…)
            run = re.split(r"(?:政府)?信息公开|政务公开", m.group("run"))[0]
            if len(run) < 2 or run[0] in _NOT_SUBJECT:
                continue
            best = None
            for k in range(2, len(run) + 1):
                p = run[:k]
                if k < len(run) and run[k] in "长":
                    continue  # 民政局局长: a post follows
                lv = level_of(p)
                if lv is None or not _grammatical(p, lv):
                    continue
                if best is None:
                    best = p  # the shortest name: what follows is the sentence's predicate…
                elif _name_extension(p[len(best):]):
                    best = p  # …unless it goes on as an organ's name does (…人民政府南源街道办事处)
            # …人民政府网站发布: the subject is a website, not its owner
            if best and not _MEDIA.match(run, len(best)):
                out.append(best)
    return out


_MEDIA = re.compile(r"(?:门户|网站|官网|网|平台|公众号|微信|微博|客户端|新媒体)")


_EXTENSIONS = ("人民政府", "政府", "人民政府办公室", "政府办公室", "办公室", "办事处", "街道办事处")


def _name_extension(ext: str) -> bool:
    """Whether ``ext`` continues an organ's name: a government word, or a township's or
    subdistrict's own name (…荔湾区人民政府 + 南源街道办事处)."""
    if ext in _EXTENSIONS or re.fullmatch(rf"[{_HAN}]{{1,8}}(?:分局|支队|大队|分中心)", ext):
        return True  # …人民政府, a bureau's branch (…公安局 + 椒江分局)
    lv = level_of(ext)
    return lv in ("township", "subdistrict") and _grammatical(ext, lv)


def _grammatical(name: str, level: str) -> bool:
    """A name by its grammar: it begins with a place the gazetteer knows (or a national body's
    word), or it is a township's, subdistrict's or zone's own name; a bare place is no organ."""
    ps = places(name)
    if ps and "".join(ps) == name and level not in ("township", "subdistrict"):
        return False
    if level == "national_dept":
        return True
    if level == "other" and re.search(r"(?:管理委员会|管委会|中心)$", name):
        return True  # a zone's committee or a centre (某湾新区管理委员会)
    if ps:
        return is_known_place(ps[0])
    return level in ("township", "subdistrict", "other") and len(name) <= 12 and not re.search(
        r"[委局厅办]", name)


_SIGNATURE = re.compile(rf"^[ \t\u3000]*(?P<n>{_NAME}{{3,30}})[ \t\u3000]*\n[ \t\u3000]*"
                        r"(?:20\d\d|二[〇零○][〇零○一二三四五六七八九]{2})\s*年[^\n]{1,8}月[^\n]{1,6}日[ \t\u3000]*$", re.M)
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|»|›|＞|/|→)\s*")


def _breadcrumb_organs(head: str) -> list[str]:
    """Organs a link trail names (首页 > 湖州市民政局 > 信息公开), the deepest last: page chrome,
    which counts as the organ only when the report's own words agree (我局)."""
    out = []
    for line in head.splitlines():
        items = [i.strip(" |\t\u3000") for i in _CRUMB_SEP.split(line)]
        if len(items) < 2:
            continue
        out += [i for i in items if 3 <= len(i) <= 30 and re.fullmatch(rf"{_NAME}+", i)]
    return out


def _core(name: str) -> str:
    """区政府国资局 -> 国资局, 市人民政府办公室 -> 人民政府办公室: the name after a bare rank word."""
    m = re.match(r"[省市县区州](?:人民)?(?:政府)?(?=[^办])", name)
    return name[m.end():] if m and len(name) - m.end() >= 2 else name


def organ_name(text: str, title: str | None) -> str | None:
    mtext = simplify(text)
    keep_office = bool(title and re.search(r"(办公室|办公厅)$", title))
    fixed, lent, sources = [], [], {}
    for c, src in _candidates(mtext):
        raw = c
        if src == "office" and _GROUP_OFFICE.search(c):
            rest = _GROUP_OFFICE.sub("", c)
            if rest and level_of(rest) in ("township", "county", "city", "province") \
                    and not rest.endswith("政府"):
                rest += "人民政府"
            c = rest if rest and level_of(rest) else c
        if src == "office":
            c = _inner_stripped(c)
        if not keep_office:
            rest = re.sub(r"(?<=政府)(办公室|办公厅)$", "", c) if src != "office" else \
                re.sub(r"(办公室|办公厅)$", "", c)
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
        site = Counter(sites).most_common(1)[0][0]
        return site if own is None or own == level_of(site) else None
    if title:
        # a fuller form of the title's name; a unit a contact sentence names as it is only
        # when of the title's level (请与鄯善县信息服务中心联系 in 鄯善县's report is none)
        core = re.sub(r"(人民政府|政府|办事处)$", "", title)
        # …and never another body of the title's place (长兴县 -> 长兴县民政局 named in its report)
        fuller = [c for c in fixed if core and core in c and len(c) <= len(core) + 16
                  and (c not in lent or level_of(c) == level_of(title))
                  and (level_of(title) is None or _kind(level_of(c)) == _kind(level_of(title)))]
        best = max(fuller, key=len) if fuller else title
        if len(best) > len(title):
            return best
        # a title with a bare rank word (区政府国资局): a candidate naming the place
        bare = _core(title)
        if bare != title:
            placed = [c for c in fixed if c.endswith(bare) and places(c)
                      and c[:len(c) - len(bare)] in places(c)[-1:] + ["".join(places(c))]
                      and place_rank(places(c)[-1]) == place_rank(title[0]) and is_known_place(places(c)[-1])]
            if placed:
                return Counter(placed).most_common(1)[0][0]
        return title
    if not fixed:
        return None
    weight = {c: (1 if sources[c] == {"chrome"} else 2) for c in set(fixed)}
    support = {c: sum(weight[d] for d in fixed if d in c) for c in set(fixed)}
    # ties: a name a sentence gives before one only chrome gives, the longer, the first found
    best = max(support, key=lambda c: (support[c], sources[c] != {"chrome"}, len(c), -fixed.index(c)))
    if sources[best] == {"chrome"}:
        # page chrome (a link bar, the host site) names other bodies: a lone line is the
        # organ only when the report's own words (我镇, 我局) do not say it is another kind
        own = level_from_self(mtext)
        if own is not None and not _same_kind(own, level_of(best)):
            rest = {c: n for c, n in support.items()
                    if sources[c] != {"chrome"} or _same_kind(own, level_of(c))}
            return max(rest, key=lambda c: (rest[c], len(c), -fixed.index(c))) if rest else None
    return best


def _same_kind(own: str, level: str | None) -> bool:
    """Whether a report calling itself ``own`` (我局 -> dept, 我县 -> county) can be an organ
    of ``level``: a department of any rank, a government only of its own rank."""
    if own in ("county", "city", "province"):
        return level == own
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
    if not name or name[0] not in "省市县区州":
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
                        and not p.endswith("新区"):
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
    if not name:
        return name, None
    k = simplify(text).find(name)
    return (text[k:k + len(name)], [k, k + len(name)]) if k >= 0 else (name, None)


def organ_of(text: str, title: str | None) -> Organ:
    name, span = as_written(text, expand_rank_prefix(text, organ_name(text, title)))
    level = level_of(name) if name else None
    if level is None:
        level = level_from_self(simplify(text))
    organ = Organ(name=name, level=level, span=span)
    if name:
        sname = simplify(name)
        organ.short_name = short_name(name)
        ps = places(_after_national(sname))
        for p in ps:
            rank = place_rank(p)
            if rank == "province":
                organ.province = organ.province or p
            elif rank == "city":
                organ.city = organ.city or p
            elif rank == "county" and p != sname:
                organ.county = p
        if level == "county":
            bare = re.sub(r"[（(][^）)]*[）)]", "", sname)
            if not ps or len(ps[-1]) < 2:
                organ.county = None  # 区人民政府办公室: the text does not say which
            else:
                organ.county = sname if ps[-1] == bare or level_of(bare) == "other" else ps[-1]
        if level == "county_dept" and organ.county is None and organ.city:
            organ.county = branch_county(sname, organ.city)
        if level == "county_dept" and organ.county is None and ps and place_rank(ps[-1]) == "county":
            organ.county = ps[-1]
        if organ.county is None and level in ("township", "subdistrict"):
            organ.county = _township_county(text, sname, simplify(organ.short_name))
        if level not in _COUNTY_LEVELS:
            organ.county = None  # a zone, a city's or a province's body is in no one county
    return organ


# the levels whose organ lies in one county (a zone's, a city's body has none)
_COUNTY_LEVELS = ("county", "county_dept", "township", "subdistrict")
_GOVERNING = re.compile(rf"([{_HAN}]{{1,12}}?(?:自治县|县|区|市|旗))[县区市旗]?(?:委|人民政府|政府|党委|党工委)")


def county_named(text: str, organ: Organ) -> str | None:
    """The county a township's or subdistrict's report works under, when the text names one
    county (在五莲县委、县政府的领导下, 桐城市人民政府): the county-rank place the gazetteer
    knows that the text names most often before 委/政府, the township's own name masked
    (麦积镇 names no 麦积区). None when two counties are named as often, or none."""
    bare_dept = organ.level == "county_dept" and (organ.name or "")[:1] in "县区旗"
    if organ.level not in ("township", "subdistrict") and not bare_dept or not gazetteer.available():
        return None
    mtext = simplify(text)
    base = re.sub(r"(人民政府|政府|办事处|街道|镇|乡|苏木)$", "", simplify(organ.short_name or ""))
    if len(base) >= 2:
        mtext = mtext.replace(base, " " * len(base))
    counts = Counter()
    for m in _GOVERNING.finditer(mtext):
        run = m.group(1)
        for k in range(0, len(run) - 1):  # the longest known place ending the run
            if _real_county_place(run[k:]):
                counts[run[k:]] += 1
                break
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _real_county_place(p: str) -> bool:
    try:
        return gazetteer.rank(p) == "county" and not all(is_zone(q) for q in gazetteer.places_named(p)
                                                       if q.rank == "county")
    except gazetteer.GazetteerMissing:
        return False
