"""What most needs a human, and saving a reviewer's edits as corrections (no streamlit).

Triage. ``queue(db, limit, offset)`` / ``count_queue(db)``: every report not yet 已审核
(``store.review_state``), in three tiers, each with its ``reasons`` (Chinese) and a score:

1. ``tables``: its tables the machine doubts (status doubtful or incomplete) and no
   reviewer has marked 已审核;
2. ``hard`` / ``soft``: its failed checks without a verdict (``store.checks.set_verdict``);
   ``stale``: corrections made on content the report no longer has (需复核：原文已变);
3. the rest: missing organ name, year, table 3 or template, reader warnings, or simply not
   reviewed yet.

Sorted by tier, then score (hard checks 3 each, soft 1, no table 3 / name / year 3, no
template 1, warnings 1 each, stale corrections 3 each), then id. Marking a report 已审核 removes it, so the queue
shrinks as work is done. ``counts(db)``: the numbers for the top of the page.

``figure_rows(db, rid)``: one row per figure of the report (effective), for an editor:
key, label, machine value, current value, note (of the active correction), correction id.
``grid_edits(grid, state)``: a data editor's state (``edited_rows`` {row: {column: value}})
over a template-shaped grid (``report_view.grid``: the first column the label, the others
value cells) as ``{key: value}``: a clicked and typed cell corrects or adds its figure.
``edits_from_editor(rows, state)``: the same over ``figure_rows`` as
``({key: value}, {key: note})``: an edited ``value`` sets it, a deleted row deletes the
figure, an added row with a ``key`` adds it.
``save_figure_edits(db, rid, edits, note, notes, by)``: ``edits`` maps a key to its new
value as typed (``None`` or ``""`` = delete the figure); unchanged values are skipped, each
change becomes one ``corrections.correct_figure`` with its own note (``notes[key]``) or
``note``. Returns the correction ids. A bad key or value raises ``StoreError`` (in
Chinese) before anything is written.
"""
from __future__ import annotations

from .corrections import correct_figure, is_figure_key
from .errors import StoreError
from .labels import BLANK
from .report_view import label
from .review_state import NEEDS_EYES, state_sql

_VERDICT = ("NOT EXISTS (SELECT 1 FROM check_verdicts v WHERE v.report_id = c.report_id "
            "AND v.rule = c.rule)")
_NEEDS = ", ".join(f"'{s}'" for s in NEEDS_EYES)
_PARTS = {
    "tables": f"(SELECT count(*) FROM table_statuses t WHERE t.report_id = r.report_id "
              f"AND t.status IN ({_NEEDS}) AND {state_sql('t.report_id', 't.tbl')} != 'reviewed')",
    "hard": f"(SELECT count(*) FROM effective_checks c WHERE c.report_id = r.report_id "
            f"AND c.ok = 0 AND c.severity = 'hard' AND {_VERDICT})",
    "soft": f"(SELECT count(*) FROM effective_checks c WHERE c.report_id = r.report_id "
            f"AND c.ok = 0 AND c.severity != 'hard' AND {_VERDICT})",
    "no_t3": "(NOT r.has_t3)",
    "no_name": "(r.organ_name IS NULL OR r.organ_name = '')",
    "no_year": "(r.year IS NULL)",
    "no_template": "(r.template IS NULL)",
    "warnings": "(SELECT coalesce(json_array_length(warnings), 0) FROM reports w "
                "WHERE w.id = r.report_id)",
    # corrections made on content the report no longer has, not yet redone or reverted
    "stale": "(SELECT count(*) FROM corrections c WHERE c.report_id = r.report_id "
             "AND c.source_changed = 1 AND c.reverted_at IS NULL AND NOT EXISTS ("
             "SELECT 1 FROM corrections d WHERE d.report_id = c.report_id AND d.target = c.target "
             "AND d.key = c.key AND d.id > c.id AND d.reverted_at IS NULL))",
}
_SCORE = ("3 * hard + soft + 3 * no_t3 + 3 * no_name + 3 * no_year + no_template + warnings"
          " + 3 * stale")
_TIER = "CASE WHEN tables > 0 THEN 1 WHEN hard + soft + stale > 0 THEN 2 ELSE 3 END"
REASONS = {"tables": "表格读取存疑或不完整 {} 张", "hard": "硬性校验未通过 {} 项",
           "soft": "一般校验未通过 {} 项", "no_t3": "缺少表三数据", "no_name": "缺少机关名称",
           "no_year": "缺少年度", "no_template": "未识别表格格式", "warnings": "读取提示 {} 条",
           "stale": "需复核：原文已变（{} 项更正未应用）"}


def _inner() -> str:
    parts = ", ".join(f"{sql} AS {name}" for name, sql in _PARTS.items())
    base = (f"SELECT r.report_id, r.organ_name, r.county, r.level, r.year, r.source_path, {parts}, "
            f"{state_sql()} AS state FROM effective_reports r")
    return f"SELECT *, {_TIER} AS tier, {_SCORE} AS score FROM ({base}) WHERE state != 'reviewed'"


def count_queue(db) -> int:
    return db.execute(f"SELECT count(*) FROM ({_inner()})").fetchone()[0]


def queue(db, *, limit: int = 50, offset: int = 0) -> list[dict]:
    cur = db.execute(f"SELECT * FROM ({_inner()}) ORDER BY tier, tables DESC, score DESC, "
                     f"report_id LIMIT ? OFFSET ?", [limit, offset])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        d = dict(zip(cols, row))
        why = [text.format(d[name]) for name, text in REASONS.items() if d[name]]
        d["reasons"] = "；".join(why) or ("有疑问，待处理" if d["state"] == "question" else "尚未审核")
        out.append(d)
    return out


def counts(db) -> dict:
    """For the top of the page: reports by review state, and what the queue holds."""
    by_state = dict(db.execute(
        f"SELECT {state_sql()} AS s, count(*) FROM effective_reports r GROUP BY s").fetchall())
    tiers = dict(db.execute(f"SELECT tier, count(*) FROM ({_inner()}) GROUP BY tier").fetchall())
    return {"reports": sum(by_state.values()), "pending": by_state.get("pending", 0),
            "question": by_state.get("question", 0), "reviewed": by_state.get("reviewed", 0),
            "queue": sum(tiers.values()), "tables": tiers.get(1, 0), "checks": tiers.get(2, 0),
            "other": tiers.get(3, 0)}


def figure_rows(db, rid: int) -> list[dict]:
    rows = db.execute(
        "SELECT f.key, f.machine_value, f.value, c.note, f.correction_id, f.raw "
        "FROM effective_figures f LEFT JOIN corrections c ON c.id = f.correction_id "
        "WHERE f.report_id = ? ORDER BY f.span_start IS NULL, f.span_start, f.key", [rid]).fetchall()
    return [{"key": k, "label": label(k), "machine": m, "value": v, "note": n,
             "correction_id": cid, "raw": raw} for k, m, v, n, cid, raw in rows]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


def edits_from_editor(rows: list[dict], state: dict) -> tuple[dict, dict]:
    edits, notes = {}, {}
    for i, change in (state.get("edited_rows") or {}).items():
        key = rows[int(i)]["key"]
        if "value" in change:
            edits[key] = change["value"]
        if change.get("note"):
            notes[key] = change["note"]
            edits.setdefault(key, rows[int(i)]["value"])
    for i in state.get("deleted_rows") or []:
        edits[rows[int(i)]["key"]] = None
    for added in state.get("added_rows") or []:
        key = (added.get("key") or "").strip()
        if key:
            edits[key] = added.get("value")
            if added.get("note"):
                notes[key] = added["note"]
    return edits, notes


def _number(key: str, raw) -> int | float:
    s = str(raw).strip().replace(",", "").replace("，", "")
    try:
        n = float(s)
    except ValueError:
        raise StoreError(f"{label(key)}：“{raw}”不是数字，请填写阿拉伯数字，例如 12") from None
    return int(n) if n.is_integer() else n


def grid_edits(grid: dict, state: dict) -> dict:
    """``{key: value}`` of the cells edited in a data editor over ``report_view.grid``."""
    edits = {}
    cols = grid["columns"]
    for i, change in (state.get("edited_rows") or {}).items():
        keys = grid["keys"][int(i)]
        for col, value in change.items():
            if col in cols:
                key = keys[cols.index(col)]
                if key:
                    edits[key] = value
    return edits


def save_figure_edits(db, rid: int, edits: dict, note: str | None = None,
                      notes: dict | None = None, by: str | None = None) -> list[int]:
    current = {k: v for k, v in db.execute(
        "SELECT key, value FROM effective_figures WHERE report_id = ?", [rid])}
    plan = []
    for key, raw in edits.items():
        key = (key or "").strip()
        if not is_figure_key(key):
            raise StoreError(f"这个单元格不是表格中的数值（{key or '空'}），无法保存")
        if raw is None or str(raw).strip() in ("", BLANK):
            if key in current:
                plan.append((key, None))
            continue
        value = _number(key, raw)
        if not _same(value, current.get(key)):
            plan.append((key, value))
    notes = notes or {}
    ids = []
    for key, value in plan:
        why = notes.get(key) or note
        if value is None:
            ids.append(correct_figure(db, rid, key, delete=True, note=why, by=by))
        else:
            ids.append(correct_figure(db, rid, key, str(value), note=why, by=by))
    return ids
