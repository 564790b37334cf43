"""Table reading on the quirks real tables show (tests/fixtures/table_quirks, written blind
by helpers who never saw the reader, in nine rounds: its README lists each case's format and quirk;
first runs: round 1 cells 0.805, status 0.759, silent 0; round 2 cells 0.985, status 0.922, silent 0;
round 3 (full-length, pdftotext-like) cells 0.854, status 0.867, silent 1; round 4 (PDFs printed
by Chromium and LibreOffice) cells 0.670, status 0.750, silent 4 — after the double-rule fix
0.997 / 0.972 / 0; round 5 (table 2 families, e-*) cells 0.996, status 0.889, silent 1 — after
the fixes for its families 1.000 / 1.000 / 0; round 6 (tables 3 and 4, 12 PDFs, f6-*) cells 1.000,
status 0.989, silent 0 — after the blank-row fix 1.000 / 1.000 / 0; d-b4c05 (a row cut by a page with no rule above it) fixed in session 5;
round 7 (24 reports, f7-*) cells 0.941, status 68/72, silent 0 — after the tab-row, blank-row and
unlabelled-row fixes (session 7) 1.000 / 72/72 / 0;
round 8 (24 reports, f8-*) cells 3,890 / 4,246, status 64/72, silent 5 — after the header-order fix
(tables 3 and 4 read by their header words; 总计 in another place never the source's fault; the
collapsed 法人 column incomplete) 4,146 / 4,246, 67/72, silent 0; after the wrapped-line, two-rows-on-one-line,
out-of-place-row and two-tables-3 fixes (session 9) 4,246 / 4,246, 72/72, silent 0;
round 9 (24 reports as organs publish them, f9-*; session 10) cells 4,649 / 4,656, status 70/72,
silent 0 — after the 合计 total-row label 4,656 / 4,656, 71/72, silent 0;
round 12 (24: 16 excerpts as real ones hold tables, 8 short reports, f12-*; session 13) cells
2,850 / 2,871, status 70/72, silent 0 — after the label-alone blank-row (table 2, f9-t03, f11-w04,
f12-w03), short-row excerpt (f12-e16) and empty-label-run (f12-w07) fixes 2,871 / 2,871, 72/72, 0;
round 13 (24 whole short reports: 12 PDFs with tables crossing pages, 6 html, 6 txt; f13-*; session 14)
cells 4,716 / 4,730, status 69/72, silent 0 — after the proved-order fix (label-less rows that
fill the gap between two rows found by their labels are placed by a proof, so a printed slip beside
them is the source's; f13-c03, f13-f01, f13-p05) 4,730 / 4,730, 72/72, 0;
round 14 (24 short reports on heldout.md's table families: 10 PDFs from three printers, 6 html, 4 docx,
4 txt; f14-*; session 16) cells 4,749 / 4,756, status 71/72, silent 0 — after the fix for a row
label split by a page break with the header printed again between its parts (f14-p01) 4,756 / 4,756, 72/72, 0;
round 15 (24 short reports on table 2 and table 4 families: 8 txt, 6 html, 5 docx, 5 pdf; f15-*; session 17)
cells 4,676 / 4,713, status 67/72, silent 0;
a case still open would be marked below, strict, so a fix shows).

Every gold cell is read with its value, no cell is read that the report leaves blank, and
every table says the status the case expects — above all, a table with a missing row is
never `verified` and a printed total that does not add up is `source_inconsistent`."""
import json
from pathlib import Path

import pytest

from bench.table_cases import score_case

HERE = Path(__file__).parent / "fixtures" / "table_quirks"
CASES = sorted(p.name[:-len(".gold.json")] for p in HERE.glob("*.gold.json"))
# read wrong today, and said so (status absent / incomplete, never verified): still open
OPEN: dict[str, str] = {}


def _source(cid: str) -> Path:
    return next(p for p in HERE.glob(cid + ".*") if not p.name.endswith(".gold.json"))


def test_the_cases_cover_every_format_and_status():
    exts = {_source(c).suffix for c in CASES}
    statuses = {s for c in CASES for s in json.loads((HERE / f"{c}.gold.json").read_text())["expect_status"].values()}
    assert exts == {".txt", ".html", ".md", ".docx", ".pdf"}
    assert {"verified", "incomplete", "source_inconsistent", "absent"} <= statuses


@pytest.mark.parametrize("cid", [pytest.param(c, marks=pytest.mark.xfail(reason=OPEN[c], strict=True))
                                 if c in OPEN else c for c in CASES])
def test_quirk_case(cid):
    gold = json.loads((HERE / f"{cid}.gold.json").read_text(encoding="utf-8"))
    r = score_case(_source(cid), gold)
    assert r["bad"] == {}, f"cells read wrong or missed: {list(r['bad'].items())[:5]}"
    assert r["extra"] == {}, f"cells read that the report leaves blank: {r['extra']}"
    assert r["status_bad"] == {}, f"status (expected, got): {r['status_bad']} {r['notes']}"
    assert r["silent"] == []


@pytest.mark.parametrize("cid", sorted(OPEN))
def test_an_open_case_is_never_called_right(cid):
    gold = json.loads((HERE / f"{cid}.gold.json").read_text(encoding="utf-8"))
    r = score_case(_source(cid), gold)
    assert r["silent"] == []
