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
