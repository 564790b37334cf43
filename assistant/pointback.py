"""它 / 它的 right after an answer that named one organ (公安局里谁收的申请最多 → 它的行政复议几件):
the question is asked of that organ's report(s), the ranking before not repeated.

``one_answered(plan, previous, question)``: the plan of ``question`` (already merged with the
one before) narrowed to the organ ``previous`` answered, or None when the question points at
no single organ or the answer before named none (a list, a count: 它们 / 这些 keep theirs).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexwords import alternation

_RANKED = ("max", "min")


@lru_cache(maxsize=1)
def _singular() -> re.Pattern:
    return re.compile(alternation("question_words", "refer", "one"))


def _named_one(previous) -> bool:
    """The answer before named one organ: the largest / smallest, the first of a top 1, or a
    list of one report."""
    p = previous.plan
    if p is None or not previous.report_ids:
        return False
    return p.agg in _RANKED or p.top == 1 or len(set(previous.report_ids)) == 1


def one_answered(plan, previous, question: str):
    if previous is None or "refer" not in plan.given or not _named_one(previous):
        return None
    before = previous.plan
    if (plan.years, plan.excluded_years, plan.region, plan.levels, set(plan.organ_ids)) != (
            before.years, before.excluded_years, before.region, before.levels, set(before.organ_ids)):
        return None   # 它2021年的呢 / 它在杭州的…: a scope of its own, never that one report only
    said = re.sub(r"它们|他们", "", question)   # 它们 points at every row
    if not _singular().search(said):
        return None
    rid = previous.report_ids[0]
    out = replace(plan, report_ids=(rid,), top=None if previous.plan.top == 1 else plan.top,
                  listing=False)   # 它…多少: one value, never a list
    if out.agg == previous.plan.agg and previous.plan.agg in _RANKED and "最" not in question:
        out.agg, out.order = None, None   # 它的行政复议几件: its value, not the largest again
    out.rules = out.rules_plus("refer_one")
    return out
