"""Families behind session 16's remaining question-set misses, each in several shapes on a store
of our own (places real, organs and figures invented):

1. values_summed (assistant/valuessum.py): a total over the values of the answer before —
   …收到多少申请 → 那复议和诉讼呢 (each figure said) → 两个加起来一共多少件; a ranking's values →
   这几个加起来 / 合计一下 / 一共多少; each addend said; a value not stated is said so, never a
   total made up; 一共几个 still counts.
2. audit_of_listed after a count (assistant/followup.py): …的报告有几份 → 哪几份一条问题都没写 /
   哪些没写问题 after a list: those counted or listed that write none, their filters kept; 哪几份
   names reports by their classifier (assistant/kind.py), as 哪些报告 does.
3. unstated_meta of 报告年度 (assistant/planyears.py leaves it to assistant/unread.py): 哪些报告
   年度没有写明 / 报告年度不详的有几份 are the reports with no year, never each report's own year;
   本年度收到的申请 still each report's own year.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, record, t3, t4

GS = "甘肃省"


def org(name, short, level, year, figures, county=None, active=None, problems=()):
    figs = dict(figures)
    if active is not None:
        figs["n.active_published"] = active
    r = record(name, short, level, county, year, figs, facts=[("problem", p, None) for p in problems])
    r["source"]["sha256"] = hashlib.sha256((f"{name}{short}{year}").encode()).hexdigest()
    r["organ"].update(province=GS, city="定西市", county=county)
    return r


def corpus() -> list[dict]:
    no_year = org("定西市信访局", "信访局", "city_dept", 2022, t3(4), problems=("人员不足",))
    no_year["year"], no_year["template"] = None, None   # a report stating no year
    return [
        org("安定区教育局", "教育局", "county_dept", 2022, {**t3(8), **t4(review=3, direct=4, after=1)},
            county="安定区", active=300),
        org("安定区民政局", "民政局", "county_dept", 2022, {**t3(5), **t4(review=1, direct=2)},
            county="安定区", active=120, problems=("信息更新不及时",)),
        org("安定区人民政府", "安定区", "county", 2022, {**t3(30), **t4(review=6, direct=2)},
            county="安定区", active=900),
        org("安定区卫生健康局", "卫生健康局", "county_dept", 2022, t3(2), county="安定区"),
        org("定西市人民政府", "定西市", "city", 2022, {**t3(50), **t4(review=10, direct=7)}, active=2000,
            problems=("解读形式单一",)),
        no_year,
        org("定西经济开发区管理委员会", "定西经开区", "city_dept", 2022, t3(1)),
        org("定西高新技术产业开发区管理委员会", "定西高新区", "city_dept", 2023, t3(2),
            problems=("栏目建设不够完善", "宣传不够")),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("families16c") / "f16c.db", corpus())


# -- 1. a total over the values of the answer before -------------------------------------------
@pytest.mark.parametrize("turns,want,addends", [
    (("安定区教育局2022年收到多少申请", "那复议和诉讼呢", "两个加起来一共多少件"), 8, ("3件", "5件")),
    (("安定区教育局2022年收到多少申请", "行政复议和行政诉讼呢", "合计一下"), 8, ("3件", "5件")),
    (("定西市人民政府2022年收到多少申请？", "那复议和诉讼各是多少", "这两个加在一起是多少"), 17, ("10件", "7件")),
    (("2022年县直部门里主动公开最多的两家", "这几个加起来"), 420, ("300条", "120条")),
    (("2022年县直部门里主动公开最多的两家", "一共多少条"), 420, ("300条", "120条")),
])
def test_the_values_before_added_up(db, turns, want, addends):
    a = converse(db, *turns)
    assert a.value == want, a.text
    assert "values_summed" in a.plan.rules, a.plan.rules
    assert all(x in a.text for x in addends), a.text


def test_a_value_not_stated_is_said_never_summed(db):
    a = converse(db, "安定区卫生健康局2022年收到多少申请", "那复议和诉讼呢", "两个加起来多少")
    assert a.value is None, a.text
    assert "没有填写" in a.text and "无法合计" in a.text, a.text


def test_the_reports_not_stating_it_said_beside_the_total(db):
    a = converse(db, "2022年县直部门主动公开各多少条", "这几个加起来")
    assert a.value == 420, a.text
    assert "另有1份报告未填写该项，未计入" in a.text, a.text


@pytest.mark.parametrize("turns", [
    ("2022年县直部门里主动公开最多的两家", "一共几个"),
    ("安定区教育局2022年收到多少申请", "那复议和诉讼呢", "定西市人民政府的呢"),
])
def test_no_sum_asked_is_no_sum(db, turns):
    a = converse(db, *turns)
    assert "values_summed" not in a.plan.rules, a.text


def test_the_figures_asked_after_one_are_each_said(db):
    a = converse(db, "安定区民政局2022年收到多少申请", "那复议和诉讼呢")
    assert "行政复议数为1件" in a.text and "行政诉讼数为2件" in a.text, a.text


# -- 2. what those counted do not write ---------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("管委会交的报告有多少份？", "哪几份一条问题都没写？"), {"定西经济开发区管理委员会"}),
    (("管委会的报告有几份", "哪几份没写存在的问题"), {"定西经济开发区管理委员会"}),
    (("管委会的报告有哪些", "哪些没写问题"), {"定西经济开发区管理委员会"}),
    (("2022年县直部门的报告有几份", "哪几份一条问题都没写"), {"安定区教育局", "安定区卫生健康局"}),
])
def test_those_counted_that_write_none(db, turns, want):
    a = converse(db, *turns)
    assert {r[0] for r in a.rows} == want, a.text


def test_which_reports_by_their_classifier(db):
    a = converse(db, "哪几份一条问题都没写？")
    assert a.understood and len(a.rows) == 4, a.text


# -- 3. 报告年度 not stated ----------------------------------------------------------------------
@pytest.mark.parametrize("q", ["哪些报告年度没有写明", "哪些报告的报告年度没写", "报告年度不详的报告有哪些",
                               "有没有报告连年度都没写"])
def test_the_report_year_unstated(db, q):
    a = converse(db, q)
    assert "unstated_meta" in a.plan.rules and {r[0] for r in a.rows} == {"定西市信访局"}, a.text


def test_the_own_year_still_each_reports(db):
    a = converse(db, "哪些报告本年度收到的申请超过20件")
    assert "own_year" in a.plan.rules and {r[0] for r in a.rows} == {"安定区人民政府", "定西市人民政府"}, a.text


# -- 4. a difference asked in the turn of the second scope, or against 它 ------------------------
@pytest.mark.parametrize("turns,want", [
    (("安定区人民政府2022年收到多少申请？", "安定区教育局呢？差多少"), 22),
    (("安定区人民政府2022年收到多少申请？", "那安定区教育局的呢，少了多少"), 22),
    (("安定区教育局2022年主动公开多少条", "安定区民政局呢？比它少了多少条"), 180),
    (("安定区人民政府2022年收到多少申请？", "安定区教育局呢", "安定区人民政府比它多了多少"), 22),
    (("安定区人民政府2022年收到多少申请？", "安定区教育局呢", "安定区教育局比它少了几件"), 22),
])
def test_the_difference_of_two_scopes_asked_in_one_turn_or_against_it(db, turns, want):
    a = converse(db, *turns)
    assert a.value == want, a.text
    assert "turns_joined" in a.plan.rules, a.plan.rules


def test_both_values_said_when_asked_in_one_turn(db):
    a = converse(db, "安定区人民政府2022年收到多少申请？", "安定区教育局呢？差多少")
    assert "8件" in a.text and "30件" in a.text, a.text
    assert a.text.startswith("我理解为"), a.text


@pytest.mark.parametrize("turns", [
    ("安定区人民政府2022年收到多少申请？", "安定区教育局呢", "定西市人民政府比它多了多少"),
    ("安定区人民政府2022年收到多少申请？", "安定区教育局呢？差多少", "那民政局呢，比它少了多少"),
])
def test_a_difference_not_computed_is_said(db, turns):
    a = converse(db, *turns)
    assert "没有计算" in a.text, a.text
    assert "turns_joined" not in a.plan.rules or a.value not in (22, 17), a.text


def test_the_figure_asked_with_a_difference_is_its_own(db):
    a = converse(db, "安定区教育局2022年收到多少申请？", "那民政局呢？申请差多少")
    assert a.understood, a.text
