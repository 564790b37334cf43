"""Aggregates for the overview charts, computed in SQL on effective values (no streamlit).

Every function returns a list of small dicts (one per bar), never the reports themselves:

- ``totals(db)``: reports, organs, years, failed checks, active corrections.
- ``requests_by_level_year(db)``: level, year, requests (sum of ``t3.new_received.total``),
  reports (how many state it).
- ``zero_share_by_county(db, limit)``: county, reports stating ``t3.new_received.total``,
  zero (of them 0), share (zero / reports); the counties with most reports first.
- ``results_breakdown(db)``: year, outcome (granted partial denied unavailable rejected
  other), count: the ``total`` column of table 3's result rows summed per group.
- ``failing_rules(db)``: rule, failed (reports whose own check is false), with the rule's
  family (``t3.balance.total`` -> ``t3.balance``) so 7 column checks show as one bar.
"""
from __future__ import annotations

OUTCOMES = {"granted": "予以公开", "partial": "部分公开", "denied": "不予公开",
            "unavailable": "无法提供", "rejected": "不予处理", "other": "其他处理"}


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def totals(db) -> dict:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "reports": one("SELECT count(*) FROM reports"),
        "organs": one("SELECT count(DISTINCT organ_id) FROM reports"),
        "years": one("SELECT count(DISTINCT year) FROM effective_reports WHERE year IS NOT NULL"),
        "failed_checks": one("SELECT count(*) FROM effective_checks WHERE ok = 0"),
        "reports_failing": one("SELECT count(DISTINCT report_id) FROM effective_checks WHERE ok = 0"),
        "corrections": one("SELECT count(*) FROM current_corrections"),
    }


def requests_by_level_year(db) -> list[dict]:
    return _dicts(db.execute(
        "SELECT coalesce(r.level, '未知') AS level, r.year, sum(m.t3_new_received_total) AS requests, "
        "count(m.t3_new_received_total) AS reports FROM effective_reports r "
        "JOIN effective_main_figures m ON m.report_id = r.report_id "
        "WHERE r.year IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1"))


def zero_share_by_county(db, limit: int = 30) -> list[dict]:
    return _dicts(db.execute(
        "SELECT coalesce(r.county, '未知') AS county, count(m.t3_new_received_total) AS reports, "
        "sum(m.t3_new_received_total = 0) AS zero, "
        "round(1.0 * sum(m.t3_new_received_total = 0) / count(m.t3_new_received_total), 3) AS share "
        "FROM effective_reports r JOIN effective_main_figures m ON m.report_id = r.report_id "
        "WHERE m.t3_new_received_total IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
        [limit]))


def results_breakdown(db) -> list[dict]:
    from extractor.checks import T3_OTHER_2019, T3_OTHER_2021, T3_RESULT_ROWS
    # the result rows' totals named one by one, so the figure index serves them (a LIKE
    # over every figure took 7.7 s at 100k reports, bench/RESULTS.md)
    keys = [f"t3.{r}.total" for r in T3_RESULT_ROWS + T3_OTHER_2019 + T3_OTHER_2021
            if r.split(".")[0] in OUTCOMES]
    case = " ".join(f"WHEN f.key LIKE 't3.{k}.%' THEN '{k}'" for k in OUTCOMES)
    return _dicts(db.execute(
        f"SELECT r.year, CASE {case} END AS outcome, sum(f.value) AS count "
        f"FROM effective_figures f JOIN effective_reports r ON r.report_id = f.report_id "
        f"WHERE f.key IN ({', '.join('?' * len(keys))}) AND r.year IS NOT NULL GROUP BY 1, 2 "
        f"HAVING outcome IS NOT NULL ORDER BY 1, 2", keys))


def failing_rules(db) -> list[dict]:
    rows = _dicts(db.execute(
        "SELECT rule, count(DISTINCT report_id) AS failed FROM effective_checks WHERE ok = 0 "
        "GROUP BY rule ORDER BY 2 DESC, 1"))
    for r in rows:
        parts = r["rule"].split(".")
        r["family"] = ".".join(parts[:2]) if len(parts) > 2 else r["rule"]
    return rows
