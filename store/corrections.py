"""Reviewers' corrections: inserts into their own table, never edits of machine output.

Table ``corrections(id, report_id, target, key, action, match, new_value, new_text,
old_value, note, by, at, reverted_at, reverted_by, machine_changed, machine_now)``:

- ``target='figure'``: ``key`` a figure key; ``action`` ``set`` (``new_value``, adds the
  figure if the machine missed it) or ``delete`` (the figure was wrongly extracted).
- ``target='meta'``: ``key`` one of ``effective.META_FIELDS`` (``organ.name``, ``year``,
  ``contact.phones`` …); ``set`` (``delete`` = clear to "not stated").
- ``target='fact'``: ``key`` the fact kind; ``add`` (``new_value``/``new_text``),
  ``delete`` (hides every fact of that kind whose value or text equals ``match``) or
  ``set`` (replaces every fact of that kind).

For figures and metadata the latest active correction of a key wins; ``revert(id)``
marks one reverted (the previous one, or the machine value, shows again). ``old_value``
keeps the machine value (JSON) at the time; when a re-extraction changes it,
``machine_changed`` is set to 1 and ``machine_now`` holds the new machine value, so a
reviewer can look again. Every write is one short transaction of inserts, so two reviewers
saving at once both keep their work.
"""
from __future__ import annotations

import difflib
import getpass
from contextvars import ContextVar
import json
import os
import re

from extractor import template
from extractor.record import CHANNELS, FACT_KINDS, LEVELS

from .effective import META_FIELDS, _machine_meta_sql, effective_record, materialise
from .errors import StoreError
from .organs import now, organ_id_for
from .schema import write

# every table key of either format, from the template registry (lexicons/table_rows.tsv …)
FIGURE_KEYS = template.all_keys()
T3_COLS = template.t3_cols()
NARRATIVE_KEY = re.compile(r"^n\.[a-z][a-z0-9_]*$")
TEMPLATES = ("2019", "2021")


# The reviewer of the current app session (set per script run by app.py after login); the
# CLI and scripts fall back to the login name of the process.
REVIEWER: ContextVar[str | None] = ContextVar("nianbao_reviewer", default=None)


def default_by() -> str:
    return REVIEWER.get() or os.environ.get("USER") or getpass.getuser() or "unknown"


def _figure_key_error(key: str) -> StoreError:
    close = difflib.get_close_matches(key, sorted(FIGURE_KEYS), n=1, cutoff=0.8)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    return StoreError(
        f"unknown key '{key}'.{hint} Valid keys: t3.<row>.<col> (rows: "
        f"{', '.join(r.key for r in template.rows('t3'))}; cols: {', '.join(T3_COLS)}), "
        f"t4.<group>.<col> ({', '.join(template.t4_slots())}), t2.… (see the contract), n.<name>, "
        f"or a metadata field: {', '.join(META_FIELDS)}")


def is_figure_key(key: str) -> bool:
    return key in FIGURE_KEYS or bool(NARRATIVE_KEY.match(key))


def parse_number(key: str, value: str) -> int | float:
    s = str(value).strip().replace(",", "")
    try:
        n = float(s)
    except ValueError:
        raise StoreError(f"value '{value}' for {key} is not a number; give digits, "
                         "e.g. --value 12") from None
    return int(n) if n.is_integer() else n


def parse_meta(field: str, value: str | None):
    """Validate a metadata value; returns what is stored (``None`` clears the field)."""
    if value is None:
        return None
    v = value.strip()
    if field == "organ.level" and v not in LEVELS:
        raise StoreError(f"'{v}' is not a level; valid levels: {', '.join(LEVELS)}")
    if field == "template" and v not in TEMPLATES:
        raise StoreError(f"'{v}' is not a template; valid templates: {', '.join(TEMPLATES)}")
    if field == "year":
        if not (v.isdigit() and 1990 <= int(v) <= 2100):
            raise StoreError(f"'{v}' is not a year; give four digits, e.g. --value 2023")
        return int(v)
    if field == "contact.phones":
        return json.dumps([p.strip() for p in re.split(r"[,，;；、]", v) if p.strip()],
                          ensure_ascii=False)
    if field == "contact.postcode" and not re.fullmatch(r"\d{6}", v):
        raise StoreError(f"'{v}' is not a postcode; give six digits, e.g. --value 256305")
    if not v:
        raise StoreError(f"empty value for {field}; use --delete to clear it")
    return v


def _machine_figure(db, rid: int, key: str):
    row = db.execute("SELECT value FROM figures WHERE report_id = ? AND key = ?", [rid, key]).fetchone()
    return row[0] if row else None


def _machine_meta(db, rid: int, field: str):
    return db.execute(f"SELECT {_machine_meta_sql(field)} FROM reports r WHERE r.id = ?",
                      [rid]).fetchone()[0]


def _machine_facts(db, rid: int, kind: str, match: str | None = None) -> list:
    rows = db.execute("SELECT value, text FROM facts WHERE report_id = ? AND kind = ? ORDER BY seq",
                      [rid, kind]).fetchall()
    if match is not None:
        rows = [r for r in rows if match in r]
    return [list(r) for r in rows]


def _insert(db, rid: int, target: str, key: str, action: str, *, match=None, new_value=None,
            new_text=None, old_value=None, note=None, by=None) -> int:
    with write(db):
        if db.execute("SELECT 1 FROM reports WHERE id = ?", [rid]).fetchone() is None:
            raise StoreError(f"no report with id {rid}")
        cid = db.execute(
            "INSERT INTO corrections (report_id, target, key, action, match, new_value, "
            "new_text, old_value, note, by, at, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, (SELECT sha256 FROM reports WHERE id = ?))",
            [rid, target, key, action, match, new_value, new_text,
             json.dumps(old_value, ensure_ascii=False), note, by or default_by(), now(),
             rid]).lastrowid
        _refresh(db, rid, target, key)
    return cid


def _refresh(db, rid: int, target: str, key: str) -> None:
    """Keep what is derived from effective values current: the effective tables, the organ
    link and the re-run checks (which read the effective values, so refreshed twice)."""
    materialise(db, rid)
    relinked = target == "meta" and key in ("organ.name", "organ.county")
    rechecked = target == "figure" or (target == "meta" and key == "template")
    if relinked:
        relink(db, rid)
    if rechecked:
        recheck(db, rid)
    if relinked or rechecked:
        materialise(db, rid)


def correct_figure(db, rid: int, key: str, value=None, *, delete: bool = False,
                   note: str | None = None, by: str | None = None) -> int:
    """Set (or with ``delete`` remove) a figure's value; returns the correction id."""
    if not is_figure_key(key):
        raise _figure_key_error(key)
    old = _machine_figure(db, rid, key)
    if delete:
        if old is None:
            raise StoreError(f"report {rid} has no figure {key} to delete")
        return _insert(db, rid, "figure", key, "delete", old_value=old, note=note, by=by)
    if value is None:
        raise StoreError(f"give the new value of {key} with --value, or --delete")
    return _insert(db, rid, "figure", key, "set", new_value=parse_number(key, value),
                   old_value=old, note=note, by=by)


def correct_meta(db, rid: int, field: str, value: str | None, *, note=None, by=None) -> int:
    """Set a metadata field (``value=None`` clears it to "not stated")."""
    if field not in META_FIELDS:
        raise StoreError(f"unknown field '{field}'; valid fields: {', '.join(META_FIELDS)}")
    parsed = parse_meta(field, value)
    return _insert(db, rid, "meta", field, "delete" if parsed is None else "set",
                   new_value=parsed, old_value=_machine_meta(db, rid, field), note=note, by=by)


def _check_kind(kind: str, value: str | None) -> None:
    if kind not in FACT_KINDS:
        raise StoreError(f"unknown fact kind '{kind}'; valid kinds: {', '.join(FACT_KINDS)}")
    if kind == "channel" and value is not None and value not in CHANNELS:
        raise StoreError(f"'{value}' is not a channel; valid channels: {', '.join(CHANNELS)}")


def _fact_value_text(kind: str, value: str, text: str | None) -> tuple[str | None, str]:
    if kind in ("problem", "remedy"):
        return None, text or value  # these facts have no value, only text
    return value, text or value


def add_fact(db, rid: int, kind: str, value: str, *, text: str | None = None,
             note=None, by=None) -> int:
    """Add a fact the machine missed (``channel``: ``value`` is a canonical channel)."""
    _check_kind(kind, value)
    v, t = _fact_value_text(kind, value, text)
    return _insert(db, rid, "fact", kind, "add", new_value=v, new_text=t, note=note, by=by)


def set_fact(db, rid: int, kind: str, value: str, *, text: str | None = None,
             note=None, by=None) -> int:
    """Replace every fact of ``kind`` by this one (e.g. the responsible official)."""
    _check_kind(kind, value)
    v, t = _fact_value_text(kind, value, text)
    return _insert(db, rid, "fact", kind, "set", new_value=v, new_text=t,
                   old_value=_machine_facts(db, rid, kind), note=note, by=by)


def delete_fact(db, rid: int, kind: str, match: str, *, note=None, by=None) -> int:
    """Hide the facts of ``kind`` whose value or text equals ``match``."""
    _check_kind(kind, None)
    current = [r for r in db.execute(
        "SELECT value, text FROM effective_facts WHERE report_id = ? AND kind = ?", [rid, kind])]
    if not any(match in r for r in current):
        have = "; ".join(sorted({(r[0] or r[1] or "") for r in current})) or "none"
        raise StoreError(f"report {rid} has no {kind} fact with value or text '{match}'; "
                         f"it has: {have}")
    return _insert(db, rid, "fact", kind, "delete", match=match,
                   old_value=_machine_facts(db, rid, kind, match), note=note, by=by)


def revert(db, correction_id: int, *, by: str | None = None) -> int:
    """Revert one correction; returns its report id."""
    with write(db):
        row = db.execute("SELECT report_id, target, key, reverted_at FROM corrections "
                         "WHERE id = ?", [correction_id]).fetchone()
        if row is None:
            raise StoreError(f"no correction with id {correction_id}; list them with "
                             "`nianbao correct --db FILE --list`")
        if row[3] is not None:
            raise StoreError(f"correction {correction_id} was already reverted at {row[3]}")
        db.execute("UPDATE corrections SET reverted_at = ?, reverted_by = ? "
                   "WHERE id = ? AND reverted_at IS NULL", [now(), by or default_by(), correction_id])
        _refresh(db, row[0], row[1], row[2])
    return row[0]


def list_corrections(db, rid: int | None = None, *, include_reverted: bool = True) -> list[dict]:
    sql = "SELECT * FROM corrections"
    where, args = [], []
    if rid is not None:
        where.append("report_id = ?")
        args.append(rid)
    if not include_reverted:
        where.append("reverted_at IS NULL")
    if where:
        sql += " WHERE " + " AND ".join(where)
    cur = db.execute(sql + " ORDER BY id", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def relink(db, rid: int) -> None:
    """Point the report at the organ of its effective name and county."""
    r = db.execute("SELECT sha256, organ_name, short_name, level, province, city, county "
                   "FROM reports WHERE id = ?", [rid]).fetchone()
    organ = dict(zip(("name", "short_name", "level", "province", "city", "county"), r[1:]))
    db.execute("UPDATE reports SET organ_id = ? WHERE id = ?",
               [organ_id_for(db, rid, organ, r[0]), rid])


def recheck(db, rid: int) -> None:
    """Re-run the report's own checks on its effective figures (table ``rechecks``)."""
    from extractor.checks import run_checks
    from extractor.record import Record
    db.execute("DELETE FROM rechecks WHERE report_id = ?", [rid])
    if db.execute("SELECT 1 FROM current_corrections WHERE report_id = ? AND "
                  "(target = 'figure' OR (target = 'meta' AND key = 'template'))",
                  [rid]).fetchone() is None:
        return  # no corrections: the machine checks are the effective ones
    d = effective_record(db, rid)
    d["checks"] = []
    for f in d["figures"]:
        f["span"] = f["span"] or [0, 0]
    rows = [(rid, c.rule, None if c.ok is None else int(c.ok), c.severity, c.expected, c.found,
             c.message, json.dumps(c.keys, ensure_ascii=False))
            for c in run_checks(Record.from_dict(d))]
    rows.append((rid, "_rechecked", None, None, None, None, None, "[]"))
    db.conn.executemany("INSERT INTO rechecks (report_id, rule, ok, severity, expected, found, "
                   "message, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def after_reingest(db, rid: int) -> None:
    """After a re-extraction: flag corrections whose machine value changed, re-check."""
    for cid, target, key, action, match, old in db.execute(
            "SELECT id, target, key, action, match, old_value FROM corrections "
            "WHERE report_id = ? AND reverted_at IS NULL", [rid]).fetchall():
        if target == "figure":
            current = _machine_figure(db, rid, key)
        elif target == "meta":
            current = _machine_meta(db, rid, key)
        elif action in ("delete", "set"):
            current = _machine_facts(db, rid, key, match if action == "delete" else None)
        else:
            continue
        if json.dumps(current, ensure_ascii=False) != old and not _same_number(current, old):
            db.execute("UPDATE corrections SET machine_changed = 1, machine_now = ? WHERE id = ?",
                       [json.dumps(current, ensure_ascii=False), cid])
    has_corrections = db.execute("SELECT 1 FROM corrections WHERE report_id = ? LIMIT 1",
                                 [rid]).fetchone() is not None
    if has_corrections:  # the re-check reads the effective values: refresh them first
        materialise(db, rid)
        relink(db, rid)
        recheck(db, rid)
    materialise(db, rid)


def _same_number(current, old: str | None) -> bool:
    try:
        return old is not None and current is not None and float(json.loads(old)) == float(current)
    except (TypeError, ValueError):
        return False


def figure_fixes(db, report_ids) -> dict[int, dict[str, dict]]:
    """The active figure corrections of these reports, for marking them 人工更正 wherever a
    value is shown: ``{report_id: {key: {machine, value, action, note, by, at, id}}}``."""
    ids = sorted({int(r) for r in report_ids if r is not None})
    out: dict[int, dict[str, dict]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for rid, key, action, new, old, note, by, at, cid in db.execute(
                "SELECT report_id, key, action, new_value, old_value, note, by, at, id "
                f"FROM current_corrections WHERE target = 'figure' AND report_id IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            out.setdefault(rid, {})[key] = {
                "machine": json.loads(old) if old else None,
                "value": None if action == "delete" else new, "action": action,
                "note": note, "by": by, "at": at, "id": cid}
    return out
