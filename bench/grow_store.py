"""A large store grown from a smaller one inside SQLite: every row of the smaller one copied
``--times`` − 1 more times inside SQLite, each copy with its own organs.

    python -m bench.build_store --n 10000 --db bench/out/store_10k.db        # ~8 min, 20–70 reports/s
    python -m bench.grow_store bench/out/store_10k.db bench/out/store_100k.db --times 10

Why: ``bench.build_store`` stores each report through ``store.save_record`` (what ingest does)
at 20–80 reports a second on this shared machine: 100,000 reports take 25–80 minutes. Growing
a 10,000-report store built that way gives the same schema, indexes, FTS index (the docs are
inserted, so the ``docs_ai`` trigger indexes every copy), materialised effective tables and
the same mix of figures, levels and years, ten times over: 100,000 reports from 10,000 in
23 minutes on the shared machine (load 5–6), most of it the FTS index of the copied texts;
building them through ``save_record`` was going at 8–30 reports a second there (1–3 hours).

Each copy ``k`` (1 … times − 1) of a row has its ids moved past the original's largest
(reports, organs, facts, docs), so every reference stays inside the copy; its organs are new
organs (``organs.key`` suffixed, ``name`` / ``short_name`` / ``organ_name`` prefixed with a
place character of ``PREFIXES``: 瑞平乡 → 东瑞平乡, a distinct name a reviewer could type), its
files new files (``sha256`` / ``path`` suffixed). Report texts are copied as they are.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

PREFIXES = "东西南北中新上下前后"
SKIP = ("sqlite_", "_sqlite_migrations", "docs_fts")
NAMES = ("name", "short_name", "organ_name")
FILES = ("sha256", "path", "source_path")


def _tables(conn) -> list[str]:
    return [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not n.startswith(SKIP)]


# a column naming another table's id -> that table
REFS = {"report_id": "reports", "organ_id": "organs", "fact_id": "facts",
        "correction_id": "corrections"}


def _column_expr(table: str, col: str, k: int, off: dict) -> str:
    if col == "id" and table in off:
        return f"id + {k * off[table]}"
    if col in REFS:
        return f"{col} + {k * off.get(REFS[col], 0)}"
    if (table == "organs" and col == "key") or col == "organ_key":
        return f"{col} || '~{k}'"
    if col in NAMES and table in ("organs", "reports", "effective_reports", "effective_main_figures"):
        return f"CASE WHEN {col} IS NULL THEN NULL ELSE '{PREFIXES[k % len(PREFIXES)]}' || {col} END"
    if col in FILES and table in ("reports", "effective_reports"):
        return f"{col} || '~{k}'"
    return f'"{col}"'


def _origin(table: str, cols: list[str], off: dict) -> str:
    """The rows of the original store only (a copy is never copied again)."""
    if table in off:
        return f"WHERE id <= {off[table]}"
    if "report_id" in cols:
        return f"WHERE report_id <= {off['reports']}"
    return "WHERE 0"   # a table of no report (reviewers …): not copied


def _id_tables(conn, tables) -> dict:
    """Each table with an ``id`` primary key -> its largest id (a copy's ids go past it)."""
    out = {}
    for t in tables:
        if any(r[1] == "id" and r[5] for r in conn.execute(f'PRAGMA table_info("{t}")')):
            out[t] = conn.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0]
    return out


def grow(src: str | Path, dst: str | Path, times: int = 10, progress=None) -> dict:
    src, dst = Path(src), Path(dst)
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    with sqlite3.connect(src) as s:
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    tables = _tables(conn)
    off = _id_tables(conn, tables)
    for k in range(1, times):
        conn.execute("BEGIN")
        for t in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
            where = _origin(t, cols, off)
            if where == "WHERE 0":
                continue
            exprs = ", ".join(_column_expr(t, c, k, off) for c in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            conn.execute(f'INSERT INTO "{t}" ({names}) SELECT {exprs} FROM "{t}" {where}')
        conn.execute("COMMIT")
        if progress:
            progress(k)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    organs = conn.execute("SELECT count(*) FROM organs").fetchone()[0]
    conn.close()
    secs = time.perf_counter() - t0
    return {"db": str(dst), "from": str(src), "times": times, "reports": n, "organs": organs,
            "seconds": round(secs, 1), "db_mb": round(dst.stat().st_size / 2**20, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.grow_store", description=__doc__.split("\n")[0])
    ap.add_argument("src", help="a store built by bench.build_store")
    ap.add_argument("dst", help="the grown store (replaced)")
    ap.add_argument("--times", type=int, default=10, help="the grown store holds this many copies")
    a = ap.parse_args(argv)
    res = grow(a.src, a.dst, a.times,
               progress=lambda k: print(f"copy {k} of {a.times - 1}", file=sys.stderr))
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
