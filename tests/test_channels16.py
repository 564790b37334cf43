"""Channels: families of session 16 (sentences written for these tests, each family in several
shapes, with negatives).

Families: the national public-service lines by their 12xxx numbers and a service phone the organ
opens (开通…服务电话) are hotlines, a number that is a count is none; a county's or district's
media centre (融媒体中心) the organ publishes through is press, its account named right after it
(融媒体中心抖音号) is the channel instead; a reading device (查询终端,
查询机) is a reading place when its clause names no service hall, and the hall's alone when it
does."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

_ONE = "一、总体情况\n"
_TWO = "\n二、主动公开政府信息情况\n（详见附表）\n"


def _channels(body: str) -> list[str]:
    text = _ONE + body + _TWO
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == "channel"})


# family: a national service line by its number, a service phone the organ opens
@pytest.mark.parametrize("body, want", [
    ("（四）平台建设。县气象局开通12121天气预报服务电话，及时发布灾害预警。", ["hotline"]),
    ("依托12329住房公积金服务热线答复缴存职工咨询。", ["hotline"]),
    ("通过12365质量投诉举报电话受理群众诉求，并在门户网站公开处理结果。", ["hotline", "portal"]),
    ("全年通过12358价格监督举报平台和12315平台办理价格投诉。", ["hotline"]),
    ("我局开通不动产登记服务电话，为群众解答政策疑问。", ["hotline"]),
    ("公布12个乡镇便民服务电话，方便群众咨询。", ["hotline"]),
])
def test_service_lines_are_hotlines(body, want):
    assert _channels(body) == want


@pytest.mark.parametrize("body", [
    # a count that happens to be such a number, a phone given as a label, a call taken
    "全年主动公开政府信息12350条，其中政策文件86件。",
    "本年度累计发布信息12121篇。",
    "服务电话：0855-3330000。",
    "工作人员全年接听服务电话300余个。",
])
def test_numbers_and_labels_that_are_no_hotline(body):
    assert "hotline" not in _channels(body)


# family: a county's or district's media centre the organ publishes through
@pytest.mark.parametrize("body", [
    ("（四）平台建设。“东源发布”微信公众号和县融媒体中心同步推送重要政策解读。"),
    ("重要会议精神由区融媒体中心及时报道，扩大政策知晓面。"),
    ("依托市融媒体中心开设“政策直通车”专栏，发布惠民政策38条。"),
])
def test_media_centre_is_press(body):
    assert "press" in _channels(body)


# …but a media centre's own account named after it is the channel (its 抖音号, its “…” app)
@pytest.mark.parametrize("body, want", [
    ("县融媒体中心抖音号同步发布政策解读短视频。", ["video"]),
    ("区融媒体中心“滨江发布”客户端开设“政策速递”专栏。", ["app"]),
    ("通过“龙泉发布”微信公众号、市融媒体中心视频号推送办事指南。", ["video", "wechat"]),
])
def test_media_centre_account_is_the_channel(body, want):
    assert _channels(body) == want


def test_media_centre_in_a_plan_of_part_five_is_no_channel():
    text = (_ONE + "依托门户网站公开信息。" + _TWO + "五、存在的主要问题及改进情况\n下一步，加强与县融媒体中心的对接。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert sorted({f.value for f in facts if f.kind == "channel"}) == ["portal"]


# family: a reading device, the reader's place of reading unless its clause names a service hall
@pytest.mark.parametrize("body, want", [
    ("（四）平台建设。在办证大厅设置政府信息查询终端3台，方便群众自助查询。", ["reading_room"]),
    ("在中心一楼配备自助查询机，供市场主体查阅交易公告。", ["reading_room"]),
    ("在交易大厅设置信息公开查询终端。", ["reading_room"]),
    # in a service hall's clause: the hall's alone
    ("在县政务服务中心社保窗口设置政务公开查询终端，方便群众现场查询。", ["service_hall"]),
    ("在市民服务大厅设置查询终端和咨询台，解答办事群众疑问。", ["service_hall"]),
    # a reading place of its own beside the device keeps both
    ("在镇便民服务中心设置政务公开专区，配备自助查询终端2台。", ["reading_room", "service_hall"]),
])
def test_reading_devices(body, want):
    assert _channels(body) == want
