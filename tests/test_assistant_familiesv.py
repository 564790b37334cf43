"""The varied store's families of the assistant's own misses (bench/questions/blindv1.md), each
in several shapes, on a store of our own (written reports; real place names where the gazetteer
decides, invented ones elsewhere):

1. a province's spoken short form (内蒙) is the province;
2. 部委 / 国家部委 / 国家级单位 are the national departments; 省政府办公厅 is the province level;
3. a kind of organ that is also one organ's short form (管委会, 公安分局) is the kind: every organ
   whose name holds it (…管理委员会, …公安局南坪分局); 交易中心, 行署, 人民银行 are kinds too;
4. a vertically managed body's local office (国家税务总局…税务局) is found without its national head;
5. a place kind said with 政府 (旗政府, 苏木人民政府) is those places' governments only; joined to
   its own level (乡镇和苏木) it is that level;
6. a place's bare name that jieba takes for a common word (遵义 v, 平遥 a), or a prefecture's
   without 地区 / 盟 (大兴安岭, 阿拉善), is the gazetteer's place;
7. 归哪个部门管 asks the office in charge;
8. near names that must ask: a township with the other tail (永兴乡 for 永兴镇), a zone typed after
   a city whose zone the store does not hold (绵阳高新区管委会);
9. a county of several places (鼓楼区: 南京's and 福州's) asked bare is asked back; said after its
   city (南京鼓楼区) it is that city's only;
10. 哪个是省一级的 after a list narrows that list.
"""
from __future__ import annotations

import pytest

from assistant import ask
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, converse, first_line, placed, t3, t4, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")


def _rec(name, short, level, year, figures=None, province=None, city=None, county=None, facts=(),
         phones=()):
    r = placed(name, short, level, year, figures or {}, province=province, city=city, county=county)
    r["contact"]["phones"] = list(phones)
    for kind, text, value in facts:
        start = len(r["text"])
        r["text"] += text + "\n"
        r["facts"].append({"kind": kind, "text": text, "value": value, "span": [start, start + len(text)]})
    r["source"]["chars"] = len(r["text"])
    return r


def corpus() -> list[dict]:
    return [
        # 内蒙古: banners, their governments, a town and a sumu
        _rec("扎赉特旗人民政府", "扎赉特旗", "county", 2022, {**t3(12)}, county="扎赉特旗"),
        _rec("正镶白旗人民政府", "正镶白旗", "county", 2023, {**t3(7)}, county="正镶白旗"),
        _rec("扎赉特旗音德尔镇人民政府", "音德尔镇", "township", 2022, {**t3(3)}, county="扎赉特旗"),
        _rec("正镶白旗伊和淖尔苏木人民政府", "伊和淖尔苏木", "township", 2023, {**T3_ZERO}, county="正镶白旗"),
        _rec("正镶白旗教育局", "教育局", "county_dept", 2023, {**t3(1)}, county="正镶白旗"),
        _rec("内蒙古自治区气象局", "气象局", "province_dept", 2021, {**t3(2)}, province="内蒙古自治区"),
        # elsewhere: a 旗 that is no banner (红旗镇), a county government
        _rec("临朐县红旗镇人民政府", "红旗镇", "township", 2022, {**t3(4)}, county="临朐县"),
        _rec("临朐县人民政府", "临朐县", "county", 2022, {**t3(30)}, county="临朐县"),
        _rec("临朐县气象局", "气象局", "county_dept", 2021, {**t3(0)}, county="临朐县"),
        # national departments
        _rec("水利部", "水利部", "national_dept", 2022, {**t3(300), **t4(review=3, direct=2)}),
        _rec("国家医疗保障局", "国家医疗保障局", "national_dept", 2023, {**t3(90), **t4(review=5, after=1)}),
        _rec("山东省人民政府办公厅", "山东省人民政府办公厅", "province", 2022, {**t3(60), **t4(review=4, direct=6)},
             province="山东省"),
        _rec("四川省人民政府", "四川省", "province", 2021, {**t3(80), **t4(review=2, direct=3)}, province="四川省"),
        # zone committees: one stored under the short form 管委会
        _rec("绵阳经济技术开发区管理委员会", "绵阳经开区管委会", "other", 2022, {**t3(40)},
             facts=[("responsible_office", "党政办公室负责政务公开工作", "党政办公室")]),
        _rec("东湖新区管委会", "管委会", "other", 2021, {**t3(9)}),
        _rec("西岭保税区管理委员会", "西岭保税区管理委员会", "other", 2023, {**t3(55)}),
        # a zone stored as a county (another city's 高新区)
        _rec("高新区(新市区)", "高新区(新市区)", "county", 2022, {**t3(13)}, county="高新区(新市区)"),
        # police branches
        _rec("临沂市公安局兰山分局", "公安局兰山分局", "county_dept", 2022, {**t3(21)}, city="临沂市", county="兰山区"),
        _rec("滨江区公安分局", "公安分局", "county_dept", 2022, {**t3(4)}, county="滨江区"),
        _rec("临沂市公安局", "公安局", "city_dept", 2022, {**t3(50)}, city="临沂市"),
        # trading centres
        _rec("遵义市公共资源交易中心", "公共资源交易中心", "other", 2022,
             {**t3(3), "n.active_published": 800}, city="遵义市"),
        _rec("绵阳市公共资源交易中心", "公共资源交易中心", "other", 2023,
             {**T3_ZERO, "n.active_published": 1200}, city="绵阳市"),
        # vertically managed local offices
        _rec("国家税务总局临朐县税务局", "临朐县税务局", "county_dept", 2022, {**t3(6)}, city="潍坊市", county="临朐县"),
        _rec("国家税务总局正安县税务局", "正安县税务局", "county_dept", 2023, {**t3(2)}, county="正安县"),
        # a prefecture's administrative office
        _rec("阿里地区行政公署办公室", "阿里地区行署办", "city", 2023, {**t3(8)}, city="阿里地区",
             facts=[]),
        # a prefecture (地区, 盟) by its bare name
        _rec("大兴安岭地区行政公署办公室", "大兴安岭地区行署办", "city", 2022, {**t3(5)}, city="大兴安岭地区",
             phones=["0457-2123456"]),
        _rec("阿拉善盟教育局", "教育局", "city_dept", 2022, {**t3(3)}, city="阿拉善盟"),
        # 遵义 / 平遥: bare names jieba takes for common words
        _rec("正安县人民政府", "正安县", "county", 2023, {**t3(16)}, county="正安县"),
        _rec("平遥县教育局", "教育局", "county_dept", 2021, {**t3(5)}, county="平遥县"),
        # a town the question may type with the other tail
        _rec("正安县安场镇人民政府", "安场镇", "township", 2022, {**t3(1)}, county="正安县"),
        _rec("临朐县柳山乡人民政府", "柳山乡", "township", 2021, {**t3(2)}, county="临朐县"),
        # 鼓楼区: Nanjing's and Fuzhou's
        _rec("南京市鼓楼区民政局", "民政局", "county_dept", 2022, {**t3(11)}, city="南京市", county="鼓楼区"),
        _rec("福州市鼓楼区教育局", "教育局", "county_dept", 2022, {**t3(6)}, city="福州市", county="鼓楼区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("familiesv") / "varied.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


def _asks(a, *labels):
    assert not a.reports and a.value is None and a.options, a.text
    got = " ".join(o["label"] for o in a.options)
    for w in labels:
        assert w in got, got


INNER = {"扎赉特旗人民政府", "正镶白旗人民政府", "扎赉特旗音德尔镇人民政府", "正镶白旗伊和淖尔苏木人民政府",
         "正镶白旗教育局", "内蒙古自治区气象局", "阿拉善盟教育局"}


# -- 1. a province's spoken short form ----------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("内蒙的报告都有哪些", INNER),
    ("内蒙有哪些年报", INNER),
    ("内蒙的乡镇有哪些报告", {"扎赉特旗音德尔镇人民政府", "正镶白旗伊和淖尔苏木人民政府"}),
])
def test_a_spoken_province_name_is_the_province(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "内蒙古自治区" in first_line(a) and "未用到" not in first_line(a)


def test_a_spoken_province_name_counts_its_zero_requests(db):
    a = ask(db, "内蒙哪些单位零申请")
    assert _names(a) == {"正镶白旗伊和淖尔苏木人民政府"}, a.text


# -- 2. national departments; a provincial government's office -----------------------------------
@pytest.mark.parametrize("q", ["部委的报告一共几份", "国家部委有几份报告", "中央部委的年报有几份",
                               "国家级单位的报告有几份"])
def test_ministries_are_the_national_departments(db, q):
    a = ask(db, q)
    assert a.plan.levels == ("national_dept",) and a.value == 2, a.text


@pytest.mark.parametrize("q,value", [("国家部委被起诉的案子加起来多少件", 3),
                                     ("部委的行政复议一共多少件", 8),
                                     ("国家级单位里行政复议最多的是哪个", 5)])
def test_ministries_figures(db, q, value):
    a = ask(db, q)
    assert a.plan.levels == ("national_dept",) and a.value == value, a.text


@pytest.mark.parametrize("q", ["省政府办公厅的行政复议加起来多少", "省人民政府办公厅的行政复议一共多少件"])
def test_the_provincial_government_office_is_the_province_level(db, q):
    a = ask(db, q)
    assert a.plan.levels == ("province",) and a.value == 6, a.text
    assert not a.options


# -- 3. an organ kind that is also one organ's short form ----------------------------------------
@pytest.mark.parametrize("q,value,name", [
    ("管委会里收到申请最多的是哪个", 55, "西岭保税区管理委员会"),
    ("管委会收到申请最多的是哪家", 55, "西岭保税区管理委员会"),
    ("公安分局哪个收到的申请最多", 21, "临沂市公安局兰山分局"),
    ("交易中心里主动公开条数最多的是哪家", 1200, "绵阳市公共资源交易中心"),
])
def test_a_kind_is_every_organ_of_it(db, q, value, name):
    a = ask(db, q)
    assert a.value == value and name in a.text, a.text


@pytest.mark.parametrize("turns,value", [
    (("管委会的报告有几份",), 3),
    (("管委会的报告有几份", "2023年的呢"), 1),
    (("公安分局的报告有几份",), 2),
    (("公共资源交易中心有几份报告",), 2),
])
def test_a_kind_counted(db, turns, value):
    a = converse(db, *turns)
    assert a.value == value, a.text


def test_a_police_branch_kind_leaves_the_city_bureau_out(db):
    a = ask(db, "公安分局的报告有哪些")
    assert _names(a) == {"临沂市公安局兰山分局", "滨江区公安分局"}, a.text


def test_zero_requests_of_a_kind(db):
    a = ask(db, "公共资源交易中心哪几家全年零申请")
    assert _names(a) == {"绵阳市公共资源交易中心"}, a.text


@pytest.mark.parametrize("q", ["人民银行分支机构的报告", "人民银行的年报有哪些"])
def test_a_kind_the_store_lacks_is_said(db, q):
    a = ask(db, q)
    assert not a.rows and "库中没有" in a.text and "人民银行" in a.text, a.text


@pytest.mark.parametrize("q", ["阿里地区行署办公室电话多少", "阿里地区行署办公室收到多少申请"])
def test_a_prefecture_office_abbreviated(db, q):
    a = ask(db, q)
    assert "阿里地区行政公署办公室" in a.text and not a.options, a.text


# -- 4. a vertically managed body's local office -------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("山东的税务局报告", {"国家税务总局临朐县税务局"}),
    ("税务局的报告有哪些", {"国家税务总局临朐县税务局", "国家税务总局正安县税务局"}),
    ("贵州的税务局有哪些报告", {"国家税务总局正安县税务局"}),
])
def test_a_tax_office_is_found_without_its_national_head(db, q, want):
    a = ask(db, q)
    assert _names(a) == want, a.text


def test_a_tax_office_by_its_county(db):
    a = ask(db, "临朐县税务局收到多少申请")
    assert a.value == 6, a.text


# -- 5. a place kind with 政府; joined to its level -----------------------------------------------
@pytest.mark.parametrize("q,value", [("旗政府一共收到多少件申请", 19), ("各旗人民政府收到的申请合计多少", 19)])
def test_banner_governments_only(db, q, value):
    a = ask(db, q)
    assert a.value == value, a.text


def test_banner_governments_listed(db):
    a = ask(db, "旗政府的报告有哪些")
    assert _names(a) == {"扎赉特旗人民政府", "正镶白旗人民政府"}, a.text
    a = ask(db, "苏木政府有几份报告")
    assert a.value == 1, a.text


@pytest.mark.parametrize("turns", [("内蒙古的报告有哪些", "只看乡镇和苏木的"),
                                   ("内蒙古的报告有哪些", "其中苏木和乡镇的")])
def test_a_place_kind_joined_to_its_level_is_the_level(db, turns):
    a = converse(db, *turns)
    assert _names(a) == {"扎赉特旗音德尔镇人民政府", "正镶白旗伊和淖尔苏木人民政府"}, a.text


# -- 6. bare names jieba takes for common words ----------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("遵义的报告有哪些", {"遵义市公共资源交易中心", "正安县人民政府", "国家税务总局正安县税务局",
                           "正安县安场镇人民政府"}),
    ("平遥的报告", {"平遥县教育局"}),
])
def test_a_gazetteer_place_jieba_misreads(db, q, want):
    a = ask(db, q)
    assert _names(a) == want, a.text


def test_a_city_short_name_with_a_kind(db):
    a = converse(db, "遵义交易中心地址在哪", "电话呢")
    assert "遵义市公共资源交易中心" in a.text and a.plan.organ_ids, a.text
    a = converse(db, "遵义的报告有哪些", "其中县政府的")
    assert _names(a) == {"正安县人民政府"}, a.text


# -- 7. the office in charge --------------------------------------------------------------------
@pytest.mark.parametrize("q", ["绵阳经开区管委会政务公开归那个部门管", "绵阳经开区管委会政务公开归哪个部门管"])
def test_which_office_is_in_charge(db, q):
    a = ask(db, q)
    assert a.plan.fact_kind == "responsible_office" and "党政办公室" in a.text, a.text


# -- 8. near names that must ask ------------------------------------------------------------------
@pytest.mark.parametrize("q,near", [
    ("正安安场乡2022年收到几件申请", "正安县安场镇人民政府"),
    ("安场乡的报告", "正安县安场镇人民政府"),
    ("柳山镇收到多少申请", "临朐县柳山乡人民政府"),
])
def test_a_town_with_the_other_tail_is_asked(db, q, near):
    a = ask(db, q)
    _asks(a, near)


def test_a_town_with_its_own_tail_is_answered(db):
    assert ask(db, "正安县安场镇2022年收到几件申请").value == 1
    assert ask(db, "柳山乡收到多少申请").value == 2


@pytest.mark.parametrize("q", ["绵阳高新区管委会收到多少申请", "绵阳保税区管委会收到多少申请"])
def test_a_zone_the_city_has_none_of_is_asked(db, q):
    a = ask(db, q)
    _asks(a, "绵阳经济技术开发区管理委员会")


def test_a_held_zone_is_answered(db):
    assert ask(db, "绵阳经开区管委会收到多少申请").value == 40


# -- 9. a county of several places ----------------------------------------------------------------
@pytest.mark.parametrize("q", ["鼓楼区的报告有哪些", "鼓楼区收到多少申请", "鼓楼的报告"])
def test_a_county_of_two_cities_is_asked(db, q):
    a = ask(db, q)
    _asks(a, "南京市鼓楼区", "福州市鼓楼区")


@pytest.mark.parametrize("q,want", [
    ("南京鼓楼区的报告", {"南京市鼓楼区民政局"}),
    ("南京市鼓楼区的报告有哪些", {"南京市鼓楼区民政局"}),
    ("福州鼓楼区的报告", {"福州市鼓楼区教育局"}),
])
def test_a_county_after_its_city_is_that_citys(db, q, want):
    a = ask(db, q)
    assert _names(a) == want, a.text
    assert "地区=" + ("南京市" if "南京" in q else "福州市") + "鼓楼区" in first_line(a)


def test_the_chosen_county_answers(db):
    a = ask(db, "鼓楼区收到多少申请")
    q2 = next(o["question"] for o in a.options if "福州" in o["label"])
    assert ask(db, q2).value == 6


# -- 10. which of those listed ----------------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("气象局的报告都有哪些", "哪个是省一级的"), {"内蒙古自治区气象局"}),
    (("气象局的报告都有哪些", "哪些是2021年的"), {"内蒙古自治区气象局", "临朐县气象局"}),
    (("管委会的报告有哪些", "哪几家是2023年的"), {"西岭保税区管理委员会"}),
])
def test_which_of_the_listed(db, turns, want):
    a = converse(db, *turns)
    assert _names(a) == want, a.text


# -- 11. a follow-up's organ with no report of the year kept ---------------------------------------
@pytest.mark.parametrize("turns,value", [
    (("临朐县人民政府2022年收到多少申请", "柳山乡呢"), 2),
    (("正安县人民政府2023年收到多少申请", "安场镇呢"), 1),
    (("临朐县人民政府2022年收到多少申请", "那柳山乡的呢"), 2),
])
def test_the_organs_own_year_when_the_kept_one_is_missing(db, turns, value):
    a = converse(db, *turns)
    assert a.value == value and not a.plan.years, a.text
    assert "没有" in first_line(a) and "年的报告" in first_line(a), a.text


def test_a_year_said_that_no_report_has_stays_absent(db):
    a = converse(db, "临朐县人民政府2022年收到多少申请", "柳山乡2022年呢")
    assert a.value is None and not a.rows and "库中没有" in a.text, a.text


@pytest.mark.parametrize("q,want", [
    ("大兴安岭的报告有哪些", {"大兴安岭地区行政公署办公室"}),
    ("阿拉善的报告", {"阿拉善盟教育局"}),
    ("阿拉善盟的报告", {"阿拉善盟教育局"}),
])
def test_a_prefecture_by_its_bare_name(db, q, want):
    a = ask(db, q)
    assert _names(a) == want, a.text


def test_a_prefecture_office_by_the_bare_name_and_its_abbreviation(db):
    a = ask(db, "大兴安岭行署电话多少")
    assert "0457-2123456" in a.text, a.text


def test_a_bare_name_the_gazetteer_gives_another_place_is_no_prefecture(db):
    a = ask(db, "兴安的报告有哪些")   # 兴安县 / 兴安区, never 兴安盟 by this name
    assert not a.rows, a.text
