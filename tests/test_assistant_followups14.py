"""Answers that said a held organ absent, lost a follow-up or read a word as nothing (session 9
blind12 / blindv3), each in several shapes on a store of our own (places real, organs and
figures invented):

1. short_form (assistant/nearnames.py abbreviated, lexicons/question_organ_types.tsv 住建): 住建局
   also abbreviates 住房和建设局, typed after a place without its tail too (南沙住建局: 南沙区…);
2. name_part (assistant/namepart.py): a zone's whole name (seven characters and more) is those
   organs, compared simplified (a name printed in traditional characters too); a place read and
   an unread word right after it that stored names open with (无锡 + 高新园区) is those organs;
3. offered_followup: one name offered for a slip (水力厅: 是不是…水利厅？): a follow-up (2021年的呢)
   is read over the question as offered, never over every report;
4. untold staff (lexicons/question_words.tsv role untold, value staff): 兼职人员 / 专职人员 is
   recorded by no field: said, never answered over every report;
5. yoy_difference: 比上一年少了几件 of one organ: the difference of the two years, said with both;
6. level_added: 只算地级市政府的 → 把省政府的也算进来: both levels;
7. carried_forward read whole: 结转到下一年办理的申请 is one figure, never two;
8. one_meant (assistant/whichorgan.py): 鄞州那个局 is one bureau of the place: which one is asked,
   each one's value said, never the class's list answered as the one number asked.
"""
from __future__ import annotations

import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, placed, t3

GD, JS, ZJ, JX = "广东省", "江苏省", "浙江省", "江西省"


def corpus() -> list[dict]:
    return [
        placed("广州市南沙区住房和建设局", "住房和建设局", "county_dept", 2022, {**t3(3)}, GD, "广州市", "南沙区"),
        placed("广州市南沙区民政局", "民政局", "county_dept", 2022, {**t3(1)}, GD, "广州市", "南沙区"),
        placed("泉港石化综合实验区经济发展局", "经济发展局", "other", 2021, {**t3(2)}),
        placed("泉港石化綜合實驗區管理委員會", "管理委員會", "other", 2020, {**t3(6)}),
        placed("无锡高新园区管理委员会", "管理委员会", "other", 2021, {**t3(9)}, JS, "无锡市"),
        placed("无锡市民政局", "民政局", "city_dept", 2021, {**t3(4)}, JS, "无锡市"),
        placed("浙江省水利厅", "水利厅", "province_dept", 2020, {**t3(7)}, ZJ),
        placed("浙江省水利厅", "水利厅", "province_dept", 2021, {**t3(11)}, ZJ),
        placed("嘉兴市财政局", "财政局", "city_dept", 2020, {**t3(15)}, ZJ, "嘉兴市"),
        placed("嘉兴市财政局", "财政局", "city_dept", 2021, {**t3(5)}, ZJ, "嘉兴市"),
        placed("江西省人民政府", "江西省", "province", 2021, {**t3(30)}, JX),
        placed("赣州市人民政府", "赣州市", "city", 2021, {**t3(20)}, JX, "赣州市"),
        placed("九江市人民政府", "九江市", "city", 2021, {**t3(10, forward=4)}, JX, "九江市"),
        placed("瑞金市人民政府", "瑞金市", "county", 2021, {**t3(2, forward=1)}, JX, "赣州市", "瑞金市"),
        placed("宁波市鄞州区民政局", "民政局", "county_dept", 2021, {**t3(2)}, ZJ, "宁波市", "鄞州区"),
        placed("宁波市鄞州区公安分局", "公安分局", "county_dept", 2021, {**t3(5)}, ZJ, "宁波市", "鄞州区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("followups14") / "f14.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a department's short form -------------------------------------------------------------
@pytest.mark.parametrize("q", ["南沙住建局收到几件申请", "南沙区住建局2022年收到多少申请",
                               "广州市南沙区住建局收到了几件申请"])
def test_the_short_form_of_a_housing_bureau_finds_it(db, q):
    a = ask(db, q)
    assert a.understood and a.value == 3, a.text
    assert "库中没有" not in a.text, a.text


# -- 2. a zone's whole name, a place and the rest of a name ------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("泉港石化综合实验区的报告",), {"泉港石化综合实验区经济发展局", "泉港石化綜合實驗區管理委員會"}),
    (("泉港石化综合实验区的报告有哪些", "2020年的呢"), {"泉港石化綜合實驗區管理委員會"}),
    (("泉港石化综合实验区2021年的报告",), {"泉港石化综合实验区经济发展局"}),
])
def test_a_zone_s_whole_name_is_its_organs(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "库中没有" not in a.text and "机关=" in first_line(a), a.text


@pytest.mark.parametrize("q,want", [("无锡高新园区2021年收到多少申请", 9), ("无锡高新园区收到几件申请", 9)])
def test_a_place_and_the_rest_of_a_name_is_that_organ(db, q, want):
    a = ask(db, q)
    assert a.understood and a.value == want, a.text
    assert "未用到" not in first_line(a) and "库中没有" not in a.text, a.text


def test_a_place_and_a_word_no_name_opens_with_stays_unread(db):
    a = ask(db, "无锡市场2021年收到多少申请")
    assert "机关=无锡市场" not in first_line(a), a.text


# -- 3. a follow-up after one name offered -------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("浙江省水力厅2020年收到几件申请", "2021年的呢"), 11),
    (("浙江省水力厅2021年收到多少申请", "那2020年呢"), 7),
])
def test_a_followup_after_one_name_offered_is_read_over_it(db, turns, want):
    first = ask(db, turns[0])
    assert not first.understood and len(first.options) == 1, first.text
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "机关=浙江省水利厅" in first_line(a), first_line(a)


# -- 4. who does the work: no field records it ---------------------------------------------------
@pytest.mark.parametrize("q,word", [("哪些单位的信息公开是兼职人员在做", "兼职人员"),
                                    ("信息公开有专职人员的单位有几个", "专职人员"),
                                    ("哪些部门是兼职做信息公开的", "兼职")])
def test_staff_no_field_records_is_said(db, q, word):
    a = ask(db, q)
    assert not a.understood and not a.rows and f"“{word}”" in a.text, a.text


# -- 5. the difference from the year before --------------------------------------------------
@pytest.mark.parametrize("turns,want,word", [
    (("嘉兴市财政局2020年收到多少申请", "2021年呢", "比上一年少了几件"), 10, "少"),
    (("嘉兴市财政局2021年收到申请比上一年少了几件",), 10, "少"),
    (("浙江省水利厅2021年收到的申请比前一年多了几件",), 4, "多"),
])
def test_the_difference_from_the_year_before_is_said(db, turns, want, word):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert f"比上年{word}{want}件" in a.text and "未用到" not in first_line(a), a.text


# -- 6. a level added ------------------------------------------------------------------------
@pytest.mark.parametrize("last", ["把省政府的也算进来", "省政府的也加上", "再把省政府的算上"])
def test_a_level_added_is_both_levels(db, last):
    a = converse(db, "江西有几份年报", "只算地级市政府的", last)
    assert a.understood and a.value == 3 and "level_added" in a.plan.rules, a.text


def test_a_level_alone_after_a_level_switches(db):
    a = converse(db, "江西有几份年报", "只算地级市政府的", "那省政府的呢")
    assert a.value == 1 and "level_added" not in a.plan.rules, a.text


# -- 7. carried forward, read whole ----------------------------------------------------------
@pytest.mark.parametrize("q", ["结转到下一年办理的申请，哪家最多", "结转至下年度办理的申请哪个单位最多"])
def test_carried_forward_with_its_verb_is_one_figure(db, q):
    a = ask(db, q)
    assert a.understood and a.value == 4 and _names(a) == {"九江市人民政府"}, a.text


# -- 8. one organ of a class meant --------------------------------------------------------------
@pytest.mark.parametrize("q", ["鄞州那个局收了几件申请", "鄞州区那家单位收到多少申请", "鄞州那个部门2021年收到几件申请"])
def test_one_organ_of_a_class_is_asked_which(db, q):
    a = ask(db, q)
    assert "which_organ" in a.plan.rules and a.value is None, a.text
    assert {o["question"].split("收")[0].replace("2021年", "") for o in a.options} == {
        "宁波市鄞州区民政局", "宁波市鄞州区公安分局"}, a.options


def test_the_class_asked_each_is_its_list(db):
    a = ask(db, "鄞州区的局分别收了几件申请")
    assert "which_organ" not in a.plan.rules and len(a.rows) == 2, a.text
