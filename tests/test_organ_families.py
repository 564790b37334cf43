"""The organ reader on the families unseen reports show, each in several shapes, with
negative cases (sentences written for these tests: real place names, made-up reports)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata, level_of
from extractor.organ import title_name
from extractor.places import places


def organ(text):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ


def triple(text):
    o = organ(text)
    return o.name, o.level, o.county


BODY = "\n一、总体情况\n本年度收到申请3件。\n"


# ---------------------------------------------------------------- title block over lines
@pytest.mark.parametrize("text, want", [
    # the place, the organ type and the year's report on three lines, a link bar above
    ("首页 > 信息公开\n宜良县\n人力资源和社会保障局\n2022年政府信息公开工作年度报告" + BODY,
     ("宜良县人力资源和社会保障局", "county_dept", "宜良县")),
    # … a township under its county, indented as a centred title prints
    ("  桐庐县\n  分水镇人民政府\n  2021年政府信息公开工作年度报告" + BODY,
     ("桐庐县分水镇人民政府", "township", "桐庐县")),
    # … the organ on one line with a part of the name left on the year's line
    ("湖州市\n教育局2023年政府信息公开工作年度报告" + BODY, ("湖州市教育局", "city_dept", None)),
])
def test_title_block_over_several_lines(text, want):
    assert triple(text) == want


@pytest.mark.parametrize("head, want", [
    # a title line broken inside the words of disclosure (政府信息 / 公开): 政府 is the report's
    # 政府信息公开, not a part of the organ's name, wherever the break falls
    ("2023年新添镇政府信息\n公开工作年度报告", ("新添镇", 2023)),
    ("2021年\n荥经县水利局政府\n信息公开工作年度报告", ("荥经县水利局", 2021)),
    ("2021年荥经县水利局政府信\n息公开工作年度报告", ("荥经县水利局", 2021)),
    ("荥经县水利局2021年政府\n信息公开工作年度报告", ("荥经县水利局", 2021)),
    ("2022年度荥经县\n水利局政府信息公开\n工作年度报告", ("荥经县水利局", 2022)),
    # the year between the words of disclosure and the report (某镇政府信息公开 / 2023年度工作报告)
    ("新添镇政府信息公开\n2023年度工作报告", ("新添镇", 2023)),
    ("衢州市柯城区人民政府信息公开2020年度工作报告", ("衢州市柯城区人民政府", 2020)),
    # a government that is the organ keeps its 人民政府 before the break
    ("2023年新添镇人民政府政务公开\n工作年度报告", ("新添镇人民政府", 2023)),
])
def test_a_title_broken_inside_the_words_of_disclosure(head, want):
    assert title_name(head + BODY)[:2] == want


@pytest.mark.parametrize("head, want", [
    # a title naming no organ, the organ alone on the line below: bracketed, bare, after a blank line
    ("2022年政府信息公开工作年度报告\n（丹棱县市场监督管理局）", ("丹棱县市场监督管理局", "county_dept", "丹棱县")),
    ("2022年度政府信息公开工作年度报告\n丹棱县双桥镇人民政府\n2023年1月20日", ("丹棱县双桥镇人民政府", "township", "丹棱县")),
    ("2021年政务公开工作年度报告\n\n【长兴县林城镇人民政府】", ("长兴县林城镇人民政府", "township", "长兴县")),
])
def test_the_organ_on_the_line_below_a_title_naming_none(head, want):
    assert triple(head + BODY) == want


@pytest.mark.parametrize("below", ["发布时间：2023-01-20", "首页", "（2023年1月20日）", "信息公开", ""])
def test_a_title_naming_no_organ_still_gives_its_year(below):
    name, year, _ = title_name("2022年政府信息公开工作年度报告\n" + below + "\n一、总体情况\n2023年，本单位认真落实。\n")
    assert (name, year) == (None, 2022)


@pytest.mark.parametrize("title, want", [
    # a party body's office (编办): 编制 is the noun of 机构编制, no verb before the name; 中共 is no place
    ("中共丹棱县委机构编制委员会办公室2022年政府信息公开工作年度报告", ("中共丹棱县委机构编制委员会办公室", "county_dept", "丹棱县")),
    ("2022年度中共眉山市委机构编制委员会办公室政府信息公开工作年度报告", ("中共眉山市委机构编制委员会办公室", "city_dept", None)),
    ("丹棱县机构编制委员会办公室2022年政府信息公开工作年度报告", ("丹棱县机构编制委员会办公室", "county_dept", "丹棱县")),
    # …while a report compiled (编制) by an organ is still named after the verb
    ("本报告由丹棱县双桥镇人民政府编制。2022年丹棱县双桥镇政府信息公开工作年度报告", ("丹棱县双桥镇人民政府", "township", "丹棱县")),
])
def test_a_party_bodys_office_is_named_whole(title, want):
    assert triple(title + BODY) == want


@pytest.mark.parametrize("text, want", [
    # an autonomous prefecture's or county's usual short form in the title, its full name in a
    # sentence of the report: the full name (one organ, its place written out)
    ("黔东南州交通运输局2023年政府信息公开工作年度报告\n现予公布黔东南苗族侗族自治州交通运输局2023年政府信息公开工作年度报告。",
     "黔东南苗族侗族自治州交通运输局"),
    ("石林县林业和草原局2022年政府信息公开工作年度报告\n本报告由石林彝族自治县林业和草原局编制。", "石林彝族自治县林业和草原局"),
    ("峨边县人民政府2021年政府信息公开工作年度报告\n现将峨边彝族自治县人民政府2021年政府信息公开工作年度报告公布如下。",
     "峨边彝族自治县人民政府"),
    # …and the short form stays where the report never writes it out, or names another body so
    ("恩施州民政局2021年政府信息公开工作年度报告\n本报告由恩施州民政局编制。", "恩施州民政局"),
    ("延边州人民政府2021年政府信息公开工作年度报告\n根据延边朝鲜族自治州财政局要求编制。", "延边州人民政府"),
])
def test_a_short_autonomous_place_made_full_by_the_reports_sentence(text, want):
    assert organ(text + BODY).name == want


def test_a_link_bar_line_never_joins_the_title():
    # 首页 / 政务公开 are no place: the title is the bureau's line alone (a bare name)
    name, year, _ = title_name("首页\n政务公开\n商务局\n2023年政府信息公开工作年度报告" + BODY)
    assert (name, year) == ("商务局", 2023)
    # a host site's line (a government) does not begin a department's name either
    o = organ("桐庐县人民政府\n民政局\n2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实。\n")
    assert o.name != "桐庐县人民政府民政局" and o.name != "桐庐县人民政府"


@pytest.mark.parametrize("above, title, want", [
    ("宜良县", "昆明市财政局", "昆明市财政局"),       # a county is no parent of a city
    ("余杭区", "分水镇人民政府", "分水镇人民政府"),    # the gazetteer's 分水镇 is 桐庐县's
    ("湖州市", "吴兴区民政局", "湖州市吴兴区民政局"),  # a city above its district
])
def test_a_place_line_above_joins_only_as_a_parent(above, title, want):
    assert organ(f"{above}\n{title}2022年政府信息公开工作年度报告" + BODY).name == want


# ---------------------------------------------------------------- cited documents
@pytest.mark.parametrize("preamble, want", [
    ("根据《浙江省人民政府信息公开办公室关于2020年政府信息公开工作年度报告有关事项的通知》要求，"
     "编制《湖州市教育局2020年政府信息公开工作年度报告》。", "湖州市教育局"),
    ("按照《湖南省人民政府办公厅关于做好2022年政府信息公开工作年度报告编制工作的通知》要求编制本报告。"
     "\n一、总体情况\n2022年，衡阳县审计局认真贯彻条例。", "衡阳县审计局"),
])
def test_a_notice_cited_in_the_preamble_is_no_title(preamble, want):
    assert organ(preamble + BODY).name == want


def test_a_notice_cited_with_nothing_else_gives_no_organ():
    text = "依据《江西省人民政府办公厅关于2021年政府信息公开工作年度报告有关事项的通知》编制。" + BODY
    assert organ(text).name is None


def test_the_report_naming_itself_in_quotes_is_its_title():
    text = "现将《余杭区民政局2021年政府信息公开工作年度报告》公布如下。" + BODY
    assert title_name(text)[:2] == ("余杭区民政局", 2021)


# ---------------------------------------------------------------- levels
@pytest.mark.parametrize("name, level", [
    ("中国气象局", "national_dept"), ("中国地震局", "national_dept"),
    ("中国（浙江）自由贸易试验区舟山片区管委会", "other"),  # a zone, though it starts with 中国
    ("江油市气象局", "county_dept"), ("绵阳市气象局", "city_dept"), ("四川省气象局", "province_dept"),
])
def test_levels_of_national_and_vertical_bodies(name, level):
    assert level_of(name) == level


def test_traditional_self_reference_gives_the_level():
    assert organ("一、總體情況\n2021年，我鎮認真落實條例。\n").level == "township"
    assert organ("一、總體情況\n2021年，我局認真落實條例，在縣政府領導下。\n").level == "county_dept"


@pytest.mark.parametrize("text, want", [
    # a report in traditional characters: the places are written as the report writes them,
    # never half converted (連江县), whatever characters the lexicons happen to list
    ("連江縣琯頭鎮人民政府2023年政府信息公開工作年度報告\n一、總體情況\n本年度收到申請3件。\n",
     ("連江縣琯頭鎮人民政府", "township", "連江縣")),
    ("鹽邊縣教育和體育局2021年政府信息公開工作年度報告\n一、總體情況\n本年度收到申請3件。\n",
     ("鹽邊縣教育和體育局", "county_dept", "鹽邊縣")),
    ("臨海市衛生健康局2022年政府信息公開工作年度報告\n一、總體情況\n本年度收到申請3件。\n",
     ("臨海市衛生健康局", "county_dept", "臨海市")),
])
def test_traditional_names_keep_their_places_as_written(text, want):
    assert triple(text) == want


def test_every_traditional_character_opencc_knows_is_matched():
    from extractor.labels import to_simplified
    # characters the project's own list never named (OpenCC's table has them)
    assert to_simplified("連記頭琯鎮黨") == "连记头琯镇党"
    assert len(to_simplified("⼈⺠政府")) == 4 and to_simplified("⼈⺠政府") == "人民政府"


@pytest.mark.parametrize("text, want", [
    # the compiling sentence after an opening clause of its grounds names the organ in full
    ("周窝镇2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，周窝镇人民政府编制本报告。" + BODY,
     "周窝镇人民政府"),
    ("大坪乡2022年政府信息公开工作年度报告\n按照上级要求，大坪乡人民政府编制了本年度报告。" + BODY,
     "大坪乡人民政府"),
    ("洪山镇2021年政府信息公开工作年度报告\n依据《条例》，洪山镇人民政府根据统计数据编制本报告。" + BODY,
     "洪山镇人民政府"),
])
def test_the_compiler_after_its_grounds_names_the_organ(text, want):
    assert organ(text).name == want


@pytest.mark.parametrize("text, want", [
    # a title that drops its city, the full name in the compiling sentence, and the organ's
    # own office in the contact sentence (a unit of it, never the organ's fuller name)
    ("市气象局2023年政府信息公开工作年度报告\n邵阳市气象局根据《条例》要求编制本报告。如有疑问，请与市气象局综合办公室联系。" + BODY,
     "邵阳市气象局"),
    ("县统计局2022年政府信息公开工作年度报告\n本报告由宁乡县统计局编制，请与县统计局办公室联系。" + BODY,
     "宁乡县统计局"),
    # a zone's short title (高新区, 经开区) spelled out where the report names its committee
    ("高新区2022年政府信息公开工作年度报告\n如对本报告有疑问，请联系怀化高新技术产业开发区管理委员会党政办公室。" + BODY,
     "怀化高新技术产业开发区管理委员会"),
    ("经开区2023年政府信息公开工作年度报告\n本报告由芜湖经济技术开发区管理委员会综合办公室编制。" + BODY,
     "芜湖经济技术开发区管理委员会"),
    # a government's office titled with 政府 where its sentences write 人民政府 (or the other
    # way round): one name, the fuller one as the text writes it
    ("县政府办公室2021年政府信息公开工作年度报告\n本报告由安吉县人民政府办公室根据条例要求编制。" + BODY,
     "安吉县人民政府办公室"),
    ("区政府办公室2022年政府信息公开工作年度报告\n本报告由宁波市鄞州区人民政府办公室编制。" + BODY,
     "宁波市鄞州区人民政府办公室"),
    ("市人民政府办公室2023年度政府信息公开工作报告\n一、总体情况\n2023年，曲靖市政府办公室坚持公开为常态。" + BODY,
     "曲靖市政府办公室"),
])
def test_a_short_title_made_full_by_the_reports_own_sentences(text, want):
    assert organ(text).name == want


@pytest.mark.parametrize("text, want", [
    # an autonomous county of several peoples (各族自治县): 各 is no quantifier there
    ("龙胜各族自治县泗水乡人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息143条。\n",
     ("龙胜各族自治县泗水乡人民政府", "township", "龙胜各族自治县")),
])
def test_a_county_of_several_peoples(text, want):
    assert triple(text) == want


@pytest.mark.parametrize("word", ["干部", "包联干部", "全部", "内部"])
def test_words_ending_as_a_ministry_does_are_no_organ(word):
    # 由包联干部负责督促更新 in section 五 never names the organ (a 部 is national only as a body)
    assert level_of(word) is None
    assert level_of("自然资源部") == "national_dept" and level_of("县委组织部") == "county_dept"


def test_a_cadre_in_charge_of_a_task_is_not_the_organ():
    text = ("乌拉特前旗新安镇\n人民政府2021年政府信息\n公开工作年度报告\n一、总体情况\n全年公开信息50条。\n"
            "五、存在的主要问题及改进情况\n改进措施：一是由包联干部负责督促更新。\n")
    assert organ(text).name != "包联干部" and organ(text).level == "township"


# ---------------------------------------------------------------- places in a name
@pytest.mark.parametrize("name, want", [
    ("成都市公安局武侯区分局", ["成都市"]),        # an organ's part is no place
    ("成都市武侯区教育局", ["成都市", "武侯区"]),
    ("杭州市人民政府办公厅", ["杭州市"]),
])
def test_places_stop_at_an_organ_word(name, want):
    assert places(name) == want


@pytest.mark.parametrize("text, want", [
    ("成都市公安局武侯区分局2022年政府信息公开工作年度报告" + BODY, ("county_dept", "武侯区")),
    ("湖州市公安局南浔分局2022年政府信息公开工作年度报告" + BODY, ("county_dept", "南浔区")),
    ("成都市公安局交通管理局2022年政府信息公开工作年度报告" + BODY, ("city_dept", None)),
])
def test_city_police_branches(text, want):
    o = organ(text)
    assert (o.level, o.county) == want


@pytest.mark.parametrize("name", ["苏州工业园区管理委员会", "平潭综合实验区管委会", "合肥高新技术产业开发区管委会",
                                  "宜宾市公共资源交易中心"])
def test_a_zone_or_centre_is_other_and_in_no_county(name):
    o = organ(name + "2022年政府信息公开工作年度报告" + BODY)
    assert (o.name, o.level, o.county) == (name, "other", None)


# ---------------------------------------------------------------- a township's county named elsewhere
@pytest.mark.parametrize("text, county", [
    # the gazetteer's 两城镇 is another county's; the text says which it works under
    ("2022年政府信息公开工作年度报告\n本报告由两城镇人民政府党政办公室编制。\n一、总体情况\n"
     "2022年，在五莲县委、县政府的坚强领导下，我镇推进公开。\n", "五莲县"),
    # a county-level city named before 市委 (the gazetteer says it is county level)
    ("孔城镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n在桐城市委、市政府领导下，我镇推进公开。\n",
     "桐城市"),
    # a subdistrict, the district named before 人民政府 in another sentence
    ("2023年度\n东坝街道办事处\n政府信息公开工作年度报告\n一、总体情况\n全年在朝阳区人民政府网站发布信息。\n",
     "朝阳区"),
])
def test_a_township_whose_county_is_named_elsewhere(text, county):
    assert organ(text).county == county


@pytest.mark.parametrize("text", [
    # a prefecture city is no county
    "2022年政府信息公开工作年度报告\n本报告由两城镇人民政府编制。\n一、总体情况\n在日照市委领导下。\n",
    # two counties named as often: the reader cannot tell
    "2022年政府信息公开工作年度报告\n本报告由两城镇人民政府编制。\n一、总体情况\n学习五莲县委和莒县县委经验。\n",
    # the township's own name is no county's (麦积镇 / 麦积区)
    "麦积镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n麦积镇党委高度重视。\n",
])
def test_no_county_when_the_text_does_not_decide(text):
    assert organ(text).county is None


# ---------------------------------------------------------------- link bars and host sites
LINKBAR = ("国务院 | 外交部 | 国家发展和改革委员会 | 教育部 | 公安部 | 民政部 | 司法部 | 财政部\n")
HOST = "湖州市人民政府门户网站\n首页 > 政务公开 > 部门信息公开 > 年度报告\n"


@pytest.mark.parametrize("text, want", [
    # a ministry's link bar right above a title that drops the organ: the bar's last item
    # is no title
    (LINKBAR + "2022年政府信息公开工作年度报告\n本报告由吴兴区民政局编制。" + BODY,
     ("吴兴区民政局", "county_dept", "吴兴区")),
    (LINKBAR + "首页>信息公开\n一、总体情况\n2022年，我局认真落实。\n如有疑问请与吴兴区民政局办公室联系。\n",
     ("吴兴区民政局", "county_dept", "吴兴区")),
    (HOST + "一、总体情况\n2022年，吴兴区民政局坚持以人民为中心。\n", ("吴兴区民政局", "county_dept", "吴兴区")),
    (HOST + "一、总体情况\n2022年，我局坚持以人民为中心。\n", (None, "city_dept", None)),
])
def test_chrome_naming_other_bodies(text, want):
    assert triple(text) == want


# ---------------------------------------------------------------- the opening sentence by grammar
@pytest.mark.parametrize("opening, name", [
    ("2024年来，双溪乡高度重视政务公开工作。", "双溪乡"),
    ("2024年以来，双溪乡党委、政府高度重视政务公开工作。", "双溪乡"),
    ("2024年，湖州市公安局政务公开工作在市委市政府的领导下稳步推进。", "湖州市公安局"),
    ("2024年度，湖州市公安局依法依规做好政府信息公开工作。", "湖州市公安局"),
    ("今年来，湖州市公安局紧紧围绕中心工作。", "湖州市公安局"),
    ("湖州市公安局2024年认真贯彻条例。", "湖州市公安局"),
    ("2020年，广州市荔湾区人民政府南源街道办事处全力推进公开。", "广州市荔湾区人民政府南源街道办事处"),
    ("2021年广州市从化区机关事务管理局政府信息公开工作虽然在不断完善，但仍有不足。", "广州市从化区机关事务管理局"),
])
def test_organ_named_only_as_the_subject_of_an_opening(opening, name):
    assert organ("根据条例编制本报告。\n一、总体情况\n" + opening + "\n").name == name


@pytest.mark.parametrize("opening", [
    "2022年，全县各乡镇认真落实条例。",            # no organ: a collective
    "2022年，各乡镇政府信息公开工作稳步推进。",
    "2022年，县委县政府高度重视政务公开。",          # a rank word's 委 is no organ of a place
    "2022年，民政局局长带队检查。",
])
def test_no_organ_from_an_opening_without_one(opening):
    assert organ("根据条例编制本报告。\n一、总体情况\n" + opening + "\n").name is None


# ---------------------------------------------------------------- other sentences naming the organ
@pytest.mark.parametrize("text", [
    "本报告根据条例编制，由湖州市公安局办公室负责编写。" + BODY,
    "一、总体情况\n我局认真贯彻条例。\n如对本报告有疑问，请联系湖州市公安局办公室，电话0572-1234567。\n",
    "一、总体情况\n我局认真贯彻条例。\n联系单位：湖州市公安局办公室 电话：0572-1234567\n",
    "一、总体情况\n我局认真贯彻条例。\n本报告电子版可在湖州市公安局网站下载。\n",
    "制定《湖州市公安局2022年度政务公开工作要点》，落实分工。\n一、总体情况\n我局认真贯彻条例。\n",
])
def test_organ_named_in_the_compiling_contact_or_plan_sentence(text):
    o = organ(text)
    assert (o.name, o.level) == ("湖州市公安局", "city_dept")


def test_a_website_subject_is_no_sentence_candidate():
    # the website's owner is the organ only when nothing else names one and the report does
    # not call itself another kind (我局)
    assert organ("根据条例编制本报告。\n一、总体情况\n全年湖州市人民政府网站发布信息9条。\n").name == "湖州市人民政府"
    assert organ("一、总体情况\n全年湖州市人民政府网站发布我局信息9条。\n").name is None


def test_a_city_plan_cited_by_a_bureau_is_not_the_organ():
    text = "按照《湖州市2022年政务公开工作要点》要求编制。\n一、总体情况\n我局认真贯彻条例。\n"
    assert organ(text).name is None


# ---------------------------------------------------------------- more levels and counties
@pytest.mark.parametrize("text, want", [
    ("锡林郭勒盟行政公署办公室2022年政府信息公开工作年度报告" + BODY, ("city", None)),
    ("国家税务总局长兴县税务局2022年政府信息公开工作年度报告" + BODY, ("county_dept", "长兴县")),
    ("国家税务总局湖州市税务局2022年政府信息公开工作年度报告" + BODY, ("city_dept", None)),
    ("2022年度\n区人民政府办公室2022年政府信息公开工作年度报告" + BODY, ("county", None)),
    ("现公布区政府国资局2022年政府信息公开工作年度报告。\n一、总体情况\n在浑南区委领导下，区政府国资局认真落实。\n",
     ("county_dept", "浑南区")),
])
def test_level_and_county_of_more_shapes(text, want):
    o = organ(text)
    assert (o.level, o.county) == want


def test_a_vertical_bodys_name_is_kept_whole():
    assert organ("国家税务总局长兴县税务局2022年政府信息公开工作年度报告" + BODY).name == "国家税务总局长兴县税务局"


def test_a_governing_county_needs_the_longest_known_name():
    # 长兴县委 names 长兴县, not 兴县 (a county elsewhere)
    o = organ("一、总体情况\n2022年，我镇在长兴县委领导下推进公开。\n")
    assert (o.level, o.county) == ("township", "长兴县")


# ---------------------------------------------------------------- title prints
@pytest.mark.parametrize("title", [
    "长兴县民政局２０２２年政府信息公开工作年度报告",      # full-width digits
    "长兴县民政局二〇二二年政府信息公开工作年度报告",      # the year in Chinese numerals
    "长兴县民政局 2022 年政府信息公开工作年度报告",
    "长兴县民政局关于2022年度政府信息公开工作情况的报告",
    "长兴县民政局政府信息公开工作年度报告（2022年）",
    "2022年度长兴县民政局政务公开工作年度报告",
    "长兴县民政局\n2022年度\n政府信息公开工作年度报告",
])
def test_title_prints(title):
    name, year, at = title_name(title + BODY)
    assert (name, year) == ("长兴县民政局", 2022)


@pytest.mark.parametrize("name, level", [
    ("中共长兴县委宣传部（县政府新闻办公室）", "county_dept"),
    ("湖州市档案馆", "city_dept"),
    ("湖州市住房公积金管理中心", "other"),   # a public institution: see the centres below
])
def test_other_organ_types(name, level):
    o = organ(name + "2022年政府信息公开工作年度报告" + BODY)
    assert (o.name, o.level) == (name, level)


# ---------------------------------------------------------------- a place's public institution (中心)
# A centre reporting as an organ (住房公积金管理中心, 融媒体中心, 公共资源交易中心, 疾控中心) is a
# public institution the government set up, none of its departments: level other; a county's
# centre lies in that county, a city's in none; the name may be given only by its website.
@pytest.mark.parametrize("text, want", [
    ("湖州市住房公积金管理中心\n2021年政府信息公开工作年度报告" + BODY, ("湖州市住房公积金管理中心", "other", None)),
    ("德清县融媒体中心2023年政府信息公开工作年度报告" + BODY, ("德清县融媒体中心", "other", "德清县")),
    ("宁夏回族自治区固原市疾病预防控制中心2020年政府信息公开工作年度报告" + BODY,
     ("宁夏回族自治区固原市疾病预防控制中心", "other", None)),
    ("2022年政府信息公开工作年度报告\n本报告全文可在“安吉县公共资源交易中心网站”查阅。\n一、总体情况\n"
     "2022年，本中心由中心主任负总责。\n", ("安吉县公共资源交易中心", "other", "安吉县")),
    ("2024年政府信息公开工作年度报告\n报告在嘉兴市住房公积金管理中心网站公布。\n一、总体情况\n"
     "本中心收到申请2件。\n", ("嘉兴市住房公积金管理中心", "other", None)),
    # a centre that calls itself 本中心 and is named nowhere: the level of what it calls itself
    ("2022年政府信息公开工作年度报告\n一、总体情况\n2022年，本中心收到申请2件。\n", (None, "other", None)),
    # …while a zone's committee in a county lies in no county, as before
    ("安吉县经济开发区管理委员会2022年政府信息公开工作年度报告" + BODY, ("安吉县经济开发区管理委员会", "other", None)),
])
def test_a_place_s_public_institution(text, want):
    assert triple(text) == want


# ---------------------------------------------------------------- county-level or prefecture 市
@pytest.mark.parametrize("name, level, county", [
    ("海门市教育局", "county_dept", "海门市"),   # a county-level city since made a district (海门区)
    ("蓬莱市人民政府", "county", "蓬莱市"),
    ("义乌市商务局", "county_dept", "义乌市"),   # a county-level city the gazetteer lists
    ("金华市商务局", "city_dept", None),
    ("长泰区交通运输局", "county_dept", "长泰区"),  # a district newer than the gazetteer's snapshot
])
def test_county_level_or_prefecture_city(name, level, county):
    o = organ(name + "2019年政府信息公开工作年度报告" + BODY)
    assert (o.level, o.county) == (level, county)


# ---------------------------------------------------------------- page metadata and link trails
@pytest.mark.parametrize("chrome", [
    "| 索引号 | 123 | 发布机构 | 湖州市民政局 |\n",
    "索引号：123/2023-00001\n发布机构：\n湖州市民政局\n",
    "所属机构：湖州市民政局\n",
    "湖州市民政局 > 政务公开 > 年度报告\n",
    "首页 > 湖州市民政局 > 信息公开 > 年度报告\n",
    "湖州市人民政府 > 部门 > 湖州市民政局 > 年报\n",   # the host first, the organ deeper
])
def test_page_metadata_and_link_trails_name_the_organ(chrome):
    text = chrome + "2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局认真贯彻条例。\n"
    assert organ(text).name == "湖州市民政局"


@pytest.mark.parametrize("chrome", [
    "来源：湖州市人民政府\n",
    "主办单位：湖州市人民政府办公室 承办单位：湖州市大数据局\n",   # the line's end is no title
    "首页 > 湖州市人民政府 > 信息公开\n",
])
def test_the_host_site_in_chrome_is_not_a_bureaus_organ(chrome):
    text = chrome + "2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局认真贯彻条例。\n"
    o = organ(text)
    assert o.name is None and o.level == "city_dept"


def test_a_bureau_of_a_zone_reporting_as_we():
    text = "一、总体情况\n2022年，我局通过示范区管委会网站公开信息20条，在示范区党工委、管委会领导下。\n"
    assert organ(text).level == "other"
    text = "一、总体情况\n2022年，我局通过县人民政府网站公开信息20条，在县政府领导下。\n"
    assert organ(text).level == "county_dept"


# ---------------------------------------------------------------- words glued around a title's name
@pytest.mark.parametrize("title", [
    "政府信息公开年报湖州市民政局2022年政府信息公开工作年度报告",   # a column name glued before
    "当前位置首页政府信息公开湖州市民政局2022年政府信息公开工作年度报告",
    "民政局湖州市民政局2022年政府信息公开工作年度报告",            # a title printed twice, cut
    "【湖州市民政局】2022年政府信息公开工作年度报告",
    "湖州市民政局：2022年政府信息公开工作年度报告",
    "湖州市民政局——2022年政府信息公开工作年度报告",
])
def test_words_glued_around_the_titles_name(title):
    assert organ(title + BODY).name == "湖州市民政局"


def test_an_unknown_city_before_a_known_district_stays():
    # 长河市 is no city the gazetteer knows: the name is not cut to 青山区民政局
    assert organ("长河市青山区民政局2021年政府信息公开工作年度报告" + BODY).name == "长河市青山区民政局"


@pytest.mark.parametrize("body, level", [
    ("2022年，我苏木认真落实条例。", "township"),
    ("2022年，我旗认真落实条例，旗政府门户网站公开信息。", "county"),
    ("2022年，我县认真落实条例。", "county"),
    ("2022年，我盟认真落实条例。", "city"),
    ("2022年，我省认真落实条例。", "province"),
    # a bureau says 我县 too: its own word wins
    ("2022年，我局认真落实条例，推动我县教育发展，我县群众满意，在县政府领导下。", "county_dept"),
    ("2022年，我镇认真落实条例，我县我县。", "township"),
])
def test_the_level_a_report_gives_itself(body, level):
    assert organ("一、总体情况\n" + body + "\n").level == level


def test_a_host_governments_line_is_not_a_county_calling_itself_we():
    text = "湖州市人民政府\n首页>政务公开\n一、总体情况\n2022年，我县认真落实条例，我县公开信息。\n"
    o = organ(text)
    assert (o.name, o.level) == (None, "county")
    text = "长兴县人民政府\n首页>政务公开\n一、总体情况\n2022年，我县认真落实条例。\n"
    assert organ(text).name == "长兴县人民政府"


@pytest.mark.parametrize("tail, name", [
    ("\n金山镇人民政府\n2020年1月23日\n", "金山镇人民政府"),
    ("\n    长兴县民政局\n    2023年1月20日", "长兴县民政局"),
    ("\n长兴县民政局\n二〇二三年一月二十日\n", "长兴县民政局"),
])
def test_the_closing_signature_names_the_organ(tail, name):
    text = "三、收到和处理政府信息公开申请情况\n本年度收到申请3件。\n六、其他需要报告的事项\n无。" + tail
    assert organ(text).name == name


def test_a_signature_outweighs_a_host_line():
    text = ("湖州市人民政府\n首页>政务公开\n一、总体情况\n2022年，我局认真落实条例。\n"
            "六、其他需要报告的事项\n无。\n长兴县民政局\n2023年1月20日\n")
    assert organ(text).name == "长兴县民政局"


@pytest.mark.parametrize("name, level", [("长兴县政府办", "county"), ("湖州市人民政府办", "city"),
                                         ("长兴县委办", "county_dept")])
def test_a_governments_office_abbreviated(name, level):
    assert level_of(name) == level


def test_a_host_line_never_ties_with_the_compiling_office():
    # the host city's line and the county office's 编制 sentence: the sentence's name, every run
    text = ("台州市人民政府\n首页 > 政务公开 > 年度报告\n2022年政府信息公开工作年度报告\n"
            "本报告由仙居县人民政府办公室编制。\n一、总体情况\n2022年，本单位认真贯彻落实条例。\n")
    o = organ(text)
    assert (o.name, o.level, o.county) == ("仙居县人民政府", "county", "仙居县")


@pytest.mark.parametrize("opening, want", [
    ("今年以来台州市公安局椒江分局坚持依法公开。", ("台州市公安局椒江分局", "county_dept", "椒江区")),
    ("今年以来台州湾新区管理委员会坚持依法公开。", ("台州湾新区管理委员会", "other", None)),
    ("2022年，台州市公安局交通警察支队坚持依法公开。", ("台州市公安局交通警察支队", "city_dept", None)),
])
def test_an_opening_subject_with_a_branch_or_a_zone(opening, want):
    assert triple("一、总体情况\n" + opening + "\n") == want


@pytest.mark.parametrize("body, county", [
    # the text's own word before the township beats the gazetteer's newer placing
    ("鄞州区横街镇认真贯彻落实条例。", "鄞州区"),
    ("宁波市鄞州区横街镇认真贯彻落实条例。", "鄞州区"),
    ("联系地址：鄞州区横街镇人民路1号，邮编：315000。", "鄞州区"),
    ("2022年，在鄞州区委、鄞州区政府的坚强领导下，我镇扎实推进政务公开。", "鄞州区"),
    ("我镇认真贯彻落实条例。", None),
])
def test_a_townships_county_as_the_text_states_it(body, county):
    o = organ("横街镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert (o.level, o.county) == ("township", county)


@pytest.mark.parametrize("name, level", [
    ("苏州工业园区经济发展委员会", "other"),    # a zone's department
    ("深汕特别合作区管理委员会", "other"), ("天津港保税区财政局", "other"),
    ("千岛湖旅游度假区管委会", "other"),
    ("滨海新区教育局", "county_dept"),           # a real district named 新区
])
def test_zone_words(name, level):
    assert level_of(name) == level


def test_radical_code_points_read_as_the_characters():
    # a page printing Kangxi / supplement radicals for ordinary characters (⼈⺠政府, ⼯作)
    text = "长兴县⼈⺠政府2022年政府信息公开⼯作年度报告" + BODY
    o = organ(text)
    assert (o.level, o.county) == ("county", "长兴县")
    assert o.name == "长兴县⼈⺠政府" and text[o.span[0]:o.span[1]] == o.name  # kept as written


@pytest.mark.parametrize("lead, name", [
    ("现将", "区政府国资局"), ("特发布", "县教育局"), ("现向社会公开", "县教育局"), ("向社会公布", "县教育局"),
    ("编制了", "区教育局"), ("现予公布：", "县教育局"),
])
def test_a_verb_glued_before_a_bare_rank_word(lead, name):
    o = organ(f"{lead}{name}2022年政府信息公开工作年度报告。" + BODY)
    assert o.name == name and o.county is None


def test_a_disclosure_office_keeps_its_name():
    assert organ("长兴县政务公开办公室2022年政府信息公开工作年度报告" + BODY).name == "长兴县政务公开办公室"


@pytest.mark.parametrize("body, name", [
    # departments of the county are no fuller form of its name
    ("2022年，长兴县民政局认真落实条例，长兴县教育局积极推进。", "长兴县"),
    # its government named in a sentence is
    ("2022年，长兴县人民政府认真落实条例。", "长兴县人民政府"),
])
def test_a_title_naming_a_bare_place_is_made_fuller_only_by_its_government(body, name):
    o = organ("长兴县2022年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert (o.name, o.level, o.county) == (name, "county", "长兴县")


def test_a_title_naming_a_township_is_made_fuller_by_the_text():
    o = organ("分水镇2022年政府信息公开工作年度报告\n本报告由桐庐县分水镇人民政府编制。" + BODY)
    assert o.name == "桐庐县分水镇人民政府"


@pytest.mark.parametrize("sentence", ["依托弥勒市人民政府门户网等平台公开信息。", "在弥勒市人民政府网公开信息80条。",
                                      "通过弥勒市人民政府官方网站公开信息80条。"])
def test_organ_named_only_through_its_website(sentence):
    o = organ("一、总体情况\n" + sentence + "\n")
    assert (o.name, o.level, o.county) == ("弥勒市人民政府", "county", "弥勒市")


@pytest.mark.parametrize("text, level", [
    # a link bar naming a province's and a city's governments above a county bureau's report
    ("中国政府网 山西省政府 忻州市政府\n一、总体情况\n2024年，我局在县委、县政府领导下推进公开。\n", "county_dept"),
    # a county-level city's 市政府 is a county's
    ("一、总体情况\n2023年，我局在大冶市委、大冶市政府领导下，通过大冶市政府网站公开信息。\n", "county_dept"),
    ("一、总体情况\n2023年，我局在湖州市委、市政府领导下推进公开。\n", "city_dept"),
    ("一、总体情况\n2023年，我厅在省委、省政府领导下推进公开。\n", "province_dept"),
    # nothing in the body: the host's name is all there is
    ("桐庐县人民政府\n首页>政务公开\n一、总体情况\n2022年，我局认真落实条例。\n", "county_dept"),
])
def test_the_rank_of_a_bureau_calling_itself_we(text, level):
    assert organ(text).level == level


@pytest.mark.parametrize("text, want", [
    # a sentence about the county's government in a township's report is no name of it
    ("一、总体情况\n2022年，桐庐县人民政府对我镇政务公开工作进行考核，我镇认真整改。\n", (None, "township")),
    # … but the compiling office's sentence is, whatever the report calls itself
    ("本报告由分水镇人民政府编制。\n一、总体情况\n2022年，桐庐县人民政府对我镇进行考核。\n",
     ("分水镇人民政府", "township")),
    # a zone's committee calls itself 我委
    ("一、总体情况\n2022年，从化经济开发区管理委员会坚持依法公开，我委主动公开信息。\n",
     ("从化经济开发区管理委员会", "other")),
])
def test_a_sentence_about_another_kind_of_body(text, want):
    o = organ(text)
    assert (o.name, o.level) == want


def test_a_site_header_is_no_fuller_form_of_the_title():
    text = "乌鲁木齐国家高新区(新市区)\n政府信息公开\n2022年高新区(新市区)政府信息公开工作年度报告" + BODY
    assert organ(text).name == "高新区(新市区)"


def test_a_name_line_at_the_end_is_a_fuller_form_of_the_title():
    text = ("桂花坪街道2020年政府信息公开工作年度报告" + BODY + "六、其他需要报告的事项\n无。\n"
            "长沙市天心区桂花坪街道办事处\n")
    assert organ(text).name == "长沙市天心区桂花坪街道办事处"


@pytest.mark.parametrize("name", ["从化经济开发区管理委员会", "临港经济开发区管委会"])
def test_a_zone_named_with_a_countys_short_name_keeps_it(name):
    # 开发区 is a township row of many counties in the gazetteer: no place to cut the name at
    assert organ(name + "2022年政府信息公开工作年度报告" + BODY).name == name


def test_a_county_level_city_is_no_zone():
    from extractor import gazetteer
    from extractor.places import is_zone
    (p,) = gazetteer.places_named("临海市")
    assert not is_zone(p)
    assert any(is_zone(q) for q in gazetteer.places_named("苏州工业园区"))
    o = organ("金华市公安局义乌分局2022年政府信息公开工作年度报告" + BODY)
    assert (o.level, o.county) == ("county_dept", "义乌市")


@pytest.mark.parametrize("body, county", [
    ("全年在仙居县人民政府门户网站公开信息120条。", "仙居县"),       # its portal
    ("按照《仙居县2022年政务公开工作要点》，我镇推进公开。", "仙居县"),  # its county's plan
    ("我镇认真落实，城区道路改造信息及时公开。", None),               # 城区 is a word too
])
def test_a_townships_county_named_anywhere_once(body, county):
    o = organ("白塔镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert o.county == county


@pytest.mark.parametrize("title, name", [
    ("湖州市自然资源\n和规划局2022年政府信息公开工作年度报告", "湖州市自然资源和规划局"),   # broken mid-name
    ("湖州市自然资源和\n规划局\n2022年政府信息公开工作年度报告", "湖州市自然资源和规划局"),
    ("湖州市人民政府\n办公室2022年政府信息公开工作年度报告", "湖州市人民政府办公室"),     # a government's office
    ("长兴县人民政府\n办公室\n2022年政府信息公开工作年度报告", "长兴县人民政府办公室"),
    ("长兴县 林城镇\n2022年政府信息公开工作年度报告", "长兴县林城镇"),                 # a space after the place
])
def test_a_title_name_broken_over_lines(title, name):
    assert organ(title + BODY).name == name


@pytest.mark.parametrize("text", [
    "长兴县民政局编制了本报告。" + BODY,
    "本报告由长兴县民政局办公室会同各科室编制。" + BODY,
    "长兴县民政局根据条例要求编制本报告。" + BODY,
    "本年度报告由长兴县民政局依据条例编制。" + BODY,
    "一、总体情况\n我局认真贯彻条例。\n联系方式：长兴县民政局办公室，电话：0572-6000000。\n",
    "一、总体情况\n我局认真贯彻条例。\n咨询单位：长兴县民政局，电话0572-6000000。\n",
])
def test_the_compiling_or_contact_sentence_by_grammar(text):
    assert organ(text).name == "长兴县民政局"


@pytest.mark.parametrize("text", [
    # 由于 (because) is no 由 (by); a bare type word (街道) is no name
    "五、存在的主要问题\n由于长兴县民政局人员变动，工作有待加强。\n一、总体情况\n我局认真落实。\n",
    "一、总体情况\n协调工作由街道政府信息公开领导小组负责。\n",
])
def test_no_compiler_from_because_or_a_type_word(text):
    assert organ(text).name is None


@pytest.mark.parametrize("name, county", [
    ("溪金市和宜乡人民政府", "溪金市"),    # a 市 the gazetteer does not know, right above a township
    ("东莞市虎门镇人民政府", None),        # a prefecture city with towns of its own
    ("桐城市孔城镇人民政府", "桐城市"),    # a county-level city the gazetteer knows
])
def test_a_township_right_under_a_city(name, county):
    assert organ(name + "2022年政府信息公开工作年度报告" + BODY).county == county


@pytest.mark.parametrize("body, county", [
    ("报告全文可在岭长区人民政府门户网站下载。", "岭长区"),       # a district the gazetteer lacks
    ("在岭长区委、区政府领导下，我街道推进公开。", "岭长区"),
    ("报告全文可在本区人民政府门户网站下载。", None),
    ("在高新区党工委领导下，我街道推进公开。", None),            # a zone is no county
])
def test_a_subdistricts_county_the_gazetteer_lacks(body, county):
    o = organ("安广龙街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert o.county == county


# ---------------------------------------------------------------- session 6: the blind sets' organ families
@pytest.mark.parametrize("title, want", [
    # the organ type on the year's line, 信息 / 公开 broken over the next
    ("长兴县林城镇\n人民政府2022年政府信息\n公开工作年度报告", ("长兴县林城镇人民政府", "township", "长兴县")),
    ("宜良县人民政府\n办公室2022年政府信息\n公开工作年度报告", ("宜良县人民政府办公室", "county", "宜良县")),
    ("湖州市吴兴区\n织里镇人民政府2021年度\n政府信息公开工作年度报告", ("湖州市吴兴区织里镇人民政府", "township", "吴兴区")),
    # a space inside the name (a PDF's or a centred title's)
    ("温州市鹿城区五马街 道办事处\n2021年政府信息公开工作年度报告", ("温州市鹿城区五马街道办事处", "subdistrict", "鹿城区")),
    ("嘉兴市秀洲区 王江泾镇人民政府\n2021年政府信息公开工作年度报告", ("嘉兴市秀洲区王江泾镇人民政府", "township", "秀洲区")),
])
def test_a_title_broken_inside_its_words(title, want):
    assert triple(title + BODY) == want


@pytest.mark.parametrize("text, want", [
    # a title naming the township alone, its government named in the text
    ("嘉善县姚庄镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，姚庄镇人民政府坚持依法公开。\n",
     "嘉善县姚庄镇人民政府"),
    ("宁波市海曙区南门街道2023年度政府信息公开工作报告\n一、总体情况\n南门街道办事处高度重视政务公开。\n"
     "联系方式：南门街道办事处党政办公室。\n", "宁波市海曙区南门街道办事处"),
    # …never from a county's government or another township's
    ("嘉善县姚庄镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，嘉善县人民政府部署政务公开。\n",
     "嘉善县姚庄镇"),
    ("嘉善县姚庄镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇学习西塘镇人民政府的做法。\n",
     "嘉善县姚庄镇"),
])
def test_a_townships_title_takes_its_government_word_from_the_text(text, want):
    assert organ(text).name == want


@pytest.mark.parametrize("text, want", [
    # a title with a bare rank word made full by the compiling office's name
    ("区人民政府办公室2023年政府信息公开工作年度报告\n本报告由杭州市西湖区人民政府办公室编制。" + BODY,
     ("杭州市西湖区人民政府办公室", "county", "西湖区")),
    # the compiler after a clause of purpose
    ("婺城区人民政府2022年政府信息公开工作年度报告\n为全面反映2022年度政府信息公开工作情况，金华市婺城区人民政府办公室编制本报告。" + BODY,
     ("金华市婺城区人民政府", "county", "婺城区")),
    ("民政局2022年政府信息公开工作年度报告\n为便于公众了解，长兴县民政局编制本报告。" + BODY,
     ("长兴县民政局", "county_dept", "长兴县")),
])
def test_a_short_title_made_full_by_the_compiler(text, want):
    assert triple(text) == want


@pytest.mark.parametrize("text, want", [
    ("2022年政府信息公开工作年度报告\n根据条例要求，西安高新技术产业开发区管理委员会编制本报告。" + BODY,
     ("西安高新技术产业开发区管理委员会", "other")),
    ("2021年政府信息公开工作年度报告\n本报告由苏州工业园区管理委员会编制。" + BODY, ("苏州工业园区管理委员会", "other")),
])
def test_a_zone_named_after_its_city_compiles_the_report(text, want):
    o = organ(text)
    assert (o.name, o.level) == want and o.county is None


@pytest.mark.parametrize("text, want", [
    # a title that drops its city: the place from its own portal's name
    ("市人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n本报告全文可在“绍兴市人民政府门户网站”查阅。\n",
     ("绍兴市人民政府办公室", "city")),
    ("区政府2023年政府信息公开工作年度报告\n一、总体情况\n全年通过成都市武侯区人民政府网站公开信息120条。\n",
     ("成都市武侯区人民政府", "county")),
    # a portal of another rank (the host city's) or two portals that disagree give no place
    ("区人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n本报告可在杭州市人民政府门户网站查阅。\n",
     ("区人民政府办公室", "county")),
    ("市人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n可在绍兴市人民政府网站和宁波市人民政府网站查阅。\n",
     ("市人民政府办公室", "city")),
])
def test_a_title_without_its_place_takes_its_portals(text, want):
    o = organ(text)
    assert (o.name, o.level) == want


@pytest.mark.parametrize("text", [
    "2022年政府信息公开工作年度报告\n一、总体情况\n我局认真落实。\n如有疑问请与淄博市公安局张店分局(以下简称张店分局)联系。\n",
    "2022年政府信息公开工作年度报告\n本报告由淄博市公安局张店分局（简称张店分局）编制。\n一、总体情况\n",
])
def test_a_short_form_given_after_the_name_is_no_part_of_it(text):
    assert organ(text).name == "淄博市公安局张店分局"


@pytest.mark.parametrize("body", [
    "2022年，林城镇人民政府坚持依法公开，全年通过县政府网站发布信息88条。",
    "2022年，林城镇人民政府依托县政府网站发布信息88条。",
])
def test_a_date_word_or_verb_before_a_bare_rank_is_no_county(body):
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert o.name == "林城镇人民政府" and o.county in (None, "长兴县")


def test_a_verb_before_a_bare_rank_committee_is_no_county():
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n2022年，河包镇严格落实条例，紧紧围绕区委、区政府部署推进公开。\n")
    assert o.county is None


@pytest.mark.parametrize("body, want", [
    # the first sentence of part one, its subject a placed name before an opening's verb
    ("淳安县人民政府高度重视政府信息公开工作，全年主动公开信息300条。", ("淳安县人民政府", "county")),
    ("（一）主动公开\n建德市民政局严格落实条例。", ("建德市民政局", "county_dept")),
    # …never a line's words that are no name before such a verb
    ("政府信息公开工作认真落实条例要求。", (None, None)),
    ("县政府办公室高度重视，我局认真落实。", (None, "county_dept")),
])
def test_organ_as_the_subject_of_part_ones_first_line(body, want):
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n")
    assert (o.name, o.level) == want


@pytest.mark.parametrize("name, level", [
    ("浙江省人民政府国有资产监督管理委员会", "province_dept"),
    ("国务院国有资产监督管理委员会", "national_dept"),
    ("上海市住房和城乡建设管理委员会", "province_dept"),
    ("杭州市钱塘区城市管理局", "county_dept"),     # 城市 is no place
    ("北京市城市管理委员会", "province_dept"),
    ("杭州西湖风景名胜区管理委员会", "other"),      # an area's managing committee stays other
    ("马鞍山市和县人民政府", "county"),            # a two-character county the gazetteer knows
])
def test_commissions_that_regulate_and_words_that_look_like_places(name, level):
    assert level_of(name) == level


@pytest.mark.parametrize("tail", [
    "如有疑问，可联系德清县民政局政策法规科（电话：0572-8000000）。",
    "本报告如有疑问请向德清县民政局咨询，电话0572-8000000。",
    "(联系人：德清县民政局办公室 张某 电话：0572-8000000)",
    "如对本报告有疑问，请与本局办公室联系。\n\n德清县民政局 2023年1月20日",   # signature and date on one line
])
def test_the_organ_named_in_more_contact_shapes(tail):
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局认真落实条例。\n" + tail + "\n")
    assert (o.name, o.level) == ("德清县民政局", "county_dept")


@pytest.mark.parametrize("text", [
    # a contact of another body in a township's report is no fuller name than its own
    "2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇认真落实，主动联系德清县民政局开展救助信息公示。\n"
    "本报告由德清县新市镇人民政府编制。\n",
])
def test_another_body_contacted_is_not_the_organ(text):
    assert organ(text).name == "德清县新市镇人民政府"


# a title with an abbreviated bureau and a bare rank word, spelled out with its place by the
# organ's own website named in its prose (blind metadata set 3's family, after its runs)
@pytest.mark.parametrize("text, name", [
    ("市人社局2020年政府信息公开工作年度报告\n一、总体情况\n全年通过洛阳市人力资源和社会保障局网站主动公开政府信息1762条。",
     "洛阳市人力资源和社会保障局"),
    ("区住建局2022年政府信息公开工作年度报告\n一、总体情况\n我局依托南岗区住房和城乡建设局门户网站公开信息56条。",
     "南岗区住房和城乡建设局"),
    ("县卫健局2023年政府信息公开工作年度报告\n一、总体情况\n本局在宁陵县卫生健康局网站设立政府信息公开专栏。",
     "宁陵县卫生健康局"),
])
def test_an_abbreviated_title_spelled_out_by_its_own_website(text, name):
    assert organ(text).name == name


@pytest.mark.parametrize("text, name", [
    # another level's website (the city bureau's, in a county bureau's report) is no fuller form
    ("县人社局2021年政府信息公开工作年度报告\n一、总体情况\n全年通过洛阳市人力资源和社会保障局网站转载信息12条。",
     "县人社局"),
    # another tail (委员会 for 局) is another body
    ("县卫健局2021年政府信息公开工作年度报告\n一、总体情况\n全年通过宁陵县卫生健康委员会门户网站公开信息120条。",
     "县卫健局"),
])
def test_a_website_of_another_body_does_not_rename_the_title(text, name):
    assert organ(text).name == name


# a report calling itself 我局 with no name: the tier of the government it works under, never a
# rank read out of 政府信息公开 (…省政府信息公开目录系统 names no province government)
@pytest.mark.parametrize("body, level", [
    ("一、总体情况\n我局依托四川省政府信息公开目录管理系统发布信息201条。\n", None),
    ("一、总体情况\n我局通过市政府信息公开平台发布信息35条。\n", None),
    ("一、总体情况\n我局在县政府的统一领导下，依托省政府信息公开目录系统发布信息20条。\n", "county_dept"),
    ("一、总体情况\n我局按照省政府要求，认真做好政务公开工作。\n", "province_dept"),
])
def test_a_bureau_without_a_name_takes_its_tier_from_governments_not_from_the_term(body, level):
    o = organ(body)
    assert o.name is None and o.level == level


# ---------------------------------------------------------------- a zone's type word on its own line
@pytest.mark.parametrize("text, want", [
    # the zone's name on one line, its committee's type word on the next, then the year's line
    ("南昌高新技术产业开发区\n管委会\n2024年政府信息公开工作年度报告" + BODY, "南昌高新技术产业开发区管委会"),
    ("  长沙经济技术开发区\n  管理委员会\n  2022年政府信息公开工作年度报告" + BODY, "长沙经济技术开发区管理委员会"),
    ("重庆两江新区\n管理委员会\n2023年度政府信息公开工作年度报告" + BODY, "重庆两江新区管理委员会"),
])
def test_a_type_word_alone_on_the_title_line_takes_the_name_above(text, want):
    assert organ(text).name == want


@pytest.mark.parametrize("word", ["管理委员会", "管委会", "开发区", "人民政府"])
def test_a_type_word_alone_is_no_name(word):
    assert title_name(f"{word}\n2023年政府信息公开工作年度报告" + BODY)[0] is None


# ---------------------------------------------------------------- a sentence running on after a place
@pytest.mark.parametrize("text, want", [
    # 2022年，某市在自治区和某地区的指导下…: the city's own title stands
    ("阿图什市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，阿图什市在自治区和克孜勒苏柯尔克孜自治州人民政府的领导下，"
     "扎实推进政务公开。\n", ("阿图什市人民政府", "county", "阿图什市")),
    ("德令哈市人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，德令哈市和海西州行政公署共同推进政务公开。\n",
     ("德令哈市人民政府", "county", "德令哈市")),
])
def test_a_sentence_after_a_place_is_no_fuller_name(text, want):
    assert triple(text) == want


@pytest.mark.parametrize("name, want", [
    ("伊宁市在自治区和伊犁州", ["伊宁市"]),
    ("马鞍山市和县人民政府", ["马鞍山市", "和县"]),     # a county the gazetteer knows stays a place
    ("天津市和平区民政局", ["天津市", "和平区"]),
])
def test_places_stop_at_a_preposition(name, want):
    assert places(name) == want


def test_a_bracketed_note_alone_is_no_organ():
    assert level_of("（详见附表）") is None
    assert organ("2023年政府信息公开工作年度报告\n一、总体情况\n（详见附表）\n本年度收到申请3件。\n").name is None


# ---------------------------------------------------------------- the organ only in its column's name
@pytest.mark.parametrize("text, want", [
    ("2023年政府信息公开工作年度报告\n本报告在宾川县宾居镇人民政府信息公开专栏公布。\n一、总体情况\n2023年，我镇认真落实条例。\n",
     ("宾川县宾居镇人民政府", "township", "宾川县")),
    ("2022年政府信息公开工作年度报告\n本报告全文可在祥云县农业农村局政府信息公开栏目查阅。\n一、总体情况\n2022年，我局认真落实条例。\n",
     ("祥云县农业农村局", "county_dept", "祥云县")),
    ("2021年政府信息公开工作年度报告\n本报告在福贡县人民政府政务公开专区发布。\n一、总体情况\n2021年，我县认真落实条例。\n",
     ("福贡县人民政府", "county", "福贡县")),
])
def test_the_organ_named_only_in_its_disclosure_column(text, want):
    assert triple(text) == want


def test_a_host_governments_column_is_not_a_bureaus_name():
    # a bureau's report (我局) published in its county government's column: no name rather than the host's
    text = "2022年政府信息公开工作年度报告\n本报告在祥云县人民政府信息公开专栏公布。\n一、总体情况\n2022年，我局认真落实条例。\n"
    assert organ(text).name is None


# a department's or a centre's section (科, 股) named after it in the contact or compiling
# sentence: the organ is the department or centre (its 办公室 already was)
@pytest.mark.parametrize("body, want", [
    ("如对本报告有疑问，请与遵义市公共资源交易中心综合科联系，电话：0851-28615202。",
     ("遵义市公共资源交易中心", "other")),
    ("如对本报告有疑问，请与遵义市自然资源局法规科联系。", ("遵义市自然资源局", "city_dept")),
    ("如对本报告有疑问，请与湄潭县住房和城乡建设局综合股联系。", ("湄潭县住房和城乡建设局", "county_dept")),
    ("本报告由遵义市生态环境局政策法规科编制。", ("遵义市生态环境局", "city_dept")),
])
def test_a_section_named_after_its_department_stands_for_it(body, want):
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请2件。\n" + body)
    assert (o.name, o.level) == want


def test_a_bureau_whose_name_ends_like_a_section_keeps_it():
    # 科学技术局 is a bureau, not a section 科 of anything
    o = organ("2022年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请2件。\n"
              "如对本报告有疑问，请与遵义市红花岗区科学技术局联系。")
    assert o.name == "遵义市红花岗区科学技术局"


@pytest.mark.parametrize("text, want", [
    # a title naming its place only, its city before it (no organ word): the place is the
    # organ as the title writes it, of the last place's level
    ("巴彦淖尔市乌拉特中旗2022年政府信息公开工作年度报告\n一、总体情况\n2022年，旗人民政府认真贯彻落实。\n",
     ("巴彦淖尔市乌拉特中旗", "county")),
    ("湖州市吴兴区2021年政府信息公开工作年度报告" + BODY, ("湖州市吴兴区", "county")),
    ("黔南州都匀市2023年政府信息公开工作年度报告" + BODY, ("黔南州都匀市", "county")),
])
def test_a_title_of_places_in_a_row(text, want):
    o = organ(text)
    assert (o.name, o.level) == want


def _meta(text):
    from extractor.document import Document
    from extractor.metadata import extract_metadata
    return extract_metadata(Document("t.txt", "txt", text, ""))


@pytest.mark.parametrize("text, want", [
    # a title printing no year: its name; the year is the statistics period's
    ("青石县白河镇人民政府政府信息公开工作年度报告\n本报告统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n",
     ("青石县白河镇人民政府", 2023)),
    ("湖州市吴兴区民政局政务公开工作年度报告\n本报告统计期限为2022年1月1日至12月31日。\n一、总体情况\n",
     ("湖州市吴兴区民政局", 2022)),
    # a letter O for a zero in the title's year (a scan's text, a typist's slip)
    ("青石县白河镇人民政府2O23年政府信息公开工作年度报告\n一、总体情况\n", ("青石县白河镇人民政府", 2023)),
    ("桐庐县分水镇人民政府2o21年度政府信息公开工作年度报告\n一、总体情况\n", ("桐庐县分水镇人民政府", 2021)),
])
def test_a_title_without_its_year_or_with_a_letter_for_a_zero(text, want):
    m = _meta(text)
    assert (m.organ.name, m.year) == want


@pytest.mark.parametrize("text, want", [
    # a page whose spaces went glues its own labels onto the 来源 line's name: the name ends
    # before them, with or without a title naming the organ
    ("政府信息公开工作年度报告\n发布时间：2026-01-20来源：湖南湘江新区管理委员会浏览次数：【字体：大中小】\n一、总体情况\n2025年，新区认真贯彻落实。\n",
     "湖南湘江新区管理委员会"),
    ("湖南湘江新区管理委员会2025年政府信息公开工作年度报告\n发布时间：2026-01-20来源：湖南湘江新区管理委员会浏览次数：【字体：大中小】" + BODY,
     "湖南湘江新区管理委员会"),
    ("年度报告\n来源：青石县白河镇人民政府点击数：128【打印】\n一、总体情况\n2023年，我镇认真贯彻落实。\n", "青石县白河镇人民政府"),
])
def test_a_page_label_glued_after_the_source_name(text, want):
    assert organ(text).name == want


@pytest.mark.parametrize("text, want", [
    # a report naming itself only by a bare rank word (县政府坚持…), its own portal named in quotes
    # or plainly: the portal's government
    ("2019年政府信息公开工作年度报告\n本报告电子版可在“彭水苗族土家族自治县人民政府网”（www.psx.gov.cn）查阅。"
     "\n一、总体情况\n2019年，县政府坚持把政务公开作为重要抓手。\n", ("彭水苗族土家族自治县人民政府", "county", "彭水苗族土家族自治县")),
    ("2021年政府信息公开工作年度报告\n本报告可在永康市人民政府门户网站查阅。\n一、总体情况\n2021年，市政府认真落实条例。\n",
     ("永康市人民政府", "county", "永康市")),
    # …a title of a bare rank's office takes the portal's word for its government
    ("区政府办公室2021年政府信息公开工作年度报告\n本报告可在杭州市西湖区人民政府门户网站查阅。\n一、总体情况\n2021年，区政府办公室认真落实条例。\n",
     ("杭州市西湖区人民政府办公室", "county", "西湖区")),
    # …never a portal of another rank (a county report on its city's portal)
    ("2021年政府信息公开工作年度报告\n本报告可在金华市人民政府门户网站查阅。\n一、总体情况\n2021年，县政府认真落实条例。\n",
     ("县政府", "county", None)),
])
def test_a_bare_rank_made_a_place_by_the_reports_own_portal(text, want):
    assert triple(text) == want


@pytest.mark.parametrize("name, want", [
    # a zone named after its place's short name: that place's city and province (a county's short
    # name: its city), a province's short name perhaps first; a zone is in no one county
    ("广东从化经济开发区管理委员会", ("广东省", "广州市", None)),
    ("芜湖经济技术开发区管理委员会", ("安徽省", "芜湖市", None)),
    ("宁夏银川经济技术开发区管理委员会", ("宁夏回族自治区", "银川市", None)),
    ("淄博高新技术产业开发区管理委员会", ("山东省", "淄博市", None)),
    # …none where the short name is no place, or several places' (朝阳: 北京 and 辽宁 and 吉林 …)
    ("湖南湘江新区管理委员会", ("湖南省", None, None)),
    ("朝阳经济开发区管理委员会", (None, None, None)),
])
def test_a_zone_named_after_its_place_lies_in_it(name, want):
    o = organ(name + "2023年政府信息公开工作年度报告" + BODY)
    assert (o.level, (o.province, o.city, o.county)) == ("other", want)


@pytest.mark.parametrize("short, full", [
    ("察右前旗", "察哈尔右翼前旗"), ("科右中旗", "科尔沁右翼中旗"), ("达茂旗", "达尔罕茂明安联合旗"),
    ("土右旗", "土默特右旗"), ("东乌旗", "东乌珠穆沁旗"), ("莫旗", "莫力达瓦达斡尔族自治旗"),
    ("扎旗", None),    # 扎鲁特旗 and 扎赉特旗: several, none
    ("达旗", None),    # 达拉特旗 and 达尔罕茂明安联合旗
    ("乌审旗", None),  # a banner's own name: no short form
    ("红旗", None),
])
def test_a_banner_short_form_by_its_characters_in_order(short, full):
    from extractor import gazetteer
    if not gazetteer.available():
        pytest.skip("no gazetteer")
    assert gazetteer.full_form(short) == full


def test_a_banner_short_form_in_the_title_and_its_full_name_in_the_bianzhi_sentence():
    text = ("察右前旗教育局2021年政府信息公开工作年度报告\n根据条例规定，乌兰察布市察哈尔右翼前旗教育局编制本报告。\n"
            "一、总体情况\n全年共收到政府信息公开申请0件。\n")
    o = organ(text)
    assert (o.name, o.level, o.county) == ("乌兰察布市察哈尔右翼前旗教育局", "county_dept", "察哈尔右翼前旗")
