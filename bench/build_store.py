"""A large nianbao store for latency benchmarks, built without running the extractor per report.

    python -m bench.build_store --n 100000 --db bench/out/store_100k.db
    python -m bench.build_store --n 2000 --db /tmp/s.db --bases 40     # toy size

How: ``--bases`` reports are generated (``bench.generate.make_spec``, txt) and extracted
once; each stored report is a clone of one base with a new organ (``gen_organs.make_organ``
at the base's level: name, short name, county, city), new contact details, and a year
(every organ reports for 7 years, 2019-2025). The organ's old name, short name, county
and phone numbers are replaced in the text and every span is moved to match, so
provenance still points at the right characters. Figures and facts are the base's (so
``--bases`` distinct number sets). Each clone is stored with ``store.save_record``
(exactly what ingest stores), 1,000 reports a transaction.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import store
from extractor import extract

from .gen_organs import make_contact, make_organ
from .gen_render import render_txt
from .gen_spec import make_spec

YEARS = list(range(2019, 2026))
OUT = Path(__file__).resolve().parent / "out"
BATCH = 1000


def make_bases(n: int, seed: int = 101) -> list[dict]:
    """n extracted records of generated txt reports (with a known organ name)."""
    out = []
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-") as tmp:
        i = 0
        while len(out) < n:
            i += 1
            spec = make_spec(seed, idx=i, id=f"b{i:05d}")
            p = Path(tmp) / f"{spec.id}.txt"
            p.write_bytes(render_txt(spec))
            d = extract(p).to_dict()
            if d["organ"].get("name") and d["organ"].get("level") and d["organ"]["name"] in d["text"]:
                out.append(d)
    return out


def _replace(text: str, subs: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace each (old, new) everywhere (longest old first, no overlaps); the edits made."""
    hits = []  # (pos, len_old, new)
    taken = [False] * len(text)
    for old, new in sorted((s for s in subs if s[0] and s[0] != s[1]), key=lambda s: -len(s[0])):
        start = text.find(old)
        while start >= 0:
            end = start + len(old)
            if not any(taken[start:end]):
                hits.append((start, len(old), new))
                for k in range(start, end):
                    taken[k] = True
            start = text.find(old, end)
    hits.sort()
    parts, last, edits = [], 0, []
    for pos, n, new in hits:
        parts += [text[last:pos], new]
        last = pos + n
        edits.append((pos, n, len(new) - n))
    parts.append(text[last:])
    return "".join(parts), edits


def _mover(edits: list[tuple[int, int, int]]):
    def move(x):
        if x is None:
            return x
        return x + sum(d for pos, n, d in edits if pos + n <= x)
    return move


def clone(base: dict, i: int, organ, contact: dict, year: int) -> dict:
    """A copy of ``base`` as organ ``organ``'s report for ``year`` (spans moved)."""
    d = json.loads(json.dumps(base))
    o = d["organ"]
    subs = [(o.get("name"), organ.name), (o.get("short_name"), organ.short)]
    if o.get("county") and organ.county:
        subs.append((o["county"], organ.county))
    for old, new in zip(d["contact"].get("phones") or [], contact.get("phones") or []):
        subs.append((old, new))
    if d["year"]:
        subs.append((f"{d['year']}年", f"{year}年"))
    text, edits = _replace(d["text"], subs)
    move = _mover(edits)
    for item in d["figures"] + d["facts"]:
        if item.get("span"):
            item["span"] = [move(item["span"][0]), move(item["span"][1])]
    d["text"] = text
    d["organ"] = {"name": organ.name, "short_name": organ.short, "level": organ.level,
                  "province": organ.province, "city": organ.city, "county": organ.county}
    d["contact"] = {**d["contact"], "phones": list(contact.get("phones") or [])}
    d["year"] = year
    sha = hashlib.sha256(f"{i}:{text}".encode()).hexdigest()
    d["source"] = {"path": f"/bench/clone/{i:07d}.txt", "format": "txt", "sha256": sha,
                   "chars": len(text)}
    return d


def build(db_path: str | Path, n: int, bases: int = 300, seed: int = 101,
          progress=None) -> dict:
    """Store n cloned reports in a new database at db_path; timings and sizes."""
    db_path = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    recs = make_bases(bases, seed)
    by_level: dict[str, list[dict]] = {}
    for r in recs:
        by_level.setdefault(r["organ"]["level"], []).append(r)
    t_bases = time.perf_counter() - t0
    db = store.connect(db_path)
    t1 = time.perf_counter()
    i = 0
    organ = None
    while i < n:
        with store.write(db):
            for _ in range(min(BATCH, n - i)):
                o, y = divmod(i, len(YEARS))
                if y == 0:
                    base0 = recs[o % len(recs)]
                    rng = random.Random(f"bench-store:{seed}:{o}")
                    organ = make_organ(rng, base0["organ"]["level"])
                    contact = make_contact(rng, organ)
                    group = by_level[base0["organ"]["level"]]
                base = group[(o + y) % len(group)]
                store.save_record(db, clone(base, i, organ, contact, YEARS[y]))
                i += 1
        if progress:
            progress(i)
    t_store = time.perf_counter() - t1
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.conn.close()
    size = db_path.stat().st_size
    return {"n": n, "bases": len(recs), "bases_s": round(t_bases, 1),
            "store_s": round(t_store, 1), "reports_per_s": round(n / t_store, 1),
            "db_mb": round(size / 2**20, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.build_store", description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.build_store --n 100000 --db bench/out/store_100k.db")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="database file (default bench/out/store_<n>.db)")
    ap.add_argument("--bases", type=int, default=300, help="distinct extracted base reports")
    ap.add_argument("--seed", type=int, default=101)
    a = ap.parse_args(argv)
    db = a.db or str(Path(__file__).resolve().parent / "out" / f"store_{a.n // 1000}k.db" if a.n % 1000 == 0 else f"store_{a.n}.db")
    res = build(db, a.n, a.bases, a.seed,
                progress=lambda k: print(f"{k} stored", file=sys.stderr) if k % 10_000 == 0 else None)
    print(json.dumps({"db": db, **res}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())


def bench_store(db: str | None, quick: bool) -> str | None:
    """The store a latency benchmark asks: with ``quick`` a 700-report toy store (built once),
    else ``db`` or the 100k store, which must exist (None, with the fix on stderr, if not)."""
    OUT.mkdir(exist_ok=True)
    if quick:
        db = db or str(OUT / "store_quick.db")
        if not Path(db).is_file():
            build(db, 700, bases=20)
        return db
    db = db or str(OUT / "store_100k.db")
    if not Path(db).is_file():
        print(f"Error: {db}: no such database; build it with `python -m bench.build_store --n 100000`",
              file=sys.stderr)
        return None
    return db
