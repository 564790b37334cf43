"""Conditions joined (rule conditions_joined): a question setting a condition in each of its
clauses, on one figure or on two — 收到申请不到10件、但又不是零的 (requests < 10 and requests > 0),
零申请、主动公开又不到50条的 (requests = 0 and active < 50). Each condition is on the figure
named in its clause (before the comparison, or right after it: 零申请); a clause that names
no figure and holds nothing else but its comparison and filler words (lexicons/
question_clause_joins.tsv: 但又不是零的) is on the figure of the clause before.

A statistic asked of a figure no condition is said of (零申请的乡镇平均主动公开多少条) is of that
figure over the reports every condition picks (``condition_of_another``).

The figure of the last condition is the one asked / shown (``p.metric``, its first condition
``p.op`` / ``p.threshold``); every other condition is one of ``p.metric_conds`` ((metric, op,
threshold), each met as well: assistant/figsql.py ANDs them). Conditions all the same (行政复议
和行政诉讼都为零: one bound on every figure named) are left to that reading (assistant/kind.py
``all_of``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, words
from .words import BLANK

_LEX = "question_clause_joins"


@lru_cache(maxsize=1)
def _join() -> re.Pattern:
    return re.compile(alternation(_LEX, "join"))


@lru_cache(maxsize=1)
def _fillers() -> frozenset:
    return frozenset(words(_LEX, "filler"))


def _clauses(q: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in _join().finditer(q):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, len(q))]


def _only_fillers(q: str, resid: str, a: int, b: int, s: int, e: int, others) -> bool:
    """Whether the clause q[a:b] holds its comparison q[s:e] and nothing else of its own: its
    unread characters are filler words, and no contact, text, channel or table is said in it."""
    if any(a <= x < b for x, _ in others):
        return False
    rest = "".join(ch for i, ch in enumerate(resid[a:b], a) if not s <= i < e and ch != BLANK)
    for w in sorted(_fillers(), key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest


def _assigned(q: str, resid: str, conds, metric_at, others) -> list | None:
    """(metric, op, threshold) of each of ``conds``, in order, or None when one has no figure."""
    spans = _clauses(q)
    read, prev = [], None
    for s, e, op, thr in sorted(conds):
        a, b = next(((a, b) for a, b in spans if a <= s < b), (0, len(q)))
        before = [(ms, me, v) for ms, me, v in metric_at if a <= ms and me <= s]
        after = [(ms, me, v) for ms, me, v in metric_at if s <= ms < b]
        if before:
            mid = max(before)[2]
        elif after:
            mid = min(after)[2]
        elif prev and _only_fillers(q, resid, a, b, s, e, others):
            mid = prev
        else:
            return None
        read.append((mid, op, thr))
        prev = mid
    return list(dict.fromkeys(read))


def _plain(p) -> bool:
    return not (p.metric_conds or p.vs_mean or p.vs_metric or p.any_metric or p.yoy or p.year_diff
                or p.op in (None, "between", "stated", "blank"))


def join_conditions(p, q: str, resid: str, conds, metric_at, others) -> bool:
    """Read ``conds`` ((start, end, op, threshold) of each comparison the question made, in
    ``q``) into ``p`` when they are more than one and differ; ``resid`` is the question with
    what was read blanked (same length as ``q``), ``others`` the spans of a contact, text,
    channel or table word. Whether it did."""
    if len(conds) < 2 or not _plain(p) or len(resid) != len(q):
        return False
    read = _assigned(q, resid, conds, metric_at, others)
    if not read or len(read) < 2 or len({(op, thr) for _, op, thr in read}) == 1:
        return False   # one bound on every figure named: all_of reads it
    main = read[-1][0]
    first = next(c for c in read if c[0] == main)
    p.metric, p.op, p.threshold = main, first[1], first[2]
    p.metric_conds = tuple(c for c in read if c != first)
    named = {m for m, _, _ in read}
    p.other_metrics = tuple(m for m in p.other_metrics if m not in named)
    return True


def condition_of_another(p, q: str, resid: str, conds, metric_at, others) -> bool:
    """A statistic of one figure over the reports a condition on another picks (rule
    condition_of_another): 零申请的乡镇平均主动公开多少条 / 收到申请超过10件的单位主动公开一共多少条
    — the figure no condition is said of is the one computed (``p.metric``, no condition of its
    own), each condition one of ``p.metric_conds``. Whether it read so."""
    if not conds or p.agg not in ("avg", "sum", "median") or p.also_aggs or p.top \
            or not _plain(p) or len(resid) != len(q):
        return False
    read = _assigned(q, resid, conds, metric_at, others)
    if not read:
        return False
    bound = {m for m, _, _ in read}
    asked = list(dict.fromkeys(v for _, _, v in sorted(metric_at) if v not in bound))
    if len(asked) != 1:
        return False
    p.metric, p.op, p.threshold = asked[0], None, None
    p.metric_conds = tuple(read)
    p.other_metrics = ()
    return True
