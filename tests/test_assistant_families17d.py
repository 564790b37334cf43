"""Families behind session 17's elliptical follow-ups (fixer qa17d), each in several shapes on a
store of our own (places real, organs and figures invented):

1. aspect_of_listed (assistant/followup.py): a turn naming no scope of its own that asks an
   aspect — a figure (its total), a channel, a phrase, a figure stated, a ranking — after a
   list, a count or a yes-no of reports of a scope is asked of those, and the reading says so
   (范围=上一问的…); a level, year or place it names replaces only that part of the scope.
2. condition_of_figure: a condition with no figure named (不是0的有哪些) after a question of one
   figure is that figure's.
3. 它 after one organ's reports of two years (assistant/pointback.one_pointed): which year is asked.
4. the words: 公开条数 / 公开信息 / 公开最多 (lexicons/metrics.tsv: the proactive count), 地市 /
   地市政府 (lexicons/question_levels.tsv), 剩下的 (the rest of the list before).
5. sayrows: reports stating no channel at all (never a crash on a channel of None); 没留电话的有
   多少份 counts reports, 几家 organs.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, record, t3

HN = "湖南省"


def org(name, short, level, year, figures, city="株洲市", county=None, facts=(), contact=None,
        province=HN):
    r = record(name, short, level, county, year, figures, facts=facts, contact=contact)
    r["source"]["sha256"] = hashlib.sha256((f"{name}{short}{year}").encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


def f(new, active=None, wechat=None, review=None):
    d = t3(new)
    if active is not None:
        d["n.active_published"] = active
    if wechat is not None:
        d["n.wechat_posts"] = wechat
    if review is not None:
        d["n.review_cases"] = review
    return d


WX = ("channel", "通过微信公众号发布", "wechat")
WEB = ("channel", "通过政府网站公开", "portal")


def corpus() -> list[dict]:
    return [
        org("攸县黄丰桥镇人民政府", "黄丰桥镇", "township", 2023, f(2, active=40, wechat=12, review=0),
            county="攸县", facts=(WX,), contact={"phones": ["0731-24000001"]}),
        org("攸县鸾山镇人民政府", "鸾山镇", "township", 2023, f(0, active=90, review=1),
            county="攸县", facts=(WEB,)),
        org("茶陵县严塘镇人民政府", "严塘镇", "township", 2023, f(5, active=15, wechat=30),
            county="茶陵县", facts=(WX, WEB), contact={"phones": ["0731-25000002"]}),
        org("茶陵县严塘镇人民政府", "严塘镇", "township", 2021, f(1, active=22), county="茶陵县"),
        org("攸县教育局", "教育局", "county_dept", 2023, f(30, active=300, review=2), county="攸县",
            facts=(WX,)),
        org("茶陵县教育局", "教育局", "county_dept", 2023, f(8, active=120), county="茶陵县"),
        org("株洲市教育局", "教育局", "city_dept", 2023, f(70, active=800, review=0), facts=(WEB,)),
        org("株洲市人民政府", "株洲市", "city", 2023, f(400, active=5000), contact={"phones": ["0731-28000000"]}),
        org("湘潭市人民政府", "湘潭市", "city", 2021, f(300, active=4000), city="湘潭市"),
        org("湖南省民政厅", "民政厅", "province_dept", 2023, f(150, active=600, review=3), city=None),
        org("湖南省人民政府", "湖南省", "province", 2023, f(900, active=9000), city=None),
        org("炎陵县人民政府", "炎陵县", "county", 2022, f(20, active=700), county="炎陵县"),
        org("炎陵县人民政府", "炎陵县", "county", 2023, f(25, active=750), county="炎陵县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("families17d") / "f17d.db", corpus())


# -- 1. an aspect asked of the reports counted or listed before ------------------------------
@pytest.mark.parametrize("first", ["2023年乡镇的有几份", "2023年的乡镇报告有哪些", "2023年乡镇的报告有吗"])
def test_a_channel_count_is_of_the_scope_before(db, first):
    a = converse(db, first, "有几个开了微信公众号的")
    assert a.value == 2, a.text
    assert "aspect_of_listed" in a.plan.rules and "范围=上一问的" in a.text, a.text


@pytest.mark.parametrize("turns,total", [
    (("2023年乡镇的有几份", "收到申请多少件"), 7),
    (("攸县的有几个", "主动公开一共多少条"), 430),
    (("茶陵县的报告有哪些", "微信发了多少条"), 30),
    (("2023年的有几份", "去掉攸县的，剩下的收到几件申请"), 5 + 8 + 70 + 400 + 150 + 900 + 25),
])
def test_a_figure_asked_of_several_is_their_total(db, turns, total):
    a = converse(db, *turns)
    assert a.value == total, a.text
    assert a.plan.agg == "sum" and "范围=上一问的" in a.text, a.text


@pytest.mark.parametrize("turns,who", [
    (("2023年乡镇的有几份", "公开条数最少的是哪个"), "严塘镇"),
    (("2023年乡镇的有几份", "公开条数最少的是哪个", "那最多的呢"), "鸾山镇"),
    (("教育局的报告有哪些", "县级的哪个公开最多"), "攸县教育局"),
    (("教育局的有几份", "市级的公开信息最多的是哪个"), "株洲市教育局"),
])
def test_a_ranking_keeps_what_it_does_not_name(db, turns, who):
    a = converse(db, *turns)
    assert who in a.text.split("\n", 1)[1].split("，")[0] or a.value is not None and who in a.text, a.text
    assert a.plan.metric == "active", a.text


def test_a_ranking_naming_a_level_keeps_the_organs(db):
    a = converse(db, "教育局的报告有哪些", "县级的哪个公开最多")
    assert a.plan.organ_names and "县级" not in a.plan.organ_names[0], a.plan
    assert "攸县教育局" in a.text and "株洲市教育局" not in a.text.split("\n", 1)[1], a.text
    assert "层级按本问" in a.text, a.text


@pytest.mark.parametrize("turns,names", [
    (("2023年乡镇的有几个", "哪几个写了微信发布条数"), {"黄丰桥镇", "严塘镇"}),
    (("攸县的报告有吗", "哪家写了行政复议"), {"黄丰桥镇", "鸾山镇", "攸县教育局"}),
])
def test_which_state_a_figure_of_the_scope(db, turns, names):
    a = converse(db, *turns)
    got = {r[0].replace("攸县", "").replace("茶陵县", "").replace("人民政府", "") or r[0] for r in a.rows}
    assert {n.replace("攸县", "") or n for n in names} <= got | {n for n in names if n in a.text}, a.text
    assert len(a.rows) == len(names), a.text


@pytest.mark.parametrize("turns", [("2023年乡镇的有几份", "所有报告里哪些写了微信公众号"),
                                   ("库里一共有几份报告", "收到申请多少件")])
def test_no_scope_before_is_every_report(db, turns):
    a = converse(db, *turns)
    assert "aspect_of_listed" not in a.plan.rules, a.plan.rules


# -- 2. a condition with no figure is the figure's before --------------------------------------
@pytest.mark.parametrize("second,n", [("不是0的有哪些", 3), ("超过1件的有哪些", 2), ("不为零的有几个", 3)])
def test_a_condition_keeps_the_figure(db, second, n):
    a = converse(db, "哪些报告写了行政复议", second)
    assert a.plan.metric == "review" and "condition_of_figure" in a.plan.rules, a.text
    assert (a.value if a.plan.agg == "count" else len(a.rows)) == n, a.text


# -- 3. 它 after one organ's two years --------------------------------------------------------
@pytest.mark.parametrize("second", ["它主动公开多少条", "它收到多少申请"])
def test_it_of_two_years_asks_which(db, second):
    a = converse(db, "炎陵县的报告有吗", second)
    assert a.value is None and "哪一年" in a.text, a.text
    assert a.options, a.text


# -- 4. the words -------------------------------------------------------------------------------
@pytest.mark.parametrize("first,second,n", [
    ("湖南的报告有几份", "地市政府的呢", 2),
    ("地市部门的报告有几份", "2023年的呢", 1),
    ("地市政府有几份", "2021年的呢", 1),
])
def test_dishi_is_the_city_tier(db, first, second, n):
    a = converse(db, first, second)
    assert set(a.plan.levels) <= {"city", "city_dept"} and a.plan.levels, a.plan
    assert "group" not in a.plan.rules and a.value == n, a.text


# -- 5. what is said of reports stating no channel / no phone ------------------------------------
@pytest.mark.parametrize("q,n", [("攸县的报告里哪些一个公开渠道都没写", 0), ("茶陵县哪些没写公开渠道", 2),
                                 ("哪些报告没有写公开渠道", 8)])
def test_no_channel_at_all(db, q, n):
    a = converse(db, q)
    assert len(a.rows) == n, a.text
    assert "没有写公开渠道" in a.text or n == 0, a.text


@pytest.mark.parametrize("q,value", [("县直部门的报告里，没留电话的有多少份？", 2), ("没留电话的报告有几份", 10),
                                     ("没留电话的有几家", 9), ("没留电话的有多少份", 10)])
def test_no_phone_counts_as_asked(db, q, value):
    a = converse(db, q)
    assert a.value == value, a.text
