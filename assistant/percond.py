"""A condition per figure (收到过申请、但复议和诉讼都是0的县级政府): the figures named before a word of
contrast (lexicons/question_metric_contrast.tsv: 但, 却, 而) with a "some" word before them
(收到过, 有过: more than 0) meet that; those after it the condition said after it. Without this
the one condition read (都是0) was put on every figure, the "some" of the first dropped: no
report can have received requests and have 0 of them.

``split_conditions(p, q, metric_at, cmp_words)`` sets ``p.metric_conds`` ((metric, op,
threshold) of the figures before) and leaves ``p.metric`` / ``p.other_metrics`` the figures after.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation

_SOME = ("gt0", "gt0_list", "gt0_weak")   # lexicons/question_words.tsv cmp values: more than 0
_NOT_BOUND = ("gt0_list", "gt0_weak", "ask", "yesno", "gt", "lt", "ge", "le")


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern:
    return re.compile(alternation("question_metric_contrast", "contrast"))


def split_conditions(p, q: str, metric_at, cmp_words) -> bool:
    """Whether ``q`` set a condition per figure (read into ``p``)."""
    if p.op is None or p.any_metric or p.vs_metric or p.vs_mean:
        return False
    for m in _contrast().finditer(q):
        c = m.start()
        before = list(dict.fromkeys(v for s, e, v in sorted(metric_at) if e <= c))
        after = list(dict.fromkeys(v for s, e, v in sorted(metric_at) if s >= m.end() and v not in before))
        some = any(v in _SOME and e <= c for _, e, v in cmp_words)
        bound = [v for s, _, v in cmp_words if s >= m.end() and v not in _NOT_BOUND]
        if before and after and some and bound:
            if bound[-1] == "eq0":
                p.op, p.threshold = "eq", 0.0
            p.metric_conds = tuple((mid, "gt", 0.0) for mid in before)
            p.metric, p.other_metrics = after[0], tuple(after[1:])
            return True
    return False
