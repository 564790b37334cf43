"""Organ, level and county families of session 16, each in several shapes with negative cases
(sentences written for these tests: real place names, made-up reports)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.places import level_from_self


def triple(text):
    o = extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ
    return o.name, o.level, o.county


TITLE = "2022年政府信息公开工作年度报告\n"
TAIL = "\n二、主动公开政府信息情况（略）\n六、其他需要报告的事项\n联系电话：0470-8200000。\n"


# ------------------------------------------- a self-word counted as units of a wider area
@pytest.mark.parametrize("text, want", [
    ("我局牵头，指导5个开发区做好公开工作。", "dept"),
    ("开发区管委会主任负责，我区各开发区同步公开。", "other"),
])
def test_counted_self_words_name_other_units(text, want):
    got = level_from_self(text)
    assert (got == "other") == (want == "other")


@pytest.mark.parametrize("first, want", [
    # a 盟's 行政公署 named only as the subject of 一's first sentence, zones counted later
    ("2022年，兴安盟行政公署认真落实政务公开要求。\n（一）组织保障。培训覆盖6个旗县市和3个开发区。",
     ("兴安盟行政公署", "city", None)),
    # … a 地区's, the zones taken as every one of their kind
    ("2022年，大兴安岭地区行政公署持续深化政务公开。\n（一）平台建设。指导各开发区、各林业局开设公开专栏。",
     ("大兴安岭地区行政公署", "city", None)),
    # … its short form 行署 counted beside numbered parks
    ("本年度，锡林郭勒盟行政公署扎实推进政务公开。\n（一）督导检查。对其他开发区和12个旗县市开展检查。",
     ("锡林郭勒盟行政公署", "city", None)),
])
def test_prefecture_office_named_only_in_part_one(first, want):
    assert triple(TITLE + "一、总体情况\n" + first + TAIL) == want


def test_a_zone_that_calls_itself_a_zone_stays_other():
    text = (TITLE + "一、总体情况\n2022年，呼和浩特经济技术开发区管理委员会加强公开工作，开发区门户网站运行平稳。"
            + TAIL)
    assert triple(text)[1] == "other"


# ------------------------------------ a city bureau's branch named after one of its districts
@pytest.mark.parametrize("name, want", [
    # a municipality's police branch by its district's full name or its short one
    ("重庆市公安局江北区分局", ("county_dept", "江北区")),
    ("北京市公安局海淀分局", ("county_dept", "海淀区")),
    ("上海市公安局浦东分局", ("county_dept", "浦东新区")),
    ("天津市公安局河西分局", ("county_dept", "河西区")),
    # … and an ordinary city's
    ("南京市公安局鼓楼分局", ("county_dept", "鼓楼区")),
    ("西安市公安局雁塔分局", ("county_dept", "雁塔区")),
    # kin: other bureaus' district branches, a municipality's and a city's
    ("北京市市场监督管理局丰台分局", ("county_dept", "丰台区")),
    ("重庆市规划和自然资源局沙坪坝区分局", ("county_dept", "沙坪坝区")),
    ("广州市生态环境局天河分局", ("county_dept", "天河区")),
    # kin: a municipality district's tax bureau, with and without the national body's name
    ("国家税务总局重庆市九龙坡区税务局", ("county_dept", "九龙坡区")),
    ("上海市徐汇区税务局", ("county_dept", "徐汇区")),
])
def test_district_branch_of_a_city_bureau(name, want):
    text = name + "\n2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件。\n"
    assert triple(text)[1:] == want


@pytest.mark.parametrize("name, want", [
    # the municipality's bureau itself, and a branch after no district (a zone, a unit)
    ("重庆市公安局", ("province_dept", None)),
    ("重庆市公安局两江新区分局", ("other", None)),
    ("北京市公安局公交分局", ("province_dept", None)),
])
def test_no_district_no_branch(name, want):
    text = name + "\n2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件。\n"
    assert triple(text)[1:] == want
