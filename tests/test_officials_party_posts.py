"""A party post heading a 、-list whose last item is the disclosure work's 第一责任人 is a post of
its own (党委副书记、镇长为政务公开第一责任人: both; JUDGMENT_CALLS, the real dev gold keeps both).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def officials(text: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text="一、总体情况\n" + text + "\n", sha256=""))
    return sorted(f.value for f in facts if f.kind == "responsible_official")


@pytest.mark.parametrize("text, want", [
    ("本年度，镇党委副书记、镇长为政务公开工作第一责任人，党政办具体负责。", ["党委副书记", "镇长"]),
    ("本局坚持局党组书记、局长为政务公开第一责任人，分管副局长具体负责。", ["分管副局长", "局党组书记", "局长"]),
    ("街道以党工委副书记、办事处主任为信息公开工作第一责任人，党政办承担日常工作。", ["党工委副书记", "办事处主任"]),
    ("本厅认真落实政务公开各项要求。厅党组书记、厅长为第一责任人，分管副厅长为直接责任人。",
     ["党组书记", "分管副厅长", "厅长"]),
])
def test_a_party_post_before_the_first_responsible_post(text, want):
    assert officials(text) == want


@pytest.mark.parametrize("text, want", [
    # the list names no charge: no official
    ("全年召开政务公开专题会议2次，镇党委副书记、镇长出席会议并讲话。", []),
    # a membership title before the post stays dropped
    ("镇党委委员、副镇长为政务公开工作第一责任人。", ["副镇长"]),
])
def test_no_party_post_outside_the_work(text, want):
    assert officials(text) == want
