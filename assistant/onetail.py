"""One organ of a scope pointed at by how its name ends (福田区那个署 / 滨江那个分局 / 那家中心):
the organs of the scope whose names end so (family ``one_by_tail``). Two or more: which one is
asked, each said with its years, never every organ of the place answered as if the tail were
not said; one: that organ's answer; none: no reading of it (the answer goes on as before)."""
from __future__ import annotations

import re
from dataclasses import replace

from .queryplan import QueryPlan
from .whichorgan import one_value_asked

# 那个署 / 那一个局 / 那家中心: one organ meant, its name's tail said (a class word, 那个部门 / 那家
# 单位, names no tail: assistant/whichorgan.py asks that of a figure)
_ONE_TAIL = re.compile(r"(?:那个|那一个|那家|那一家)(分局|委员会|办公室|管委会|局|委|办|厅|署|中心)")
_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def tail_said(question: str) -> re.Match | None:
    """The words pointing at one organ by its name's tail (那个署), or None."""
    return _ONE_TAIL.search(question)


def one_by_tail(conn, question: str, plan: QueryPlan):
    """(the sentence, the plan marked ``one_by_tail``, [(label, question re-typed)]) when the
    scope holds several organs whose names end in the tail said; the plan narrowed to the one
    organ when it holds one; None when the question says no tail, names no scope, or the scope
    holds no organ so named."""
    from .run import run
    from .sql import build
    m = tail_said(question)
    if not m or not (plan.region or plan.organ_ids) or plan.report_ids:
        return None
    tail = m.group(1)
    every = replace(plan, kind="reports", metric=None, listing=True, op=None, threshold=None,
                    agg=None, top=None, order=None, group_by=None)
    a = run(conn, question, every, build(every))
    ids = list(dict.fromkeys(a.report_ids))
    if not ids:
        return None
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT organ_id, organ_name, year FROM effective_reports "
                        f"WHERE report_id IN ({marks}) ORDER BY year DESC", ids).fetchall()
    named: dict[str, tuple[set, list]] = {}
    for organ_id, name, year in rows:
        if name and _BRACKET.sub("", name).endswith(tail):
            got = named.setdefault(name, (set(), []))
            got[0].add(organ_id)
            got[1].append(year)
    if not named:
        return None
    if len(named) == 1:
        (name, (organ_ids, _)), = named.items()
        return replace(plan, organ_ids=tuple(sorted(organ_ids)), organ_names=(name,),
                       rules=plan.rules_plus("one_by_tail"))
    if one_value_asked(plan):   # 滨江那个局收了几件: which one asked with each one's value
        return None                # (assistant/whichorgan.py)
    said = "、".join(f"{n}（{'、'.join(str(y) for y in dict.fromkeys(ys))}年）"
                    for n, (_, ys) in named.items())
    text = (f"“{m.group(0)}”指的是哪一个？这个范围里名称以“{tail}”结尾的机关有{len(named)}个：{said}。"
            "请选择其中一个再问。")
    asked = replace(plan, rules=plan.rules_plus("one_by_tail"))
    options = [(f"按“{n}”", _retyped(question, m, plan, n)) for n in list(named)[:8]]
    return text, asked, options


def _retyped(question: str, m: re.Match, plan: QueryPlan, organ: str) -> str:
    """The question with the place and the pointing words said as the organ's name (福田区那个署
    年报里… → 深圳市福田区建筑工务署年报里…)."""
    start = m.start()
    if plan.region:
        name = plan.region[1]
        for n in range(len(name), 1, -1):
            if question[:start].endswith(name[:n]):
                start -= n
                break
    return question[:start] + organ + question[m.end():]
