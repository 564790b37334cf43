"""Readings that answered another question than the one asked (issue 14, session 9 blindv5),
each in several shapes on a store of our own (places real, organs and figures invented):

1. name_part: a word no rule read that a few stored organs' names hold (平潭, 地区) is those
   organs, said as read, in a first question and in a follow-up; never every report;
2. list_after_count: 几个镇哪个零申请 / 哪家 / 哪几个: the list, never a count;
3. whole_unplaced: 全省 with no place said (and none before): asked which, never every
   report; with a place (浙江全省) or after one (那全省呢) it stays that place's;
4. which_report: one organ's two reports of one year stating a figure differently: both said
   with their files and asked which, never one picked; 分别 lists them.
"""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, converse, first_line, placed, t3, write_store

FJ, XJ, ZJ, SX, JS, NJ = ("福建省", "新疆维吾尔自治区", "浙江省", "山西省", "江苏省", "南京市")


def _again(rec, n):
    rec["source"]["sha256"] = hashlib.sha256(f"{rec['source']['sha256']}{n}".encode()).hexdigest()
    rec["source"]["path"] = rec["source"]["path"].replace(".txt", f"-{n}.txt")
    return rec


def corpus() -> list[dict]:
    return [
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
