"""The varied store's families of the assistant's own misses (blindv7), each in several shapes,
on a store of our own (real place names where the gazetteer decides, invented organs):

1. a body named by the usual contraction of its name (国家药监局, 市场监管局, 人社局: the rows of
   lexicons/organ_abbreviations.tsv) is that organ, the answer naming it in full;
2. a city's short form before a district (成都武侯区, 杭州滨江区) is the district of that city,
   never the short name of the district's government office (rule city_short_county);
3. 苏木 said with the township level (乡镇苏木一级, 乡镇和苏木) is that level
   (lexicons/question_levels.tsv), never an organ-name filter;
4. a province said after a list of a bare kind (气象局的报告有哪些 → 内蒙古的呢) is every organ of
   the kind in it, not only the province's own bureau (rule kind_within_place; a city so said
   keeps its own bureau: test_assistant_families8).
"""
from __future__ import annotations

import pytest

from assistant import ask
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, converse, first_line, placed, t3, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")


def corpus() -> list[dict]:
    return [
        placed("国家药品监督管理局", "国家药品监督管理局", "national_dept", 2023, {**t3(40)}),
        placed("临朐县市场监督管理局", "市场监督管理局", "county_dept", 2022, {**t3(6)}, county="临朐县"),
        placed("临朐县人力资源和社会保障局", "人力资源和社会保障局", "county_dept", 2022, {**t3(9)},
               county="临朐县"),
        placed("正安县发展和改革局", "发展和改革局", "county_dept", 2023, {**t3(2)}, county="正安县"),
        # 武侯区: the district's office and a subdistrict in it
        placed("成都市武侯区人民政府办公室", "武侯区", "county", 2022, {**t3(30)}, city="成都市", county="武侯区"),
        placed("成都市武侯区玉林街道办事处", "玉林街道", "subdistrict", 2023, {**t3(1)}, city="成都市",
               county="武侯区"),
        placed("杭州市滨江区民政局", "民政局", "county_dept", 2021, {**t3(4)}, city="杭州市", county="滨江区"),
        # 内蒙古: a sumu, a town, a banner's and the region's weather bureaus
        placed("正镶白旗伊和淖尔苏木人民政府", "伊和淖尔苏木", "township", 2023, {**T3_ZERO}, county="正镶白旗"),
        placed("扎赉特旗音德尔镇人民政府", "音德尔镇", "township", 2022, {**t3(3)}, county="扎赉特旗"),
        placed("扎赉特旗人民政府", "扎赉特旗", "county", 2022, {**t3(12)}, county="扎赉特旗"),
        placed("内蒙古自治区气象局", "气象局", "province_dept", 2021, {**t3(2)}, province="内蒙古自治区"),
        placed("阿拉善左旗气象局", "气象局", "county_dept", 2022, {**t3(1)}, county="阿拉善左旗"),
        placed("临朐县气象局", "气象局", "county_dept", 2021, {**t3(0)}, county="临朐县"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("familiesv7") / "varied.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a contracted organ name ------------------------------------------------------------------
@pytest.mark.parametrize("q,full,value", [
    ("国家药监局2023年收到多少信息公开申请", "国家药品监督管理局", 40),
    ("国家药监局收到几件申请", "国家药品监督管理局", 40),
    ("临朐县市场监管局2022年收到多少申请", "临朐县市场监督管理局", 6),
    ("临朐人社局收到多少件申请", "临朐县人力资源和社会保障局", 9),
])
def test_a_contracted_name_is_the_organ(db, q, full, value):
    a = ask(db, q)
    assert a.understood and a.value == value, a.text
    assert full in a.text and "库中没有" not in a.text


def test_a_contracted_name_lists_its_reports(db):
    a = ask(db, "国家药监局的报告")
    assert _names(a) == {"国家药品监督管理局"}, a.text


# -- 2. a city's short form before a district ------------------------------------------------------
@pytest.mark.parametrize("q", ["成都武侯区的报告", "成都市武侯区的报告有哪些", "成都武侯区有几份报告"])
def test_a_city_then_its_district_is_the_district(db, q):
    a = ask(db, q)
    assert "地区=" in first_line(a) and "机关=" not in first_line(a), a.text
    assert len(a.reports) == 2 or a.value == 2, a.text
    assert "city_short_county" in a.plan.rules


def test_the_districts_office_by_its_full_name_is_still_the_office(db):
    a = ask(db, "成都市武侯区人民政府办公室的报告")
    assert _names(a) == {"成都市武侯区人民政府办公室"}, a.text


def test_another_city_and_district(db):
    a = ask(db, "杭州滨江区的报告")
    assert _names(a) == {"杭州市滨江区民政局"} and "地区=" in first_line(a), a.text


# -- 3. 苏木 with the township level -----------------------------------------------------------
TOWNS = {"正镶白旗伊和淖尔苏木人民政府", "扎赉特旗音德尔镇人民政府"}


@pytest.mark.parametrize("turns", [
    ("内蒙古有几份报告", "其中乡镇苏木一级的呢"),
    ("内蒙古有几份报告", "其中乡镇和苏木的呢"),
    ("内蒙古乡镇苏木一级有几份报告",),
])
def test_sumu_with_the_township_level_is_that_level(db, turns):
    a = converse(db, *turns)
    assert a.value == len(TOWNS), a.text
    assert "层级=乡镇" in first_line(a) and "机关=" not in first_line(a) and "未用到" not in first_line(a)


# -- 4. a place after a list of a kind -------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("气象局的报告有哪些", "内蒙古的呢"), {"内蒙古自治区气象局", "阿拉善左旗气象局"}),
    (("有哪些气象局的报告", "内蒙古自治区的呢"), {"内蒙古自治区气象局", "阿拉善左旗气象局"}),
    (("列出气象局的报告", "那内蒙古的呢"), {"内蒙古自治区气象局", "阿拉善左旗气象局"}),
])
def test_a_place_after_a_kind_listed_is_the_kind_there(db, turns, want):
    a = converse(db, *turns)
    assert _names(a) == want, a.text
    assert "kind_within_place" in a.plan.rules


def test_a_place_after_one_bureaus_figure_is_still_that_places_own(db):
    a = converse(db, "内蒙古自治区气象局收到几件申请", "那临朐县的呢")
    assert a.value == 0 and "临朐县气象局" in a.text, a.text
    assert "kind_within_place" not in a.plan.rules
