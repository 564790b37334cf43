"""A condition on how many problems or remedies a report lists: 问题不少于三条的街道报告,
列了两条以上措施的, 改进措施少于2条的 (rule ``item_count``).

The comparison and its number are read as any comparison is (超过 / 不少于 / 以上 / 少于 with
the number and 条 / 项 / 点); said of the problems or remedies (the ``text`` words) with no
figure and no phrase, it counts the items each report lists of those kinds
(``QueryPlan.items_op`` / ``items_n``), never a figure's value (``sql._text``: one correlated
count per report in scope).
"""
from __future__ import annotations

import re

from .words import NUM

_COUNTED = re.compile(NUM + r"\s*(?:条|项|点|个方面|个)")
_KINDS = {"problem", "remedy", "any"}


def item_condition(p, given: list, q: str, t=None) -> bool:
    """Moves a comparison said of the problems / remedies a report lists onto the count of
    those items."""
    if p.metric or p.phrase or not p.text_kinds or not set(p.text_kinds) <= _KINDS \
            or set(p.text_kinds) == {"any"}:
        return False
    if p.op not in ("gt", "ge", "lt", "le", "eq") or p.threshold is None or not _COUNTED.search(q):
        return False
    p.items_op, p.items_n = p.op, p.threshold
    p.op, p.threshold = None, None
    for name in ("op", "threshold"):
        if name in given:
            given.remove(name)
    given.append("items_op")
    p.text_kinds = tuple(k for k in p.text_kinds if k != "any")
    if t is not None:   # 三条 / 2条: read with the comparison
        for m in _COUNTED.finditer(t.s):
            t.take(m.start(), m.end())
    return True
