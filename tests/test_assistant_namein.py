"""A name part then a pointing word (新区里面哪家收到的申请最多, 城固当中哪家…): the organs whose
names hold the part are the scope, never every report with the word dropped (assistant/namepart.py,
assistant/vocabscan.py; lexicons/question_point_back.tsv roles within and after_name).

- the filler 区里 / 县里 is never cut out of a name part the tokenizer cuts whole (新区 of 新区里面);
- an unread word ending in a pointing word (新区中, 新区里) is read by its head;
- a word before a pointing word read as nothing at all is said not understood (火星岛里哪家);
- a filler opening the question (区里想了解…) and a point back after a list (这些里面, 其中) stay as
  they were.
Store of our own: places real, organs and figures invented.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, first_line, record, t3


def org(name, short, level, year, received, province, city=None, county=None):
    r = record(name, short, level, county, year, t3(received), (), None)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["source"]["path"] = f"reports/{name}-{year}.txt"
    r["organ"].update(province=province, city=city, county=county)
    return r


def corpus() -> list[dict]:
    return [
        org("湖南湘江新区管理委员会", "湘江新区管委会", "other", 2023, 40, "湖南省", "长沙市"),
        org("贵州贵安新区管理委员会", "贵安新区管委会", "other", 2023, 25, "贵州省", "贵阳市"),
        org("西咸新区沣东新城管理委员会", "沣东新城管委会", "other", 2023, 10, "陕西省", "西安市"),
        org("国家知识产权局", "国家知识产权局", "national_dept", 2023, 900, "北京市"),
        org("宜春市人民政府", "宜春市", "city", 2023, 150, "江西省", "宜春市"),
        org("赣州市教育局", "教育局", "city_dept", 2023, 20, "江西省", "赣州市"),
        org("城固县人民政府", "城固县", "county", 2023, 60, "陕西省", "汉中市", "城固县"),
        org("城固县教育局", "教育局", "county_dept", 2023, 5, "陕西省", "汉中市", "城固县"),
        org("宁波市鄞州区住房和城乡建设局", "住房和城乡建设局", "county_dept", 2023, 38, "浙江省", "宁波市",
            "鄞州区"),
        org("重庆市綦江区人力资源和社会保障局", "人力资源和社会保障局", "county_dept", 2023, 22, "重庆市",
            "重庆市", "綦江区"),
        org("长沙市自然资源和规划局", "自然资源和规划局", "city_dept", 2023, 300, "湖南省", "长沙市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("namein") / "namein.db", corpus())


@pytest.mark.parametrize("q", [
    "新区里面哪家收到的申请最多", "新区里哪家收到的申请最多", "新区中哪家收到的申请最多",
    "新区当中哪家收到的申请最多", "新区之中哪家收到的申请最多", "新区里头哪家收到的申请最多",
])
def test_a_name_part_then_a_pointing_word_is_the_scope(db, q):
    a = converse(db, q)
    assert a.rows and "湘江新区" in a.rows[0][0], a.text
    assert "机关=新区" in first_line(a), a.text
    assert "国家知识产权局" not in a.text


@pytest.mark.parametrize("q", ["城固里面哪家收到的申请最多", "城固当中哪家收到的申请最多"])
def test_any_name_part_then_a_pointing_word(db, q):
    a = converse(db, q)
    assert a.rows and "城固县人民政府" in a.rows[0][0], a.text
    assert "国家知识产权局" not in a.text


@pytest.mark.parametrize("q, word", [
    ("火星岛里哪家收到的申请最多", "火星岛里"), ("火星岛中哪家收到的申请最多", "火星岛中"),
    ("火星岛里面哪家收到的申请最多", "火星岛"),
])
def test_a_word_before_a_pointing_word_read_as_nothing_is_said(db, q, word):
    a = converse(db, q)
    assert f"没有读懂“{word}”" in a.text, a.text


def test_the_filler_opening_a_question_stays_a_filler(db):
    a = converse(db, "区里想了解一下收到多少申请")
    assert "机关" not in first_line(a) and "没有读懂" not in a.text, a.text


@pytest.mark.parametrize("then", ["这些里面哪家收到的申请最多", "其中哪家收到的申请最多"])
def test_a_point_back_after_a_list_still_points_back(db, then):
    a = converse(db, "新区的报告有哪些", then)
    assert a.rows and "湘江新区" in a.rows[0][0], a.text


def test_the_head_before_a_pointing_word():
    from assistant.namepart import pointed_head
    assert pointed_head("新区里") == "新区"
    assert pointed_head("新区中") == "新区"
    assert pointed_head("某某镇当中") == "某某镇"
    assert pointed_head("滇中") is None        # one character before 中: a name's own end
    assert pointed_head("新区") is None


def test_a_filler_is_not_cut_out_of_a_name_part():
    from assistant.vocabscan import _closes_unread_word
    q = "新区里面哪家收到的申请最多"
    assert _closes_unread_word(q, q, 1)                        # 区里 inside 新区里面
    assert not _closes_unread_word("区里想了解", "区里想了解", 0)
    assert not _closes_unread_word("我们区里想了解", "我们区里想了解", 2)


@pytest.mark.parametrize("q", ["现在系统里一共有多少份年报", "库里一共有多少份年报", "哪些报告正文里写了收到的申请数"])
def test_a_word_naming_no_scope_before_a_pointing_word_is_no_doubt(db, q):
    a = converse(db, q)
    assert "没有读懂" not in a.text, a.text


def test_the_list_before_pointed_at_is_no_doubt(db):
    a = converse(db, "新区的报告有哪些", "刚才那些里面哪家收到的申请最多")
    assert "没有读懂" not in a.text, a.text
