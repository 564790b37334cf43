"""The PDF reader, on PDFs LibreOffice makes from our own DOCX (one soffice call per session)."""
import os
import shutil

import pdfplumber
import pytest

from build_office import INTRO, TITLE, expected_stream, image_only_pdf, narrow_docx, report_docx, to_pdf
from extractor.readers import ReadError, read_document
from extractor.readers.pdf import read_pdf

WIDTHS = [1.2, 1.6, 3.0] + [1.3] * 7  # narrow label columns: long labels wrap


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory):
    if not (shutil.which("soffice") or os.path.exists("/usr/bin/soffice")):
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    out = tmp_path_factory.mktemp("pdf")
    sources = [report_docx(out / "long.docx", filler=14, footer=True, widths_cm=WIDTHS),
               narrow_docx(out / "narrow.docx")]
    return dict(zip(("long", "narrow"), to_pdf(sources, out)))


def spans_exact(doc):
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text
        assert "\n" not in c.text and "\t" not in c.text


def test_table_across_a_page_break(pdfs):
    with pdfplumber.open(pdfs["long"]) as pdf:  # the fixture really breaks the table
        parts = [p.find_tables() for p in pdf.pages]
        assert len(pdf.pages) == 3 and all(len(t) == 1 for t in parts[1:])
        # the page break cuts row 2.其他法律行政法规禁止公开 and the merged 三、本年度办理结果 in two
        assert "政法规禁止公" in parts[2][0].extract()[0][2]
    doc = read_document(pdfs["long"])
    assert doc.format == "pdf" and doc.structured and doc.warnings == []
    assert [(c.text, c.row_start, c.blank) for c in doc.cells] == expected_stream()
    assert {c.table for c in doc.cells} == {0}
    spans_exact(doc)
    lines = doc.text.split("\n")
    assert lines[:3] == [TITLE, *INTRO]
    assert "三、本年度办理结果\t（一）予以公开\t13\t0\t\t\t1\t\t14" in lines
    assert "（三）不予公开\t1.属于国家秘密\t15\t2\t\t\t\t\t15" in lines
    assert "2.其他法律行政法规禁止公开\t16\t\t\t\t\t\t16" in lines
    assert lines[-3:] == ["四、存在的主要问题及改进情况", "一是公开内容不够全面。二是更新不够及时。", ""]


def test_page_numbers_dropped_and_paragraphs_joined(pdfs):
    doc = read_document(pdfs["long"])
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    sentence = "本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作，及时准确发布政策文件和解读材料，回应社会关切，提升政府工作透明度。"
    for n in (1, 9, 14):  # (9) runs over the first page break
        assert f"（{n}）{sentence}（{n}）{sentence}" in doc.text.split("\n")


def test_wrapped_long_label_is_one_cell(pdfs):
    label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    with pdfplumber.open(pdfs["long"]) as pdf:
        raw = [c for p in pdf.pages for t in p.find_tables() for r in t.extract() for c in r if c]
    assert any("\n" in c and c.replace("\n", "") == label for c in raw)
    doc = read_document(pdfs["long"])
    cell = next(c for c in doc.cells if c.text.startswith("（二）"))
    assert cell.text == label and cell.row_start


def test_number_in_a_narrow_column_stays_one_number(pdfs):
    with pdfplumber.open(pdfs["narrow"]) as pdf:
        assert pdf.pages[0].find_tables()[0].extract() == [["规章", "2\n0", "1\n2\n3\n4"]]
    doc = read_document(pdfs["narrow"])
    assert doc.text == "三、收到和处理政府信息公开申请情况\n规章\t20\t1234\n"
    assert [(c.text, c.row_start) for c in doc.cells] == [("规章", True), ("20", False), ("1234", False)]
    spans_exact(doc)


def test_scanned_pdf_says_to_ocr_it(tmp_path, monkeypatch):
    from extractor.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)  # without the OCR extra
    p = image_only_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(ReadError) as e:
        read_document(p)
    assert e.value.path == str(p)
    assert e.value.reason == "is a scanned PDF with no text layer"
    assert e.value.fix == ("install the OCR extra to read it: pip install 'nianbao[ocr]' "
                           "(or OCR it yourself, e.g. with ocrmypdf, and read the OCR'd PDF)")


def test_random_bytes_pdf_names_the_file(tmp_path):
    p = tmp_path / "r.pdf"
    p.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReadError, match=r"r\.pdf: is not a readable PDF file"):
        read_document(p)


def test_truncated_pdf_names_the_file(tmp_path, pdfs):
    data = pdfs["narrow"].read_bytes()
    with pytest.raises(ReadError, match=r"cut\.pdf: is not a readable PDF file"):
        read_pdf(tmp_path / "cut.pdf", data[:300])
