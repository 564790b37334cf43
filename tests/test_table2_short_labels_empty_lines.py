"""Table 2 rows as real reports print them (families: rows with shortened or empty labels; a
blank cell printed as an empty line in a one-cell-per-line export). Tables written here with
invented numbers, in plain text (one cell per line, compact or with a blank line between
cells), HTML and DOCX.

* a shortened label (收费, 集中采购, 许可) is the one row whose label starts or ends with it,
  read only where values follow it inside the table;
* in plain text with one cell per line, where every row printed in full shows the same line
  breaks between its cells, an empty cell is that many more: a row with fewer values than
  columns is placed by them, and a run of values going on after one empty cell is the next
  row printed with its label cell empty (placed by the template's order, said so);
* anything the layout does not prove stays a table read incomplete or doubtful."""
import io

import pytest

from extractor.pipeline import extract_document
from extractor.readers.docx import read_docx
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt

TITLE = "青石县某镇人民政府2021年政府信息公开工作年度报告"
BEFORE = ["二、主动公开政府信息情况"]
AFTER = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
C19 = ["上一年项目数量", "本年增/减", "处理决定数量"]
# (article, columns, [(label, key, values)]) -- 2019 format; None: a blank cell
T2 = [("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
       [("规章", "rules", [0, 1, 4]), ("规范性文件", "normative", [2, 3, 9])]),
      ("第二十条第（五）项", C19, [("行政许可", "licensing", [5, 1, 40]),
                                ("其他对外管理服务事项", "services", [3, 0, 12])]),
      ("第二十条第（六）项", C19, [("行政处罚", "punishment", [2, 2, 17]), ("行政强制", "coercion", [1, 0, 6])]),
      ("第二十条第（八）项", C19[:2], [("行政事业性收费", "fees", [4, 1])]),
      ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "procurement", [7, 86])])]
COLS = {"rules": ["new_made", "new_published", "total"], "normative": ["new_made", "new_published", "total"],
        "licensing": ["prev", "change", "decisions"], "services": ["prev", "change", "decisions"],
        "punishment": ["prev", "change", "decisions"], "coercion": ["prev", "change", "decisions"],
        "fees": ["prev", "change"], "procurement": ["projects", "amount"]}


def table(labels=None, values=None):
    """[(article, columns, [(label, key, values)])] with labels / values replaced by key."""
    labels, values = labels or {}, values or {}
    return [(a, cols, [(labels.get(k, lab), k, values.get(k, v)) for lab, k, v in rows]) for a, cols, rows in T2]


def expected(t) -> dict[str, float]:
    return {f"t2.{k}.{c}": float(x) for _, _, rows in t for _, k, v in rows
            for c, x in zip(COLS[k], v) if x is not None}


def lines(t, sep: int = 1) -> str:
    """One cell per line; a blank cell (or an empty label) an empty line; ``sep`` line breaks
    between cells (2: a blank line between cells, as Word exports print)."""
    out = []
    for a, cols, rows in t:
        out += [a, "信息内容", *cols]
        for lab, _, v in rows:
            out += [lab] + ["" if x is None else str(x) for x in v]
    body = ("\n" * sep).join(out)
    return "\n\n".join([TITLE, *BEFORE, body, *AFTER]) + "\n"


def html(t) -> str:
    rows = []
    for a, cols, rs in t:
        rows.append(f"<tr><td colspan='4'>{a}</td></tr>")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in ["信息内容", *cols]) + "</tr>")
        for lab, _, v in rs:
            rows.append("<tr>" + "".join(f"<td>{'&nbsp;' if x is None else x}</td>" for x in [lab, *v]) + "</tr>")
    body = "".join(f"<p>{p}</p>" for p in BEFORE) + "<table>" + "".join(rows) + "</table>" + \
        "".join(f"<p>{p}</p>" for p in AFTER)
    return f"<html><body><h1>{TITLE}</h1>{body}</body></html>"


def docx_bytes(t) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in [TITLE, *BEFORE]:
        d.add_paragraph(p)
    tab = d.add_table(rows=0, cols=4)
    for a, cols, rs in t:
        cells = tab.add_row().cells
        cells[0].merge(cells[3]).text = a
        hdr = tab.add_row().cells
        for k, h in enumerate(["信息内容", *cols]):
            hdr[k].text = h
        for lab, _, v in rs:
            row = tab.add_row().cells
            for k, x in enumerate([lab, *v]):
                row[k].text = "" if x is None else str(x)
    for p in AFTER:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read(doc):
    rec = extract_document(doc)
    t2 = next(t for t in rec.tables if t.table == "t2")
    for f in rec.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in rec.figures if f.key.startswith("t2.")}, t2


def read_as(fmt: str, t):
    if fmt == "txt":
        return read(read_txt("t.txt", lines(t)))
    if fmt == "txt spaced":
        return read(read_txt("t.txt", lines(t, 2)))
    if fmt == "html":
        return read(read_html("t.html", html(t)))
    return read(read_docx("t.docx", docx_bytes(t)))


FORMATS = ["txt", "txt spaced", "html", "docx"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [{"fees": "收费", "procurement": "集中采购"},
                                    {"licensing": "许可", "fees": "事业性收费"},
                                    {"punishment": "处罚", "coercion": "强制", "procurement": "采购"}])
def test_a_shortened_row_label_is_the_row_it_cuts_short(fmt, labels):
    t = table(labels=labels)
    got, st = read_as(fmt, t)
    assert got == expected(t)
    assert st.status == "verified", st.note
    assert all(f"“{lab}”" in st.note for lab in labels.values())


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_shortened_word_of_two_rows_or_without_values_is_no_row(fmt):
    # 行政 starts 行政许可, 行政处罚, 行政强制 …: no row of its own; the 收费 row printed without values
    t = table(labels={"licensing": "行政"})
    got, st = read_as(fmt, t)
    assert "licensing" in st.missing and st.status != "verified"
    assert not any(k.startswith("t2.licensing.") for k in got)


@pytest.mark.parametrize("sep", [1, 2], ids=["compact", "spaced"])
@pytest.mark.parametrize("blanks", [{"services": [None, None, 12]}, {"licensing": [5, None, 40]},
                                    {"punishment": [None, 2, None], "procurement": [7, None]},
                                    {"fees": [None, 1], "rules": [0, None, None]}])
def test_blank_cells_printed_as_empty_lines_place_the_values(sep, blanks):
    t = table(values=blanks)
    got, st = read(read_txt("t.txt", lines(t, sep)))
    assert got == expected(t)
    assert st.status == "verified", st.note
    assert "按空行位置确定各数值所在列" in st.note


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_blank_cells_of_a_grid_are_cells_too(fmt):
    t = table(values={"services": [None, None, 12], "procurement": [7, None]})
    got, st = read_as(fmt, t)
    assert got == expected(t)
    assert st.status == "verified", st.note


def test_empty_lines_that_are_no_whole_cell_prove_nothing():
    # one row with three line breaks before its value in a compact export with a blank line
    # between cells elsewhere: no layout, the row stays unplaced
    t = table(values={"services": [None, None, 12]})
    text = lines(t, 2).replace("其他对外管理服务事项\n\n\n\n\n\n12", "其他对外管理服务事项\n\n\n12")
    got, st = read(read_txt("t.txt", text))
    assert st.status != "verified", st.note
    assert not any(k.startswith("t2.services.") for k in got)


def test_a_short_row_in_an_export_that_drops_blank_cells_stays_unplaced():
    # the blank cells left out altogether (no empty line for them): which column 12 is in, nothing says
    t = table(values={"services": [None, None, 12]})
    text = lines(t).replace("其他对外管理服务事项\n\n\n12", "其他对外管理服务事项\n12")
    got, st = read(read_txt("t.txt", text))
    assert st.status != "verified", st.note
    assert "services" not in {k.split(".")[1] for k in got}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("row", ["coercion", "services", "normative"])
def test_a_row_printed_with_its_label_cell_empty_is_the_row_between(fmt, row):
    t = table(labels={row: ""})
    got, st = read_as(fmt, t)
    assert got == expected(t)
    assert st.status in ("verified", "doubtful"), st.note
    assert "未印行名" in st.note


@pytest.mark.parametrize("sep", [1, 2], ids=["compact", "spaced"])
def test_values_after_two_empty_cells_are_no_row_placed(sep):
    # after 行政处罚's values, two empty cells and a value: not one missing label, not placed
    t = table(labels={"coercion": ""}, values={"coercion": [None, None, 6]})
    got, st = read(read_txt("t.txt", lines(t, sep)))
    assert st.status != "verified", st.note
    assert not any(k.startswith("t2.coercion.") for k in got)


def pdf_doc(t, tmp_path):
    pytest.importorskip("reportlab")
    from build_pdf import draw_table, pdf, text
    from extractor.readers.pdf import read_pdf
    xs = [40, 200, 290, 380, 470]
    rows = []
    for a, cols, rs in t:
        rows.append((18, [(a, 0, 1, 4)]))
        rows.append((18, [(h, k, 1, 1) for k, h in enumerate(["信息内容", *cols])]))
        for lab, _, v in rs:
            rows.append((18, [(str(x) if x is not None else "", k, 1, 1) for k, x in enumerate([lab, *v])]))
    ops, bottom = draw_table(xs, rows, 110)
    ops = [text(40, 40, TITLE), text(40, 80, BEFORE[0])] + ops + [text(40, bottom + 20, AFTER[0])]
    path = pdf(tmp_path / "t.pdf", [ops])
    return read(read_pdf(path, path.read_bytes()))


def test_pdf_shortened_and_empty_labels(tmp_path):
    t = table(labels={"fees": "收费", "procurement": "集中采购", "coercion": ""})
    got, st = pdf_doc(t, tmp_path)
    assert got == expected(t)
    assert st.status in ("verified", "doubtful"), st.note
    assert "“收费”" in st.note and "未印行名" in st.note
