"""Channels and officials: families seen in meta_blind22's misses (sentences written for these
tests, each family in several shapes, with negatives).

Families: a party membership title read with a body's word before it (县政府党组成员、副县长:
the post alone); the leader in charge of the 主要领导…、分管领导… formula said with another verb
of charge (抓具体, 具体管, 直接管, 带头抓, 重点抓, 抓落实, 靠前指挥); a unit the reader is told
to contact (请联系 / 可联系 / 请致电 a 便民服务中心) is no channel; a hall named as the office
doing the work (具体工作由街道政务服务中心负责) is no channel; a WeChat video account
(微信视频号) is video, not wechat; a government website called 公众信息网 / 政府信息网 is the
portal."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

_ONE = "一、总体情况\n"
_TWO = "\n二、主动公开政府信息情况\n（详见附表）\n"


def _facts(body: str, kind: str) -> list[str]:
    text = _ONE + body + _TWO
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == kind})


# family: a membership title with a body's word read before it, then the post it goes with
@pytest.mark.parametrize("body, want", [
    ("2023年，由县政府党组成员、副县长分管政务公开工作，县政府办公室具体负责。", ["副县长"]),
    ("市政府党组成员、副市长分管全市政务公开工作。", ["副市长"]),
    ("确定区政府党组成员、副区长为政务公开分管领导，区政府办公室承办日常工作。", ["副区长"]),
    ("镇政府党委委员、副镇长分管政务公开，党政办具体负责。", ["副镇长"]),
    # a membership title alone is still the official named
    ("政务公开工作由一名县政府党组成员分管。", ["县政府党组成员"]),
    # a leading party post before the government post stays an official of its own
    ("由县政府党组书记、县长任组长，常务副县长任副组长，统筹推进政务公开。",
     ["县政府党组书记", "县长", "常务副县长"]),
])
def test_membership_with_a_bodys_word(body, want):
    assert _facts(body, "responsible_official") == sorted(want)


# family: 分管领导 with another verb of charge beside 主要领导
@pytest.mark.parametrize("body", [
    "我委坚持主要领导亲自抓，分管领导抓具体，政务公开日常工作由委办公室承担。",
    "政务公开实行主要领导负总责、分管领导抓具体，综合办公室具体落实。",
    "政务公开工作实行主要领导亲自抓、分管领导具体管，党政办负责日常工作。",
    "我镇政务公开形成了主要领导带头抓、分管领导直接管的工作格局。",
    "政务公开工作主要领导挂帅，分管领导靠前指挥，党政办具体负责。",
    "主要领导亲自抓政务公开，分管领导重点抓，综合办抓日常工作。",
    "政务公开工作主要领导负总责，分管领导抓落实，办公室具体承办。",
])
def test_the_one_in_charge_said_with_another_verb(body):
    assert _facts(body, "responsible_official") == sorted(["主要领导", "分管领导"])


@pytest.mark.parametrize("body", [
    # each unit's head is not the organ's official, whatever the verb
    "各科室负责人抓落实，确保政务公开各项任务按期完成。",
    "各村（社区）主要负责人抓具体，做好村务公开栏的更新。",
])
def test_each_units_head_is_no_official(body):
    assert _facts(body, "responsible_official") == []


# family: the unit a reader is told to contact is no channel
@pytest.mark.parametrize("body, want", [
    ("如对本报告有疑问，请联系清水街道便民服务中心，联系电话：023-61234567。全年在区政府网站公开信息80条。",
     ["portal"]),
    ("如有疑问，可联系区政务服务中心（电话：0551-1234567）。“清水发布”微信公众号推送动态。",
     ["wechat"]),
    ("对本报告如有疑问，请致电镇为民服务中心，电话：0351-7654321。各村设置村务公开栏。",
     ["bulletin_board"]),
    ("本报告如有疑问请联系乡党群服务中心，地址：某某乡政府路8号。", []),
])
def test_a_unit_to_contact_is_no_channel(body, want):
    assert _facts(body, "channel") == sorted(want)


def test_a_hall_used_for_publication_stays_a_channel():
    body = "在乡便民服务中心设置政务公开专区，方便群众查阅。如有疑问，请联系乡党政办。"
    assert _facts(body, "channel") == ["reading_room", "service_hall"]


# family: a hall named as the office doing the work is a unit, not a place of publication
@pytest.mark.parametrize("body, want", [
    ("街道党工委书记为第一责任人，具体工作由街道政务服务中心负责。通过区政府网站发布信息。",
     ["portal"]),
    ("政务公开日常工作由镇便民服务中心承担，各村设置公开栏。", ["bulletin_board"]),
    ("明确乡为民服务中心具体负责政务公开工作，“某乡发布”公众号同步推送。", ["wechat"]),
])
def test_a_hall_that_is_the_office_is_no_channel(body, want):
    assert _facts(body, "channel") == sorted(want)


# …but a hall named as the office that runs a reading place is where that place is: a channel
@pytest.mark.parametrize("body", [
    "综合办具体组织，街道党群服务中心负责政务公开专区的日常运行。",
    "党政办具体负责，镇便民服务中心负责查阅点的管理。",
])
def test_a_hall_office_running_a_reading_place_is_a_channel(body):
    assert {"service_hall", "reading_room"} <= set(_facts(body, "channel"))


def test_the_hall_office_is_still_the_office():
    body = "具体工作由街道政务服务中心负责，通过区政府网站发布信息。"
    assert _facts(body, "responsible_office") == ["街道政务服务中心"]


# family: 微信视频号 is a video account, not the WeChat public account
@pytest.mark.parametrize("body, want", [
    ("“某某发布”政务微博、微信视频号同步推送重要信息。", ["video", "weibo"]),
    ("开设局微信视频号，发布政策解读短视频12条。", ["video"]),
    ("通过微信公众号、微信视频号发布政策解读。", ["video", "wechat"]),
    ("依托“某某发布”微信和抖音号发布信息。", ["video", "wechat"]),
])
def test_a_wechat_video_account_is_video(body, want):
    assert _facts(body, "channel") == sorted(want)


# family: a government website called 公众信息网 / 政府信息网
@pytest.mark.parametrize("body", [
    "全年通过北碚区政府公众信息网主动公开政府信息120条。",
    "依托县人民政府公众信息网发布政策文件。",
    "在市政府信息网开设政务公开专栏。",
])
def test_a_government_information_net_is_the_portal(body):
    assert "portal" in _facts(body, "channel")
