"""Families behind session 16's question-set misses (fixer qa16d), each in several shapes on a
store of our own (places real, organs and figures invented):

1. level_not_widened (assistant/vocabscan.py): a generic level word (部门) after a level named
   that it covers — 县里的局里面…哪个部门 / 市直部门中哪家 — asks which one of those, never every
   level it covers; 其他部门 / 所有部门 still widen as said.
2. top_n of 哪N份 / 哪N个 / 哪N家 / 前N名 with 最多 / 最少 (assistant/plan.py): the top N, the words read.
3. sources_both (assistant/bothsources.py): a gloss naming the prose and a table, either counting
   (正文写0件或者表三是0的都算 / 不管正文还是表格里写的) is the one combined figure, never the
   reports with that table only; a table restriction the answer does apply is said in the reading.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, record, t3

SX = "山西省"


def org(name, short, level, year, new, county=None):
    figures = new if isinstance(new, dict) else t3(new)
    r = record(name, short, level, county, year, figures)
    r["source"]["sha256"] = hashlib.sha256((f"{name}{short}{year}").encode()).hexdigest()
    r["organ"].update(province=SX, city="晋中市", county=county)
    return r


def corpus() -> list[dict]:
    return [
        org("榆次区教育局", "教育局", "county_dept", 2022, 12, county="榆次区"),
        org("榆次区民政局", "民政局", "county_dept", 2022, 7, county="榆次区"),
        org("太谷区财政局", "财政局", "county_dept", 2022, 3, county="太谷区"),
        org("平遥县公安局", "公安局", "county_dept", 2022, 1, county="平遥县"),
        org("晋中市自然资源局", "自然资源局", "city_dept", 2022, 90),
        org("晋中市住房和城乡建设局", "住房和城乡建设局", "city_dept", 2022, 40),
        org("山西省交通运输厅", "交通运输厅", "province_dept", 2022, 300),
        org("榆次区人民政府", "榆次区", "county", 2022, 60, county="榆次区"),
        org("太谷区人民政府", "太谷区", "county", 2022, 25, county="太谷区"),
        org("平遥县人民政府", "平遥县", "county", 2022, 18, county="平遥县"),
        org("祁县人民政府", "祁县", "county", 2022, 9, county="祁县"),
        org("晋中市人民政府", "晋中市", "city", 2022, 500),
        # townships: two of the prose's figure only (no table), one of table 3 only
        org("榆次区东赵乡人民政府", "东赵乡", "township", 2022, {"n.requests_received": 0}, county="榆次区"),
        org("平遥县古陶镇人民政府", "古陶镇", "township", 2022, {"n.requests_received": 0}, county="平遥县"),
        org("祁县昭馀镇人民政府", "昭馀镇", "township", 2022, t3(0), county="祁县"),
        org("太谷区胡村镇人民政府", "胡村镇", "township", 2022, {"n.requests_received": 4}, county="太谷区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("families16d") / "f16d.db", corpus())


# -- 1. a level named is never widened by a generic word after it -----------------------------
@pytest.mark.parametrize("q,levels,who", [
    ("县里的局里面，收到依申请最多的是哪个部门？", ("county_dept",), "教育局"),
    ("县直部门当中收到申请最少的是哪个部门", ("county_dept",), "公安局"),
    ("区里的局，申请最多的是哪家", ("county_dept",), "教育局"),
    ("市直部门中哪个部门收到的申请最多", ("city_dept",), "自然资源局"),
    ("省级部门里面，哪个部门收到申请最多", ("province_dept",), "交通运输厅"),
])
def test_a_level_named_is_kept(db, q, levels, who):
    a = converse(db, q)
    assert a.plan.levels == levels, a.text
    assert "level_not_widened" in a.plan.rules or "哪个部门" not in q, a.plan.rules
    assert who in a.text, a.text


@pytest.mark.parametrize("q", ["所有部门里收到申请最多的是哪个部门", "哪个部门收到申请最多"])
def test_a_generic_word_alone_or_widened_on_purpose_is_every_level(db, q):
    a = converse(db, q)
    assert set(a.plan.levels) >= {"county_dept", "city_dept", "province_dept"}, a.text
    assert "交通运输厅" in a.text, a.text


def test_two_levels_named_are_both_read(db):
    a = converse(db, "县级政府和县直部门里收到申请最多的是哪个")
    assert set(a.plan.levels) == {"county", "county_dept"}, a.text


# -- 2. 哪N份 / 哪N个 / 前N名: the top N ---------------------------------------------------------
@pytest.mark.parametrize("q,n,first,absent", [
    ("县级政府年报里，收到申请最多的是哪3份？", 3, "榆次区", "祁县"),
    ("县级政府收到申请最少的是哪两份", 2, "祁县", "榆次区人民政府"),
    ("哪2个县直部门收到的申请最多", 2, "教育局", "财政局"),
    ("县直部门里申请最少的是哪三家", 3, "公安局", "教育局"),
    ("县直部门收到申请最多的前2名", 2, "教育局", "财政局"),
])
def test_the_top_n(db, q, n, first, absent):
    a = converse(db, q)
    assert a.plan.top == n, a.text
    assert first in a.text and absent not in a.text, a.text
    assert "未用到的词" not in a.text, a.text


# -- 3. a gloss naming both sources is the one combined figure ------------------------------------
@pytest.mark.parametrize("q", [
    "零申请的报告一共多少份？（正文写0件或者表三新收到是0的都算）",
    "不管正文还是表格里写的，收到申请为0的有几份",
    "收到申请为0的报告有几份，文字部分或表3填0都算",
    "乡镇里零申请的有几个（正文和表三任一处是0就算）",
])
def test_both_sources_are_the_one_figure(db, q):
    a = converse(db, q)
    assert a.value == 3, a.text
    assert a.plan.table is None and "sources_both" in a.plan.rules, a.plan.rules
    assert "未用到的词" not in a.text, a.text


def test_a_table_restriction_applied_is_said(db):
    a = converse(db, "表三里收到申请为0的报告有几份")
    assert a.value == 1, a.text
    assert "只看填写了表三" in a.text, a.text


def test_the_prose_against_the_table_is_still_a_check(db):
    a = converse(db, "正文和表三的申请数一致的报告有几份")
    assert a.plan.check and "sources_both" not in a.plan.rules, a.text
