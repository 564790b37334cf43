"""The DOCX reader: body order, merged cells once, cell paragraphs joined, bad files."""
import zipfile

import docx
import pytest

from build_office import INTRO, TITLE, add_table, expected_stream, report_docx
from extractor.readers import ReadError, read_document
from extractor.readers.docx import read_docx


def read(path):
    return read_docx(path, path.read_bytes())


def spans_exact(doc):
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text


def test_table3_merged_cells_appear_once(tmp_path):
    doc = read(report_docx(tmp_path / "r.docx"))
    assert [(c.text, c.row_start, c.blank) for c in doc.cells] == expected_stream()
    assert {c.table for c in doc.cells} == {0} and doc.structured and doc.format == "docx"
    spans_exact(doc)
    lines = doc.text.split("\n")
    assert lines[:4] == [TITLE, *INTRO, "二、收到和处理政府信息公开申请情况"]
    assert lines[4:7] == ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                          "自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    assert "三、本年度办理结果\t（一）予以公开\t13\t0\t\t\t1\t\t14" in lines
    assert "（四）无法提供\t1.本机关不掌握相关政府信息\t23\t1\t\t\t\t\t23" in lines
    assert "2.没有现成信息需要另行制作\t24\t\t\t\t\t\t24" in lines
    assert lines[-3:] == ["四、存在的主要问题及改进情况", "一是公开内容不够全面。二是更新不够及时。", ""]
    for label in ("三、本年度办理结果", "（三）不予公开", "（五）不予处理", "法人或其他组织", "勾稽关系"):
        assert doc.text.count(label) == 1


def test_python_docx_itself_repeats_merged_cells(tmp_path):
    """The reason the reader walks the XML: python-docx shows a merge in every position."""
    d = docx.Document(report_docx(tmp_path / "r.docx"))
    texts = [c.text for row in d.tables[0].rows for c in row.cells]
    assert texts.count("三、本年度办理结果") == 20 and texts.count("申请人情况") == 7


def test_body_order_cell_paragraphs_and_breaks(tmp_path):
    d = docx.Document()
    d.add_paragraph("一、总体情况")
    t = add_table(d, rows=[[("信息内容", 1, 1), ("本年新", 1, 1), ("", 1, 1)]], ncols=3)
    t.cell(0, 1).add_paragraph("制作数量")  # a second paragraph in the cell: a wrap
    t.cell(0, 2).paragraphs[0].add_run("www.example").add_break()
    t.cell(0, 2).paragraphs[0].add_run("gov.cn")
    p = d.add_paragraph("第一行")
    p.add_run().add_break()
    p.add_run("\u3000\u3000第二行\xa0 有 空格")
    add_table(d, rows=[[("规章", 1, 1), ("", 1, 1), ("3", 1, 1)]], ncols=3)
    path = tmp_path / "o.docx"
    d.save(path)
    doc = read(path)
    assert doc.text == ("一、总体情况\n信息内容\t本年新制作数量\twww.example gov.cn\n第一行\n第二行有空格\n"
                        "规章\t\t3\n")
    assert [(c.text, c.row_start, c.table, c.blank) for c in doc.cells] == [
        ("信息内容", True, 0, False), ("本年新制作数量", False, 0, False), ("www.example gov.cn", False, 0, False),
        ("规章", True, 1, False), ("", False, 1, True), ("3", False, 1, False)]
    spans_exact(doc)


def test_noise_docx_names_the_file(tmp_path):
    p = tmp_path / "年报.docx"
    p.write_bytes(b"this is not a zip file at all \x00\x01" * 20)
    with pytest.raises(ReadError) as e:
        read_document(p)
    assert e.value.path == str(p) and "is not a valid DOCX file" in e.value.reason
    assert e.value.fix == "re-save it from Word" and str(p) in str(e.value)


def test_zip_that_is_not_word(tmp_path):
    p = tmp_path / "r.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match=r"r\.docx: is not a valid DOCX file .*\(re-save it from Word\)"):
        read_document(p)


def test_docx_without_text(tmp_path):
    p = tmp_path / "blank.docx"
    docx.Document().save(p)
    with pytest.raises(ReadError, match="blank.docx: the DOCX file has no text"):
        read_document(p)
