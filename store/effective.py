"""The effective view: machine values with reviewers' corrections applied. ONE place.

Everything downstream (export, the question assistant, the app) reads current values
through these SQL views or the Python helpers below, never the machine tables directly.

SQL views (all keyed by ``report_id`` = ``reports.id``):

``effective_reports(report_id, organ_id, organ_key, organ_name, short_name, level,
province, city, county, year, template, address, postcode, phones, fax, email, website,
source_path, format, sha256, chars, ingested_at, corrected, has_t2, has_t3, has_t4)``
    One row per report. ``phones`` is a JSON list. ``corrected`` = 1 when any metadata
    field is corrected. ``organ_id`` groups the reports of one organ across years.
    ``has_t2``/``has_t3``/``has_t4`` = 1 when any figure of that table is stated.
``effective_figures(report_id, key, value, unit, raw, span_start, span_end, source,
corrected, correction_id, machine_value)``
    One row per (report, figure key). ``raw``/``span_*`` are the machine's (``NULL`` for a
    figure a reviewer added, whose ``source`` is ``'correction'``); a deleted figure is
    absent. ``text[span_start:span_end]`` of the report text contains ``raw``.
``effective_main_figures(report_id, organ_id, organ_name, level, province, city, county,
year, t3_new_received_total, …, substantive_rate, …, t3_denied_total, …)``
    One narrow row per report: its scope (as in ``effective_reports``), the main figures
    (``schema.MAIN_FIGURES``, dots become ``_``), the rates (``schema.RATES``, NULL unless
    every key is stated and the denominator is not 0) and table 3's group totals
    (``schema.T3_GROUPS``), so questions and charts over every report read this table alone.
``effective_facts(report_id, kind, text, value, span_start, span_end, corrected,
correction_id, fact_id, seq)``
    Facts after additions and deletions (``kind`` as in the contract).
``effective_checks(report_id, rule, ok, severity, expected, found, message, keys,
origin)``
    The report's own checks, re-run on corrected figures (``origin='recheck'``) when it has
    figure corrections, else the machine's (``origin='machine'``). ``ok`` is 1, 0 or NULL.
``report_texts(report_id, text)``: the text every span points into.

Example (the assistant's kind of query, < 100 ms on 100k reports with the indexes):

    SELECT r.organ_name, r.year, f.value, f.raw, f.span_start, f.span_end
    FROM effective_figures f JOIN effective_reports r USING (report_id)
    WHERE f.key = 't3.new_received.total' AND r.year = 2023 ORDER BY f.value DESC LIMIT 10

Python: ``find_report(db, name_or_id)``, ``effective_record(db, report_id)`` (a contract
record dict with corrections applied), ``report_ids(db)``. Checks with verdicts and the
cross-year checks are in ``store.checks``; search in ``store.search``.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import StoreError
from .measures import MAIN_FIGURES, RATES, T3_GROUPS, column

# Metadata fields a reviewer may correct: field -> (reports column, contract path).
META_FIELDS = {
    "organ.name": "organ_name", "organ.short_name": "short_name", "organ.level": "level",
    "organ.province": "province", "organ.city": "city", "organ.county": "county",
    "year": "year", "template": "template",
    "contact.address": "address", "contact.postcode": "postcode", "contact.phones": "phones",
    "contact.fax": "fax", "contact.email": "email", "contact.website": "website",
}
_REPORT_COLS = {"organ_name", "short_name", "level", "province", "city", "county", "year",
                "template"}


def _machine_meta_sql(field: str) -> str:
    col = META_FIELDS[field]
    if col in _REPORT_COLS:
        return f"r.{col}"
    if col == "phones":
        return "coalesce(json_extract(r.contact, '$.phones'), '[]')"
    return f"json_extract(r.contact, '$.{col}')"


# The effective layer is computed by the ``computed_<name>`` views below (the logic, in one
# place) and kept, report by report, in tables ``effective_<name>`` with indexes, so that a
# question over 100,000 reports reads plain indexed rows. ``materialise(db, rid)`` refreshes
# one report's rows; the store calls it after every ingest and every correction.
# computed_main_figures reads effective_reports: it comes after it.
MATERIALISED = ("reports", "facts", "checks", "main_figures")
_KEYED = ("reports", "main_figures")   # one row per report: report_id is the rowid
_INDEXES = {
    "reports": ["level, year", "year", "organ_name", "organ_id, year", "county", "template",
                "city", "province",
                # the app's Browse orders (store.browse): a first page without sorting them all
                "county IS NULL, county, organ_name IS NULL, organ_name, year",
                "county IS NULL, county, organ_name, year",
                # 哪些报告没有填写表三: the few reports without a table
                *(f"year DESC, organ_name WHERE has_{t} = 0" for t in ("t2", "t3", "t4"))],
    # fact_id: whether a problem a phrase search found is still a fact; correction_id: the
    # reviewers' added facts, which a phrase search reads besides the texts
    "facts": ["report_id, fact_id", "kind, value, report_id",
              "kind WHERE correction_id IS NOT NULL"],
    "checks": ["report_id, ok, rule", "ok, rule, report_id", "ok, severity, report_id"],
    # no level or year index: a scan of the narrow rows (~20 ms at 100k reports) is faster
    # than looking up a level's tens of thousands of rows through one (~180 ms)
    "main_figures": ["organ_id, year", "county"],
}


def _drop(db, name: str) -> None:
    row = db.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()
    if row:
        db.execute(f"DROP {row[0].upper()} {name}")


def ensure_correction_source(db) -> None:
    """The columns ``current_corrections`` reads (migration m007); added here as well,
    because the earlier migrations create the views with this code."""
    have = {r[1] for r in db.execute("PRAGMA table_info(corrections)")}
    if "source_sha256" not in have:
        db.execute("ALTER TABLE corrections ADD COLUMN source_sha256 TEXT")
        db.execute("UPDATE corrections SET source_sha256 = "
                   "(SELECT sha256 FROM reports r WHERE r.id = corrections.report_id)")
    if "source_changed" not in have:
        db.execute("ALTER TABLE corrections ADD COLUMN source_changed INTEGER NOT NULL DEFAULT 0")


def create_views(db) -> None:
    """(Re)create every view and the effective tables (empty: fill with ``materialise``);
    called by a migration whenever a view changes."""
    ensure_correction_source(db)
    for name in ("effective_checks", "effective_main_figures", "effective_reports",
                 "effective_facts", "effective_figures", "current_corrections", "report_texts",
                 *(f"computed_{n}" for n in MATERIALISED)):
        _drop(db, name)
    for name in MATERIALISED:
        db.execute(f"DROP TRIGGER IF EXISTS effective_{name}_gone")
    db.execute("""CREATE TABLE IF NOT EXISTS figure_overrides (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL, action TEXT NOT NULL, new_value, correction_id INTEGER NOT NULL,
        PRIMARY KEY (report_id, key))""")
    # a correction made on other content (source_changed: 需复核：原文已变) is kept, not applied
    db.execute("""CREATE VIEW current_corrections AS
        SELECT c.* FROM corrections c
        WHERE c.reverted_at IS NULL AND c.source_changed = 0 AND (c.target = 'fact' OR NOT EXISTS (
            SELECT 1 FROM corrections c2 WHERE c2.report_id = c.report_id
            AND c2.target = c.target AND c2.key = c.key AND c2.reverted_at IS NULL
            AND c2.source_changed = 0 AND c2.id > c.id))""")
    # figures stay one table (no copy of millions of rows): the current figure corrections
    # are kept in figure_overrides (a few rows) and applied by a primary-key lookup
    db.execute("""CREATE VIEW effective_figures AS
        SELECT f.report_id, f.key,
            CASE WHEN o.correction_id IS NULL THEN f.value ELSE o.new_value END AS value,
            f.unit, f.raw, f.span_start, f.span_end, f.source,
            o.correction_id IS NOT NULL AS corrected, o.correction_id, f.value AS machine_value
        FROM figures f LEFT JOIN figure_overrides o ON o.report_id = f.report_id AND o.key = f.key
        WHERE o.correction_id IS NULL OR o.action = 'set'
        UNION ALL
        SELECT o.report_id, o.key, o.new_value, NULL, NULL, NULL, NULL, 'correction', 1,
            o.correction_id, NULL
        FROM figure_overrides o
        WHERE o.action = 'set' AND NOT EXISTS (
            SELECT 1 FROM figures f WHERE f.report_id = o.report_id AND f.key = o.key)""")
    db.execute("""CREATE VIEW computed_facts AS
        SELECT f.report_id, f.kind, f.text, f.value, f.span_start, f.span_end,
            0 AS corrected, NULL AS correction_id, f.id AS fact_id, f.seq
        FROM facts f
        WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.report_id = f.report_id
            AND c.target = 'fact' AND c.key = f.kind AND c.reverted_at IS NULL
            AND c.source_changed = 0
            AND (c.action = 'set' OR (c.action = 'delete' AND c.match IN (f.value, f.text))))
        UNION ALL
        SELECT c.report_id, c.key, c.new_text, c.new_value, NULL, NULL, 1, c.id, NULL,
            1000000 + c.id
        FROM corrections c
        WHERE c.target = 'fact' AND c.action IN ('add', 'set') AND c.reverted_at IS NULL
        AND c.source_changed = 0
        AND NOT EXISTS (SELECT 1 FROM corrections d WHERE d.report_id = c.report_id
            AND d.target = 'fact' AND d.key = c.key AND d.reverted_at IS NULL AND d.id > c.id
            AND d.source_changed = 0
            AND (d.action = 'set'
                 OR (d.action = 'delete' AND d.match IN (c.new_value, c.new_text))))""")
    pivot = ",\n".join(
        f"max(key = '{f}') AS has_{col}, max(CASE WHEN key = '{f}' THEN new_value END) AS {col}"
        for f, col in META_FIELDS.items())
    fields = ",\n".join(
        f"CASE WHEN m.has_{col} THEN m.{col} ELSE {_machine_meta_sql(f)} END AS {col}"
        for f, col in META_FIELDS.items())
    # has_t2/t3/t4: whether any effective figure of that table exists (written against the
    # base tables: a correlated look-up through the effective_figures view is slow)
    has_tables = ", ".join(
        f"""(EXISTS (SELECT 1 FROM figures f WHERE f.report_id = r.id
                AND f.key >= '{t}.' AND f.key < '{t}/' AND NOT EXISTS (
                SELECT 1 FROM figure_overrides o WHERE o.report_id = f.report_id
                AND o.key = f.key AND o.action = 'delete'))
            OR EXISTS (SELECT 1 FROM figure_overrides o WHERE o.report_id = r.id
                AND o.key >= '{t}.' AND o.key < '{t}/' AND o.action = 'set')) AS has_{t}"""
        for t in ("t2", "t3", "t4"))
    db.execute(f"""CREATE VIEW computed_reports AS
        SELECT r.id AS report_id, r.organ_id, o.key AS organ_key, {fields},
            r.path AS source_path, r.format, r.sha256, r.chars, r.ingested_at,
            m.report_id IS NOT NULL AS corrected, {has_tables}
        FROM reports r JOIN organs o ON o.id = r.organ_id
        LEFT JOIN (SELECT report_id, {pivot} FROM current_corrections
                   WHERE target = 'meta' GROUP BY report_id) m ON m.report_id = r.id""")
    keys = ", ".join(f"'{k}'" for k in MAIN_FIGURES)
    pivot = ",\n".join(
        f"max(key = '{k}') AS has_{column(k)}, "
        f"max(CASE WHEN key = '{k}' THEN new_value END) AS {column(k)}" for k in MAIN_FIGURES)
    fields = ",\n".join(
        f"CASE WHEN p.has_{column(k)} THEN p.{column(k)} ELSE mf.{column(k)} END AS {column(k)}"
        for k in MAIN_FIGURES)
    rates = ",\n".join(
        f"1.0 * {_figure_sum(k, every=True)} / nullif({_figure_sum(d, every=True)}, 0) AS {name}"
        for name, (k, d) in RATES.items())
    groups = ",\n".join(f"{_figure_sum(k)} AS {name}" for name, k in T3_GROUPS.items())
    db.execute(f"""CREATE VIEW computed_main_figures AS
        SELECT mf.report_id, r.organ_id, r.organ_name, r.level, r.province, r.city, r.county,
            r.year, {fields}, {rates}, {groups}
        FROM main_figures mf JOIN effective_reports r ON r.report_id = mf.report_id
        LEFT JOIN (SELECT report_id, {pivot} FROM current_corrections
                   WHERE target = 'figure' AND key IN ({keys}) GROUP BY report_id) p
            ON p.report_id = mf.report_id""")
    db.execute("""CREATE VIEW computed_checks AS
        SELECT report_id, rule, ok, severity, expected, found, message, keys,
            'recheck' AS origin FROM rechecks WHERE rule != '_rechecked'
        UNION ALL
        SELECT c.report_id, c.rule, c.ok, c.severity, c.expected, c.found, c.message, c.keys,
            'machine' FROM checks c
        WHERE NOT EXISTS (SELECT 1 FROM rechecks x WHERE x.report_id = c.report_id)""")
    db.execute("""CREATE VIEW report_texts AS
        SELECT report_id, body AS text FROM docs WHERE kind = 'text'""")
    for name in MATERIALISED:
        if name in _KEYED:   # the view's columns and types, report_id as the rowid
            cols = ", ".join("report_id INTEGER PRIMARY KEY" if c == "report_id" else f"{c} {t}"
                             for _, c, t, *_ in db.execute(f"PRAGMA table_info(computed_{name})"))
            db.execute(f"CREATE TABLE effective_{name} ({cols})")
        else:
            db.execute(f"CREATE TABLE effective_{name} AS SELECT * FROM computed_{name} WHERE 0")
        for n, spec in enumerate(_INDEXES[name]):
            cols, _, where = spec.partition(" WHERE ")
            db.execute(f"CREATE INDEX effective_{name}_{n} ON effective_{name}({cols})"
                       + (f" WHERE {where}" if where else ""))
        db.execute(f"""CREATE TRIGGER effective_{name}_gone AFTER DELETE ON reports BEGIN
            DELETE FROM effective_{name} WHERE report_id = old.id; END""")


def _figure_sum(keys, every: bool = False) -> str:
    """SQL: the sum of the effective values of figures ``keys`` of report ``mf.report_id``;
    NULL when none is stated (with ``every``: unless all are). Written against the base
    tables (a correlated look-up through the effective_figures view reads every report's
    figures); a report without figure corrections, nearly all, reads ``figures`` alone
    (a union with the corrections costs ~10x more at ingest)."""
    ks = ", ".join(f"'{k}'" for k in keys)
    total = f"CASE WHEN count(*) = {len(keys)} THEN sum(v) END" if every else "sum(v)"
    plain = total.replace("sum(v)", "sum(value)")
    return f"""CASE WHEN NOT EXISTS (
            SELECT 1 FROM figure_overrides o WHERE o.report_id = mf.report_id)
        THEN (SELECT {plain} FROM figures WHERE report_id = mf.report_id AND key IN ({ks}))
        ELSE (SELECT {total} FROM (
            SELECT CASE WHEN o.key IS NULL THEN f.value ELSE o.new_value END AS v
            FROM figures f LEFT JOIN figure_overrides o ON o.report_id = f.report_id
                AND o.key = f.key
            WHERE f.report_id = mf.report_id AND f.key IN ({ks})
                AND (o.key IS NULL OR o.action = 'set')
            UNION ALL
            SELECT o.new_value FROM figure_overrides o
            WHERE o.report_id = mf.report_id AND o.key IN ({ks}) AND o.action = 'set'
                AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.report_id = o.report_id
                    AND f.key = o.key))) END"""


def materialise(db, rid: int | None = None) -> None:
    """Refresh the effective tables of report ``rid`` (of every report when None) from the
    computed views: call it inside the write that changed the report or its corrections."""
    where, args = ("", []) if rid is None else (" WHERE report_id = ?", [rid])
    db.execute("DELETE FROM figure_overrides" + where, args)
    db.execute("INSERT INTO figure_overrides (report_id, key, action, new_value, correction_id) "
               "SELECT report_id, key, action, new_value, id FROM current_corrections "
               "WHERE target = 'figure'" + where.replace("WHERE", "AND"), args)
    for name in MATERIALISED:
        db.execute(f"DELETE FROM effective_{name}" + where, args)
        db.execute(f"INSERT INTO effective_{name} SELECT * FROM computed_{name}" + where, args)


def report_ids(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM reports ORDER BY id")]


def find_report(db, name_or_id: str | int) -> int:
    """A report by id, file path or file name, or organ name (+ optional ``@year``).

    Raises ``StoreError`` naming the candidates when nothing or several match."""
    s = str(name_or_id).strip()
    if s.isdigit():
        if db.execute("SELECT 1 FROM reports WHERE id = ?", [int(s)]).fetchone():
            return int(s)
        raise StoreError(f"no report with id {s}; list them with `nianbao export --db FILE --format csv`")
    name, _, year = s.partition("@")
    rows = db.execute("SELECT id FROM reports WHERE path = ? OR path = ?",
                      [s, str(Path(s).resolve())]).fetchall()
    if not rows:
        rows = db.execute(
            "SELECT id FROM reports WHERE path LIKE ? ESCAPE '\\'",
            ["%/" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")]).fetchall()
    if not rows:
        sql = "SELECT report_id FROM effective_reports WHERE (organ_name = ? OR short_name = ?)"
        args: list = [name, name]
        if year.isdigit():
            sql += " AND year = ?"
            args.append(int(year))
        rows = db.execute(sql, args).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise StoreError(f"no report matches '{s}'; give a report id, a file name or path, "
                         "or an organ name (optionally NAME@YEAR)")
    ids = ", ".join(str(r[0]) for r in rows[:20])
    raise StoreError(f"'{s}' matches {len(rows)} reports (ids {ids}); give one id, "
                     "or NAME@YEAR")


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def effective_record(db, report_id: int) -> dict:
    """The contract record of one report with every correction applied."""
    r = db.execute("SELECT * FROM effective_reports WHERE report_id = ?", [report_id]).fetchone()
    if r is None:
        raise StoreError(f"no report with id {report_id}")
    r = dict(zip([d[0] for d in db.execute("SELECT * FROM effective_reports LIMIT 0").description], r))
    text_row = db.execute("SELECT text FROM report_texts WHERE report_id = ?", [report_id]).fetchone()
    warnings, ocr_pages, evidence = db.execute(
        "SELECT warnings, ocr_pages, place_evidence FROM reports WHERE id = ?", [report_id]).fetchone()
    # the clues of a place the machine inferred, while that place stands (not corrected away)
    evidence = [e for e in json.loads(evidence or "[]") if r.get(e.get("field")) == e.get("value")]
    # OCR confidence of the machine's reading (a corrected figure is a reviewer's, without one)
    sure = dict(db.execute("SELECT key, confidence FROM figures WHERE report_id = ? AND "
                           "confidence IS NOT NULL", [report_id]).fetchall())
    figures = [
        {"key": k, "value": _num(v), "unit": u, "source": src, "raw": raw,
         "span": [s, e] if s is not None else None,
         **({"confidence": sure[k]} if k in sure and not corrected else {})}
        for k, v, u, src, raw, s, e, corrected in db.execute(
            "SELECT key, value, unit, source, raw, span_start, span_end, corrected "
            "FROM effective_figures "
            "WHERE report_id = ? ORDER BY span_start IS NULL, span_start, key", [report_id])]
    facts = [
        {"kind": k, "text": t, "value": v, "span": [s, e] if s is not None else None}
        for k, t, v, s, e in db.execute(
            "SELECT kind, text, value, span_start, span_end FROM effective_facts "
            "WHERE report_id = ? ORDER BY seq", [report_id])]
    checks = [
        {"rule": rule, "ok": None if ok is None else bool(ok), "severity": sev,
         "expected": _num(exp), "found": _num(found), "message": msg,
         "keys": json.loads(keys or "[]")}
        for rule, ok, sev, exp, found, msg, keys in db.execute(
            "SELECT rule, ok, severity, expected, found, message, keys FROM effective_checks "
            "WHERE report_id = ? ORDER BY rule", [report_id])]
    return {
        "schema": "nianbao.record/1",
        "source": {"path": r["source_path"], "format": r["format"], "sha256": r["sha256"],
                   "chars": r["chars"],
                   **({"ocr_pages": json.loads(ocr_pages)} if ocr_pages else {})},
        "text": text_row[0] if text_row else "",
        "organ": {"name": r["organ_name"], "short_name": r["short_name"], "level": r["level"],
                  "province": r["province"], "city": r["city"], "county": r["county"],
                  **({"place_evidence": evidence} if evidence else {})},
        "year": r["year"],
        "template": r["template"],
        "contact": {"address": r["address"], "postcode": r["postcode"],
                    "phones": json.loads(r["phones"] or "[]"), "fax": r["fax"],
                    "email": r["email"], "website": r["website"]},
        "facts": facts,
        "figures": figures,
        "checks": checks,
        "warnings": json.loads(warnings or "[]"),
    }
