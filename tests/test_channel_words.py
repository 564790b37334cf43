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


# a province's government-service app named by its brand, without the word APP (每个省的政务
# 服务移动端: 浙里办, 皖事通, 闽政通 …), in several shapes; a brand that opens an ordinary word
# (全省事业单位) is no channel: only its long form (黑龙江全省事) is listed
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n各村（社区）利用公开栏、“津心办”等渠道同步发布。\n", ["app", "bulletin_board"]),
    ("一、总体情况\n通过皖事通推送惠企政策，在门户网站同步公开。\n", ["app", "portal"]),
    ("一、总体情况\n依托“粤省事”平台上线办事指南12项。\n", ["app"]),
    ("一、总体情况\n在“黑龙江全省事”开设本局服务专区，方便群众查询。\n", ["app"]),
    ("一、总体情况\n全省事业单位改革稳步推进，本局在政府网站公开相关信息。\n", ["portal"]),
])
def test_a_provinces_service_app_by_its_brand(text, want):
    assert channels(text) == want


# a hall where social or medical insurance business is done (医保经办大厅, 社保经办大厅) is a
# service hall; a reading place set up in it is a reading room too
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n全市医保经办大厅设置政策查阅点。\n", ["reading_room", "service_hall"]),
    ("一、总体情况\n在社保经办大厅电子屏滚动公开待遇标准。\n", ["bulletin_board", "service_hall"]),
])
def test_an_insurance_business_hall(text, want):
    assert channels(text) == want


# a reading place set up in a lobby named by its building or floor (局机关一楼大厅, 办公楼大厅)
# is the channel; the lobby is no service hall (a hall where business is done still is)
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n在局机关一楼大厅和县图书馆设立政府信息公开查阅点。\n", ["reading_room"]),
    ("一、总体情况\n在办公楼大厅设置信息查阅室，方便群众查阅。\n", ["reading_room"]),
    ("一、总体情况\n在户政大厅设置政府信息查阅点。\n", ["reading_room", "service_hall"]),
])
def test_a_reading_place_in_a_lobby(text, want):
    assert channels(text) == want
