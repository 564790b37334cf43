"""Extraction throughput per format: reports/second on one core and with 2 jobs, peak memory.

    python -m bench.run_extract            # 200 txt/pipe/html, 100 docx, 40 pdf (seed 7)
    python -m bench.run_extract --quick    # 6 of each, txt/pipe/html/docx only (no LibreOffice)

Generates its corpus under bench/out/extract/ (kept between runs; a format folder that
already holds enough files is reused), then for each format:

- one core: an in-process loop over ``extractor.extract`` (after one warm-up file, so the
  jieba dictionary load is not counted);
- 2 jobs: a 2-process pool over ``extract`` (workers start and warm up before the clock
  starts, the way ``nianbao ingest --jobs 2`` keeps its workers for a whole batch);
- peak memory: ``ru_maxrss`` of each worker process after its share of the files.

Prints a table (and ``--json`` prints the rows as JSON).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .generate import EXT, render, write_corpus
from .gen_spec import make_spec

OUT = Path(__file__).resolve().parent / "out" / "extract"
FULL = {"txt": 200, "pipe": 200, "html": 200, "docx": 100, "pdf": 40}
QUICK = {"txt": 6, "pipe": 6, "html": 6, "docx": 6}
TARGETS = {"txt": 200, "pipe": 200, "html": 200, "docx": 50, "pdf": 5}  # reports/s, 2 jobs
MEM_TARGET_MB = 500


def corpus(fmt: str, n: int, out: Path = OUT) -> list[Path]:
    """n generated files of one format (seed 7), generated once and reused."""
    d = out / fmt
    files = sorted(d.glob(f"*.{EXT[fmt]}")) if d.is_dir() else []
    if len(files) < n:
        if fmt == "pdf":
            write_corpus(out, n, ["pdf"], 7)
        else:
            d.mkdir(parents=True, exist_ok=True)
            for i in range(1, n + 1):
                spec = make_spec(7, idx=i, id=f"g{i:04d}")
                render(spec, fmt, d / f"{spec.id}.{EXT[fmt]}")
        files = sorted(d.glob(f"*.{EXT[fmt]}"))
    return files[:n]


def max_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _extract_batch(paths: list[str]) -> tuple[int, float, int]:
    """Worker: extract each file; (pid, peak RSS MB, failures)."""
    from extractor import extract
    bad = 0
    for p in paths:
        try:
            extract(p)
        except Exception:  # noqa: BLE001 - counted, not fatal
            bad += 1
    return os.getpid(), max_rss_mb(), bad


def one_core(files: list[Path]) -> tuple[float, int]:
    from extractor import extract
    extract(files[0])  # warm-up: imports, lexicons, jieba dictionary
    bad = 0
    t0 = time.perf_counter()
    for f in files:
        try:
            extract(f)
        except Exception:  # noqa: BLE001
            bad += 1
    return time.perf_counter() - t0, bad


def _warm(path: str) -> int:
    """Worker warm-up: imports, lexicons, jieba; then hold the worker a moment, so that the
    next warm-up task starts (and warms) another worker."""
    _extract_batch([path])
    time.sleep(0.5)
    return os.getpid()


def two_jobs(files: list[Path], jobs: int = 2, repeat: int = 3) -> tuple[float, list[float], int]:
    """The median time of ``repeat`` passes over ``files`` split over ``jobs`` warm workers."""
    paths = [str(f) for f in files]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # start and warm every worker before the clock starts
        pids = set(pool.map(_warm, [paths[0]] * jobs))
        assert len(pids) == jobs, "a worker was not warmed"
        chunks = [paths[k::jobs] for k in range(jobs)]
        times, res = [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            res = list(pool.map(_extract_batch, chunks))
            times.append(time.perf_counter() - t0)
    return statistics.median(times), [r[1] for r in res], sum(r[2] for r in res)


def run(sizes: dict[str, int], jobs: int = 2, out: Path = OUT) -> list[dict]:
    rows = []
    for fmt, n in sizes.items():
        files = corpus(fmt, n, out)
        t1, bad1 = one_core(files)
        t2, rss, bad2 = two_jobs(files, jobs)
        kb = sum(f.stat().st_size for f in files) / len(files) / 1024
        rows.append({"format": fmt, "n": len(files), "avg_kb": round(kb, 1),
                     "one_core_per_s": round(len(files) / t1, 1),
                     f"jobs{jobs}_per_s": round(len(files) / t2, 1),
                     "peak_mb_per_worker": round(max(rss), 0), "failed": bad1 + bad2,
                     "target_per_s": TARGETS[fmt],
                     "ok": len(files) / t2 >= TARGETS[fmt] and max(rss) < MEM_TARGET_MB})
    return rows


def table(rows: list[dict]) -> str:
    if not rows:
        return ""
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run_extract", description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.run_extract --formats txt,html --jobs 2")
    ap.add_argument("--quick", action="store_true", help="toy size (6 files a format, no pdf)")
    ap.add_argument("--formats", default=None, help="comma list (default: all of the size set)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default=str(OUT), help="corpus folder (default bench/out/extract)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    sizes = dict(QUICK if a.quick else FULL)
    if a.formats:
        wanted = [f.strip() for f in a.formats.split(",") if f.strip()]
        bad = [f for f in wanted if f not in FULL]
        if bad:
            print(f"Error: unknown format {bad[0]!r}; valid: {', '.join(FULL)}", file=sys.stderr)
            return 1
        sizes = {f: (QUICK.get(f, 3) if a.quick else FULL[f]) for f in wanted}
    rows = run(sizes, a.jobs, Path(a.out))
    print(json.dumps(rows, ensure_ascii=False) if a.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
