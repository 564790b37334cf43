"""Aggregates for the overview charts, computed in SQL on effective values (no streamlit).

The per-report figures come from ``effective_main_figures`` (one narrow row per report with
its level, county, year, main figures and table 3's group totals), so each chart is one
scan of 100,000 small rows, not a grouping of millions of figures (bench/RESULTS.md).

Every function returns a list of small dicts (one per bar), never the reports themselves:

- ``totals(db)``: reports, organs, years, failed checks, active corrections.
- ``requests_by_level_year(db)``: level, year, requests (the sum of 收到申请数 by its one
  definition, ``store.derived``: table 3, else the prose), reports (how many state it),
  from_table / from_prose (how many of them from each).
- ``zero_share_by_county(db, limit)``: county, reports stating 收到申请数 (same definition),
  zero (of them 0), share (zero / reports); the counties with most reports first.
- ``results_breakdown(db)``: year, outcome (granted partial denied unavailable rejected
  other), count: the ``total`` column of table 3's result rows summed per group.
- ``failing_rules(db)``: rule, failed (reports whose own check is false), with the rule's
  family in Chinese (``store.labels.check_family``) so 7 column checks show as one bar.
- ``failing_families(db)``: family, reports: the number of distinct reports failing any
  rule of the family (one report failing 7 column checks counts once).
"""
from __future__ import annotations

from . import derived
from . import labels as L

_REQ = derived.value_sql(derived.REQUESTS)
_SRC = derived.source_sql(derived.REQUESTS)

OUTCOMES = {"granted": "予以公开", "partial": "部分公开", "denied": "不予公开",
            "unavailable": "无法提供", "rejected": "不予处理", "other": "其他处理"}
# outcome -> its total per report in effective_main_figures (schema.T3_GROUPS for the groups)
_OUTCOME_COLUMNS = {o: f"t3_{o}_total" for o in OUTCOMES}


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
        f"SELECT level, year, sum({_REQ}) AS requests, count({_REQ}) AS reports, "
        f"sum({_SRC} = 'table') AS from_table, sum({_SRC} = 'prose') AS from_prose "
        "FROM effective_main_figures m WHERE year IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1"))


def zero_share_by_county(db, limit: int = 30) -> list[dict]:
    return _dicts(db.execute(
        f"SELECT coalesce(county, '{L.NOT_STATED}') AS county, count({_REQ}) AS reports, "
        f"sum({_REQ} = 0) AS zero, round(1.0 * sum({_REQ} = 0) / count({_REQ}), 3) AS share "
        f"FROM effective_main_figures m WHERE {_REQ} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 "
        "LIMIT ?", [limit]))


def results_breakdown(db) -> list[dict]:
    # each outcome's total kept per report (a grouping of every table 3 figure took 7.7 s at
    # 100k reports); an outcome no report of a year states has no bar that year
    cols = ", ".join(f"sum({c}), count({c})" for c in _OUTCOME_COLUMNS.values())
    out = []
    for year, *v in db.execute(f"SELECT year, {cols} FROM effective_main_figures "
                                f"WHERE year IS NOT NULL GROUP BY year ORDER BY year"):
        for outcome, total, stated in sorted(zip(OUTCOMES, v[0::2], v[1::2])):
            if stated:
                out.append({"year": year, "outcome": outcome, "count": total})
    return out


def failing_rules(db) -> list[dict]:
    rows = _dicts(db.execute(
        "SELECT rule, count(DISTINCT report_id) AS failed FROM effective_checks WHERE ok = 0 "
        "GROUP BY rule ORDER BY 2 DESC, 1"))
    for r in rows:
        r["family"] = L.check_family(r["rule"])
    return rows


def failing_families(db) -> list[dict]:
    reports: dict[str, set] = {}
    for rule, rid in db.execute("SELECT DISTINCT rule, report_id FROM effective_checks WHERE ok = 0"):
        reports.setdefault(L.check_family(rule), set()).add(rid)
    return sorted(({"family": f, "reports": len(ids)} for f, ids in reports.items()),
                  key=lambda d: (-d["reports"], d["family"]))
