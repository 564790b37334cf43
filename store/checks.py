"""Checks in the store: each report's own (``effective_checks``), the cross-year ones,
duplicates, and reviewers' verdicts on them.

Cross-year rules (computed in SQL on effective values, for each organ's report of year Y
beside its report of year Y-1):

- ``x.t3.carry.<col>`` for every table-3 column: last year's ``t3.carried_forward.<col>``
  = this year's ``t3.carried_over.<col>`` (hard).
- ``x.t2.in_force.<rules|normative>`` (2021 format): last year's ``t2.<t>.in_force`` +
  this year's ``made`` - ``repealed`` = this year's ``in_force`` (soft: a table 2 often
  counts documents the organ does not own).

A rule is listed when at least one of its figures is stated; ``ok`` is NULL when one
is missing. ``store.duplicate``: two reports of one organ for the same year (never merged;
a reviewer corrects the organ or year of the wrong one, or dismisses the finding).

Verdicts: ``set_verdict(db, report_id, rule, 'confirmed'|'dismissed', comment)`` inserts a
row into ``check_verdicts``; the latest per (report, rule) counts. Report ids survive
re-ingest, so verdicts do too. ``list_checks(db)`` gives every failed check with its
verdict: dicts with report_id, organ_name, year, source_path, rule, ok, severity,
expected, found, message, kind ('report' | 'cross_year' | 'duplicate'), other_report_id,
verdict, comment, verdict_by, verdict_at.
"""
from __future__ import annotations

from .corrections import T3_COLS, default_by
from .errors import StoreError
from .organs import now
from .schema import write

VERDICTS = ("confirmed", "dismissed")

_PAIRS = """SELECT cur.report_id, prev.report_id FROM effective_reports cur
    JOIN effective_reports prev ON prev.organ_id = cur.organ_id AND prev.year = cur.year - 1"""
_CARRY = "上年结转下年度继续办理({}) = 本年上年结转政府信息公开申请数量"
_IN_FORCE = "上年现行有效件数 + 本年制发 - 本年废止 = 本年现行有效件数({})"


def _cross_year_rows(db, report_id: int | None = None):
    """(report_id, prev_id, rule, severity, expected, found, what) of every pair of
    consecutive years, computed from one read of the figures they need (a correlated
    look-up per pair and column took 13 minutes on 20,000 reports; this takes ~1 s)."""
    keys = ([f"t3.carried_forward.{c}" for c in T3_COLS] + [f"t3.carried_over.{c}" for c in T3_COLS]
            + [f"t2.{t}.{k}" for t in ("rules", "normative") for k in ("in_force", "made", "repealed")])
    if report_id is None:
        pairs = db.execute(_PAIRS).fetchall()
    else:
        pairs = db.execute(_PAIRS + " WHERE cur.report_id = ?", [report_id]).fetchall()
    if not pairs:
        return
    values: dict[int, dict[str, float]] = {}
    sql = f"SELECT report_id, key, value FROM effective_figures WHERE key IN ({', '.join('?' * len(keys))})"
    args = list(keys)
    if report_id is not None:
        ids = sorted({i for p in pairs for i in p})
        sql += f" AND report_id IN ({', '.join('?' * len(ids))})"
        args += ids
    for rid, key, value in db.execute(sql, args):
        values.setdefault(rid, {})[key] = value
    for rid, prev in pairs:
        cur, old = values.get(rid, {}), values.get(prev, {})
        for col in T3_COLS:
            exp, found = old.get(f"t3.carried_forward.{col}"), cur.get(f"t3.carried_over.{col}")
            if exp is not None or found is not None:
                yield rid, prev, f"x.t3.carry.{col}", "hard", exp, found, _CARRY.format(col)
        for t in ("rules", "normative"):
            parts = [old.get(f"t2.{t}.in_force"), cur.get(f"t2.{t}.made"), cur.get(f"t2.{t}.repealed")]
            exp = None if None in parts else parts[0] + parts[1] - parts[2]
            found = cur.get(f"t2.{t}.in_force")
            if exp is not None or found is not None:
                yield rid, prev, f"x.t2.in_force.{t}", "soft", exp, found, _IN_FORCE.format(t)


def cross_year_checks(db, *, failed_only: bool = False, report_id: int | None = None) -> list[dict]:
    out = []
    for rid, prev, rule, sev, exp, found, what in _cross_year_rows(db, report_id):
        ok = None if exp is None or found is None else abs(exp - found) < 1e-6
        if failed_only and ok is not False:
            continue
        if ok is None:
            msg = f"{what}: not assessable (a cell it needs is blank or missing)"
        else:
            msg = f"{what}: {_fmt(exp)} {'=' if ok else '≠'} {_fmt(found)}"
        out.append({"report_id": rid, "other_report_id": prev, "rule": rule,
                    "ok": ok, "severity": sev,
                    "expected": exp, "found": found, "message": msg, "kind": "cross_year"})
    return out


def _fmt(v) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def duplicates(db) -> list[dict]:
    out = []
    for organ_id, year, ids in db.execute(
            "SELECT organ_id, year, group_concat(report_id) FROM effective_reports "
            "WHERE year IS NOT NULL GROUP BY organ_id, year HAVING count(*) > 1"):
        id_list = sorted(int(i) for i in ids.split(","))
        for rid in id_list:
            others = [i for i in id_list if i != rid]
            out.append({"report_id": rid, "other_report_id": others[0], "rule": "store.duplicate",
                        "ok": False, "severity": "soft", "expected": None, "found": None,
                        "message": f"same organ and year {year} as report(s) "
                                   f"{', '.join(map(str, others))}", "kind": "duplicate"})
    return out


def report_checks(db, *, failed_only: bool = True, report_id: int | None = None) -> list[dict]:
    where = (["ok = 0"] if failed_only else []) + (["report_id = ?"] if report_id is not None else [])
    sql = ("SELECT report_id, rule, ok, severity, expected, found, message FROM effective_checks"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY report_id, rule")
    return [{"report_id": r[0], "other_report_id": None, "rule": r[1],
             "ok": None if r[2] is None else bool(r[2]), "severity": r[3], "expected": r[4],
             "found": r[5], "message": r[6], "kind": "report"}
            for r in db.execute(sql, [] if report_id is None else [report_id])]


def verdicts(db) -> dict[tuple[int, str], dict]:
    """The latest verdict per (report id, rule)."""
    out = {}
    for rid, rule, verdict, comment, by, at in db.execute(
            "SELECT report_id, rule, verdict, comment, by, at FROM check_verdicts ORDER BY id"):
        out[(rid, rule)] = {"verdict": verdict, "comment": comment, "verdict_by": by,
                            "verdict_at": at}
    return out


def list_checks(db, *, failed_only: bool = True, report_id: int | None = None) -> list[dict]:
    """Every (failed) check: the reports' own, cross-year and duplicates, with verdicts."""
    rows = (report_checks(db, failed_only=failed_only, report_id=report_id)
            + cross_year_checks(db, failed_only=failed_only, report_id=report_id) + duplicates(db))
    if report_id is not None:
        rows = [r for r in rows if r["report_id"] == report_id]
    meta = {r[0]: r[1:] for r in db.execute(
        "SELECT report_id, organ_name, year, source_path FROM effective_reports")}
    given = verdicts(db)
    blank = {"verdict": None, "comment": None, "verdict_by": None, "verdict_at": None}
    for r in rows:
        r["organ_name"], r["year"], r["source_path"] = meta.get(r["report_id"], (None,) * 3)
        r.update(given.get((r["report_id"], r["rule"]), blank))
    rows.sort(key=lambda r: (r["report_id"], r["kind"], r["rule"]))
    return rows


def set_verdict(db, report_id: int, rule: str, verdict: str, comment: str | None = None,
                *, by: str | None = None) -> int:
    """Record that a failed check is ``confirmed`` (the report is wrong) or ``dismissed``."""
    if verdict not in VERDICTS:
        raise StoreError(f"unknown verdict '{verdict}'; valid verdicts: {', '.join(VERDICTS)}")
    known = {r["rule"] for r in list_checks(db, failed_only=False, report_id=report_id)}
    if rule not in known:
        raise StoreError(f"report {report_id} has no check '{rule}'; its checks: "
                         f"{', '.join(sorted(known)) or 'none'}")
    with write(db):
        return db.execute(
            "INSERT INTO check_verdicts (report_id, rule, verdict, comment, by, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [report_id, rule, verdict, comment, by or default_by(), now()]).lastrowid
