"""Extraction accuracy, published: generated corpora in every format and the real dev reports.

    python -m bench.accuracy              # 40 reports a format (seed 7) + dev; rewrites README
    python -m bench.accuracy --quick      # 4 a format, no pdf, no README change
    python -m bench.accuracy --no-readme  # print the table only

Generated: ``bench.generate`` specs 1..n with seed 7, rendered as txt (Word export), pipe
page text in its three layouts (row, cell, cell_bar), html, docx and pdf (LibreOffice,
slow the first time; kept under bench/out/accuracy/). Real: every report in
/work/shared/corpus/dev against its gold. Each set is extracted (2 processes) and scored
with /work/shared/eval/score.py's ``score()``. score.py raises TypeError when a record has
no organ name and the gold has one (``ok`` becomes ``""`` and ``Tally.add`` adds it to an
int); this script wraps ``Tally.add`` to count that as the miss it is, and says under the
table how many records it applied to.

Writes the table between ``<!-- accuracy:start -->`` and ``<!-- accuracy:end -->`` in the
repository README.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .generate import write_corpus
from .gen_render import render_html, render_pipe, render_txt
from .gen_office import render_docx
from .gen_spec import make_spec

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out" / "accuracy"
SCORE_PY = Path("/work/shared/eval/score.py")
SILENT_PY = SCORE_PY.with_name("silent.py")
DEV = Path("/work/shared/corpus/dev")
SEED = 7
SETS = ["txt", "pipe_row", "pipe_cell", "pipe_cell_bar", "html", "docx", "pdf"]
EXT = {"txt": "txt", "pipe_row": "txt", "pipe_cell": "txt", "pipe_cell_bar": "txt",
       "html": "html", "docx": "docx", "pdf": "pdf"}
GUARDED = [0]  # score.py Tally.add calls the guard below repaired (two tallies per record)
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"

# (row label, how to read it from score()'s summary)
TABLES = [("table 2 (t2)", "figures.t2"), ("table 3 (t3)", "figures.t3"),
          ("table 4 (t4)", "figures.t4"), ("narrative figures (n)", "figures.n"),
          ("all figures", "figures.all")]
FIELDS = [("organ name", "organ.name"), ("level", "organ.level"), ("county", "organ.county"),
          ("year", "year"), ("template", "template"), ("contact", "contact*"),
          ("channels (F1)", "facts.channel"), ("officials (F1)", "facts.responsible_official"),
          ("offices (F1)", "facts.responsible_office"), ("problems (F1)", "facts.problem"),
          ("remedies (F1)", "facts.remedy"), ("grounding (spans)", "grounding")]


def load_score():
    spec = importlib.util.spec_from_file_location("nianbao_eval_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    add = mod.Tally.add

    def guarded_add(self, name, ok, n=1):
        # organ.name: `a == b or (short and ...)` is "" (a str) when the record has no name;
        # Tally.add then does int += str. Count it as the miss it is.
        if isinstance(ok, str):
            GUARDED[0] += 1
            ok = bool(ok)
        return add(self, name, ok, n)

    mod.Tally.add = guarded_add
    return mod.score


def make_generated(n: int, sets: list[str], out: Path = OUT) -> None:
    """out/<set>/g0001.<ext> … and out/gold/ (kept: a set with n files is not redone)."""
    (out / "gold").mkdir(parents=True, exist_ok=True)
    todo = [s for s in sets if s != "pdf" and len(list((out / s).glob("*"))) < n]
    for s in todo:
        (out / s).mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        spec = make_spec(SEED, idx=i, id=f"g{i:04d}")
        g = out / "gold" / f"{spec.id}.gold.json"
        if not g.exists():
            g.write_text(json.dumps(spec.gold, ensure_ascii=False, indent=1), encoding="utf-8")
        for s in todo:
            if s == "txt":
                data = render_txt(spec)
            elif s.startswith("pipe_"):
                data = render_pipe(spec, s[len("pipe_"):])
            elif s == "html":
                data = render_html(spec)
            else:
                data = render_docx(spec)
            (out / s / f"{spec.id}.{EXT[s]}").write_bytes(data)
    if "pdf" in sets and len(list((out / "pdf").glob("*.pdf"))) < n:
        write_corpus(out, n, ["pdf"], SEED)


def _extract(path) -> str | None:  # a file's path, or a PagedReport (page images)
    from extractor import extract
    try:
        return json.dumps(extract(path).to_dict(), ensure_ascii=False)
    except Exception:  # noqa: BLE001 - a missing record is scored as missing
        return None


def extract_all(files: list[Path], records: Path, jobs: int = 2) -> float:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        lines = list(pool.map(_extract, [str(f) if isinstance(f, Path) else f for f in files], chunksize=4))
    with records.open("w", encoding="utf-8") as fh:
        for line in lines:
            if line is None:
                continue
            d = json.loads(line)
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def cell(summary: dict, key: str) -> tuple[str, float | None]:
    if key == "contact*":
        ok = n = 0
        for k, v in summary.items():
            if k.startswith("contact."):
                if "acc" in v:
                    ok, n = ok + v["ok"], n + v["n"]
                else:  # phones: matched / gold
                    ok, n = ok + v["tp"], n + v["gold"]
        return (f"{ok / n:.3f}", ok / n) if n else ("–", None)
    v = summary.get(key)
    if not v:
        return "–", None
    x = v.get("acc", v.get("f1"))
    return ("–", None) if x is None else (f"{x:.3f}", x)


def score_sets(sets: list[str], n: int, dev: bool) -> tuple[dict, dict]:
    score = load_score()
    res, notes = {}, {}
    for s in sets:
        files = sorted((OUT / s).glob(f"*.{EXT[s]}"))[:n]
        rec = OUT / f"{s}.records.jsonl"
        secs = extract_all(files, rec)
        gold = OUT / f"gold_{n}"
        gold.mkdir(exist_ok=True)
        for f in files:  # score against the golds of these n files only
            src = OUT / "gold" / f"{f.stem}.gold.json"
            (gold / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        GUARDED[0] = 0
        res[s] = score(str(gold), str(rec))["summary"]
        notes[s] = {"n": len(files), "guarded": GUARDED[0] // 2, "seconds": round(secs, 1)}
    if dev and DEV.is_dir():
        files = sorted(p for p in DEV.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm", ".docx", ".pdf"))
        rec = OUT / "dev.records.jsonl"
        secs = extract_all(files, rec)
        GUARDED[0] = 0
        frozen = set(frozen_ids())
        for name, keep in (("dev tuned (real)", lambda i: i not in frozen), ("dev frozen (real)", frozen.__contains__)):
            gold = OUT / name.split()[1]
            gold.mkdir(exist_ok=True)
            for old in gold.glob("*.gold.json"):
                old.unlink()
            for g in (DEV / "gold").glob("*.gold.json"):
                if keep(g.name[:-len(".gold.json")]):
                    (gold / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
            GUARDED[0] = 0
            res[name] = score(str(gold), str(rec))["summary"]
            notes[name] = {"n": len(list(gold.glob("*.gold.json"))), "guarded": GUARDED[0] // 2,
                           "seconds": round(secs, 1), "silent": silent(gold, rec),
                           "unstated": unstated(gold, rec)}
    return res, notes


def frozen_ids() -> list[str]:
    """The frozen split: dev reports no rule may be written against (shared/corpus/dev/frozen.txt)."""
    f = DEV / "frozen.txt"
    return [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")] if f.is_file() else []


def silent(gold: Path, records: Path) -> str:
    """shared/eval/silent.py's last line: tables read wrong that still claim to be right."""
    out = subprocess.run([sys.executable, str(SILENT_PY), str(gold), str(records)],
                         capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1] if out.returncode == 0 and out.stdout.strip() else "–"


# the contract's narrative keys a gold file keys when its report states them (n.fees_collected is
# nianbao's own extension and never in gold)
GOLD_PROSE_KEYS = ("n.requests_received", "n.active_published", "n.wechat_posts", "n.review_cases",
                   "n.litigation_cases")


def unstated(gold: Path, records: Path) -> str:
    """Prose figures read where the gold has none: score.py counts only the figures a gold file
    holds, so a figure the report never states (a none read from a table's header, another
    body's count) goes unseen there. '2 of 140 read' (0 when every one read is in the gold)."""
    read = extra = 0
    for line in records.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        g = gold / f"{Path(rec['source']['path']).stem}.gold.json"
        if not g.is_file():
            continue
        stated = json.loads(g.read_text(encoding="utf-8")).get("figures") or {}
        for f in rec.get("figures") or ():
            if f["key"] in GOLD_PROSE_KEYS:
                read += 1
                extra += f["key"] not in stated
    return f"{extra} of {read} read"


def table(res: dict, notes: dict) -> str:
    cols = list(res)
    head = "| | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols)
    lines = [head, "| reports | " + " | ".join(str(notes[c]["n"]) for c in cols) + " |"]
    for label, key in TABLES + FIELDS:
        lines.append(f"| {label} | " + " | ".join(cell(res[c], key)[0] for c in cols) + " |")
    lines.append("| silent misreads | " + " | ".join(_silent_cell(notes[c].get("silent")) for c in cols) + " |")
    lines.append("| prose figures the gold has none of | " + " | ".join(notes[c].get("unstated", "–") for c in cols) + " |")
    return "\n".join(lines)


def _silent_cell(line: str | None) -> str:
    """'tables=8 right=7 wrong=1 flagged=1 silent=0' -> '0 of 1 wrong (8 tables)'."""
    if not line or "=" not in line:
        return "–"
    d = dict(kv.split("=") for kv in line.split())
    return f"{d['silent']} of {d['wrong']} wrong ({d['tables']} tables)"


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def section(res: dict, notes: dict, n: int) -> str:
    guarded = {k: v["guarded"] for k, v in notes.items() if v["guarded"]}
    g = ("Records with no organ name where the gold has one (score.py raises TypeError on "
         "these; bench/accuracy.py counts each as a miss): "
         + ", ".join(f"{k} {v}" for k, v in guarded.items()) + ".") if guarded else \
        "Every record had an organ name (score.py's TypeError guard was not needed)."
    return f"""{START}
## Accuracy

Regenerated by `python -m bench.accuracy` (commit {commit()}, {time.strftime('%Y-%m-%d')}).
Generated reports: `bench.generate` seed {SEED}, reports 1–{n} of each format (the same
reports in every format, so columns compare formats). Real reports: `shared/corpus/dev`,
in two parts. **dev tuned**: the reports rules were written against (tuned: read it as a
mirror, not a measure). **dev frozen**: the 38 reports of `shared/corpus/dev/frozen.txt`,
kept back from development when these figures were first taken; no rule is written
against them, so their column is the honest estimate for reports nianbao has not seen. Scored by `shared/eval/score.py`: figures and scalar fields are
accuracy (share of gold values found exactly), facts are F1 (greedy text matching),
contact is all contact fields together (phones: matched / gold), grounding is the share of
figures and facts whose span holds their raw text. A dash: the gold has none. Silent
misreads (`shared/eval/silent.py`): tables read wrong whose status still says `verified`
or `source_inconsistent`.

{table(res, notes)}

{g}
{END}"""


def write_readme(text: str, readme: Path = ROOT / "README.md") -> None:
    s = readme.read_text(encoding="utf-8")
    if START in s and END in s:
        s = s[:s.index(START)] + text + s[s.index(END) + len(END):]
    else:
        s = s.rstrip("\n") + "\n\n" + text + "\n"
    readme.write_text(s, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.accuracy --n 40")
    ap.add_argument("--n", type=int, default=40, help="generated reports a format (default 40)")
    ap.add_argument("--quick", action="store_true", help="4 a format, no pdf, no README change")
    ap.add_argument("--no-readme", action="store_true", help="print only")
    ap.add_argument("--no-dev", action="store_true", help="skip the real dev reports")
    ap.add_argument("--json", action="store_true", help="print score summaries as JSON")
    a = ap.parse_args(argv)
    sets = [s for s in SETS if s != "pdf"] if a.quick else SETS
    n = 4 if a.quick else a.n
    if not SCORE_PY.is_file():
        print(f"Error: {SCORE_PY} not found (the shared evaluation script)", file=sys.stderr)
        return 1
    make_generated(n, sets)
    res, notes = score_sets(sets, n, dev=not (a.quick or a.no_dev))
    if a.json:
        print(json.dumps({"summary": res, "notes": notes}, ensure_ascii=False, indent=1))
    text = section(res, notes, n)
    print(text)
    if not (a.quick or a.no_readme):
        write_readme(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
