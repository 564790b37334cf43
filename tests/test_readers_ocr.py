"""Scanned reports read by OCR (readers/ocr.py, ocr_grid.py), on images we draw ourselves.

Geometry (grid, merged cells, deskew) and layout are tested without the recogniser; one
small table image goes through RapidOCR (a few seconds); a whole generated report printed
to PDF, scanned at 150 dpi and turned ±1.5° is the slow test.
"""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from extractor.readers import ReadError, read_document
from extractor.readers import ocr
from extractor.readers._layout import Layout
from extractor.readers.ocr import Assembler, Page, TableCell, TableItem, TextLine
from extractor.readers.ocr_rec import _ctc, punctuation

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
needs_ocr = pytest.mark.skipif(not ocr.available(), reason="the OCR extra is not installed: pip install 'nianbao[ocr]'")


def spans_exact(doc):
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text


# --- a table drawn by us -----------------------------------------------------------------

# (rows of cell texts; None = covered by the merged cell to its left or above)
HEADER = [["信息内容", "申请人情况", None, None], [None, "自然人", "法人", "总计"]]
BODY = [["规章", "12", "0", "12"], ["行政规范性文件", "0", "", "7"], ["行政许可", "305", "1", "306"]]
SPANS = {(0, 0): (2, 1), (0, 1): (1, 3)}  # (row, col): (rows, cols) of a merged cell


def draw_table(angle: float = 0.0, scale: float = 1.0):
    """A ruled table as a 150-dpi page image: a merged header across and down, blanks, lone 0s."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), int(22 * scale))
    widths = [int(w * scale) for w in (260, 150, 150, 150)]
    height = int(48 * scale)
    x0, y0 = int(60 * scale), int(120 * scale)
    rows = HEADER + BODY
    img = Image.new("L", (int(900 * scale), int(200 * scale) + height * len(rows)), 255)
    d = ImageDraw.Draw(img)
    d.text((x0, int(40 * scale)), "二、主动公开政府信息情况", font=font, fill=0)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            nr, nc = SPANS.get((r, c), (1, 1))
            box = (xs[c], y0 + r * height, xs[c + nc], y0 + (r + nr) * height)
            d.rectangle(box, outline=0, width=2)
            if text:
                tw = d.textlength(text, font=font)
                d.text(((box[0] + box[2] - tw) / 2, (box[1] + box[3]) / 2 - 13 * scale), text, font=font, fill=0)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    return img


@pytest.fixture(scope="module")
def cv():
    return pytest.importorskip("cv2")


def test_grid_finds_merged_cells(cv):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    gray = np.asarray(draw_table())
    tables = grid.find_tables(grid.ink(gray))
    assert len(tables) == 1
    t = tables[0]
    assert (len(t.xs), len(t.ys)) == (5, 6)
    rows = [[(c.col, c.rows, c.cols) for c in r] for r in t.rows()]
    assert rows[0] == [(0, 2, 1), (1, 1, 3)]  # 信息内容 down two rows, 申请人情况 across three
    assert rows[1] == [(1, 1, 1), (2, 1, 1), (3, 1, 1)]  # the covered position is not a cell
    assert all(r == [(0, 1, 1), (1, 1, 1), (2, 1, 1), (3, 1, 1)] for r in rows[2:])


@pytest.mark.parametrize("angle", [1.5, -1.0, 2.5])
def test_deskew_levels_a_turned_page(cv, angle):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    gray, applied = grid.deskew(np.asarray(draw_table(angle)))
    assert applied == pytest.approx(-angle, abs=0.15)
    t = grid.find_tables(grid.ink(gray))
    assert len(t) == 1 and len(t[0].ys) == 6 and len(t[0].xs) == 5


def test_level_page_is_left_alone(cv):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    assert grid.deskew(np.asarray(draw_table()))[1] == 0.0


def test_despeckle_keeps_full_stops(cv):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractor.readers import ocr_grid as grid

    img = Image.new("L", (1700, 200), 255)
    d = ImageDraw.Draw(img)
    d.text((20, 20), "无。", font=ImageFont.truetype(str(FONT), 40), fill=0)
    for x, y in [(300, 150), (800, 30), (1500, 120)]:
        d.point((x, y), fill=0)
    before = np.asarray(img)
    after = grid.despeckle(before)
    assert after[150, 300] == after[30, 800] == after[120, 1500] == 255
    assert (after[:, :200] == before[:, :200]).all()  # the character and its full stop stay


def test_line_crops_cut_a_wrapped_cell_into_lines(cv):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractor.readers import ocr_grid as grid

    img = Image.new("L", (200, 140), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((5, 5, 195, 135), outline=0, width=2)
    font = ImageFont.truetype(str(FONT), 22)
    d.text((20, 20), "申请人逾期", font=font, fill=0)
    d.text((20, 60), "未按收费", font=font, fill=0)
    d.text((20, 100), "0", font=font, fill=0)
    gray = np.asarray(img)
    bw = grid.ink(gray)
    hor, ver = grid.line_masks(bw)
    ruling = cv.dilate(cv.bitwise_or(hor, ver), np.ones((3, 3), np.uint8))
    crops = grid.line_crops(gray, cv.bitwise_and(bw, cv.bitwise_not(ruling)), (5, 5, 195, 135))
    assert len(crops) == 3
    assert crops[2].shape[1] < crops[1].shape[1] < crops[0].shape[1]  # each cut to its own ink
    assert all(c[0].min() == 255 and c[:, 0].min() == 255 for c in crops)  # padded on white


# A table printed with cell spacing (each cell draws its own border, one pixel inside the
# grid line: rules come double and cut at every crossing), a narrow column under a header
# printed one character per line, blank cells, and one rule printed broken in one row.
SPACED_WIDTHS = (150, 30, 70, 70, 70)
SPACED_ROWS = [["情况", "结\n果\n维\n持", "纠正", "其他", "总计"],
               ["自然人", "5", "", "2", "7"],
               ["法人", "0", "1", "", "1"]]


def draw_spaced_table(broken: bool = True):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 18)
    heights = (4 * 24 + 16, 44, 44)
    img = Image.new("L", (900, 400), 255)
    d = ImageDraw.Draw(img)
    xs, ys = [60], [60]
    for w in SPACED_WIDTHS:
        xs.append(xs[-1] + w)
    for h in heights:
        ys.append(ys[-1] + h)
    for r, row in enumerate(SPACED_ROWS):
        for c, text in enumerate(row):
            d.rectangle((xs[c] + 1, ys[r] + 1, xs[c + 1] - 1, ys[r + 1] - 1), outline=0, width=1)
            for k, line in enumerate(text.split("\n") if text else []):
                d.text((xs[c] + 7, ys[r] + 6 + 24 * k), line, font=font, fill=0)
    if broken:  # the double rule between 其他 and 总计 gone over half the height of row 法人
        x, (y0, y1) = xs[4], (ys[2], ys[3])
        q = (y1 - y0) // 4
        d.rectangle((x - 2, y0 + q, x + 2, y1 - q), fill=255)
    return img


@pytest.mark.parametrize("broken", [False, True])
def test_spaced_table_keeps_every_column_and_its_blank_cells(cv, broken):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    if not FONT.exists():
        pytest.skip("no Chinese font")
    gray = np.asarray(draw_spaced_table(broken))
    tables = grid.find_tables(grid.ink(gray))
    assert len(tables) == 1
    t = tables[0]
    assert (len(t.xs), len(t.ys)) == (6, 4)  # one line per double rule
    rows = [[(c.col, c.rows, c.cols) for c in r] for r in t.rows()]
    # the narrow column's cut rules still part the rows; the broken rule still parts 其他
    # (blank) from 总计: every row has its five cells, none merged
    assert rows == [[(c, 1, 1) for c in range(5)]] * 3


def test_a_side_wall_cut_off_by_the_scans_edge_keeps_its_column(cv):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    if not FONT.exists():
        pytest.skip("no Chinese font")
    right = 60 + sum(SPACED_WIDTHS)
    gray = np.asarray(draw_spaced_table(broken=False))[:, :right - 3]  # the right wall gone
    (t,) = grid.find_tables(grid.ink(gray))
    assert len(t.xs) == 6 and t.xs[-1] >= right - 6
    assert [len(r) for r in t.rows()] == [5, 5, 5]
    # no text past the last column line: no column is made up
    blank = np.asarray(draw_spaced_table(broken=False)).copy()
    last = right - SPACED_WIDTHS[-1]
    for y0, y1 in ((60, 172), (172, 216), (216, 260)):  # the last column's texts out, rules kept
        blank[y0 + 4:y1 - 3, last + 4:right - 3] = 255
    (t,) = grid.find_tables(grid.ink(blank[:, :right - 3]))
    assert len(t.xs) == 5


def test_walls_missing_in_an_l_make_no_cell_over_other_cells(cv):
    """The last column one box down three rows, the bottom row one value short and open
    into it (an L of grid positions): no cell's box may take in another cell's position
    (nor its text)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractor.readers import ocr_grid as grid

    img = Image.new("L", (700, 400), 255)
    d = ImageDraw.Draw(img)
    xs, ys = [50, 250, 350, 450, 550], [50, 110, 170, 230]
    for r in range(3):
        for c in range(3 if r < 2 else 2):
            d.rectangle((xs[c], ys[r], xs[c + 1], ys[r + 1]), outline=0, width=2)
    # the last column one box down all three rows, its left wall stopping a row short:
    # the bottom row's empty end opens into it
    d.line((xs[3], ys[0], xs[4], ys[0]), fill=0, width=2)
    d.line((xs[4], ys[0], xs[4], ys[3]), fill=0, width=2)
    d.line((xs[2], ys[3], xs[4], ys[3]), fill=0, width=2)
    d.line((xs[3], ys[0], xs[3], ys[2]), fill=0, width=2)
    (t,) = grid.find_tables(grid.ink(np.asarray(img)))
    assert (len(t.xs), len(t.ys)) == (5, 4)
    taken: set[tuple[int, int]] = set()
    for cell in t.cells:
        spots = {(r, c) for r in range(cell.row, cell.row + cell.rows)
                 for c in range(cell.col, cell.col + cell.cols)}
        assert not spots & taken
        taken |= spots
    assert [(c.col, c.rows, c.cols) for c in t.rows()[2]] == [(0, 1, 1), (1, 1, 1), (2, 1, 2)]
    assert [(c.col, c.rows, c.cols) for c in t.rows()[0]][-1] == (3, 1, 1)


def test_vertical_header_and_the_value_below_stay_apart(cv):
    import numpy as np

    from extractor.readers import ocr_grid as grid

    if not FONT.exists():
        pytest.skip("no Chinese font")
    gray = np.asarray(draw_spaced_table())
    bw = grid.ink(gray)
    hor, ver = grid.line_masks(bw)
    t = grid.find_tables(bw, hor, ver)[0]
    text_ink = cv.bitwise_and(bw, cv.bitwise_not(grid.ruling(bw, hor, ver, [t])))
    head, value = t.rows()[0][1], t.rows()[1][1]
    assert head.box[3] <= value.box[1] + 1  # the header cell ends where the value's begins
    assert len(grid.line_crops(gray, text_ink, head.box)) == 4  # one crop a character
    (crop,) = grid.line_crops(gray, text_ink, value.box)
    assert crop.shape[0] < 40  # the 5 alone, no header character above it


def test_ruling_is_removed_along_grid_lines_only(cv):
    """A run of text strokes as long as a rule (王王王) inside a cell is text, not ruling."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractor.readers import ocr_grid as grid

    if not FONT.exists():
        pytest.skip("no Chinese font")
    img = Image.new("L", (900, 300), 255)
    d = ImageDraw.Draw(img)
    for x0, x1 in ((60, 360), (360, 560), (560, 760)):
        d.rectangle((x0, 60, x1, 160), outline=0, width=2)
        d.rectangle((x0, 160, x1, 260), outline=0, width=2)
    d.text((80, 80), "王王王王王王", font=ImageFont.truetype(str(FONT), 30), fill=0)
    d.rectangle((90, 130, 210, 133), fill=0)  # a bold dash as long as four characters
    gray = np.asarray(img)
    bw = grid.ink(gray)
    hor, ver = grid.line_masks(bw)
    assert hor[130:134, 90:211].any()  # a horizontal stroke as long as a rule ...
    tables = grid.find_tables(bw, hor, ver)
    assert len(tables) == 1 and len(tables[0].ys) == 3  # ... but it makes no row line
    text_ink = cv.bitwise_and(bw, cv.bitwise_not(grid.ruling(bw, hor, ver, tables)))
    assert text_ink[130:134, 90:211].mean() > 0.9 * 255  # and stays text
    assert not text_ink[59:62, 100:300].any()  # the rule does not
    assert len(grid.line_crops(gray, text_ink, tables[0].rows()[0][0].box)) == 2


@needs_ocr
def test_spaced_table_read_cell_by_cell(cv, tmp_path):
    if not FONT.exists():
        pytest.skip("no Chinese font")
    p = tmp_path / "spaced.png"
    draw_spaced_table().rotate(1.2, fillcolor=255).save(p)
    doc = read_document(p)
    rows = [line.split("\t") for line in doc.text.splitlines()]
    assert rows[-2:] == [["自然人", "5", "", "2", "7"], ["法人", "0", "1", "", "1"]]
    assert rows[-3][1] == "结果维持" or rows[-3][1].replace("\n", "") == "结果维持"


# --- layout of OCR'd pages (no recogniser) -------------------------------------------------

def _line(top, text, x0=100, x1=1000, h=30):
    return TextLine(top=top, x0=x0, x1=x1, height=h, text=text, confidence=0.99)


def _cells(*texts, x=100, w=100, conf=0.95):
    return [TableCell(x + i * w, x + (i + 1) * w, t, conf if t else None) for i, t in enumerate(texts)]


def test_lines_join_into_paragraphs_as_in_the_text_layer():
    asm = Assembler()
    asm.page(Page(1200, 1600, 0.0, [
        _line(100, "一、总体情况", x1=300),
        _line(140, "全年共受理政府信息公开申请12件，其中"),  # runs to the right margin
        _line(180, "当面申请3件。", x1=400),
        _line(220, "（二）依申请公开情况", x1=500),
        _line(1560, "- 2 -", x0=560, x1=620),
    ], []))
    text = asm.finish().text
    assert text == "一、总体情况\n全年共受理政府信息公开申请12件，其中当面申请3件。\n（二）依申请公开情况\n- 2 -\n"


def test_table_across_pages_keeps_its_index_and_joins_the_cut_row():
    asm = Assembler()
    # （三）不予公开 is merged down (its covered positions are no cells); on the next page
    # the rest of it opens the first row as a blank, followed by the tail of 2. and a blank
    p1 = TableItem(300, 100, 400, [_cells("（三）不予公开", "1.属于国家", "3"),
                                   _cells("2.其他法律行政法规禁止", "0", x=200)])
    p2 = TableItem(100, 100, 400, [_cells("", "公开", ""),
                                   _cells("3.危及“三安全一稳定”", "4", x=200)])
    asm.page(Page(1200, 1600, 0.0, [_line(100, "三、收到和处理政府信息公开申请情况")], [p1]))
    asm.page(Page(1200, 1600, 0.0, [], [p2]))
    out = asm.finish()
    assert out.text.splitlines()[1:] == ["（三）不予公开\t1.属于国家\t3", "2.其他法律行政法规禁止公开\t0",
                                         "3.危及“三安全一稳定”\t4"]
    assert {c.table for c in out.cells} == {0}
    assert [c.confidence for c in out.cells][:3] == [0.95, 0.95, 0.95]


def test_a_table_elsewhere_on_the_next_page_is_a_new_table():
    asm = Assembler()
    asm.page(Page(1200, 1600, 0.0, [], [TableItem(300, 100, 500, [_cells("规章", "1")])]))
    asm.page(Page(1200, 1600, 0.0, [], [TableItem(100, 100, 900, [_cells("行政复议", "2")])]))
    assert [c.table for c in asm.finish().cells] == [0, 0, 1, 1]


def test_blank_cells_keep_their_column_and_carry_no_confidence():
    out = Layout()
    asm = Assembler(out)
    asm.page(Page(1200, 1600, 0.0, [], [TableItem(100, 100, 500, [_cells("行政许可", "", "0", conf=0.5)])]))
    asm.finish()
    assert [(c.text, c.blank, c.confidence) for c in out.cells] == [
        ("行政许可", False, 0.5), ("", True, None), ("0", False, 0.5)]


@pytest.mark.parametrize("raw, want", [
    ("第二十条第（－）项", "第二十条第（一）项"),
    ("(-)不予公开", "（一）不予公开"),
    ("－、总体情况", "一、总体情况"),
    ("（三)不予公开", "（三）不予公开"),
    ("联系电话:0531-1234567", "联系电话：0531-1234567"),
    ("1,442", "1,442"),
    ("共3-5件", "共3-5件"),
    ("——", "——"),
])
def test_punctuation_read_as_printed(raw, want):
    got = punctuation(raw)
    assert got == want and len(got) == len(raw)


def test_digit_reading_of_the_recognisers_output():
    """A lone 0 the recogniser's first choice calls the letter o: read among digits it is 0,
    its runner-up digit an alternative; confidence is that of the least sure digit."""
    import numpy as np

    chars = ["blank", "0", "8", "o", "1", "5"]
    digits = np.array([1, 2, 4, 5])
    steps = [  # blank, 0, 8, o, 1, 5
        [0.9, 0.02, 0.02, 0.04, 0.01, 0.01],
        [0.0, 0.30, 0.10, 0.60, 0.00, 0.00],  # o, then among digits 0 (0.75) or 8 (0.25)
        [0.9, 0.02, 0.02, 0.04, 0.01, 0.01],
        [0.0, 0.00, 0.00, 0.00, 0.01, 0.99],  # 5
        [0.0, 0.00, 0.00, 0.00, 0.01, 0.99],  # the same 5 held: one character
    ]
    probs = np.array(steps)
    assert _ctc(probs, chars, None)[0] == "o5"
    text, conf, alts = _ctc(probs, chars, digits)
    assert text == "05" and conf == pytest.approx(0.75) and alts == ["85"]


# --- without the extra ---------------------------------------------------------------------

def _image_pdf(path: Path) -> Path:
    from PIL import Image

    Image.new("L", (300, 400), 255).save(path, "PDF", resolution=72)
    return path


def test_scan_without_the_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    p = _image_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(ReadError) as e:
        read_document(p)
    assert e.value.path == str(p)
    assert e.value.reason == "is a scanned PDF with no text layer"
    assert "pip install 'nianbao[ocr]'" in e.value.fix


def test_image_without_the_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    p = tmp_path / "page.jpg"
    draw_table().convert("RGB").save(p, "JPEG")
    with pytest.raises(ReadError) as e:
        read_document(p)
    assert e.value.reason == "is a scanned page (an image)"
    assert "pip install 'nianbao[ocr]'" in e.value.fix


def test_image_content_is_sniffed_whatever_the_extension(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    p = tmp_path / "scan.txt"
    buf = io.BytesIO()
    draw_table().save(buf, "PNG")
    p.write_bytes(buf.getvalue())
    with pytest.raises(ReadError, match="is a scanned page"):
        read_document(p)


# --- through the recogniser ----------------------------------------------------------------

@pytest.fixture(scope="module")
def table_png(tmp_path_factory):
    if not FONT.exists():
        pytest.skip("no Chinese font: apt-get install fonts-wqy-microhei")
    p = tmp_path_factory.mktemp("ocr") / "表二.png"
    draw_table(angle=1.2).save(p)
    return p


@needs_ocr
def test_one_table_image_read_cell_by_cell(table_png):
    doc = read_document(table_png)
    assert doc.format == "image" and doc.ocr_pages == [1] and doc.structured
    assert doc.text.splitlines()[0] == "二、主动公开政府信息情况"
    rows = [line.split("\t") for line in doc.text.splitlines()[1:]]
    assert rows == [["信息内容", "申请人情况"], ["自然人", "法人", "总计"]] + BODY
    spans_exact(doc)
    zeros = [c for c in doc.cells if c.text == "0"]
    assert len(zeros) == 2  # a lone 0 survives
    assert all(c.confidence is not None and 0 < c.confidence <= 1 for c in doc.cells if not c.blank)
    assert [c.confidence for c in doc.cells if c.blank] == [None]
    assert all(a.isdigit() for c in doc.cells for a in c.alternatives)  # other readings are numbers


@needs_ocr
def test_cli_reports_ocr_progress_on_stderr(table_png):
    from click.testing import CliRunner

    from extractor.cli import main

    res = CliRunner().invoke(main, ["extract", str(table_png)])
    assert res.exit_code == 0, res.output
    assert f"{table_png}: OCR page 1/1 (" in res.stderr
    record = json.loads(res.stdout)
    assert record["source"]["format"] == "image" and record["source"]["ocr_pages"] == [1]


@needs_ocr
def test_progress_callback_per_page(tmp_path):
    from bench.gen_scan import skew

    p = tmp_path / "two.tiff"
    pages = [draw_table(), skew(draw_table(), -1.0, noise=0.002)]  # 0.2 % of pixels flipped
    pages[0].save(p, save_all=True, append_images=pages[1:])
    seen = []
    with ocr.progress(lambda k, n, s: seen.append((k, n, s >= 0))):
        doc = read_document(p)
    assert seen == [(1, 2, True), (2, 2, True)]
    assert doc.ocr_pages == [1, 2]
    assert doc.text.count("行政许可\t305\t1\t306") == 2


@pytest.mark.slow
@needs_ocr
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice prints the generated DOCX to PDF")
@pytest.mark.parametrize("idx", [1, 3])  # a 2019-template report with blanks; an all-zero table 3
def test_scanned_generated_report_table3_matches_gold(tmp_path, idx):
    from bench.gen_scan import scan_pdf
    from bench.gen_spec import make_spec
    from bench.generate import render
    from extractor.pipeline import extract

    spec = make_spec(7, idx=idx, blank_cells=0.2)
    p = tmp_path / "scan.pdf"
    p.write_bytes(scan_pdf(render(spec, "pdf"), dpi=150, angle=1.5))
    record = extract(p).to_dict()
    assert record["source"]["ocr_pages"] == list(range(1, record["source"]["ocr_pages"][-1] + 1))
    got = {f["key"]: f["value"] for f in record["figures"] if f["key"].startswith("t3.")}
    want = {k: v for k, v in spec.gold["figures"].items() if k.startswith("t3.")}
    assert got == want
    for f in record["figures"]:
        assert f["raw"] in record["text"][f["span"][0]:f["span"][1]]
