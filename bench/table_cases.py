"""Score table reading on a folder of report files with gold (``<id>.gold.json`` beside each
``<id>.<ext>``: ``figures`` {key: value} of tables 2-4, ``expect_status`` {table: status},
optionally ``accept_status`` {table: [other statuses also right]} and ``unkeyed``: printed
values of a row a careful reader cannot place, [{"table", "candidates": [row keys], ...}]).

    python -m bench.table_cases tests/fixtures/table_quirks        # summary
    python -m bench.table_cases DIR -v                              # every miss

Cells: share of gold cells read with the gold value; extra: cells read that gold leaves
blank (a cell under one of an ``unkeyed`` entry's candidate rows is neither required nor
counted extra when its table's status flags it: placing it is a guess the status declares);
status: share of tables whose status is the expected one; silent: tables read
wrong whose status still says verified / source_inconsistent (the worst outcome).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from extractor import extract

OK = {"verified", "source_inconsistent"}


def score_case(path: Path, gold: dict) -> dict:
    rec = extract(path)
    got = {f.key: f.value for f in rec.figures if f.key[:3] in ("t2.", "t3.", "t4.")}
    want = gold["figures"]
    bad = {k: (v, got.get(k)) for k, v in want.items() if got.get(k) is None or abs(got[k] - v) > 1e-6}
    status = {t.table: t.status for t in rec.tables}
    guessed = {row for u in gold.get("unkeyed") or () if status.get(u["table"]) not in OK
               for row in u.get("candidates", ())}
    extra = {k: got[k] for k in got if k not in want and k.rsplit(".", 1)[0] not in guessed}
    exp = gold.get("expect_status") or {}
    accept = gold.get("accept_status") or {}   # other statuses the writer also accepts
    st_bad = {t: (s, status.get(t)) for t, s in exp.items()
              if status.get(t) != s and status.get(t) not in accept.get(t, ())}
    silent = []
    for t in ("t2", "t3", "t4"):
        wrong = any(k.startswith(t + ".") for k in list(bad) + list(extra))
        if wrong and status.get(t) in OK:
            silent.append(t)
    return {"cells": len(want), "bad": bad, "extra": extra, "status_bad": st_bad, "tables": len(exp),
            "silent": silent, "notes": {t.table: t.note for t in rec.tables}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    tot = {"cells": 0, "bad": 0, "extra": 0, "tables": 0, "status_bad": 0, "silent": 0}
    for g in sorted(Path(a.folder).glob("*.gold.json")):
        cid = g.name[:-len(".gold.json")]
        src = next(p for p in g.parent.glob(cid + ".*") if not p.name.endswith(".gold.json"))
        r = score_case(src, json.loads(g.read_text(encoding="utf-8")))
        for k in ("cells", "tables"):
            tot[k] += r[k]
        for k in ("bad", "extra", "status_bad", "silent"):
            tot[k] += len(r[k])
        if a.v and (r["bad"] or r["extra"] or r["status_bad"] or r["silent"]):
            print(f"{src.name}: {len(r['bad'])}/{r['cells']} wrong, {len(r['extra'])} extra, "
                  f"status {r['status_bad']}, silent {r['silent']}")
            for k, v in list(r["bad"].items())[:6]:
                print(f"    {k}: gold {v[0]} read {v[1]}")
            for k, v in list(r["extra"].items())[:3]:
                print(f"    extra {k} = {v}")
            for t, n in r["notes"].items():
                if t in r["status_bad"] and n:
                    print(f"    {t} note: {n[:200]}")
    cells = 1 - tot["bad"] / max(tot["cells"], 1)
    st = 1 - tot["status_bad"] / max(tot["tables"], 1)
    print(f"cells {cells:.3f} ({tot['cells'] - tot['bad']}/{tot['cells']}), extra {tot['extra']}, "
          f"status {st:.3f} ({tot['tables'] - tot['status_bad']}/{tot['tables']}), silent {tot['silent']}")


if __name__ == "__main__":
    main()
