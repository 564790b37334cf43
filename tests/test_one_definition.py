"""One definition of 收到申请数 (store.derived): Browse, Overview, the export and Ask give the
same value for a report stating it in the prose only, and one stating it in both (the table
wins), and Ask says which it came from."""
from __future__ import annotations

import pytest

import store
from assistant import Conversation
from store import browse, corrections, derived, export, overview


@pytest.fixture
def two(tmp_path, make_record):
    path = tmp_path / "n.db"
    db = store.connect(path)
    ids = {
        "白河镇": store.save_record(db, make_record(name="青石县白河镇人民政府", figures={
            "n.requests_received": 7})),
        "黄河镇": store.save_record(db, make_record(name="青石县黄河镇人民政府", figures={
            "t3.new_received.total": 9, "n.requests_received": 8})),
    }
    return path, db, ids


def _pages(db, path) -> dict[int, dict]:
    """Each report's 收到申请数 as Browse, Overview, the export and Ask show it."""
    rows = browse.list_reports(db)
    rows = rows[0] if isinstance(rows, tuple) else rows
    out = {r["report_id"]: {"browse": (r["requests"], r["requests_source"])} for r in rows}
    for r in export.report_rows(db):
        out[r["report_id"]]["export"] = (r["requests"], r["requests_source"])
    for rid, o in out.items():
        d = derived.value(db, rid)
        o["derived"] = (d["value"], d["source"])
        name = next(r["organ_name"] for r in rows if r["report_id"] == rid)
        a = Conversation(path).ask(f"{name}2021年收到多少政府信息公开申请？")
        assert a.report_ids == [rid], a.text
        o["ask"] = (a.value, a.sources[0])
        o["ask_text"] = a.text
    return out


def test_browse_overview_and_ask_agree_and_ask_names_the_source(two):
    path, db, ids = two
    seen = _pages(db, path)
    prose, both = seen[ids["白河镇"]], seen[ids["黄河镇"]]
    assert prose["browse"] == prose["derived"] == prose["ask"] == (7, "prose")
    assert both["browse"] == both["derived"] == both["ask"] == (9, "table")   # not the prose's 8
    assert (prose["export"], both["export"]) == ((7, "正文"), (9, "表格"))
    assert "为7件（取自正文：表格中没有填写）。" in prose["ask_text"]
    assert "为9件（取自表格）。" in both["ask_text"]
    [row] = overview.requests_by_level_year(db)
    assert (row["requests"], row["reports"], row["from_table"], row["from_prose"]) == (16, 2, 1, 1)


def test_a_correction_of_the_table_moves_every_page_together(two):
    path, db, ids = two
    rid = ids["白河镇"]
    corrections.correct_figure(db, rid, "t3.new_received.total", "11")
    seen = _pages(db, path)[rid]
    assert seen["browse"] == seen["derived"] == seen["ask"] == (11, "table")
    [row] = overview.requests_by_level_year(db)
    assert (row["requests"], row["from_table"], row["from_prose"]) == (20, 2, 0)
