"""Export with corrections applied.

``export_jsonl(db, fh)``: one contract record per report (``effective.effective_record``)
per line; ``nianbao ingest`` reads such a file back (a round trip keeps every value).
``export_csv(db, fh)``: one row per report, the metadata and the main figures
(``schema.MAIN_FIGURES``, headers are the figure keys) plus the count of failed checks;
written by the CLI as UTF-8 with a BOM so Excel shows the Chinese correctly.
"""
from __future__ import annotations

import csv
import json
from typing import TextIO

from .effective import effective_record, report_ids
from .schema import MAIN_FIGURES, column

CSV_META = ("report_id", "organ_name", "short_name", "level", "province", "city", "county",
            "year", "template", "source_path")


def export_jsonl(db, fh: TextIO) -> int:
    n = 0
    for rid in report_ids(db):
        fh.write(json.dumps(effective_record(db, rid), ensure_ascii=False) + "\n")
        n += 1
    return n


def _cell(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return "" if v is None else v


def export_csv(db, fh: TextIO) -> int:
    w = csv.writer(fh)
    w.writerow(list(CSV_META) + list(MAIN_FIGURES) + ["failed_checks"])
    cols = ", ".join(f"r.{c}" for c in CSV_META) + ", " + ", ".join(
        f"m.{column(k)}" for k in MAIN_FIGURES)
    failed = dict(db.execute(
        "SELECT report_id, count(*) FROM effective_checks WHERE ok = 0 GROUP BY report_id"))
    n = 0
    for row in db.execute(f"SELECT {cols} FROM effective_reports r LEFT JOIN "
                          "effective_main_figures m USING (report_id) ORDER BY r.report_id"):
        w.writerow([_cell(v) for v in row] + [failed.get(row[0], 0)])
        n += 1
    return n
