"""Families behind session 17's question-set misses (fixer qa17b), each in several shapes on a
store of our own (places real, organs, figures and texts invented):

1. count_said (assistant/countsaid.py): a count with its unit before or after a figure's words
   (写明全年0件申请的, 收到3件申请的, 零件申请, 申请0件) is the figure equal to it, never 已填写
   nor "some"; a follow-up of it after a list of a place's reports keeps those reports.
2. comparison shapes (lexicons/question_words.tsv role cmp): 及以上 / 或以上 / （含）以上,
   及以下 / 或以下 / 以内, 不小于 / 不大于 / 达到, never the 小于 inside 不小于.
3. problems_said (lexicons/question_words.tsv role text): 有啥不足 / 什么毛病 / 哪些差距 / 不足之处
   ask the problems, 什么打算 / 采取了哪些措施 the remedies; 不足10件 stays a bound.
4. channel_named (assistant/vocab.py, lexicons/question_channel_groups.tsv): 提到 + a channel's
   name in full (政务微博, 微信公众号, 政务服务APP) is the channel (a report printing 微博 found);
   a word narrower than its channel (新闻发布会, 抖音) stays the phrase.
5. tier (assistant/planorgans.py) / tier_said (assistant/vocabscan.py): a tier said before a
   bureau whose typed name is taken out and glossed in brackets (县里的X局（卫健委）) is read; a tier
   word read into no level (县里的报告) is said, never dropped silently.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, record, t3, t4

HB = "湖北省"


def org(name, short, level, year, figures, county=None, city="宜昌市", facts=()):
    r = record(name, short, level, county, year, figures, facts=facts)
    r["source"]["sha256"] = hashlib.sha256((f"{name}{short}{year}").encode()).hexdigest()
    r["organ"].update(province=HB, city=city, county=county)
    return r


def figs(new, review=0, lawsuit=0):
    d = t3(new)
    d.update(t4(review=review, direct=lawsuit))
    return d


def corpus() -> list[dict]:
    return [
        org("夷陵区小溪塔街道办事处", "小溪塔街道", "subdistrict", 2022, figs(0), county="夷陵区",
            facts=[("channel", "微博", "weibo"), ("problem", "公开意识有待加强", None),
                   ("remedy", "加强业务培训", None)]),
        org("夷陵区丁家坝街道办事处", "丁家坝街道", "subdistrict", 2022, figs(3), county="夷陵区",
            facts=[("channel", "政务微博", "weibo"), ("channel", "微信公众号", "wechat")]),
        org("远安县鸣凤镇人民政府", "鸣凤镇", "township", 2022, figs(0, review=1), county="远安县",
            facts=[("channel", "公众号", "wechat"), ("channel", "新闻发布会", "press")]),
        org("远安县花林寺镇人民政府", "花林寺镇", "township", 2022, figs(1), county="远安县",
            facts=[("channel", "电视", "press"), ("channel", "宜昌发布APP", "app")]),
        org("远安县茅坪场镇人民政府", "茅坪场镇", "township", 2021, figs(0), county="远安县"),
        org("远安县卫生健康局", "卫生健康局", "county_dept", 2023, figs(5, review=2), county="远安县",
            facts=[("problem", "信息公开的深度和广度不够", None), ("remedy", "完善公开目录", None)]),
        org("夷陵区卫生健康局", "卫生健康局", "county_dept", 2023, figs(12, review=3, lawsuit=1),
            county="夷陵区"),
        org("宜昌市卫生健康委员会", "卫生健康委员会", "city_dept", 2023, figs(40, review=2)),
        org("宜昌市教育局", "教育局", "city_dept", 2023, figs(25, review=1)),
        org("远安县人民政府", "远安县", "county", 2023, figs(30, review=4, lawsuit=2), county="远安县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("families17b") / "f17b.db", corpus())


def names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a count said is the figure's value ------------------------------------------------------
@pytest.mark.parametrize("q,n", [
    ("写明全年0件申请的乡镇有哪些", 0),
    ("哪些街道写了收到0件申请", 0),
    ("2022年收到零件申请的乡镇是哪几个", 0),
    ("全年只收到1件申请的乡镇有哪些", 1),
    ("收到3件申请的单位有哪些", 3),
    ("乡镇里申请0件的有哪些", 0),
    ("行政复议2件的有哪些", 2),
])
def test_a_count_said_is_the_value(db, q, n):
    a = converse(db, q)
    assert (a.plan.op, a.plan.threshold) == ("eq", float(n)), a.text
    assert "count_said" in a.plan.rules, a.plan.rules
    assert "未用到的词" not in a.text, a.text


def test_a_count_said_counts(db):
    a = converse(db, "收到0件申请的乡镇有几个")
    assert a.value == 2, a.text   # 鸣凤镇, 茅坪场镇 (花林寺镇 received 1)


def test_a_stated_figure_with_no_count_stays_stated(db):
    a = converse(db, "写明了收到申请数的乡镇有哪些")
    assert a.plan.op == "stated", a.text


def test_a_bound_is_no_count_said(db):
    a = converse(db, "收到超过2件申请的单位有哪些")
    assert (a.plan.op, a.plan.threshold) == ("gt", 2.0), a.text


@pytest.mark.parametrize("turns", [
    ("夷陵区的报告", "哪几份写了全年收到0件申请？"),
    ("夷陵区那几份报告", "哪几份收到过申请"),
])
def test_a_condition_after_a_place_s_reports_keeps_them(db, turns):
    a = converse(db, *turns)
    assert a.plan.region and a.plan.region[1] == turns[0][:3], a.text
    assert "condition_of_listed" in a.plan.rules, a.plan.rules


def test_zero_requests_after_a_place_s_reports(db):
    a = converse(db, "夷陵区的报告", "哪几份写了全年收到0件申请？")
    assert names(a) == {"夷陵区小溪塔街道办事处"}, a.text


# -- 2. the comparison words in their other shapes -----------------------------------------------
@pytest.mark.parametrize("q,op,n", [
    ("行政复议有2件及以上的是哪些", "ge", 2),
    ("行政复议2件或以上的单位有哪些", "ge", 2),
    ("行政复议2件（含）以上的单位有哪些", "ge", 2),
    ("两件及以上行政复议的单位有哪些", "ge", 2),
    ("收到申请5件及以下的有哪些", "le", 5),
    ("收到申请5件或以下的有哪些", "le", 5),
    ("收到申请在5件以内的有哪些", "le", 5),
    ("申请数不小于10的有哪些", "ge", 10),
    ("申请数不大于3件的有哪些", "le", 3),
    ("收到的申请达到12件的有哪些", "ge", 12),
    ("收到申请小于等于1件的有哪些", "le", 1),
])
def test_comparison_shapes(db, q, op, n):
    a = converse(db, q)
    assert (a.plan.op, a.plan.threshold) == (op, float(n)), a.text
    assert "未用到的词" not in a.text and not a.plan.unread_conditions, a.text


def test_two_or_more_reviews_listed(db):
    a = converse(db, "行政复议有2件及以上的是哪些")
    assert names(a) == {"远安县卫生健康局", "夷陵区卫生健康局", "宜昌市卫生健康委员会", "远安县人民政府"}, a.text


# -- 3. the problems and remedies asked in other words -------------------------------------------
@pytest.mark.parametrize("q,kind", [
    ("远安县卫生健康局自己说有啥不足", "problem"),
    ("远安县卫生健康局有什么不足", "problem"),
    ("远安县卫生健康局承认有哪些差距", "problem"),
    ("远安县卫生健康局有什么毛病", "problem"),
    ("远安县卫生健康局说了哪些不足之处", "problem"),
    ("远安县卫生健康局有哪些不到位的地方", "problem"),
    ("远安县卫生健康局下一步有什么打算", "remedy"),
    ("远安县卫生健康局采取了哪些措施", "remedy"),
])
def test_problems_said_in_other_words(db, q, kind):
    a = converse(db, q)
    assert a.plan.kind == "text" and kind in a.plan.text_kinds, a.text
    assert "未用到的词" not in a.text, a.text
    assert ("深度和广度" if kind == "problem" else "公开目录") in a.text, a.text


def test_a_shortfall_with_a_number_is_a_bound(db):
    a = converse(db, "收到申请不足10件的乡镇有哪些")
    assert (a.plan.op, a.plan.threshold) == ("lt", 10.0) and a.plan.kind == "figure", a.text


# -- 4. a channel's name in full is the channel ---------------------------------------------------
@pytest.mark.parametrize("q,channel,found", [
    ("提到政务微博的街道是哪几个？", "weibo", {"夷陵区小溪塔街道办事处", "夷陵区丁家坝街道办事处"}),
    ("哪些报告提到了微信公众号", "wechat", {"夷陵区丁家坝街道办事处", "远安县鸣凤镇人民政府"}),
    ("报告里提到政务服务APP的有哪些", "app", {"远安县花林寺镇人民政府"}),
    ("说到官方微博的有哪些", "weibo", {"夷陵区小溪塔街道办事处", "夷陵区丁家坝街道办事处"}),
])
def test_a_channel_named_in_full_is_the_channel(db, q, channel, found):
    a = converse(db, q)
    assert a.plan.channel == channel and not a.plan.phrase, a.text
    assert "channel_named" in a.plan.rules, a.plan.rules
    assert names(a) == found, a.text


@pytest.mark.parametrize("q,phrase", [("哪些报告提到了新闻发布会", "新闻发布会"), ("提到抖音的报告有哪些", "抖音")])
def test_a_channel_word_narrower_than_its_channel_is_the_phrase(db, q, phrase):
    a = converse(db, q)
    assert a.plan.phrase == phrase and not a.plan.channel, a.text


def test_the_channel_is_said_in_chinese(db):
    a = converse(db, "开通了政务微博的街道有哪些")
    first = a.text.split("\n", 1)[0]
    assert "政务微博" in first and "weibo" not in first, first


# -- 5. a tier said is read or said ---------------------------------------------------------------
@pytest.mark.parametrize("q,level", [
    ("县里的卫建局（卫健委）23年报告列一下", "county_dept"),
    ("市里的卫建局（卫健委）报告有哪些", "city_dept"),
    ("县级的卫建局(卫生健康局)有几份报告", "county_dept"),
    ("县里面的卫生健康局有哪些报告", "county_dept"),
])
def test_a_tier_before_a_glossed_bureau_is_read(db, q, level):
    a = converse(db, q)
    assert a.plan.levels == (level,), a.text
    assert "宜昌市卫生健康委员会" not in a.text or level == "city_dept", a.text


@pytest.mark.parametrize("q", ["县里的报告有几份", "市里的收到申请最多的是哪个", "区里的也算，报告有几份"])
def test_a_tier_read_into_no_level_is_said(db, q):
    a = converse(db, q)
    first = a.text.split("\n", 1)[0]
    assert not a.plan.levels and "没有按层级筛选" in first, first
    assert "tier_said" in a.plan.rules, a.plan.rules


def test_the_asker_s_own_tier_is_no_scope(db):
    a = converse(db, "市里要汇总一下，收到申请最多的是哪个单位")
    assert "没有按层级筛选" not in a.text and "tier_said" not in a.plan.rules, a.text


def test_a_channel_word_inside_a_metric_alias_stays_the_metric(db):
    a = converse(db, "官方公众号发文数量最多的是哪家")
    assert a.plan.metric == "wechat_posts" and "未用到的词" not in a.text, a.text
