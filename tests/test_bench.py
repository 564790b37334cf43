"""Each benchmark script runs on a toy size and returns the rows it prints (no timing asserted)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench import accuracy, build_store, run_app, run_extract, run_ingest, run_pdf, run_questions
from bench import accuracy, build_store, run_app, run_extract, run_ingest, run_ocr, run_questions


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("bench") / "store.db"
    res = build_store.build(db, 14, bases=2)
    assert res["n"] == 14
    return str(db)


def test_build_store_moves_spans_with_the_new_organ_name(tiny_store):
    import sqlite3
    conn = sqlite3.connect(tiny_store)
    assert conn.execute("SELECT count(*), count(DISTINCT organ_id), min(year), max(year) "
                        "FROM reports").fetchone() == (14, 2, 2019, 2025)
    bad = [(k, raw, text[s:e]) for k, raw, s, e, text in conn.execute(
        "SELECT f.key, f.raw, f.span_start, f.span_end, d.body FROM figures f "
        "JOIN docs d ON d.report_id = f.report_id AND d.kind = 'text' WHERE f.raw IS NOT NULL")
        if raw.replace(" ", "") not in text[s:e].replace(" ", "")]
    assert bad == []


def test_run_extract(tmp_path):
    rows = run_extract.run({"txt": 2}, jobs=2, out=tmp_path)
    assert [(r["format"], r["n"], r["failed"]) for r in rows] == [("txt", 2, 0)]
    assert rows[0]["peak_mb_per_worker"] > 0


def test_run_ingest(tmp_path, monkeypatch):
    monkeypatch.setattr(run_ingest, "OUT", tmp_path)
    res = run_ingest.run(3, jobs=1)
    assert (res["reports"], res["stored"]) == (3, 3)


def test_run_questions(tiny_store):
    res = run_questions.run(tiny_store, runs=1)
    assert res["questions"] >= 20
    assert all(q["understood"] is not False for q in res["per_question"]
               if "→" not in q["question"] and q["family"] not in ("absent_kind", "level_kind"))
    # 海关: said, not answered; 市级教育局: a store with no 教育局 asks back
    assert {"absent_name", "absent_scope", "digits"} <= {q["family"] for q in res["per_question"]}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="no pdftotext (apt-get install poppler-utils)")
def test_run_pdf(tmp_path):
    pytest.importorskip("reportlab")
    from bench.gen_pdf import render_pdf
    from bench.generate import make_spec

    path = tmp_path / "r.pdf"
    path.write_bytes(render_pdf(make_spec(5, idx=1), ruled=False))
    res = run_pdf.measure([path], repeat=1, walls=1)
    assert res["files"] == 1 and res["pages"] >= 3
    assert res["pdftotext_cpu"] > 0 and res["read_cpu"] > 0 and res["one_file_wall"] > 0
    assert res["ratio"] == res["read_cpu"] / res["pdftotext_cpu"]


def test_accuracy(tmp_path, monkeypatch):
    monkeypatch.setattr(accuracy, "OUT", tmp_path)
    accuracy.make_generated(2, ["txt"], tmp_path)
    res, notes = accuracy.score_sets(["txt"], 2, dev=False)
    assert notes["txt"]["n"] == 2
    text = accuracy.section(res, notes, 2)
    assert text.startswith(accuracy.START) and text.endswith(accuracy.END)
    assert "| table 3 (t3) |" in text


@pytest.mark.slow
def test_run_ocr(tmp_path, monkeypatch):
    from extractor.readers import ocr

    if not ocr.available():
        pytest.skip("the OCR extra is not installed")
    monkeypatch.setattr(run_ocr, "OUT", tmp_path)
    res = run_ocr.run(1, 7, 150, 1.0)
    row = res["rows"][0]
    assert row["pages"] >= 3 and row["t3_cells"] > 100
    assert res["summary"]["t3_accuracy"] is not None and res["summary"]["cpu_s_per_page"] > 0


@pytest.mark.browser
@pytest.mark.skipif(not Path(run_app.CHROMIUM).exists(), reason="no Chromium")
def test_run_app(tiny_store, tmp_path, monkeypatch):
    pytest.importorskip("playwright.sync_api")
    monkeypatch.setattr(run_app, "OUT", tmp_path)
    res = run_app.run(tiny_store, runs=1)
    assert set(res) >= {"browse", "overview"}
