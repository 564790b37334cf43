"""A check question no report fails (哪些报告自己的数字前后对不上 → none): how many reports of
the scope the store could check at all is said with the "none", never a bare 没有找到 that
reads as "every report is consistent" when most could not be checked (a table left blank or
cut short leaves its sums unassessable). Family ``check_scope``.

One query, run only on an empty check answer: the scope's reports, each with an indexed
EXISTS on its checks met."""
from __future__ import annotations

from .queryplan import QueryPlan
from .sql import check_rule
from .sqlbase import Params, report_filters, where


def checked(conn, plan: QueryPlan) -> tuple[int, int]:
    """(reports in scope, those with a check of the kind asked met)."""
    P = Params()
    rule = check_rule(plan, P)
    sql = (f"SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM effective_checks c "
           f"WHERE c.report_id = r.report_id AND c.ok = 1 AND {rule})), 0) "
           f"FROM effective_reports r {where(report_filters(plan, P))}")
    n, k = conn.execute(sql, P).fetchone()
    return n or 0, k or 0


def none_failed(conn, plan: QueryPlan) -> str | None:
    """The sentence for a check question with no report failing, or None (another kind)."""
    if plan.kind != "check" or plan.check_ok:
        return None
    n, k = checked(conn, plan)
    if not n:
        return None
    if not k:
        return (f"无法判断：范围内{n}份报告都缺少核对所需的数字（表格未填或不全），"
                "没有一份能核对，所以不能说它们前后一致。")
    rest = f"；其余{n - k}份缺少核对所需的数字（表格未填或不全），无法判断" if n > k else ""
    return (f"没有找到校验未通过的报告：范围内{n}份报告中，能核对的{k}份{'都' if k > 1 else ''}相符{rest}。"
            "（核对的是表格的合计与平衡、正文与表格的同一数字，其他说法上的矛盾不在其内）")
