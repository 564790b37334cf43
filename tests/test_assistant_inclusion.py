"""Inclusion glosses (assistant/inclusion.py, rule inclusion_gloss): a bracket or a clause ending in
都算 / 都要 / 也算 listing kinds of organ says what the scope named counts — never a condition on
names (an organ named 苏木, 国家局, 自治区) and never left unread. Several shapes on a store of our
own (places real, organs and figures invented)."""
from __future__ import annotations

import hashlib

import pytest

from assistant.inclusion import cut, read_kind
from test_assistant_questions import converse, record, t3


def org(name, short, level, year, n, province, city=None, county=None):
    r = record(name, short, level, county, year, t3(n))
    r["source"]["sha256"] = hashlib.sha256(f"{name}{short}{year}".encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


NM, SX = "内蒙古自治区", "山西省"


def corpus() -> list[dict]:
    return [
        org("内蒙古自治区人民政府", "内蒙古自治区", "province", 2022, 40, NM),
        org("山西省人民政府", "山西省", "province", 2022, 50, SX),
        org("北京市人民政府", "北京市", "province", 2022, 60, "北京市"),
        org("山西省自然资源厅", "自然资源厅", "province_dept", 2022, 30, SX),
        org("晋中市自然资源局", "自然资源局", "city_dept", 2022, 20, SX, "晋中市"),
        org("榆次区自然资源局", "自然资源局", "county_dept", 2022, 8, SX, "晋中市", "榆次区"),
        org("榆次区人民政府", "榆次区", "county", 2022, 12, SX, "晋中市", "榆次区"),
        org("榆次区教育局", "教育局", "county_dept", 2022, 3, SX, "晋中市", "榆次区"),
        org("榆次区东赵乡人民政府", "东赵乡", "township", 2022, 1, SX, "晋中市", "榆次区"),
        org("榆次区锦纶街道办事处", "锦纶街道", "subdistrict", 2022, 2, SX, "晋中市", "榆次区"),
        org("平遥县古陶镇人民政府", "古陶镇", "township", 2022, 0, SX, "晋中市", "平遥县"),
        org("乌审旗嘎鲁图镇人民政府", "嘎鲁图镇", "township", 2022, 0, NM, "鄂尔多斯市", "乌审旗"),
        org("乌审旗苏力德苏木人民政府", "苏力德苏木", "township", 2022, 1, NM, "鄂尔多斯市", "乌审旗"),
        org("国家统计局", "国家统计局", "national_dept", 2022, 9, None),
        org("农业农村部", "农业农村部", "national_dept", 2022, 7, None),
        org("国家版权署", "国家版权署", "national_dept", 2022, 5, None),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("inclusion") / "inclusion.db", corpus())


# -- the gloss found and its words read as kinds ------------------------------------------------
@pytest.mark.parametrize("q,rest,words", [
    ("乡镇（乡、镇、苏木）的报告有几份", "乡镇的报告有几份", ("level", "level", "place")),
    ("省级政府的报告几份？省政府、自治区、直辖市的都算", "省级政府的报告几份？", ("level", "place", "place")),
    ("自然资源系统的年报，从厅到县局都算，有几份", "自然资源系统的年报，有几份", ("body", "body")),
    ("榆次区的报告都有哪些？区政府、区里的局、乡镇都要", "榆次区的报告都有哪些？", ("body", "level", "level")),
    ("国务院部门（国家局、部、署这一级）有几份", "国务院部门有几份", ("body", "body", "body")),
])
def test_gloss_cut_and_read(q, rest, words):
    got, gloss = cut(q)
    assert got == rest
    assert tuple(k.what for k in gloss.kinds) == words


@pytest.mark.parametrize("q", [
    "街道报告有几份，2019年的不算",            # a year's clause: no kinds
    "正文写0件或者表三是0的都算，有几份",        # a figure's clause: no kinds
    "政务新媒体（公众号、微博、抖音这些）的报告",   # channels: no kinds
    "榆次区人民政府（2022年）收到多少申请",
])
def test_no_gloss_of_other_words(q):
    assert cut(q)[1] is None


def test_word_of_place_before_a_kind():
    assert read_kind("区里街道").levels == ("subdistrict",)
    assert read_kind("地区的局").levels == ("city_dept",)
    assert read_kind("火星站").what == "unread"


# -- answers: what the scope named covers, counted whole ----------------------------------------
@pytest.mark.parametrize("q,n", [
    ("乡镇（乡、镇、苏木）的报告有几份", 4),
    ("乡镇的报告有几份（乡、镇、苏木都算）", 4),
    ("省级政府的报告几份？省政府、自治区、直辖市的都算", 3),
    ("省级政府（含自治区、直辖市）的报告一共几份", 3),
    ("国务院部门（国家局、部、署这一级）的报告有几份", 3),
    ("自然资源系统的年报，从厅到县局都算，有几份", 3),
    ("榆次区的报告有几份？区政府、区里的局、乡镇、街道都算", 5),
])
def test_gloss_counts_the_scope_named(db, q, n):
    a = converse(db, q)
    assert a.understood and a.value == n, a.text
    assert "inclusion_gloss" in a.plan.rules
    assert "都算" in a.text.split("\n")[0]   # said in the reading
    assert "库中没有" not in a.text


def test_kind_wider_than_the_level_widens(db):
    a = converse(db, "乡镇的报告，街道也算，一共几份")
    assert a.value == 5, a.text
    assert set(a.plan.levels) == {"township", "subdistrict"}
    assert "一并计入" in a.text.split("\n")[0]


def test_gloss_word_not_read_is_said(db):
    a = converse(db, "乡镇的报告（含镇和火星站）一共几份")
    assert "火星站" in a.plan.doubts
    assert "火星站" in a.text.split("\n")[0]
