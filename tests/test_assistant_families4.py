"""Blind set 4's families, each in several shapes, on a store of our own (written reports,
invented places): a sector's other tails (卫健局 finds 卫生健康委), a follow-up adding a place
or a year to one organ's figure or contact, sum words, 省直厅局 and an exclusion said after a
level (省政府自己的不算), a condition on the number of problems / remedies a report lists, a
search in the problems part only, a near-miss place inside an organ name asked back."""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, record, t3, converse, write_store, name_years


def _at(rec, province, city, county):
    rec["organ"].update(province=province, city=city, county=county)
    return rec


def _rec(name, short, level, year, figures=None, facts=(), contact=None,
         province="东海省", city="东湖市", county=None):
    r = record(name, short, level, county, year, figures, facts, contact)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    return _at(r, province, city, county)


def _prob(*texts):
    return [("problem", t, None) for t in texts]


def _rem(*texts):
    return [("remedy", t, None) for t in texts]


def corpus() -> list[dict]:
    return [
        # health bodies of three tails; one county's requests 0 in 2023, one city's 5
        _rec("甲山县卫生健康局", "卫生健康局", "county_dept", 2023, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县卫生健康委", "卫生健康委", "county_dept", 2023, {**T3_ZERO}, county="信宁县"),
        _rec("东湖市卫生健康委员会", "卫生健康委员会", "city_dept", 2023, {**t3(5)}),
        _rec("甲山县卫生健康局", "卫生健康局", "county_dept", 2022, {**t3(2)}, county="甲山县"),
        # civil affairs: a bureau and a province department; the province government holds 民政
        # inside 人民政府 and is never one of them
        _rec("甲山县民政局", "民政局", "county_dept", 2021, {"n.active_published": 100},
             county="甲山县"),
        _rec("东海省民政厅", "民政厅", "province_dept", 2021,
             {"n.active_published": 300, "n.wechat_posts": 945}, city=None),
        _rec("东海省教育厅", "教育厅", "province_dept", 2021, {"n.wechat_posts": 1511}, city=None),
        _rec("东海省人民政府", "东海省", "province", 2021,
             {"n.active_published": 5000, "n.wechat_posts": 800}, city=None),
        _rec("甲山县商务局", "商务局", "county_dept", 2021, {"n.active_published": 50},
             county="甲山县"),
        # finance bureaus of two cities and one printed without its city
        _rec("东湖市财政局", "财政局", "city_dept", 2019, {**t3(55)}),
        _rec("西岭市财政局", "财政局", "city_dept", 2019, {**t3(7)}, city="西岭市"),
        _rec("市财政局", "市财政局", "city_dept", 2019, {**t3(3)}, city=None),
        # one county's government office, two years, two phones
        _rec("北山县人民政府办公室", "北山县人民政府办公室", "county", 2022, {**t3(4)},
             contact={"phones": ["0908-1111111"]}, county="北山县"),
        _rec("北山县人民政府办公室", "北山县人民政府办公室", "county", 2025, {**t3(6)},
             contact={"phones": ["0908-2222222"]}, county="北山县"),
        # a prefecture's police bureau
        _rec("临河州公安局", "公安局", "city_dept", 2023, {"n.wechat_posts": 1205},
             city="临河州"),
        # subdistricts with 3 / 1 / 2 problems and 1 / 2 / 0 remedies
        _rec("甲山县东街街道办事处", "东街街道", "subdistrict", 2021, {**T3_ZERO},
             facts=_prob("公开内容不够全面", "工作人员培训不足", "信息更新不及时")
             + _rem("加强学习宣传"), county="甲山县"),
        _rec("甲山县西街街道办事处", "西街街道", "subdistrict", 2021, {**T3_ZERO},
             facts=_prob("政策解读不够") + _rem("加强业务培训", "完善制度"), county="甲山县"),
        _rec("甲山县南街街道办事处", "南街街道", "subdistrict", 2021, {**T3_ZERO},
             facts=_prob("公开栏更新慢", "依申请公开办理不规范"), county="甲山县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families4") / "corpus.db", corpus())


_ask = converse


_rows = name_years


HEALTH_2023 = {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023), ("东湖市卫生健康委员会", 2023)}


# -- 1. a sector's other tails -----------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (["23年县里的卫健局，哪些全年依申请公开是0件"],
     {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023)}),
    (["2023年卫健委的报告有哪些"], HEALTH_2023),
    (["2023年卫生健康局的报告都有哪些"], HEALTH_2023),
    (["卫健局的报告都有哪些", "只看2023年的"], HEALTH_2023),
    (["民政局的报告有哪些"], {("甲山县民政局", 2021), ("东海省民政厅", 2021)}),
    # 厅 typed is the province's own (three blind writers: 水利厅 never a county's 水利和湖泊局)
    (["民政厅的报告有哪些"], {("东海省民政厅", 2021)}),
    # a condition asked as yes / no of a sector's many bodies lists them (one organ's is its value)
    (["卫健部门有没有零申请的？列一下"], {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023)}),
])
def test_a_bare_sector_bureau_finds_its_other_tails(db, turns, want):
    a = _ask(db, *turns)
    assert a.understood, a.text
    assert _rows(a) == want, a.text


def test_a_sector_in_a_place_with_one_report_is_its_value(db):
    a = ask(db, "甲山县2021年民政局主动公开了多少条")
    assert a.value == 100, a.text


@pytest.mark.parametrize("q", ["民政系统有几份报告", "民政部门的报告有几份", "民政单位有几份报告",
                               "民政口的报告有几份"])
def test_a_sector_word_never_finds_min_zheng_inside_ren_min_zheng_fu(db, q):
    assert ask(db, q).value == 2


def test_a_second_field_joined_in_with_he_is_the_sector_s_body():
    from assistant.sectors import pattern
    pat = pattern("教育局")
    assert pat.search("渠县教育和科学技术局") and pat.search("盐边县教育和体育局")
    assert pat.search("某县教育体育局") and not pat.search("某县科学技术局")


@pytest.mark.parametrize("turns,want", [
    (["商务局平均主动公开多少条", "换成民政局"], 200),
    (["民政局主动公开的信息合计多少条"], 400),
])
def test_civil_affairs_is_never_the_government_holding_min_zheng(db, turns, want):
    a = _ask(db, *turns)
    assert a.value == pytest.approx(want), a.text


@pytest.mark.parametrize("q,want", [
    ("卫健厅的报告有几份", 4),          # no organ is named 卫健厅: the sector's bodies
    ("哪些卫生健康厅的报告是2023年的", 3),
])
def test_a_sector_bureau_no_organ_is_named_is_still_the_sector(db, q, want):
    a = ask(db, q)
    assert (a.value if a.value is not None else len(a.rows)) == want, a.text


def test_a_bureau_glued_to_an_unknown_place_is_never_every_bureau(db):
    a = ask(db, "平谷区卫健厅的报告有几份")
    assert not a.reports and not a.value, a.text


@pytest.mark.parametrize("q,want", [
    ("东海教育厅2021年微信公众号发了多少条", 1511),
    ("信宁县卫健局2023年收到多少申请", 0),        # its body is 卫生健康委: that one
    ("东湖市卫健局2023年收到多少申请", 5),
])
def test_a_place_before_the_bureau_is_that_place_s_one_body(db, q, want):
    a = ask(db, q)
    assert a.value == want and len(a.reports) == 1, a.text


@pytest.mark.parametrize("q,said", [
    ("省卫健委的年报里复议了几件", "库中没有省级部门卫健委的报告"),
    ("省里的卫生健康局收到多少申请", "库中没有省级部门卫生健康局的报告"),
])
def test_a_level_s_character_before_a_bureau_is_its_tier(db, q, said):
    a = ask(db, q)
    assert not a.reports and a.value is None and said in a.text, a.text


def test_the_county_s_bureaus_said_with_li(db):
    a = ask(db, "2023年县里的卫健委有哪些")
    assert _rows(a) == {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023)}, a.text


# -- 2. a follow-up adding a place or a year to one organ's figure or contact -------------------
@pytest.mark.parametrize("turns,want", [
    (["市财政局2019年收到多少申请", "东湖市的"], 55),
    (["市财政局2019年收到多少申请", "西岭的"], 7),
    (["东湖市财政局2019年收到多少申请", "西岭市的呢"], 7),
    (["北山县政府办公室收到多少申请", "要2025年那份的"], 6),
    (["北山县政府办公室收到多少申请", "2022年的"], 4),
])
def test_a_place_or_year_alone_keeps_the_figure_and_the_organ_kind(db, turns, want):
    a = _ask(db, *turns)
    assert a.value == pytest.approx(want), a.text


@pytest.mark.parametrize("second", ["要2025年那份的", "2025年的呢", "只要2025年的"])
def test_a_year_alone_after_a_contact_keeps_the_contact(db, second):
    a = _ask(db, "北山县政府办公室电话多少", second)
    assert a.understood and a.plan.kind == "contact", a.text
    assert "0908-2222222" in a.text and "0908-1111111" not in a.text, a.text


# -- 3. sum words -------------------------------------------------------------------------------
@pytest.mark.parametrize("q", [
    "省直部门报告里微信公众号发布数量加一起多少条",
    "省直部门的微信公众号发布数量合起来是多少",
    "省级部门微信公众号发布的条数加在一起有多少",
    "省直部门微信公众号一共发了多少条",
])
def test_sum_words_ask_a_total(db, q):
    a = ask(db, q)
    assert a.value == pytest.approx(1511 + 945), a.text


# -- 4. 省直厅局; a level excluded after it is said ----------------------------------------------
@pytest.mark.parametrize("q", [
    "省直厅局的年报一共几份（省政府自己的不算）",
    "省级的报告有几份，省政府除外",
    "省级报告有几份（不含省政府）",
    "省级的报告有几份，省政府的不算",
    "省直厅局有几份报告",
    "省级报告有几份，不算省政府",
    "除省政府外的省级报告有几份",
])
def test_province_departments_without_the_government(db, q):
    a = ask(db, q)
    assert a.value == 2, a.text
    assert "province" not in a.plan.levels or a.plan.excluded_levels == ("province",)


# -- 5. a condition on the number of problems / remedies ---------------------------------------
@pytest.mark.parametrize("q,want", [
    ("列出问题不少于三条的街道报告", {"甲山县东街街道办事处"}),
    ("哪些街道的问题超过2条", {"甲山县东街街道办事处"}),
    ("哪些街道列了两条以上问题", {"甲山县东街街道办事处", "甲山县南街街道办事处"}),
    ("列了两条以上措施的街道有哪些", {"甲山县西街街道办事处"}),
    ("改进措施少于2条的街道报告", {"甲山县东街街道办事处", "甲山县南街街道办事处"}),
    ("问题写了三条及以上的报告有哪些", {"甲山县东街街道办事处"}),   # after 写了: no phrase
    ("改进措施至少写了2条的街道", {"甲山县西街街道办事处"}),
    ("问题只写了一条的街道有哪些", {"甲山县西街街道办事处"}),
    ("哪些报告列出的问题多于2项", {"甲山县东街街道办事处"}),
])
def test_the_number_of_items_a_report_lists_is_a_condition(db, q, want):
    a = ask(db, q)
    assert a.understood, a.text
    assert {r[0] for r in a.rows} == want, a.text


# -- 6. the problems part only -----------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("哪些报告的问题部分提到了培训", {"甲山县东街街道办事处"}),
    ("在存在问题部分写了培训的报告有哪些", {"甲山县东街街道办事处"}),
    ("问题那部分提到培训的街道", {"甲山县东街街道办事处"}),
    ("哪些报告的改进措施部分提到了培训", {"甲山县西街街道办事处"}),
    ("问题部分写到宣传的报告", set()),   # 宣传 is in a remedy only
    ("整改措施部分提到宣传的报告有哪些", {"甲山县东街街道办事处"}),
])
def test_a_search_in_one_part_searches_that_part_only(db, q, want):
    a = ask(db, q)
    assert a.understood, a.text
    assert {r[0] for r in a.rows} == want, a.text
    assert "部分" not in a.plan.unread and "部分）" in a.text.split("\n")[0], a.text


# -- 7. a near-miss place inside an organ name is asked back -------------------------------------
@pytest.mark.parametrize("q,near", [
    ("临河洲公安局微信公众号发了多少条", "临河州公安局"),
    ("信凝县卫健委的表二", "信宁县卫健委"),
    ("信宁具卫生健康委2023年收到多少申请", "信宁县卫生健康委"),
    ("信凝县卫健局2023年收到多少申请", "信宁县"),    # the place one character off, the tail another
])
def test_a_near_miss_place_in_an_organ_name_is_asked_back(db, q, near):
    a = ask(db, q)
    assert not a.understood and not a.reports and a.value is None, a.text
    assert any(near in o["label"] for o in a.options), (a.text, a.options)
    assert near in a.text


@pytest.mark.parametrize("q,name", [
    ("洛西县卫健委的表二", "洛西县卫健委"),            # never 西县 inside it
    ("2023年北湖洲公安局微信公众号发了多少条", "北湖洲公安局"),   # no place's ending, unread
    ("平安县公安局的电话", "平安县公安局"),      # 平安 is a word, 平安县 a place
])
def test_an_unknown_place_glued_to_a_bureau_is_said_never_every_bureau(db, q, name):
    a = ask(db, q)
    assert not a.understood and not a.reports and a.value is None, a.text
    assert f"库中没有“{name}”的报告" in a.text, a.text


@pytest.mark.parametrize("q", ["哪些公安局发了微信", "2023年公安局微信公众号发了多少条",
                               "烦请提供临河州公安局的电话", "麻烦查一下信宁县卫生健康委的报告",
                               "关于民政局的报告有哪些", "最近公安局的报告", "告诉我公安局的电话",
                               "各个卫健委的报告有几份", "请问卫健委有几份报告"])
def test_a_bureau_after_question_words_is_answered(db, q):
    assert ask(db, q).understood


def test_an_unknown_place_before_a_bureau_is_no_level(db):
    a = ask(db, "洛西县卫健委的表二")
    assert not a.reports, a.text
    assert "county" not in a.plan.levels, a.text


def test_the_item_count_chip_re_runs_and_can_be_removed(db):
    a = ask(db, "哪些街道列了两条以上问题")
    chip = next(it for it in a.reading if it["slot"] == "items")
    assert chip["label"] == "条目数=问题不少于2条" and chip["rule"] == "item_count"
    again = ask(db, "哪些街道列了两条以上问题", reading=a.reading)
    assert {r[0] for r in again.rows} == {r[0] for r in a.rows}
    changed = [dict(it, value={"items_op": "ge", "items_n": 3}) if it["slot"] == "items" else it
               for it in a.reading]
    assert {r[0] for r in ask(db, "哪些街道列了两条以上问题", reading=changed).rows} == {"甲山县东街街道办事处"}


# -- a bare kind of bureau typed one character off: read as that kind and said first ---------------
@pytest.mark.parametrize("q, want", [
    ("卫建局的报告有哪些", HEALTH_2023 | {("甲山县卫生健康局", 2022)}),
    ("23年县里的卫建局，哪些全年依申请公开是0件", {("甲山县卫生健康局", 2023), ("信宁县卫生健康委", 2023)}),
])
def test_a_kind_of_bureau_one_character_off_is_read_and_said(db, q, want):
    a = _ask(db, q)
    assert _rows(a) == want
    assert "“卫建局”按“卫健局”理解" in a.text.splitlines()[0]


def test_a_place_one_character_off_is_still_asked(db):
    a = _ask(db, "甲三县收到多少申请")
    assert not a.understood or not a.rows


# -- 公开了多少条: the organ's published items (主动公开), never a channel's verb ------------------
@pytest.mark.parametrize("q, want", [
    ("甲山县民政局2021年公开了多少条信息", 100),
    ("甲山县民政局2021年公开了几条", 100),
])
def test_published_how_many_is_the_proactive_count(db, q, want):
    a = _ask(db, q)
    assert a.value == want and "主动公开" in a.text.splitlines()[0], a.text


def test_a_channel_s_verb_is_no_count(db):
    a = _ask(db, "通过微信公众号公开信息的单位有哪些")
    assert "主动公开" not in a.text.splitlines()[0], a.text
