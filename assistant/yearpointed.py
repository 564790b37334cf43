"""A relative year of the one report answered before (family year_shift, 它上一年的呢 after 收到申请
最多的是哪个单位): the question before had no year of its own, so the year moved is the year of
the report it answered (四川省自然资源厅 2023 → 2022), of that report's organ; said in the
first line. A report with no year or no organ is left as before (the word stays unread)."""
from __future__ import annotations

from dataclasses import replace

from .yearshift import year_shift


def shifted_answered(conn, plan, question: str):
    """``plan`` (narrowed to the one report answered before) moved to its organ's report of
    the year ``question`` says relative to it; None when it says no relative year."""
    hit = year_shift(question)
    if hit is None or plan.years or len(plan.report_ids) != 1:
        return None
    row = conn.execute("SELECT organ_id, organ_name, year FROM reports WHERE id = ?",
                       (plan.report_ids[0],)).fetchone()
    if not row or row[0] is None or row[2] is None:
        return None
    word, d = hit
    year = int(row[2]) + d
    out = replace(plan, report_ids=(), organ_ids=(row[0],), organ_names=(row[1],) if row[1] else (),
                  years=(year,), unread=tuple(w for w in plan.unread if w != word))
    out.given = tuple(dict.fromkeys(plan.given + ("years", "organ_ids")))
    out.notes = (*plan.notes, f"“{word}”按上一个回答的报告（{row[1] or '该机关'}{row[2]}年）"
                 f"{'往前' if d < 0 else '往后'}一年理解：{year}年")
    out.rules = plan.rules_plus("year_shift")
    return out
