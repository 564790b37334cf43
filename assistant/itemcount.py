"""A condition on how many problems or remedies a report lists: 问题不少于三条的街道报告,
列了两条以上措施的, 改进措施少于2条的, 问题写了三条及以上的, 问题只写了一条的 (rule ``item_count``).

Said of the problems or remedies (the ``text`` words) with no figure, a number of 条 / 项 / 点
with a comparison before it (超过, 不少于, 至少, 少于, 只) or after it (以上, 及以上, 以下) —
read by the comparison words or by ``_SAID`` here — counts the items each report lists of
those kinds (``QueryPlan.items_op`` / ``items_n``), never a figure's value; a count said
after 写了 / 提到 is no phrase to look for (``sql._text``: one correlated count per report in
scope).
"""
from __future__ import annotations

import re

from .words import NUM, cn_number

_UNIT = r"\s*(?:条|项|点|个方面|个)"   # 两个以上问题: 个 too
_BEFORE = {"至少": "ge", "最少": "ge", "不少于": "ge", "不低于": "ge", "超过": "gt", "多于": "gt",
           "大于": "gt", "高于": "gt", "少于": "lt", "不到": "lt", "不足": "lt", "低于": "lt",
           "小于": "lt", "不超过": "le", "至多": "le", "最多": "le", "只有": "eq", "只": "eq",
           "仅": "eq", "仅有": "eq", "正好": "eq", "恰好": "eq"}
_AFTER = {"及以上": "ge", "以上": "ge", "或以上": "ge", "及以下": "le", "以下": "le",
          "或以下": "le", "以内": "le"}
_VERB = r"(?:写了?|列了?|列出了?|提了?|提出了?|有|是)?"
_SAID = re.compile("(" + "|".join(sorted(_BEFORE, key=len, reverse=True)) + ")?" + _VERB + NUM + _UNIT
                   + "(" + "|".join(sorted(_AFTER, key=len, reverse=True)) + ")?")
_COUNT_ONLY = re.compile(NUM + _UNIT + "(?:" + "|".join(_AFTER) + ")?")
_COUNTED = re.compile(NUM + _UNIT)
# 一条问题都没写 / 连一项措施也没有: not one item, none listed (never "one")
_NOT_ONE = re.compile(r"(?:连)?[一1]" + _UNIT + r"[^，,。？?]{0,6}?[都也](?:没有|没|未|不)")
_KINDS = {"problem", "remedy", "any"}
_OPS = ("gt", "ge", "lt", "le", "eq")


def item_condition(p, given: list, q: str, t=None) -> bool:
    """Moves a comparison said of the problems / remedies a report lists onto the count of
    those items; True when it did."""
    if p.metric or not p.text_kinds or not set(p.text_kinds) <= _KINDS \
            or set(p.text_kinds) == {"any"}:
        return False
    if p.phrase and not p.quoted and _COUNT_ONLY.fullmatch(p.phrase):
        p.phrase = None   # 问题写了三条及以上: a count, no words to look for
        if "phrase" in given:
            given.remove("phrase")
    if p.phrase or not _COUNTED.search(q):
        return False
    m = _SAID.search(q)
    bound = m and (m.group(1) or m.group(3)) and cn_number(m.group(2)) is not None
    if _NOT_ONE.search(q):   # 一条问题都没写: none
        op, n = "eq", 0
    elif p.op in _OPS and p.threshold is not None and not bound:
        op, n = p.op, p.threshold
    else:   # 至少有3条: the bound said with the count, never 有 read as "any"
        n = cn_number(m.group(2)) if m else None
        if n is None:
            return False
        op = _AFTER.get(m.group(3) or "") or _BEFORE.get(m.group(1) or "") or "eq"
    p.items_op, p.items_n = op, float(n)
    p.op, p.threshold = None, None
    for name in ("op", "threshold"):
        if name in given:
            given.remove(name)
    given.append("items_op")
    p.text_kinds = tuple(k for k in p.text_kinds if k != "any")
    if t is not None:   # 三条 / 2条及以上: read with the comparison
        for m in _SAID.finditer(t.s):
            t.take(m.start(), m.end())
    return True


def item_spans(q: str) -> list[tuple[int, int]]:
    """Where ``q`` says a count of items with its comparison (3条及以上, 至少两个): their bound
    words are read with it, never a condition left dangling."""
    return [m.span() for m in _SAID.finditer(q)]


def within(spans, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)
