"""A table flattened into paragraphs (family: a portal page with no table markup whose
paragraphs hold one cell each). Cases written for these tests, in several shapes."""
import pytest

from extractor.readers import read_document
from extractor.readers.html import read_html
from extractor.tables import extract_tables


def _figures(doc):
    res = extract_tables(doc)
    for f in res.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in res.figures}, {t.table: t.status for t in res.tables}


def _page(paras, wrap="p"):
    body = "".join(f"<{wrap}>{p}</{wrap}>" for p in paras)
    return f"<html><body><div class='article'><h1>某局2023年政府信息公开工作年度报告</h1>{body}</div></body></html>"


T2_BLOCKS = [
    ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
     "规章", "{a}", "0", "{b}", "行政规范性文件", "{c}", "1", "{d}"],
    ["第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "{e}"],
    ["第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "{f}", "行政强制", "0"],
    ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "{g}"],
]


@pytest.mark.parametrize("vals,want,wrap", [
    (dict(a="2", b="9", c="４", d="３１", e="１５件", f="２件", g="1.2万元"),
     dict(a=2, b=9, c=4, d=31, e=15, f=2, g=1.2), "p"),
    (dict(a="0", b="3", c="7件", d="40件", e="306", f="18", g="0"),
     dict(a=0, b=3, c=7, d=40, e=306, f=18, g=0), "div"),
])
def test_table2_one_cell_per_paragraph(vals, want, wrap):
    paras = ["一、总体情况", "本年主动公开信息52条。", "二、主动公开政府信息情况"]
    paras += [p.format(**vals) for block in T2_BLOCKS for p in block]
    figs, status = _figures(read_html("p.html", _page(paras, wrap)))
    assert figs["t2.rules.made"] == want["a"] and figs["t2.rules.in_force"] == want["b"]
    assert figs["t2.normative.made"] == want["c"] and figs["t2.normative.in_force"] == want["d"]
    assert figs["t2.licensing.decisions"] == want["e"]
    assert figs["t2.punishment.decisions"] == want["f"]
    assert figs["t2.fees.amount"] == want["g"]
    assert status["t2"] == "verified"


def test_page_with_a_table_grid_keeps_prose_paragraphs_out():
    page = _page(["行政许可", "12"]).replace("</div>", "<table><tr><td>规章</td><td>1</td></tr></table></div>")
    doc = read_html("p.html", page)
    assert [c.text for c in doc.cells] == ["规章", "1"]


def test_prose_page_without_table_gives_no_figures():
    doc = read_html("p.html", _page(["一、总体情况", "2023年，本机关办理行政许可事项1286件。",
                                      "四、行政复议、行政诉讼情况", "本年度未发生行政复议和行政诉讼案件。"]))
    figs, status = _figures(doc)
    assert figs == {}
    assert set(status.values()) == {"absent"}


def test_docx_with_no_table_reads_its_paragraphs_as_cells(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in ["二、主动公开政府信息情况"] + [p.format(a="1", b="6", c="0", d="12", e="８８", f="3", g="0")
                                        for block in T2_BLOCKS for p in block]:
        d.add_paragraph(p)
    path = tmp_path / "r.docx"
    d.save(path)
    figs, status = _figures(read_document(path))
    assert (figs["t2.rules.made"], figs["t2.normative.in_force"], figs["t2.licensing.decisions"]) == (1, 12, 88)
    assert status["t2"] == "verified"
