"""Scanned reports in the store: image files in a folder ingest, each OCR'd figure's
confidence and the record's OCR'd pages kept, and a clear Chinese reason without the extra."""
from __future__ import annotations

import io

import pytest

import store
from extractor.readers import FORMATS, ocr
from store.effective import effective_record
from store.walk import REPORT_SUFFIXES, walk


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (200, 100), 255).save(buf, "PNG")
    return buf.getvalue()


def test_every_format_the_readers_take_as_a_scan_is_found_in_a_folder(tmp_path):
    images = sorted(s for s, kind in FORMATS.items() if kind == "image")
    assert set(images) <= set(REPORT_SUFFIXES)
    for s in images + [".PNG", ".xlsx"]:
        (tmp_path / f"page{s}").write_bytes(b"x")
    skipped = {e.path.name: e.skip for e in walk([tmp_path])}
    assert {n for n, why in skipped.items() if why is None} == {f"page{s}" for s in images + [".PNG"]}
    assert "不支持的文件类型（.xlsx）" in skipped["page.xlsx"] and ".tiff" in skipped["page.xlsx"]


def _scanned(make_record):
    d = make_record(figures={"t3.new_received.total": 12, "t2.rules.made": 3})
    d["figures"][0]["confidence"] = 0.87   # OCR'd
    d["source"]["ocr_pages"] = [1, 2]
    return d


def test_figure_confidence_and_ocr_pages_survive_the_store(store_db, make_record):
    rid = store.save_record(store_db, _scanned(make_record))
    assert store_db.execute("SELECT key, confidence FROM figures WHERE report_id = ? ORDER BY key",
                            [rid]).fetchall() == [("t2.rules.made", None), ("t3.new_received.total", 0.87)]
    rec = effective_record(store_db, rid)
    assert rec["source"]["ocr_pages"] == [1, 2]
    conf = {f["key"]: f.get("confidence") for f in rec["figures"]}
    assert conf == {"t3.new_received.total": 0.87, "t2.rules.made": None}
    assert "confidence" not in [k for f in rec["figures"] if f["key"] == "t2.rules.made" for k in f]


def test_a_corrected_figure_no_longer_carries_the_machines_confidence(store_db, make_record):
    from store import corrections

    rid = store.save_record(store_db, _scanned(make_record))
    corrections.correct_figure(store_db, rid, "t3.new_received.total", "13")
    fig = {f["key"]: f for f in effective_record(store_db, rid)["figures"]}["t3.new_received.total"]
    assert fig["value"] == 13 and "confidence" not in fig


def test_a_text_report_has_no_ocr_pages(store_db, make_record):
    rid = store.save_record(store_db, make_record(figures={"t3.new_received.total": 4}))
    rec = effective_record(store_db, rid)
    assert "ocr_pages" not in rec["source"]
    assert store_db.execute("SELECT ocr_pages FROM reports").fetchall() == [(None,)]


def test_a_scan_without_the_ocr_extra_fails_in_chinese_naming_the_extra(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    (tmp_path / "scan").mkdir()
    (tmp_path / "scan" / "第一页.png").write_bytes(_png())
    db = store.connect(tmp_path / "n.db")
    result = store.ingest(db, [tmp_path / "scan"], isolate=False)
    assert result.stored == 0 and not result.ignored
    [(name, why)] = result.failed
    assert name.endswith("第一页.png")
    assert why.startswith("是扫描件（没有文字层），需要安装 OCR 组件") and "nianbao[ocr]" in why


def _two_pages(item):
    from store import workers

    workers.report(1, 2, 0.5)
    workers.report(2, 2, 1.25)
    return item.upper()


def test_a_worker_reports_its_pages_to_the_parent():
    from store import workers

    seen = []
    out = list(workers.run(["a", "b"], _two_pages, jobs=1, seconds=30,
                           on_progress=lambda item, *a: seen.append((item, *a))))
    assert sorted(out) == [("a", "A"), ("b", "B")]
    assert seen == [("a", 1, 2, 0.5), ("a", 2, 2, 1.25), ("b", 1, 2, 0.5), ("b", 2, 2, 1.25)]


@pytest.mark.skipif(not ocr.available(), reason="the OCR extra is not installed")
def test_ingest_of_a_scan_reports_each_ocr_page_from_its_worker(tmp_path):
    from tests.test_readers_ocr import FONT, draw_table

    if not FONT.exists():
        pytest.skip("no Chinese font: apt-get install fonts-wqy-microhei")
    p = tmp_path / "表二.png"
    draw_table().save(p)
    pages = []
    db = store.connect(tmp_path / "n.db")
    result = store.ingest(db, [p], on_page=lambda name, *a: pages.append((name, *a)))
    assert result.stored == 1, result.failed
    assert [(n.endswith("表二.png"), k, m) for n, k, m, _ in pages] == [(True, 1, 1)]
    assert pages[0][3] > 0
    rec = effective_record(db, result.report_ids[0])
    assert rec["source"]["ocr_pages"] == [1] and rec["source"]["format"] == "image"
    from click.testing import CliRunner

    from extractor.cli import main
    res = CliRunner().invoke(main, ["ingest", str(p), "--db", str(tmp_path / "cli.db")])
    assert res.exit_code == 0, res.output
    assert "表二.png: OCR page 1/1 (" in res.stderr and "1 stored" in res.stderr
