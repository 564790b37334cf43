"""Blind set 7's families of the assistant's own misses, each in several shapes, on a store of
our own (written reports, invented places): blanks said to be left out (没写的不算) as a note,
a grouped total or count with the largest group named (哪一年最多), a bare 2019 / 2021 asked
back (the year or the template), a count kept by a follow-up changing a filter and 0 said
when nothing matches, 这里面 / 里边 pointing at the previous answer, a follow-up swapping the
organ kind after an absent one, and 不限年份 / 不分层级 dropping a filter."""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, record, t3, converse, write_store, name_years, first_line


def _rec(name, short, level, year, figures=None, county=None, city="东湖市", template=None):
    r = record(name, short, level, county, year, figures)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["organ"].update(province="东海省", city=city, county=county)
    if template:
        r["template"] = template
    return r


def corpus() -> list[dict]:
    return [
        # health bodies: two county ones at 0 in 2023, a city one with 5, one county's 2022 with 2
        _rec("甲山县卫生健康局", "卫生健康局", "county_dept", 2023, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县卫生健康委", "卫生健康委", "county_dept", 2023, {**T3_ZERO}, county="信宁县"),
        _rec("东湖市卫生健康委员会", "卫生健康委员会", "city_dept", 2023, {**t3(5)}),
        _rec("甲山县卫生健康局", "卫生健康局", "county_dept", 2022, {**t3(2)}, county="甲山县"),
        # civil affairs at 0 (2021, 2022); finance never 0
        _rec("甲山县民政局", "民政局", "county_dept", 2021, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县民政局", "民政局", "county_dept", 2022, {**T3_ZERO}, county="信宁县"),
        _rec("东湖市财政局", "财政局", "city_dept", 2019, {**t3(55)}),
        _rec("西岭市财政局", "财政局", "city_dept", 2020, {**t3(7)}, city="西岭市"),
        # natural resources: a province department and a county bureau
        _rec("东海省自然资源厅", "自然资源厅", "province_dept", 2023, {**t3(12)}, city=None),
        _rec("甲山县自然资源局", "自然资源局", "county_dept", 2021, {**T3_ZERO}, county="甲山县"),
        # one district's three bodies: one at 0, one with 4, one stating no figure
        _rec("东湖市南城区住房和建设局", "住房和建设局", "county_dept", 2023, {**t3(4)}, county="南城区"),
        _rec("东湖市南城区建筑工务署", "建筑工务署", "county_dept", 2021, {**T3_ZERO}, county="南城区"),
        _rec("东湖市南城区机关事务局", "机关事务局", "county_dept", 2020, {}, county="南城区"),
        # townships: a 2021 report on the 2019 template, a 2019 one on it too
        _rec("甲山县东镇人民政府", "东镇", "township", 2019, {**t3(10)}, county="甲山县"),
        _rec("甲山县东镇人民政府", "东镇", "township", 2020, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县西乡人民政府", "西乡", "township", 2021, {**T3_ZERO}, county="信宁县"),
        _rec("信宁县北乡人民政府", "北乡", "township", 2021, {**t3(3)}, county="信宁县",
             template="2019"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families7") / "corpus.db", corpus())


_ask = converse


_rows = name_years


_first = first_line


# requests stated: 0 0 5 2 0 0 55 7 12 0 4 0 (blank) 10 0 0 3 -> 16 reports, 98 in all
STATED, TOTAL = 16, 98


# -- 1. blanks said to be left out: a note, never the condition 未填写 ----------------------------
@pytest.mark.parametrize("q,value", [
    ("平均每份报告收到多少件申请？没写的不算", TOTAL / STATED),
    ("收到的申请一共多少件，不填的不算", TOTAL),
    ("收到申请的平均数是多少，未填写的除外", TOTAL / STATED),
    ("申请数合计多少件？空着的不计", TOTAL),
    ("不算没填的，平均每份报告收到几件申请", TOTAL / STATED),
    ("只算填了的，收到申请平均多少件", TOTAL / STATED),
])
def test_blanks_left_out_is_a_note_not_a_condition(db, q, value):
    a = ask(db, q)
    assert a.understood and a.plan.op is None, a.text
    assert a.value == pytest.approx(value), a.text
    assert "不计入" in _first(a) and "未填写" not in _first(a).split("；")[2], a.text
    assert "blanks_left_out" in a.plan.rules


def test_blanks_left_out_in_a_ranking_and_a_level(db):
    a = ask(db, "乡镇收到申请最多的是哪个？没写的不算")
    assert a.value == 10 and _rows(a) == {("甲山县东镇人民政府", 2019)}, a.text
    a = ask(db, "县直部门平均收到几件申请，没有数据的不算")
    assert a.value == pytest.approx(6 / 8) and "不计入" in _first(a), a.text


@pytest.mark.parametrize("q", ["哪些报告没填表三", "哪些单位没写收到的申请数",
                               "年份没写的不算，报告有几份"])
def test_a_blank_asked_for_or_of_another_field_is_no_note(db, q):
    a = ask(db, q)
    assert "blanks_left_out" not in a.plan.rules, a.text


# -- 2. grouped totals / counts, and the largest group named ------------------------------------
@pytest.mark.parametrize("q,top", [
    ("按年份汇总一下收到的申请数，哪一年最多", "最多的是2019年（65件）"),
    ("各年收到的申请加起来，哪一年最多", "最多的是2019年（65件）"),
    ("按年份合计收到的申请，最多的是哪一年", "最多的是2019年（65件）"),
    ("按层级合计收到的申请数，哪一级最少", "最少的是县级部门（6件）"),
    ("收到的申请按层级汇总，哪个层级最多", "最多的是市级部门（67件）"),
])
def test_a_grouped_total_names_the_largest_group(db, q, top):
    a = ask(db, q)
    assert a.understood and a.plan.group_top and a.plan.agg is None, a.text
    assert a.text.split("\n", 1)[1].startswith(top), a.text
    assert "看哪组" in _first(a) and "未用到" not in _first(a), a.text


@pytest.mark.parametrize("q,top", [
    ("零申请的报告按层级分，哪一级最多？几份", "最多的是县级部门（6份）"),
    ("按年份分组，零申请的有几份，哪一年最多", "最多的是2021年（4份）"),
    ("零申请的报告按年份分，最少的是哪一年", "最少的是2020年（1份）、2022年（1份）"),
])
def test_a_grouped_count_names_the_largest_group(db, q, top):
    a = ask(db, q)
    assert a.understood and a.plan.op == "eq", a.text
    assert a.text.split("\n", 1)[1].startswith(top), a.text


@pytest.mark.parametrize("q", ["哪个县级部门收到的申请最多", "哪一年收到的申请最多",
                               "按年份分组，哪个单位收到的申请最多"])
def test_a_ranking_of_reports_is_no_group_ranking(db, q):
    assert ask(db, q).plan.group_top is None


# -- 3. a bare 2019 / 2021: the year or the template, asked ------------------------------------
@pytest.mark.parametrize("q,year", [
    ("2019的报告有几份", 2019), ("2021的乡镇报告有哪些", 2021), ("2021报告有几份", 2021),
    ("2019的有几份报告", 2019),
])
def test_a_bare_template_year_is_asked_back_with_both_readings(db, q, year):
    a = ask(db, q)
    assert a.value is None and not a.reports and len(a.options) == 2, a.text
    assert f"{year}年度的报告" in a.text and f"{year}版表格模板" in a.text, a.text
    assert [o["question"] for o in a.options] == [q.replace(str(year), f"{year}年", 1),
                                                  q.replace(str(year), f"{year}版", 1)]


@pytest.mark.parametrize("q,value", [
    ("2019年的报告有几份", 2), ("2019版的报告有几份", 6), ("2020的报告有几份", 3),
    ("2021年度报告有几份", 5), ("2021年报有几份", 5), ("2019年和2021的报告有几份", 7),
])
def test_a_year_said_as_a_year_or_a_template_is_answered(db, q, value):
    a = ask(db, q)
    assert a.value == value and not a.options, a.text


@pytest.mark.parametrize("second,value", [("2019年的", 2), ("2019版的", 6), ("按2019版模板", 6)])
def test_the_reading_chosen_after_the_ask_is_answered(db, second, value):
    a = _ask(db, "2019的报告有几份", second)
    assert a.value == value, a.text


def test_a_bare_year_after_a_year_question_is_that_year(db):
    a = _ask(db, "2019年的报告有几份", "那2021的呢")
    assert a.value == 5 and not a.options, a.text


# -- 4. a follow-up changing a filter keeps the count; 0 when nothing matches -------------------
@pytest.mark.parametrize("turns,value", [
    (["卫健局零申请的有几家"], 2),
    (["卫健局零申请的有几家", "只看2023年的"], 2),
    (["卫健局零申请的有几家", "只看2022年的"], 0),
    (["民政局零申请的有几个", "换成财政局呢"], 0),
    (["民政局零申请的有几个", "那自然资源局呢"], 1),
    (["乡镇零申请的有几个", "只看2021年的"], 1),
])
def test_a_follow_up_keeps_the_count_and_says_zero(db, turns, value):
    a = _ask(db, *turns)
    assert a.understood and a.value == value, a.text
    assert a.plan.agg == "count", a.text
    if value == 0:
        assert "共0" in a.text, a.text


def test_one_organ_s_count_of_requests_is_its_value(db):
    a = ask(db, "信宁县卫生健康委收到多少个申请")
    assert a.plan.agg is None and a.value == 0, a.text


# -- 5. 这里面 / 里边 / 其中: within the previous answer --------------------------------------------
@pytest.mark.parametrize("second", ["这里面零申请的是哪个", "这里边零申请的有哪些", "里面零申请的是哪家",
                                    "其中零申请的是哪个", "这些里面零申请的有哪些", "这当中零申请的是哪个"])
def test_within_the_previous_answer(db, second):
    a = _ask(db, "南城区的报告有哪些", second)
    assert a.understood and _rows(a) == {("东湖市南城区建筑工务署", 2021)}, a.text


# -- 6. a follow-up swapping the organ kind after an absent one ----------------------------------
@pytest.mark.parametrize("turns,value", [
    (["水务局的报告有吗", "那自然资源系统的有几份"], 2),
    (["水务局的报告有吗", "自然资源部门的呢，有几份"], 2),
    (["自然资源系统的有几份"], 2),
    (["农业农村局的报告有吗", "那民政系统的有几份"], 2),
    (["水务局的报告有吗", "卫健系统的报告有几份"], 4),
])
def test_an_organ_kind_counted_after_an_absent_one(db, turns, value):
    a = _ask(db, *turns)
    assert a.understood and a.value == value, a.text


# -- 7. 不限年份 / 不分层级 / 不限地区: the filter dropped -----------------------------------------------
COUNTY_ZERO = {("甲山县民政局", 2021), ("甲山县自然资源局", 2021), ("东湖市南城区建筑工务署", 2021)}
COUNTY_ZERO_ALL = COUNTY_ZERO | {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023),
                                 ("信宁县民政局", 2022)}


@pytest.mark.parametrize("second", ["不限年份呢", "所有年份的呢", "不分年份呢", "年份不限呢",
                                    "那不论年份呢"])
def test_a_year_dropped(db, second):
    a = _ask(db, "县直部门2021年零申请的有哪些", second)
    assert a.understood and _rows(a) == COUNTY_ZERO_ALL, a.text
    assert a.plan.years == () and "不限年份" in _first(a), a.text


def test_a_level_or_a_place_dropped(db):
    a = _ask(db, "2021年县直部门零申请的有哪些", "不限层级呢")
    assert _rows(a) == COUNTY_ZERO | {("信宁县西乡人民政府", 2021)}, a.text
    a = _ask(db, "甲山县零申请的报告有哪些", "不限地区呢")
    assert ("信宁县民政局", 2022) in _rows(a) and a.plan.region is None, a.text
    a = _ask(db, "县直部门2021年零申请的有几个", "不限年份呢")
    assert a.value == 6, a.text


@pytest.mark.parametrize("q", ["全部年报有几份", "所有的年报有哪些"])
def test_a_report_word_is_no_year_dropped(db, q):
    assert ask(db, q).plan.dropped == ()
