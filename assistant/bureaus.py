"""A shortfall said with no 提到 (公开内容不够全面的单位), apart from ``assistant.plan``: it is
searched in the problems, never every report. (A bare bureau name's kind, 教育局 for
教育和体育局 too, is ``assistant.sectors``.)
"""
from __future__ import annotations

import re

from .queryplan import QueryPlan


def shortfall_phrase(p: QueryPlan, t, q: str, set_) -> None:
    """A run no rule read that says a shortfall (内容不够全面, 更新不及时, 人员力量不足), in a question
    that asks nothing else (no figure, channel, fact, contact, text or check): the problems that
    say it, never every report (its words are looked for when the run is not found as typed)."""
    from .keywords import shortfall_words
    if p.metric or p.channel or p.fact_kind or p.contact_field or p.phrase or p.check \
            or p.table or p.official or p.office or p.unstated or p.op:
        return
    short = [w for w in shortfall_words() if len(w) >= 2]
    for m in re.finditer(r"[\u4e00-\u9fff]{2,16}", t.s):
        seg = q[m.start():m.end() + 3]
        hit = next((w for w in short if w in seg[1:]), None)
        if hit:   # the run up to the end of the shortfall word (人员力量 + 不足)
            end = m.start() + seg.index(hit, 1) + len(hit)
            end = max(end, m.end() - (1 if q[m.end() - 1:m.end()] == "的" else 0))
            set_("phrase", q[m.start():end], "shortfall_phrase")
            set_("text_kinds", tuple(dict.fromkeys(p.text_kinds + ("problem",))), "shortfall_phrase")
            t.take(m.start(), end)
            return

