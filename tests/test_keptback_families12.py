"""Families seen in the misses of two kept-back sets (meta_blind21, full_blind7); sentences written
for these tests, each family in several shapes, with negatives.

Families:
- prose figures: a channel's clause counting a board's issues (公开栏公开…12期) is no share of the
  website's items beside it; a sum said of the channels just counted (两者合计795条, 以上共计155条)
  is the proactive total; a fee said as 收费金额为0元 in a disclosure sentence is n.fees_collected;
- contact: a phone ending its line was judged by three lines after it, not two (a page's footer
  three lines down hid the report's own contact phone);
- channels: a consultation phone the organ opens or publishes (开通…咨询电话, 公布咨询电话…) is a
  hotline, a 咨询电话： label or a call taken (接听咨询电话) is not; a reading place called
  阅览区 or 查阅台; a leaflet (明白纸) is no channel;
- officials: a post every unit of a kind is told to have (全县各乡镇、县直各单位均明确1名分管领导) is
  theirs, not the organ's.
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import contact_of
from extractor.narrative import extract_narrative
from extractor.narrative_figures import figures

_ONE = "一、总体情况\n"
_TWO = "\n二、主动公开政府信息情况\n（详见附表）\n"


def _facts(body: str, kind: str) -> list[str]:
    text = _ONE + body + _TWO
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == kind})


def _figure(text: str, key: str, level: str | None = "township"):
    found = [f for f in figures(text, level, 2024) if f.key == key]
    for f in found:
        assert text[f.span[0]:f.span[1]] == f.raw
    return found[0].value if found else None


# family: another channel's clause counting issues (期), not items, is no share of the items
@pytest.mark.parametrize("text, want", [
    ("（一）主动公开。2024年，我镇依托县人民政府门户网站主动公开政府信息34条，通过镇政务公开栏公开低保、救助等事项12期。", 34),
    ("全年我乡通过政府网站主动公开政府信息57条，通过村务公开栏公示惠民资金信息8期。", 57),
    ("我街道依托区政府网站主动公开信息88条，利用社区宣传栏公开各类事项6期。", 88),
    # issues with their items after them are items: the website's count is one channel's share
    ("我镇依托县政府网站主动公开政府信息40条，通过镇公开栏公开信息5期60条。", None),
    # two channels' items: the first is a share, as before
    ("我镇通过政府网站主动公开政府信息40条，通过公开栏公开信息25条。", None),
])
def test_a_boards_issues_are_no_share_of_the_items(text, want):
    assert _figure(text, "n.active_published") == want


# family: the sum of the channels just counted, said as 两者合计 / 以上共计
@pytest.mark.parametrize("text, want", [
    ("全年在局门户网站主动公开政府信息415条，涉及政策法规等内容；“某某发布”微信公众号推送信息380条，两者合计795条。", 795),
    ("全年通过网站主动公开信息120条，通过政务微博发布信息35条，以上共计155条。", 155),
    ("我局在门户网站主动公开信息60条，在微信公众号发布信息40条，二者合计100条。", 100),
    # no proactive disclosure in the sentence: a sum of something else
    ("全年收到申请5件，办结4件，两者合计9件。", None),
    ("全年受理咨询30条，答复留言20条，两者合计50条。", None),
])
def test_a_sum_of_the_channels_counted(text, want):
    assert _figure(text, "n.active_published") == want


# family: the fee said as a disclosure charge's amount (收费金额为0元)
@pytest.mark.parametrize("text, want", [
    ("六、其他需要报告的事项\n本年度政府信息公开收费金额为0元。", 0),
    ("本机关依申请公开收费金额共计0元，未发生减免情况。", 0),
    ("全年收取信息处理费收费总额为120元。", 120),
    # another charge (行政事业性收费) or no disclosure in the sentence: no fee of disclosure
    ("本年度行政事业性收费金额为300元。", None),
    ("停车场收费金额为500元。", None),
])
def test_a_fee_said_as_its_amount(text, want):
    assert _figure(text, "n.fees_collected") == want


# family: a contact phone ending its line, with a page's footer three lines below
_FOOTER = ("上一篇：某区某街道办事处2025年政府信息公开工作年度报告\n下一篇：某区某镇2025年政府信息公开工作年度报告\n"
           "主办：某区人民政府办公室 某ICP备12345678号-1\n")


@pytest.mark.parametrize("line, want", [
    ("联系地址：某市某区某路26号联系电话：0512-65100000", ["0512-65100000"]),
    ("联系电话：0512-65100001", ["0512-65100001"]),
    ("地址：某市某路8号 电话：0731-84000000", ["0731-84000000"]),
])
def test_a_phone_ending_its_line_three_lines_above_a_footer(line, want):
    text = "六、其他需要报告的事项\n无。\n" + line + "\n" + _FOOTER
    assert contact_of(text, None).phones == want


@pytest.mark.parametrize("text", [
    # two lines above the footer, or on its line: the site's
    "六、其他需要报告的事项\n无。\n服务电话：0512-65100002\n下一篇：某区某镇报告\n主办：某区人民政府办公室 某ICP备12345678号-1\n",
    "正文完\n网站技术支持电话：0512-65220000 某ICP备12345678号-1\n",
])
def test_a_footer_phone_stays_the_sites(text):
    assert contact_of(text, None).phones == []


# family: a consultation phone the organ opens or publishes is a hotline
@pytest.mark.parametrize("body", [
    "（四）平台建设。开通不动产登记咨询电话，全年接听群众来电3200余次。",
    "在交易大厅设置服务窗口，公布咨询电话0874-3100000，为市场主体提供办事咨询。",
    "我局设立政策咨询电话，安排专人接听解答。",
])
def test_an_opened_consultation_phone_is_a_hotline(body):
    assert "hotline" in _facts(body, "channel")


@pytest.mark.parametrize("body", [
    "全年接听群众咨询电话1500余个，均已答复。",
    "窗口工作人员耐心解答咨询电话，做到件件有回音。",
    "如对本报告有疑问，请与我局办公室联系。\n咨询电话：0311-85000000",
])
def test_a_consultation_phone_taken_or_labelled_is_none(body):
    assert "hotline" not in _facts(body, "channel")


# family: reading places by other names; a leaflet is no channel
@pytest.mark.parametrize("body, want", [
    ("在街道党群服务中心设置政务公开阅览区，放置政策汇编。", {"reading_room", "service_hall"}),
    ("在市民服务中心市场监管窗口设置信息公开查阅台，方便群众查询。", {"reading_room", "service_hall"}),
    ("各村设立信息公开阅览区，供群众查阅。", {"reading_room"}),
])
def test_reading_places_by_other_names(body, want):
    assert want <= set(_facts(body, "channel"))


@pytest.mark.parametrize("body", [
    "在各村便民服务站张贴惠农政策明白纸1万余份。",
    "发放政策明白纸，宣传惠民政策。",
])
def test_a_leaflet_is_no_channel(body):
    assert "other" not in _facts(body, "channel")


# family: a post every unit of a kind is told to have is theirs, not the organ's
@pytest.mark.parametrize("body, want", [
    ("2019年，县人民政府明确由分管副县长负责政务公开工作，县政府政务公开办负责日常工作，"
     "全县各乡镇、县直各单位均明确1名分管领导和1名信息员。", ["分管副县长"]),
    ("区政府由常务副区长分管政务公开工作，全区各街道、区直各部门都确定1名分管领导负责本单位政务公开。", ["常务副区长"]),
    ("市局由分管副局长负责政务公开，各县区局均明确一名分管领导具体负责。", ["分管副局长"]),
    # the organ's own deputies made the group's deputy heads stay the organ's
    ("成立了由局长任组长、各分管副局长任副组长的政务公开工作领导小组。", ["分管副局长", "局长"]),
    # a 各 with no unit each said: the organ's own
    ("由分管副镇长负责政务公开工作，党政办具体负责。", ["分管副镇长"]),
])
def test_a_post_every_unit_is_told_to_have(body, want):
    assert _facts(body, "responsible_official") == sorted(want)
