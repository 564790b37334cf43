"""Export with corrections applied, for machines (jsonl) and for people (CSV, Excel).

``export_jsonl(db, fh)``: one contract record per report (``effective.effective_record``)
per line; ``nianbao ingest`` reads such a file back (a round trip keeps every value).

``report_rows(db, report_ids=None)``: one row per report as a reviewer reads it, in
``REPORT_COLUMNS`` order with Chinese headers: organ, level, year, file name (never the
server path), the derived 收到申请数 and where it came from (``store.derived``), the main
figures (headers from the template registry), each table's status, the failed checks,
the corrections and the review state with who and when (China time).
``export_csv(db, fh, report_ids=None)``: those rows as CSV (the CLI writes UTF-8 with a BOM
so Excel shows the Chinese). ``browse.write_csv`` writes the same rows for a filtered view.

``export_xlsx(db, path_or_buffer, report_ids=None)``: the review workbook (openpyxl), sheets
报告 (the rows above; a corrected value's cell carries a comment: 人工更正, the machine value
and the note), 更正 (every correction with its note, who, when and whether it was undone),
校验 (every failed check in Chinese with its verdict). Headers are Chinese throughout.
"""
from __future__ import annotations

import csv
import json
from typing import BinaryIO, TextIO

from . import derived
from . import labels as L
from .corrections import figure_fixes, list_corrections
from .effective import effective_record, report_ids as all_report_ids
from .measures import MAIN_FIGURES, column
from .review_state import state_sql

TABLES = ("t2", "t3", "t4")


def export_jsonl(db, fh: TextIO) -> int:
    n = 0
    for rid in all_report_ids(db):
        fh.write(json.dumps(effective_record(db, rid), ensure_ascii=False) + "\n")
        n += 1
    return n


def report_columns() -> list[tuple[str, str]]:
    """(field, Chinese header) of ``report_rows``."""
    return [("report_id", "编号"), ("organ_name", "机关"), ("level", "层级"),
            ("county", "县区"), ("year", "年度"), ("template", "表格格式"), ("file", "文件名"),
            ("requests", "收到申请数"), ("requests_source", "收到申请数来源"),
            *[(column(k), L.figure(k)) for k in MAIN_FIGURES],
            *[(f"status_{t}", f"{L.table_name(t)}状态") for t in TABLES],
            ("failed", "未通过的校验"), ("corrections", "人工更正"),
            ("state", "审核状态"), ("state_by", "审核人"), ("state_at", "审核时间（北京时间）"),
            ("state_note", "审核说明")]


def _failed(db, ids: set | None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for rid, rule, ok, exp, found, msg, sev in db.execute(
            "SELECT report_id, rule, ok, expected, found, message, severity FROM effective_checks "
            "WHERE ok = 0 ORDER BY report_id, rule"):
        if ids is None or rid in ids:
            c = {"rule": rule, "ok": False, "expected": exp, "found": found, "message": msg}
            out.setdefault(rid, []).append(f"{L.check(rule)}：{L.check_message(c)}")
    return out


def _statuses(db) -> dict[tuple[int, str], str]:
    return {(rid, t): s for rid, t, s in db.execute("SELECT report_id, tbl, status FROM table_statuses")}


def _states(db) -> dict[int, tuple]:
    out = {}
    for rid, state, by, at, note in db.execute(
            "SELECT report_id, state, by, at, note FROM review_states "
            "WHERE scope = '' ORDER BY id"):
        out[rid] = (state, by, at, note)
    return out


def fix_text(key: str, fix: dict) -> str:
    """One correction as a line: 项目：机器值 → 更正值（说明）."""
    new = "删除" if fix.get("action") == "delete" else L.number(fix.get("value"), key)
    note = f"（{fix['note']}）" if fix.get("note") else ""
    return f"{L.figure(key)}：{L.number(fix.get('machine'), key, blank='未提取')} → {new}{note}"


def report_rows(db, report_ids=None) -> list[dict]:
    ids = None if report_ids is None else {int(i) for i in report_ids}
    figs = ", ".join(f"m.{column(k)}" for k in MAIN_FIGURES)
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, r.template, "
           f"r.source_path, {derived.value_sql(derived.REQUESTS)}, "
           f"{derived.source_sql(derived.REQUESTS)}, {figs} FROM effective_reports r "
           f"LEFT JOIN effective_main_figures m ON m.report_id = r.report_id ORDER BY r.report_id")
    failed, statuses, states = _failed(db, ids), _statuses(db), _states(db)
    fixes = figure_fixes(db, ids if ids is not None else all_report_ids(db))
    out = []
    for row in db.execute(sql):
        rid = row[0]
        if ids is not None and rid not in ids:
            continue
        state, by, at, note = states.get(rid, ("pending", None, None, None))
        d = {"report_id": rid, "organ_name": L.stated(row[1]), "level": L.level(row[2]),
             "county": L.stated(row[3]), "year": row[4] or L.NOT_STATED,
             "template": f"{row[5]}版" if row[5] else L.NOT_STATED, "file": L.file_name(row[6]),
             "requests": _num(row[7]), "requests_source": derived.SOURCE_LABELS.get(row[8], "未填写"),
             **{column(k): _num(v) for k, v in zip(MAIN_FIGURES, row[9:])},
             **{f"status_{t}": L.table_status(statuses.get((rid, t))) for t in TABLES},
             "failed": "\n".join(failed.get(rid, [])),
             "corrections": "\n".join(fix_text(k, f) for k, f in fixes.get(rid, {}).items()),
             "state": L.review_state(state), "state_by": by or "", "state_at": L.china_time(at),
             "state_note": note or "", "_fixes": fixes.get(rid, {})}
        out.append(d)
    return out


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _csv_cell(field: str, v):
    if v is None:
        return L.BLANK
    return v


def write_rows_csv(rows: list[dict], fh: TextIO) -> int:
    cols = report_columns()
    w = csv.writer(fh)
    w.writerow([h for _, h in cols])
    for r in rows:
        w.writerow([_csv_cell(f, r.get(f)) for f, _ in cols])
    return len(rows)


def export_csv(db, fh: TextIO, report_ids=None) -> int:
    return write_rows_csv(report_rows(db, report_ids), fh)


def export_xlsx(db, out: str | BinaryIO, report_ids=None) -> int:
    """The review workbook (see the module docstring); returns the number of reports."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    rows = report_rows(db, report_ids)
    wb = Workbook()
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    fixed = PatternFill("solid", fgColor="D9F5DD")

    def sheet(ws, headers, widths):
        ws.append(headers)
        for c in ws[1]:
            c.font = bold
        ws.freeze_panes = "B2"
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w

    ws = wb.active
    ws.title = "报告"
    cols = report_columns()
    sheet(ws, [h for _, h in cols], [max(8, min(40, len(h) * 2 + 2)) for _, h in cols])
    by_col = {f: i for i, (f, _) in enumerate(cols, 1)}
    # rows counted here: openpyxl's max_row looks at every cell (quadratic over a sheet)
    for n, r in enumerate(rows, 2):
        ws.append([r.get(f) if r.get(f) is not None else L.BLANK for f, _ in cols])
        for key, fix in r["_fixes"].items():
            col = by_col.get(column(key))
            if col:
                cell = ws.cell(n, col)
                cell.fill = fixed
                cell.comment = Comment(f"人工更正：{fix_text(key, fix)}；{fix.get('by') or ''} "
                                       f"{L.china_time(fix.get('at'))}", "nianbao")
        for f in ("failed", "corrections"):
            ws.cell(n, by_col[f]).alignment = wrap

    ws = wb.create_sheet("更正")
    sheet(ws, ["更正编号", "报告编号", "机关", "年度", "项目", "机器值", "更正值", "说明", "更正人",
               "时间（北京时间）", "状态"], [9, 9, 28, 8, 40, 10, 10, 30, 10, 18, 16])
    names = {r["report_id"]: (r["organ_name"], r["year"]) for r in rows}
    n = 1
    for c in list_corrections(db):
        if c["report_id"] not in names:
            continue
        ws.append(correction_row(c, *names[c["report_id"]]))
        n += 1
        ws.cell(n, 8).alignment = wrap

    ws = wb.create_sheet("校验")
    sheet(ws, ["报告编号", "机关", "年度", "校验", "级别", "结果", "审核意见"], [9, 28, 8, 50, 8, 40, 20])
    from .checks import list_checks
    for c in list_checks(db):
        if c["report_id"] in names:
            ws.append([c["report_id"], *names[c["report_id"]], L.check(c["rule"]),
                       L.label("severity", c["severity"], "一般"), L.check_message(c),
                       L.label("verdict", c["verdict"], "未处理")])
    wb.save(out)
    return len(rows)


def correction_row(c: dict, organ, year) -> list:
    machine = json.loads(c["old_value"]) if c["old_value"] else None
    if c["target"] == "figure":
        what, key = L.figure(c["key"]), c["key"]
        new = "删除" if c["action"] == "delete" else L.number(c["new_value"], key)
        old = L.number(machine, key, blank="未提取")
    elif c["target"] == "meta":
        what = L.label("meta", c["key"], "基本信息")
        shown = L.level if c["key"] == "organ.level" else L.stated
        new, old = shown(c["new_value"]), shown(machine)
    else:
        what = L.fact_kind(c["key"])
        new = {"add": "补充：", "set": "改为：", "delete": "删除："}[c["action"]] + str(
            c["new_text"] or L.fact_value(c["key"], c["new_value"]) or c["match"] or "")
        old = "、".join(str(x[1] or x[0]) for x in machine) if isinstance(machine, list) else ""
    state = f"已撤销 {L.china_time(c['reverted_at'])}" if c["reverted_at"] else "有效"
    return [c["id"], c["report_id"], organ, year, what, old, new, c["note"] or "", c["by"],
            L.china_time(c["at"]), state]
