"""End-to-end ingest: ``nianbao ingest DIR --db F --jobs 2`` on generated text reports.

    python -m bench.run_ingest               # 10,000 txt reports (seed 11) into a fresh DB
    python -m bench.run_ingest --quick       # 40 reports

Generates the reports once under bench/out/ingest<n>/txt (kept), removes the database,
runs the real CLI as a subprocess and reports wall time, reports/second, stored count,
database size (after a WAL checkpoint) and the CLI process's peak memory plus its
workers' (``RUSAGE_CHILDREN``: the largest child, i.e. the parent CLI or one worker).
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .generate import write_corpus

OUT = Path(__file__).resolve().parent / "out"
NIANBAO = Path(sys.executable).parent / "nianbao"


def run(n: int, jobs: int = 2, seed: int = 11) -> dict:
    src = OUT / (f"ingest{n // 1000}k" if n % 1000 == 0 else f"ingest{n}")
    if len(list((src / "txt").glob("*.txt"))) < n:
        write_corpus(src, n, ["txt"], seed)
    db = OUT / f"ingest_{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    p = subprocess.run([str(NIANBAO), "ingest", str(src / "txt"), "--db", str(db), "--jobs", str(jobs)],
                       capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"nianbao ingest failed ({p.returncode}): {p.stderr[-2000:]}")
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"reports": n, "jobs": jobs, "stored": stored, "wall_s": round(wall, 1),
            "reports_per_s": round(n / wall, 1), "db_mb": round(db.stat().st_size / 2**20, 1),
            "kb_per_report": round(db.stat().st_size / 1024 / max(1, stored), 1),
            "peak_child_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run_ingest", description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.run_ingest --n 10000 --jobs 2")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="40 reports")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        res = run(40 if a.quick else a.n, a.jobs)
    except RuntimeError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    if a.json:
        print(json.dumps(res))
    else:
        print("| " + " | ".join(res) + " |\n|" + "---|" * len(res) + "\n| "
              + " | ".join(str(v) for v in res.values()) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
