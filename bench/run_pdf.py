"""PDF reading speed: nianbao's reader against poppler's ``pdftotext -layout``.

    python -m bench.run_pdf                 # 30 generated 5-6 page reports (LibreOffice PDFs)
    python -m bench.run_pdf --quick         # 4 reports
    python -m bench.run_pdf --baseline /work/main   # also time another checkout's reader

The corpus is made once under bench/out/pdf_speed/: generated reports (seed 12, every
cell a different number) whose narrative is lengthened with more of its own kind of
paragraphs until the PDF, printed from the DOCX by LibreOffice, has 5 or 6 pages like a
real report. Then, all CPU seconds (user + system) of child processes, start-up included:

- ``pdftotext``: one ``pdftotext -layout FILE /dev/null`` per file;
- ``nianbao read``: one Python process that imports nianbao and reads every file into a
  Document (``read_document``: text with positions, ruled and unruled tables, cells);
- ``nianbao extract``: one ``python -m extractor extract FILES`` (reading plus tables,
  metadata, narrative and checks), for scale;
- ``one file wall``: wall seconds of ``python -m extractor extract`` on one report (the
  median of 5 runs).

The target (issue 12): ``nianbao read`` within 5x pdftotext's CPU; one file under 1 s.
Prints a table; ``--json`` prints the numbers.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .gen_office import docx_to_pdf, render_docx
from .gen_spec import make_spec

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "pdf_speed"
TARGET_RATIO = 5.0
TARGET_WALL = 1.0


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _longer(spec, copies: int):
    """The spec with ``copies`` more rounds of its own narrative paragraphs in section 一."""
    blocks = list(spec.blocks)
    heads = [i for i, (kind, _) in enumerate(blocks) if kind == "h"]
    if len(heads) < 2 or copies <= 0:
        return spec
    paras = [b for b in blocks[heads[0] + 1:heads[1]] if b[0] == "p"]
    extra = [b for b in blocks if b[0] == "p"][-6:]
    blocks[heads[1]:heads[1]] = (paras + extra) * copies
    return dataclasses.replace(spec, blocks=blocks)


def corpus(n: int, out: Path = OUT) -> list[Path]:
    """n PDFs of 5-6 pages, made once and reused (LibreOffice converts in batches)."""
    out.mkdir(parents=True, exist_ok=True)
    have = sorted(out.glob("p*.pdf"))
    if len(have) >= n:
        return have[:n]
    docx_dir = out / "docx"
    docx_dir.mkdir(exist_ok=True)
    specs = {f"p{i:03d}": make_spec(12, idx=i, id=f"p{i:03d}", distinct=True) for i in range(1, n + 1)}
    copies = dict.fromkeys(specs, 2)
    todo = list(specs)
    for _ in range(5):
        if not todo:
            break
        sources = []
        for sid in todo:
            src = docx_dir / f"{sid}.docx"
            src.write_bytes(render_docx(_longer(specs[sid], copies[sid])))
            sources.append(src)
        pdfs = docx_to_pdf(sources, out)
        todo = []
        for pdf in pdfs:
            pages = _pages(pdf)
            if not 5 <= pages <= 6:
                copies[pdf.stem] += 1 if pages < 5 else -1
                todo.append(pdf.stem)
    return sorted(out.glob("p*.pdf"))[:n]


def _child_cpu(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


_READ = ("import sys\nfrom extractor.readers import read_document\n"
         "for f in sys.argv[1:]:\n    read_document(f)\n")


def measure(files: list[Path], baseline: Path | None = None, repeat: int = 3, walls: int = 5) -> dict:
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        raise SystemExit("pdftotext not found: apt-get install poppler-utils")
    names = [str(f) for f in files]
    res: dict = {"files": len(files), "pages": sum(_pages(f) for f in files)}

    def best(fn):
        return min(fn() for _ in range(repeat))

    res["pdftotext_cpu"] = best(lambda: sum(_child_cpu([pdftotext, "-layout", f, "/dev/null"])[0]
                                            for f in names))
    res["read_cpu"] = best(lambda: _child_cpu([sys.executable, "-c", _READ, *names])[0])
    res["extract_cpu"] = best(lambda: _child_cpu([sys.executable, "-m", "extractor", "extract", *names])[0])
    res["ratio"] = res["read_cpu"] / res["pdftotext_cpu"]
    times = [_child_cpu([sys.executable, "-m", "extractor", "extract", names[0]])[1] for _ in range(walls)]
    res["one_file_wall"] = statistics.median(times)
    if baseline is not None:
        res["baseline"] = str(baseline)
        res["baseline_read_cpu"] = best(lambda: _child_cpu([sys.executable, "-c", _READ, *names], cwd=baseline)[0])
        res["baseline_ratio"] = res["baseline_read_cpu"] / res["pdftotext_cpu"]
        times = [_child_cpu([sys.executable, "-m", "extractor", "extract", names[0]], cwd=baseline)[1]
                 for _ in range(walls)]
        res["baseline_one_file_wall"] = statistics.median(times)
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.run_pdf --quick")
    ap.add_argument("--n", type=int, default=30, help="number of reports (default 30)")
    ap.add_argument("--quick", action="store_true", help="4 reports")
    ap.add_argument("--baseline", type=Path, help="another checkout whose reader to time too")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = corpus(4 if args.quick else args.n)
    res = measure(files, args.baseline, repeat=1 if args.quick else 3)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"{res['files']} PDFs, {res['pages']} pages (bench/out/pdf_speed)")
    print(f"{'what':<28}{'CPU s':>8}{'x pdftotext':>13}")
    print(f"{'pdftotext -layout':<28}{res['pdftotext_cpu']:>8.2f}{1:>13.1f}")
    print(f"{'nianbao read':<28}{res['read_cpu']:>8.2f}{res['ratio']:>13.1f}   target <= {TARGET_RATIO:g}")
    print(f"{'nianbao extract':<28}{res['extract_cpu']:>8.2f}{res['extract_cpu'] / res['pdftotext_cpu']:>13.1f}")
    if "baseline_read_cpu" in res:
        print(f"{'baseline read':<28}{res['baseline_read_cpu']:>8.2f}{res['baseline_ratio']:>13.1f}")
    print(f"one file, extract wall: {res['one_file_wall']:.2f} s (target <= {TARGET_WALL:g} s)"
          + (f"; baseline {res['baseline_one_file_wall']:.2f} s" if "baseline_one_file_wall" in res else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
