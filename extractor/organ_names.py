"""What an organ's name is, by its grammar: a place part (a run of places the gazetteer knows,
or a rank word: 区, 市) plus an organ type (人民政府, 街道办事处, 局, 委员会, 管委会 … as data in
``lexicons/levels.tsv``). A captured phrase is cleaned to the name in it: verbs and date words
glued before it dropped (现公布区政府国资局 -> 区政府国资局, 年度市人民政府办公室 -> 市人民政府办公室;
the 编制 of 机构编制委员会办公室 is a noun, no verb),
page words before the first known place dropped (政府信息公开年报某市民政局 -> 某市民政局), a
compiling office's inner units dropped (…街道党政办公室综合科 -> …街道)."""
from __future__ import annotations

import re

from . import gazetteer
from .lexicon import role_words
from .places import _HAN, _levels, _regions, is_known_place, level_of, places

_NAME = rf"[{_HAN}()（）]"


# a part of a report-writing organ that is no organ of its own (…街道党政办公室综合科)
_INNER_UNIT = re.compile(rf"(?:(?:党政|综合|党政综合|行政|政务|政务服务|机关)?(?:办公室|办)|[{_HAN}]{{1,6}}?(?:科|股))$")


_GOV_END = re.compile(r"(?:人民政府|政府|街道办事处|办事处|街道|镇|乡)$")


_LEAD_VERBS = re.compile(r"^.*(?:公布|发布|印发|转发|(?<!机构)编制(?!委员会|委|办)|现将|根据|关于|本报告为|主要内容为|内容为|结合"
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
    name = _verb_after_dropped(name)
    name = _LEAD_VERBS.sub("", name).strip("《》“”\"' ")
    # a short form given after the name (某分局(以下简称某分局)) is no part of it
    name = re.sub(r"[（(](?:以下简称|以下称|下称|简称)[^）)]*[）)]?$", "", name)
    # words glued before the name (年度, 和, 由 …), unless they begin a place the gazetteer
    # knows (月望乡, 和县, 和顺县 start so)
    if not _starts_with_known_place(name):
        name = _LEAD_DATE.sub("", name)
        stripped = name.lstrip(_LEAD_JUNK)
        # a glued word goes when what is left starts as a name does (和湖州市…, 由县政府…, 在我…);
        # before a place nobody knows (和柳市) it may be the place's own first character
        if stripped != name and (_starts_with_known_place(stripped) or stripped[:1] in "省市县区州我本该"
                                 or not gazetteer.available() or not places(name)):
            name = stripped
    if name.endswith("人民"):
        name += "政府"
    name = _from_place(name)
    if len(name) < 2 or (name[0] in "我本该" and not _starts_with_known_place(name)) or re.fullmatch(r"全[省市州盟县区旗镇乡]", name) \
            or re.search(r"通过|网站|平台|门户|报告|情况|事项|各(?!族)|^[省市县区州]委", name):   # 龙胜各族自治县
        return None
    if level_of(name) is None and not (bare_ok and _BARE_DEPT.fullmatch(name)):
        return None
    if _type_word(name):
        return None  # 管理委员会 alone (its zone's name on the line above): a type, no name
    return name


def _verb_after_dropped(name: str) -> str:
    """某街道办事处现将 -> 某街道办事处: an announcing verb glued after the name, before the
    year it reports on (``name_then_verb`` cues), goes when what is left is an organ's name
    (otherwise the verbs before a name would take the name with them)."""
    for verb in sorted(role_words("cues", "name_then_verb"), key=len, reverse=True):
        if name.endswith(verb) and len(name) > len(verb) + 1 and level_of(name[:-len(verb)]) is not None:
            return name[:-len(verb)]
    return name


def _type_word(name: str) -> bool:
    """Whether ``name`` is only an organ type's word of ``lexicons/levels.tsv`` (管理委员会,
    管委会, 开发区, 人民政府), a national body's (国务院) excepted."""
    return any(r["match"] in ("end", "contains") and r["level"] not in ("national_dept", "none")
               and name == r["pattern"] for r in _levels())


# a department's name without its place: 商务局, 卫生健康委员会 (2-10 characters)
_BARE_DEPT = re.compile(rf"[{_HAN}]{{1,8}}(?:局|委员会|委|办公室|中心|厅|署)")


# the words a development zone's name holds (某某经济技术开发区, 某某新区, 某某综合实验区)
ZONE_WORDS = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|园区|新区|综合实验区|"
                        r"实验区|试验区|保税区|经济区|合作区|度假区)")


def _starts_with_known_place(name: str) -> bool:
    """Whether ``name`` begins with a place the gazetteer knows (a township too)."""
    if not gazetteer.available():
        return False
    for m in re.finditer(r"(?:省|市|州|盟|县|区|旗|镇|乡|街道|苏木)", name[:12]):
        if m.end() >= 2 and gazetteer.rank(name[:m.end()]):
            return True
    # …or with a county's or city's short name before a zone's words (从化经济开发区)
    return bool(ZONE_WORDS.search(name)) and any(
        gazetteer.places_short(name[:k]) for k in (2, 3, 4))


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
        if rest and _known_above_township(rest[0]) and level_of(name[k:]):
            if level_of(name[:k]) == "national_dept" or name[:k] == "中共":
                return name  # 国家税务总局长兴县税务局, 中共某县委宣传部: the lead is the name's
            if ps and not _known_above_township(ps[0][k:]):
                continue
            return name[k:]
    return name


# a section (科, 股) of a department or a centre named after it: 某中心综合科, 某局法规科
_DEPT_SECTION = re.compile(rf"(?<=[局委厅署心])[{_HAN}]{{1,6}}?(?:科|股)$")


def section_stripped(c: str) -> str:
    """某中心综合科 -> 某中心, 某局法规科 -> 某局: a department's or centre's section named
    after it in a contact or compiling sentence stands for it (when what is left is a name)."""
    rest = _DEPT_SECTION.sub("", c)
    return rest if rest != c and level_of(rest) else c


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


_EXTENSIONS = ("人民政府", "政府", "人民政府办公室", "政府办公室", "办公室", "办事处", "街道办事处")


def _name_extension(ext: str) -> bool:
    """Whether ``ext`` continues an organ's name: a government word, or a township's or
    subdistrict's own name (…荔湾区人民政府 + 南源街道办事处)."""
    if ext in _EXTENSIONS or re.fullmatch(rf"[{_HAN}]{{1,8}}(?:分局|支队|大队|分中心)", ext):
        return True  # …人民政府, a bureau's branch (…公安局 + 椒江分局)
    lv = level_of(ext)
    return lv in ("township", "subdistrict") and _grammatical(ext, lv)


def _known_above_township(place: str) -> bool:
    """A place the gazetteer knows as a province, city or county (开发区, 高新区 are township rows
    of many counties there: no place to cut a zone's name at)."""
    if place in _regions():
        return True
    try:
        return gazetteer.rank(place) in ("province", "city", "county")
    except gazetteer.GazetteerMissing:
        return False


_TOWN_TYPE = r"(?:街道办事处|街道办|街道|办事处|(?:镇|乡|苏木)(?:人民政府|政府)?)$"
# words that never stand in a township's own name unless the gazetteer knows it (对我镇, 在该乡)
_FUNCTION = re.compile(r"[我本该对向在把被为与及的了全其]|各(?!族)")


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
    if ps and level in ("province", "city", "county") and not _government_after(name, ps):
        return False  # 某市在自治区和某地区行政公署 (a sentence, not a name)
    if ps:
        return is_known_place(ps[0]) or level in ("township", "subdistrict") and _zone_town(name, ps)
    if level in ("township", "subdistrict") and not re.sub(_TOWN_TYPE, "", name):
        return False  # 街道, 镇 alone: the type word, no name
    if level in ("township", "subdistrict") and _FUNCTION.search(name):
        return gazetteer.available() and gazetteer.rank(name) == "township"
    # (a subdistrict's own type word holds 办: 某街道办事处)
    return level in ("township", "subdistrict", "other") and len(name) <= 12 and not re.search(
        r"[委局厅办]", re.sub(_TOWN_TYPE, "", name))


def _zone_town(name: str, ps: list[str]) -> bool:
    """A township or subdistrict of a development zone named with its zone (某市某某新技术开发区
    某街道办事处, 某某经济开发区某镇人民政府): one place, a zone whose name begins with a known
    place (or its short name), then the township's own name, which says no function word."""
    if len(ps) != 1 or not ZONE_WORDS.search(ps[0]) or not _starts_with_known_place(ps[0]):
        return False
    town = name[len(ps[0]):] if name.startswith(ps[0]) else ""
    own = re.sub(_TOWN_TYPE, "", town)
    return 2 <= len(own) <= 6 and not _FUNCTION.search(own) and not re.search(r"[委局厅办]", own)


def _government_after(name: str, ps: list[str]) -> bool:
    """Whether a government's name is its places and a government's word only (某县人民政府,
    某市政府办公室, 某地区行政公署): the gov rows of ``lexicons/levels.tsv``; a bare place too."""
    rest = re.sub(r"[（(][^）)]*[）)]", "", name[len("".join(ps)):])
    return not rest or any(r["level"] == "gov" and r["match"] == "end" and rest == r["pattern"] for r in _levels())
