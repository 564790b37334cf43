"""Coverage: which organs expected to report have no report for a year.

``read_expected(path)``: a UTF-8 CSV (a BOM is fine) with a ``name`` column and optional
``level`` and ``county`` columns, one organ per row. ``read_expected_upload(name, data)``:
the same from an uploaded CSV or Excel file (bytes); headers may be Chinese (机关名称 / 名称 /
机关, 层级, 县区). ``not_reported_again(db, year)``: with no list, the organs that reported
the year before and have no report this year (organ id, name, level, county, last report). ``missing(db, expected, year)``: the
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


HEADERS = {"name": ("name", "机关名称", "名称", "机关", "单位", "单位名称"),
           "level": ("level", "层级"), "county": ("county", "县区", "县（区）", "区县")}


def _rows_from(header: list, body) -> list[dict]:
    header = [str(h or "").strip() for h in header]
    idx = {}
    for field, names in HEADERS.items():
        for i, h in enumerate(header):
            if h in names:
                idx.setdefault(field, i)
    if "name" not in idx:
        raise StoreError(f"第一行没有“机关名称”列（表头是：{'、'.join(h for h in header if h) or '空'}）；"
                         "请在第一行写 机关名称,层级,县区")
    out = []
    for row in body:
        row = list(row) + [None] * len(header)
        d = {f: (str(row[i]).strip() if row[i] is not None else "") or None for f, i in idx.items()}
        if d.get("name"):
            out.append(d)
    return out


def read_expected_upload(name: str, data: bytes) -> list[dict]:
    """An uploaded list of expected organs: .csv (UTF-8 or GBK) or .xlsx (first sheet)."""
    if name.lower().endswith((".xlsx", ".xlsm")):
        import io

        from openpyxl import load_workbook
        try:
            ws = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except Exception:  # noqa: BLE001 - any unreadable workbook gets the same advice
            raise StoreError("无法读取这个 Excel 文件；请另存为 .xlsx 后再上传") from None
        rows = list(ws.iter_rows(values_only=True))
    else:
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise StoreError("无法识别文件编码；请另存为 UTF-8 编码的 CSV")
        rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise StoreError("文件是空的；第一行写 机关名称,层级,县区，每行一个机关")
    return _rows_from(rows[0], rows[1:])


def years(db) -> list[int]:
    return [y for (y,) in db.execute(
        "SELECT DISTINCT year FROM effective_reports WHERE year IS NOT NULL ORDER BY year DESC")]


def not_reported_again(db, year: int) -> list[dict]:
    """Organs with a report for ``year - 1`` and none for ``year``."""
    cur = db.execute(
        "SELECT p.organ_id, p.organ_name, p.level, p.county, p.report_id FROM effective_reports p "
        "WHERE p.year = ? AND p.organ_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM effective_reports c "
        "WHERE c.organ_id = p.organ_id AND c.year = ?) ORDER BY p.county, p.organ_name",
        [year - 1, year])
    return [dict(zip(("organ_id", "name", "level", "county", "last_report_id"), r)) for r in cur]


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
