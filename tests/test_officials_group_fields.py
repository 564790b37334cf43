"""The leader in charge named in a leading group's 组长/副组长 fields (sentences written for
these tests): ``组长：`` is an ``official_field`` cue (lexicons/cues.tsv), so a post filling it,
after the holder's name or before it, is the official — in a line list under the group's
sentence (an older portal page's <br> lines) or run on in one sentence."""
from __future__ import annotations

import pytest

from extractor.narrative import responsible


@pytest.mark.parametrize("text, want", [
    ("镇人民政府成立了政务公开工作领导小组：\n组长：张某某　镇党委副书记、镇长\n成员：各站所负责人\n",
     ["党委副书记", "镇长"]),
    ("成立政务公开工作领导小组，组长：张某某局长，副组长：李某某副局长，成员为各股室负责人。\n",
     ["局长", "副局长"]),
    ("我局成立政务公开工作领导小组，组长：局党组书记、局长王某，副组长：副局长李某。\n",
     ["局党组书记", "局长", "副局长"]),
])
def test_posts_filling_the_group_leaders_fields(text, want):
    assert [f.text for f in responsible(text, len(text))] == want


def test_a_group_for_other_work_names_no_official():
    text = "成立安全生产领导小组，组长：镇长。\n"
    assert responsible(text, len(text)) == []
