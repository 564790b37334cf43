"""Ingest: folders with bad files, idempotence, --force keeps corrections, crashes, jsonl."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main
import store

REPORT = """青石县{town}{year}年政府信息公开工作年度报告

一、总体情况
{year}年，我镇由副镇长分管政务公开工作，党政办公室具体负责。全年共收到政府信息公开申请{n}件。
二、主动公开政府信息情况
本年通过微信公众号发布信息{n}条。
三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请{n}件。
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
一是公开内容不够全面。二是更新不够及时。
六、其他需要报告的事项
无。
"""


def write_reports(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        p = folder / ("sub" if i % 2 else ".") / f"town{i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(REPORT.format(town=f"第{i}镇", year=2021, n=i + 1), encoding="utf-8")
        out.append(p)
    return out


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_folder_with_bad_files_then_skip_then_force_keeps_correction(tmp_path):
    good = write_reports(tmp_path / "in", 3)
    (tmp_path / "in" / "random.pdf").write_bytes(os.urandom(300))
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "noise.docx").write_bytes(b"this is not a word file" * 10)
    db = tmp_path / "n.db"

    r = run("ingest", tmp_path / "in", "--db", db)
    assert r.exit_code == 1
    for bad in ("random.pdf", "empty.txt", "noise.docx"):
        assert f"Error: {tmp_path / 'in' / bad}: " in r.stderr
    assert "Error: " + str(tmp_path / "in" / "empty.txt") + ": 文件是空的（the file is empty" in r.stderr
    assert r.stderr.strip().splitlines()[-1] == "3 stored, 0 skipped (unchanged), 3 failed"
    conn = sqlite3.connect(db)
    paths = {p for (p,) in conn.execute("SELECT path FROM reports")}
    assert paths == {str(p.resolve()) for p in good}

    r = run("ingest", *good, "--db", db)
    assert r.exit_code == 0
    assert r.stderr.strip() == "0 stored, 3 skipped (unchanged), 0 failed"

    r = run("correct", "--db", db, "--report", "town1.txt", "--key", "n.requests_received",
            "--value", "99", "--note", "表格为准")
    assert r.exit_code == 0, r.output
    (rid,) = conn.execute("SELECT id FROM reports WHERE path = ?", [str(good[1].resolve())]).fetchone()
    assert r.stdout == f"correction 1 saved for report {rid}\n"

    r = run("ingest", *good, "--db", db, "--force")
    assert r.exit_code == 0
    assert r.stderr.strip() == "3 stored, 0 skipped (unchanged), 0 failed"
    assert conn.execute("SELECT count(*) FROM reports").fetchone() == (3,)

    out = tmp_path / "out.jsonl"
    assert run("export", "--db", db, "--out", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    values = {r["source"]["path"]: {f["key"]: f["value"] for f in r["figures"]} for r in records}
    assert values[str(good[1].resolve())]["n.requests_received"] == 99
    assert conn.execute("SELECT count(*) FROM corrections WHERE reverted_at IS NULL").fetchone() == (1,)


def test_changed_file_at_same_path_keeps_report_id(tmp_path):
    (p,) = write_reports(tmp_path / "in", 1)
    db = store.connect(tmp_path / "n.db")
    first = store.ingest(db, [p])
    p.write_text(REPORT.format(town="第0镇", year=2021, n=50), encoding="utf-8")
    second = store.ingest(db, [p])
    assert (first.stored, second.stored) == (1, 1)
    assert first.report_ids == second.report_ids
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (1,)


def test_jobs_two_stores_everything(tmp_path):
    write_reports(tmp_path / "in", 4)
    db = store.connect(tmp_path / "n.db")
    result = store.ingest(db, [tmp_path / "in"], jobs=2)
    assert (result.stored, result.skipped, result.failed) == (4, 0, [])


def test_missing_path_is_reported(tmp_path):
    r = run("ingest", tmp_path / "nope", "--db", tmp_path / "n.db")
    assert r.exit_code == 1
    assert r.stderr == (f"Error: {tmp_path / 'nope'}: 找不到这个文件或文件夹（no such file or folder; "
                        "check the path）\n"
                        "0 stored, 0 skipped (unchanged), 1 failed\n")


def test_export_then_ingest_jsonl_round_trips(tmp_path, make_record):
    db = store.connect(tmp_path / "a.db")
    rid = store.save_record(db, make_record(figures={"t3.new_received.total": 4},
                                            facts=[("channel", "微信公众号", "wechat")]))
    from store import corrections
    corrections.correct_figure(db, rid, "t3.new_received.total", "6")
    corrections.add_fact(db, rid, "channel", "weibo", text="政务微博")
    corrections.correct_meta(db, rid, "organ.level", "county")
    first = tmp_path / "a.jsonl"
    assert run("export", "--db", tmp_path / "a.db", "--out", first).exit_code == 0
    r = run("ingest", first, "--db", tmp_path / "b.db")
    assert r.exit_code == 0 and r.stderr.strip() == "1 stored, 0 skipped (unchanged), 0 failed"
    second = tmp_path / "b.jsonl"
    assert run("export", "--db", tmp_path / "b.db", "--out", second).exit_code == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a == b
    assert {f["key"]: f["value"] for f in b["figures"]} == {"t3.new_received.total": 6}
    assert b["organ"]["level"] == "county"
    assert [(f["kind"], f["value"]) for f in b["facts"]] == [("channel", "wechat"), ("channel", "weibo")]
    r = run("ingest", first, "--db", tmp_path / "b.db")
    assert r.stderr.strip() == "0 stored, 1 skipped (unchanged), 0 failed"


def test_bad_jsonl_line_is_named(tmp_path, make_record):
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(make_record(), ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    r = run("ingest", f, "--db", tmp_path / "n.db")
    assert r.exit_code == 1
    assert r.stderr.startswith(f"Error: {f}:2: 不是 JSON 记录（")
    assert r.stderr.strip().endswith("1 stored, 0 skipped (unchanged), 1 failed")


def test_kill_9_midway_then_rerun_is_consistent(tmp_path):
    write_reports(tmp_path / "in", 300)
    db = tmp_path / "n.db"
    exe = Path(sys.executable).parent / "nianbao"
    proc = subprocess.Popen([str(exe), "ingest", str(tmp_path / "in"), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                stored = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        except sqlite3.OperationalError:
            stored = 0  # the schema is not there yet
        if stored >= 3:
            break
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= stored < 300, "the ingest was not killed partway"
    r = run("ingest", tmp_path / "in", "--db", db)
    assert r.exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*), count(DISTINCT path) FROM reports").fetchone() == (300, 300)
    # every report whole: its text and its main-figure row are there
    assert conn.execute("SELECT count(*) FROM docs WHERE kind = 'text'").fetchone() == (300,)
    assert conn.execute("SELECT count(*) FROM main_figures").fetchone() == (300,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_record_that_cannot_be_stored_is_named_and_the_rest_of_its_batch_kept(tmp_path, make_record):
    f = tmp_path / "r.jsonl"
    bad = make_record(name="白河镇人民政府", figures={"t3.new_received.total": 4})
    bad["figures"][0]["value"] = {"not": "a number"}
    lines = [make_record(name="青河镇人民政府"), bad, make_record(name="黑河镇人民政府")]
    for i, d in enumerate(lines):
        d["source"]["path"], d["text"] = f"r{i}.txt", d["text"] + f"（{i}）"
        d["source"].pop("sha256", None)
    f.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    r = run("ingest", f, "--db", tmp_path / "n.db")
    assert r.exit_code == 1
    assert "r1.txt: 无法入库（" in r.stderr
    assert r.stderr.strip().endswith("2 stored, 0 skipped (unchanged), 1 failed")
    conn = sqlite3.connect(tmp_path / "n.db")
    assert sorted(p for p, in conn.execute("SELECT path FROM reports")) == ["r0.txt", "r2.txt"]
    assert conn.execute("SELECT count(*) FROM docs WHERE kind = 'text'").fetchone() == (2,)
