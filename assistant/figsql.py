"""The SQL of figure questions: a metric's value per report (from the narrow
``effective_main_figures`` where it can, else grouped ``effective_figures``), compared,
ranked, summed or averaged, grouped, or against the organ's year before."""
from __future__ import annotations

from dataclasses import replace

from store.schema import MAIN_FIGURES, RATES, T3_GROUPS, column

from . import vocab
from .queryplan import QueryPlan
from .sqlbase import OPS, Params, group_key, PlanError, Query, grouped, report_filters, shown, where

def value_sql(metric_id: str, P: Params) -> tuple[str, str]:
    """(CTE selecting report_id + the metric's parts per report, value expression over it).

    A metric whose keys are all store main figures reads the wide ``effective_main_figures``
    (one row per report, no grouping: several times faster on 100k reports); any other
    groups ``effective_figures`` by report."""
    m = vocab.metric(metric_id)
    parts = [("k", m.keys), ("d", m.den), ("f", m.fallback)]
    if not m.any_part and all(k in MAIN_FIGURES for k in m.all_keys()):
        cols = []
        for tag, keys in parts:
            if keys:
                names = [column(k) for k in keys]
                cols.append(" + ".join(names) + f" AS {tag}_sum, "
                            + " + ".join(f"({n} IS NOT NULL)" for n in names) + f" AS {tag}_n")
        cte = f"v AS (SELECT report_id, {', '.join(cols)} FROM effective_main_figures)"
        return cte, _value_expr(m)
    cols, allk = [], []
    for tag, keys in parts:
        if not keys:
            continue
        marks = P.many("key", keys)
        allk.extend(keys)
        cols.append(f"sum(CASE WHEN key IN ({marks}) THEN value END) AS {tag}_sum, "
                    f"count(CASE WHEN key IN ({marks}) THEN 1 END) AS {tag}_n")
    allmarks = P.many("key", list(dict.fromkeys(allk)))
    cte = (f"v AS (SELECT report_id, {', '.join(cols)}\n"
           f"  FROM effective_figures WHERE key IN ({allmarks}) GROUP BY report_id)")
    return cte, _value_expr(m)


def main_value(metric_id: str) -> str | None:
    """The metric as an expression over one ``effective_main_figures m`` row (its main
    figures, rates and table 3 group totals), or None when it needs other figures."""
    m = vocab.metric(metric_id)
    if m.is_ratio:
        return f"m.{m.id}" if RATES.get(m.id) == (m.keys, m.den) and not m.fallback else None
    if m.any_part:
        col = next((c for c, keys in T3_GROUPS.items() if keys == m.keys), None)
        return f"m.{col}" if col and not m.fallback else None
    if not all(k in MAIN_FIGURES for k in m.all_keys()):
        return None
    total = lambda keys: "(" + " + ".join(f"m.{column(k)}" for k in keys) + ")"  # noqa: E731
    # a sum is NULL unless every key is stated
    return f"coalesce({total(m.keys)}, {total(m.fallback)})" if m.fallback else total(m.keys)


def figure_base(plan: QueryPlan, P: Params) -> str:
    """``WITH … base AS (report_id, organ_id, organ_name, level, county, year, value)``: the
    plan's metric for every report in scope, read from the store's one narrow row per report
    (``effective_main_figures``, which also carries the scope columns) when it keeps the
    metric there, else grouped from ``effective_figures``."""
    expr = main_value(plan.metric)
    more = [main_value(m) for m in plan.other_metrics]   # 行政复议和行政诉讼都为零
    more += [main_value(m) for m, _, _ in plan.metric_conds]   # … 收到过申请: c1, c2 …
    if None in more:
        raise PlanError("figures asked together must each be kept per report")
    if expr is not None:
        n = len(plan.other_metrics)
        extra = "".join(f", {e} AS v{i}" for i, e in enumerate(more[:n], 1)) \
            + "".join(f", {e} AS c{i}" for i, e in enumerate(more[n:], 1))
        return (f"WITH base AS (SELECT m.report_id, m.organ_id, m.organ_name, m.level, m.county, "
                f"m.year, {expr} AS value{extra}, m.province, m.city\n  FROM effective_main_figures m\n"
                f"  {where(report_filters(plan, P, 'm'))})\n")
    if more:
        raise PlanError("figures asked together must each be kept per report")
    cte, expr = value_sql(plan.metric, P)
    join = "JOIN" if "effective_main_figures" in cte else "LEFT JOIN"
    return (f"WITH {cte},\nbase AS (SELECT r.report_id, r.organ_id, r.organ_name, r.level, "
            f"r.county, r.year, {expr} AS value, r.province, r.city\n"
            f"  FROM effective_reports r {join} v ON v.report_id = r.report_id\n"
            f"  {where(report_filters(plan, P))})\n")


def _value_expr(m) -> str:
    nk = len(m.keys)
    if m.any_part:   # rows of one table group: the sum of those stated (one stated at least)
        return "CASE WHEN v.k_n > 0 THEN v.k_sum END"
    if m.is_ratio:
        expr = (f"CASE WHEN v.k_n = {nk} AND v.d_n = {len(m.den)} AND v.d_sum <> 0 "
                f"THEN 1.0 * v.k_sum / v.d_sum END")
    elif m.fallback:
        expr = (f"CASE WHEN v.k_n = {nk} THEN v.k_sum "
                f"WHEN v.f_n = {len(m.fallback)} THEN v.f_sum END")
    else:
        expr = f"CASE WHEN v.k_n = {nk} THEN v.k_sum END"
    return expr


def _cond(plan: QueryPlan, P: Params, col: str = "value") -> str:
    if plan.op == "stated" or plan.op is None:
        return f"{col} IS NOT NULL"
    if plan.op == "blank":   # 未填报收到申请数: the reports that left the figure blank
        return f"{col} IS NULL"
    if plan.vs_mean:   # 超过平均值: the mean over the reports in scope
        return f"{col} {OPS[plan.op]} (SELECT avg(value) FROM base)"
    if plan.op == "between":   # 在10件到100件之间, both ends included
        return f"{col} BETWEEN {P.add('n', plan.threshold)} AND {P.add('n', plan.threshold2)}"
    return f"{col} {OPS[plan.op]} {P.add('n', plan.threshold)}"


def median_sql(cond: str) -> str:
    """The median of ``value`` over the ``base`` rows meeting ``cond`` (rule median): the middle
    value, or the mean of the two middle ones for an even count, sorted in SQL in one pass over
    the rows (as a ranking is); NULL when no row meets it."""
    return (f"(SELECT avg(value) FROM (SELECT value, row_number() OVER (ORDER BY value) AS rn, "
            f"count(*) OVER () AS cnt FROM base WHERE {cond}) WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2))")


def stat_sql(agg: str, cond: str) -> str:
    """One statistic of ``value`` over the ``base`` rows meeting ``cond``."""
    if agg == "median":
        return median_sql(cond)
    return f"{agg}(CASE WHEN {cond} THEN value END)"


def figure_query(plan: QueryPlan, limit: int) -> Query:
    if not plan.metric:
        raise PlanError("a figure question needs a metric")
    if plan.yoy:
        return yoy_query(plan, limit)
    P = Params()
    base = figure_base(plan, P)
    cols = ["value"] + [f"v{i}" for i in range(1, len(plan.other_metrics) + 1)]
    joiner = " OR " if plan.any_metric else " AND "   # 或: any figure asked; else every one
    cond = "(" + joiner.join(_cond(plan, P, c) for c in cols) + ")"
    stated = "(" + joiner.join(f"{c} IS NOT NULL" for c in cols) + ")"
    for i, (_, op, thr) in enumerate(plan.metric_conds, 1):   # 收到过申请、但复议…都是0
        cond = f"({cond} AND c{i} {OPS[op]} {P.add('n', thr)})"
        stated = f"({stated} AND c{i} IS NOT NULL)"
    if plan.vs_metric:   # 微信发布的条数比主动公开总数还多: one figure against the other, both stated
        stated = "(value IS NOT NULL AND v1 IS NOT NULL)"
        cond = f"({stated[1:-1]} AND value {OPS[plan.op]} v1)"
    counts = (f"count(*) AS reports, count(CASE WHEN {stated} THEN 1 END) AS stated, "
              f"count(CASE WHEN {cond} THEN 1 END) AS matched, "
              f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) AS organs")
    stats = base + f"SELECT {counts} FROM base"
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    sel = "SELECT report_id, organ_name, level, county, year, value FROM base"
    if plan.group_by == "template":
        raise PlanError("figures are not grouped by template (effective_main_figures has none)")
    if plan.group_by and plan.also_aggs:   # never one statistic of two said per group in silence
        raise PlanError("several statistics per group: one at a time")
    if plan.group_by and plan.agg == "median":   # 按年份的中位数: each group's middle value
        g = group_key(plan, P)
        ranked = (base.rstrip("\n") + f",\nranked AS (SELECT *, row_number() OVER (PARTITION BY {g} "
                  f"ORDER BY value) AS rn, count(*) OVER (PARTITION BY {g}) AS cnt "
                  f"FROM base WHERE {cond})\n")
        return grouped(ranked, plan.group_by, P, stats,
                       "sum(value) AS total, avg(CASE WHEN rn IN ((cnt + 1) / 2, (cnt + 2) / 2) "
                       "THEN value END) AS mean, min(value) AS lo, max(value) AS hi", "1", "ranked", g)
    if plan.group_by:
        return grouped(base, plan.group_by, P, stats,
                       "sum(value) AS total, avg(value) AS mean, min(value) AS lo, max(value) AS hi",
                       cond, key=group_key(plan, P))
    if plan.agg in ("max", "min") and not plan.also_aggs:
        fn = plan.agg
        order = "organ_name, year, report_id"
        sql = base + shown(f"{sel}\nWHERE value = (SELECT {fn}(value) FROM base WHERE {cond})\n"
                           f"ORDER BY {order} LIMIT {P.add('limit', limit)}", order)
        return Query(sql, dict(P), stats, "rows", cols)
    if plan.agg in ("avg", "median", "sum", "count") or plan.also_aggs:
        # one pass over the reports, the stats included (and each statistic asked besides:
        # 中位数和平均数, after the stats)
        mean = median_sql(cond) if plan.agg == "median" else f"avg(CASE WHEN {cond} THEN value END)"
        more = "".join(f", {stat_sql(a, cond)} AS s_{a}" for a in (plan.agg, *plan.also_aggs)
                       if plan.also_aggs)
        sql = base + (f"SELECT count(CASE WHEN {cond} THEN 1 END) AS reports, "
                      f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) AS organs, "
                      f"sum(CASE WHEN {cond} THEN value END) AS total, "
                      f"{mean} AS mean,\n  {counts}{more} FROM base")
        return Query(sql, dict(P), None, "aggregate", ("reports", "organs", "total", "mean"),
                     stats_in_row=True)
    if plan.top:
        # 前3个: the first 3, and any tied with the third (never one of two equals dropped)
        asc = plan.order == "asc"
        order = f"value {'ASC' if asc else 'DESC'}, organ_name, year, report_id"
        edge = (f"coalesce((SELECT value FROM base WHERE {cond} ORDER BY value "
                f"{'ASC' if asc else 'DESC'} LIMIT 1 OFFSET {P.add('n', plan.top - 1)}), "
                f"(SELECT {'max' if asc else 'min'}(value) FROM base WHERE {cond}))")
        sql = base + shown(f"{sel}\nWHERE {cond} AND value {'<=' if asc else '>='} {edge}\n"
                           f"ORDER BY {order} LIMIT {P.add('limit', limit)}", order)
        return Query(sql, dict(P), stats, "rows", cols)
    order = "year DESC, value DESC, organ_name, report_id"
    sql = base + shown(f"{sel}\nWHERE {cond}\nORDER BY {order} LIMIT {P.add('limit', limit)}",
                       order)
    return Query(sql, dict(P), stats, "rows", cols)


_YOY = {"up": ">", "down": "<", "change": "<>"}


def yoy_query(plan: QueryPlan, limit: int) -> Query:
    """同比 / 比上年: each report beside the same organ's report of the year before (the
    plan's years filter this year only); the condition is on the change."""
    P = Params()
    base = figure_base(replace(plan, years=()), P)   # every year: the year before is needed
    years = f"b.year IN ({P.many('year', plan.years)})" if plan.years else "1"
    base += (f", scope AS (SELECT * FROM base b WHERE {years}),\n"
             f"pairs AS (SELECT b.*, p.value AS prev FROM scope b JOIN base p "
             f"ON p.organ_id = b.organ_id AND p.year = b.year - 1 "
             f"WHERE b.value IS NOT NULL AND p.value IS NOT NULL)\n")
    cond = f"value {_YOY[plan.yoy]} prev"
    stats = base + (f"SELECT (SELECT count(*) FROM scope), count(*), "
                    f"count(CASE WHEN {cond} THEN 1 END), "
                    f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) FROM pairs")
    order = "abs(value - prev) DESC, organ_name, year, report_id"
    rows = f"SELECT * FROM pairs WHERE {cond} ORDER BY {order} LIMIT {P.add('limit', limit)}"
    sql = base + (f"SELECT b.report_id, b.organ_name, b.level, b.county, b.year, b.value, "
                  f"r.source_path, b.prev\nFROM ({rows}) b\n"
                  f"JOIN effective_reports r ON r.report_id = b.report_id\n"
                  f"ORDER BY abs(b.value - b.prev) DESC, b.organ_name, b.year, b.report_id")
    return Query(sql, dict(P), stats, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", "source_path",
                  "prev"))
