"""Run a plan's built query and make its answer: the aggregate or the groups said, or the rows
(organ, level, year, value, source) with the passages they came from and, for a figure stated in
a table or else in the prose, which of the two each row's value is."""
from __future__ import annotations

import json

from .passages import passages
from .queryplan import QueryPlan
from .result import Answer
from .say import metric_of, unnamed
from .sayrows import say_rows
from .saystats import say_aggregate, say_grouped
from .sqlbase import CONTACT_COLUMNS as CONTACT_COLUMNS_SQL
from .sqlbase import Query


def run(conn, question: str, plan: QueryPlan, q: Query) -> Answer:
    """Run a built query and say its answer: a total or groups said whole, rows with their
    sources and passages."""
    cur = conn.execute(q.sql, q.params)
    raw_cols = [d[0] for d in cur.description]
    raw = cur.fetchall()
    stats = {}
    if q.stats_sql:
        srow = conn.execute(q.stats_sql, q.params).fetchone()
        stats = dict(zip(("reports", "stated", "matched", "organs"), srow))
    if q.stats_in_row:   # one pass: the aggregate's row ends with the stats
        stats = dict(zip(("reports", "stated", "matched", "organs"), raw[0][4:8]))
        if plan.also_aggs:   # 中位数和平均数: each statistic asked, after the stats
            stats["also"] = dict(zip((plan.agg, *plan.also_aggs), raw[0][8:]))
        raw = [raw[0][:4]]
    a = Answer(question=question, text="", understood=True, sql=q.sql, params=q.params,
               plan=plan, stats=stats)
    if q.shape == "grouped":
        say_grouped(a, plan, raw)
        if plan.inventory and plan.organ_ids and plan.kind == "reports":
            _inventory_reports(conn, question, plan, a)
    elif q.shape == "aggregate":
        say_aggregate(a, plan, raw[0])
    else:
        _rows(conn, a, plan, raw_cols, raw)
    return a


def _inventory_reports(conn, question: str, plan: QueryPlan, a: Answer) -> None:
    """湄潭县政府的年报有哪几年的: the years held of named organs, and their reports (few: an organ's
    own), each said with its year."""
    from dataclasses import replace

    from .sql import build
    every = replace(plan, inventory=None, group_by=None, listing=True, agg=None)
    listed = run(conn, question, every, build(every))
    a.reports, a.report_ids = listed.reports, listed.report_ids
    if listed.rows and len(listed.rows) <= 10:
        a.text += "报告：" + "、".join(f"{r[0]}（{r[2]}年）" for r in listed.rows) + "。"


def _rows(conn, a: Answer, plan: QueryPlan, cols: list[str], raw: list) -> None:
    metric = metric_of(plan)
    ix = {c: i for i, c in enumerate(cols)}
    out_cols = ["organ", "level", "year", "value", "source"]
    if "prev" in ix:
        out_cols = ["organ", "level", "year", "value", "prev", "source"]
    items = plan.kind == "text" and "kind" in ix   # not 没有写改进措施: reports
    if items:
        out_cols = ["organ", "level", "year", "kind", "text", "source"]
    if plan.kind == "fact" and "fact_kind" in ix:   # 谁负责 哪个科室: which fact each row is
        out_cols = ["organ", "level", "year", "kind", "value", "source"]
    fields = plan.contact_fields if plan.kind == "contact" else ()
    if len(fields) > 1:   # 地址和电话: a column per field, value stays empty
        out_cols = ["organ", "level", "year", *fields, "source"]
    a.columns = out_cols
    for r in raw:
        row = {"organ": r[ix["organ_name"]] or unnamed(r[ix["source_path"]]),
               "level": r[ix["level"]], "year": r[ix["year"]], "source": r[ix["source_path"]]}
        if items:
            row.update(kind=r[ix["kind"]], text=r[ix["text"]])
        elif len(fields) > 1:
            for f in fields:
                v = r[ix["c_" + CONTACT_COLUMNS_SQL[f]]]
                row[f] = "、".join(json.loads(v)) if f == "phones" and v else (v or None)
        else:
            v = r[ix["value"]]
            if plan.kind == "contact" and plan.contact_field == "phones" and v:
                v = "、".join(json.loads(v))
            if isinstance(v, float) and v.is_integer() and not (metric and metric.is_ratio):
                v = int(v)
            row["value"] = v
        if "fact_kind" in ix:
            row["kind"] = r[ix["fact_kind"]]
        if "prev" in ix:
            row["prev"] = r[ix["prev"]]
        a.rows.append([row[c] for c in out_cols])
        a.report_ids.append(r[ix["report_id"]])
    a.reports = list(dict.fromkeys(r[ix["source_path"]] for r in raw))
    a.passages = passages(conn, plan, cols, raw)
    a.sources = _sources(conn, plan, a.report_ids)
    say_rows(a, plan, metric)


def _sources(conn, plan: QueryPlan, report_ids: list[int]) -> list[str | None]:
    """Where each report's value of a table-else-prose figure came from: the store's one
    definition (``store.derived.source_sql``, as Browse and Overview show it)."""
    from store import derived
    if plan.kind != "figure" or not report_ids or plan.other_metrics or \
            plan.metric not in derived.registry() or not derived.get(plan.metric).fallback:
        return []
    marks = ", ".join("?" * len(report_ids))
    got = dict(conn.execute(f"SELECT m.report_id, {derived.source_sql(plan.metric)} "
                            f"FROM effective_main_figures m WHERE m.report_id IN ({marks})",
                            report_ids).fetchall())
    return [got.get(r) for r in report_ids]
