"""Coverage: which organs expected to report have no report for a year.

``read_expected(path)``: a UTF-8 CSV (a BOM is fine) with a ``name`` column and optional
``level`` and ``county`` columns, one organ per row. ``missing(db, expected, year)``: the
rows with no report of that (effective) year whose organ name matches, compared in the
normalised form of ``ingest.normalise_name`` (NFKC, no spaces); when a row gives a county,
the report's county must match too (a report with no county stated matches any).
"""
from __future__ import annotations

import csv
from pathlib import Path

from .errors import StoreError
from .organs import normalise_name


def read_expected(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "name" not in reader.fieldnames:
                raise StoreError(f"{path}: no 'name' column; the first line must be a header "
                                 "such as name,level,county")
            rows = [{k: (v or "").strip() or None for k, v in r.items() if k} for r in reader]
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file; give the CSV of expected organs") from None
    except UnicodeDecodeError:
        raise StoreError(f"{path}: not UTF-8; save the CSV as UTF-8 and try again") from None
    return [r for r in rows if r.get("name")]


def missing(db, expected: list[dict], year: int) -> list[dict]:
    have: dict[str, list] = {}
    for name, short, county in db.execute(
            "SELECT organ_name, short_name, county FROM effective_reports WHERE year = ?", [year]):
        for n in (name, short):
            if n:
                have.setdefault(normalise_name(n), []).append(
                    normalise_name(county) if county else None)
    out = []
    for row in expected:
        counties = have.get(normalise_name(row["name"]))
        if counties is None:
            out.append(row)
            continue
        want = row.get("county")
        if want and not any(c is None or c == normalise_name(want) for c in counties):
            out.append(row)
    return out
