"""Families of scanned tables (images drawn here, small):

* a one-row table (the value row of table 4 carried to the next page, a row the page break
  cut off): its walls are shorter than the ruling kernel, yet it is a table;
* a header cell printed on two lines in a narrow column (总 / 计) that OCR reads as 总4, 总1
  or 总 still names the total column (scans only: a text document's 总4 stays unread)."""
import numpy as np
import pytest

from extractor.document import Cell
from extractor.table_header import t4_header
from extractor import template as T

cv2 = pytest.importorskip("cv2")
from extractor.readers import ocr_grid as grid  # noqa: E402


def _page(rows: int, cols: int, row_h: int = 46, width: int = 1654, text_inside: bool = False):
    img = np.full((320, width), 255, np.uint8)
    x0, x1, y0 = 200, 1470, 100
    ys = [y0 + k * row_h for k in range(rows + 1)]
    for y in ys:
        cv2.line(img, (x0, y), (x1, y), 0, 2)
    if cols:
        for k in range(cols + 1):
            x = x0 + round(k * (x1 - x0) / cols)
            cv2.line(img, (x, ys[0]), (x, ys[-1]), 0, 2)
            if k < cols and text_inside:
                cv2.putText(img, str(k % 4), (x + 30, ys[0] + 32), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    return img


@pytest.mark.parametrize("cols, row_h", [(15, 46), (7, 44), (3, 40)])
def test_a_one_row_table_is_found_with_its_cells(cols, row_h):
    bw = grid.ink(_page(1, cols, row_h, text_inside=True))
    (t,) = grid.find_tables(bw)
    rows = t.rows()
    assert len(rows) == 1 and len(rows[0]) == cols


def test_two_rules_with_no_walls_are_no_table_even_with_tall_strokes_between():
    img = _page(1, 0)
    for x in range(300, 1400, 60):                    # strokes (1, l, 丨) between, not touching the rules
        cv2.line(img, (x, 110), (x, 136), 0, 3)
    assert grid.find_tables(grid.ink(img)) == []


def test_a_taller_table_reads_as_before():
    (t,) = grid.find_tables(grid.ink(_page(3, 5, 60, text_inside=True)))
    assert [len(r) for r in t.rows()] == [5, 5, 5]


def _t4_cells(totals: list[str], confidence):
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
    out, pos = [], 0
    for g, total in enumerate(totals):
        for k, w in enumerate(words + [total]):
            out.append(Cell(pos, pos + len(w), w, row_start=g == 0 and k == 0, confidence=confidence))
            pos += len(w) + 1
    return out


@pytest.mark.parametrize("totals", [["总4", "总", "总1"], ["总计", "总 1", "总"], ["总7", "总计", "合计"]])
def test_a_scanned_two_line_total_header_still_names_the_total(totals):
    h = t4_header(_t4_cells(totals, 0.99))
    assert h.how == "template" and h.cols == T.t4_slots()
    assert h.words.count("total") == 3


def test_a_text_documents_total_with_a_digit_is_not_read_as_the_total():
    h = t4_header(_t4_cells(["总4", "总计", "总计"], None))
    assert h.words.count("total") == 2
