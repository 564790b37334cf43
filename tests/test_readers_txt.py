"""The plain-text reader: encodings, line endings and the cell stream of each layout."""
import pytest

from extractor.readers import ReadError, read_document
from extractor.readers.txt import read_txt

REPORT = "白河镇2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\t规章\n\t3\n\t\n\t5\n\n"


@pytest.mark.parametrize("encoding, prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""),
                                              ("gbk", b"")])
def test_encodings(tmp_path, encoding, prefix):
    p = tmp_path / "r.txt"
    p.write_bytes(prefix + REPORT.encode(encoding))
    doc = read_document(p)
    assert doc.text == REPORT and doc.format == "txt"
    assert [c.text for c in doc.cells if c.row_start] == ["规章"]


def test_crlf_line_endings_keep_spans_exact(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(p)
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text and "\r" not in c.text


def test_word_export_rows_blanks_and_wrapped_cells():
    text = "\t行政复议\n\t结果\n维持\n\t总计\n\n\t 0\n\t\n\t7\n"
    cells = read_txt("x", text).cells
    assert [(c.text, c.row_start, c.blank) for c in cells] == [
        ("行政复议", True, False), ("结果\n维持", False, False), ("总计", False, False),
        ("0", True, False), ("", False, True), ("7", False, False)]
    assert text[cells[1].start:cells[1].end] == "结果\n维持"


def test_pipe_layouts():
    text = "| 规章 | 0 | 0 | |\n| 行政许可 | 12 | ||\n信息内容 |\n|||\n|\n现行有效件数 |\n"
    cells = read_txt("x", text).cells
    assert [(c.text, c.row_start, c.blank) for c in cells] == [
        ("规章", True, False), ("0", False, False), ("0", False, False), ("", False, True),
        ("行政许可", True, False), ("12", False, False), ("", False, True),
        ("信息内容", False, False), ("现行有效件数", False, False)]


def test_binary_named_txt_is_refused(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(b"abc\x00\x01\x02" * 50)
    with pytest.raises(ReadError, match="binary"):
        read_document(p)


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("<html><body><div><p>一、总体情况</p><p>正文</p></div></body></html>", encoding="utf-8")
    assert read_document(p).format == "html"
