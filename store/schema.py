"""The database: connection settings, tables and their recorded migrations.

``connect(path)`` opens (or creates) a nianbao database and upgrades it in place: every
schema change is a named migration in ``MIGRATIONS`` (``sqlite_utils.migrations``, applied
once each and recorded in ``_sqlite_migrations``), so an old database gains new tables,
columns and views the next time any command opens it. Add a change by appending a new
``@MIGRATIONS()`` function at the bottom; never edit one that has shipped.

Every connection: WAL journal (readers and one writer at once: the app while an ingest
runs), ``busy_timeout`` (a writer waits for another instead of failing), and
``foreign_keys=ON``. Writes go through ``write(db)``: ``BEGIN IMMEDIATE`` … ``COMMIT``, so
a report, a correction or a verdict is stored whole or not at all.

Tables (machine output is never updated by a reviewer; corrections are rows of their own):

- ``organs(id, key, name, short_name, level, province, city, county)``: ``key`` is the
  normalised name + ``|`` + county (``file:<sha256>`` for a report without an organ name).
- ``reports(id, sha256, path, format, chars, organ_id, organ_name, short_name, level,
  province, city, county, year, template, contact JSON, warnings JSON, ingested_at,
  ocr_pages JSON, place_evidence JSON)``:
  one row per source file (keyed by content hash), the machine metadata as extracted.
- ``figures(report_id, key, value, unit, source, raw, span_start, span_end, confidence)``
  (``confidence``: OCR recognition confidence, NULL unless the figure was OCR'd; m009);
  ``facts(id, report_id, seq, kind, text, value, span_start, span_end)``;
  ``checks(report_id, rule, ok, severity, expected, found, message, keys JSON)``.
- ``main_figures(report_id, <MAIN_FIGURES as columns with . replaced by _>)``: the main
  machine figures one row per report (fast wide queries; see ``effective_main_figures``).
- ``docs(id, report_id, kind, fact_id, body)`` + ``docs_fts`` (FTS5 trigram, external
  content): the report text (``kind='text'``) and each problem / remedy, for search and
  highlighting; index ``docs_kind(kind, id, report_id, fact_id)`` tells a search hit's kind
  and report without reading its text.
- ``corrections(...)``, ``rechecks(...)``: see ``store.corrections``; a correction keeps
  the ``source_sha256`` it was made on and is not applied once ``source_changed``.
- ``check_verdicts(id, report_id, rule, verdict, comment, by, at)``: reviewers' verdicts.

The views (``effective_*``) are defined in ``store.effective`` and created here.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .effective import create_views, materialise
# the main figures, rates and group totals kept per report (re-exported: store.schema.MAIN_FIGURES)
from .measures import MAIN_FIGURES, RATES, T3_GROUPS, column  # noqa: F401

BUSY_TIMEOUT_MS = 30_000

MIGRATIONS = Migrations("nianbao.store")


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE organs (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT, short_name TEXT,
        level TEXT, province TEXT, city TEXT, county TEXT);
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
        format TEXT, chars INTEGER, organ_id INTEGER NOT NULL REFERENCES organs(id),
        organ_name TEXT, short_name TEXT, level TEXT, province TEXT, city TEXT,
        county TEXT, year INTEGER, template TEXT, contact TEXT, warnings TEXT,
        ingested_at TEXT NOT NULL);
    CREATE INDEX reports_organ_year ON reports(organ_id, year);
    CREATE INDEX reports_year ON reports(year);
    CREATE INDEX reports_path ON reports(path);
    CREATE TABLE figures (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL, value NUMERIC, unit TEXT, source TEXT, raw TEXT,
        span_start INTEGER, span_end INTEGER, PRIMARY KEY (report_id, key)) WITHOUT ROWID;
    CREATE INDEX figures_key ON figures(key, report_id);
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT, value TEXT,
        span_start INTEGER, span_end INTEGER);
    CREATE INDEX facts_report ON facts(report_id, kind);
    CREATE INDEX facts_kind ON facts(kind, value);
    CREATE TABLE checks (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rule TEXT NOT NULL, ok INTEGER, severity TEXT, expected NUMERIC, found NUMERIC,
        message TEXT, keys TEXT);
    CREATE INDEX checks_report ON checks(report_id, rule);
    CREATE INDEX checks_failed ON checks(ok, rule);
    CREATE TABLE docs (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, fact_id INTEGER, body TEXT NOT NULL);
    CREATE INDEX docs_report ON docs(report_id, kind);
    CREATE VIRTUAL TABLE docs_fts USING fts5(
        body, content='docs', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
        INSERT INTO docs_fts(rowid, body) VALUES (new.id, new.body); END;
    CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN
        INSERT INTO docs_fts(docs_fts, rowid, body) VALUES ('delete', old.id, old.body); END;
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        target TEXT NOT NULL CHECK (target IN ('figure', 'fact', 'meta')),
        key TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('set', 'add', 'delete')),
        match TEXT, new_value, new_text TEXT, old_value TEXT, note TEXT,
        by TEXT NOT NULL, at TEXT NOT NULL,
        reverted_at TEXT, reverted_by TEXT,
        machine_changed INTEGER NOT NULL DEFAULT 0, machine_now TEXT);
    CREATE INDEX corrections_target ON corrections(report_id, target, key, id);
    CREATE INDEX corrections_kind ON corrections(target, key);
    CREATE TABLE check_verdicts (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
        comment TEXT, by TEXT NOT NULL, at TEXT NOT NULL);
    CREATE INDEX check_verdicts_report ON check_verdicts(report_id, rule, id);
    """)


@MIGRATIONS()
def m002_main_figures_and_rechecks(db: sqlite_utils.Database) -> None:
    cols = ", ".join(f"{column(k)} NUMERIC" for k in MAIN_FIGURES)
    db.executescript(f"""
    CREATE TABLE main_figures (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE, {cols});
    INSERT INTO main_figures (report_id, {", ".join(column(k) for k in MAIN_FIGURES)})
        SELECT r.id, {", ".join(
            f"(SELECT value FROM figures f WHERE f.report_id = r.id AND f.key = '{k}')"
            for k in MAIN_FIGURES)} FROM reports r;
    CREATE TABLE rechecks (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rule TEXT NOT NULL, ok INTEGER, severity TEXT, expected NUMERIC, found NUMERIC,
        message TEXT, keys TEXT);
    CREATE INDEX rechecks_report ON rechecks(report_id, rule);
    """)


@MIGRATIONS()
def m003_views(db: sqlite_utils.Database) -> None:
    create_views(db)


def connect(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the database at ``path`` (``":memory:"`` works), creating and upgrading it."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    db = sqlite_utils.Database(conn)
    if migrate and MIGRATIONS.pending(db):
        with write(db):
            MIGRATIONS.apply(db)
    return db


@contextlib.contextmanager
def write(db: sqlite_utils.Database):
    """One write transaction (``BEGIN IMMEDIATE``): all of it is stored, or none of it.

    Nested use becomes a savepoint (``db.atomic``)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


@MIGRATIONS()
def m004_covering_figure_index(db: sqlite_utils.Database) -> None:
    # Questions filter by figure key and read the value and its provenance: a covering
    # index halves their time on 100k reports (measured: 128 -> 67 ms).
    db.executescript("""
    DROP INDEX IF EXISTS figures_key;
    CREATE INDEX figures_key_cover ON figures(
        key, report_id, value, raw, span_start, span_end, unit, source);
    """)


@MIGRATIONS()
def m005_materialised_effective_layer(db: sqlite_utils.Database) -> None:
    # Questions over 100k reports read the effective layer through indexes: the views stay
    # the logic (computed_*), their rows are kept per report in effective_* tables.
    create_views(db)
    materialise(db)


@MIGRATIONS()
def m006_measures_per_report(db: sqlite_utils.Database) -> None:
    # effective_main_figures gains the report's scope (organ, level, region, year), the rates
    # and table 3's group totals; effective_reports and effective_main_figures are keyed by
    # report_id (their rowid); docs gain an index that answers "which texts match" without
    # reading the texts. All rebuilt from the computed views, then fresh statistics.
    create_views(db)
    materialise(db)
    db.execute("CREATE INDEX IF NOT EXISTS docs_kind ON docs(kind, id, report_id, fact_id)")
    if db.execute("SELECT 1 FROM reports LIMIT 1").fetchone():
        db.execute("PRAGMA analysis_limit = 1000")
        db.execute("ANALYZE")


@MIGRATIONS()
def m007_correction_source(db: sqlite_utils.Database) -> None:
    # A correction belongs to the content it was made on: source_sha256 is the report's
    # sha256 then; when a new version of the report replaces that content, source_changed
    # is set and the correction is kept but no longer applied (需复核：原文已变).
    from .effective import create_views, ensure_correction_source, materialise
    ensure_correction_source(db)
    create_views(db)
    materialise(db)


@MIGRATIONS()
def m008_review_states(db: sqlite_utils.Database) -> None:
    # Triage (store.review_state): a reviewer's state of a report ('' scope) or of one table
    # ('t2'/'t3'/'t4'), the latest row per (report, scope) counting; and the machine's status of
    # each table (Record.tables), stored at ingest. Self-contained: reads no other migration's
    # tables but reports. reviewers: the names reviewers gave in the app (the latest is the
    # default of a new session).
    db.executescript("""
    CREATE TABLE IF NOT EXISTS review_states (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        scope TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('pending', 'reviewed', 'question')),
        note TEXT, by TEXT NOT NULL, at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS review_states_report ON review_states(report_id, scope, id);
    CREATE TABLE IF NOT EXISTS table_statuses (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        tbl TEXT NOT NULL, template TEXT, status TEXT NOT NULL, missing TEXT, note TEXT,
        PRIMARY KEY (report_id, tbl)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS table_statuses_status ON table_statuses(status, report_id);
    CREATE TABLE IF NOT EXISTS reviewers (name TEXT PRIMARY KEY, last_at TEXT NOT NULL);
    """)


@MIGRATIONS()
def m009_figure_confidence(db: sqlite_utils.Database) -> None:
    # Scanned reports (OCR): each OCR'd figure keeps its recognition confidence (0-1; NULL for a
    # figure read from a text layer), and a report the pages that were OCR'd (a JSON list of
    # 1-based page numbers; NULL when none), so effective_record gives back the record's
    # Figure.confidence and source.ocr_pages. The views do not read them.
    have = {r[1] for r in db.execute("PRAGMA table_info(figures)")}
    if "confidence" not in have:
        db.execute("ALTER TABLE figures ADD COLUMN confidence REAL")
    have = {r[1] for r in db.execute("PRAGMA table_info(reports)")}
    if "ocr_pages" not in have:
        db.execute("ALTER TABLE reports ADD COLUMN ocr_pages TEXT")


@MIGRATIONS()
def m010_place_evidence(db: sqlite_utils.Database) -> None:
    # A province or city the organ's name does not state but its report shows (its landline's
    # area code, its postcode, the one place a bare-rank organ's text names) keeps the clues
    # it was known from (Organ.place_evidence, extractor/place_evidence.py): a JSON list, NULL
    # for none, so a reviewer sees why a report is counted in a province. The views do not
    # read it.
    have = {r[1] for r in db.execute("PRAGMA table_info(reports)")}
    if "place_evidence" not in have:
        db.execute("ALTER TABLE reports ADD COLUMN place_evidence TEXT")
