"""The ingest page: failures and skipped files in Chinese, no server path on screen, scans."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import store

APP = str(Path(__file__).resolve().parent.parent / "app.py")
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "word_export_2019.txt"


@pytest.fixture
def page(tmp_path, monkeypatch):
    path = tmp_path / "app.db"
    store.connect(path).conn.close()
    monkeypatch.setenv("NIANBAO_DB", str(path))
    monkeypatch.setenv("NIANBAO_INGEST_ROOTS", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/ingest.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(node) -> list[str]:
    """Every string an element shows (values, labels, table cells), depth first; not what the
    reviewer typed into a text box, nor its tooltip (which may name the allowed folders)."""
    if type(node).__name__ == "TextInput":
        return [node.label]
    out = []
    for attr in ("value", "label", "help", "body", "text", "placeholder"):
        try:
            v = getattr(node, attr)
        except Exception:  # noqa: BLE001 - not every element has every attribute
            continue
        if isinstance(v, pd.DataFrame):
            out += [str(c) for c in v.columns] + [str(x) for x in v.to_numpy().ravel()]
        elif isinstance(v, str):
            out.append(v)
    children = getattr(node, "children", None) or {}
    for child in (children.values() if isinstance(children, dict) else children):
        out += _texts(child)
    return out


def test_a_bad_file_fails_in_chinese_and_no_server_path_is_shown(page, tmp_path):
    folder = tmp_path / "新报告"
    (folder / "乡镇").mkdir(parents=True)
    (folder / "good.txt").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "乡镇" / "broken.pdf").write_bytes(b"not a pdf")
    (folder / "汇总.xlsx").write_bytes(b"PK")
    page.text_input(key="ingest_folder").set_value(str(folder)).run()
    page.button(key="ingest_dir").click().run()
    assert not page.exception, [e.value for e in page.exception]
    assert [s.value for s in page.success] == ["新入库 1 份，未变化跳过 0 份，失败 1 份，未读取 1 个文件。"]
    tables = {tuple(d.value.columns): d.value for d in page.dataframe}
    failed = [r for d in page.dataframe if tuple(d.value.columns) == ("文件", "原因")
              for r in d.value.to_dict("records")]   # failed, then not read
    names = [r["文件"] for r in failed]
    assert "乡镇/broken.pdf" in names and "汇总.xlsx" in names
    reason = {r["文件"]: r["原因"] for r in failed}
    assert reason["乡镇/broken.pdf"].startswith("不是可读取的 PDF 文件")
    assert reason["汇总.xlsx"].startswith("不支持的文件类型（.xlsx）")
    stored = tables[("机关", "年度", "文件")].to_dict("records")
    assert [r["文件"] for r in stored] == ["good.txt"] and stored[0]["机关"] != "未写明机关"
    shown = _texts(page.main)
    assert "乡镇/broken.pdf" in shown and "good.txt" in shown   # the scan reads the tables too
    leaks = [t for t in shown if str(tmp_path) in t]
    assert leaks == []


def test_scans_can_be_uploaded(page):
    uploader = page.get("file_uploader")
    assert uploader, "no file uploader on the page"
    types = set(uploader[0].proto.type)
    assert {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf", ".jsonl"} <= types or \
        {"png", "jpg", "jpeg", "tif", "tiff", "pdf", "jsonl"} <= types
    assert any("OCR" in c.value for c in page.caption)
