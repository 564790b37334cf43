"""Places said in a question are never dropped or swapped in silence (issue 14), each family in
several shapes on a store of our own (real place names, where the gazetteer decides; organs and
figures invented):

1. other_rank: a place typed with a rank the store does not hold it at (朝阳区, 朝阳县 in a store
   holding 朝阳市 only) is asked back with the held place offered, never answered as that place;
2. under_place: 下面 / 下属 / 所辖 / 境内 right after a place are read (the place and everything
   inside it), never reported as not understood; 下面的区 / 各区 after it: its county level;
3. widen_scope: a follow-up widening or switching the place (扩到整个新疆呢, 放到整个广东, 改成金华,
   那全省呢: the province the place before lies in) keeps the rest of the reading, its words read;
4. autonomous_short: an autonomous prefecture by its spoken short name (黔东南州, 恩施州), as a
   place and inside its organs' names (黔东南州民宗委);
5. ranks_the_counted: a ranking asked right after a count of reports ranks among those counted.
"""
from __future__ import annotations

import pytest

from assistant import ask
from assistant.placescope import read_under, widened_to
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, converse, first_line, placed, t3, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")

LN, ZJ, GD, XJ, GZ, HB = "辽宁省", "浙江省", "广东省", "新疆维吾尔自治区", "贵州省", "湖北省"


def corpus() -> list[dict]:
    return [
        # 朝阳市 (Liaoning): no 朝阳区, no 朝阳县 in the store
        placed("朝阳市双塔区凌河街道办事处", "凌河街道", "subdistrict", 2021, {**T3_ZERO}, LN, "朝阳市", "双塔区"),
        placed("北票市台吉镇人民政府", "台吉镇", "township", 2022, {**t3(2)}, LN, "朝阳市", "北票市"),
        placed("朝阳市司法局", "司法局", "city_dept", 2021, {**t3(5)}, LN, "朝阳市"),
        # 金华市: county-level bodies, a township, the city's own bureau
        placed("东阳市审计局", "审计局", "county_dept", 2023, {**t3(1)}, ZJ, "金华市", "东阳市"),
        placed("义乌市人民政府", "义乌市", "county", 2022, {**t3(40)}, ZJ, "金华市", "义乌市"),
        placed("磐安县尖山镇人民政府", "尖山镇", "township", 2021, {**T3_ZERO}, ZJ, "金华市", "磐安县"),
        placed("金华市统计局", "统计局", "city_dept", 2021, {**t3(3)}, ZJ, "金华市"),
        placed("杭州市余杭区仓前街道办事处", "仓前街道", "subdistrict", 2021, {**t3(4)}, ZJ, "杭州市", "余杭区"),
        # 广州市 and elsewhere in 广东
        placed("广州市从化区档案局", "档案局", "county_dept", 2021, {**T3_ZERO}, GD, "广州市", "从化区"),
        placed("广州市花都区统计局", "统计局", "county_dept", 2022, {**t3(6)}, GD, "广州市", "花都区"),
        placed("湛江市徐闻县司法局", "司法局", "county_dept", 2021, {**T3_ZERO}, GD, "湛江市", "徐闻县"),
        # 新疆: 乌鲁木齐 and another prefecture's county
        placed("乌鲁木齐市天山区人民政府", "天山区", "county", 2022, {**t3(12)}, XJ, "乌鲁木齐市", "天山区"),
        placed("乌鲁木齐市统计局", "统计局", "city_dept", 2022, {**t3(2)}, XJ, "乌鲁木齐市"),
        placed("尼勒克县乌赞镇人民政府", "乌赞镇", "township", 2022, {**T3_ZERO}, XJ, "伊犁哈萨克自治州", "尼勒克县"),
        # autonomous prefectures, stored by their full names
        placed("黔东南苗族侗族自治州民族宗教事务委员会", "民族宗教事务委员会", "city_dept", 2021, {**T3_ZERO},
               GZ, "黔东南苗族侗族自治州"),
        placed("恩施土家族苗族自治州财政局", "财政局", "city_dept", 2022, {**t3(7)}, HB, "恩施土家族苗族自治州"),
        # trading centres: a count, then a ranking among them
        placed("遵义市公共资源交易中心", "公共资源交易中心", "other", 2022,
               {**t3(3), "n.active_published": 900}, GZ, "遵义市"),
        placed("毕节市公共资源交易中心", "公共资源交易中心", "other", 2023,
               {**t3(1), "n.active_published": 300}, GZ, "毕节市"),
        placed("毕节市人民政府", "毕节市", "city", 2023, {**t3(50), "n.active_published": 20000}, GZ, "毕节市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("placescope") / "places.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


def _asks(a, typed, held):
    assert not a.reports and a.value is None, a.text
    assert f"库中没有“{typed}”" in a.text and held in a.text and "辽宁省" in a.text, a.text
    assert any(held in o["label"] for o in a.options), a.options
    assert f"“{typed}”库中没有" in first_line(a), first_line(a)   # the reading line says it too


# -- 1. a place typed with another rank: asked, never answered for the held place --------------
@pytest.mark.parametrize("q,typed", [
    ("朝阳区的乡镇报告有哪些", "朝阳区"),
    ("朝阳县有几份报告", "朝阳县"),
    ("朝阳区零申请的单位", "朝阳区"),
])
def test_a_place_of_another_rank_is_asked_back(db, q, typed):
    _asks(ask(db, q), typed, "朝阳市")


def test_a_follow_up_to_a_place_of_another_rank_is_asked_back(db):
    _asks(converse(db, "金华的乡镇报告有哪些", "换成朝阳区呢"), "朝阳区", "朝阳市")


def test_the_option_answers_the_held_place(db):
    a = ask(db, "朝阳区的乡镇报告有哪些")
    b = ask(db, a.options[0]["question"])
    assert b.understood and _names(b) == {"北票市台吉镇人民政府"}, b.text


@pytest.mark.parametrize("q,want", [
    ("朝阳市的报告有几份", 3),
    ("朝阳的报告有几份", 3),
    ("金华县级部门的报告有几份", 1),   # 县级: a level word, no rank typed after 金华
    ("金华市区县的报告有几份", 2),   # 区县: the counties, no 金华区
    ("浙江县一级的报告有几份", 2),   # 县一级: a level word, no 浙江县
    ("新疆省的报告有几份", 3),   # a province-level region called a province: the one place
    ("新疆区的报告有几份", 3),   # …自治区 by its last character
])
def test_a_place_typed_as_held_or_followed_by_a_level_word_is_answered(db, q, want):
    a = ask(db, q)
    assert a.understood and not a.options and a.value == want, a.text


# -- 2. 下面 / 下属 / 所辖 after a place: read ------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("广州市下面哪些单位全年没收到过申请", {"广州市从化区档案局"}),
    ("广州下属单位零申请的有哪些", {"广州市从化区档案局"}),
    ("金华所辖的乡镇有哪些报告", {"磐安县尖山镇人民政府"}),
    ("新疆境内哪些单位零申请", {"尼勒克县乌赞镇人民政府"}),
])
def test_under_a_place_is_the_place_and_everything_in_it(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "under_place" in a.plan.rules and "未用到" not in first_line(a) and not a.plan.unread


def test_under_a_place_with_its_counties_is_the_county_level_in_it(db):
    a = ask(db, "金华下面各县市的报告有哪些")
    assert _names(a) == {"东阳市审计局", "义乌市人民政府"}, a.text
    assert "未用到" not in first_line(a) and "金华市" in first_line(a)


@pytest.mark.parametrize("q,want", [
    ("乌鲁木齐下面的区有哪些报告", {"乌鲁木齐市天山区人民政府"}),
    ("乌鲁木齐各区的报告有哪些", {"乌鲁木齐市天山区人民政府"}),
    ("乌鲁木齐市所辖的区都有哪些报告", {"乌鲁木齐市天山区人民政府"}),
    ("乌鲁木齐市区的报告有哪些", {"乌鲁木齐市天山区人民政府", "乌鲁木齐市统计局"}),   # the city proper
])
def test_the_districts_under_a_place_are_its_county_level(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert not a.plan.unread


def test_under_words_only_after_a_place():
    assert read_under("广州市下面哪些", 3) == (3, 5)
    assert read_under("广州市的下属单位", 3) == (3, 6)
    assert read_under("广州市哪些下面", 3) is None


# -- 3. a follow-up widening or switching the place keeps the rest ---------------------------------
def test_widened_to_a_province_then_a_condition_keeps_the_place(db):
    c = converse(db, "乌鲁木齐的报告有哪些", "扩到整个新疆呢")
    assert _names(c) == {"乌鲁木齐市天山区人民政府", "乌鲁木齐市统计局", "尼勒克县乌赞镇人民政府"}, c.text
    assert "未用到" not in first_line(c) and "widen_scope" in c.plan.rules
    a = converse(db, "乌鲁木齐的报告有哪些", "扩到整个新疆呢", "里面零申请的有几份")
    assert a.value == 1 and "新疆维吾尔自治区" in first_line(a), a.text


@pytest.mark.parametrize("turns,want", [
    (("广州零申请的有哪些", "放到整个广东看看"), {"广州市从化区档案局", "湛江市徐闻县司法局"}),
    (("广州零申请的有哪些", "扩大到整个广东呢"), {"广州市从化区档案局", "湛江市徐闻县司法局"}),
    (("杭州零申请的有哪些", "改成金华"), {"磐安县尖山镇人民政府"}),
    (("杭州零申请的有哪些", "换成金华看看"), {"磐安县尖山镇人民政府"}),
])
def test_a_switched_or_widened_place_keeps_the_condition(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "未用到" not in first_line(a) and a.plan.op == "eq"


@pytest.mark.parametrize("turns,want", [
    (("杭州零申请的有哪些", "那全省呢"), {"磐安县尖山镇人民政府"}),
    (("杭州零申请的有哪些", "放宽到整个省"), {"磐安县尖山镇人民政府"}),
    (("杭州零申请的有哪些", "看看全省的"), {"磐安县尖山镇人民政府"}),
    (("从化区的报告有哪些", "那全市呢"), {"广州市从化区档案局", "广州市花都区统计局"}),
    (("从化区零申请的报告有哪些", "整个广东呢"), {"广州市从化区档案局", "湛江市徐闻县司法局"}),
])
def test_the_whole_province_or_city_of_the_place_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "未用到" not in first_line(a) and "没有读懂" not in first_line(a), a.text


def test_a_whole_word_beside_a_place_is_read(db):
    for q in ("辽宁全省的报告有几份", "整个辽宁的报告有几份", "全辽宁的报告有几份"):
        a = ask(db, q)
        assert a.value == 3 and not a.plan.unread, (q, a.text)


@pytest.mark.parametrize("q,want", [("扩到整个新疆呢", True), ("放宽到所有县级部门", True),
                                    ("换成所有市级部门", True), ("扩大至全部乡镇", True),
                                    ("换成金华", False), ("新疆呢", False)])
def test_widening_words(q, want):
    assert widened_to(q) is want


# -- 4. an autonomous prefecture by its short name ---------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("黔东南州民宗委收到几件信息公开申请", 0),
    ("黔东南民宗委收到多少申请", 0),
    ("恩施州财政局收到几件申请", 7),
])
def test_an_autonomous_prefectures_short_name_finds_its_organs(db, q, want):
    a = ask(db, q)
    assert a.understood and a.value == want, a.text


def test_an_autonomous_prefectures_short_name_is_the_place(db):
    a = ask(db, "黔东南州的报告有哪些")
    assert _names(a) == {"黔东南苗族侗族自治州民族宗教事务委员会"}, a.text
    assert "黔东南苗族侗族自治州" in first_line(a)


# -- 5. a ranking right after a count ranks among the counted -------------------------------------------
@pytest.mark.parametrize("second", ["主动公开最多的是哪个", "主动公开条数最多的是哪家"])
def test_a_ranking_after_a_count_ranks_among_the_counted(db, second):
    a = converse(db, "公共资源交易中心有几家报告", second)
    assert "遵义市公共资源交易中心" in a.text and "毕节市人民政府" not in a.text, a.text
    assert "ranks_the_counted" in a.plan.rules


def test_a_ranking_after_a_count_of_a_place_ranks_in_that_place(db):
    a = converse(db, "金华的报告一共几份", "收到申请最多的是哪个")
    assert "义乌市人民政府" in a.text and "毕节市人民政府" not in a.text, a.text
