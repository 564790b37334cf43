"""A row label with its first value glued on (family: text pasted from a PDF, where the gap
between a label cell and the number after it is lost: ``行政许可1286``, ``规章0 0 0``,
``1.属于国家秘密0 0 0 0 0 0 0``, ``3.危及“三安全一稳定”0``).

Such a cell is cut in two, the label and the number, with exact spans into the same text,
only where what stands before the digits is a known table label (the whole cell, or its last
space-separated part: ``三、本年度办理结果 （一）予以公开11``) and ends in a Chinese
character or a closing bracket or quote. The glued digits are one number, as printed. Cells
a reader placed by their position on the page, or read by OCR, are left as read."""
from __future__ import annotations

import re

from .document import Cell
from .numbers import parse_cell
from .table_cells import match_label

_GLUED = re.compile(r"(?P<label>.*[\u4e00-\u9fff）)”」])(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:万元|元|件)?)")
_TABLES = ("t2", "t3", "t4")


def _is_label(text: str) -> bool:
    parts = text.split()
    return any(match_label(t, p) for p in {text, parts[-1] if parts else text} for t in _TABLES)


def unglue(cells: list[Cell]) -> list[Cell]:
    """``cells`` with every label-and-number cell cut into its label and its value."""
    out: list[Cell] = []
    for c in cells:
        # a cell placed by its position on the page (PDF) or read by OCR is left as read
        m = None if c.blank or c.confidence is not None or c.x is not None else _GLUED.fullmatch(c.text)
        if m is None or parse_cell(m["num"]) is None or not _is_label(m["label"].rstrip()):
            out.append(c)
            continue
        cut = c.start + m.start("num")
        label = m["label"].rstrip()
        out.append(Cell(c.start, c.start + len(label), label, row_start=c.row_start, table=c.table))
        out.append(Cell(cut, c.end, m["num"], table=c.table))
    return out
