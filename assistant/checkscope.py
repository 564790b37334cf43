"""A check question no report fails (哪些报告自己的数字前后对不上 → none): how many reports of
the scope the store could check at all is said with the "none", never a bare 没有找到 that
reads as "every report is consistent" when most could not be checked (a table left blank or
cut short leaves its sums unassessable). Family ``check_scope``.

Run only on an empty check answer: the scope's size, then (up to ``COUNT_CHECKED_UP_TO``
reports) each with an indexed EXISTS on its checks met."""
from __future__ import annotations

from .queryplan import QueryPlan
from .selfcheckq import checked_what
from .sql import check_rule
from .sqlbase import Params, report_filters, where


# above this many reports in scope the checkable ones are not counted (an indexed EXISTS per
# report: ~150 ms at 100,000); the sentence then says the scope and that some may be unchecked
COUNT_CHECKED_UP_TO = 20_000


def checked(conn, plan: QueryPlan) -> tuple[int, int | None]:
    """(reports in scope, those with a check of the kind asked met; None when not counted)."""
    P = Params()
    scope = f"FROM effective_reports r {where(report_filters(plan, P))}"
    n = conn.execute(f"SELECT count(*) {scope}", P).fetchone()[0] or 0
    if n > COUNT_CHECKED_UP_TO:
        return n, None
    P = Params()
    rule = check_rule(plan, P)
    sql = (f"SELECT coalesce(sum(EXISTS (SELECT 1 FROM effective_checks c "
           f"WHERE c.report_id = r.report_id AND c.ok = 1 AND {rule})), 0) "
           f"FROM effective_reports r {where(report_filters(plan, P))}")
    return n, conn.execute(sql, P).fetchone()[0] or 0


def none_failed(conn, plan: QueryPlan) -> str | None:
    """The sentence for a check question with no report failing, or None (another kind)."""
    if plan.kind != "check" or plan.check_ok:
        return None
    n, k = checked(conn, plan)
    if not n:
        return None
    if k is None:
        return (f"没有找到校验未通过的报告：范围内{n}份报告，其中缺少核对所需数字（表格未填或不全）的"
                f"无法判断，不能说它们前后一致。（{checked_what(plan)}）")
    if not k:
        return (f"无法判断：范围内{n}份报告都缺少核对所需的数字（表格未填或不全），"
                "没有一份能核对，所以不能说它们前后一致。")
    rest = f"；其余{n - k}份缺少核对所需的数字（表格未填或不全），无法判断" if n > k else ""
    return (f"没有找到校验未通过的报告：范围内{n}份报告中，能核对的{k}份{'都' if k > 1 else ''}相符{rest}。"
            f"（{checked_what(plan)}，其他说法上的矛盾不在其内）")
