"""Organ, level, year and contact on short reports written for these tests."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata, level_of


def meta(text):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256=""))


@pytest.mark.parametrize("name, level", [
    ("青石县白河镇人民政府", "township"),
    ("白河乡", "township"),
    ("长河市青山区桂园街道办事处", "subdistrict"),
    ("青石县人民政府", "county"),
    ("青石县人民政府办公室", "county"),  # a county's office reporting for the county
    ("青石县教育局", "county_dept"),
    ("长河市人民政府", "city"),
    ("长河市财政局", "city_dept"),
    ("临河州公安局", "city_dept"),
    ("江南省人民政府", "province"),
    ("江南省民政厅", "province_dept"),
    ("上海市", "province"),
    ("自然资源部", "national_dept"),
    ("长河经济开发区管理委员会", "other"),
    ("乐清市教育局", "county_dept"),  # a county-level city (lexicons/regions.tsv)
])
def test_level(name, level):
    assert level_of(name) == level


def test_title_preamble_and_contact():
    text = ("青石县白河镇2020年政府信息公开工作\n年度报告\n"
            "本报告由青石县白河镇人民政府办公室编制。报告中所列数据统计期限自2020年1月1日始，至2020年12月31日止。"
            "报告电子版可在青石县人民政府门户网站（www.qingshi.gov.cn）查阅。如有疑问请与青石县白河镇人民政府办公室联系"
            "（地址：青石县白河镇河西路1号；邮编：256300；电话：0533-6780000；传真：0533-6780001；"
            "电子邮箱：bhz@163.com）。\n一、总体情况\n我镇认真落实。\n")
    m = meta(text)
    assert m.organ.name == "青石县白河镇人民政府"  # fullest form, the office reports for the town
    assert (m.organ.level, m.organ.county) == ("township", "青石县")
    assert m.year == 2020
    c = m.contact
    assert (c.address, c.postcode, c.phones, c.fax, c.email, c.website) == (
        "青石县白河镇河西路1号", "256300", ["0533-6780000"], "0533-6780001", "bhz@163.com",
        "www.qingshi.gov.cn")


@pytest.mark.parametrize("text, year", [
    # the statistics period beats a title that disagrees
    ("青石县教育局2020年政府信息公开工作年度报告\n本报告统计期限为2021年1月1日至2021年12月31日。", 2021),
    # dropped digits in the period
    ("本报告统计时限为201911日至20191231日。", 2019),
    ("青石县教育局2022年度政府信息公开工作年度报告\n一、总体情况\n", 2022),
    ("一、总体情况\n我镇认真落实政务公开工作。", None),
])
def test_year(text, year):
    assert meta(text).year == year


def test_nothing_stated_is_null():
    m = meta("一、总体情况\n我镇认真落实政务公开工作。\n")
    assert m.organ.name is None and m.organ.level == "township"
    assert m.contact.phones == [] and m.contact.address is None and m.contact.website is None


def test_unnamed_bureau_is_known_by_its_posts_and_units():
    m = meta("一、总体情况\n主要领导任组长,副局长为副组长,股室负责人为成员。"
             "通过县政府门户网站主动公开信息56条。\n")
    assert m.organ.name is None and m.organ.level == "county_dept"


def test_fuller_name_from_the_contact_sentence():
    text = ("区民政局2021年政府信息公开工作年度报告\n本报告由区民政局编制。"
            "如有疑问请与长河市青山区民政局办公室联系。联系电话：0571-8770000。\n")
    m = meta(text)
    assert m.organ.name == "长河市青山区民政局"
    assert (m.organ.level, m.organ.county) == ("county_dept", "青山区")
    assert m.contact.phones == ["0571-8770000"]


def test_a_unit_named_for_contact_is_not_the_organ():
    # the unit to contact (an information centre) is not a fuller form of the county's name
    text = ("结合我县各部门统计数据编制完成《青石县2022年政府信息公开工作年度报告》。"
            "本报告主要内容为青石县人民政府2022年度的政府信息公开工作情况。\n一、总体情况\n"
            "如对本报告存在疑问,请与青石县数据服务中心(政务数据管理中心)联系,电话:0533-6780000。\n")
    m = meta(text)
    assert (m.organ.name, m.organ.level) == ("青石县人民政府", "county")


@pytest.mark.parametrize("address, county", [
    ("青石县河西路1号", "青石县"),  # a county
    ("长河市青山区桂园路8号", "青山区"),  # the county-rank place, not the city before it
    ("乐安市新华路与乡道交叉口西北80米", "乐安市"),  # a lone 市 before the street: its county-level city
    (None, None),
])
def test_township_county_from_its_address(address, county):
    text = "白河镇2021年政府信息公开工作年度报告\n一、总体情况\n我镇认真落实。\n"
    if address:
        text += f"如有疑问请与白河镇人民政府联系（地址：{address}；电话：0533-6780000）。\n"
    m = meta(text)
    assert (m.organ.level, m.organ.county) == ("township", county)


def test_compiling_disclosure_office_gives_the_organ():
    text = ("青石县教育局2021年政府信息公开工作年度报告\n本报告由青石县教育局政务公开办公室综合本单位情况编制。\n")
    assert meta(text).organ.name == "青石县教育局"


def test_organ_named_as_subject_of_the_year_sentence():
    from extractor.metadata import organ_of
    text = "本报告结合我局实际撰写。\n一、总体情况\n2021年,青川市财政局共主动公开各类政府信息80条。\n"
    assert organ_of(text, None).name == "青川市财政局"
    text = "2021年,青川市政府网站共主动公开信息80条。2021年,全市共主动公开信息9条。\n"
    assert organ_of(text, None).name is None


# ---------------------------------------------------------------- damaged and run-on contact lines
@pytest.mark.parametrize("text, field, value", [
    # the address runs into the next label after a comma: 号 is kept
    ("地址：青石县湖滨大道90号，邮编：223100。", "address", "青石县湖滨大道90号"),
    # … after spaces, with no comma
    ("通信地址：青石县河西路8号  联系电话：0517—8000000", "address", "青石县河西路8号"),
    # … in brackets
    ("联系地址：青石县人民路12号（邮编：311500）", "address", "青石县人民路12号"),
    # … glued to the next label
    ("地址：青石县东街3号邮编：223101", "address", "青石县东街3号"),
    # no colon after 地址
    ("如有疑问请联系，地址青石县白河镇正街12号。", "address", "青石县白河镇正街12号"),
    # traditional characters in the labels, values as written
    ("聯系地址：青石縣河東路2號，郵編：650500，聯系電話：0871—6300000。", "postcode", "650500"),
    ("聯系地址：青石縣河東路2號，郵編：650500，聯系電話：0871—6300000。", "address", "青石縣河東路2號"),
    # labels with a space inside, as PDFs print them
    ("地 址：青石县河西路8号\n邮 编：223100\n", "address", "青石县河西路8号"),
    ("地 址：青石县河西路8号\n邮 编：223100\n", "postcode", "223100"),
    # an e-mail that lost its @
    ("电子邮箱：qsxzf163.com", "email", "qsxzf163.com"),
    # a URL broken over a line end
    ("报告电子版可在青石县人民政府网站（www.qingshi.gov\n.cn）查阅。", "website", "www.qingshi.gov.cn"),
])
def test_contact_families(text, field, value):
    c = meta(text).contact
    assert getattr(c, field) == value
    s, e = c.spans[field]
    assert "".join(text[s:e].split()) == value


def test_phone_with_an_em_dash_in_traditional_text():
    c = meta("聯系電話：0871—6300000，傳真：0871—6300001。").contact
    assert c.phones == ["0871-6300000"] and c.fax == "0871-6300001"
