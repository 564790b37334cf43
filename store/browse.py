"""Paginated, filtered reading of the store for the app (no streamlit here).

``Filters(level, region, year, template, status, text)`` selects reports on their
effective values; every query below takes one and runs in SQL with ``LIMIT``/``OFFSET``,
so a page of 50 costs the same on 100 reports or 100,000:

- ``options(db)``: the values each filter can take (levels, regions, years, templates).
- ``count_reports`` / ``list_reports(db, f, limit, offset)``: one row per report with the
  main figures (``schema.MAIN_FIGURES``) and the count of failed checks.
- ``count_statements`` / ``list_statements(db, f, kinds, query, limit, offset)``: the
  problem and remedy statements (section 五) of the selected reports, one row each, ordered
  by organ so a reviewer reads every township's problems side by side.
- ``write_csv(db, f, fh)``: the current view as CSV with Chinese headers (the caller opens
  the file or buffer; write a BOM first for Excel).
- ``list_reports`` rows carry ``requests`` / ``requests_source``: 收到申请数 by its one
  definition (``store.derived``: table 3, else the prose) and which it came from.
- ``version(path)``: changes whenever the database file (or its WAL) changes; a cache key.
- ``open_store(path, examples)``: connect, and when the store holds no report yet, ingest
  every file under ``examples`` so a new user sees something real at once.

Status values: ``failed`` (a check of its own is false), ``passed`` (checks assessed, none
false), ``unchecked`` (no check could be assessed). ``text`` matches the organ name, short
name, county or file name, or (3+ characters) the report text through the FTS index.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import derived, places
from . import labels as L
from .schema import MAIN_FIGURES, column, connect

STATUSES = {"failed": "有未通过的校验", "passed": "校验全部通过", "unchecked": "无可校验数据"}
# Chinese labels from the registries (store.labels): levels, the main figures' headers
LEVELS = {k: L.level(k) for k in L.keys_of("level")}
MAIN_LABELS = {k: L.figure(k) for k in MAIN_FIGURES}
KIND_LABELS = {k: L.fact_kind(k) for k in ("problem", "remedy")}


@dataclass(frozen=True)
class Filters:
    level: str | None = None
    region: str | None = None
    year: int | None = None
    template: str | None = None
    status: str | None = None
    text: str | None = None


def version(path: str | Path) -> tuple:
    """A value that changes whenever the database (or its write-ahead log) changes."""
    out = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def open_store(path: str | Path, examples: str | Path | None = None):
    """Connect; when the store is empty, ingest the bundled example reports (if any)."""
    from .ingest import ingest

    db = connect(path)
    if examples and Path(examples).is_dir() and not db.execute(
            "SELECT 1 FROM reports LIMIT 1").fetchone():
        files = sorted(p for p in Path(examples).rglob("*") if p.is_file())
        if files:
            ingest(db, files)
    return db


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(f: Filters, db=None) -> tuple[str, list]:
    """The SQL condition on ``effective_reports r`` that ``f`` selects, and its arguments (with
    ``db``, a region also finds the reports stating only a place inside it: ``places.inside``)."""
    conds, args = ["1"], []
    if f.level:
        if f.level not in LEVELS:
            raise ValueError(f"unknown level '{f.level}'; valid: {', '.join(LEVELS)}")
        conds.append("r.level = ?")
        args.append(f.level)
    if f.region:
        cond, args_ = "? IN (r.county, r.city, r.province)", [f.region]
        for col, vals in sorted((places.inside(db, f.region) if db is not None else {}).items()):
            cond += f" OR r.{col} IN ({', '.join('?' * len(vals))})"
            args_ += list(vals)
        conds.append(f"({cond})")
        args += args_
    if f.year:
        conds.append("r.year = ?")
        args.append(int(f.year))
    if f.template:
        conds.append("r.template = ?")
        args.append(f.template)
    if f.status:
        # the failing reports from the failed rows (few, through the (ok, rule) index)
        failed = "r.report_id IN (SELECT c.report_id FROM effective_checks c WHERE c.ok = 0)"
        assessed = ("EXISTS (SELECT 1 FROM effective_checks c WHERE c.report_id = r.report_id "
                    "AND c.ok IS NOT NULL)")
        if f.status == "failed":
            conds.append(failed)
        elif f.status == "passed":
            conds.append(f"{assessed} AND NOT {failed}")
        elif f.status == "unchecked":
            conds.append(f"NOT {assessed}")
        else:
            raise ValueError(f"unknown status '{f.status}'; valid: {', '.join(STATUSES)}")
    q = (f.text or "").strip()
    if q:
        like = _like(q)
        alts = ["r.organ_name LIKE ? ESCAPE '\\'", "r.short_name LIKE ? ESCAPE '\\'",
                "r.county LIKE ? ESCAPE '\\'", "r.source_path LIKE ? ESCAPE '\\'"]
        args += [like] * 4
        if len(q) >= 3:
            alts.append("r.report_id IN (SELECT d.report_id FROM docs_fts JOIN docs d "
                        "ON d.id = docs_fts.rowid WHERE docs_fts MATCH ? AND d.kind = 'text')")
            args.append('"' + q.replace('"', '""') + '"')
        conds.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(conds), args


def options(db) -> dict:
    """The values each filter can take, from the store."""
    def distinct(sql):
        return [r[0] for r in db.execute(sql) if r[0] is not None]
    # each column's distinct values from its index (a UNION of the three sorted them all)
    regions = {v for col in ("county", "city", "province")
               for v in distinct(f"SELECT DISTINCT {col} FROM effective_reports")}
    regions |= {val for _col, val in places.areas(places.organ_places(db))}   # 浙江省 of 滨江区
    return {
        "levels": distinct("SELECT DISTINCT level FROM effective_reports ORDER BY level"),
        "regions": sorted(regions),
        "years": distinct("SELECT DISTINCT year FROM effective_reports ORDER BY year DESC"),
        "templates": distinct("SELECT DISTINCT template FROM effective_reports ORDER BY template"),
    }


_FAILED = ("(SELECT count(*) FROM effective_checks c WHERE c.report_id = r.report_id "
           "AND c.ok = 0)")


def report_columns() -> list[str]:
    return ["report_id", "organ_name", "level", "county", "year", "template", "requests",
            "requests_source", *[column(k) for k in MAIN_FIGURES], "failed_checks", "source_path"]


def _reports_sql(db, f: Filters) -> tuple[str, list]:
    cond, args = where(f, db)
    figs = ", ".join(f"m.{column(k)}" for k in MAIN_FIGURES)
    req = derived.REQUESTS
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, r.template, "
           f"{derived.value_sql(req)}, {derived.source_sql(req)}, {figs}, "
           f"{_FAILED} AS failed_checks, r.source_path FROM effective_reports r "
           f"LEFT JOIN effective_main_figures m ON m.report_id = r.report_id WHERE {cond} "
           f"ORDER BY r.county IS NULL, r.county, r.organ_name IS NULL, r.organ_name, r.year, "
           f"r.report_id")
    return sql, args


def count_reports(db, f: Filters = Filters()) -> int:
    cond, args = where(f, db)
    return db.execute(f"SELECT count(*) FROM effective_reports r WHERE {cond}", args).fetchone()[0]


def list_reports(db, f: Filters = Filters(), *, limit: int = 50, offset: int = 0) -> list[dict]:
    sql, args = _reports_sql(db, f)
    cols = report_columns()
    return [dict(zip(cols, row))
            for row in db.execute(sql + " LIMIT ? OFFSET ?", [*args, limit, offset])]


def write_csv(db, f: Filters, fh: TextIO) -> int:
    """Every report of the view as CSV with Chinese headers (``export.report_rows``)."""
    from .export import export_csv
    sql, args = _reports_sql(db, f)
    return export_csv(db, fh, [row[0] for row in db.execute(sql, args)])


def _statements_sql(db, f: Filters, kinds, query: str | None, *,
                    listing: bool = False) -> tuple[str, list]:
    cond, args = where(f, db)
    kinds = tuple(kinds)
    bad = [k for k in kinds if k not in KIND_LABELS]
    if bad:
        raise ValueError(f"unknown kind '{bad[0]}'; valid: {', '.join(KIND_LABELS)}")
    query = (query or "").strip()
    join = "FROM effective_facts x JOIN effective_reports r ON r.report_id = x.report_id"
    if cond == "1" and not listing:   # every report: the statements alone
        join = "FROM effective_facts x"
    elif cond == "1" and not query:
        # every statement: walk the reports in the order shown (an index of the store) and
        # stop at the page, instead of sorting 600,000 statements (CROSS JOIN: that loop
        # stays outside)
        join = "FROM effective_reports r CROSS JOIN effective_facts x ON x.report_id = r.report_id"
    sql = f"{join} WHERE {cond} AND x.kind IN ({', '.join('?' * len(kinds))})"
    args += list(kinds)
    if query:
        sql += " AND (x.text LIKE ? ESCAPE '\\' OR x.value LIKE ? ESCAPE '\\')"
        args += [_like(query)] * 2
    return sql, args


def count_statements(db, f: Filters = Filters(), kinds=("problem", "remedy"),
                     query: str | None = None) -> int:
    sql, args = _statements_sql(db, f, kinds, query)
    return db.execute("SELECT count(*) " + sql, args).fetchone()[0]


def list_statements(db, f: Filters = Filters(), kinds=("problem", "remedy"),
                    query: str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict]:
    sql, args = _statements_sql(db, f, kinds, query, listing=True)
    cols = ["report_id", "organ_name", "county", "year", "kind", "text"]
    sql = ("SELECT r.report_id, r.organ_name, r.county, r.year, x.kind, x.text " + sql +
           " ORDER BY r.county IS NULL, r.county, r.organ_name, r.year, x.kind, x.seq "
           "LIMIT ? OFFSET ?")
    return [dict(zip(cols, row)) for row in db.execute(sql, [*args, limit, offset])]
