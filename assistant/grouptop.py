"""The largest (smallest) group asked for (按年份汇总收到的申请数，哪一年最多 / 零申请的报告按层级
分，哪一级最多): the groups are computed as grouping says (a figure's total per group; with a
condition or 几份, the reports per group), and the top one named first with its value. The
most / least is never a ranking of single reports inside the groups.

A group word after 哪 (哪一年, 哪一级, 哪个省) with a sum word (汇总, 合计, 加起来) and no grouping
said groups by it (各年收到的申请加起来，哪一年最多).
"""
from __future__ import annotations

import re

_GROUP_WORDS = {"年份": "year", "年度": "year", "年": "year", "层级": "level", "级别": "level",
                "一级": "level", "级": "level", "县": "county", "省份": "province", "省": "province",
                "市": "city", "地市": "city", "版": "template", "模板": "template"}
_WORD = "|".join(sorted(_GROUP_WORDS, key=len, reverse=True))
_MOST = r"(最多|最少|最高|最低|最大|最小)"
_WHICH_GROUP = (re.compile(rf"哪(?:一个|一|个)?({_WORD})(?![报鉴级直])[^，,。？?；;]{{0,14}}?{_MOST}"),   # 哪一年最多
                re.compile(rf"{_MOST}的?(?:是|为)?哪(?:一个|一|个)?({_WORD})(?![报鉴级直])"))   # 最多的是哪一年
_SUM = re.compile(r"汇总|合计|加起来|加总|总计|总数|总量|一共|总共|累计|合起来")


def read_group_top(p, q: str, t, set_, fired: list) -> None:
    """``p.group_top`` (max / min) when ``q`` asks which group is largest (smallest), the
    words 哪一年 taken from ``t``; a max / min aggregate said for it is dropped (the groups
    are compared, not the reports)."""
    m = _WHICH_GROUP[0].search(q)
    if m:
        word, most, span = m.group(1), m.group(2), (m.start(), m.end(1))
    else:
        m = _WHICH_GROUP[1].search(q)
        if not m:
            return
        most, word, span = m.group(1), m.group(2), (q.rindex("哪", 0, m.end()), m.end())
    group = _GROUP_WORDS[word]
    if not p.group_by:
        if not _SUM.search(q):
            return   # 哪一年收到的申请最多: the largest report (its year said), as before
        set_("group_by", group, "group_top")
    elif p.group_by != group:
        return   # 按年份分组，哪个县最多: not the groups' own ranking
    p.group_top = "min" if most in ("最少", "最低", "最小") else "max"
    t.take(*span)
    fired.append("group_top")
    if p.agg in ("max", "min"):
        p.agg = None
