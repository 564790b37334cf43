"""Candidate names of the organ, each with its source: ``office`` (the 编制 sentence, the
contact sentence, a portal's 发布机构, the closing signature), ``sentence`` (a title-like phrase,
a 《…信息公开指南》, the subject of an opening sentence by grammar), ``chrome`` (来源,
the organ's own yearly plan, a lone line at the end), ``line`` (a link trail, a lone line at the top: a site's
header may be a host's) and ``website`` (…门户网站's or …信息公开专栏's owner)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import role_words
from .organ_names import (_NAME, _clean, _zone_town, _grammatical, _inner_stripped, _name_extension, _starts_with_known_place,
                          section_stripped)
from .organ_title import _TITLE, _cited, _name_broken_off, _named
from .places import is_known_place, level_of, places

def load_cues(role: str) -> tuple[str, ...]:
    return role_words("cues", role)


@lru_cache(maxsize=1)
def _page_labels() -> str:
    """The page's own labels after a 来源 line's name (浏览次数, 字体: contact_cues.tsv page_label)."""
    return "|".join(map(re.escape, role_words("contact_cues", "page_label")))


def _candidates(text: str) -> list[tuple[str, str]]:
    """(name, source) for every phrase that names an organ. Sources: office (编制 / contact
    sentence), sentence (an opening sentence), chrome (来源, a lone line, a website name)."""
    verbs = "|".join(re.escape(v) for v in load_cues("subject_verb"))
    office_pats = [rf"由(?P<n>{_NAME}{{2,30}}?)(?:负责)?(?:编制|编写|撰写|起草|综合|根据|牵头|汇总|结合|按照)",
                   rf"请联系(?P<n>{_NAME}{{2,30}}?(?:办公室|办公厅|局|委|政府|办事处))[（(,，：:\s。；;]",
                   # a portal page's information block (发布机构：某某局)
                   rf"(?:发布机构|发文机关|发布单位|所属机构)\s*(?:[:：]|[|｜])\s*(?:[|｜]\s*)?(?P<n>{_NAME}{{2,30}}?)"
                   # (…up to the page's next label where the fields ran together: 某局发布日期：)
                   rf"(?=(?:{_page_labels()})|[^\u4e00-\u9fff（）()]|$)",
                   rf"请与(?P<n>{_NAME}{{2,30}}?)联系",
                   rf"联系(?:单位)?[:：]?(?P<n>{_NAME}{{2,30}}?(?:办公室|办公厅|局|委|政府|办事处))[（(,，：:\s。；;]"]
    sentence_pats = [
        rf"《(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
        rf"结合(?P<n>{_NAME}{{2,30}}?)(?:政府)?信息公开",
        rf"“(?P<n>{_NAME}{{2,30}}?(?:人民政府|办事处|局|委员会))”",
        rf"(?:20\d\d\s*年度?(?:以来)?|本年度|今年以来|全年)\s*[,，]\s*(?:在[^，,。]{{0,30}}[,，]\s*)?"
        rf"(?P<n>{_NAME}{{2,30}}?)(?:{verbs})"]
    chrome_pats = [rf"来源\s*[:：]\s*(?P<n>{_NAME}{{2,30}}?)(?=(?:{_page_labels()})|[^\u4e00-\u9fff（）()]|$)",
                   # the organ's own plan for the year (制定《某局2022年度政务公开工作要点》)
                   rf"《(?P<n>{_NAME}{{2,30}}?(?:局|委员会|委|厅|办公室|政府|办事处|街道|镇|乡|中心|署))"
                   rf"20\d\d\s*年度?(?:政务公开|政府信息公开|信息公开)"]
    site_pats = [rf"(?P<n>{_NAME}{{2,30}}?(?:人民政府|局|委员会|厅|办事处|管委会|中心))(?:门户网站|门户网|官方网站|网站|官网|网(?=[,，。、(（上发公”」』\"])"
                 # its column on a site (在某乡人民政府信息公开专栏公布)
                 r"|(?:政府信息公开|信息公开|政务公开)(?:专栏|栏目|专区))",
                 # the organ's own column on a host's site, named in quotes (某市人民政府网站“某镇”栏目)
                 rf"(?:网站|门户网|官网|网)“(?P<n>{_NAME}{{2,20}}?)”(?:栏目|专栏|专区|板块|频道)"]
    out = []
    for pats, src in ((office_pats, "office"), (sentence_pats, "sentence"), (chrome_pats, "chrome"),
                      (site_pats, "website")):
        for p in pats:
            out += [(m.group("n"), src) for m in re.finditer(p, text)]
    for m in _TITLE.finditer(text):
        if not (_cited(text, m.start(), m.end()) or _name_broken_off(text, m)):
            out.append((_named(m), "sentence"))
    out += [(n, "line") for n in _breadcrumb_organs(text[:1500])]
    # the closing signature: the organ's name on a line, the date on the next
    out += [(m.group("n"), "office") for m in _SIGNATURE.finditer(text, max(0, len(text) - 800))]
    out += [(n, "sentence") for n in _opening_subjects(text)]
    out += [(n, "office") for n in _compilers(text)]
    # (a contact sentence's name by grammar weighs as a sentence's: 联系 may be of another body)
    out += [(n, "sentence") for n in _contacts(text)]
    # lines holding only a name: a page's first ones (a site's header: maybe a host's) and its
    # last ones (where the organ signs), once each when a short text's windows overlap
    part_one = re.search(r"(?:^|\n)\s*一\s*[、.．]", text)
    top = min(300, part_one.start() if part_one else 300)
    for part, src in ((text[:top], "line"), (text[max(top, len(text) - 400):], "chrome")):
        for line in part.splitlines():
            line = line.strip()
            if 3 <= len(line) <= 30 and re.fullmatch(rf"{_NAME}+", line):
                out.append((line, src))
    res = []
    for c, src in out:
        # a compiling office inside a government (某镇人民政府办公室) stands for it
        if src == "office":
            c = section_stripped(c)
        c = _clean(c) or (_clean(_inner_stripped(c)) if src == "office" else None)
        if c:
            res.append((c, src))
    return res


# what opens the first sentences of a part: a year or a time word (2024年来，今年以来，)
_OPENER = re.compile(r"(?:^|[。\n])[ \t\u3000]*(?:(?:20\d\d\s*年度?|今年|本年度?|近年)(?:以来|来)?|全年)[ \t\u3000]*[,，]?[ \t\u3000]*"
                     rf"(?P<run>{_NAME}{{2,30}})")


# a name at a line's start with its year after it (某局2024年认真贯彻…)
_NAME_YEAR = re.compile(rf"(?:^|\n)[ \t\u3000]*(?P<run>{_NAME}{{2,30}}?)(?=20\d\d\s*年)")


# a line that opens with a name and one of the verbs of an opening (某县人民政府高度重视…)
_LINE_SUBJECT = re.compile(rf"(?:^|\n)[ \t\u3000]*(?P<run>{_NAME}{{2,30}})")


_NOT_SUBJECT = "各全我本该每所其其他有关"


def _opening_subjects(text: str) -> list[str]:
    """Organs named as the subject of a sentence that opens with a time word (2024年来，双溪乡
    党委、政府高度重视…; 2024年，某市公安局政务公开工作…), of a line that starts with a name
    and its year, or of a line that starts with a placed name and an opening's verb
    (某县人民政府高度重视…): the longest start of the run that is an organ's name by its grammar (a
    place the gazetteer knows, a township's or a national body's name, and an organ type),
    never one that runs into a post (局长) or begins with 各/全/我."""
    out = []
    verbs = load_cues("subject_verb")
    for rx in (_OPENER, _NAME_YEAR, _LINE_SUBJECT):
        for m in rx.finditer(text[:6000]):
            # a name never runs into 政府信息公开 / 政务公开 (…管理局政府信息公开工作虽然…)
            run = re.split(r"(?:政府)?信息公开|政务公开", m.group("run"))[0]
            if len(run) < 2 or run[0] in _NOT_SUBJECT:
                continue
            best = name_at(run)
            if best and rx is _LINE_SUBJECT and not (_placed(best) and run[len(best):].startswith(verbs)):
                continue  # a line's first words are a subject only before an opening's verb
            # …人民政府网站发布: the subject is a website, not its owner
            if best and not _MEDIA.match(run, len(best)):
                out.append(best)
    return out


def name_at(run: str) -> str | None:
    """The organ's name a run of characters starts with, by its grammar: the shortest start
    that is an organ's name (what follows is the sentence's predicate), gone on only as a name
    goes on (…人民政府 + 南源街道办事处, …公安局 + 椒江分局, …局 + 办公室); never one that runs into
    a post (局长)."""
    best = None
    for k in range(2, len(run) + 1):
        p = run[:k]
        if k < len(run) and run[k] in "长":
            continue  # 民政局局长: a post follows
        lv = level_of(p)
        if lv is None or not _grammatical(p, lv):
            continue
        if best is None:
            best = p
        elif _name_extension(p[len(best):]):
            best = p
    return best


# where the compiling or contact sentence names the organ by its grammar, whatever follows:
# 由某局办公室会同…编制, 联系方式：某局办公室, 咨询单位：某局
_BY = re.compile(rf"(?:由(?![于此衷])|(?:联系方式|联系单位|联系部门|咨询单位|受理机构|受理单位)\s*[:：]\s*)(?P<run>{_NAME}{{2,30}})")
# a sentence whose subject compiles the report (某局编制了本报告, 某局根据条例编制本报告)
# … also after an opening clause of its grounds or purpose (根据《条例》规定，某镇人民政府编制本报告;
# 为全面反映…情况，某区人民政府办公室编制本报告): the name must begin with a known place
_COMPILER = re.compile(rf"(?:^|[。\n]|(?<=[，,]))"
                       rf"[ \t\u3000]*(?P<run>{_NAME}{{3,30}})(?=[^。\n]{{0,40}}编制)")


# a contact sentence naming the organ before a unit of it or a verb (可联系某局政策法规科,
# 请向某局咨询, 联系人：某局办公室 张某): the name must begin with a known place
_CONTACT = re.compile(rf"(?:联系|请向|联系人\s*[:：]\s*)(?P<run>{_NAME}{{3,30}})")


def _compilers(text: str) -> list[str]:
    out = []
    for rx in (_BY, _COMPILER):
        for m in rx.finditer(text):
            run = re.split(r"(?:政府)?信息公开|政务公开", m.group("run"))[0]
            if len(run) < 2 or run[0] in _NOT_SUBJECT:
                continue
            name = name_at(run)
            if name and (rx is _BY or _placed(name)):
                out.append(name)
    return out


def _contacts(text: str) -> list[str]:
    out = []
    for m in _CONTACT.finditer(text):
        run = re.split(r"(?:政府)?信息公开|政务公开", m.group("run"))[0]
        name = name_at(run) if len(run) >= 2 and run[0] not in _NOT_SUBJECT else None
        if name and _placed(name):
            # a department's office is its unit (某局办公室 -> 某局); a government's is an organ
            out.append(re.sub(r"(?<=[局委厅署])办公室$", "", name))
    return out


_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|苏木)")


def _placed(name: str) -> bool:
    """A name beginning a sentence counts only when it begins with a place the gazetteer knows
    (a county or above, or a township: 周窝镇人民政府编制本报告)."""
    ps = places(name)
    if ps and is_known_place(ps[0]):
        return True
    if ps and level_of(name) == "other":
        return _starts_with_known_place(name)   # a zone named after its city (西安高新技术产业开发区…)
    if ps and level_of(name) in ("township", "subdistrict") and _zone_town(name, ps):
        return True   # a zone's township named with its zone (某某开发区某街道办事处)
    if ps:
        return False
    m = _TOWNSHIP.match(name)
    return bool(m) and level_of(name) in ("township", "subdistrict") and is_known_place(m.group(0))


_MEDIA = re.compile(r"(?:门户|网站|官网|网|平台|公众号|微信|微博|客户端|新媒体)")


_SIGNATURE = re.compile(rf"^[ \t\u3000]*(?P<n>{_NAME}{{3,30}})[ \t\u3000]*(?:\n|[ \t\u3000]+)[ \t\u3000]*"
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
