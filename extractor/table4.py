"""Table 4 (行政复议、行政诉讼情况): one row of 15 values under a two-level header, read by the
header where it prints its columns (``table_header.t4_header``), values wrapped onto the next line
joined, blanks that open the row kept as slots."""
from __future__ import annotations

from . import template as T
from .document import Cell
from .numbers import parse_cell
from .table_cells import Builder, continued, continued_rows, place_row, values_after
from .table_header import t4_header
from .table4_runs import read_runs


def parse_t4(cells: list[Cell], i: int, end: int, b: Builder) -> None:
    runs = read_runs(cells, i, end)
    if runs is not None:
        _add_runs(runs, b)
        return
    # the value row: from the first number (back to its row start when the row is known)
    k = i
    while k < end and parse_cell(cells[k].text) is None:
        k += 1
    if k >= end:
        return
    head = t4_header([c for c in cells[i:k] if not c.blank])
    cols = list(head.cols)
    read = b.read("t4")
    read.cols = tuple(cols)
    if head.how == "printed":
        read.notes.append("表四各列按表头读取")
    elif head.how == "unclear":
        read.unconfirmed.append("表四表头各列的顺序与格式不同，无法逐列确定，按格式顺序读取")
    # blanks that open the value row are value slots too (a blank 结果维持 cell): back to
    # the row start where the reader knows rows, else as many as the 15 slots leave room for
    r = k
    while r - 1 > i and not cells[r].row_start and cells[r - 1].blank:
        r -= 1
    if cells[r].row_start:
        k = r
    vals, j = values_after(cells, k - 1)
    if not cells[r].row_start and r < k:
        lead = min(k - r, max(0, len(cols) - len(vals)))
        vals = cells[k - lead:k] + vals
    read.segments += 1
    if len(vals) < len(cols):
        joined = continued(cells, j, end, vals, len(cols))
        if joined:   # the row of 15 wrapped onto the next printed line (10, then 5)
            vals, j = joined
            read.notes.append("表四数值折行印出，两段合并读取")
        else:
            joined = continued_rows(cells, j, end, vals, len(cols))
            if joined:   # the 15 values over three or more printed lines (5, 5, 5)
                vals, j = joined
                read.notes.append("表四数值分多行印出，合计正好 15 个，依次合并读取")
    placed = place_row(vals, len(cols), j >= len(cells), b, "table 4")
    if len(placed) < len(cols):
        read.unplaced.append("review" if not placed else T.t4_slots()[len(placed)].split(".")[0])
        read.doubts.append(f"表四找到 {len(vals)} 个数值，应为 {len(cols)} 个")
    for col, cell in zip(cols, placed):
        b.add(f"t4.{col}", cell, "件")


def _add_runs(runs, b: Builder) -> None:
    """Table 4 printed as word–value runs, a group per line (``table4_runs``)."""
    read = b.read("t4")
    read.segments += 1
    read.cols = tuple(runs.order)
    read.notes.append("表四按各组“结果维持 2 结果纠正 0 …”的词与数值读取")
    read.doubts.extend(runs.doubts)
    if runs.guessed:
        read.unconfirmed.append("表四“行政诉讼”未注明是否经复议，按格式顺序（先未经复议直接起诉）读取")
    slots = T.t4_slots()
    read.unplaced.extend(s for s in slots if s not in runs.cells)
    for slot in slots:
        if slot in runs.cells:
            b.add(f"t4.{slot}", runs.cells[slot], "件")
