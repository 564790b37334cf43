"""Columns read by their printed header words (blind table round 8, families 1 and 2): table 3's
法人 sub-columns printed in another order, table 3's 总计 column first, table 4's 总计 first in
each group, the five 法人 sub-columns collapsed into one. Where the header words are read the
columns follow them; where the header cannot be read and the order is not the template's, the
table is never verified (and a 总计 printed in another place is never the source's fault).

Tables written here with invented numbers: tab rows, one cell per line, HTML grids and DOCX."""
import docx
import pytest

from extractor.pipeline import extract_document
from extractor.readers.docx import read_docx
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt
from test_table_tab_rows import APPL, T3_2021, numbers

DISPLAY = {"natural": "自然人", "commercial": "商业企业", "research": "科研机构", "ngo": "社会公益组织",
           "legal": "法律服务机构", "other_org": "其他", "total": "总计"}
SUBS = ("commercial", "research", "ngo", "legal", "other_org")
ANCHOR = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def _header_rows(order: tuple[str, ...], sub_words=None) -> list[list[str]]:
    """The two header rows of table 3 printed in ``order`` (its top level: 自然人, 法人或其他组织
    and 总计 where the sub-columns stand together; one row when they do not)."""
    subs = [c for c in order if c in SUBS]
    words = dict(DISPLAY, **(sub_words or {}))
    at = [i for i, c in enumerate(order) if c in SUBS]
    if at != list(range(at[0], at[0] + len(at))):
        return [[words[c] for c in order]]
    tops = [c for c in order if c not in SUBS]
    tops.insert(at[0], "legal_person")
    return [[words.get(c, "法人或其他组织") for c in tops], [words[c] for c in subs]]


def _rows(order):
    v = numbers(T3_2021)
    return [(label, [v[key][APPL.index(c)] for c in order]) for _, label, key in T3_2021], v


def tab_report(order, sub_words=None, header=True, one_cell_per_line=False) -> str:
    out = ["某县某局2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", ANCHOR, "申请人情况"]
    if header:
        out += ["\t".join(r) for r in _header_rows(order, sub_words)]
    rows, _ = _rows(order)
    out += ["\t".join([label] + [str(x) for x in vals]) for label, vals in rows]
    out += ["五、存在的主要问题及改进情况", "一是培训不足。"]
    if one_cell_per_line:
        out = [c for line in out for c in line.split("\t")]
    return "\n".join(out) + "\n"


def html_report(order) -> str:
    head = _header_rows(order)
    tr = [f"<tr><td rowspan=2>{ANCHOR}</td><td colspan=7>申请人情况</td></tr>"]
    if len(head) == 2:
        tr.append("<tr>" + "".join(f"<td colspan=5>{w}</td>" if w == "法人或其他组织" else f"<td rowspan=2>{w}</td>"
                                   for w in head[0]) + "</tr>")
        tr.append("<tr>" + "".join(f"<td>{w}</td>" for w in head[1]) + "</tr>")
    else:
        tr.append("<tr>" + "".join(f"<td>{w}</td>" for w in head[0]) + "</tr>")
    rows, _ = _rows(order)
    tr += ["<tr>" + "".join(f"<td>{x}</td>" for x in [label] + vals) + "</tr>" for label, vals in rows]
    return ("<html><body><h1>某县某局2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table>{''.join(tr)}</table><p>五、存在的主要问题及改进情况</p><p>一是培训不足。</p></body></html>")


def docx_report(path, order):
    d = docx.Document()
    d.add_paragraph("某县某局2023年政府信息公开工作年度报告")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    rows, _ = _rows(order)
    head = _header_rows(order)
    t = d.add_table(rows=3 + len(rows), cols=8)
    t.cell(0, 0).merge(t.cell(2, 0)).text = ANCHOR
    t.cell(0, 1).merge(t.cell(0, 7)).text = "申请人情况"
    col = 1
    for w in head[0]:
        if w == "法人或其他组织":
            t.cell(1, col).merge(t.cell(1, col + 4)).text = w
            for k, s in enumerate(head[1]):
                t.cell(2, col + k).text = s
            col += 5
        else:
            t.cell(1, col).merge(t.cell(2, col)).text = w
            col += 1
    for r, (label, vals) in enumerate(rows, start=3):
        for c, x in enumerate([label] + vals):
            t.cell(r, c).text = str(x)
    d.add_paragraph("五、存在的主要问题及改进情况")
    d.add_paragraph("一是培训不足。")
    d.save(path)
    return read_docx(path, path.read_bytes())


def read(doc):
    rec = extract_document(doc)
    return {f.key: f.value for f in rec.figures if f.key.startswith(("t3.", "t4."))}, {t.table: t for t in rec.tables}


def expected_t3() -> dict[str, int]:
    v = numbers(T3_2021)
    return {f"t3.{key}.{c}": x for _, _, key in T3_2021 for c, x in zip(APPL, v[key])}


PERMUTED = ("natural", "research", "commercial", "legal", "ngo", "other_org", "total")
TOTAL_FIRST = ("total", "natural", "commercial", "research", "ngo", "legal", "other_org")
ONE_ROW = ("natural", "legal", "ngo", "research", "commercial", "other_org", "total")


@pytest.mark.parametrize("order", [PERMUTED, TOTAL_FIRST, ("natural", "total", "other_org", "legal", "ngo", "research", "commercial")],
                         ids=["subs permuted", "total first", "total second, subs reversed"])
@pytest.mark.parametrize("shape", ["tab rows", "one cell per line", "html grid", "docx"])
def test_table3_columns_follow_their_printed_header(order, shape, tmp_path):
    if shape == "html grid":
        doc = read_html("t.html", html_report(order))
    elif shape == "docx":
        doc = docx_report(tmp_path / "t.docx", order)
    else:
        doc = read_txt("t.txt", tab_report(order, one_cell_per_line=shape == "one cell per line"))
    got, st = read(doc)
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected_t3()
    assert st["t3"].status == "verified", st["t3"].note
    assert "按表头读取" in st["t3"].note


def test_a_one_row_header_in_another_order_is_read_by_its_words():
    got, st = read(read_txt("t.txt", tab_report(ONE_ROW)))
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected_t3()
    assert st["t3"].status == "verified"


def test_a_header_in_the_templates_order_is_read_as_before_and_says_nothing():
    got, st = read(read_txt("t.txt", tab_report(tuple(APPL))))
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected_t3()
    assert st["t3"].status == "verified" and "按表头读取" not in st["t3"].note


@pytest.mark.parametrize("garbled", [{"research": "科研构机"}, {"research": "科研机", "ngo": "社会公益"}])
def test_permuted_sub_columns_whose_header_cannot_be_read_in_full_are_not_verified(garbled):
    """Some sub-column words read, in an order that is not the template's: the order of the
    rest is unknown, and the identities cannot tell (every row still adds up)."""
    got, st = read(read_txt("t.txt", tab_report(PERMUTED, sub_words=garbled)))
    assert st["t3"].status == "doubtful", st["t3"].note
    assert "顺序" in st["t3"].note


def test_a_garbled_header_in_the_templates_order_stays_verified():
    got, st = read(read_txt("t.txt", tab_report(tuple(APPL), sub_words={"research": "科研构机"})))
    assert st["t3"].status == "verified"
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected_t3()


@pytest.mark.parametrize("one_cell_per_line", [False, True])
def test_total_printed_first_with_no_header_is_doubtful_not_the_sources(one_cell_per_line):
    got, st = read(read_txt("t.txt", tab_report(TOTAL_FIRST, header=False, one_cell_per_line=one_cell_per_line)))
    assert st["t3"].status == "doubtful", st["t3"].note
    assert "总计列" in st["t3"].note


@pytest.mark.parametrize("shape", ["tab rows", "html grid"])
def test_collapsed_legal_person_column_is_incomplete_and_never_a_sub_column(shape):
    v = numbers(T3_2021)
    rows = [(label, [v[key][0], sum(v[key][1:6]), v[key][6]]) for _, label, key in T3_2021]
    if shape == "tab rows":
        text = "\n".join(["某县某局2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", ANCHOR,
                          "申请人情况", "自然人\t法人或其他组织\t总计"]
                         + ["\t".join([label] + [str(x) for x in vals]) for label, vals in rows]
                         + ["五、存在的主要问题及改进情况", "一是培训不足。"]) + "\n"
        doc = read_txt("t.txt", text)
    else:
        trs = [f"<tr><td>{ANCHOR}</td><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>"]
        trs += ["<tr>" + "".join(f"<td>{x}</td>" for x in [label] + vals) + "</tr>" for label, vals in rows]
        doc = read_html("t.html", "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>"
                        + "".join(trs) + "</table><p>五、存在的主要问题及改进情况</p></body></html>")
    got, st = read(doc)
    assert st["t3"].status == "incomplete", st["t3"].note
    assert {f"*.{c}" for c in SUBS} <= set(st["t3"].missing)
    t3 = {k: x for k, x in got.items() if k.startswith("t3.")}
    assert t3 == {k: x for k, x in expected_t3().items() if k.endswith((".natural", ".total"))}


T4 = {"review": [2, 1, 0, 1, 4], "direct": [1, 0, 0, 1, 2], "after_review": [1, 0, 0, 0, 1]}
T4_WORDS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}
T4_COLS = ("upheld", "corrected", "other", "pending", "total")


def t4_report(order, header=True, html=False):
    words = [T4_WORDS[c] for c in order]
    vals = [str(T4[g][T4_COLS.index(c)]) for g in T4 for c in order]
    head = [["行政复议", "行政诉讼"], words + ["未经复议直接起诉", "复议后起诉"], words + words] if header else []
    rows = head + [vals]
    if html:
        return read_html("t.html", "<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
                         + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
                         + "</table><p>五、存在的主要问题及改进情况</p></body></html>")
    lines = ["四、政府信息公开行政复议、行政诉讼情况"] + (["\t".join(r) for r in rows] if header
                                                         else ["行政复议\t行政诉讼", "\t".join(vals)])
    return read_txt("t.txt", "\n".join(lines + ["五、存在的主要问题及改进情况"]) + "\n")


EXPECTED_T4 = {f"t4.{g}.{c}": x for g, xs in T4.items() for c, x in zip(T4_COLS, xs)}


@pytest.mark.parametrize("order", [("total",) + T4_COLS[:4], ("pending", "upheld", "corrected", "other", "total")],
                         ids=["total first", "pending first"])
@pytest.mark.parametrize("html", [False, True], ids=["tab rows", "html"])
def test_table4_columns_follow_their_printed_header_in_each_group(order, html):
    got, st = read(t4_report(order, html=html))
    assert {k: x for k, x in got.items() if k.startswith("t4.")} == EXPECTED_T4
    assert st["t4"].status == "verified", st["t4"].note


def test_table4_total_first_with_no_header_is_doubtful_not_the_sources():
    got, st = read(t4_report(("total",) + T4_COLS[:4], header=False))
    assert st["t4"].status == "doubtful", st["t4"].note
    assert "总计列" in st["t4"].note


def test_table4_in_the_templates_order_stays_verified():
    got, st = read(t4_report(T4_COLS))
    assert {k: x for k, x in got.items() if k.startswith("t4.")} == EXPECTED_T4
    assert st["t4"].status == "verified"
