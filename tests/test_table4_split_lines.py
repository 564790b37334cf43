"""Table 4's 15 values printed over three or more lines under its two-level header (family:
table 4 as one row of 15 numbers, values split over lines: 5 + 5 + 5, 6 + 6 + 3, 4 + 4 + 4 + 3).
The parts are joined only when they add up to exactly 15 and nothing but values stands between
them; any other count stays a table read incomplete. Tables written here with invented numbers,
in plain text (pipes, spaces), HTML (a grid, pipe lines), DOCX and PDF."""
import io

import pytest

from extractor.pipeline import extract_document
from extractor.readers.docx import read_docx
from extractor.readers.html import read_html
from extractor.readers.pdf import read_pdf
from extractor.readers.txt import read_txt

SLOTS = [f"{g}.{s}" for g in ("review", "direct", "after_review")
         for s in ("upheld", "corrected", "other", "pending", "total")]
VALUES = [2, 1, 0, 3, 6, 1, 0, 0, 2, 3, 0, 1, 1, 0, 2]   # each group's total the sum of its four
WORDS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
HEAD = [["行政复议", "行政诉讼"], WORDS + ["未经复议直接起诉", "复议后起诉"], WORDS * 2]
BEFORE = "四、政府信息公开行政复议、行政诉讼情况"
AFTER = "五、存在的主要问题及改进情况"


def parts(sizes):
    out, k = [], 0
    for n in sizes:
        out.append(VALUES[k:k + n])
        k += n
    return out


def check(doc, status="verified"):
    rec = extract_document(doc)
    t4 = next(t for t in rec.tables if t.table == "t4")
    figs = {f.key: f.value for f in rec.figures if f.key.startswith("t4.")}
    for f in rec.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    if status == "verified":
        assert figs == {f"t4.{s}": v for s, v in zip(SLOTS, VALUES)}
    assert t4.status == status, t4
    return figs


@pytest.mark.parametrize("sizes", [(5, 5, 5), (6, 6, 3), (4, 4, 4, 3)])
@pytest.mark.parametrize("sep", [" | ", "  "])
def test_txt_lines_joined(sizes, sep):
    lines = [BEFORE] + [sep.join(h) for h in HEAD] + [sep.join(map(str, p)) for p in parts(sizes)] + [AFTER, "无。"]
    text = "\n".join(lines) + "\n"
    check(read_txt("a.txt", text))


@pytest.mark.parametrize("sizes", [(5, 5, 5), (6, 6, 3)])
def test_html_grid_and_pipe_lines(sizes):
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in p) + "</tr>" for p in parts(sizes))
    head = "".join("<tr>" + "".join(f"<td>{h}</td>" for h in r) + "</tr>" for r in HEAD)
    page = f"<html><body><p>{BEFORE}</p><table>{head}{rows}</table><p>{AFTER}</p><p>无。</p></body></html>"
    check(read_html("a.html", page))
    pipes = "".join(f"<p>{' | '.join(map(str, r))} |</p>" for r in HEAD + parts(sizes))
    check(read_html("b.html", f"<html><body><p>{BEFORE}</p>{pipes}<p>{AFTER}</p></body></html>"))


def test_docx_rows_of_five():
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(BEFORE)
    t = d.add_table(rows=0, cols=5)
    # the two-level header as three rows of its own table, the values in rows of five below
    for r in HEAD:
        cells = t.add_row().cells
        for k, h in enumerate(r[:5]):
            cells[k].text = h
    for p in parts((5, 5, 5)):
        cells = t.add_row().cells
        for k, v in enumerate(p):
            cells[k].text = str(v)
    d.add_paragraph(AFTER)
    buf = io.BytesIO()
    d.save(buf)
    check(read_docx("a.docx", buf.getvalue()))


def test_pdf_pipe_lines(tmp_path):
    """A portal page whose table was flattened to pipe lines, printed to PDF."""
    pytest.importorskip("reportlab")
    from build_pdf import pdf, text
    ops, top = [text(40, 60, BEFORE)], 80
    for r in HEAD + parts((6, 6, 3)):
        ops.append(text(40, top, " | ".join(map(str, r)) + " |"))
        top += 16
    ops.append(text(40, top + 10, AFTER))
    path = pdf(tmp_path / "a.pdf", [ops])
    check(read_pdf(path, path.read_bytes()))


@pytest.mark.parametrize("sizes", [(5, 5, 4), (5, 5, 5, 1)])
def test_a_count_other_than_15_stays_incomplete(sizes):
    vals = VALUES + [1]
    out, k = [], 0
    for n in sizes:
        out.append(vals[k:k + n])
        k += n
    lines = [BEFORE] + [" | ".join(h) for h in HEAD] + [" | ".join(map(str, p)) for p in out] + [AFTER]
    rec = extract_document(read_txt("a.txt", "\n".join(lines) + "\n"))
    t4 = next(t for t in rec.tables if t.table == "t4")
    assert t4.status != "verified"
