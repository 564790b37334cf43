"""Conversations that combine, point into or narrow the turns before (session 12 blind19 /
blindv11), each family in several shapes on a store of our own (places real, organs and figures
invented):

1. year_difference: one organ's two years compared with 比, the figure said after the first year
   (2020年的申请比2019年少了几件); the sign follows the word asked, the sentence says 多 / 少;
2. turns_joined (assistant/turnsjoined.py): 多了多少 / 两年加起来 / 两个省加起来… after two answers:
   the difference of their two years, or their scopes joined, said in the first line;
3. pick_year (assistant/pickyear.py): 里面最新那一年的那份 / 最早那份: the list's report of its last
   (first) year;
4. organs_counted: 交易中心有几家 counts the organs of a kind (a follow-up then asks among them);
   它 after a ranking is the organ answered, its report's blank said of it by name;
5. condition_kept: 其中主动公开超过100条的呢 after 零申请的乡镇有哪些 keeps 零申请.
"""
from __future__ import annotations


import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, placed, t3

SD, NX, QH, FJ = "山东省", "宁夏回族自治区", "青海省", "福建省"


org = placed   # a record stating only the places given


def fig(requests=None, active=None):
    out = dict(t3(requests)) if requests is not None else {}
    if active is not None:
        out["n.active_published"] = active
    return out


def corpus() -> list[dict]:
    return [
        org("沂水县财政局", "财政局", "county_dept", 2019, fig(15, 300), SD, "临沂市", "沂水县"),
        org("沂水县财政局", "财政局", "county_dept", 2020, fig(5, 420), SD, "临沂市", "沂水县"),
        org("沂水县财政局", "财政局", "county_dept", 2021, fig(8, 380), SD, "临沂市", "沂水县"),
        org("沂水县人民政府", "沂水县", "county", 2021, fig(30, 2000), SD, "临沂市", "沂水县"),
        org("沂水县人民政府", "沂水县", "county", 2023, fig(42, 2600), SD, "临沂市", "沂水县"),
        org("吴忠市民政局", "民政局", "city_dept", 2024, fig(3), NX, "吴忠市"),
        org("盐池县人民政府", "盐池县", "county", 2024, fig(7), NX, "吴忠市", "盐池县"),
        org("海东市人民政府", "海东市", "city", 2023, fig(10), QH, "海东市"),
        org("青海省水利厅", "水利厅", "province_dept", 2024, fig(2), QH),
        org("漳州市公共资源交易中心", "公共资源交易中心", "other", 2023, fig(4, 5000), FJ, "漳州市"),
        org("泉州市公共资源交易中心", "公共资源交易中心", "other", 2022, fig(0, 3000), FJ, "泉州市"),
        org("三明市公共资源交易中心", "公共资源交易中心", "other", 2024, fig(2, 1000), FJ, "三明市"),
        org("厦门市思明区住房和建设局", "住房和建设局", "county_dept", 2023, fig(6, 900), FJ, "厦门市", "思明区"),
        org("厦门市思明区教育局", "教育局", "county_dept", 2021, fig(1, 300), FJ, "厦门市", "思明区"),
        org("厦门市思明区民政局", "民政局", "county_dept", 2020, fig(0, 50), FJ, "厦门市", "思明区"),
        org("沂水县沙沟镇人民政府", "沙沟镇", "township", 2024, fig(0, 731), SD, "临沂市", "沂水县"),
        org("沂水县泉庄镇人民政府", "泉庄镇", "township", 2024, fig(0, 50), SD, "临沂市", "沂水县"),
        org("沂水县院东头镇人民政府", "院东头镇", "township", 2024, fig(3, 400), SD, "临沂市", "沂水县"),
        org("沂水县马站镇人民政府", "马站镇", "township", 2024, fig(0, 120), SD, "临沂市", "沂水县"),
        org("沂水县许家湖镇人民政府", "许家湖镇", "township", 2022, fig(0, 500), SD, "临沂市", "沂水县"),
        org("沂水县公安局城区分局", "公安局城区分局", "county_dept", 2022, fig(9), SD, "临沂市", "沂水县"),
        org("沂水县公安局高庄分局", "公安局高庄分局", "county_dept", 2022, fig(2, 80), SD, "临沂市", "沂水县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("conv16") / "c16.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. one organ's two years compared with 比 ----------------------------------------------------
@pytest.mark.parametrize("q,want,word", [
    ("沂水县财政局2020年的申请比2019年少了几件", 10, "少"),
    ("沂水县财政局2020年收到的申请比2019年减少了多少件", 10, "少"),
    ("沂水县财政局2020年比2019年少收了几件申请", 10, "少"),
    ("沂水县财政局2021年的申请比2020年多了几件", 3, "多"),
    ("沂水县财政局2020年主动公开比2019年多了多少条", 120, "多"),
    ("沂水县财政局2021年主动公开的信息比2020年少了多少条", 40, "少"),
    ("沂水县财政局2020年收到的申请与2019年相比少了多少件", 10, "少"),
    ("沂水县财政局2020年和2019年比，申请少了几件", 10, "少"),
    ("沂水县财政局2020年较2019年少收了几件申请", 10, "少"),
    ("沂水县财政局2021年跟2020年相比，主动公开少了多少条", 40, "少"),
])
def test_two_years_compared_with_bi_is_their_difference(db, q, want, word):
    a = ask(db, q)
    assert a.understood and a.value == want, a.text
    assert "year_difference" in a.plan.rules and "未用到" not in first_line(a), first_line(a)
    assert f"年{word}" in a.text.split("\n", 1)[1], a.text


@pytest.mark.parametrize("q,want", [
    ("沂水县财政局2021年的申请比2020年少了几件", -3),    # it is more: the sign follows 少
    ("沂水县财政局2020年的申请比2019年多了几件", -10),   # it is less: the sign follows 多
])
def test_the_sign_follows_the_word_and_the_sentence_says_which(db, q, want):
    a = ask(db, q)
    body = a.text.split("\n", 1)[1]
    assert a.value == want, a.text
    assert ("多3件" if want == -3 else "少10件") in body and "实际是" in body, body


# -- 2. the two answers before combined ---------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("沂水县人民政府2021年收到多少申请", "2023年呢", "多了多少"), 12),
    (("沂水县人民政府2021年收了几件申请", "那2023年的呢", "增加了多少"), 12),
    (("沂水县人民政府2021年收到多少申请", "2023年呢", "差多少"), 12),
    (("沂水县人民政府2021年收到多少申请", "2023年呢", "少了几件"), -12),
    (("沂水县人民政府2021年主动公开多少条", "2023年呢", "多了多少条"), 600),
])
def test_a_difference_of_the_two_years_asked_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "turns_joined" in a.plan.rules and "按前两问" in first_line(a), first_line(a)


@pytest.mark.parametrize("turns,want", [
    (("沂水县人民政府2021年收到几件申请", "2023年的呢", "两年加起来"), 72),
    (("沂水县人民政府2021年收到几件申请", "那2023年呢", "两年一共多少件"), 72),
    (("宁夏有几份报告", "青海的呢", "两个省加起来收到多少申请"), 22),
    (("宁夏的报告有哪些", "那青海的呢", "两地一共收到多少申请"), 22),
    (("宁夏收到多少申请", "青海呢", "两个省合计多少"), 22),
    (("沂水县人民政府2021年收到几件申请", "2023年的呢", "这两年一共收到多少申请"), 72),   # 这两年: no refer
])
def test_a_sum_of_the_two_scopes_asked_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    line = first_line(a)
    assert "turns_joined" in a.plan.rules and "按前两问的范围合起来" in line and "没有读懂" not in line, line


def test_a_total_with_no_two_word_is_the_last_scope_only(db):
    a = converse(db, "宁夏有几份报告", "青海的呢", "一共收到多少申请")
    assert a.value == 12 and "turns_joined" not in a.plan.rules, a.text


def test_a_place_of_its_own_joins_nothing(db):
    a = converse(db, "宁夏有几份报告", "青海的呢", "福建和宁夏两个省加起来收到多少申请")
    assert "turns_joined" not in a.plan.rules, a.plan.rules


def test_the_turn_after_a_joined_one_says_it_no_more(db):
    a = converse(db, "宁夏有几份报告", "青海的呢", "两个省加起来收到多少申请", "平均每份多少")
    assert "按前两问" not in first_line(a), first_line(a)


# -- 3. one report of the list picked by its year ---------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("思明区的报告有哪些", "里面最新那一年的那份主动公开多少条"), 900),
    (("思明区的报告有哪些", "最早那份主动公开了多少条"), 50),
    (("思明区有哪些报告", "其中最近一年的报告收到几件申请"), 6),
    (("思明区的报告有哪些", "里面最新那份主动公开多少条", "最早那份呢"), 50),
    (("思明区最新的报告主动公开多少条",), 900),
    (("沂水县财政局的报告有哪些", "最早的那一份收到多少申请"), 15),
])
def test_the_latest_or_earliest_report_of_the_list(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "pick_year" in a.plan.rules and "未用到" not in first_line(a), first_line(a)
    assert "的一年按所问范围内" in first_line(a), first_line(a)


# -- 4. the organs of a kind counted, and asked among ---------------------------------------
@pytest.mark.parametrize("q", ["交易中心有几家", "公共资源交易中心一共有多少家", "交易中心有几个", "有几家交易中心"])
def test_the_organs_of_a_kind_counted(db, q):
    a = ask(db, q)
    assert a.understood and a.value == 3, a.text
    assert "organs_counted" in a.plan.rules and "机关机关" not in a.text, a.text


@pytest.mark.parametrize("turns,want", [
    (("交易中心有几家", "平均每家收到多少申请"), 2.0),
    (("交易中心有几个", "它们一共收到多少申请"), 6),
    (("公共资源交易中心有几家", "收到申请最多的是哪家"), 4),
])
def test_a_question_after_the_count_is_among_them(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text


def test_one_organ_s_count_of_people_stays_unknown(db):
    assert not ask(db, "沂水县财政局有几个人").understood


def test_it_is_the_organ_answered(db):
    a = converse(db, "交易中心里收到申请最多的是哪个", "它主动公开了多少条")
    assert a.understood and a.value == 5000, a.text


# -- 5. a narrowing keeps the condition before ----------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("2024年零申请的乡镇有哪些", "其中主动公开超过100条的呢"), {"沂水县沙沟镇人民政府", "沂水县马站镇人民政府"}),
    (("主动公开超过100条的乡镇有哪些", "其中零申请的呢"),
     {"沂水县沙沟镇人民政府", "沂水县马站镇人民政府", "沂水县许家湖镇人民政府"}),
    (("2024年没有收到申请的乡镇有哪些", "里面主动公开不到100条的是哪些"), {"沂水县泉庄镇人民政府"}),
])
def test_a_narrowing_keeps_the_condition_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "condition_kept" in a.plan.rules and "且" in first_line(a), first_line(a)


def test_a_new_condition_on_the_same_figure_replaces_it(db):
    a = converse(db, "2024年零申请的乡镇有哪些", "其中收到申请超过1件的呢")
    assert "condition_kept" not in a.plan.rules and a.plan.metric_conds == (), a.plan.metric_conds


def test_a_question_standing_alone_keeps_no_condition(db):
    a = converse(db, "2024年零申请的乡镇有哪些", "主动公开超过100条的乡镇有哪些")
    assert "condition_kept" not in a.plan.rules and len(_names(a)) == 4, a.text


@pytest.mark.parametrize("turns,want", [
    (("沂水县人民政府2021年收到多少申请", "沂水县财政局2021年呢", "差多少"), 22),
    (("宁夏一共收到多少申请", "青海呢", "多了多少"), 2),
    (("宁夏一共收到多少申请", "青海呢", "少了几件"), -2),
])
def test_a_difference_of_two_places_or_organs_asked_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "turns_joined" in a.plan.rules and "按前两问的答案相比" in first_line(a), first_line(a)


def test_it_with_the_figure_blank_is_said_of_that_report(db):
    a = converse(db, "公安分局里收到申请最多的是哪个", "它主动公开了多少条")
    body = a.text.split("\n", 1)[1]
    assert a.value is None and body.startswith("沂水县公安局城区分局（2022年）的报告没有填写主动公开信息数"), a.text


@pytest.mark.parametrize("turns,want", [
    (("沂水县人民政府2023年收到多少申请", "比2021年多了几件"), 12),
    (("沂水县人民政府2021年收到多少申请", "2023年呢", "比2021年多了多少"), 12),
    (("沂水县人民政府2021年收到多少申请", "2023年呢", "跟2021年比，少了几件"), -12),
    (("沂水县人民政府2023年主动公开多少条", "和2021年相比多了多少条"), 600),
])
def test_a_year_compared_against_the_answer_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "year_difference" in a.plan.rules and "未用到" not in first_line(a), first_line(a)
