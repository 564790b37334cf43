"""One organ's figure asked as one number, with no year, when the store holds its reports of
several years stating different values (安庆市财政局收到多少申请: 2019年15件、2020年5件): the
year is asked, each year's value said, never one picked nor the years answered as if one
number were asked. The answer is understood (its reading is clear), so a follow-up naming a
year (2019年的) answers it (``followup.follow_up``, rule ``which_year``).

``own_years``: a follow-up naming one organ and no year (永兴镇呢) keeps the year before; the
organ with no report of it is answered with its own years, the missing year said first (rule
``year_not_held``)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .queryplan import QueryPlan, years_text
from .say import _fmt, metric_of

if TYPE_CHECKING:
    from .result import Answer


def several_years(plan: QueryPlan, rows: list, columns: list) -> bool:
    if plan.kind != "figure" or plan.years or plan.excluded_years or plan.report_ids \
            or plan.agg or plan.top or plan.group_by or plan.yoy or plan.listing \
            or plan.op not in (None, "stated") or plan.other_metrics:
        return False
    if len(rows) < 2 or "value" not in columns:
        return False
    if len(set(plan.organ_ids)) != 1 and len(_own(rows)) != 1:
        return False   # (湄潭县人民政府 and its 办公室 reporting for it: one government's years; 乌恰县那份
        # 报告: the place's one organ's years)
    years = [r[2] for r in rows]
    values = {r[3] for r in rows if r[3] is not None}
    # (宁海路街道办那份报告: 2025's and two of 2021: each report said, its year an option)
    return None not in years and len(set(years)) > 1 and len(values) > 1


def _own(rows: list) -> set:
    """The organs of rows (organ, level, …), a government's own office (湄潭县人民政府办公室 at
    the county's level) as its government."""
    from .names import government_reported
    return {government_reported(r[0], r[1]) or r[0] for r in rows}


def which_year(plan: QueryPlan, rows: list) -> tuple[str, QueryPlan, list[tuple[str, int]]]:
    """(the sentence, the plan marked ``which_year``, [(option label, year)])."""
    metric = metric_of(plan)
    rows = sorted(rows, key=lambda r: r[2])
    said = "、".join(f"{r[2]}年{_fmt(r[3], metric)}" for r in rows)
    own = _own(rows) if len({r[0] for r in rows}) > 1 else set()   # (the office alone: its name)
    years = sorted({r[2] for r in rows})
    count = f"{len(rows)}个年度的报告" if len(years) == len(rows) else f"{len(years)}个年度的{len(rows)}份报告"
    differ = "各年不同" if len(years) == len(rows) else "各不相同"
    text = (f"{own.pop() if len(own) == 1 else rows[0][0]}有{count}，{metric.label}{differ}：{said}。"
            "请问问的是哪一年？")
    plan = replace(plan, rules=plan.rules_plus("which_year"))
    return text, plan, [(f"{y}年（{'、'.join(_fmt(r[3], metric) for r in rows if r[2] == y)}）", y) for y in years]


def year_or_template(question: str, plan: QueryPlan, organs, context, run) -> Answer:
    """2019的报告有几份: a bare 2019 / 2021 (``QueryPlan.year_or_template``) is the report year or
    the table template of that year; both readings are answered and asked back, never one
    picked, each an option to choose. ``run(q2)`` answers a question (its text without the
    reading)."""
    from .result import Answer
    from .plan import parse
    from .planyears import BARE_YEAR
    from .reading import items_of

    def option(label, q2):
        return {"label": label, "question": q2, "reading": items_of(parse(q2, organs, context))}
    y = plan.years[0]
    readings = [(f"{y}年度的报告", f"{y}年"), (f"{y}版表格模板", f"{y}版")]
    said, options = [], []
    for label, word in readings:
        q2 = BARE_YEAR.sub(word, question, count=1)
        said.append(f"按{label}：{run(q2).text}")
        options.append(option(label, q2))
    text = (f"“{y}”可以指{readings[0][0]}，也可以指{readings[1][0]}，请问是哪一个？\n"
            + "\n".join(said))
    plan = replace(plan, rules=plan.rules_plus("year_or_template"))
    return Answer(question=question, understood=True, plan=plan, text=text, options=options)


def own_years(question: str, plan: QueryPlan, run):
    """The answer over the organ's own years (``run(plan)`` answers a plan) when ``question``
    names one organ and no year, its year kept from the question before and held by no report
    of the organ; None otherwise (the gap is said as it is)."""
    if not (plan.followup and plan.years and len(plan.organ_names) == 1
            and plan.kind in ("figure", "contact", "fact") and not re.search(r"\d|年", question)):
        return None
    b = run(replace(plan, years=(), rules=plan.rules_plus("year_not_held")))
    if not (b.rows or b.value is not None or b.options):
        return None
    b.plan.notes = (*b.plan.notes, f"{plan.organ_names[0]}没有{years_text(plan.years)}年的报告，按它其他年度的报告回答")
    return b
