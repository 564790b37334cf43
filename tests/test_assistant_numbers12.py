"""Blind sets 19 and v11's families of the assistant's own readings of conditions and aggregates
(session 12), each in several shapes, on a store of our own (written reports):

1. ``conditions_joined``: a condition in each clause, on one figure (不到10件、但又不是零的: 0 < x
   < 10) or two (零申请、主动公开又不到50条的): every one met, each said in the reading.
2. ``column_share``: a column's share of its figure in one report (申请里自然人占了百分之多少).
3. ``group_top_mean``: which group's mean is highest (哪个层级的主动公开平均条数最高: the means, never
   the sums); ``group_areas``: grouped by city (按盟市分), a report stating only its county is in
   the city the county lies in; no figure named: the reports counted.
4. ``phrase_alternatives``: a text search of alternatives (工作人员或者工作力量 / 培训或兼职 /
   培训、兼职): any of them, each also as a text printing radicals has it.
5. ``post_typo``: a post's 副 typed 付 (付局长, 付县长, 付主任): read as 副…, and said.
"""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask, parse
from assistant.keywords import radical_twin
from assistant.words import post_typo
from test_assistant_questions import T3_ZERO, record, t3, write_store, first_line


def _rec(name, short, level, year, figures, facts=(), county="临河区", city="东湖市", province="东海省"):
    r = record(name, short, level, county, year, figures, facts)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["source"]["path"] = f"reports/{short}-{year}-{province}.txt"
    r["organ"].update(province=province, city=city, county=county)
    return r


def _p(text):
    return ("problem", text, None)


EDU, CIV, FIN, COM = "临河区教育局", "临河区民政局", "临河区财政局", "临河区商务局"
TOWN1, TOWN2, STREET = "临河区青石镇人民政府", "临河区白沙镇人民政府", "临河区东门街道办事处"


def corpus() -> list[dict]:
    return [
        _rec(EDU, "教育局", "county_dept", 2021, {**t3(5), "n.active_published": 30},
             [_p("工作人员多为兼职，培训次数偏少"), _p("业务培训不够系统"),
              ("responsible_official", "副局长分管政务公开工作", "副局长")]),
        _rec(CIV, "民政局", "county_dept", 2021, {**T3_ZERO, "n.active_published": 20},
             [_p("工作力量不足"), ("responsible_official", "局长分管政务公开工作", "局长")]),
        _rec(FIN, "财政局", "county_dept", 2021, {**T3_ZERO, "n.active_published": 80},
             [_p("培训不够"), ("responsible_official", "副局长分管政务公开工作", "副局长")]),
        _rec(COM, "商务局", "county_dept", 2021,
             {**t3(12), "t3.new_received.natural": 9, "n.active_published": 200},
             [_p("公开内容不够深")]),
        _rec(TOWN1, "青石镇", "township", 2021, {**t3(3), "n.active_published": 150},
             [_p(radical_twin("工作人员") + "配备不足")]),
        _rec(TOWN2, "白沙镇", "township", 2021, {**T3_ZERO, "n.active_published": 10}),
        _rec(STREET, "东门街道", "subdistrict", 2021, {**t3(1), "n.active_published": 250}),
        # real places, stating their county only (no city): grouped by the city it lies in
        _rec("阿荣旗人民政府", "阿荣旗", "county", 2021, {}, county="阿荣旗", city=None,
             province="内蒙古自治区"),
        _rec("阿荣旗民政局", "阿荣旗民政局", "county_dept", 2021, {}, county="阿荣旗", city=None,
             province="内蒙古自治区"),
        _rec("固阳县人民政府", "固阳县", "county", 2021, {}, county="固阳县", city=None,
             province="内蒙古自治区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("numbers12") / "corpus.db", corpus())


def names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a condition in each clause, every one met ---------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("收到申请不到10件、但又不是零的报告有哪些", {EDU, TOWN1, STREET}),
    ("收到申请少于10件但不为零的单位", {EDU, TOWN1, STREET}),
    ("收到申请大于0小于10件的有哪些", {EDU, TOWN1, STREET}),
    ("零申请、主动公开又不到50条的", {CIV, TOWN2}),
    ("县级部门里零申请、主动公开又不到50条的", {CIV}),
    ("没有收到申请，而且主动公开少于50条的单位有哪些", {CIV, TOWN2}),
    ("主动公开超过100条并且收到申请超过10件的有哪些", {COM}),
    ("收到申请超过10件，同时主动公开超过100条的报告", {COM}),
])
def test_each_clause_sets_its_own_condition(db, q, want):
    a = ask(db, q)
    assert a.understood and names(a) == want, a.text
    assert "conditions_joined" in a.plan.rules


def test_the_count_of_two_conditions_on_one_figure_and_each_said(db):
    a = ask(db, "收到申请不到10件、但又不是零的报告有几份")
    assert a.value == 3, a.text
    assert "条件=少于10，且大于0" in first_line(a)   # each condition stated, the figure named once
    b = ask(db, "零申请、主动公开又不到50条的")
    assert "条件=少于50，且收到政府信息公开申请数等于0" in first_line(b) and "指标=主动公开信息数" in first_line(b)


def test_the_typed_reading_holds_each_condition(db):
    p = parse("零申请、主动公开又不到50条的单位有哪些")
    assert (p.metric, p.op, p.threshold) == ("active", "lt", 50.0)
    assert p.metric_conds == (("requests", "eq", 0.0),) and p.other_metrics == ()


@pytest.mark.parametrize("q", [
    "行政复议和行政诉讼都为零的单位",        # one bound on every figure: all_of, as before
    "收到申请超过10件的单位有哪些",           # one condition
    "收到申请在1件到10件之间的有哪些",        # a range is one condition
])
def test_one_condition_is_not_joined(db, q):
    assert "conditions_joined" not in parse(q).rules


# -- 2. a column's share of its figure ---------------------------------------------------------------
@pytest.mark.parametrize("q", [
    "临河区商务局2021年的申请里自然人占了百分之多少",
    "临河区商务局2021年收到的申请中自然人占多大比例",
    "临河区商务局2021年自然人申请占比是多少",
])
def test_a_column_share_of_one_report(db, q):
    a = ask(db, q)
    assert a.value == pytest.approx(0.75), a.text
    assert "75.0%" in a.text and "column_share" in a.plan.rules


# -- 3. which group is highest: by the means; grouped by city through the county -------------------
@pytest.mark.parametrize("q,best", [
    ("按层级看，哪个层级的主动公开平均条数最高", "街道"),
    ("各层级平均主动公开多少条，哪一级最高", "街道"),
    ("按层级分，哪个层级平均主动公开的最少", "乡镇"),
])
def test_the_group_of_the_highest_mean(db, q, best):
    a = ask(db, q)
    assert a.plan.agg == "avg" and a.text.split("\n")[1].startswith(("最高的是" + best, "最低的是" + best)), a.text


def test_the_sum_per_group_is_kept_when_no_mean_is_said(db):
    a = ask(db, "按层级汇总主动公开，哪一级最多")
    assert a.plan.agg is None and a.text.split("\n")[1].startswith("最多的是县级部门"), a.text


@pytest.mark.parametrize("q", [
    "内蒙古的报告按盟市分，哪个盟市的最多",
    "内蒙古的报告按地市分，哪个地市的报告最多",
    "内蒙古各盟市的报告，哪个城市最多",
])
def test_reports_counted_per_city_of_their_county(db, q):
    a = ask(db, q)
    assert a.plan.group_by == "city" and a.text.split("\n")[1].startswith("最多的是呼伦贝尔市（2份）"), a.text


# -- 4. a text search of alternatives ----------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("问题部分提到工作人员或者工作力量的报告有哪些", {EDU, CIV, TOWN1}),
    ("问题里提到工作人员或工作力量的单位", {EDU, CIV, TOWN1}),
    ("存在问题里提到培训、兼职的有哪些", {EDU, FIN}),
    ("问题中提到兼职或者培训的报告", {EDU, FIN}),
    ("问题里提到“工作人员”或者“工作力量”的报告", {EDU, CIV, TOWN1}),   # quoted, each as typed
    ("哪些报告的问题提到“兼职”或“培训”", {EDU, FIN}),
])
def test_any_alternative_is_found(db, q, want):
    a = ask(db, q)
    assert names(a) == want and "phrase_alternatives" in a.plan.rules, a.text
    assert "或“" in first_line(a)


def test_reports_mentioning_a_word_are_counted_once_each(db):
    a = ask(db, "存在问题里提到培训的有几份")   # 教育局 says it twice: one report
    assert a.value == 2, a.text


def test_a_phrase_in_radicals_is_found(db):
    a = ask(db, "问题中提到“工作人员”的报告")
    assert names(a) == {EDU, TOWN1}, a.text


# -- 5. a post's 副 typed 付 ---------------------------------------------------------------------------
@pytest.mark.parametrize("q", [
    "分管领导是付局长的有哪几个单位",
    "付局长分管的单位有哪些",
    "由付局长分管政务公开的单位",
])
def test_fu_typed_for_the_deputy(db, q):
    a = ask(db, q)
    assert names(a) == {EDU, FIN}, a.text
    assert "“付局长”按“副局长”理解" in first_line(a) and "post_typo" in a.plan.rules


@pytest.mark.parametrize("q,want", [
    ("付县长分管的", ("付县长", "副县长")),
    ("分管领导是付主任的", ("付主任", "副主任")),
    ("支付费用的报告", None),
    ("付费公开的", None),
])
def test_post_typo_only_before_a_post(q, want):
    assert post_typo(q) == want


# -- 1b. a statistic of one figure over the reports a condition on another picks ---------------------
@pytest.mark.parametrize("q,value", [
    ("零申请的单位平均主动公开多少条", (20 + 80 + 10) / 3),
    ("零申请的报告主动公开一共多少条", 110),
    ("收到申请超过10件的单位主动公开一共多少条", 200),
    ("主动公开超过100条的单位平均收到多少件申请", (12 + 3 + 1) / 3),
])
def test_a_statistic_of_one_figure_over_a_condition_on_another(db, q, value):
    a = ask(db, q)
    assert a.value == pytest.approx(value), a.text
    assert "condition_of_another" in a.plan.rules and "条件=" in first_line(a)
