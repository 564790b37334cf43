"""Session 11 second blind round (blind18 / blindv10), families fixed in general, each in several
shapes on a store of our own (places real, organs and figures invented):

1. level_range (lexicons/question_levels.tsv): 县级以下 / 县级及以下 / 市级以上 / 市级及以上: a tier and
   every tier below or above it, the tier itself included, the levels said in the first line;
2. template_said (assistant/templatesaid.py): 模版 typed for 模板, and 2021年以后模板 the 2021
   template, never the years 2021 onward;
3. year_shift (assistant/yearshift.py): 它上一年的呢 / 该单位前一年呢 / 那它下一年呢: the organ
   pointed at and the year moved from the answer before;
4. rank_followup (assistant/rankfollow.py): 第二名呢 / 第三呢 / 倒数第一呢 after a ranking: the n-th
   of the same ranking, ties named and said;
5. metric_sum (assistant/metricsum.py): 复议加诉讼一共多少 / 行政复议和行政诉讼合计: one figure,
   their sum, a report counted only when both are stated; 分别 keeps them apart.
"""
from __future__ import annotations


import pytest

from test_assistant_questions import converse, first_line, placed, t3, t4

YN, GZ = "云南省", "贵州省"


org = placed   # a record stating only the places given (its template where said)


def corpus() -> list[dict]:
    return [
        org("云南省人民政府", "云南省", "province", 2021, {**t3(40), **t4(review=6, direct=3)}, YN),
        org("云南省财政厅", "财政厅", "province_dept", 2022, {**t3(30), **t4(review=2, direct=1)}, YN),
        org("曲靖市人民政府", "曲靖市", "city", 2022, {**t3(25), **t4(review=4, after=2)}, YN, "曲靖市"),
        org("曲靖市民政局", "民政局", "city_dept", 2020, {**t3(9), **t4(review=1)}, YN, "曲靖市"),
        org("陆良县人民政府", "陆良县", "county", 2021, {**t3(12), **t4()}, YN, "曲靖市", "陆良县"),
        org("陆良县教育局", "教育局", "county_dept", 2021, t3(3), YN, "曲靖市", "陆良县"),
        org("陆良县马街镇人民政府", "马街镇", "township", 2022, t3(0), YN, "曲靖市", "陆良县"),
        org("陆良县中枢街道办事处", "中枢街道", "subdistrict", 2023, t3(0), YN, "曲靖市", "陆良县"),
        org("遵义市财政局", "财政局", "city_dept", 2019, {**t3(7), **t4(review=3, direct=2)}, GZ, "遵义市",
            template="2019"),
        org("遵义市财政局", "财政局", "city_dept", 2020, {**t3(5), **t4(review=1, direct=1)}, GZ, "遵义市",
            template="2019"),
        org("遵义市财政局", "财政局", "city_dept", 2021, {**t3(8), **t4(review=2)}, GZ, "遵义市"),
        org("湄潭县永兴镇人民政府", "永兴镇", "township", 2022, t3(0), GZ, "遵义市", "湄潭县"),
        org("湄潭县兴隆镇人民政府", "兴隆镇", "township", 2024, t3(0), GZ, "遵义市", "湄潭县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("familiesasb") / "asb.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a range of tiers ----------------------------------------------------------------------
BELOW_COUNTY = {"陆良县人民政府", "陆良县教育局", "陆良县马街镇人民政府", "陆良县中枢街道办事处"}
ABOVE_CITY = {"云南省人民政府", "云南省财政厅", "曲靖市人民政府", "曲靖市民政局"}


@pytest.mark.parametrize("q,want", [
    ("云南县级以下的报告有几份，乡镇街道都算", BELOW_COUNTY),
    ("云南县级及以下的报告有几份", BELOW_COUNTY),
    ("云南省县以下的单位有几家", BELOW_COUNTY),
    ("云南市级以上的报告有几份", ABOVE_CITY),
    ("云南市级及以上的报告有几份", ABOVE_CITY),
    ("云南的省级及以下的报告有几份", ABOVE_CITY | BELOW_COUNTY),
])
def test_a_range_of_tiers_is_the_tier_and_those_beyond(db, q, want):
    a = converse(db, q)
    assert a.understood and a.value == len(want), a.text
    assert "层级=" in first_line(a) and "未用到的词" not in first_line(a), a.text


def test_a_range_below_lists_its_reports(db):
    a = converse(db, "云南县级以下的报告列一下")
    assert a.understood and _names(a) == BELOW_COUNTY, a.text
    assert "乡镇" in first_line(a) and "县级政府" in first_line(a), first_line(a)


# -- 2. the template said loosely -------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("2021年以后模版的报告有几份", 10),
    ("2021年之后的新模板的报告有几份", 10),
    ("新模版的报告有几份", 10),
    ("2019版模版的报告有几份", 3),
    ("用旧模版的报告有几份", 3),
])
def test_the_template_said_with_a_typo_or_a_year_onward(db, q, want):
    a = converse(db, q)
    assert a.understood and a.value == want, a.text
    assert "模板=" in first_line(a) and "年份=" not in first_line(a), first_line(a)


def test_a_year_onward_without_a_template_word_stays_years(db):
    a = converse(db, "2021年以后的报告有几份")
    assert "模板=" not in first_line(a), first_line(a)


def test_template_said_rewrites_only_the_template():
    from assistant.templatesaid import template_said
    assert template_said("2021年以后模版的报告")[0] == "2021版模板的报告"
    assert template_said("2019年以后的模板")[0] == "2019年以后的模板"
    assert template_said("收到多少申请") == ("收到多少申请", None)


# -- 3. a relative year of the organ pointed at -----------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("遵义市财政局2020年收到几件申请", "它上一年的呢"), 7),
    (("遵义市财政局2020年收到几件申请", "该单位前一年呢"), 7),
    (("遵义市财政局2020年收到几件申请", "那它下一年呢"), 8),
    (("遵义市财政局2021年收到几件申请", "它上一年的呢", "再前一年呢"), 7),
])
def test_a_relative_year_of_the_organ_pointed_at(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "year_shift" in a.plan.rules and "往" in first_line(a), first_line(a)


# -- 4. a place in the ranking before ---------------------------------------------------------
@pytest.mark.parametrize("turns,want,value", [
    (("云南收到申请最多的是哪个单位", "第二名呢"), {"云南省财政厅"}, 30),
    (("云南收到申请最多的是哪个单位", "第三呢"), {"曲靖市人民政府"}, 25),
    (("云南收到申请最多的是哪个单位", "第2位是谁"), {"云南省财政厅"}, 30),
    (("云南收到申请最多的前三个单位", "第二名呢"), {"云南省财政厅"}, 30),
    (("云南收到申请最少的是哪个单位", "倒数第一呢"), {"云南省人民政府"}, 40),
    (("云南收到申请最多的是哪个单位", "第二名呢", "第三名呢"), {"曲靖市人民政府"}, 25),
])
def test_a_place_in_the_ranking_before(db, turns, want, value):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want and a.value == value, a.text
    assert "rank_followup" in a.plan.rules and "第" in first_line(a), first_line(a)


def test_a_place_shared_by_a_tie_names_every_report(db):
    a = converse(db, "云南收到申请最多的是哪个单位", "倒数第一呢")
    assert _names(a) == {"陆良县马街镇人民政府", "陆良县中枢街道办事处"} and a.value == 0, a.text
    assert "并列" in a.text, a.text


def test_a_place_is_no_follow_up_without_a_ranking(db):
    a = converse(db, "云南的报告有几份", "第二名呢")
    assert "rank_followup" not in (a.plan.rules if a.plan else ()), a.text


def test_rank_asked_reads_the_place():
    from assistant.rankfollow import rank_asked
    assert rank_asked("第二名呢") == (2, False)
    assert rank_asked("倒数第一呢？") == (1, True)
    assert rank_asked("第3位是哪个单位") == (3, False)
    assert rank_asked("第二季度收到多少申请") is None


# -- 5. two figures summed --------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("遵义市财政局2019年复议加诉讼一共多少", 5),
    ("遵义市财政局2019年行政复议和行政诉讼合计多少件", 5),
    ("遵义市财政局2020年行政复议与行政诉讼总共几件", 2),
    ("曲靖市人民政府的行政复议和行政诉讼一共多少", 6),
    # every total word of the sum words' role joined (question_sum_words.tsv), not only 合计 / 一共
    ("遵义市财政局2019年复议和诉讼累计多少件", 5),
    ("遵义市财政局2019年行政复议与行政诉讼总量是多少", 5),
    ("遵义市财政局2020年复议及诉讼统共几件", 2),
])
def test_two_figures_asked_as_one_sum(db, q, want):
    a = converse(db, q)
    assert a.understood and a.value == want, a.text
    assert "之和" in first_line(a), first_line(a)


def test_a_sum_counts_reports_stating_both(db):
    # 陆良县教育局 states no table 4: never counted as 0 in the sum
    a = converse(db, "云南的行政复议加行政诉讼一共多少")
    assert a.understood and a.value == 6 + 3 + 2 + 1 + 4 + 2 + 1, a.text
    assert "之和" in first_line(a), first_line(a)


def test_a_sum_follows_the_organ_pointed_at(db):
    a = converse(db, "遵义市财政局2019年收到多少申请", "那复议和诉讼合计呢")
    assert a.understood and a.value == 5, a.text


@pytest.mark.parametrize("turns, want", [
    # the sum asked right after one organ's figure, no word pointing back: that organ's (as 行政复议有
    # 几件 after it is), never every report's total
    (("遵义市财政局2019年收到多少申请", "复议加诉讼一共多少"), 5),
    (("遵义市财政局2020年收到多少申请", "行政复议和行政诉讼合计多少件"), 2),
])
def test_a_sum_right_after_an_organ_is_that_organs(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text


def test_a_sum_of_every_report_said_so_stays_every_reports(db):
    whole = converse(db, "所有报告的复议加诉讼一共多少")
    a = converse(db, "遵义市财政局2019年收到多少申请", "所有报告的复议加诉讼一共多少")
    assert a.value == whole.value != 5, a.text


def test_figures_asked_each_are_never_added():
    from assistant.metricsum import sum_said
    q = "行政复议和行政诉讼分别多少"
    assert not sum_said(q, [(0, 4), (5, 9)])
    assert sum_said("行政复议和行政诉讼合计多少", [(0, 4), (5, 9)])
    assert sum_said("复议加诉讼多少", [(0, 2), (3, 5)])
    assert not sum_said("复议增加了诉讼多少", [(0, 2), (5, 7)])


@pytest.mark.parametrize("turns,want,year", [
    (("贵州收到申请最多的是哪个单位", "它上一年的呢"), 5, 2020),
    (("贵州收到申请最多的是哪个单位", "它前一年呢"), 5, 2020),
    (("贵州收到申请最多的是哪个单位", "它上一年的呢", "再前一年呢"), 7, 2019),
])
def test_a_relative_year_of_the_report_answered(db, turns, want, year):
    # the question before had no year: the year of the one report it answered is moved
    a = converse(db, *turns)
    assert a.understood and a.value == want and a.plan.years == (year,), a.text
    assert "往前一年" in first_line(a) and "未用到的词" not in first_line(a), first_line(a)
