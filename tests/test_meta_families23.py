"""Metadata and narrative families of the blind set meta_blind23 (session 13), each in several
shapes; sentences written for these tests.

Families: the organ's own total published without 主动 and with no channel named before it
(全年共发布政府信息N条，其中…), a website's or an account's own count left out as the dev gold does;
bodies that are neither a government nor a department (a state forest farm, farm or ranch; the
Xinjiang Production and Construction Corps, its divisions and regiments) as organs of level
other, and their heads (场长, 团长, 团党委副书记) as the official in charge; a post's 长 that opens
the next word (市场长效, 集团长期) is no post.
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative
from extractor.narrative_figures import figures
from extractor.places import level_of


def _meta(text: str):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ


def _officials(text: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted(f.value for f in facts if f.kind == "responsible_official")


def _published(text: str, level: str | None = None, year: int | None = None):
    got = {f.key: f for f in figures(text, level, year)}
    f = got.get("n.active_published")
    if f is not None:
        assert text[f.span[0]:f.span[1]] == f.raw
    return f.value if f else None


# family: the organ's own total published without 主动, no channel named before it in its clause
# (a total word, generic information), often broken down by channel after 其中
@pytest.mark.parametrize("text, value", [
    ("2024年，我镇紧扣中心工作，全年共发布政府信息214条，其中镇政府网站120条、公众号94条。", 214),
    ("本年度累计发布各类信息1,506条，其中通过微信公众号发布信息602条。", 1506),
    ("全年发布政务信息合计88条。", 88),
    ("我局全年共发布信息57条，涵盖工作动态、通知公告等。", 57),
    ("2024年，本街道依托区政府网站专栏和“某某之窗”公众号公开辖区信息。全年发布各类政府信息共计412条。", 412),
    ("共发布政府信息173条，较上年增加12条。", 173),
])
def test_the_organs_own_total_published_without_zhudong(text, value):
    assert _published(text, year=2024) == value


@pytest.mark.parametrize("text, level, year", [
    # a website's or an account's own count (the dev gold never keys it)
    ("全年门户网站累计发布各类政府信息2,418条，同比增长3.1%。", None, None),
    ("通过区政府网站、某某微信公众号累计发布信息1,204条。", None, None),
    ("在某某市人民政府、某某民政门户网站累计发布信息628条。", None, None),
    ("“某某发布”微信公众号共发布信息260条。", None, None),
    ("依托“某某乡”公众号，共发布信息45条。", None, None),
    # a township quoting the county's total; a whole area's when the report's own is unknown
    ("全县共发布政府信息5210条。", "township", None),
    ("全县共发布政府信息5210条。", None, None),
    # approximate, last year's, one narrow kind
    ("全年共发布各类信息1200余条。", None, None),
    ("全年约发布政府信息300条。", None, None),
    ("2023年共发布政府信息150条。", None, 2024),
    ("去年全年共发布各类信息96条。", None, 2024),
    ("全年共发布政策解读信息12条。", None, None),
])
def test_no_total_for_a_channel_an_area_or_another_year(text, level, year):
    assert _published(text, level, year) is None


def test_a_county_reports_its_own_area_total():
    assert _published("全县共发布政府信息5210条。", "county", 2024) == 5210


def test_the_proactive_count_stated_with_zhudong_comes_first():
    assert _published("全年主动公开政府信息88条，共发布信息120条。") == 88


# family: a state forest farm, farm or ranch; the corps, its divisions and regiments: level other
@pytest.mark.parametrize("name", [
    "铜鼓县龙门国有林场", "某某县大岭林场", "黑龙江省某某农场", "某某县某某牧场",
    "新疆生产建设兵团第八师一四三团", "新疆生产建设兵团第一师",
])
def test_farms_and_the_corps_are_level_other(name):
    assert level_of(name) == "other"


@pytest.mark.parametrize("name, level", [
    ("共青团某某县委员会", "county_dept"),   # 团 alone is no type
    ("某某县林业局", "county_dept"),
])
def test_tuan_alone_and_a_forestry_bureau_keep_their_levels(name, level):
    assert level_of(name) == level


@pytest.mark.parametrize("text, name", [
    ("宜丰县黄岗山垦殖林场2022年政府信息公开工作年度报告\n根据条例编制本报告。\n一、总体情况\n"
     "我场实行场长负责制。\n", "宜丰县黄岗山垦殖林场"),
    ("第七师一二三团2022年政府信息公开工作年度报告\n本报告由新疆生产建设兵团第七师一二三团编制。\n"
     "一、总体情况\n全年主动公开政府信息42条。\n", "新疆生产建设兵团第七师一二三团"),
    ("某某县红旗农场2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息12条。\n",
     "某某县红旗农场"),
])
def test_a_farm_or_a_regiment_is_named_with_level_other(text, name):
    o = _meta(text)
    assert (o.name, o.level) == (name, "other")


# family: the head of a farm or a regiment as the official in charge (a 负责制 naming the post)
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n我场高度重视政府信息公开工作，实行场长负责制，场部办公室具体负责。\n", ["场长"]),
    ("一、总体情况\n本场政府信息公开工作由副场长分管，办公室负责日常工作。\n", ["副场长"]),
    ("一、总体情况\n团场成立以团党委副书记、团长为组长的政务公开工作领导小组。\n", ["团党委副书记", "团长"]),
    ("一、总体情况\n本团政务公开工作由团长负总责，团党政办公室具体承办。\n", ["团长"]),
])
def test_the_head_of_a_farm_or_a_regiment(text, want):
    assert _officials(text) == want


# family: a post's 长 opening the next word, its first characters closing the word before
@pytest.mark.parametrize("text", [
    "一、总体情况\n政府信息公开工作中市场长效监管信息由办公室负责发布。\n",
    "一、总体情况\n政务公开中集团长期合作信息由办公室负责公开。\n",
    "一、总体情况\n政务公开由城市长效管理办公室负责。\n",
])
def test_a_post_inside_another_word_is_no_official(text):
    assert _officials(text) == []
