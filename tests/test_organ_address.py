"""Two readings of the gazetteer for an organ's places: a province by its short name opening a
zone's name, an autonomous county by its short form. Made-up reports over real place names."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.gazetteer import above
from extractor.metadata import extract_metadata

pytestmark = pytest.mark.skipif(not __import__("extractor.gazetteer", fromlist=["available"]).available(),
                                reason="the gazetteer (jionlp) is not installed")


def organ(title: str, contact: str = "") -> tuple:
    text = title + "2022年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件。\n" + contact
    o = extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ
    return o.level, o.province, o.city, o.county


# ---------------------------------------------------------------- a province by its short name
@pytest.mark.parametrize("title, want", [
    ("贵州某某新区管理委员会", ("other", "贵州省", None, None)),
    ("贵州某某航空港经济区管理委员会", ("other", "贵州省", None, None)),
    ("贵州省交通运输厅", ("province_dept", "贵州省", None, None)),
])
def test_a_provinces_short_name_opening_a_name_is_the_province(title, want):
    assert organ(title) == want


def test_a_prefecture_ending_in_zhou_is_still_a_city():
    assert organ("贵阳市民政局")[:3] == ("city_dept", None, "贵阳市")
    assert organ("台州市黄岩区民政局") == ("county_dept", None, "台州市", "黄岩区")


# ---------------------------------------------------------------- autonomous counties by short form
@pytest.mark.parametrize("county, want", [
    ("镇宁自治县", ("贵州省", "安顺市")),
    ("镇宁布依族苗族自治县", ("贵州省", "安顺市")),
    ("鄂伦春自治旗", ("内蒙古自治区", "呼伦贝尔市")),
    ("某某自治县", (None, None)),           # a short form the gazetteer does not hold
])
def test_an_autonomous_county_by_its_short_form(county, want):
    assert above(None, None, county) == want
