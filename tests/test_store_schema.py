"""Schema: pragmas, migrations upgrading an old database in place, other SQLite tools."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

import store
from store.schema import MIGRATIONS, connect


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
        "m004_covering_figure_index", "m005_materialised_effective_layer"]
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
    assert "USING INDEX effective_reports_1" in plan or "USING COVERING INDEX effective_reports_1" in plan
