"""Triage, Chinese labels, derived figures, corrections downstream, coverage and the Excel
review workbook: the store side of the reviewer's workbench (store/labels.py,
review_state.py, review_queue.py, derived.py, export.py, coverage.py)."""
from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner

import store
from extractor.cli import main
from extractor import template
from store import browse, corrections, coverage, derived, export, labels, overview, review_queue, review_state

DOUBTFUL = {"table": "t3", "template": "2021", "status": "doubtful", "missing": ["granted"],
            "note": "two readings disagree"}
T3 = {"t3.new_received.total": 4, "t3.carried_over.total": 1, "t3.total.total": 4,
      "t3.carried_forward.total": 1}
FAIL = {"rule": "t3.balance.total", "ok": False, "severity": "hard", "expected": 5, "found": 4,
        "message": "…", "keys": ["t3.new_received.total"]}


@pytest.fixture
def triage_db(store_db, make_record):
    """Four reports: one with a doubtful table 3, one failing a check, two plain."""
    ids = {}
    rec = make_record(name="青石县白河镇人民政府", figures=T3)
    rec["tables"] = [DOUBTFUL, {"table": "t4", "template": "2021", "status": "verified",
                                "missing": [], "note": ""}]
    ids["doubtful"] = store.save_record(store_db, rec)
    rec = make_record(name="青石县黄河镇人民政府", figures=T3)
    rec["checks"] = [FAIL]
    ids["failed"] = store.save_record(store_db, rec)
    ids["plain"] = store.save_record(store_db, make_record(name="青石县长江镇人民政府", figures=T3))
    ids["prose"] = store.save_record(store_db, make_record(
        name="青石县石门镇人民政府", figures={"n.requests_received": 7}))
    return store_db, ids


def test_queue_puts_doubtful_tables_first_then_checks_then_unreviewed(triage_db):
    db, ids = triage_db
    q = review_queue.queue(db)
    assert [x["report_id"] for x in q[:2]] == [ids["doubtful"], ids["failed"]]
    assert q[0]["reasons"].startswith("表格读取存疑或不完整 1 张")
    assert q[1]["reasons"] == "硬性校验未通过 1 项"
    assert {x["report_id"] for x in q[2:]} == {ids["plain"], ids["prose"]}
    assert review_queue.counts(db) == {"reports": 4, "pending": 4, "question": 0, "reviewed": 0,
                                       "queue": 4, "tables": 1, "checks": 1, "other": 2}


def test_queue_shrinks_as_reports_and_tables_are_reviewed(triage_db):
    db, ids = triage_db
    review_state.set_state(db, ids["doubtful"], "reviewed", scope="t3", by="张三")
    q = review_queue.queue(db)
    assert q[0]["report_id"] == ids["failed"]  # the table was looked at: no longer first
    assert review_queue.count_queue(db) == 4
    review_state.set_state(db, ids["failed"], "reviewed", by="张三", note="核对无误")
    review_state.set_state(db, ids["plain"], "question", by="李四")
    assert review_queue.count_queue(db) == 3
    assert ids["failed"] not in [x["report_id"] for x in review_queue.queue(db)]
    c = review_queue.counts(db)
    assert (c["reviewed"], c["question"], c["pending"], c["queue"]) == (1, 1, 2, 3)
    now = review_state.states(db, ids["failed"])[""]
    assert (now["state"], now["by"], now["note"]) == ("reviewed", "张三", "核对无误")
    review_state.set_state(db, ids["failed"], "pending", by="张三")  # back to the queue
    assert review_queue.count_queue(db) == 4
    with pytest.raises(store.StoreError):
        review_state.set_state(db, ids["failed"], "done")


def test_table_statuses_stored_replaced_on_reingest_and_states_survive(triage_db, make_record):
    db, ids = triage_db
    assert review_state.table_statuses(db, ids["doubtful"])["t3"] == {
        "status": "doubtful", "template": "2021", "missing": ["granted"], "note": "two readings disagree"}
    review_state.set_state(db, ids["doubtful"], "question", by="张三")
    rec = make_record(name="青石县白河镇人民政府", figures=T3)
    rec["tables"] = [{**DOUBTFUL, "status": "verified", "missing": []}]
    assert store.save_record(db, rec) == ids["doubtful"]
    assert {t: s["status"] for t, s in review_state.table_statuses(db, ids["doubtful"]).items()} == {"t3": "verified"}
    assert review_state.states(db, ids["doubtful"])[""]["state"] == "question"
    # a record from before the extractor filled `tables`: no status, shown as 未评估
    assert review_state.table_statuses(db, ids["plain"]) == {}
    assert labels.table_status(None) == "未评估"


def test_every_status_state_level_and_check_has_chinese():
    from extractor.record import LEVELS, TABLE_STATUSES
    for s in TABLE_STATUSES:
        assert not re.search(r"[A-Za-z]", labels.table_status(s))
    assert [labels.table_status(s) for s in ("verified", "source_inconsistent", "doubtful",
                                             "incomplete", "absent")] == [
        "已核验", "原文自相矛盾", "存疑", "不完整", "缺表"]
    assert [labels.review_state(s) for s in review_state.STATES] == ["待审核", "已审核", "有疑问"]
    assert {lv: labels.level(lv) for lv in ("township", "county_dept")} == {
        "township": "乡镇", "county_dept": "县级部门"}
    assert set(labels.keys_of("level")) == set(LEVELS)
    rules = [i.rule for t in ("t3", "t4") for tm in template.TEMPLATES for i in template.identities(t, tm)]
    rules += ["n.requests_vs_t3", "n.review_vs_t4", "n.litigation_vs_t4", "s5.substantive",
              "x.t3.carry.natural", "x.t2.in_force.normative", "store.duplicate"]
    for rule in rules:
        shown = labels.check(rule)
        assert shown != "其他校验" and not re.search(r"[A-Za-z]", shown), (rule, shown)
    assert labels.check("t3.balance.natural") == "表三·本年新收+上年结转 = 办理结果总计+结转下年度（自然人）"
    assert labels.check("x.t2.in_force.normative").endswith("本年现行有效（规范性文件）")
    for key in template.all_keys():
        assert not re.search(r"[A-Za-z]", labels.figure(key)), key


def test_numbers_blanks_times_and_report_names():
    assert labels.number(821.0) == "821" and labels.number(0.5) == "0.5"
    assert labels.number(None) == "空白" and labels.stated(None) == "未填写"
    assert labels.number(1200.0, "n.fees_collected") == "1200 元"
    assert labels.number(3.5, "t2.fees.amount") == "3.5 万元"
    assert labels.china_time("2026-12-06T16:30:00+00:00") == "2026-12-07 00:30"
    assert labels.report_name(None, 2021, "/srv/data/uploads/r121.txt") == "机关名称未填写 · 2021年 · r121.txt"
    assert labels.warning("/srv/x.pdf: page(s) 2, 5 have no text layer; OCR it") == \
        "第 2, 5 页没有文字层（可能是扫描件），其中的数值未能读取"
    assert not re.search(r"[A-Za-z]", labels.warning("something new went wrong"))


def test_check_messages_in_chinese():
    assert labels.check_message(FAIL) == "左边合计 5，右边合计 4，相差 1"
    assert labels.check_message({**FAIL, "ok": None}) == "无法校验：所需单元格空白或缺失"


def test_one_definition_of_requests_table_else_prose(triage_db):
    db, ids = triage_db
    assert derived.value(db, ids["plain"]) == {"value": 4, "source": "table", "label": "收到政府信息公开申请数",
                                               "source_label": "表格"}
    assert derived.value(db, ids["prose"])["value"] == 7
    assert derived.value(db, ids["prose"])["source_label"] == "正文"
    rows = {r["report_id"]: r for r in browse.list_reports(db)}
    assert (rows[ids["prose"]]["requests"], rows[ids["prose"]]["requests_source"]) == (7, "prose")
    [by_level] = overview.requests_by_level_year(db)
    assert (by_level["requests"], by_level["reports"], by_level["from_table"], by_level["from_prose"]) == (19, 4, 3, 1)
    # a correction of the table value is what every page then counts
    corrections.correct_figure(db, ids["plain"], "t3.new_received.total", "9", note="原表为9", by="张三")
    assert derived.value(db, ids["plain"])["value"] == 9
    assert overview.requests_by_level_year(db)[0]["requests"] == 24


def test_failing_checks_count_reports_not_checks(triage_db):
    db, ids = triage_db
    rec = store.effective_record(db, ids["failed"])
    assert rec["checks"]
    fams = overview.failing_families(db)
    assert fams == [{"family": "表三·本年新收+上年结转 = 办理结果总计+结转下年度", "reports": 1}]


def test_figure_fixes_carry_machine_value_note_and_who(triage_db):
    db, ids = triage_db
    corrections.correct_figure(db, ids["plain"], "t3.total.total", "5", note="原表总计为5", by="张三")
    corrections.correct_figure(db, ids["plain"], "t3.granted.total", "2", note="机器漏提", by="张三")
    fx = corrections.figure_fixes(db, [ids["plain"], ids["prose"]])
    assert set(fx) == {ids["plain"]}
    assert {k: (f["machine"], f["value"], f["note"], f["by"]) for k, f in fx[ids["plain"]].items()} == {
        "t3.total.total": (4, 5, "原表总计为5", "张三"), "t3.granted.total": (None, 2, "机器漏提", "张三")}


def test_grid_edits_turn_a_clicked_cell_into_its_key(triage_db):
    db, ids = triage_db
    from store import report_view
    g = report_view.grid(store.effective_record(db, ids["plain"])["figures"], "t3", "2021")
    assert g["columns"][0] == "项目" and g["columns"][1] == "自然人"
    assert [r[0] for r in g["rows"]][:2] == ["本年新收申请", "上年结转申请"]
    granted = next(i for i, r in enumerate(g["rows"]) if r[0] == "予以公开")
    edits = review_queue.grid_edits(g, {"edited_rows": {granted: {"自然人": "3", "项目": "x"}}})
    assert edits == {"t3.granted.natural": "3"}
    assert review_queue.save_figure_edits(db, ids["plain"], edits, note="补充", by="张三")
    assert store.effective_record(db, ids["plain"])["figures"][-1]["key"] == "t3.granted.natural"
    with pytest.raises(store.StoreError, match="不是数字"):
        review_queue.save_figure_edits(db, ids["plain"], {"t3.granted.natural": "三"})
    # 空白 typed over a value deletes it (the machine read something that is not there)
    assert review_queue.save_figure_edits(db, ids["plain"], {"t3.total.total": "空白"}, by="张三")
    assert "t3.total.total" not in {f["key"] for f in store.effective_record(db, ids["plain"])["figures"]}


def test_csv_has_chinese_headers_levels_and_no_path(triage_db):
    db, ids = triage_db
    buf = io.StringIO()
    assert export.export_csv(db, buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    head = list(rows[0])
    assert head[:4] == ["编号", "机关", "层级", "县区"]
    assert not any(re.search(r"[A-Za-z]{3}", h) for h in head), head
    r = next(x for x in rows if x["编号"] == str(ids["doubtful"]))
    assert (r["层级"], r["表三状态"], r["表二状态"], r["文件名"]) == ("乡镇", "存疑", "未评估", "青石县白河镇人民政府-2021.txt")
    assert "/reports/" not in buf.getvalue()


def test_excel_workbook_has_chinese_headers_corrections_with_notes_and_states(triage_db, tmp_path):
    from openpyxl import load_workbook
    db, ids = triage_db
    corrections.correct_figure(db, ids["doubtful"], "t3.new_received.total", "6", note="原文表三为6件", by="张三")
    review_state.set_state(db, ids["doubtful"], "reviewed", by="张三")
    out = tmp_path / "review.xlsx"
    assert export.export_xlsx(db, out) == 4
    wb = load_workbook(out)
    assert wb.sheetnames == ["报告", "更正", "校验"]
    ws = wb["报告"]
    head = [c.value for c in ws[1]]
    assert {"机关", "层级", "年度", "收到申请数", "表三状态", "未通过的校验", "人工更正", "审核状态", "审核人"} <= set(head)
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == ids["doubtful"])
    cell = dict(zip(head, row))
    assert (cell["表三状态"].value, cell["审核状态"].value, cell["审核人"].value) == ("存疑", "已审核", "张三")
    assert cell["人工更正"].value == "表三·本年新收申请·总计：4 → 6（原文表三为6件）"
    fixed = cell["表三·本年新收申请·总计"]
    assert fixed.value == 6 and "人工更正" in fixed.comment.text and "原文表三为6件" in fixed.comment.text
    failed = next(dict(zip(head, r)) for r in ws.iter_rows(min_row=2) if r[0].value == ids["failed"])
    assert failed["未通过的校验"].value.startswith("表三·本年新收+上年结转")
    c = wb["更正"]
    assert [x.value for x in c[1]][:8] == ["更正编号", "报告编号", "机关", "年度", "项目", "机器值", "更正值", "说明"]
    assert [x.value for x in c[2]][4:9] == ["表三·本年新收申请·总计", "4", "6", "原文表三为6件", "张三"]
    checks = wb["校验"]
    found = [[x.value for x in r] for r in checks.iter_rows(min_row=2)]
    assert [ids["failed"], "青石县黄河镇人民政府", 2021, "表三·本年新收+上年结转 = 办理结果总计+结转下年度（总计）",
            "硬性", "左边合计 5，右边合计 4，相差 1", "未处理"] in found


def test_cli_exports_xlsx_and_csv_in_chinese(tmp_path, make_record):
    from openpyxl import load_workbook
    path = tmp_path / "n.db"
    db = store.connect(path)
    rid = store.save_record(db, make_record(figures={"t3.new_received.total": 5}))
    corrections.correct_figure(db, rid, "t3.new_received.total", "6", note="改为6", by="王五")
    out = tmp_path / "r.xlsx"
    r = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "xlsx", "--out", str(out)])
    assert (r.exit_code, r.stderr) == (0, "1 reports exported\n")
    assert load_workbook(out)["更正"]["H2"].value == "改为6"
    r = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "xlsx"])
    assert r.exit_code == 1 and "--out" in r.stderr


def test_cli_marks_review_state_with_by(tmp_path, make_record):
    path = tmp_path / "n.db"
    db = store.connect(path)
    rid = store.save_record(db, make_record())
    r = CliRunner().invoke(main, ["checks", "--db", str(path), "--report", str(rid), "--mark", "reviewed",
                                  "--by", "赵六", "--comment", "已核对"])
    assert r.exit_code == 0, r.output
    assert review_state.states(store.connect(path), rid)[""] | {"at": None} == {
        "state": "reviewed", "note": "已核对", "by": "赵六", "at": None}
    r = CliRunner().invoke(main, ["checks", "--db", str(path), "--report", str(rid), "--mark", "reviewed",
                                  "--table", "t3", "--by", "赵六"])
    assert r.exit_code == 0 and review_state.states(store.connect(path), rid)["t3"]["by"] == "赵六"


def test_coverage_from_an_uploaded_list_or_the_year_before(store_db, make_record, tmp_path):
    from openpyxl import Workbook
    for name, year in (("青石县白河镇人民政府", 2020), ("青石县黄河镇人民政府", 2020),
                       ("青石县白河镇人民政府", 2021)):
        store.save_record(store_db, make_record(name=name, year=year))
    gone = coverage.not_reported_again(store_db, 2021)
    assert [(g["name"], g["county"]) for g in gone] == [("青石县黄河镇人民政府", "青石县")]
    data = "机关名称,县区\n青石县白河镇人民政府,青石县\n青石县长江镇人民政府,青石县\n".encode("gb18030")
    expected = coverage.read_expected_upload("名单.csv", data)
    assert [g["name"] for g in coverage.missing(store_db, expected, 2021)] == ["青石县长江镇人民政府"]
    wb = Workbook()
    wb.active.append(["序号", "单位名称", "层级"])
    wb.active.append([1, "青石县黄河镇人民政府", "乡镇"])
    buf = io.BytesIO()
    wb.save(buf)
    expected = coverage.read_expected_upload("名单.xlsx", buf.getvalue())
    assert expected == [{"name": "青石县黄河镇人民政府", "level": "乡镇"}]
    assert coverage.missing(store_db, expected, 2021) == expected
    with pytest.raises(store.StoreError, match="机关名称"):
        coverage.read_expected_upload("x.csv", "序号,地址\n1,某地\n".encode())


def test_any_two_years_of_one_organ(store_db, make_record):
    from store import yoy
    a = store.save_record(store_db, make_record(year=2019, figures={"t3.new_received.total": 1}))
    store.save_record(store_db, make_record(year=2020, figures={"t3.new_received.total": 2}))
    c = store.save_record(store_db, make_record(year=2022, figures={"t3.new_received.total": 3}))
    assert [o["year"] for o in yoy.other_years(store_db, c)] == [2020, 2019]
    p = yoy.compare(store_db, c, a)
    assert p["changed"] == [{"key": "t3.new_received.total", "prev": 1, "value": 3}]


def test_store_imports_have_no_cycles():
    import ast
    from pathlib import Path
    root = Path(store.__file__).parent
    graph = {}
    for f in root.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
        graph[f.stem] = deps & {p.stem for p in root.glob("*.py")}

    def reach(start, node, seen):
        for d in graph.get(node, ()):
            if d == start:
                return True
            if d not in seen:
                seen.add(d)
                if reach(start, d, seen):
                    return True
        return False
    assert [m for m in graph if m != "__init__" and reach(m, m, set())] == []


def test_one_reports_checks_equal_its_share_of_all(store_db, make_record):
    from store import checks
    ids = [store.save_record(store_db, make_record(year=y, figures={
        "t3.carried_over.total": y - 2019, "t3.carried_forward.total": 1, "t2.rules.in_force": 3,
        "t2.rules.made": 1, "t2.rules.repealed": 0})) for y in (2020, 2021, 2022)]
    every = checks.list_checks(store_db, failed_only=False)
    for rid in ids:
        assert checks.list_checks(store_db, failed_only=False, report_id=rid) == [
            c for c in every if c["report_id"] == rid]
    assert {c["rule"]: c["ok"] for c in checks.list_checks(store_db, report_id=ids[2])} == {
        "x.t3.carry.total": False, "x.t2.in_force.rules": False}
