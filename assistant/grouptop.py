"""The largest (smallest) group asked for (按年份汇总收到的申请数，哪一年最多 / 零申请的报告按层级
分，哪一级最多): the groups are computed as grouping says (a figure's total per group; with a
condition or 几份, the reports per group), and the top one named first with its value. The
most / least is never a ranking of single reports inside the groups.

A group word after 哪 (哪一年, 哪一级, 哪个省) with a sum word (汇总, 合计, 加起来) and no grouping
said groups by it (各年收到的申请加起来，哪一年最多; the sum words: lexicons/question_sum_words.tsv
role groups).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, values
from .sumwords import pattern as sum_words

_LEX = "question_group_top"   # the words: lexicons/question_group_top.tsv
_GROUPS = ("year", "level", "county", "province", "city", "template")   # grouping's values


@lru_cache(maxsize=1)
def _which_group() -> tuple[re.Pattern, re.Pattern]:
    word, most = alternation(_LEX, "group"), f"({alternation(_LEX, 'most')})"
    return (re.compile(rf"哪(?:一个|一|个)?({word})(?![报鉴级直])[^，,。？?；;]{{0,14}}?{most}"),   # 哪一年最多
            re.compile(rf"{most}的?(?:是|为)?哪(?:一个|一|个)?({word})(?![报鉴级直])"))   # 最多的是哪一年


def _sum() -> re.Pattern:
    return sum_words("groups")   # lexicons/question_sum_words.tsv role groups, compiled once


def read_group_top(p, q: str, t, set_, fired: list, agg_at=()) -> None:
    """``p.group_top`` (max / min) when ``q`` asks which group is largest (smallest), the
    words 哪一年 taken from ``t``; a max / min aggregate said for it is dropped (the groups
    are compared, not the reports), and a mean (median) said besides (``agg_at``: (start, end,
    value) of the aggregate words) is what each group is: 哪个层级的主动公开平均条数最高 compares
    the groups' means, never their sums (rule group_top_mean)."""
    m = _which_group()[0].search(q)
    if m:
        word, most, span = m.group(1), m.group(2), (m.start(), m.end(1))
    else:
        m = _which_group()[1].search(q)
        if not m:
            return
        most, word, span = m.group(1), m.group(2), (q.rindex("哪", 0, m.end()), m.end())
    group = values(_LEX, "group", _GROUPS)[word]
    if not p.group_by:
        if not _sum().search(q):
            return   # 哪一年收到的申请最多: the largest report (its year said), as before
        set_("group_by", group, "group_top")
    elif p.group_by != group:
        return   # 按年份分组，哪个县最多: not the groups' own ranking
    p.group_top = values(_LEX, "most", ("max", "min"))[most]
    t.take(*span)
    fired.append("group_top")
    if p.agg in ("max", "min"):
        p.agg = None
        stat = [v for s, _, v in agg_at if v in ("avg", "median") and not span[0] <= s < span[1]]
        if stat:   # 平均条数最高: each group's mean, the highest named
            set_("agg", stat[-1], "group_top_mean")
