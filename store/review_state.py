"""Triage state: what the machine says of each table, and what a reviewer says of each report.

- Table status (``table_statuses``): the record's ``tables`` (contract extension: per table
  ``verified | source_inconsistent | doubtful | incomplete | absent``, the template rows it
  missed, a note), stored at ingest by ``save_table_statuses``. A report stored before the
  extractor filled ``tables`` has none: every reader treats that as ``unknown`` (未评估).
- Review state (``review_states``): ``pending`` 待审核 · ``reviewed`` 已审核 · ``question``
  有疑问, of the whole report (``scope=''``) or of one table (``scope='t3'``), with who and
  when; ``set_state`` inserts a row, the latest per (report, scope) counts, so the history
  stays. Report ids survive re-ingest, so states do too.
"""
from __future__ import annotations

import json

from extractor.record import TABLE_STATUSES

from .errors import StoreError
from .organs import now
from .schema import write

STATES = ("pending", "reviewed", "question")
SCOPES = ("", "t2", "t3", "t4")
# the statuses that put a table first in the queue (a reading the machine doubts)
NEEDS_EYES = ("doubtful", "incomplete")


def save_table_statuses(db, rid: int, tables: list[dict]) -> None:
    """Replace the machine's table statuses of report ``rid`` (called by ``save_record``)."""
    db.execute("DELETE FROM table_statuses WHERE report_id = ?", [rid])
    rows = []
    for t in tables or []:
        status = t.get("status")
        if status not in TABLE_STATUSES:
            raise StoreError(f"table status '{status}' of {t.get('table')} is not one of "
                             f"{', '.join(TABLE_STATUSES)}")
        rows.append((rid, t["table"], t.get("template"), status,
                     json.dumps(t.get("missing") or [], ensure_ascii=False), t.get("note") or ""))
    db.conn.executemany("INSERT OR REPLACE INTO table_statuses (report_id, tbl, template, status, "
                        "missing, note) VALUES (?, ?, ?, ?, ?, ?)", rows)


def table_statuses(db, rid: int) -> dict[str, dict]:
    """``{table: {status, template, missing, note}}`` of one report (absent tables: none)."""
    return {t: {"status": s, "template": tm, "missing": json.loads(m or "[]"), "note": n}
            for t, tm, s, m, n in db.execute(
                "SELECT tbl, template, status, missing, note FROM table_statuses "
                "WHERE report_id = ? ORDER BY tbl", [rid])}


def set_state(db, rid: int, state: str, *, scope: str = "", note: str | None = None,
              by: str | None = None) -> int:
    """Record a reviewer's state of a report (``scope=''``) or of one of its tables."""
    from .corrections import default_by
    if state not in STATES:
        raise StoreError(f"unknown review state '{state}'; valid: {', '.join(STATES)}")
    if scope not in SCOPES:
        raise StoreError(f"unknown scope '{scope}'; valid: '' (the report), t2, t3, t4")
    with write(db):
        if db.execute("SELECT 1 FROM reports WHERE id = ?", [rid]).fetchone() is None:
            raise StoreError(f"no report with id {rid}")
        return db.execute(
            "INSERT INTO review_states (report_id, scope, state, note, by, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [rid, scope, state, note, by or default_by(), now()]).lastrowid


def states(db, rid: int) -> dict[str, dict]:
    """The current state per scope of one report: ``{scope: {state, note, by, at}}``;
    a scope never set is absent (待审核)."""
    out = {}
    for scope, state, note, by, at in db.execute(
            "SELECT scope, state, note, by, at FROM review_states WHERE report_id = ? "
            "ORDER BY id", [rid]):
        out[scope] = {"state": state, "note": note, "by": by, "at": at}
    return out


def state_sql(report: str = "r.report_id", scope: str = "''") -> str:
    """SQL: the current state of ``report``'s ``scope`` ('pending' when never set)."""
    return (f"coalesce((SELECT s.state FROM review_states s WHERE s.report_id = {report} "
            f"AND s.scope = {scope} ORDER BY s.id DESC LIMIT 1), 'pending')")


def history(db, rid: int) -> list[dict]:
    cur = db.execute("SELECT id, scope, state, note, by, at FROM review_states "
                     "WHERE report_id = ? ORDER BY id", [rid])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def remember_reviewer(db, name: str) -> None:
    """Keep a reviewer's name (the app offers the latest one to a new session)."""
    name = (name or "").strip()
    if name:
        with write(db):
            db.execute("INSERT INTO reviewers (name, last_at) VALUES (?, ?) ON CONFLICT(name) "
                       "DO UPDATE SET last_at = excluded.last_at", [name, now()])


def last_reviewer(db) -> str:
    row = db.execute("SELECT name FROM reviewers ORDER BY last_at DESC, rowid DESC LIMIT 1").fetchone()
    return row[0] if row else ""
