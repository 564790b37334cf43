"""A count answered with the reports it counted, when they are few (family ``count_names``):
浙江的报告有几份 → 只看县区部门的 answers 7份 and names the seven, so a reviewer sees what was
counted and a follow-up (这些, 它) points at them. Only a count of reports or organs (never of
items, never a share); at most ``FEW`` reports, else the count alone as before.
"""
from __future__ import annotations

from dataclasses import replace

from .queryplan import QueryPlan
from .result import Answer
from .selfcheckq import failed_checks_said
from .sqlbase import PlanError

FEW = 10   # reports named after a count at most; more are a list the reviewer asks for


def _countable(plan: QueryPlan, a: Answer) -> bool:
    return (plan.agg == "count" and plan.count_unit != "item" and "share" not in plan.given
            and not plan.group_by and not plan.top and a.rows and a.columns[:1] == ["reports"]
            and 0 < (a.rows[0][0] or 0) <= FEW)


def name_counted(conn, plan: QueryPlan, a: Answer, build, run) -> None:
    """Add to the count answer ``a`` the reports it counted (their files, ids and names), when
    the same plan listed gives exactly the counted reports; else leave ``a`` as it is."""
    if not _countable(plan, a):
        return
    listed = replace(plan, agg=None, count_unit=None, listing=True)
    try:
        query = build(listed)
    except PlanError:   # a plan that lists no rows of its own: the count alone
        return
    got = run(conn, a.question, listed, query)
    ids = list(dict.fromkeys(got.report_ids))
    if len(ids) != a.rows[0][0] or "organ" not in got.columns:
        return
    i, y = got.columns.index("organ"), got.columns.index("year")
    seen, names = set(), []
    for r, rid in zip(got.rows, got.report_ids):
        if rid not in seen:
            seen.add(rid)
            names.append(f"{r[i]}（{r[y]}年）" if r[y] else f"{r[i]}（年份未写）")
    a.reports, a.report_ids = got.reports, ids
    a.passages = a.passages or got.passages
    if plan.kind == "check" and not plan.check_ok and "value" in got.columns:   # each with the checks it fails
        first_rows = list({rid: r for rid, r in reversed(list(zip(got.report_ids, got.rows)))}.values())[::-1]
        names = [failed_checks_said(first_rows, i, y, got.columns.index("value"))]
    first, dot, rest = a.text.partition("。")   # 共7份（7份报告）：A（2021年）、B（2022年）。另有…
    a.text = first + "：" + "、".join(names) + "。" + rest if dot else a.text
