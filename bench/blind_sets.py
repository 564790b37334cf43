"""The blind report sets (written by helpers who never saw the reader), scored in one table.

    python -m bench.blind_sets                      # every set under tests/fixtures/
    python -m bench.blind_sets meta_blind3 -v       # one set, and every file with a miss
    python -m bench.blind_sets --json

A blind set is a folder ``tests/fixtures/<name>/`` holding the reports (``cases/`` or
``reports/``) and their gold (``gold/<id>.gold.json``, the dev gold format), with the
writer's README (its judgment calls) and ``check.py``. Each set is extracted (2 processes)
and scored with ``shared/eval/score.py``'s ``score()`` like the dev reports
(``bench.accuracy``). A new set is run ONCE before anything is fixed for it; that first run
is written in the README's blind-set table and ``bench/RESULTS.md``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .accuracy import FIELDS, TABLES, cell, extract_all, load_score, unstated

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
OUT = Path(__file__).resolve().parent / "out" / "blind_sets"
READABLE = (".txt", ".html", ".htm", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def blind_sets() -> list[str]:
    """Every fixture folder with a ``gold/`` beside ``cases/`` or ``reports/``."""
    return sorted(p.name for p in FIXTURES.iterdir()
                  if (p / "gold").is_dir() and ((p / "cases").is_dir() or (p / "reports").is_dir()))


def files_of(name: str) -> list:
    """The set's reports: files, and the page images of one report grouped (``group_pages``)."""
    from extractor import group_pages
    root = FIXTURES / name
    folder = root / "cases" if (root / "cases").is_dir() else root / "reports"
    return group_pages(sorted(p for p in folder.iterdir() if p.suffix.lower() in READABLE))


def score_set(name: str, by_file: bool = False) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    records = OUT / f"{name}.records.jsonl"
    extract_all(files_of(name), records)
    score = load_score()
    result = score(str(FIXTURES / name / "gold"), str(records), by_file=by_file)
    return result if by_file else result["summary"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind_sets", description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (default: every blind set)")
    ap.add_argument("-v", action="store_true", help="list every file with a miss")
    ap.add_argument("--json", action="store_true", help="print the summaries as JSON")
    a = ap.parse_args(argv)
    names = a.sets or blind_sets()
    unknown = [n for n in names if n not in blind_sets()]
    if unknown:
        print(f"no blind set {', '.join(unknown)} (sets: {', '.join(blind_sets())})", file=sys.stderr)
        return 2
    results = {n: score_set(n, by_file=a.v) for n in names}
    summaries = {n: r.get("summary", r) if a.v else r for n, r in results.items()}
    if a.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=1))
        return 0
    print("| | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    print("| reports | " + " | ".join(str(len(files_of(n))) for n in names) + " |")
    for label, key in TABLES + FIELDS:
        print(f"| {label} | " + " | ".join(cell(summaries[n], key)[0] for n in names) + " |")
    print("| prose figures the gold has none of | " + " | ".join(
        unstated(FIXTURES / n / "gold", OUT / f"{n}.records.jsonl") for n in names) + " |")
    if a.v:
        for n, r in results.items():
            for fid, fields in sorted(r.get("files", {}).items()):
                misses = [f"{k} {v.get('acc', v.get('f1')):.2f}" for k, v in fields.items()
                          if isinstance(v, dict) and v.get("acc", v.get("f1")) not in (None, 1.0)]
                if misses:
                    print(f"{n}/{fid}: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
