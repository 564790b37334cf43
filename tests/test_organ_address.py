"""The places an organ's own contact address states (extractor/organ_address.py), and the
two readings of the gazetteer beside it: a province by its short name opening a zone's name,
an autonomous county by its short form. Made-up reports over real place names."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.gazetteer import above
from extractor.metadata import extract_metadata
from extractor.organ_address import address_places

pytestmark = pytest.mark.skipif(not __import__("extractor.gazetteer", fromlist=["available"]).available(),
                                reason="the gazetteer (jionlp) is not installed")


def organ(title: str, contact: str = "") -> tuple:
    text = title + "2022年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件。\n" + contact
    o = extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ
    return o.level, o.province, o.city, o.county


# ---------------------------------------------------------------- the address's places
@pytest.mark.parametrize("address, want", [
    ("长沙市岳麓区某某大道100号", {"city": "长沙市", "county": "岳麓区"}),
    ("浙江省杭州市滨江区某路2号", {"province": "浙江省", "city": "杭州市", "county": "滨江区"}),
    ("義烏市某某路3號", {"county": "義烏市"}),                      # as the address writes it
    ("某某经济开发区某大道1号", {}),                                 # a zone: no place the gazetteer knows
    ("岳麓区长沙市某路1号", {}),                                     # a county before its city
    ("长沙市株洲市某路1号", {}),                                     # two cities: not one place
    (None, {}),
])
def test_address_places(address, want):
    assert address_places(address) == want


# ---------------------------------------------------------------- filling the organ's empty places
@pytest.mark.parametrize("title, contact, want", [
    # a zone's committee: its city from the address, no county (a zone lies in none)
    ("湘江某某新区管理委员会", "六、其他需要报告的事项\n联系地址：长沙市岳麓区某某大道100号，邮编：410000。\n",
     ("other", None, "长沙市", None)),
    ("某某高新技术产业开发区管理委员会", "地址：武汉市洪山区某某大道7号\n电话：027-88880000\n",
     ("other", None, "武汉市", None)),
    # a city's bureau named by a bare rank word
    ("市财政局", "联系方式\n办公地址：江西省南昌市东湖区某路2号\n", ("city_dept", "江西省", "南昌市", None)),
    # a district's bureau named by a bare rank word: its county too
    ("区生态环境局", "通讯地址：杭州市滨江区某路8号。\n", ("county_dept", None, "杭州市", "滨江区")),
    # a district with namesakes (朝阳区: Beijing and Changchun): the address tells which
    ("朝阳区某某街道办事处", "如有疑问请联系（地址：长春市朝阳区某路3号）。\n", ("subdistrict", None, "长春市", "朝阳区")),
    # a province's department: the province only, never the city of its building
    ("省审计厅", "地址：浙江省杭州市某路1号\n", ("province_dept", "浙江省", None, None)),
])
def test_the_address_fills_the_places_the_name_leaves_out(title, contact, want):
    assert organ(title, contact) == want


@pytest.mark.parametrize("title, contact, want", [
    # an address naming another county than the name's: not this organ's, nothing added
    ("朝阳区某某街道办事处", "地址：长春市南关区某路3号\n", ("subdistrict", None, None, "朝阳区")),
    # a county the address's city does not hold: nothing added
    ("朝阳区某某街道办事处", "地址：长沙市朝阳区某路3号\n", ("subdistrict", None, None, "朝阳区")),
    # a national body's building in Beijing is no place of the body
    ("国家某某局", "地址：北京市西城区某路26号\n", ("national_dept", None, None, None)),
    # an address opening with a zone names no place
    ("某某经济开发区管理委员会", "地址：某某经济开发区某大道1号\n", ("other", None, None, None)),
    # a phone's area code is no address; one three cities share (0731: 长沙, 株洲, 湘潭) tells
    # the province only (extractor/place_evidence.py)
    ("市财政局", "电话：0731-88880000\n", ("city_dept", "湖南省", None, None)),
])
def test_an_address_that_is_not_the_organs_or_disagrees_adds_nothing(title, contact, want):
    assert organ(title, contact) == want


def test_a_stated_place_is_kept_as_the_name_writes_it():
    assert organ("长沙市岳麓区某某街道办事处", "地址：长沙市岳麓区某路1号\n") == \
        ("subdistrict", None, "长沙市", "岳麓区")
    assert organ("長沙市岳麓區某某街道辦事處", "地址：長沙市岳麓區某路1號\n")[2:] == ("長沙市", "岳麓區")


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
