"""An excerpt that starts inside table 2, after its first 第二十条 headings (family: an
excerpt starting inside a table). Cases written for these tests, in several shapes."""
import pytest

from extractor.readers.txt import read_txt
from extractor.tables import extract_tables


def _figures(doc):
    res = extract_tables(doc)
    for f in res.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in res.figures}, {t.table: t.status for t in res.tables}


CUT_T2 = {
    "pipes": "行政处罚 | {p} |\n行政强制 | {c} |\n第二十条第（八）项 |  |\n信息内容 | 本年收费金额（单位：万元） |\n行政事业性收费 | {f} |\n",
    "spaced": "行政许可 {l}\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 {p}\n行政强制 {c}\n"
              "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 {f}\n",
    "lines": "行政强制\n\n{c}\n\n第二十条第（八）项\n\n信息内容\n\n本年收费金额（单位：万元）\n\n行政事业性收费\n\n{f}\n",
}


@pytest.mark.parametrize("shape", sorted(CUT_T2))
@pytest.mark.parametrize("v", [dict(l=40, p=12, c=0, f=3), dict(l=7, p=0, c=5, f=0)])
def test_excerpt_starting_inside_table2(shape, v):
    text = CUT_T2[shape].format(**v) + "三、收到和处理政府信息公开申请情况\n"
    figs, status = _figures(read_txt("w.txt", text))
    assert figs["t2.coercion.decisions"] == v["c"] and figs["t2.fees.amount"] == v["f"]
    if "{p}" in CUT_T2[shape]:
        assert figs["t2.punishment.decisions"] == v["p"]
    if "{l}" in CUT_T2[shape]:
        assert figs["t2.licensing.decisions"] == v["l"]
    assert status["t2"] == "incomplete"   # the rows before the cut are not in the text


def test_a_row_printed_before_the_whole_table_does_not_open_it():
    text = ("一、总体情况\n行政处罚 | 9 |\n二、主动公开政府信息情况\n第二十条第（五）项 |  |\n"
            "信息内容 | 本年处理决定数量 |\n行政许可 | 4 |\n第二十条第（六）项 |  |\n信息内容 | 本年处理决定数量 |\n"
            "行政处罚 | 2 |\n行政强制 | 1 |\n")
    figs, _ = _figures(read_txt("w.txt", text))
    assert figs["t2.punishment.decisions"] == 2 and figs["t2.licensing.decisions"] == 4


# -- an excerpt that opens inside table 3 at a short row label (（六）其他处理, （七）总计), its
#    cells one per line or one per paragraph: the label and one whole row of seven values open
#    the table (family: an excerpt starting inside a table; blind round 12)

TAIL_T3 = [("（六）其他处理", "other", [0, 1, 0, 0, 0, 0, 1]), ("（七）总计", "total", [6, 2, 0, 0, 1, 0, 9]),
           ("四、结转下年度继续办理", "carried_forward", [1, 0, 0, 0, 0, 0, 1])]
APPL = ("natural", "commercial", "research", "ngo", "legal", "other_org", "total")
T4_AFTER = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"]


def _tail(rows, fmt: str, cut: int = 0):
    lines = []
    for label, _, vals in rows:
        lines += [label, *map(str, vals[:len(vals) - cut if label == rows[0][0] else len(vals)])]
    lines += T4_AFTER
    if fmt == "html":
        from extractor.readers.html import read_html
        return read_html("e.html", "<html><body>" + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>")
    return read_txt("e.txt", "\n".join(lines) + "\n")


@pytest.mark.parametrize("fmt", ["lines", "html"])
@pytest.mark.parametrize("start", [0, 1], ids=["at 其他处理", "at 总计"])
def test_excerpt_opening_at_a_short_table3_row_reads_it(fmt, start):
    rows = TAIL_T3[start:]
    figs, status = _figures(_tail(rows, fmt))
    for _, key, vals in rows:
        assert [figs.get(f"t3.{key}.{c}") for c in APPL] == vals
    assert status["t3"] == "incomplete"   # the rows before the cut are not in the text


@pytest.mark.parametrize("fmt", ["lines", "html"])
def test_a_short_table3_label_without_a_whole_row_opens_nothing(fmt):
    # six values under （六）其他处理: not one whole row, so the label alone is no proof
    figs, status = _figures(_tail(TAIL_T3, fmt, cut=1))
    assert not any(k.startswith("t3.other.") for k in figs)
    assert status["t3"] == "incomplete"
    assert figs["t3.total.total"] == 9


def test_a_short_table3_label_in_prose_opens_nothing():
    text = "一、总体情况\n（六）其他处理\n本机关对逾期不补正的申请不再处理。\n" + "\n".join(T4_AFTER) + "\n"
    figs, status = _figures(read_txt("e.txt", text))
    assert not any(k.startswith("t3.") for k in figs) and status.get("t3", "absent") == "absent"
