"""A row label with its first number glued on (family: text pasted from a PDF: ``行政许可1286``,
``规章0 0 0``). Cases written for these tests, in several shapes."""
import pytest

from extractor.readers.txt import read_txt
from extractor.table_glue import unglue
from extractor.tables import extract_tables


def _figures(doc):
    res = extract_tables(doc)
    for f in res.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in res.figures}, {t.table: t.status for t in res.tables}


GLUED_T2 = """第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章{a} 0 {b}
行政规范性文件{c} {d} {e}
第二十条第（五）项
信息内容 本年处理决定数量
行政许可{f}
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚{g}
行政强制{h}
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费{i}
"""


@pytest.mark.parametrize("v", [
    dict(a=0, b=0, c=3, d=1, e=27, f=1286, g=25, h=4, i=0),
    dict(a=2, b=11, c=14, d=0, e=96, f=73, g=1, h=0, i=6.5),
])
def test_labels_with_their_first_number_glued(v):
    figs, status = _figures(read_txt("w.txt", GLUED_T2.format(**v)))
    assert figs["t2.rules.made"] == v["a"] and figs["t2.rules.in_force"] == v["b"]
    assert (figs["t2.normative.made"], figs["t2.normative.repealed"], figs["t2.normative.in_force"]) == \
        (v["c"], v["d"], v["e"])
    assert figs["t2.licensing.decisions"] == v["f"]
    assert figs["t2.punishment.decisions"] == v["g"] and figs["t2.coercion.decisions"] == v["h"]
    assert figs["t2.fees.amount"] == v["i"]
    assert status["t2"] == "verified"


@pytest.mark.parametrize("line,label,num", [
    ("1.属于国家秘密0 0 0", "1.属于国家秘密", "0"),
    ("3.危及“三安全一稳定”12 0 1", "3.危及“三安全一稳定”", "12"),
    ("三、本年度办理结果 （一）予以公开11 1 0", "三、本年度办理结果 （一）予以公开", "11"),
    ("行政许可１２８６", "行政许可", "１２８６"),
])
def test_unglue_cuts_label_and_number_with_exact_spans(line, label, num):
    doc = read_txt("w.txt", line)
    cells = unglue(doc.cells)
    assert [cells[0].text, cells[1].text] == [label, num]
    for c in cells:
        assert doc.text[c.start:c.end] == c.text


@pytest.mark.parametrize("line", [
    "本年度共收到申请2023",          # prose ending in a number: no label before it
    "第二十条第（一）项",            # no digits
    "2023年政府信息公开工作年度报告3",  # a page footer with its page number
])
def test_unglue_leaves_what_is_no_label(line):
    doc = read_txt("w.txt", line)
    assert [c.text for c in unglue(doc.cells)] == [c.text for c in doc.cells]
