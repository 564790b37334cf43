"""Families of the kept-back question sets of session 12 (blind20, blindv12), each in several
shapes on a store of our own (places real, organs and figures invented):

1. condition_of_listed: a follow-up naming only a condition (零申请的有几家, 有收到申请的是哪几家,
   复议不为0的有哪些, 主动公开超过100条的几个), whatever asking word ends it, narrows the list or
   count before; a question with a scope of its own (哪些乡镇零申请) stands alone;
2. kinds_joined: kinds of organ listed with 、 / 和 / 或 (开发区、管委会这类单位): the union, each
   kind said; a kind listed with no organ is said, never dropped in silence;
3. correction: 我是说 / 我指的是 / 我说的是 / 不是…是… replaces the reading of the word corrected
   (2019年 → 2019版), never adds to it;
4. under_place: 范围内 / 辖区内 / 境内 / 下辖 / 管辖的 after a place whose name is also an organ's
   short name (赣州市): every report of organs in that place, never the one organ.
"""
from __future__ import annotations

import pytest

from assistant import ask
from assistant.correction import correction_said
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, converse, first_line, placed, t3, t4

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")

SD, ZJ, JX, NM, YN = "山东省", "浙江省", "江西省", "内蒙古自治区", "云南省"


def corpus() -> list[dict]:
    return [
        # 山东: three townships (two of no request), a city bureau of no request
        placed("邹城市田黄镇人民政府", "田黄镇", "township", 2021, {**T3_ZERO, **t4()}, SD, "济宁市", "邹城市"),
        placed("日照市东港区两城镇人民政府", "两城镇", "township", 2020, {**T3_ZERO, **t4()}, SD, "日照市", "东港区"),
        placed("高青县唐坊镇人民政府", "唐坊镇", "township", 2020, {**t3(4), **t4(review=2),
               "n.active_published": 150}, SD, "淄博市", "高青县"),
        placed("济南市档案局", "档案局", "city_dept", 2021, {**T3_ZERO, **t4()}, SD, "济南市"),
        placed("安吉县天荒坪镇人民政府", "天荒坪镇", "township", 2019, {**T3_ZERO, **t4()}, ZJ, "湖州市", "安吉县"),
        # 气象局: one of requests, two of none; another organ of many requests
        placed("阿拉善左旗气象局", "气象局", "county_dept", 2021, {**t3(1), **t4(), "n.active_published": 30},
               NM, "阿拉善盟", "阿拉善左旗"),
        placed("内蒙古自治区气象局", "气象局", "province_dept", 2020, {**T3_ZERO, **t4(),
               "n.active_published": 300}, NM),
        placed("湖州市气象局", "气象局", "city_dept", 2022, {**T3_ZERO, **t4(review=1), "n.active_published": 120},
               ZJ, "湖州市"),
        placed("湖州市自然资源和规划局", "自然资源和规划局", "city_dept", 2022, {**t3(40), **t4(review=5),
               "n.active_published": 900}, ZJ, "湖州市"),
        # 赣州市: its government (short name 赣州市), a county bureau, a township
        placed("赣州市人民政府", "赣州市", "city", 2021, {**t3(60)}, JX, "赣州市"),
        placed("信丰县卫生健康委员会", "卫生健康委员会", "county_dept", 2023, {**t3(2)}, JX, "赣州市", "信丰县"),
        placed("于都县禾丰镇人民政府", "禾丰镇", "township", 2022, {**T3_ZERO}, JX, "赣州市", "于都县"),
        placed("南昌市财政局", "财政局", "city_dept", 2022, {**t3(3)}, JX, "南昌市"),
        # zones and committees
        placed("赣州经济技术开发区管理委员会", "赣州经开区管委会", "other", 2023, {**t3(1)}, JX, "赣州市"),
        placed("昆明经开区招商合作局", "招商合作局", "other", 2022, {**t3(2)}, YN, "昆明市"),
        placed("抚仙湖风景名胜区管理委员会", "抚仙湖管委会", "other", 2022, {**T3_ZERO}, YN, "玉溪市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("keptq") / "keptq.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a condition alone after a list or a count: of those ------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("山东的乡镇报告有哪些", "零申请的有哪些"), {"邹城市田黄镇人民政府", "日照市东港区两城镇人民政府"}),
    (("山东的乡镇报告有哪些", "零申请的是哪几家"), {"邹城市田黄镇人民政府", "日照市东港区两城镇人民政府"}),
    (("山东的乡镇报告有哪些", "复议不为0的有哪些"), {"高青县唐坊镇人民政府"}),
    (("气象局的报告有几份", "有收到申请的是哪几家"), {"阿拉善左旗气象局"}),
    (("气象局的报告有哪些", "收到过申请的是哪个"), {"阿拉善左旗气象局"}),
    (("气象局的报告有几份", "零申请的有哪些"), {"内蒙古自治区气象局", "湖州市气象局"}),
    (("气象局的报告有几份", "收到过申请的是哪个"), {"阿拉善左旗气象局"}),
])
def test_condition_alone_lists_of_the_list_before(db, turns, want):
    a = converse(db, *turns)
    assert "condition_of_listed" in a.plan.rules, a.text
    assert _names(a) == want, a.text


@pytest.mark.parametrize("turns,n", [
    (("山东的乡镇报告有哪些", "零申请的有几家"), 2),
    (("气象局的报告有几份", "零申请的有几家"), 2),
    (("气象局的报告有哪些", "主动公开超过100条的几个"), 2),
    (("山东的报告有哪些", "零申请的有多少家"), 3),
    (("山东的乡镇报告有几份", "其中零申请的呢"), 2),   # a count before, no which word: still a count
    (("山东的乡镇报告有几份", "零申请的呢"), 2),
])
def test_condition_alone_counts_of_the_list_before(db, turns, n):
    a = converse(db, *turns)
    assert "condition_of_listed" in a.plan.rules, a.text
    assert a.value == n, a.text


@pytest.mark.parametrize("turns,want", [
    # a scope of its own: a question of its own
    (("气象局的报告有哪些", "哪些乡镇零申请"),
     {"邹城市田黄镇人民政府", "日照市东港区两城镇人民政府", "安吉县天荒坪镇人民政府", "于都县禾丰镇人民政府"}),
    (("气象局的报告有几份", "2021年零申请的有哪些"), {"邹城市田黄镇人民政府", "济南市档案局"}),
])
def test_a_scope_of_its_own_stands_alone(db, turns, want):
    a = converse(db, *turns)
    assert "condition_of_listed" not in a.plan.rules, a.text
    assert _names(a) == want, a.text


# -- 2. kinds listed together: their union, each said --------------------------------------------
ZONES = {"赣州经济技术开发区管理委员会", "昆明经开区招商合作局", "抚仙湖风景名胜区管理委员会"}


@pytest.mark.parametrize("q", ["开发区、管委会这类单位的报告", "开发区和管委会的报告有哪些",
                               "管委会或开发区这些单位的报告"])
def test_kinds_listed_read_together(db, q):
    a = ask(db, q)
    assert _names(a) == ZONES, a.text
    assert "“开发区”" in first_line(a) and "“管委会”" in first_line(a), first_line(a)
    assert "kinds_joined" in a.plan.rules


def test_one_kind_alone_is_that_kind(db):
    a = ask(db, "管委会的报告有哪些")
    assert _names(a) == {"赣州经济技术开发区管理委员会", "抚仙湖风景名胜区管理委员会"}, a.text
    assert "kinds_joined" not in a.plan.rules


def test_a_kind_listed_with_none_held_is_said(db):
    a = ask(db, "开发区、海关这类单位的报告")
    assert _names(a) == {"赣州经济技术开发区管理委员会", "昆明经开区招商合作局"}, a.text
    assert "海关" in first_line(a), first_line(a)


def test_kinds_none_held_are_no_answer(db):
    a = ask(db, "海关、税务这类单位的报告")
    assert not a.rows, a.text
    assert "海关" in a.text and "税务" in a.text, a.text


# -- 3. a correction replaces the word it corrects -----------------------------------------------
@pytest.mark.parametrize("fix", ["我是说用2019版格式的", "我指的是2019版模板的", "我说的是2019版的",
                                 "不是2019年，是2019版的", "不对，我的意思是2019版的"])
def test_correction_template_for_year(db, fix):
    a = converse(db, "2019年的报告有多少份", fix)
    assert "correction" in a.plan.rules, a.text
    assert a.plan.template == "2019" and a.plan.years == () and a.plan.excluded_years == (), a.text
    assert a.value == 4, a.text   # the 2019 and 2020 reports: 天荒坪镇, 两城镇, 唐坊镇, 内蒙古气象局


def test_correction_year_for_template(db):
    a = converse(db, "2021版的报告有几份", "我是说2021年的")
    assert a.plan.years == (2021,) and a.plan.template is None, a.text


def test_correction_place(db):
    a = converse(db, "山东的报告有几份", "我是说江西")
    assert a.plan.region[1] == "江西省" and a.value == 5, a.text


@pytest.mark.parametrize("q,said", [("我是说2019版", "cue"), ("不对，我指的是江西", "cue"),
                                    ("不是2019年，是2019版的", "not_but"), ("那2020年呢", None),
                                    ("说明了什么", None), ("不是零申请的有哪些", None)])
def test_correction_said(q, said):
    assert correction_said(q) == said


def test_no_correction_a_plain_followup(db):
    a = converse(db, "2019年的报告有多少份", "那2020年呢")
    assert "correction" not in a.plan.rules and a.plan.years == (2020,), a.text


# -- 4. a place's scope words: every organ in it ------------------------------------------------
GANZHOU = {"赣州市人民政府", "信丰县卫生健康委员会", "于都县禾丰镇人民政府", "赣州经济技术开发区管理委员会"}


@pytest.mark.parametrize("q", ["赣州市范围内的报告列一下", "赣州市辖区内的报告有哪些", "赣州市境内的报告",
                               "赣州市下辖的报告有哪些", "赣州市管辖的报告列一下", "赣州范围内有哪些报告",
                               "赣州市管辖范围内的报告"])
def test_place_scope_words(db, q):
    a = ask(db, q)
    assert _names(a) == GANZHOU, a.text
    assert "未用到" not in first_line(a), first_line(a)


def test_the_government_named_is_one_organ(db):
    a = ask(db, "赣州市人民政府的报告")
    assert _names(a) == {"赣州市人民政府"}, a.text
