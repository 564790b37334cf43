"""One number asked of one organ and year that two reports hold (邳州2020年收到多少申请:
邳州市人民政府 published two 2020 reports, 213 and 64): which report is meant is asked, each
report's value and file said, never one picked nor the two answered as one organ's list
(family ``which_report``; several organs are ``whichorgan``, several years ``whichyear``).
Asked with 各 / 分别 / 合计 / 最多, the question is a list or an aggregate and is answered so."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .queryplan import QueryPlan
from .say import _fmt, metric_of


def twin_reports(plan: QueryPlan, rows: list, columns: list, each: bool) -> bool:
    """Whether the rows are two or more reports of one organ and one year stating the figure
    differently, the question asking one number (``each``: 各 / 分别 said)."""
    if each or plan.kind != "figure" or plan.report_ids or plan.listing or plan.agg \
            or plan.top or plan.group_by or plan.yoy or plan.year_diff \
            or plan.op not in (None, "stated") or plan.other_metrics:
        return False
    if not {"organ", "year", "value"} <= set(columns):
        return False
    i, y, v = columns.index("organ"), columns.index("year"), columns.index("value")
    stated = [r for r in rows if r[v] is not None]
    if len(stated) < 2 or len({(r[i], r[y]) for r in stated}) != 1:
        return False
    return len({r[v] for r in stated}) > 1


def which_report(question: str, plan: QueryPlan, rows: list, columns: list
                 ) -> tuple[str, QueryPlan, list[tuple[str, str]]]:
    """(the sentence, the plan marked ``which_report``, [(option label, question re-typed)])."""
    metric = metric_of(plan)
    i, y, v = columns.index("organ"), columns.index("year"), columns.index("value")
    s = columns.index("source") if "source" in columns else None
    stated = [r for r in rows if r[v] is not None]
    said = "、".join(_fmt(r[v], metric) + (f"（{Path(r[s]).name}）" if s is not None and r[s] else "")
                    for r in stated)
    text = (f"{stated[0][i]}{stated[0][y]}年有{len(stated)}份报告，{metric.label}各不相同：{said}。"
            "请问是哪一份？（两份都要请加“分别”）")
    plan = replace(plan, rules=plan.rules_plus("which_report"))
    return text, plan, [("两份分别列出", question.rstrip("？?") + "，分别列出")]
