"""Narrative figures, four families of session 15 (sentences written for these tests): a count
wrapped before its thousands comma, the channels' counts then their total closing a part of the
sentence, a fee named before its verb, and a proactive count of the kind the organ is named for."""
from __future__ import annotations

import pytest

from extractor.narrative_figures import figures, mend_breaks


def got(text: str, organ: str | None = None) -> dict[str, float]:
    return {f.key: f.value for f in figures(text, organ=organ)}


# ---------------------------------------------------------------- a count wrapped before its comma
@pytest.mark.parametrize("text,key,value", [
    ("全年通过区政府门户网站主动公开政府信息2\n,507条，较上年增长118条。", "n.active_published", 2507),
    ("“某某发布”微信公众号推送信息3\n，081条。", "n.wechat_posts", 3081),
    ("本年度主动公开政府信息1 ,960条。", "n.active_published", 1960),
    ("全年共受理政府信息公开申请1\n,204件，均按期答复。", "n.requests_received", 1204),
    ("本年度共主动公开信息12\n,406,311条。", "n.active_published", 12406311),
])
def test_count_wrapped_before_its_thousands_comma(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,kept", [
    # a comma opening the line after a count with its unit is the clause's, not the number's
    ("全年受理申请4件\n,其中网上申请3件。", "4件\n,其中"),
    # not three digits after the comma: no thousands group
    ("主动公开信息12\n,34条。", "12\n,34条"),
])
def test_comma_opening_a_line_that_is_no_thousands_group(text, kept):
    assert kept in mend_breaks(text)[0]


# ---------------------------------------------------------------- channels' counts, then their total
@pytest.mark.parametrize("text,value", [
    ("2023年，通过县政府门户网站乡镇专栏发布信息88条，通过政务公开栏公开信息40条，共计128条；"
     "通过微信公众号发布信息56篇。", 128),
    ("通过网站公开信息31条，通过公示栏公开信息12条，合计43条；另通过村务群转发通知若干。", 43),
    ("全年通过门户网站公开信息210条，通过公开栏公开信息65条，总计275条。", 275),
])
def test_channels_counts_then_their_total_before_a_semicolon(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text,value", [
    # a total inside the count's own breakdown (其中…) is one of its items, not the channels' total
    ("全年通过局网站主动公开信息812条，其中政策文件20条，各科室共计公开信息700条；依申请公开信息5条。", 812),
    ("本年度主动公开政府信息430条，其中：工作动态120条，下属单位合计发布信息250条；另有转载信息若干。", 430),
])
def test_a_total_inside_the_counts_breakdown_is_no_channels_total(text, value):
    assert got(text).get("n.active_published") == value


def test_a_channel_share_with_no_total_is_still_none():
    # (the website's and the board's counts, no total: neither is the organ's)
    text = "通过门户网站公开信息95条，通过政务公开栏公开信息62条；通过微信公众号发布信息83篇。"
    assert got(text).get("n.active_published") is None


# ---------------------------------------------------------------- the fee named before its verb
@pytest.mark.parametrize("text,value", [
    ("全年无行政复议、行政诉讼案件，信息处理费收取0元。", 0),
    ("本年度信息处理费共收取120元。", 120),
    ("依申请公开工作中处理费收缴金额为0元。", 0),
    ("信息处理费累计收取35.5元。", 35.5),
])
def test_fee_named_before_its_verb(text, value):
    assert got(text).get("n.fees_collected") == value


@pytest.mark.parametrize("text", [
    "信息处理费按标准收取，每件10元。",
    "对困难群众减免信息处理费200元。",
])
def test_fee_statements_that_are_no_amount_collected(text):
    assert got(text).get("n.fees_collected") is None


# ---------------------------------------------------------------- the kind the organ is named for
@pytest.mark.parametrize("text,organ,value", [
    ("全年通过网站主动公开规划土地类信息1,530条，其中规划公示信息600条。", "某市规划和自然资源局", 1530),
    ("本年度主动公开财政信息86条。", "某县财政局", 86),
    ("全年主动公开统计信息214条，其中统计公报3条。", "某区统计局", 214),
])
def test_a_count_of_the_kind_the_organ_is_named_for_is_its_total(text, organ, value):
    assert got(text, organ).get("n.active_published") == value


@pytest.mark.parametrize("text,organ", [
    ("全年主动公开人事信息12条。", "某县财政局"),
    ("全年主动公开规划信息25条。", "某县人民政府"),
    ("全年主动公开财政信息30条。", None),
])
def test_a_narrow_kind_of_another_body_stays_a_share(text, organ):
    assert got(text, organ).get("n.active_published") is None
