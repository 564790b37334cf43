"""Blind set 8's families of the assistant's own misses, each in several shapes, on a store of
our own (written reports, invented places): a condition or a comparison among the words no rule
read is asked back, never answered as an unfiltered list or count; a one-character typo of a
comparison word (零申请) read as it and said; a bare tier after one kind of level keeps the kind
(市级政府 → 县级的呢: 县级政府); widening to a level keeps the condition and drops the organ
kind; a relative year (上一年呢, 去年的呢) moves the year before by one; a place after a list of
a kind of bureau narrows that list to the place."""
from __future__ import annotations


import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, t3, write_store, converse, name_years, first_line, placed_record


_rec = placed_record


def corpus() -> list[dict]:
    return [
        # governments: three cities (two provinces), two counties
        _rec("东湖市人民政府", "东湖市", "city", 2020, {**t3(30)}),
        _rec("西岭市人民政府", "西岭市", "city", 2021, {**T3_ZERO}, city="西岭市"),
        _rec("南川市人民政府", "南川市", "city", 2021, {**t3(4)}, city="南川市", province="南江省"),
        _rec("甲山县人民政府", "甲山县", "county", 2021, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县人民政府", "信宁县", "county", 2020, {**t3(2)}, county="信宁县"),
        # civil affairs in both provinces
        _rec("东湖市民政局", "民政局", "city_dept", 2020, {**T3_ZERO}),
        _rec("南川市民政局", "民政局", "city_dept", 2021, {**t3(1)}, city="南川市", province="南江省"),
        _rec("甲山县民政局", "民政局", "county_dept", 2021, {**T3_ZERO}, county="甲山县"),
        # one education bureau over three years (5, 0, 9), another at 0
        _rec("甲山县教育局", "教育局", "county_dept", 2019, {**t3(5)}, county="甲山县"),
        _rec("甲山县教育局", "教育局", "county_dept", 2020, {**T3_ZERO}, county="甲山县"),
        _rec("甲山县教育局", "教育局", "county_dept", 2021, {**t3(9)}, county="甲山县"),
        _rec("信宁县教育局", "教育局", "county_dept", 2021, {**T3_ZERO}, county="信宁县"),
        # finance: a county one at 0, a city one with 3
        _rec("信宁县财政局", "财政局", "county_dept", 2021, {**T3_ZERO}, county="信宁县"),
        _rec("东湖市财政局", "财政局", "city_dept", 2021, {**t3(3)}),
    ]


N_REPORTS = 14
ZERO_COUNTY_DEPTS = {("甲山县民政局", 2021), ("甲山县教育局", 2020), ("信宁县教育局", 2021),
                     ("信宁县财政局", 2021)}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families8") / "corpus.db", corpus())


_ask = converse


_rows = name_years


_first = first_line


# -- 1. a condition among the unread words: asked back, never every report ------------------------
@pytest.mark.parametrize("q", [
    "封面年份和正文年度不一样的报告有哪些",
    # (标题里的年份跟统计年度不同, 统计年度与标题年份不相符: the check year.title_vs_period since
    # the self checks, tests/test_assistant_selfcheck.py)
    "落款日期与封面日期不相同的年报",
    "哪些县级部门的网页浏览量超过了访问量",
    "页数低于正文篇幅的报告",
    "网页访问人次在留言数以上的报告",
    "哪些报告的发文单位和落款单位不一样",
    "落款日期与封面日期不一致的年报",      # 不一致 read as a check failing, what it compares not
    "发布日期和封面日期对不上的报告有几份",
])
def test_an_unread_condition_is_asked_back(db, q):
    a = ask(db, q)
    assert not a.understood and not a.rows and a.value is None, a.text
    assert a.plan.unread_conditions and "unread_condition" in a.plan.rules, a.plan.unread
    assert "没有读懂" in a.text and a.suggestions, a.text
    assert f"共{N_REPORTS}份" not in a.text


@pytest.mark.parametrize("q,group", [
    ("不同层级的报告各有几份", "level"),
    ("不同年份收到的申请分别是多少", "year"),
    ("不同区县零申请的有几个", "county"),
])
def test_different_levels_or_years_is_a_grouping_not_a_condition(db, q, group):
    a = ask(db, q)
    assert a.understood and a.plan.group_by == group and not a.plan.unread_conditions, a.text


@pytest.mark.parametrize("q", ["表三对不上的报告有几份", "哪些报告的数字对不上",
                               "表四合计数对不上的有哪些"])
def test_a_check_naming_what_it_covers_is_answered(db, q):
    a = ask(db, q)
    assert a.understood and a.plan.kind == "check" and not a.plan.unread_conditions, a.text


def test_an_unread_condition_in_a_follow_up_is_asked_back(db):
    a = _ask(db, "县级部门的报告有几份", "其中封面年份和正文年度不一样的呢")
    assert not a.understood and a.value is None, a.text


@pytest.mark.parametrize("q,value", [
    ("收到申请超过5件的报告有几份", 2),     # 超过 read: a condition, answered
    ("收到申请低于1件的县级部门有几个", 4),
    ("收到申请10件以上的报告有几份", 1),
])
def test_a_condition_word_that_is_read_is_answered(db, q, value):
    a = ask(db, q)
    assert a.understood and a.value == value and not a.plan.unread_conditions, a.text


# -- 2. a one-character typo of a comparison word ------------------------------------------------
@pytest.mark.parametrize("q,value,typed", [
    ("2021年零申情的单位有几个", 5, "零申情"),
    ("零申青的县级部门有几个", 4, "零申青"),
    ("县级部门里零申靖的有几个", 4, "零申靖"),
])
def test_a_typo_of_a_comparison_word_is_read_and_said(db, q, value, typed):
    a = ask(db, q)
    assert a.understood and a.plan.op == "eq" and a.plan.threshold == 0, a.text
    assert a.value == value, a.text
    assert f"“{typed}”按“零申请”理解" in _first(a) and "word_typo" in a.plan.rules


def test_the_word_as_typed_rightly_says_no_typo(db):
    a = ask(db, "零申请的县级部门有几个")
    assert a.value == 4 and "word_typo" not in a.plan.rules and "按“零申请”理解" not in a.text


# -- 3. a bare tier after one kind of level keeps the kind ----------------------------------------
@pytest.mark.parametrize("turns,levels,value", [
    (("市级政府的报告有几份", "县级的呢"), ("county",), 2),
    (("东海省市级政府的报告有几份", "县级的呢"), ("county",), 2),
    (("市级部门的报告有几份", "县级的呢"), ("county_dept",), 6),
    (("县级政府的报告有哪些", "那市级的呢"), ("city",), 3),
    (("县级部门零申请的有几个", "市级的呢"), ("city_dept",), 1),
])
def test_a_bare_tier_keeps_the_kind_of_level(db, turns, levels, value):
    a = _ask(db, *turns)
    assert a.understood and a.plan.levels == levels, (a.plan.levels, a.text)
    assert (a.value if a.value is not None else len(a.rows)) == value, a.text


def test_a_bare_tier_after_a_mixed_scope_or_alone_is_both_kinds(db):
    a = ask(db, "县级的报告有几份")
    assert set(a.plan.levels) == {"county", "county_dept"} and a.value == 8, a.text
    a = _ask(db, "乡镇的报告有几份", "县级的呢")
    assert set(a.plan.levels) == {"county", "county_dept"}, a.text


# -- 4. widened to a level: the condition kept, the organ kind dropped ----------------------------
@pytest.mark.parametrize("turns", [
    ("教育局里零申请的有哪些", "放宽到所有县级部门"),
    ("教育局零申请的是哪些", "扩大到全部县级部门"),
    ("零申请的教育局有哪些", "换成所有县级部门"),
    ("教育局里哪些是零申请的", "看全部县级部门的"),
])
def test_widening_to_a_level_keeps_the_condition(db, turns):
    a = _ask(db, *turns)
    assert a.understood and a.plan.op == "eq" and a.plan.threshold == 0, a.text
    assert not a.plan.organ_ids and a.plan.levels == ("county_dept",), a.text
    assert _rows(a) == ZERO_COUNTY_DEPTS, a.text
    assert "未用到的词" not in _first(a)


def test_widening_to_a_level_keeps_a_count(db):
    a = _ask(db, "民政局零申请的有几个", "扩大到所有市级部门")
    assert a.understood and a.value == 1 and a.plan.agg == "count", a.text


# -- 5. a relative year moves the year before by one -----------------------------------------------
@pytest.mark.parametrize("turns,value,year", [
    (("甲山县教育局2020年收到多少申请", "上一年呢"), 5, 2019),
    (("甲山县教育局2020年收到多少申请", "下一年呢"), 9, 2021),
    (("甲山县教育局2021年收到多少申请", "去年的呢"), 0, 2020),
    (("甲山县教育局2020年收到多少申请", "前一年"), 5, 2019),
    (("甲山县教育局2019年收到几件申请", "那后一年的呢"), 0, 2020),
    (("甲山县教育局2021年收到多少申请", "上一年呢", "再上一年呢"), 5, 2019),
])
def test_a_relative_year_moves_the_year_before(db, turns, value, year):
    a = _ask(db, *turns)
    assert a.understood and a.plan.years == (year,) and a.value == value, a.text
    assert "year_shift" in a.plan.rules and f"{year}年" in _first(a)


def test_a_relative_year_with_no_year_before_is_the_store_s(db):
    # 去年 asked first: the store's latest year less one (assistant/relyear.py), said
    a = ask(db, "甲山县教育局去年收到多少申请")
    assert a.understood and "relative_year" in a.plan.rules and "以库中最新年度" in _first(a), a.text
    a = _ask(db, "甲山县教育局收到申请最多的是哪一年", "上一年呢")
    assert "year_shift" not in a.plan.rules


def test_a_relative_year_with_a_figure_of_its_own_is_no_shift(db):
    a = _ask(db, "甲山县教育局2020年收到多少申请", "上年结转呢")
    assert "year_shift" not in a.plan.rules


# -- 6. a place after a list of a kind of bureau narrows it -----------------------------------------
@pytest.mark.parametrize("turns,rows", [
    (("民政局的报告有哪些", "南江的"), {("南川市民政局", 2021)}),
    (("民政局的报告有哪些", "那东海省呢"), {("东湖市民政局", 2020), ("甲山县民政局", 2021)}),
    (("教育局的年报有哪些", "信宁县的"), {("信宁县教育局", 2021)}),
    (("有哪些财政局的报告", "东湖市的呢"), {("东湖市财政局", 2021)}),
])
def test_a_place_after_a_bureau_list_narrows_it(db, turns, rows):
    a = _ask(db, *turns)
    assert a.understood and _rows(a) == rows, a.text


def test_a_place_after_a_bureau_count_narrows_it(db):
    a = _ask(db, "民政局的报告有几份", "南江省的呢")
    assert a.value == 1, a.text


def test_a_place_after_a_place_list_is_that_place(db):
    a = _ask(db, "东海省的报告有几份", "南江的呢")
    assert a.value == 2 and not a.plan.organ_ids, a.text
