"""Readings the assistant lacked (session 10), each family in several shapes on a store of our
own (real place names, where the gazetteer decides; organs, figures and texts invented):

1. median: 中位数 of a figure over any scope, per group too (rule median);
2. inventory: which years / counties / cities / provinces the store holds, a count of them
   (rule inventory); a place the gazetteer knows and no report is placed in, said as such
   (rule place_not_held);
3. all_zero: every stated cell of the tables 0 (a blank cell left out, a report with no cell
   stated not one of them), the reading said (rule all_zero);
4. word_typo: a statistic word typed wrong as lexicons/question_typos.tsv lists it (和计, 平局);
5. autonomous_short: a prefecture by its short form (红河州) held only through its counties;
6. channel_group / said_in_text: 政务新媒体 and its channels listed, any of them; 问题里说 + a
   word no field records (兼职): the problems' text searched.
"""
from __future__ import annotations


import pytest

from assistant import ask
from assistant.plan import parse
from assistant.words import listed_typo
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, T4_ZERO, converse, first_line, placed, t3, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")

YN, ZJ = "云南省", "浙江省"


rec = placed   # a record stating only the places given, with its facts


def corpus() -> list[dict]:
    wechat = ("channel", "开通了政务微信公众号", "wechat")
    video = ("channel", "开通抖音号发布信息", "video")
    board = ("channel", "设置公开栏", "bulletin_board")
    part_time = ("problem", "信息公开工作人员均为兼职，力量薄弱", None)
    other = ("problem", "主动公开的深度不够", None)
    return [
        # 红河州: its counties state no city (the area map finds them)
        rec("弥勒市人民政府", "弥勒市", "county", 2020,
            {**T3_ZERO, **T4_ZERO, "n.active_published": 10}, county="弥勒市", facts=(wechat,)),
        rec("建水县临安镇人民政府", "临安镇", "township", 2021,
            {**t3(0), "t3.partial.total": None, "n.active_published": 20}, county="建水县",
            facts=(board, part_time)),
        rec("昆明市统计局", "统计局", "city_dept", 2021, {**t3(4), "n.active_published": 30},
            YN, "昆明市", facts=(video,)),
        rec("昆明市嵩明县人民政府", "嵩明县", "county", 2022, {**t3(9), "n.active_published": 40},
            YN, "昆明市", "嵩明县", facts=(other,)),
        # 浙江: counties of two cities, a city's own bureau, a report of no year's figure
        rec("东阳市审计局", "审计局", "county_dept", 2023, {**T3_ZERO, "n.active_published": 50},
            ZJ, "金华市", "东阳市", facts=(part_time,)),
        rec("义乌市人民政府", "义乌市", "county", 2023, {**t3(40)}, ZJ, "金华市", "义乌市",
            facts=(wechat, video)),
        rec("杭州市教育局", "教育局", "city_dept", 2019, {}, ZJ, "杭州市"),
        # one prefecture stated by its short form and by its full name: one place
        rec("临夏县土桥镇人民政府", "土桥镇", "township", 2022, {**t3(2)}, "甘肃省", "临夏州", "临夏县"),
        rec("临夏回族自治州财政局", "财政局", "city_dept", 2022, {**t3(3)}, "甘肃省", "临夏回族自治州"),
        # 和平: a name that 数和平均 holds across a statistic word
        rec("梅河口市和平街道办事处", "和平街道", "subdistrict", 2022, {**t3(1)}, "吉林省", "通化市", "梅河口市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("readings10") / "r10.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. median ----------------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("主动公开信息数的中位数", 30),            # 10 20 30 40 50: the middle one
    ("县级政府主动公开条数的中位数是多少", 25),   # 10 40: the mean of the two
    ("2021年主动公开的中位值", 25),           # 20 30
    ("云南的单位主动公开信息数中位数", 25),       # 10 20 30 40
])
def test_the_median_is_the_middle_value_of_those_stating_the_figure(db, q, want):
    a = ask(db, q)
    assert a.understood and a.value == want and "中位数" in a.text, a.text
    assert "median" in a.plan.rules


@pytest.mark.parametrize("q,said", [
    ("主动公开信息数的中位数和平均数", ("中位数为30条", "平均为30条")),
    ("县级政府主动公开的最大值和平均值", ("最大值为40条", "平均为25条")),
    ("云南主动公开信息数的平均数、中位数", ("平均为25条", "中位数为25条")),
])
def test_two_statistics_joined_are_each_said(db, q, said):
    a = ask(db, q)
    assert a.understood and all(s in a.text for s in said), a.text
    assert "和平" not in first_line(a)   # 数和平均: no name read across the statistic word


def test_the_median_per_group(db):
    a = ask(db, "按年份统计主动公开信息数的中位数")
    assert {r[0]: r[3] for r in a.rows} == {2020: 10, 2021: 25, 2022: 40, 2023: 50}, a.text
    assert "中位数" in a.text


# -- 2. inventory -------------------------------------------------------------------------------
def test_the_years_held(db):
    a = ask(db, "库里都有哪几年的年报")
    assert a.understood and [r[0] for r in a.rows] == [2019, 2020, 2021, 2022, 2023], a.text
    assert "5个年份" in a.text and "2019年（1份）" in a.text and "2022年（4份）" in a.text


@pytest.mark.parametrize("q", ["浙江收了哪些县市区的报告", "浙江有哪些县的报告", "浙江省有哪几个县区"])
def test_the_counties_held_in_a_province(db, q):
    a = ask(db, q)
    assert a.understood and {r[0] for r in a.rows} == {"东阳市", "义乌市"}, a.text
    assert "没有写明县（市、区）" in a.text   # 杭州市教育局: a city's bureau, no county
    assert not a.plan.levels   # 县市区 is what is listed, never a level filter


def test_provinces_and_cities_through_the_places_inside_them(db):
    a = ask(db, "有几个省的报告")
    assert a.value == 4 and {r[0] for r in a.rows} == {YN, ZJ, "甘肃省", "吉林省"}, a.text   # 弥勒市: none
    b = ask(db, "云南有哪些市的报告")
    assert {r[0] for r in b.rows} == {"昆明市", "红河哈尼族彝族自治州"}, b.text
    c = ask(db, "甘肃有哪些市州的报告")   # 临夏州 and 临夏回族自治州: one prefecture
    assert [(r[0], r[1]) for r in c.rows] == [("临夏回族自治州", 2)], c.text


@pytest.mark.parametrize("q", ["一共有几个县", "哪些县政府收到了申请", "哪些市直部门的报告",
                               "哪些县的教育局收到了申请", "哪几年收到申请最多"])
def test_a_level_said_with_which_is_no_inventory(db, q):
    assert parse(q).inventory is None


@pytest.mark.parametrize("q,place", [
    ("有没有北京的", "北京"),
    ("文山州的报告有几份", "文山州"),
    ("锡林郭勒盟零申请的单位有哪些", "锡林郭勒"),
    ("锡盟有报告吗", "锡盟"),   # a league by its one-character short form (锡林郭勒盟)
])
def test_a_place_held_nowhere_is_said_never_not_understood(db, q, place):
    a = ask(db, q)
    assert f"库中没有“{place}" in a.text and "没能理解" not in a.text, a.text
    assert a.value is None and not a.rows and "place_not_held" in a.plan.rules


@pytest.mark.parametrize("q,want", [
    ("有没有杭州的", {"杭州市教育局"}),
    ("库里有红河州的报告吗", {"弥勒市人民政府", "建水县临安镇人民政府"}),
    ("有没有义乌的报告", {"义乌市人民政府"}),
])
def test_are_there_any_is_answered_yes_with_the_reports(db, q, want):
    a = ask(db, q)
    assert a.text.split("\n", 1)[1].startswith("有。") and _names(a) == want, a.text


@pytest.mark.parametrize("turns", [("县级政府的报告有几份", "有没有北京的"),
                                   ("浙江的报告有哪些", "那海南的呢")])
def test_a_place_held_nowhere_after_a_question_is_said_never_the_question_before(db, turns):
    a = converse(db, *turns)
    assert "库中没有“" in a.text and not a.rows and a.value is None, a.text


def test_a_place_held_nowhere_offers_the_held_places_of_its_province(db):
    a = ask(db, "丽江市的报告有哪些")
    assert "同省库中有" in a.text and "昆明市" in a.text, a.text
    assert any("昆明市" in o["label"] for o in a.options)


# -- 3. every cell 0 ----------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("表格里每一格都是0的报告", {"弥勒市人民政府", "建水县临安镇人民政府", "东阳市审计局"}),
    ("表三的数字全为零的有哪些", {"弥勒市人民政府", "建水县临安镇人民政府", "东阳市审计局"}),
    ("哪些报告表四所有数据都是0", {"弥勒市人民政府"}),
    ("表格里都是零的乡镇有哪些", {"建水县临安镇人民政府"}),
    ("所有表格都填的零的报告有哪些", {"弥勒市人民政府", "建水县临安镇人民政府", "东阳市审计局"}),
    ("表三表四都是0的报告", {"弥勒市人民政府"}),   # each named table stated, all its cells 0
])
def test_every_stated_cell_zero(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    # a blank cell (临安镇's t3.partial) is left out, and the reading says so
    assert "空着的格子不算" in first_line(a) and "all_zero" in a.plan.rules
    assert "杭州市教育局" not in _names(a)   # no cell stated: never "all 0"


# -- 4. statistic words typed wrong -------------------------------------------------------------
@pytest.mark.parametrize("q,agg", [
    ("云南主动公开和计", "sum"), ("县级政府主动公开的平局数", "avg"), ("浙江主动公开纵计多少条", "sum"),
])
def test_a_listed_typo_of_a_statistic_word_is_read_and_said(db, q, agg):
    a = ask(db, q)
    assert a.understood and a.plan.agg == agg and "word_typo" in a.plan.rules, a.text
    assert "按“" in first_line(a)


def test_a_listed_typo_is_no_typo_before_a_character_making_another_word():
    assert listed_typo("主动公开和计划生育") is None
    assert listed_typo("主动公开和计") == ("和计", "合计")


# -- 5. a prefecture by its short form ----------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("红河州的报告有几份",), 2),
    (("红河的报告有几份",), 2),
    (("云南的报告有几份", "红河州的呢"), 2),
])
def test_a_prefecture_held_through_its_counties(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "红河哈尼族彝族自治州" in first_line(a)


# -- 6. groups of channels; what the problems say -----------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("提到政务新媒体（公众号、微博、抖音这些）的报告有几份", 3),   # 公开栏 is none
    ("开通了政务新媒体的单位有几个", 3),
    ("县级政府里哪些用了新媒体", {"弥勒市人民政府", "义乌市人民政府"}),
])
def test_a_group_of_channels_is_any_of_them(db, q, want):
    a = ask(db, q)
    assert a.understood and "channel_group" in a.plan.rules, a.text
    assert (a.value == want) if isinstance(want, int) else (_names(a) == want), a.text


def test_a_group_word_after_mention_without_channels_listed_is_the_word():
    p = parse("提到政务新媒体的报告")
    assert p.phrase == "政务新媒体" and p.channel is None


@pytest.mark.parametrize("q", ["问题里说工作人员是兼职的有哪些单位", "问题里提到兼职的报告有哪些",
                               "存在的问题里说人员兼职的单位"])
def test_what_the_problems_say_is_searched(db, q):
    a = ask(db, q)
    assert a.understood and not a.plan.untold, a.text
    assert _names(a) == {"建水县临安镇人民政府", "东阳市审计局"}, a.text


def test_part_time_asked_of_no_text_stays_untellable(db):
    a = ask(db, "哪些单位的信息公开工作人员是兼职")
    assert a.plan.untold and not a.rows
