"""Cross-year checks and verdicts, duplicates, year on year, coverage, search, CSV export."""
from __future__ import annotations

import json

from click.testing import CliRunner

import store
from extractor.cli import main
from store import checks, corrections, yoy
from store.coverage import missing, read_expected
from store.search import search

COPY5 = "五、存在的主要问题及改进情况\n一是公开内容不够全面，更新不够及时。二是政策解读形式单一，回应关切不够。"


def pair(db, make_record, prev_figs, cur_figs, cur_sections=None):
    a = store.save_record(db, make_record(year=2021, figures=prev_figs,
                                          sections={"一": "一、总体情况\n2021年工作平稳。", "五": COPY5}))
    b = store.save_record(db, make_record(year=2022, figures=cur_figs, sections=cur_sections or {
        "一": "一、总体情况\n本年度围绕乡村振兴重点领域，新建公开栏十二处。", "五": COPY5.replace("一是", "一是本年")}))
    return a, b


def test_cross_year_every_column_and_in_force(store_db, make_record):
    db = store_db
    a, b = pair(db, make_record,
                {"t3.carried_forward.total": 2, "t3.carried_forward.natural": 2, "t2.rules.in_force": 10,
                 "t2.normative.in_force": 4},
                {"t3.carried_over.total": 3, "t3.carried_over.natural": 2, "t2.rules.made": 1,
                 "t2.rules.repealed": 2, "t2.rules.in_force": 9, "t2.normative.made": 1,
                 "t2.normative.repealed": 0, "t2.normative.in_force": 6})
    got = {c["rule"]: (c["ok"], c["expected"], c["found"]) for c in checks.cross_year_checks(db)}
    assert got == {"x.t3.carry.natural": (True, 2, 2), "x.t3.carry.total": (False, 2, 3),
                   "x.t2.in_force.rules": (True, 9, 9), "x.t2.in_force.normative": (False, 5, 6)}
    failed = checks.list_checks(db)
    assert [(c["report_id"], c["rule"]) for c in failed] == [
        (b, "x.t2.in_force.normative"), (b, "x.t3.carry.total")]
    # a correction of last year's figure makes the check pass
    corrections.correct_figure(db, a, "t3.carried_forward.total", "3")
    assert [c["rule"] for c in checks.list_checks(db) if c["rule"].startswith("x.")] == ["x.t2.in_force.normative"]


def test_verdicts_survive_reingest_and_cli(tmp_path, make_record):
    path = tmp_path / "n.db"
    db = store.connect(path)
    prev = make_record(year=2021, figures={"t3.carried_forward.total": 2})
    cur = make_record(year=2022, figures={"t3.carried_over.total": 3})
    store.save_record(db, prev)
    b = store.save_record(db, cur)
    r = CliRunner().invoke(main, ["checks", "--db", str(path), "--report", str(b),
                                  "--dismiss", "x.t3.carry.total", "--comment", "上年报告有误"])
    assert (r.exit_code, r.stdout) == (0, f"x.t3.carry.total of report {b}: dismissed\n")
    store.save_record(db, cur)  # re-ingest
    r = CliRunner().invoke(main, ["checks", "--db", str(path), "--json"])
    rows = json.loads(r.stdout)
    assert [(x["rule"], x["verdict"], x["comment"]) for x in rows] == [
        ("x.t3.carry.total", "dismissed", "上年报告有误")]
    r = CliRunner().invoke(main, ["checks", "--db", str(path), "--report", str(b),
                                  "--confirm", "t3.nope"])
    assert r.exit_code == 1
    assert r.stderr == f"Error: report {b} has no check 't3.nope'; its checks: x.t3.carry.total\n"


def test_same_organ_and_year_from_two_files_is_flagged(store_db, make_record):
    db = store_db
    a = store.save_record(db, make_record(tag="a"))
    b = store.save_record(db, make_record(tag="b"))
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    dup = [(c["report_id"], c["other_report_id"], c["rule"]) for c in checks.list_checks(db)]
    assert dup == [(a, b, "store.duplicate"), (b, a, "store.duplicate")]


def test_nameless_reports_are_never_merged(store_db, make_record):
    db = store_db
    for tag in "ab":
        rec = make_record(tag=tag)
        rec["organ"]["name"] = None
        store.save_record(db, rec)
    assert db.execute("SELECT count(DISTINCT organ_id) FROM reports").fetchone() == (2,)
    assert checks.duplicates(db) == []


def test_year_on_year_changes_and_near_copy(store_db, make_record):
    db = store_db
    a, b = pair(db, make_record, {"t3.new_received.total": 4, "n.wechat_posts": 9},
                {"t3.new_received.total": 6, "n.wechat_posts": 9})
    (item,) = yoy.year_on_year(db)
    assert (item["report_id"], item["prev_report_id"], item["year"]) == (b, a, 2022)
    assert item["changed"] == [{"key": "t3.new_received.total", "prev": 4, "value": 6}]
    assert set(item["sections"]) == {"一", "五"}
    assert item["sections"]["一"] < 0.3
    assert item["sections"]["五"] >= yoy.NEAR_COPY
    assert item["near_copies"] == ["五"]


def test_split_sections_and_similarity():
    text = "标题\n一、总体情况\n甲\n  二、主动公开\n乙\n表格里的一、不算\n六、其他\n丙"
    assert yoy.split_sections(text) == {"一": "一、总体情况\n甲\n", "二": "  二、主动公开\n乙\n表格里的一、不算\n",
                                        "六": "六、其他\n丙"}
    assert yoy.similarity("2021年收到申请3件", "2022年收到申请15件") == 1.0
    assert yoy.similarity("完全不同的内容", "另一段文字啊") == 0.0


def test_coverage_cli(tmp_path, make_record):
    path = tmp_path / "n.db"
    db = store.connect(path)
    store.save_record(db, make_record(name="青石县白河镇人民政府", year=2023))
    store.save_record(db, make_record(name="青石县花园镇人民政府", year=2022))
    csv_path = tmp_path / "organs.csv"
    csv_path.write_text("name,level,county\n青石县白河镇人民政府,township,青石县\n"
                        "青石县 花园镇人民政府,township,\n青石县白河镇人民政府,township,别的县\n",
                        encoding="utf-8-sig")
    assert [r["name"] for r in missing(db, read_expected(csv_path), 2023)] == [
        "青石县 花园镇人民政府", "青石县白河镇人民政府"]
    r = CliRunner().invoke(main, ["coverage", "--db", str(path), "--expected", str(csv_path),
                                  "--year", "2023"])
    assert r.exit_code == 0
    assert r.stdout == "青石县 花园镇人民政府\ttownship\n青石县白河镇人民政府\ttownship\t别的县\n"
    assert r.stderr == "2 of 3 expected organs have no report for 2023\n"
    (tmp_path / "bad.csv").write_text("organ\nx\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["coverage", "--db", str(path), "--expected",
                                  str(tmp_path / "bad.csv"), "--year", "2023"])
    assert (r.exit_code, r.stderr) == (1, f"Error: {tmp_path / 'bad.csv'}: no 'name' column; the "
                                          "first line must be a header such as name,level,county\n")


def test_search_one_two_four_characters(store_db, make_record):
    db = store_db
    rid = store.save_record(db, make_record(facts=[("problem", "公开内容不够全面", None),
                                                   ("remedy", "加强培训提高认识", None)]))
    other = store.save_record(db, make_record(name="青石县花园镇人民政府", sections={"一": "一、总体情况\n平稳。"}))
    for q, kinds, want in [
        ("全", ("problem",), [(rid, "problem", 6)]),
        ("培训", ("remedy",), [(rid, "remedy", 2)]),
        ("不够全面", ("problem",), [(rid, "problem", 4)]),
        ("总体", ("text",), [(rid, "text", None), (other, "text", None)]),
        ("政府信息公开", ("text",), [(rid, "text", None), (other, "text", None)]),
    ]:
        hits = search(db, q, kinds=kinds)
        assert [(h["report_id"], h["kind"], h["start"] if h["kind"] != "text" else None)
                for h in hits] == want, q
    text = db.execute("SELECT text FROM report_texts WHERE report_id = ?", [rid]).fetchone()[0]
    hit = search(db, "不够全面", kinds=("text",))[0]
    assert text[hit["start"]:hit["end"]] == "不够全面"
    corrections.delete_fact(db, rid, "problem", "公开内容不够全面")
    assert search(db, "全", kinds=("problem",)) == []


def test_csv_export_has_bom_and_corrected_values(tmp_path, make_record):
    path = tmp_path / "n.db"
    db = store.connect(path)
    rid = store.save_record(db, make_record(figures={"t3.new_received.total": 5}))
    corrections.correct_figure(db, rid, "t3.total.total", "5")
    out = tmp_path / "r.csv"
    r = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "csv", "--out", str(out)])
    assert (r.exit_code, r.stderr) == (0, "1 reports exported\n")
    data = out.read_bytes()
    assert data.startswith("\ufeff编号,机关,层级,".encode())
    import csv
    import io
    [row] = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert row["表三·本年新收申请·总计"] == "5" and row["收到申请数"] == "5"
    assert row["表三·办理结果总计·总计"] == "5"
    assert row["人工更正"] == "表三·办理结果总计·总计：未提取 → 5"
    assert (row["机关"], row["层级"], row["审核状态"]) == ("青石县白河镇人民政府", "乡镇", "待审核")
