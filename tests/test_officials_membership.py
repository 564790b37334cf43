"""A party membership title before the post it goes with names the post's holder, not a
second official; leading party posts and a membership title standing alone stay. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def officials(text: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text="一、总体情况\n" + text + "\n", sha256=""))
    return sorted(f.value for f in facts if f.kind == "responsible_official")


@pytest.mark.parametrize("text, want", [
    ("我局明确由局党组成员、副局长分管政务公开工作，办公室具体负责。", ["副局长"]),
    ("政务公开工作由镇党委委员、副镇长具体分管。", ["副镇长"]),
    ("成立以街道党工委委员、办事处副主任为组长的政务公开工作领导小组。", ["办事处副主任"]),
    ("乡党委委员、副乡长为政务公开工作分管领导。", ["副乡长"]),
    # a leading party post is an official of its own (the dev gold keeps both)
    ("由局党组书记、局长任组长，分管副局长任副组长。", ["分管副局长", "局党组书记", "局长"]),
    # a membership title alone is the official named
    ("政务公开工作由一名党组成员分管。", ["党组成员"]),
])
def test_a_membership_title_before_its_post(text, want):
    assert officials(text) == want
