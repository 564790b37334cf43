"""Channel words of lexicons/channels.tsv met in reports of centres and bureaus: a trading
centre's own site (…交易网), a reading area set up in a hall (查阅区), printed briefings on the disclosure work (公开简报).
Sentences written for these tests, each family in several shapes."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def channels(text: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == "channel"})


@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n依托市公共资源交易网发布交易公告和结果公示。\n", ["portal"]),
    ("一、总体情况\n通过“某州交易网”和微信公众号公开项目信息。\n", ["portal", "wechat"]),
    # (the hall a reading place is set up in is a channel too: narrative_channels)
    ("一、总体情况\n在交易大厅设置信息公开查阅区，方便群众查阅。\n", ["reading_room", "service_hall"]),
    ("一、总体情况\n在服务中心一楼设立政府信息查阅区。\n", ["reading_room"]),
    # a briefing published on the disclosure work is a channel; the office's own work
    # briefing (编印工作简报) is internal, none
    ("一、总体情况\n全年编发政务公开简报12期，通过门户网站发布信息86条。\n", ["other", "portal"]),
    ("一、总体情况\n编印《某镇政务公开简报》6期，在公开栏张贴。\n", ["bulletin_board", "other"]),
    ("一、总体情况\n全年组织专题学习4次，编印工作简报12期。\n", []),
])
def test_channel_words_of_centres_and_bureaus(text, want):
    assert channels(text) == want
