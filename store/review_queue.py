"""What most needs a human, and saving a reviewer's edits as corrections (no streamlit).

``queue(db, limit, offset)`` / ``count_queue(db)``: the reports with something to look at,
most urgent first, each with its ``reasons`` (Chinese, for display) and a ``score``:

    failed hard check 3 each · failed soft check 1 each · no table 3 figures 3 ·
    no organ name 3 · no year 3 · no template 1 · each reader/extractor warning 1 ·
    each correction made on content the report no longer has (需复核：原文已变) 3

A failed check a reviewer has given a verdict on (``store.checks.set_verdict``) no longer
counts. The score is computed in SQL, so the queue pages like any other list.

``figure_rows(db, rid)``: one row per figure of the report (effective), for an editor:
key, label, machine value, current value, note (of the active correction), correction id.
``edits_from_editor(rows, state)``: a data editor's state (``edited_rows`` {row: {column:
value}}, ``added_rows`` [{column: value}], ``deleted_rows`` [row]) over ``figure_rows`` as
``({key: value}, {key: note})``: an edited ``value`` sets it, a deleted row deletes the
figure, an added row with a ``key`` adds it; a key typed over an existing row is ignored.
``save_figure_edits(db, rid, edits, note, notes)``: ``edits`` maps a key to its new value
as typed (``None`` or ``""`` = delete the figure); unchanged values are skipped, each change
becomes one ``corrections.correct_figure`` with its own note (``notes[key]``) or ``note``.
Returns the correction ids. A bad key or value raises ``StoreError`` before anything is
written.
"""
from __future__ import annotations

from .corrections import correct_figure, is_figure_key, parse_number
from .errors import StoreError
from .report_view import label

_VERDICT = ("NOT EXISTS (SELECT 1 FROM check_verdicts v WHERE v.report_id = c.report_id "
            "AND v.rule = c.rule)")
_PARTS = {
    "hard": f"(SELECT count(*) FROM effective_checks c WHERE c.report_id = r.report_id "
            f"AND c.ok = 0 AND c.severity = 'hard' AND {_VERDICT})",
    "soft": f"(SELECT count(*) FROM effective_checks c WHERE c.report_id = r.report_id "
            f"AND c.ok = 0 AND c.severity != 'hard' AND {_VERDICT})",
    "no_t3": "(NOT EXISTS (SELECT 1 FROM effective_figures f WHERE f.report_id = r.report_id "
             "AND f.key LIKE 't3.%'))",
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
_SCORE = (f"3 * {_PARTS['hard']} + {_PARTS['soft']} + 3 * {_PARTS['no_t3']} + "
          f"3 * {_PARTS['no_name']} + 3 * {_PARTS['no_year']} + {_PARTS['no_template']} + "
          f"{_PARTS['warnings']} + 3 * {_PARTS['stale']}")
REASONS = {"hard": "硬性校验未通过 {} 项", "soft": "一般校验未通过 {} 项", "no_t3": "缺少表三数据",
           "no_name": "缺少机关名称", "no_year": "缺少年度", "no_template": "未识别表格格式",
           "warnings": "读取警告 {} 条", "stale": "需复核：原文已变（{} 项更正未应用）"}


def _inner() -> str:
    parts = ", ".join(f"{sql} AS {name}" for name, sql in _PARTS.items())
    return (f"SELECT r.report_id, r.organ_name, r.county, r.year, r.source_path, {parts}, "
            f"{_SCORE} AS score FROM effective_reports r")


def count_queue(db) -> int:
    return db.execute(f"SELECT count(*) FROM ({_inner()}) WHERE score > 0").fetchone()[0]


def queue(db, *, limit: int = 50, offset: int = 0) -> list[dict]:
    cur = db.execute(f"SELECT * FROM ({_inner()}) WHERE score > 0 "
                     f"ORDER BY score DESC, report_id LIMIT ? OFFSET ?", [limit, offset])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        d = dict(zip(cols, row))
        d["reasons"] = "；".join(
            text.format(d[name]) for name, text in REASONS.items() if d[name])
        out.append(d)
    return out


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


def save_figure_edits(db, rid: int, edits: dict, note: str | None = None,
                      notes: dict | None = None, by: str | None = None) -> list[int]:
    current = {k: v for k, v in db.execute(
        "SELECT key, value FROM effective_figures WHERE report_id = ?", [rid])}
    plan = []
    for key, raw in edits.items():
        key = (key or "").strip()
        if not is_figure_key(key):
            raise StoreError(f"unknown figure key '{key}'; e.g. t3.new_received.total")
        if raw is None or str(raw).strip() == "":
            if key in current:
                plan.append((key, None))
            continue
        value = parse_number(key, str(raw))
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
