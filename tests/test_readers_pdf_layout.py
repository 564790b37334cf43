"""The PDF reader on exact layouts drawn with reportlab (tests/build_pdf.py): ruled tables
with blank and merged cells, labels cut by page breaks or printed one character per line,
tables without ruling lines (columns from the numbers' x-positions), and whole generated
reports typeset straight to PDF (bench/gen_pdf.py) whose table figures must equal the gold."""
import pytest

pytest.importorskip("reportlab")

from build_pdf import draw_table, pdf, text  # noqa: E402

from bench.gen_pdf import render_pdf  # noqa: E402
from bench.generate import make_spec  # noqa: E402
from extractor import extract  # noqa: E402
from extractor.readers import read_document  # noqa: E402


def rows_of(doc, xs=None):
    """The cell stream as rows; with ``xs``, each cell as (text, column its left edge is in)."""
    rows = []
    for c in doc.cells:
        if c.row_start or not rows:
            rows.append([])
        if xs is None:
            rows[-1].append(c.text)
        else:
            left = c.x[0] + 0.5
            rows[-1].append((c.text, next(i for i in range(len(xs) - 1) if xs[i] <= left < xs[i + 1])))
    return rows


def spans_exact(doc):
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text


# ---------------------------------------------------------------- ruled tables
def test_blank_label_and_value_cells_keep_their_columns(tmp_path):
    xs = [60, 160, 220, 280, 340, 400]
    ops, _ = draw_table(xs, [
        (20, [("（六）其他处理", 0, 1, 1), ("", 1, 1, 1), ("3", 2, 1, 1), ("", 3, 1, 1), ("4", 4, 1, 1)]),
        (20, [("", 0, 1, 1), ("", 1, 1, 1), ("5", 2, 1, 1), ("6", 3, 1, 1), ("11", 4, 1, 1)]),
        (20, [("（七）总计", 0, 1, 2), ("8", 2, 1, 1), ("6", 3, 1, 1), ("15", 4, 1, 1)]),
    ], top=100)
    doc = read_document(pdf(tmp_path / "blank.pdf", [ops]))
    assert rows_of(doc, xs) == [
        [("（六）其他处理", 0), ("", 1), ("3", 2), ("", 3), ("4", 4)],
        [("", 0), ("", 1), ("5", 2), ("6", 3), ("11", 4)],
        [("（七）总计", 0), ("8", 2), ("6", 3), ("15", 4)],
    ]
    assert [c.blank for c in doc.cells[:5]] == [False, True, False, True, False]
    assert {c.table for c in doc.cells} == {0}
    spans_exact(doc)


def _cut_table(ruled: bool, valign: str):
    xs = [60, 120, 300, 360, 420, 480]
    head = (20, [("分类", 0, 1, 2), ("甲", 2, 1, 1), ("乙", 3, 1, 1), ("合计", 4, 1, 1)])
    page1, bottom = draw_table(xs, [
        head,
        (24, [("（四）无", 0, 2, 1), ("1.本机关不掌握相关政府信息", 1, 1, 1), ("1", 2, 1, 1), ("2", 3, 1, 1), ("3", 4, 1, 1)]),
        (24, [("2.没有现成信息需要另行制作", 1, 1, 1), ("4", 2, 1, 1), ("", 3, 1, 1), ("4", 4, 1, 1)]),
    ], top=620, ruled=ruled, valign=valign)
    page2, _ = draw_table(xs, [
        (24, [("法提供", 0, 1, 1), ("3.补正后申请内容仍不明确", 1, 1, 1), ("7", 2, 1, 1), ("8", 3, 1, 1), ("15", 4, 1, 1)]),
        (24, [("（七）总计", 0, 1, 2), ("12", 2, 1, 1), ("10", 3, 1, 1), ("22", 4, 1, 1)]),
    ], top=60, ruled=ruled, valign=valign)
    return xs, [[text(60, 580, "三、收到和处理政府信息公开申请情况", 10.5)] + page1, page2]


def test_merged_label_cut_by_a_page_break_is_one_cell(tmp_path):
    xs, pages = _cut_table(ruled=True, valign="top")
    doc = read_document(pdf(tmp_path / "cut.pdf", pages))
    assert rows_of(doc, xs) == [
        [("分类", 0), ("甲", 2), ("乙", 3), ("合计", 4)],
        [("（四）无法提供", 0), ("1.本机关不掌握相关政府信息", 1), ("1", 2), ("2", 3), ("3", 4)],
        [("2.没有现成信息需要另行制作", 1), ("4", 2), ("", 3), ("4", 4)],
        [("3.补正后申请内容仍不明确", 1), ("7", 2), ("8", 3), ("15", 4)],
        [("（七）总计", 0), ("12", 2), ("10", 3), ("22", 4)],
    ]
    assert {c.table for c in doc.cells} == {0}


def test_label_printed_one_character_per_line_is_one_cell(tmp_path):
    xs = [60, 80, 220, 280, 340]
    items = ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "（七）总计"]
    rows = [(20, ([("本\n年\n度\n办\n理\n结\n果", 0, 7, 1)] if i == 0 else [])
             + [(label, 1, 1, 1), (str(i + 1), 2, 1, 1), (str(10 * i + 1), 3, 1, 1)])
            for i, label in enumerate(items)]
    ops, _ = draw_table(xs, rows, top=100)
    doc = read_document(pdf(tmp_path / "tall.pdf", [ops]))
    got = rows_of(doc, xs)
    assert got[0] == [("本年度办理结果", 0), ("（一）予以公开", 1), ("1", 2), ("1", 3)]
    assert got[6] == [("（七）总计", 1), ("7", 2), ("61", 3)]
    assert all(col != 0 for row in got[1:] for _, col in row)


# ---------------------------------------------------------------- tables without lines
def test_unruled_values_stand_in_the_column_above_them(tmp_path):
    xs = [60, 220, 280, 340, 400]
    ops, _ = draw_table(xs, [
        (18, [("项目", 0, 1, 1), ("甲", 1, 1, 1), ("乙", 2, 1, 1), ("合计", 3, 1, 1)]),
        (18, [("1.属于国家秘密", 0, 1, 1), ("12", 1, 1, 1), ("", 2, 1, 1), ("12", 3, 1, 1)]),
        (18, [("2.其他法律行政法规禁止公开", 0, 1, 1), ("", 1, 1, 1), ("7", 2, 1, 1), ("7", 3, 1, 1)]),
        (18, [("3.危及“三安全一稳定”", 0, 1, 1), ("1", 1, 1, 1), ("2", 2, 1, 1), ("3", 3, 1, 1)]),
    ], top=100, ruled=False, numbers="right")
    doc = read_document(pdf(tmp_path / "plain.pdf", [[text(60, 70, "三、收到和处理政府信息公开申请情况", 10.5)] + ops]))
    assert doc.text.startswith("三、收到和处理政府信息公开申请情况\n")
    assert rows_of(doc, xs) == [
        [("项目", 0), ("甲", 1), ("乙", 2), ("合计", 3)],
        [("1.属于国家秘密", 0), ("12", 1), ("", 2), ("12", 3)],
        [("2.其他法律行政法规禁止公开", 0), ("", 1), ("7", 2), ("7", 3)],
        [("3.危及“三安全一稳定”", 0), ("1", 1), ("2", 2), ("3", 3)],
    ]
    spans_exact(doc)


@pytest.mark.parametrize("valign", ["top", "middle"])
def test_unruled_wrapped_labels_join_their_row(tmp_path, valign):
    xs = [60, 200, 260, 320]
    ops, _ = draw_table(xs, [
        (30, [("一、本年新收政府信息公开申请数\n量", 0, 1, 1), ("5", 1, 1, 1), ("6", 2, 1, 1)]),
        (42, [("（二）部分公开（区分处理\n的，只计这一情形，不计\n其他情形）", 0, 1, 1), ("", 1, 1, 1), ("9", 2, 1, 1)]),
        (18, [("（七）总计", 0, 1, 1), ("14", 1, 1, 1), ("15", 2, 1, 1)]),
    ], top=100, ruled=False, valign=valign)
    doc = read_document(pdf(tmp_path / f"wrap-{valign}.pdf", [ops]))
    assert rows_of(doc, xs) == [
        [("一、本年新收政府信息公开申请数量", 0), ("5", 1), ("6", 2)],
        [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 0), ("", 1), ("9", 2)],
        [("（七）总计", 0), ("14", 1), ("15", 2)],
    ]


@pytest.mark.parametrize("valign", ["top", "middle"])
def test_unruled_tall_label_one_character_per_line(tmp_path, valign):
    xs = [60, 80, 200, 260]
    items = ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理"]
    rows = [(24, ([("本\n年\n度\n办\n理\n结\n果", 0, 5, 1)] if i == 0 else [])
             + [(label, 1, 1, 1), (str(i + 3), 2, 1, 1)]) for i, label in enumerate(items)]
    ops, _ = draw_table(xs, [(18, [("二、上年结转政府信息公开申请数量", 0, 1, 2), ("2", 2, 1, 1)])] + rows,
                        top=100, ruled=False, valign=valign)
    doc = read_document(pdf(tmp_path / f"tall-{valign}.pdf", [ops]))
    got = rows_of(doc)
    assert got[0] == ["二、上年结转政府信息公开申请数量", "2"]
    assert got[1] == ["本年度办理结果", "（一）予以公开", "3"]
    assert got[2:] == [[label, str(i + 3)] for i, label in enumerate(items) if i]


def test_unruled_table_across_a_page_break(tmp_path):
    xs, pages = _cut_table(ruled=False, valign="top")
    doc = read_document(pdf(tmp_path / "cut-plain.pdf", pages))
    got = rows_of(doc)
    assert got[0] == ["分类", "甲", "乙", "合计"]
    assert got[1] == ["（四）无法提供", "1.本机关不掌握相关政府信息", "1", "2", "3"]
    assert got[2:] == [["2.没有现成信息需要另行制作", "4", "", "4"],
                       ["3.补正后申请内容仍不明确", "7", "8", "15"],
                       ["（七）总计", "12", "10", "22"]]
    assert {c.table for c in doc.cells} == {0}


# ---------------------------------------------------------------- whole reports
LAYOUTS = [  # (ruled, narrow first label column, vertical alignment, paragraphs added before 二)
    (True, False, "top", 0), (True, True, "middle", 3), (True, False, "middle", 7),
    (False, False, "top", 0), (False, True, "top", 3), (False, False, "middle", 0),
    (False, True, "middle", 3), (False, False, "top", 7),
]


@pytest.mark.parametrize("seed,year", [(201, 2022), (202, 2020)])
@pytest.mark.parametrize("ruled,narrow,valign,filler", LAYOUTS)
def test_generated_report_figures(tmp_path, seed, year, ruled, narrow, valign, filler):
    spec = make_spec(seed, idx=1, year=year, distinct=True)
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(spec, ruled=ruled, narrow_label=narrow, filler=filler, valign=valign))
    rec = extract(path)
    gold = {k: v for k, v in spec.gold["figures"].items() if k.split(".")[0] in ("t2", "t3", "t4")}
    got = {f.key: f.value for f in rec.figures if f.key.split(".")[0] in ("t2", "t3", "t4")}
    assert len(gold) > 150
    assert got == pytest.approx(gold)
    assert rec.template == spec.gold["template"]
    for f in rec.figures:
        assert f.raw in rec.text[f.span[0]:f.span[1]]


def test_breaks_really_fall_inside_the_tables():
    """The layouts above cut tables: some page starts with table text (no heading)."""
    import pypdfium2 as pdfium

    from extractor.readers._pdfium import display, runs

    spec = make_spec(201, idx=1, year=2022, distinct=True)
    cut = 0
    for filler in (0, 3, 7):
        doc = pdfium.PdfDocument(render_pdf(spec, ruled=False, filler=filler, valign="middle"))
        for i in range(1, len(doc)):
            page = doc[i]
            first = min(runs(page.get_textpage(), display(page)[0]), key=lambda r: (r.top, r.x0))
            cut += not first.text.startswith(("一", "二", "三", "四", "五", "六", "（"))
    assert cut >= 2


# ---------------------------------------------------------------- how the lines are drawn
GRID_XS = [60, 200, 260, 320]
GRID_ROWS = [("项目", "甲", "合计"), ("1.属于国家秘密", "12", "12"), ("（六）其他处理", "", "4")]


def _grid_lines(xs, ys):
    return [(xs[0], y, xs[-1], y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in xs]


def _grid_text(c, xs, ys):
    from build_pdf import FONT, PAGE_H

    c.setFont(FONT, 9)
    for r, row in enumerate(GRID_ROWS):
        for k, t in enumerate(row):
            if t:
                c.drawString(xs[k] + 3, PAGE_H - ys[r] - 13, t)


def _expect(doc):
    assert rows_of(doc, GRID_XS) == [
        [("项目", 0), ("甲", 1), ("合计", 2)],
        [("1.属于国家秘密", 0), ("12", 1), ("12", 2)],
        [("（六）其他处理", 0), ("", 1), ("4", 2)],
    ]


@pytest.mark.parametrize("how", ["thin filled rectangles in one path", "strokes inside a form object"])
def test_grid_however_its_lines_are_drawn(tmp_path, how):
    from build_pdf import PAGE_H, _font
    from reportlab.pdfgen import canvas

    _font()
    ys = [100, 120, 140, 160]
    path = tmp_path / "grid.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    if how.startswith("thin"):
        p = c.beginPath()
        for x0, y0, x1, y1 in _grid_lines(GRID_XS, ys):
            p.rect(x0 - 0.25, PAGE_H - y1 - 0.25, x1 - x0 + 0.5, y1 - y0 + 0.5)
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.beginForm("grid")
        for x0, y0, x1, y1 in _grid_lines(GRID_XS, ys):
            c.line(x0 - 40, PAGE_H - y0 + 30, x1 - 40, PAGE_H - y1 + 30)
        c.endForm()
        c.saveState()
        c.translate(40, -30)  # the form is drawn shifted: its lines land on the grid
        c.doForm("grid")
        c.restoreState()
    _grid_text(c, GRID_XS, ys)
    c.save()
    _expect(read_document(path))


def test_grid_on_a_page_turned_to_landscape(tmp_path):
    """A page with /Rotate 90 whose content is drawn turned back: read as it is shown."""
    from build_pdf import FONT, _font
    from reportlab.pdfgen import canvas

    _font()
    ys = [100, 120, 140, 160]
    path = tmp_path / "landscape.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setPageRotation(90)
    c.rotate(90)  # shown (X, top) is drawn at (X, -top) in these coordinates
    for x0, y0, x1, y1 in _grid_lines(GRID_XS, ys):
        c.line(x0, -y0, x1, -y1)
    c.setFont(FONT, 9)
    for r, row in enumerate(GRID_ROWS):
        for k, t in enumerate(row):
            if t:
                c.drawString(GRID_XS[k] + 3, -(ys[r] + 13), t)
    c.save()
    _expect(read_document(path))


# ---------------------------------------------------------------- text layer quirks
def test_overprinted_bold_is_read_once(tmp_path):
    """Bold faked by printing the text twice a fraction of a point apart, as a whole
    string or character by character: the text once."""
    from build_pdf import FONT, PAGE_H, _font
    from reportlab.pdfgen import canvas

    sw = _font()
    path = tmp_path / "bold.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(FONT, 10.5)
    for dx in (0, 0.3):
        c.drawString(60 + dx, PAGE_H - 100, "三、收到和处理政府信息公开申请情况")
    x = 60
    for ch in "（七）总计 11":
        for dx in (0, 0.3):
            c.drawString(x + dx, PAGE_H - 130, ch)
        x += sw(ch, FONT, 10.5)
    c.save()
    assert read_document(path).text == "三、收到和处理政府信息公开申请情况\n（七）总计11\n"


def test_radical_code_points_read_as_the_ideograph():
    from extractor.readers._pdfium import _RADICALS

    assert "⼀、本年新收".translate(_RADICALS) == "一、本年新收"  # U+2F00 KANGXI RADICAL ONE
    assert "（⼆）部分公开".translate(_RADICALS) == "（二）部分公开"
    assert all(len(v) == 1 for v in _RADICALS.values())


@pytest.mark.parametrize("ruled", [True, False])
def test_tall_label_over_three_pages(tmp_path, ruled):
    xs = [60, 120, 300, 360]
    items = [f"{k}.属于第{k}类" for k in range(1, 7)]
    frag = [("（三）不", items[0:2]), ("予公", items[2:4]), ("开", items[4:6])]
    pages = []
    for p, (label, its) in enumerate(frag):
        rows = [(20, ([(label, 0, len(its), 1)] if i == 0 else []) + [(it, 1, 1, 1), (str(10 * p + i + 1), 2, 1, 1)])
                for i, it in enumerate(its)]
        top = 720 if p == 0 else 60
        ops, _ = draw_table(xs, rows, top=top, ruled=ruled, valign="top")
        pages.append(ops)
    doc = read_document(pdf(tmp_path / "three.pdf", pages))
    assert rows_of(doc) == [["（三）不予公开", "1.属于第1类", "1"], ["2.属于第2类", "2"],
                            ["3.属于第3类", "11"], ["4.属于第4类", "12"],
                            ["5.属于第5类", "21"], ["6.属于第6类", "22"]]
    assert {c.table for c in doc.cells} == {0}


@pytest.mark.parametrize("overhang", [0, 12])
def test_grid_open_at_its_sides(tmp_path, overhang):
    """Lines across the table and between its columns, none at its left and right edges
    (the label column and the last column are open); or outer lines with the rules
    running on past them (nothing stands there: no extra column)."""
    from build_pdf import PAGE_H, _font
    from reportlab.pdfgen import canvas

    _font()
    ys = [100, 120, 140, 160]
    path = tmp_path / "open.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    inner = GRID_XS[1:-1] if not overhang else GRID_XS
    for y in ys:
        c.line(GRID_XS[0] - overhang, PAGE_H - y, GRID_XS[-1] + overhang, PAGE_H - y)
    for x in inner:
        c.line(x, PAGE_H - ys[0], x, PAGE_H - ys[-1])
    _grid_text(c, GRID_XS, ys)
    c.save()
    doc = read_document(path)
    _expect(doc)
    assert doc.text.count("\n") == 3  # three rows, nothing outside the table


# ---------------------------------------------------------------- page header and footer
BODY_X, BODY_CHARS = 60.0, 50  # a line of prose runs to the right margin (x ≈ 510)


def _prose(top: float, words: str, n: int, step: float = 14.0) -> list:
    """n lines of prose filling the measure, the last ending with ``words``."""
    lines = [("公开" * BODY_CHARS)[:BODY_CHARS] for _ in range(n - 1)]
    lines.append(("政务" * BODY_CHARS)[:BODY_CHARS - len(words)] + words)
    return [text(BODY_X, top + i * step, s) for i, s in enumerate(lines)]


def _footer(shape: str, page: int, top: float = 800.0) -> list:
    """A footer of a given wording and layout, in the bottom margin."""
    if shape == "issuer":  # the issuing office and the page mark at the left, one line
        return [text(BODY_X, top, f"某市某区人民政府办公室印发 第 {page} 页")]
    if shape == "two_ends":  # the office at the left, the page count at the right margin
        return [text(BODY_X, top, "某区政务公开办公室"), text(430, top, f"第 {page} 页 共 5 页")]
    if shape == "title_dash":  # the report's title with — N —, centred
        return [text(200, top, f"某区年度报告 — {page} —")]
    if shape == "count_first":  # 共M页 第N页 after the office
        return [text(BODY_X, top, f"某县政府信息公开 共5页 第{page}页")]
    if shape == "slash":  # N/M alone: a page number, dropped
        return [text(280, top, f"{page}/5")]
    raise ValueError(shape)


@pytest.mark.parametrize("shape", ["issuer", "two_ends", "title_dash", "count_first", "slash"])
def test_footer_is_not_glued_to_the_last_body_line(tmp_path, shape):
    """The body's last line runs to the right margin and the sentence goes on over the
    page; the footer below it, apart in the bottom margin, is a line of its own, and so is
    the next page's running header (page_chrome then joins the sentence across them)."""
    page1 = _prose(640, "提升依法答", 7) + _footer(shape, 1)
    page2 = [text(BODY_X, 40, "某区人民政府信息公开")] + [text(BODY_X, 90, "复水平。下一句话。")]
    doc = read_document(pdf(tmp_path / f"{shape}.pdf", [page1, page2]))
    lines = [ln.replace(" ", "") for ln in doc.text.split("\n")]
    last = next(ln for ln in lines if "提升依法答" in ln)
    assert last.endswith("提升依法答"), last
    assert "某区人民政府信息公开" in lines
    assert any(ln.startswith("复水平") for ln in lines)
    if shape != "slash":
        assert lines[lines.index(last) + 1].endswith(("页", "—")), lines


def test_header_is_not_glued_to_the_last_body_line(tmp_path):
    """No footer: the next page's running header, apart in the top margin, does not join the
    paragraph that ran to the right margin at the foot of the page before."""
    page1 = _prose(640, "提升依法答", 7)
    page2 = [text(BODY_X, 40, "某区人民政府信息公开")] + [text(BODY_X, 90, "复水平。下一句话。")]
    doc = read_document(pdf(tmp_path / "header.pdf", [page1, page2]))
    lines = doc.text.split("\n")
    assert any(ln.endswith("提升依法答") for ln in lines)
    assert "某区人民政府信息公开" in lines


def test_body_line_in_the_bottom_margin_still_runs_on(tmp_path):
    """A body line low on the page, at the paragraph's own line spacing, is no footer: the
    paragraph runs on over the page break (a page number in the margin is dropped)."""
    page1 = _prose(680, "提升依法答", 6) + [text(280, 812, "- 1 -")]
    page2 = [text(BODY_X, 60, "复水平。下一句话。")]
    doc = read_document(pdf(tmp_path / "low.pdf", [page1, page2]))
    assert any("提升依法答复水平。" in ln for ln in doc.text.split("\n"))
