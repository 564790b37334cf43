"""A count said as the value a figure must have (rule ``count_said``): 写明全年0件申请的,
收到3件申请的单位, 零件申请的乡镇, 行政复议2件的 / 申请数为0的 — the number with its unit right
before the figure's words or right after them, and no other comparison read: the figure equal to
it (``op`` eq), never "stated" (写明 / 写了 before it say where it is written) nor "some" (the
收到 of a list). The number is read with its unit, so it is never reported as not understood.
"""
from __future__ import annotations

import re

from .words import NUM, cn_number

_UNIT = r"\s*(件|条|次|起|宗|万元)"
# 写明全年0件申请 / 收到了3件的申请 / 1件政府信息公开申请: the count, then the figure's words
_BEFORE = re.compile(NUM + _UNIT + r"(?:的)?(?:政府信息公开)?$")
# 申请0件 / 申请数为0 / 诉讼是2件: the figure's words, then the count
_AFTER = re.compile(r"(?:数|数量)?(?:为|是|有|共|共有)?" + NUM + _UNIT)
_RANGE_OPEN = re.compile(NUM + r"\s*(?:件|条|次|起|宗)?\s*(?:到|至|-|~|～)\s*$")
_AFTER_BARE = re.compile(r"(?:数|数量)(?:为|是)" + NUM + r"(?![\d.])")


def count_said(p, q: str, t, metric_at, set_, given: list) -> bool:
    """Whether a count said before or after a figure's words in ``q`` set ``p``'s condition
    (equal to it; the number read in ``t``)."""
    for s, e, _ in sorted(metric_at):
        n = _BEFORE.search(q[:s])
        if n and cn_number(n.group(1)) is not None and not _in_range(q, n.start()):
            return _equal(p, t, set_, given, cn_number(n.group(1)), n.start(), n.end())
        n = _AFTER.match(q, e) or _AFTER_BARE.match(q, e)
        if n and cn_number(n.group(1)) is not None:
            return _equal(p, t, set_, given, cn_number(n.group(1)), n.start(), n.end())
    return False


def _in_range(q: str, at: int) -> bool:
    """Whether the number at ``at`` closes a span (10到20件申请: the between rule's)."""
    return bool(_RANGE_OPEN.search(q[:at]))


def _equal(p, t, set_, given, value, s, e) -> bool:
    set_("op", "eq", "count_said"), set_("threshold", value)
    given.append("cond")
    t.take(s, e)
    return True
