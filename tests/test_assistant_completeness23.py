"""Families behind session 14's blind23 misses, each in several shapes on a store of our own
(places real, organs and figures invented):

1. facets_said (assistant/facets.py, lexicons/question_elements.tsv): several elements of a
   report, all stated (两项都写了, 这三样都有, 要素齐全), some stated and others not (只写了…、没写…),
   none (都没写), one missing at least (要素不全), or which are missing (缺了哪几项要素); a count
   said with them counts elements, never the items a report lists;
2. change_percent (assistant/changepct.py): one organ's figure in two years, the change in percent
   of the earlier (下降了百分之几: the fall; 增长还是下降: the change, its sign), as a follow-up too;
3. organ_difference (assistant/organdiff.py): A和B谁多，多多少 / A比B多多少;
4. nth_of_list (assistant/pointback.py): 第二个的复议有几件 after a ranked list;
5. place_dropped (assistant/widen.py): 不限云南，所有市政府的呢 after 云南的市级政府报告.
"""
from __future__ import annotations


import pytest

from test_assistant_questions import converse, first_line, placed, t3, t4

YN, ZJ, HB = "云南省", "浙江省", "河北省"
P, R = ("problem", "公开栏更新不及时", None), ("remedy", "加强公开栏日常维护", None)
OFFICIAL = ("responsible_official", "由副县长分管", "副县长")
OFFICE = ("responsible_office", "办公室具体负责", "办公室")
CHANNEL = ("channel", "通过政府网站公开", "portal")
PHONE = {"phones": ["0870-1234567"]}


org = placed   # a record stating only the places given, its contact and facts


def corpus() -> list[dict]:
    return [
        # every element stated
        org("彝良县教育局", "教育局", "county_dept", 2021, {**t3(40), **t4(review=3)}, YN, "昭通市", "彝良县",
            contact=PHONE, facts=[OFFICIAL, OFFICE, CHANNEL, P, R]),
        # problems and remedies, an office, no official, no channel, no phone
        org("彝良县民政局", "民政局", "county_dept", 2021, {**t3(25), **t4(review=5)}, YN, "昭通市", "彝良县",
            facts=[OFFICE, P, R, ("problem", "培训不足", None), ("remedy", "开展培训", None)]),
        # a problem, no remedy
        org("彝良县财政局", "财政局", "county_dept", 2021, {**t3(12), **t4(review=1)}, YN, "昭通市", "彝良县",
            contact=PHONE, facts=[P]),
        org("昭通市水务局", "水务局", "city_dept", 2021, t3(3), YN, "昭通市", facts=[P, CHANNEL]),
        # a remedy, no problem
        org("昭通市林业局", "林业局", "city_dept", 2021, t3(2), YN, "昭通市", facts=[R]),
        # nothing stated
        org("彝良县角奎镇人民政府", "角奎镇", "township", 2021, t3(0), YN, "昭通市", "彝良县"),
        # one organ, two years: 15 then 5 (a fall of 66.7%), 8 the year after (a rise of 60%)
        org("嘉善县财政局", "财政局", "county_dept", 2019, t3(15), ZJ, "嘉兴市", "嘉善县"),
        org("嘉善县财政局", "财政局", "county_dept", 2020, t3(5), ZJ, "嘉兴市", "嘉善县"),
        org("嘉善县财政局", "财政局", "county_dept", 2021, t3(8), ZJ, "嘉兴市", "嘉善县"),
        org("昭通市人民政府", "昭通市", "city", 2021, t3(60), YN, "昭通市"),
        org("曲靖市人民政府", "曲靖市", "city", 2022, t3(50), YN, "曲靖市"),
        org("嘉兴市人民政府", "嘉兴市", "city", 2021, t3(70), ZJ, "嘉兴市"),
        org("邯郸市人民政府", "邯郸市", "city", 2022, t3(9), HB, "邯郸市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("completeness23") / "c23.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


BOTH = {"彝良县教育局", "彝良县民政局"}


# -- 1. facets_said ------------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("问题和改进措施两项都写了的报告有哪些", BOTH),
    ("哪些报告问题和措施都写了", BOTH),
    ("既写了问题又写了改进措施的报告", BOTH),
    ("存在问题、整改措施都有的单位", BOTH),
    ("负责科室、问题、整改措施这三样都有的报告", BOTH),
    ("分管领导、公开渠道两项都写了的是哪些", {"彝良县教育局"}),
    ("只写了存在问题、没写改进措施的是哪几份", {"彝良县财政局", "昭通市水务局"}),
    ("写了问题但没写改进措施的报告", {"彝良县财政局", "昭通市水务局"}),
    ("写了改进措施却没写问题的报告有哪些", {"昭通市林业局"}),
    ("问题写了，公开渠道没写的报告", {"彝良县民政局", "彝良县财政局"}),
])
def test_elements_stated_or_not(db, q, want):
    a = converse(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "facets_said" in a.plan.rules and a.plan.items_op is None, a.plan.rules
    assert "条目数" not in first_line(a) and "未用到" not in first_line(a), first_line(a)


def test_none_of_them_stated(db):
    a = converse(db, "问题和措施都没写的报告有哪些")
    assert _names(a) == {"彝良县角奎镇人民政府", "嘉善县财政局", "昭通市人民政府", "曲靖市人民政府",
                         "嘉兴市人民政府", "邯郸市人民政府"}, a.text
    assert "都没写" in first_line(a)


@pytest.mark.parametrize("q,want", [
    ("要素齐全的报告有几份？就是分管领导、负责科室、公开渠道、联系方式、问题、措施都写了的", 1),
    ("要素齐全的报告有几份", 1),
    ("六要素都写了的报告有几份", 1),
    ("要素不全的报告有几份", 12),
])
def test_every_element_counted(db, q, want):
    a = converse(db, q)
    assert a.understood and a.value == want, a.text
    assert "联系电话" not in first_line(a) and "未用到" not in first_line(a), first_line(a)


@pytest.mark.parametrize("q,said", [
    ("彝良县民政局那份报告缺了哪几项要素", ("分管领导", "公开渠道", "联系方式")),
    ("彝良县财政局的报告缺哪些要素", ("分管领导", "负责科室", "公开渠道", "改进措施")),
    ("彝良县财政局的报告里分管领导、问题、联系方式哪几项没写", ("分管领导",)),
])
def test_which_elements_are_missing(db, q, said):
    a = converse(db, q)
    assert a.understood and a.plan.facets_asked, a.text
    missing = a.text.split("缺", 1)[1]
    assert all(w in missing for w in said), a.text
    named = [w for w in ("分管领导", "负责科室", "公开渠道", "联系方式", "问题", "改进措施") if w in missing]
    assert len(named) == len(said), a.text


def test_all_stated_is_said(db):
    a = converse(db, "彝良县教育局的报告缺了哪几项要素")
    assert "都写了" in a.text, a.text


@pytest.mark.parametrize("q", [
    "哪些报告没写收到多少申请", "彝良县的报告里哪些没写联系电话", "彝良县民政局存在哪些问题",
    "问题不少于两条的报告有哪些",
])
def test_one_thing_is_no_elements_question(db, q):
    a = converse(db, q)
    assert "facets_said" not in a.plan.rules, (q, a.plan.rules)


def test_item_counts_stay_counts(db):
    a = converse(db, "问题写了两条的报告有哪些")
    assert a.plan.items_op == "eq" and _names(a) == {"彝良县民政局"}, a.text


# -- 2. change_percent ---------------------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("嘉善县财政局20年的申请比19年下降了百分之几",), 66.7),
    (("嘉善县财政局2020年收到的申请比2019年减少了百分之多少",), 66.7),
    (("嘉善县财政局2020年的申请比2019年增长了百分之几",), -66.7),
    (("嘉善县财政局2021年的申请比2020年增长了百分之几",), 60.0),
    (("嘉善县财政局2020年收到的申请比上年下降了百分之几",), 66.7),
    (("嘉善县财政局2019年收到多少申请", "2020年呢", "增长还是下降，百分之几"), -66.7),
    (("嘉善县财政局2021年收到多少申请", "增长还是下降，百分之几"), 60.0),
    (("嘉善县财政局2020年收到多少申请", "比上年下降了百分之几"), 66.7),
])
def test_change_in_percent(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "%" in a.text and "change_percent" in a.plan.rules, a.text


def test_no_percent_of_nothing(db):
    a = converse(db, "彝良县角奎镇人民政府2021年的申请比2020年增长了百分之几")
    assert a.value is None, a.text


# -- 3. organ_difference -------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("彝良县教育局和彝良县民政局谁收到的申请多，多多少", 15),
    ("彝良县民政局和彝良县教育局的申请差多少", 15),
    ("彝良县教育局比彝良县民政局多收到多少件申请", 15),
    ("彝良县民政局比彝良县教育局少了几件申请", 15),
    ("彝良县民政局比彝良县教育局多收到多少件申请", -15),
])
def test_difference_of_two_organs(db, q, want):
    a = converse(db, q)
    assert a.understood and a.value == want, a.text
    assert "organ_difference" in a.plan.rules and "40件" in a.text and "25件" in a.text, a.text


def test_difference_needs_one_report_each(db):
    a = converse(db, "嘉善县财政局和彝良县教育局谁收到的申请多，多多少")
    assert a.value is None and "年份" in a.text, a.text


# -- 4. nth_of_list ------------------------------------------------------------------------------
@pytest.mark.parametrize("second,want", [
    ("第二个的复议有几件", 5), ("第二家的行政复议是多少", 5), ("那第三个的复议呢", 1),
    ("排第一的那家行政复议有几件", 3),
])
def test_the_nth_of_a_ranked_list(db, second, want):
    a = converse(db, "彝良县收到申请最多的前三家", second)
    assert a.understood and a.value == want, a.text
    assert "nth_of_list" in a.plan.rules and "未用到" not in first_line(a), first_line(a)


def test_the_nth_place_of_the_ranking_stays_its_own_rule(db):
    a = converse(db, "彝良县收到申请最多的前三家", "第二名呢")
    assert "rank_followup" in a.plan.rules and "nth_of_list" not in a.plan.rules, a.plan.rules


# -- 5. place_dropped ----------------------------------------------------------------------------
CITIES = {"昭通市人民政府", "曲靖市人民政府", "嘉兴市人民政府", "邯郸市人民政府"}


@pytest.mark.parametrize("turns,want", [
    (("云南的市级政府报告", "不限云南，所有市政府的呢"), CITIES),
    (("云南的市级政府报告", "不只云南的，全部市级政府"), CITIES),
    (("不限浙江，所有市政府的报告有哪些",), CITIES),
])
def test_a_place_said_dropped(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "未用到" not in first_line(a), first_line(a)
