"""The organ by grammar and the gazetteer, on sentences written for these tests (real place
names, made-up reports)."""
from __future__ import annotations

import pytest

from extractor import gazetteer
from extractor.document import Document
from extractor.metadata import extract_metadata, level_of
from extractor.organ import simplify, title_name


def meta(text):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256=""))


# ---------------------------------------------------------------- gazetteer
@pytest.mark.parametrize("name, rank", [
    ("浙江省", "province"), ("杭州市", "city"), ("建德市", "county"),  # a county-level city
    ("桐庐县", "county"), ("临安区", "county"), ("北京市", "province"),
    ("阿拉善盟", "city"), ("额济纳旗", "county"), ("青石镇不存在", None),
    ("儋州市", "city"), ("哈密市", "city"),  # prefecture-level today
])
def test_gazetteer_rank(name, rank):
    assert gazetteer.rank(name) == rank


def test_gazetteer_parents_and_short_names():
    (p,) = [p for p in gazetteer.places_named("建德市")]
    assert (p.parents, p.city, p.short) == (("浙江省", "杭州市"), "杭州市", "建德")
    assert any(p.name == "余杭区" for p in gazetteer.places_short("余杭"))
    towns = [p for p in gazetteer.places_named("分水镇") if p.county == "桐庐县"]
    assert towns and towns[0].rank == "township"


def test_pick_by_the_places_the_text_names():
    both = gazetteer.places_named("朝阳区")
    assert len(both) >= 2
    assert gazetteer.pick(both, "长春市朝阳区人民政府，吉林省长春市").city == "长春市"
    assert gazetteer.pick(both, "没有别的地名") is None


# ---------------------------------------------------------------- levels
@pytest.mark.parametrize("name, level", [
    ("建德市教育局", "county_dept"),           # county-level 市 by the gazetteer
    ("湖州市教育局", "city_dept"),
    ("额济纳旗人民政府", "county"),
    ("阿拉善盟行政公署", "city"),              # a 盟's government
    ("国家统计局", "national_dept"),
    ("自然资源部", "national_dept"), ("桐庐县委宣传部", "county_dept"),
    ("中华人民共和国", None),                  # a state is no organ
    ("国家税务总局杭州市税务局", "city_dept"),  # vertically managed, a city's bureau
    ("浦东新区教育局", "county_dept"),          # a real district named 新区
    ("青溪新区管理委员会", "other"),
    ("某市公共资源交易中心", "other"),
    ("苏州工业园区综合实验区管委会", "other"),
    ("湖州市公安局吴兴分局", "county_dept"),    # a city bureau's branch named after a county
    ("杭州市公安局高新区分局", "other"),        # a zone's branch
    ("临安区人民政府机关", "county"),
    ("麟游縣人民政府", "county"),              # traditional characters, matched simplified
    ("阿里地区行政公署", "city"), ("阿里地区财政局", "city_dept"),  # 地区
    ("兴安盟教育局", "city_dept"), ("科尔沁右翼前旗人民政府", "county"),  # 盟, 旗
    ("神农架林区人民政府", "county"),
    ("桐庐县气象局", "county_dept"),            # a vertically managed bureau of its county
    ("偃师市教育局", "county_dept"),            # a former county-level city (lexicons/regions.tsv)
    ("儋州市教育局", "city_dept"),
    # a national administration named short, without 国家: 署, 总署, 总局 (national only with no
    # place, as 部); a word opening with 市 that is no bare rank (市场) names no city
    ("审计署", "national_dept"), ("海关总署", "national_dept"), ("国家知识产权局", "national_dept"),
    ("市场监管总局", "national_dept"), ("广电总局", "national_dept"),
    ("湖南省地质总局", "province_dept"),
    # a customs house: a unit of the national customs, districted by ports, no tier's department
    ("广州海关隶属黄埔海关", "other"), ("满洲里海关", "other"), ("中华人民共和国拱北海关", "other"),
    ("市场监督管理局", None), ("区域协调发展中心", None),
    ("市市场监督管理局", "city_dept"), ("县市场监督管理局", "county_dept"),
    # places in a row, no organ word: the last place's rank (a title naming its county-level
    # 旗 or district with its city before it)
    ("巴彦淖尔市乌拉特中旗", "county"), ("湖州市吴兴区", "county"), ("浙江省杭州市", "city"),
    # 行署, a 地区's government written short: the government, never a national 署
    ("阿克苏地区行署", "city"), ("和田地区行署办公室", "city"), ("行署", None),
])
def test_level(name, level):
    assert level_of(name) == level


def test_branch_gets_its_county():
    o = meta("湖州市公安局吴兴分局2022年政府信息公开工作年度报告\n一、总体情况\n").organ
    assert (o.level, o.county) == ("county_dept", "吴兴区")


def test_county_level_city_bureau_is_in_that_county():
    o = meta("建德市林业局2021年政府信息公开工作年度报告\n一、总体情况\n").organ
    assert (o.level, o.county, o.city) == ("county_dept", "建德市", None)


# ---------------------------------------------------------------- organ names
@pytest.mark.parametrize("text, name", [
    # a title split over two lines
    ("桐庐县人民政府机关\n2021年政府信息公开工作年度报告\n本报告依据条例编制。\n一、总体情况\n", "桐庐县人民政府机关"),
    # 2022度 (年 dropped)
    ("2022度分水镇政府信息公开工作年度报告\n一、总体情况\n我镇认真落实。\n", "分水镇"),
    # only in the 编制 sentence, the compiling office's inner units dropped
    ("本报告由桐庐县分水镇人民政府党政办公室综合科编制。\n一、总体情况\n", "桐庐县分水镇人民政府"),
    # only in the opening sentence of 一、总体情况
    ("根据条例编制本报告。\n一、总体情况\n2023年，国家统计局坚持依法公开。\n", "国家统计局"),
    # only through the website it reports on, and nothing says otherwise
    ("一、总体情况\n全年在建德市人民政府门户网站公开信息80条。\n", "建德市人民政府"),
])
def test_organ_name_from_one_source(text, name):
    assert meta(text).organ.name == name


@pytest.mark.parametrize("text, name, year", [
    ("桐庐县林业局关于2022年度政府信息公开工作年度报告\n一、总体情况\n", "桐庐县林业局", 2022),
    ("桐庐县林业局政府信息公开工作2021年度报告\n一、总体情况\n", "桐庐县林业局", 2021),
    ("桐庐县林业局2023年政务公开工作年度报告\n一、总体情况\n", "桐庐县林业局", 2023),
    ("桐庐县人民政府办公室关于印发桐庐县2022年政府信息公开工作年度报告的通知\n", "桐庐县", 2022),
    # a department that names no place in its own title is still named (level unknown)
    ("商务局2023年政府信息公开工作年度报告\n一、总体情况\n", "商务局", 2023),
])
def test_title_shapes(text, name, year):
    assert title_name(text)[:2] == (name, year)


def test_a_plan_cited_in_the_preamble_is_no_title():
    assert title_name("按照《桐庐县2022年政务公开工作要点》要求编制。\n一、总体情况\n")[0] is None


def test_a_notice_of_another_body_is_not_the_organ():
    text = ("2019年政府信息公开工作年度报告\n按照《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作"
            "年度报告有关事项的通知》要求，结合我局实际编制。\n一、总体情况\n")
    assert meta(text).organ.name is None


def test_the_publishing_body_of_a_portal_page():
    text = ("信息名称：2022年政府信息公开工作年度报告\n发布机构：桐庐县林业局\n成文日期：2023-01-20\n"
            "一、总体情况\n")
    o = meta(text).organ
    assert (o.name, o.level) == ("桐庐县林业局", "county_dept")


def test_sumu_is_a_township():
    assert level_of("额济纳旗马鬃山苏木") == "township"


@pytest.mark.parametrize("opening", [
    "2022年以来，桐庐县林业局高度重视政务公开工作。",
    "本年度，桐庐县林业局聚焦群众关切，扎实推进公开。",
    "今年以来，桐庐县林业局在县委县政府领导下，推进政务公开。",
])
def test_organ_named_only_in_the_opening_sentence(opening):
    assert meta("根据条例编制本报告。\n一、总体情况\n" + opening + "\n").organ.name == "桐庐县林业局"


def test_website_owner_is_not_a_bureau_that_calls_itself_so():
    m = meta("一、总体情况\n我局在建德市人民政府门户网站公开信息80条，我局局长分管。\n")
    assert m.organ.name is None and m.organ.level.endswith("_dept")


def test_verb_glued_before_a_bare_rank_word():
    text = ("余杭区农业农村局\n根据条例规定，现公布区政府农业农村局2022年政府信息公开工作年度报告。\n"
            "一、总体情况\n2022年，区政府农业农村局主动公开信息30条。\n")
    o = meta(text).organ
    assert o.name == "余杭区农业农村局"
    assert (o.level, o.county) == ("county_dept", "余杭区")


def test_no_place_is_made_of_a_verb():
    text = "现公布区政府农业农村局2022年政府信息公开工作年度报告。\n一、总体情况\n"
    o = meta(text).organ
    assert o.name == "区政府农业农村局" and o.county is None


def test_title_dropping_its_city_keeps_no_date_words():
    text = "2025年度\n市人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
    name, year, _ = title_name(text)
    assert (name, year) == ("市人民政府办公室", 2025)
    assert not meta(text).organ.name.startswith("年")


def test_words_before_a_known_place_are_no_part_of_the_name():
    text = "2021年湖州市政府信息公开工作年度报告\n一、总体情况\n全年湖州市人民政府网站发布信息9条。\n"
    assert meta(text).organ.name == "湖州市"


@pytest.mark.parametrize("name", ["鹤云县人力资源和社会保障局", "东云县人民政府", "新鹤庆县财政局"])
def test_an_unknown_place_is_never_cut_to_a_known_one_inside_it(name):
    # 鹤云县 is no county the gazetteer knows, 云县 is: the name stays whole (a guess would cut it)
    text = f"{name}2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件。\n"
    assert meta(text).organ.name == name


def test_a_report_cited_in_the_body_is_not_the_title():
    text = ("根据条例编制本报告。\n一、总体情况\n2022年，国家统计局坚持依法公开。"
            "公开发布《国家统计局2021年政府信息公开工作年度报告》。\n")
    m = meta(text)
    assert m.year == 2022 and m.organ.name == "国家统计局" and m.organ.level == "national_dept"


def test_page_chrome_above_the_report_does_not_win():
    text = ("中华人民共和国教育部\n首页 > 信息公开\n"
            "本报告由分水镇人民政府编制。如有疑问请与分水镇人民政府联系。\n一、总体情况\n我镇认真落实。\n")
    assert meta(text).organ.name == "分水镇人民政府"


@pytest.mark.parametrize("text", [
    # a ministry's link bar above a township's report
    "中华人民共和国教育部\n国家发展和改革委员会\n首页>政务公开\n一、总体情况\n2022年，我镇认真落实条例。\n",
    # the host site's name on a line of its own above a bureau's report
    "桐庐县人民政府\n首页>政务公开>年度报告\n一、总体情况\n2022年，我局认真落实条例。\n",
])
def test_chrome_naming_another_kind_of_body_is_not_the_organ(text):
    o = meta(text).organ
    assert o.name is None and o.level in ("township", "county_dept", "city_dept")


def test_a_lone_line_agreeing_with_the_report_is_the_organ():
    text = "分水镇人民政府\n首页>政务公开\n一、总体情况\n2022年，我镇认真落实条例。\n"
    assert meta(text).organ.name == "分水镇人民政府"


def test_traditional_characters_are_kept_as_written():
    text = "麟游縣教育和體育局2021年政府信息公開工作年度報告\n一、總體情況\n"
    o = meta(text).organ
    assert o.name == "麟游縣教育和體育局" and o.level == "county_dept"
    assert simplify(o.name) == "麟游县教育和体育局"
    assert text[o.span[0]:o.span[1]] == o.name


# ---------------------------------------------------------------- counties of townships
@pytest.mark.parametrize("text, county", [
    # named only by itself: the gazetteer's only 分水镇 of that name in the text's province
    ("分水镇2021年政府信息公开工作年度报告\n一、总体情况\n杭州市桐庐县分水镇认真落实。\n", "桐庐县"),
    # a subdistrict whose county the text names elsewhere
    ("东大街街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n在文峰区委、区政府领导下。\n", "文峰区"),
])
def test_township_county(text, county):
    assert meta(text).organ.county == county


def test_a_township_whose_county_the_text_never_names_has_none():
    # the gazetteer knows where 分水镇 is, but the report does not say: no county
    assert meta("分水镇2021年政府信息公开工作年度报告\n一、总体情况\n我镇认真落实。\n").organ.county is None
    # … the county's short name in the text is enough (桐庐 for 桐庐县)
    assert meta("分水镇2021年政府信息公开工作年度报告\n一、总体情况\n在桐庐县委领导下，我镇认真落实。\n"
                ).organ.county == "桐庐县"


@pytest.mark.parametrize("text, want", [
    # a place whose name begins with a character that often stands before names (和, 从, 将)
    ("和县人民政府\n2021年政府信息公开工作年度报告\n一、总体情况\n", ("和县人民政府", "county", "和县")),
    ("根据条例编制本报告。\n一、总体情况\n2021年，和顺县审计局高度重视政务公开工作。\n",
     ("和顺县审计局", "county_dept", "和顺县")),
    ("根据条例编制本报告。\n一、总体情况\n2023年，本溪市审计局高度重视政务公开工作。\n",
     ("本溪市审计局", "city_dept", None)),
    # … or with a date word (月望乡 after 2021年)
    ("2021年月望乡人民政府政府信息公开工作年度报告\n一、总体情况\n", ("月望乡人民政府", "township", None)),
    # a township whose name holds a place-like character (越州镇 is no 越州 + 镇)
    ("越州镇人民政府关于2022年度政府信息公开工作年度报告\n一、总体情况\n在麒麟区委、麒麟区政府领导下。\n",
     ("越州镇人民政府", "township", "麒麟区")),
    # a long autonomous county's name, and its township
    ("前郭尔罗斯蒙古族自治县审计局\n2021年政府信息公开工作年度报告\n一、总体情况\n",
     ("前郭尔罗斯蒙古族自治县审计局", "county_dept", "前郭尔罗斯蒙古族自治县")),
    ("瓦恰乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n在塔什库尔干塔吉克自治县委领导下。\n",
     ("瓦恰乡人民政府", "township", "塔什库尔干塔吉克自治县")),
    # the township's own name is no mention of its county (麦积镇 / 麦积区)
    ("麦积镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n", ("麦积镇人民政府", "township", None)),
    # named only by the office that compiled the report
    ("2020年度政府信息公开工作年度报告\n本报告由白界镇人民政府办公室编制。\n一、总体情况\n在横山区委领导下。\n",
     ("白界镇人民政府", "township", "横山区")),
])
def test_names_the_gazetteer_keeps_whole(text, want):
    o = meta(text).organ
    assert (o.name, o.level, o.county) == want


def test_spans_of_metadata():
    text = ("桐庐县分水镇2021年政府信息公开工作年度报告\n本报告统计期限为2021年1月1日至12月31日。"
            "如有疑问请与桐庐县分水镇人民政府联系（地址：桐庐县分水镇大街1号 联系电话：0571—6400000）。\n")
    m = meta(text)
    assert text[m.year_span[0]:m.year_span[1]] == "2021"
    o = m.organ
    assert text[o.span[0]:o.span[1]] == o.name
    c = m.contact
    assert c.address == "桐庐县分水镇大街1号" and c.phones == ["0571-6400000"]
    assert text[slice(*c.spans["phones.0"])] == "0571—6400000"   # the span: the phone as printed
    for key, (s, e) in c.spans.items():
        field, *k = key.split(".")
        value = getattr(c, field)
        assert text[s:e].replace("—", "-") == (value[int(k[0])] if k else value)
