"""Family: a report delivered as page images, one file a page (X-p1.png, X_1.jpg, X(1).jpg,
X第1页.png, X_page_2.png …: lexicons/page_names.tsv) is read as ONE report, pages in order,
by the API (``extract_pages``, ``group_pages``) and by ingest of a folder (idempotent; a page
added later re-reads the report), with a message naming a missing page."""
from pathlib import Path

import pytest

import store
from extractor import PagedReport, ReadError, extract_pages, group_pages
from extractor import pipeline
from extractor.document import Document
from extractor.readers.pages import families, page_name


def test_every_family_reads_its_own_example():
    for fam in families():
        pn = page_name(fam.example)
        assert pn is not None and pn.family == fam.name, fam.name


@pytest.mark.parametrize("names, base", [
    (["年报-p3.png", "年报-p1.png", "年报-p2.png"], "年报"),
    (["scan_2.jpg", "scan_1.jpg", "scan_10.jpg"], "scan"),
    (["扫描件(2).jpg", "扫描件(1).jpg"], "扫描件"),
    (["扫描件 （2）.jpg", "扫描件 （1）.jpg"], "扫描件"),
    (["某局年报第2页.png", "某局年报第1页.png"], "某局年报"),
    (["某局年报第二页.png", "某局年报第一页.png"], "某局年报"),
    (["report_page_2.tif", "report_page_1.tif"], "report"),
    (["r-P01.jpeg", "r-P02.JPG"], "r"),
])
def test_page_files_of_one_report_group_in_page_order(names, base):
    paths = [Path("in") / n for n in names]
    (item,) = group_pages(paths)
    assert isinstance(item, PagedReport) and item.path == Path("in") / base
    assert item.pages == sorted(item.pages) and len(item.files) == len(names)
    assert [page_name(f.stem).page for f in item.files] == item.pages
    assert item.message() is None or base == "scan"  # scan_1, 2, 10: pages 3–9 missing


def test_files_that_are_not_pages_stay_files_in_their_order():
    paths = [Path(n) for n in ("a.pdf", "年报_1.jpg", "b-p1.png", "report_2021.png", "map1.png", "c.txt",
                               "b-p2.png")]
    got = group_pages(paths)
    assert got[0] == Path("a.pdf") and got[1] == Path("年报_1.jpg")    # X_1 alone: a name, not a page
    assert isinstance(got[2], PagedReport) and got[2].pages == [1, 2]  # at its first page's place
    assert got[3:] == [Path("report_2021.png"), Path("map1.png"), Path("c.txt")]


def test_two_reports_in_one_folder_and_one_in_another_stay_three():
    paths = [Path("x/甲-p1.png"), Path("x/乙-p1.png"), Path("x/甲-p2.png"), Path("y/甲-p1.png")]
    got = group_pages(paths)
    assert [(g.path, g.pages) for g in got] == [(Path("x/甲"), [1, 2]), (Path("x/乙"), [1]), (Path("y/甲"), [1])]


def test_a_pdf_named_as_a_page_is_not_grouped():
    assert group_pages([Path("a-p1.pdf"), Path("a-p2.pdf")]) == [Path("a-p1.pdf"), Path("a-p2.pdf")]


def test_a_gap_in_the_pages_is_said_in_both_languages():
    (item,) = group_pages([Path("r-p1.png"), Path("r-p3.png"), Path("r-p5.png")])
    assert item.missing == [2, 4]
    msg = item.message()
    assert "page(s) 2, 4 missing" in msg and "缺第2、4页" in msg


def test_extract_pages_refuses_files_that_are_not_one_reports_pages():
    with pytest.raises(ReadError, match="not the page images of one report"):
        extract_pages([Path("a-p1.png"), Path("b-p1.png")])


REPORT = "某县某局2023年政府信息公开工作年度报告\n一、总体情况\n本报告共{n}页。\n"


@pytest.fixture
def fake_ocr(monkeypatch):
    """Page images 'read' without OCR: each file's bytes stand for its page's text."""
    def read_paged(report):
        text = "".join(f.read_bytes()[8:].decode("utf-8") for f in report.files)
        doc = Document(path=str(report.path), format="image", text=text, sha256="",
                       ocr_pages=list(report.pages))
        doc.sha256 = report.sha256([f.read_bytes().hex() for f in report.files])
        msg = report.message()
        doc.warnings = [msg] if msg else []
        return doc
    monkeypatch.setattr(pipeline, "read_paged", read_paged)


def _page(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + text.encode("utf-8"))
    return p


def test_extract_pages_reads_pages_in_order_and_keeps_the_missing_page_message(tmp_path, fake_ocr):
    a = _page(tmp_path, "年报-p3.png", "第三页。\n")
    b = _page(tmp_path, "年报-p1.png", REPORT.format(n=3))
    rec = extract_pages([a, b])
    assert rec.text.index("本报告共3页") < rec.text.index("第三页")
    assert rec.source["path"] == str(tmp_path / "年报") and rec.source["ocr_pages"] == [1, 3]
    assert any("缺第2页" in w for w in rec.warnings)


def test_ingest_of_a_folder_stores_one_report_and_rereads_it_when_a_page_comes(tmp_path, fake_ocr):
    folder = tmp_path / "in"
    _page(folder, "年报_1.jpg", REPORT.format(n=3))
    _page(folder, "年报_3.jpg", "第三页。\n")
    _page(folder, "other.txt", "").write_text(REPORT.format(n=1).replace("某局", "另局"), encoding="utf-8")
    db = store.connect(tmp_path / "n.db")
    first = store.ingest(db, [folder], isolate=False)
    assert first.stored == 2 and not first.failed
    assert first.warnings == [(str((folder / "年报").resolve()),
                               "缺第2页（已读取其余各页：1、3）；补上缺页图片后再次导入即重新读取")]
    again = store.ingest(db, [folder], isolate=False)
    assert (again.stored, again.skipped) == (0, 2)            # idempotent
    _page(folder, "年报_2.jpg", "第二页。\n")
    third = store.ingest(db, [folder], isolate=False)
    assert (third.stored, third.skipped, third.warnings) == (1, 1, [])
    assert third.report_ids[0] in first.report_ids             # the same report, re-read
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    chars, warnings = db.execute("SELECT chars, warnings FROM reports WHERE path LIKE '%年报'").fetchone()
    assert chars == len(REPORT.format(n=3) + "第二页。\n第三页。\n") and "缺第" not in (warnings or "")


@pytest.mark.slow
def test_page_images_are_ocrd_as_one_text_in_page_order(tmp_path):
    pytest.importorskip("cv2")
    pytest.importorskip("rapidocr_onnxruntime")
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 28)
    for no, line in ((2, "二、主动公开政府信息情况"), (1, "一、总体情况")):
        img = Image.new("L", (700, 160), 255)
        ImageDraw.Draw(img).text((40, 60), line, font=font, fill=0)
        img.save(tmp_path / f"某局年报第{no}页.png")
    rec = extract_pages(sorted(tmp_path.iterdir(), reverse=True))
    assert rec.text.index("总体情况") < rec.text.index("主动公开")
    assert rec.source["ocr_pages"] == [1, 2] and Path(rec.source["path"]).name == "某局年报"
