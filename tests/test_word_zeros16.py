"""Word zeros of session 16 (sentences written for these tests): no request said with a verb of
happening (未发生/未产生/未出现/未有 … 申请) or as 依申请公开 … 的情形 (情形 beside 情况); the guards:
a none of reviews or suits brought over requests, or of an outcome of requests, is no zero of requests."""
from __future__ import annotations

import pytest

from extractor.narrative_figures import figures


def got(text: str) -> dict[str, float]:
    return {f.key: f.value for f in figures(text)}


@pytest.mark.parametrize("text", [
    "本年度未出现依申请公开政府信息的情形。",
    "2024年，本乡未出现依申请公开的情形，相关工作平稳有序。",
    "全年未发生政府信息公开申请。",
    "全年未产生政府信息公开申请，无需办理答复。",
    "本年度没有发生信息公开申请的情况，未发生行政复议。",
    "本年度无依申请公开政府信息的情形。",
    "报告期内未有依申请公开申请。",
    "全年未发生依申请公开政府信息的情形，未发生行政复议。",
    "本年度未产生政府信息公开申请的情形，未产生行政复议和行政诉讼。",
    "全年没有出现依申请公开的情形。",
])
def test_no_request_said_in_words(text):
    assert got(text).get("n.requests_received") == 0


@pytest.mark.parametrize("text", [
    # a review or a suit the requests led to
    "全年未发生因政府信息公开申请被申请行政复议的情况。",
    "未发生依申请公开被申请行政复议的情形。",
    "全年未产生依申请公开引起的行政诉讼的情形。",
    "全年无因政府信息公开申请提起行政复议的情形。",
    "全年未产生因政府信息公开申请而引发的行政复议、行政诉讼案件。",
    # an outcome of requests, or a fee, not the requests
    "全年未发生政府信息公开申请被驳回的情形。",
    "全年未发生政府信息公开申请逾期答复。",
    "全年未发生依申请公开收费的情形。",
])
def test_a_none_of_what_requests_led_to_is_no_zero_of_requests(text):
    assert "n.requests_received" not in got(text)


def test_a_count_stated_wins_over_a_none_of_an_outcome():
    text = "本年度收到政府信息公开申请3件，未发生政府信息公开申请被投诉的情况。"
    assert got(text).get("n.requests_received") == 3


@pytest.mark.parametrize("text,keys", [
    ("本年度未有行政复议、行政诉讼的情形。", ("n.review_cases", "n.litigation_cases")),
    ("全年无因政府信息公开被申请行政复议的情形。", ("n.review_cases",)),
    ("本年度无政府信息公开行政诉讼的情形。", ("n.litigation_cases",)),
    ("未产生行政复议和行政诉讼。", ("n.review_cases", "n.litigation_cases")),
    ("未有因依申请公开被提起行政诉讼的情形。", ("n.litigation_cases",)),
])
def test_no_review_or_suit_said_in_words(text, keys):
    g = got(text)
    assert all(g.get(k) == 0 for k in keys) and "n.requests_received" not in g
