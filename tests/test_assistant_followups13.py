"""Readings that answered another question than the one asked (issue 14, session 9 blindv5),
each in several shapes on a store of our own (places real, organs and figures invented):

1. name_part: a word no rule read that a few stored organs' names hold (平潭, 地区) is those
   organs, said as read, in a first question and in a follow-up; never every report;
2. list_after_count: 几个镇哪个零申请 / 哪家 / 哪几个: the list, never a count;
3. whole_unplaced: 全省 with no place said (and none before): asked which, never every
   report; with a place (浙江全省) or after one (那全省呢) it stays that place's;
4. which_report: one organ's two reports of one year stating a figure differently: both said
   with their files and asked which, never one picked; 分别 lists them;
5. facts_several: 谁负责 哪个科室: the official and the office, both; a follow-up naming another
   organ keeps both, one naming one fact asks that one;
6. whole_short: 全疆 / 全川: the whole of that province, in a question and a follow-up (扩到全疆);
7. tier_counted: 各区县的报告有几份: the county tier's reports counted, one number (分别 keeps the
   grouping);
8. city_proper: 广州市区: the whole city, said first; own_government: 广州市政府 / 乌恰县人民政府: the
   place's own government, never every organ of it with 政府 unread;
9. items_asked: 存在哪些问题: headed the problems, never 问题和措施;
10. rate_of_condition: 零申请率 (率 after a condition, lexicons/question_words.tsv role share): the
    share of the reports stating the figure that meet it, numerator and denominator said.
"""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, converse, first_line, placed, record, t3, write_store

FJ, XJ, ZJ, SX, JS, NJ = ("福建省", "新疆维吾尔自治区", "浙江省", "山西省", "江苏省", "南京市")


def _again(rec, n):
    rec["source"]["sha256"] = hashlib.sha256(f"{rec['source']['sha256']}{n}".encode()).hexdigest()
    rec["source"]["path"] = rec["source"]["path"].replace(".txt", f"-{n}.txt")
    return rec


def _facts(name, short, level, year, facts, province, city=None, county=None):
    r = record(name, short, level, county, year, {**t3(1)}, facts=facts)
    r["source"]["sha256"] = hashlib.sha256((name + str(year) + "facts").encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


def corpus() -> list[dict]:
    return [
        _facts("阿拉善左旗气象局", "气象局", "county_dept", 2021,
               [("responsible_official", "局长分管政务公开工作", "局长"),
                ("responsible_office", "办公室具体负责", "办公室")], "内蒙古自治区", "阿拉善盟", "阿拉善左旗"),
        _facts("镇雄县气象局", "气象局", "county_dept", 2022,
               [("responsible_official", "副局长分管政务公开工作", "副局长"),
                ("responsible_office", "综合科具体负责", "综合科")], "云南省", "昭通市", "镇雄县"),
        _facts("泾川县城关镇人民政府", "城关镇", "township", 2020,
               [("problem", "政务公开栏目更新不够及时", None), ("remedy", "下一步将安排专人定期更新栏目", None)],
               "甘肃省", "平凉市", "泾川县"),
        placed("乌恰县人民政府", "乌恰县", "county", 2022, {**t3(4)}, XJ, "克孜勒苏柯尔克孜自治州", "乌恰县"),
        placed("乌恰县教育局", "教育局", "county_dept", 2022, {**t3(2)}, XJ, "克孜勒苏柯尔克孜自治州", "乌恰县"),
        placed("广州市人民政府", "广州市人民政府", "city", 2022, {**t3(40)}, "广东省", "广州市"),
        placed("广州市天河区猎德街道办事处", "猎德街道", "subdistrict", 2022, {**t3(5)}, "广东省", "广州市", "天河区"),
        placed("平潭综合实验区农业农村局", "农业农村局", "other", 2021, {**t3(2)}),
        placed("平潭综合实验区管理委员会", "管理委员会", "other", 2019, {**T3_ZERO}),
        placed("和田地区行政公署办公室", "行政公署办公室", "city", 2023, {**t3(8)}, XJ, "和田地区"),
        placed("阿克苏地区民政局", "民政局", "city_dept", 2022, {**t3(1)}, XJ, "阿克苏地区"),
        placed("库车市人民政府", "库车市", "county", 2022, {**t3(30)}, XJ, "阿克苏地区", "库车市"),
        placed("平遥县段村镇人民政府", "段村镇", "township", 2020, {**T3_ZERO}, SX, "晋中市", "平遥县"),
        placed("平遥县古陶镇人民政府", "古陶镇", "township", 2020, {**t3(3)}, SX, "晋中市", "平遥县"),
        placed("平遥县洪善镇人民政府", "洪善镇", "township", 2021, {**T3_ZERO}, SX, "晋中市", "平遥县"),
        placed("安吉县天荒坪镇人民政府", "天荒坪镇", "township", 2021, {**t3(1)}, ZJ, "湖州市", "安吉县"),
        placed("杭州市民政局", "民政局", "city_dept", 2022, {**t3(12)}, ZJ, "杭州市"),
        placed("南京市玄武区梅园新村街道办事处", "梅园新村街道", "subdistrict", 2021, {**t3(7)}, JS, NJ, "玄武区"),
        _again(placed("南京市玄武区梅园新村街道办事处", "梅园新村街道", "subdistrict", 2021, {**t3(6)},
                      JS, NJ, "玄武区"), 2),
        placed("南京市玄武区梅园新村街道办事处", "梅园新村街道", "subdistrict", 2022, {**t3(9)}, JS, NJ, "玄武区"),
        placed("宿迁市人民政府", "宿迁市", "city", 2020, {**t3(50)}, JS, "宿迁市"),
        _again(placed("宿迁市人民政府", "宿迁市", "city", 2020, {**t3(50)}, JS, "宿迁市"), 2),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("followups13") / "f13.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a word that is part of a few organs' names -----------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("平潭的报告有哪些",), {"平潭综合实验区农业农村局", "平潭综合实验区管理委员会"}),
    (("平潭的报告有哪些", "那平潭2019年的呢"), {"平潭综合实验区管理委员会"}),
    (("平潭的报告有哪些", "那2021年的呢"), {"平潭综合实验区农业农村局"}),
    (("平潭2021年的报告有哪些",), {"平潭综合实验区农业农村局"}),
    (("地区一级的报告有那些",), {"和田地区行政公署办公室", "阿克苏地区民政局"}),
])
def test_a_word_of_organs_names_is_those_organs(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "未用到" not in first_line(a) and "机关=" in first_line(a), first_line(a)


def test_a_name_part_is_counted_over_its_organs_only(db):
    a = ask(db, "平潭有几份报告")
    assert a.value == 2 and "name_part" in a.plan.rules, a.text


def test_a_whole_name_typed_with_its_tail_is_no_name_part(db):
    a = ask(db, "平潭镇的报告有哪些")   # a township the store lacks: never the 平潭 bodies
    assert "机关=平潭" not in first_line(a) and not _names(a) & {"平潭综合实验区农业农村局"}, a.text


def test_a_word_inside_a_word_of_a_name_is_no_name_part(db):
    a = ask(db, "克苏的报告有哪些")   # inside 阿克苏地区: no part of its own
    assert "机关=克苏" not in first_line(a), a.text


def test_a_question_word_before_it_is_no_name_part(db):
    a = ask(db, "哪个地区的报告最多")
    assert "机关=地区" not in first_line(a), first_line(a)


# -- 2. which, after a count word ---------------------------------------------------------------
@pytest.mark.parametrize("q", ["平遥几个镇哪个零申请", "平遥几个镇，哪家没有收到申请",
                               "平遥县几个乡镇里哪几个零申请"])
def test_which_after_a_count_word_is_the_list(db, q):
    a = ask(db, q)
    assert a.understood and a.value is None, a.text
    assert _names(a) == {"平遥县段村镇人民政府", "平遥县洪善镇人民政府"}, a.text


def test_which_most_after_a_count_word_stays_a_top(db):
    a = ask(db, "平遥几个镇哪个收到申请最多")
    assert a.value == 3, a.text


# -- 3. a whole word with no place -------------------------------------------------------------
@pytest.mark.parametrize("q,word", [("全省的报告有几份", "全省"), ("全省零申请的有几家", "全省"),
                                    ("全省一共收到多少申请", "全省")])
def test_a_whole_word_with_no_place_is_asked(db, q, word):
    a = ask(db, q)
    assert not a.understood and a.value is None and not a.rows, a.text
    assert f"“{word}”指哪个地方" in a.text and a.options, a.text


def test_a_whole_word_after_a_place_is_that_place(db):
    assert ask(db, "浙江全省的报告有几份").value == 2
    a = converse(db, "杭州的报告有哪些", "那全省呢")
    assert _names(a) == {"杭州市民政局", "安吉县天荒坪镇人民政府"}, a.text


# -- 4. two reports of one organ and year --------------------------------------------------------
@pytest.mark.parametrize("turns", [
    ("梅园新村街道2021年收到多少申请",),
    ("梅园新村街道2022年收到多少申请", "那2021年呢"),
    ("南京市玄武区梅园新村街道办事处2021年申请数",),
])
def test_two_reports_of_one_organ_and_year_are_asked(db, turns):
    a = converse(db, *turns)
    assert a.value is None and not a.rows and a.options, a.text
    assert "7件" in a.text and "6件" in a.text and "哪一份" in a.text, a.text


def test_both_listed_when_asked_each(db):
    a = ask(db, "梅园新村街道2021年收到多少申请，分别列出")
    assert sorted(r[3] for r in a.rows) == [6, 7], a.text


def test_two_reports_saying_the_same_is_one_number(db):
    a = ask(db, "宿迁市政府2020年收到多少申请")
    assert a.value == 50 or {r[3] for r in a.rows} == {50}, a.text
    assert "哪一份" not in a.text


# -- 5. two facts asked at once -------------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("阿拉善左旗气象局信息公开谁负责 哪个科室",), ("局长", "办公室")),
    (("阿拉善左旗气象局信息公开谁负责 哪个科室", "那镇雄县气象局呢"), ("副局长", "综合科")),
    (("镇雄县气象局的分管领导和负责机构",), ("副局长", "综合科")),
])
def test_two_facts_asked_are_both_answered(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and all(w in a.text for w in want), a.text
    assert "分管领导、负责机构" in first_line(a), first_line(a)


def test_one_fact_asked_after_two_is_that_one(db):
    a = converse(db, "阿拉善左旗气象局信息公开谁负责 哪个科室", "那分管领导呢")
    assert "局长" in a.text and "办公室" not in a.text.split("\n", 1)[1], a.text


# -- 6. 全疆: the whole province -------------------------------------------------------------------
def test_a_province_s_one_character_name_after_quan_is_that_province(db):
    assert ask(db, "全疆的报告有几份").value == 5
    a = converse(db, "库车的报告有哪些", "扩到全疆")
    assert a.understood and len(a.rows) == 5, a.text


# -- 7. 各区县 counted --------------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [("各区县的报告有几份", 5), ("各区县政府的报告有几份", 2),
                                    ("各区县收到申请的有几家", 5)])
def test_each_county_counted_is_the_tier_counted(db, q, want):
    a = ask(db, q)
    assert a.value == want and "按县" not in first_line(a), a.text


def test_each_county_apart_keeps_the_grouping(db):
    a = ask(db, "各区县分别有几份报告")
    assert "按县" in first_line(a), a.text


# -- 8. a city's name and 区 / 政府 ------------------------------------------------------------------
def test_city_proper_is_the_whole_city_said_first(db):
    a = ask(db, "广州市区的报告有哪些")
    assert _names(a) == {"广州市人民政府", "广州市天河区猎德街道办事处"}, a.text
    assert "按广州市全市理解" in first_line(a), first_line(a)


@pytest.mark.parametrize("q,want", [("广州市政府收到多少申请", 40), ("乌恰县政府收到多少申请", 4),
                                    ("乌恰县政府2022年收到几件申请", 4)])
def test_a_place_s_government_is_its_own(db, q, want):
    a = ask(db, q)
    assert a.value == want and "未用到" not in first_line(a), a.text


def test_a_fact_word_inside_a_name_is_no_second_fact(db):
    a = ask(db, "镇雄县气象局政务公开领导小组办公室设在哪个科室")
    assert "综合科" in a.text and "副局长" not in a.text, a.text



# -- 9. problems asked, remedies not --------------------------------------------------------------
@pytest.mark.parametrize("q,said,not_said", [
    ("泾川县城关镇报告里说存在哪些问题", "的问题，", "安排专人"),
    ("泾川县城关镇的改进措施有哪些", "的改进措施，", "不够及时"),
])
def test_problems_asked_are_said_as_problems(db, q, said, not_said):
    a = ask(db, q)
    assert said in a.text and not_said not in a.text and "问题和" not in a.text, a.text



# -- 10. 零申请率: a share, said with its numerator and denominator ----------------------------------
@pytest.mark.parametrize("q,num,den", [("平遥乡镇零申请率多少", 2, 3), ("乡镇零申请率是多少", 2, 5),
                                       ("平遥县乡镇的零申请率", 2, 3)])
def test_a_zero_rate_is_a_share_said_with_its_counts(db, q, num, den):
    a = ask(db, q)
    assert a.understood and a.value == pytest.approx(num / den), a.text
    assert f"{num}/{den}份" in a.text, a.text
