"""Synthetic corpus of government information-disclosure annual reports, with gold.

Library::

    from bench.generate import make_spec, render, write_corpus
    spec = make_spec(7, idx=1, distinct=True)        # content + spec.gold
    data = render(spec, "html")                       # bytes; or render(spec, "txt", path)
    write_corpus("out", n=200, formats=["txt", "pdf"], seed=7, errors=0.1)

CLI (writes OUT/<format>/<id>.<ext> and one shared OUT/gold/<id>.gold.json, so
``eval/score.py OUT/gold records.jsonl`` scores the records of any one format)::

    python -m bench.generate --n 200 --formats txt,pipe,html,docx,pdf --seed 7 --out /tmp/corpus
    python -m bench.generate --n 50 --formats txt --distinct --errors 0.1 --blank-cells 0.3 --out /tmp/c2
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .gen_office import docx_to_pdf, render_docx
from .gen_render import PIPE_VARIANTS, render_html, render_pipe, render_txt
from .gen_spec import Spec, make_spec

__all__ = ["FORMATS", "EXT", "Spec", "make_spec", "render", "write_corpus"]

FORMATS = ["txt", "pipe", "html", "docx", "pdf"]
EXT = {"txt": "txt", "pipe": "txt", "html": "html", "docx": "docx", "pdf": "pdf"}


def render(spec: Spec, fmt: str, path: str | os.PathLike | None = None, **opts) -> bytes:
    """Render one spec in one format; write it to ``path`` when given. Returns the bytes.

    opts: ``variant`` for pipe (row | cell | cell_bar). PDF goes through LibreOffice (slow to
    start: use write_corpus for many files).
    """
    if fmt == "txt":
        data = render_txt(spec)
    elif fmt == "pipe":
        data = render_pipe(spec, opts.get("variant"))
    elif fmt == "html":
        data = render_html(spec)
    elif fmt == "docx":
        data = render_docx(spec)
    elif fmt == "pdf":
        with tempfile.TemporaryDirectory(prefix="nianbao-gen-") as tmp:
            src = Path(tmp) / f"{spec.id}.docx"
            src.write_bytes(render_docx(spec))
            data = docx_to_pdf([src], Path(tmp))[0].read_bytes()
    else:
        raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if path is not None:
        Path(path).write_bytes(data)
    return data


def write_corpus(out: str | os.PathLike, n: int, formats=("txt",), seed: int = 7, *,
                 start: int = 1, pdf_jobs: int = 2, **spec_opts) -> dict[str, float]:
    """Write n specs in each format under out/<format>/ and their gold under out/gold/.

    spec_opts go to make_spec (zeros, distinct, blank_cells, errors, year, level). Returns
    seconds spent per format (gold and spec generation under "spec").
    """
    formats = list(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format {bad[0]!r}; valid: {', '.join(FORMATS)}")
    out = Path(out)
    width = max(4, len(str(start + n - 1)))
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for f in formats:
        (out / f).mkdir(parents=True, exist_ok=True)
    times = {f: 0.0 for f in ["spec"] + formats}
    docx_dir = out / "docx" if "docx" in formats else None
    tmp = None
    if "pdf" in formats and docx_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="nianbao-gen-")
        docx_dir = Path(tmp.name)
    docx_files = []
    for i in range(start, start + n):
        t0 = time.perf_counter()
        spec = make_spec(seed, idx=i, id=f"g{i:0{width}d}", **spec_opts)
        (out / "gold" / f"{spec.id}.gold.json").write_text(
            json.dumps(spec.gold, ensure_ascii=False, indent=1), encoding="utf-8")
        times["spec"] += time.perf_counter() - t0
        for f in formats:
            if f == "pdf":
                continue
            t0 = time.perf_counter()
            render(spec, f, out / f / f"{spec.id}.{EXT[f]}")
            times[f] += time.perf_counter() - t0
        if "pdf" in formats:
            t0 = time.perf_counter()
            p = docx_dir / f"{spec.id}.docx"
            if not p.exists():
                p.write_bytes(render_docx(spec))
            docx_files.append(p)
            times["pdf"] += time.perf_counter() - t0
    if docx_files:
        t0 = time.perf_counter()
        jobs = max(1, min(pdf_jobs, len(docx_files)))
        chunks = [docx_files[k::jobs] for k in range(jobs)]
        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(lambda ch: docx_to_pdf(ch, out / "pdf"), chunks))
        times["pdf"] += time.perf_counter() - t0
    if tmp is not None:
        tmp.cleanup()
    return times


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Write a synthetic corpus of annual reports with gold.",
        epilog="example: python -m bench.generate --n 200 --formats txt,pipe,html,docx,pdf --seed 7 --out /tmp/corpus")
    ap.add_argument("--n", type=int, default=100, help="number of reports (default 100)")
    ap.add_argument("--formats", default="txt", help=f"comma list of {','.join(FORMATS)} (default txt)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--start", type=int, default=1, help="first report index (ids g0001…)")
    ap.add_argument("--distinct", action="store_true", help="every table cell a different non-zero number")
    ap.add_argument("--errors", type=float, default=0.0, help="share of reports with one injected wrong total")
    ap.add_argument("--zeros", type=float, default=0.35, help="share of all-zero tables 3/4 (default 0.35)")
    ap.add_argument("--blank-cells", type=float, default=0.0, help="chance a zero cell is printed blank")
    ap.add_argument("--year", type=int, default=None, help="fix the report year (2019-2025)")
    ap.add_argument("--pdf-jobs", type=int, default=2, help="parallel soffice processes (default 2)")
    a = ap.parse_args(argv)
    try:
        formats = [f.strip() for f in a.formats.split(",") if f.strip()]
        times = write_corpus(a.out, a.n, formats, a.seed, start=a.start, pdf_jobs=a.pdf_jobs,
                             distinct=a.distinct, errors=a.errors, zeros=a.zeros,
                             blank_cells=a.blank_cells, year=a.year)
    except (ValueError, RuntimeError) as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    summary = {f: {"seconds": round(t, 3), "per_second": round(a.n / t, 1) if t else None}
               for f, t in times.items()}
    print(json.dumps({"out": str(a.out), "n": a.n, "formats": formats, "timing": summary}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
