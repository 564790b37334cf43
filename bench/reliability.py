"""Reliability costs: a run-on sentence, bombs, and extraction in worker processes.

    python -m bench.reliability            # all three
    python -m bench.reliability --quick    # smaller inputs

1. ``python -m extractor extract`` on a text whose body is one sentence of ~0.5 MB with no
   。 (figures, channels and lists repeated): wall time (83 s before ``bounds`` was given a
   reach; time grew with the square of the sentence's length).
2. Peak resident memory (VmHWM) of a process reading a 1 MB-class DOCX zip bomb and PDF
   bomb, with the default limits (refused before inflating) and with the limits raised
   (what the bomb costs when it is read).
3. ``store.ingest`` of generated text reports in worker processes (``isolate=True``, the
   default: wall-time and memory limits per file) against in-process extraction.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SENTENCE = "全年共收到政府信息公开申请12件，主动公开信息356条，通过政府网站、微信公众号、政务微博发布"


def run_on_sentence(chars: int) -> dict:
    body = SENTENCE * (chars // len(SENTENCE))
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "long.txt"
        f.write_text("某某县人民政府2023年政府信息公开工作年度报告\n" + body + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        p = subprocess.run([PY, "-m", "extractor", "extract", str(f)], cwd=ROOT,
                           capture_output=True, text=True)
        wall = time.perf_counter() - t0
    return {"sentence_chars": len(body), "seconds": round(wall, 2), "exit": p.returncode}


def _bombs(d: Path, mb: int) -> list[Path]:
    import io

    import docx as python_docx
    buf = io.BytesIO()
    doc = python_docx.Document()
    doc.add_paragraph("某某县人民政府2023年政府信息公开工作年度报告")
    doc.save(buf)
    docx = d / "bomb.docx"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":  # a valid document, padded with blanks
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (mb << 20), 1)
            z.writestr(info.filename, data)
    body = zlib.compress(b" " * (mb << 20), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    pdf = d / "bomb.pdf"
    pdf.write_bytes(bytes(out))
    return [docx, pdf]


_READ = ("import re, sys, time\nfrom extractor.readers import ReadError, read_document\n"
         "t = time.perf_counter()\n"
         "try:\n    read_document(sys.argv[1]); out = 'read'\n"
         "except ReadError as e:\n    out = e.reason[:60]\n"
         "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]\n"
         "print(int(hwm) // 1024, round(time.perf_counter() - t, 2), out)")


def bombs(mb: int) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for bomb in _bombs(Path(d), mb):
            for label, env in (("default limits", {}),
                               ("limits raised", {"NIANBAO_MAX_PART_MB": "100000",
                                                  "NIANBAO_MAX_STREAM_MB": "100000",
                                                  "NIANBAO_MAX_UNZIPPED_MB": "100000"})):
                p = subprocess.run([PY, "-c", _READ, str(bomb)], cwd=ROOT, capture_output=True,
                                   text=True, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
                peak, secs, out = (p.stdout.split(" ", 2) + ["", "", ""])[:3]
                rows.append({"file": bomb.name, "kB": bomb.stat().st_size // 1024,
                             "inflates_to_MB": mb, "run": label, "peak_MB": peak,
                             "seconds": secs, "outcome": out.strip() or p.stderr[-200:]})
    return rows


def ingest_workers(n: int) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    import store
    from bench.generate import write_corpus
    rows = []
    with tempfile.TemporaryDirectory() as d:
        write_corpus(Path(d) / "c", n, ["txt"], 11)
        for isolate, jobs in ((False, 1), (True, 1), (True, 2)):
            db = store.connect(Path(d) / f"{isolate}{jobs}.db")
            t0 = time.perf_counter()
            r = store.ingest(db, [Path(d) / "c" / "txt"], jobs=jobs, isolate=isolate)
            wall = time.perf_counter() - t0
            rows.append({"isolate": isolate, "jobs": jobs, "reports": r.stored,
                         "seconds": round(wall, 2), "per_second": round(r.stored / wall, 1)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    out = {"run_on_sentence": run_on_sentence(100_000 if args.quick else 500_000),
           "bombs": bombs(50 if args.quick else 400),
           "ingest": ingest_workers(40 if args.quick else 400)}
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
