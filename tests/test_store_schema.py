"""Schema: pragmas, migrations upgrading an old database in place, other SQLite tools."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

import store
from assistant import Conversation, vocab
from assistant.answer import AskError
from store.schema import MAIN_FIGURES, MIGRATIONS, RATES, T3_GROUPS, column, connect
from test_assistant_questions import CASES, build


def test_every_connection_has_foreign_keys_and_wal(tmp_path):
    db = connect(tmp_path / "n.db")
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA busy_timeout").fetchone() == (30000,)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO figures (report_id, key, value) VALUES (99, 'x', 1)")


def test_old_database_upgrades_in_place(tmp_path, make_record):
    path = tmp_path / "old.db"
    old = connect(path, migrate=False)
    MIGRATIONS.apply(old, stop_before="m002_main_figures_and_rechecks")
    old.execute("INSERT INTO organs (id, key, name) VALUES (1, 'x', '白河镇')")
    old.execute("INSERT INTO reports (id, sha256, path, organ_id, organ_name, year, ingested_at) "
                "VALUES (1, 'abc', '/r.txt', 1, '白河镇', 2021, 'then')")
    old.execute("INSERT INTO figures (report_id, key, value) VALUES (1, 't3.total.total', 7)")
    assert "main_figures" not in old.table_names()
    old.conn.close()

    db = connect(path)
    assert [m.name for m in MIGRATIONS.applied(db)] == [
        "m001_initial", "m002_main_figures_and_rechecks", "m003_views",
        "m004_covering_figure_index", "m005_materialised_effective_layer",
        "m006_measures_per_report", "m007_correction_source", "m008_review_states",
        "m009_figure_confidence", "m010_place_evidence"]
    assert db.execute("SELECT report_id, t3_total_total FROM effective_main_figures").fetchall() == [(1, 7)]
    assert db.execute("SELECT organ_name, year FROM effective_reports").fetchall() == [("白河镇", 2021)]
    assert MIGRATIONS.pending(connect(path)) == []


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 command-line tool")
def test_opens_in_the_sqlite3_cli(tmp_path, make_record):
    path = tmp_path / "n.db"
    store.save_record(connect(path), make_record(figures={"t3.total.total": 5}))
    out = subprocess.run(["sqlite3", str(path), "SELECT key, value FROM effective_figures;"
                          "PRAGMA integrity_check;"], capture_output=True, text=True, check=True)
    assert out.stdout == "t3.total.total|5\nok\n"


def test_level_questions_read_the_effective_layer_through_an_index(tmp_path, make_record):
    db = connect(tmp_path / "n.db")
    store.save_record(db, make_record(figures={"t3.total.total": 5}))
    plan = " ".join(r[-1] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT report_id FROM effective_reports WHERE level = 'township' AND year = 2021"))
    assert "INDEX effective_reports_0 (level=? AND year=?)" in plan


def _as_m005(path) -> None:
    """Turn a store into the shape m005 left: effective tables copied by CREATE TABLE AS
    (no report_id rowid), effective_main_figures with the main figures only, no docs_kind."""
    conn = sqlite3.connect(path)
    conn.executescript(f"""
        PRAGMA legacy_alter_table = ON;
        DROP VIEW computed_main_figures;
        DROP INDEX docs_kind;
        CREATE TABLE m5 AS SELECT report_id, {", ".join(column(k) for k in MAIN_FIGURES)}
            FROM effective_main_figures;
        DROP TABLE effective_main_figures;
        ALTER TABLE m5 RENAME TO effective_main_figures;
        CREATE TABLE r5 AS SELECT * FROM effective_reports;
        DROP TABLE effective_reports;
        ALTER TABLE r5 RENAME TO effective_reports;
        DELETE FROM _sqlite_migrations WHERE name = 'm006_measures_per_report';
    """)
    conn.close()


def _answers(path) -> list:
    out = []
    for questions, _ in CASES:
        conv = Conversation(path)
        for q in questions:
            a = conv.ask(q)
        out.append((a.text, a.rows, a.value, a.stats))
        conv.conn.close()
    return out


def test_m005_store_upgrades_and_answers_the_same(tmp_path):
    fresh, old = build(tmp_path / "fresh.db"), build(tmp_path / "old.db")
    _as_m005(old)
    conn = sqlite3.connect(old)
    assert "substantive_rate" not in [r[1] for r in conn.execute(
        "PRAGMA table_info(effective_main_figures)")]
    conn.close()
    with pytest.raises(AskError, match="made by an older nianbao; upgrade it once"):
        Conversation(old)   # read-only: the assistant cannot upgrade it
    db = connect(old)
    assert MIGRATIONS.applied(db)[-1].name == "m006_measures_per_report"
    every = "SELECT * FROM effective_main_figures ORDER BY report_id"
    assert db.execute(every).fetchall() == connect(fresh).execute(every).fetchall()
    figures: dict = {}
    for rid, key, value in db.execute("SELECT report_id, key, value FROM effective_figures"):
        figures.setdefault(rid, {})[key] = value
    for name, (keys, den) in RATES.items():
        want = {rid: sum(f[k] for k in keys) / sum(f[k] for k in den)
                for rid, f in figures.items()
                if all(k in f for k in keys + den) and sum(f[k] for k in den)}
        got = dict(db.execute(f"SELECT report_id, {name} FROM effective_main_figures "
                              f"WHERE {name} IS NOT NULL"))
        assert got == pytest.approx(want), name
    db.conn.close()
    assert _answers(old) == _answers(fresh)


def test_every_rate_of_the_lexicon_is_kept_per_report():
    # a metric defined otherwise than the store keeps it is computed per question (slow)
    for m in vocab.metrics().values():
        if m.is_ratio:
            assert RATES.get(m.id) == (m.keys, m.den), m.id
        elif m.any_part:
            assert m.keys in T3_GROUPS.values(), m.id


def test_questions_over_every_report_read_narrow_rows(tmp_path):
    from assistant.answer import open_db
    conn = open_db(build(tmp_path / "c.db"))
    for q in ("平均实质性公开率是多少？", "实质性公开率最低的前5个部门？", "哪些报告提到“政务新媒体”？"):
        a = Conversation(conn).ask(q)
        assert "effective_figures" not in a.sql and a.rows, q
        plan = [r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + a.sql, a.params)]
        # the wide report rows only for the rows shown, by report_id; no text read to filter
        assert all(p == "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"
                   for p in plan if p.startswith(("SCAN r", "SEARCH r"))), plan
        assert "SCAN m" in plan or \
            "SEARCH d USING COVERING INDEX docs_kind (kind=? AND id=?)" in plan
