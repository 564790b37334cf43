"""Plain text: the file's text is the document text, as it is.

Tables in plain text come flattened in a few ways, and each line becomes cells:

* Word export: a cell per line led by a tab, a blank line between rows, a lone tab for
  an empty (or merged-over) cell, and now and then a cell wrapped onto a second line
  that has no tab (``结果\\n维持``).
* Page text with pipes: a row per line (``| a | b | c |``, ``|||`` for colspans), a cell
  per line (``a |``), or a cell per line with ``|`` lines between.
* Page text with a cell per line and nothing else (blank lines between cells).

Prose lines become cells too (they simply never match a table label); the table parser
is label-driven, so it needs the cells in order and, where the text shows them, the
row starts and blank cells.
"""
from __future__ import annotations

import re

from ..document import Cell, Document, is_page_mark, make_cell

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])")
_WS = " \t\r\xa0\u3000\ufeff"


def _pipe_cells(text: str, start: int, end: int) -> list[Cell]:
    """Cells of one line holding pipes.

    Page-text writers print a cell as ``| text `` and a blank cell as ``| ``, while the
    positions a colspan covers get a bare ``|``. So between two bars, white space alone
    is a blank cell, nothing at all is a filler; what stands before the first bar and
    after the last one is the frame unless it has text."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    if not bars:
        return [make_cell(text, start, end)]
    bounds = [start] + [b + 1 for b in bars]
    ends = bars + [end]
    out: list[Cell] = []
    value_row = all(_NUM.fullmatch(text[s:e].strip(_WS)) or not text[s:e].strip(_WS)
                    for s, e in zip(bounds, ends))
    for k, (s, e) in enumerate(zip(bounds, ends)):
        c = make_cell(text, s, e)
        outer = k == 0 or k == len(bars)
        # white space before the first bar of a row of numbers is its blank first cell
        lead_blank = k == 0 and s < e and value_row
        if c.blank and ((outer and not lead_blank) or s == e):
            continue  # frame, or a colspan filler: no position
        out.append(c)
    filled = [c for c in out if not c.blank]
    if not filled or all(_MD_RULE.fullmatch(c.text) for c in filled):
        return []  # a line of pipes, or a Markdown table's |---|:---:| rule: layout only
    if not value_row:
        while out and out[0].blank:
            out.pop(0)
    if len(filled) >= 2 or value_row and len(out) >= 2 and out[0].blank:
        out[0].row_start = True  # a whole row on one line (``|  | 9 |``: its label cell empty)
    return out


_MD_RULE = re.compile(r":?-{3,}:?")
_BLANK_CELL_LINE = re.compile(r"[ \t\xa0\u3000]+\|[ \t\xa0\u3000\r]*")
_VALUE = r"(?:[-+增减]?\d[\d,]*(?:\.\d+)?(?:万元|元)?|[/／]|[-—–]{1,2})"   # a number or a blank mark
_SPACED_ROW = re.compile(r"[ \t\xa0\u3000]*(?P<label>\S(?:.*?\S)??)(?P<nums>(?:[ \t\xa0\u3000]+" + _VALUE + r"){1,15})[ \t\xa0\u3000]*$")
# a tab cell holding two numbers, or a label and its number (text copied from a PDF)
_SPACED_NUMS = re.compile(r"\d[ \xa0\u3000]+[-+]?\d|\S[ \xa0\u3000]+[-+]?\d[\d,]*(?:\.\d+)?$")
_NUM = re.compile(r"[-+增减]?\d[\d,]*(?:\.\d+)?(?:万元|元)?")
_VALUE_RE = re.compile(_VALUE)


def _tab_row(line: str) -> bool:
    """A line led by a tab that is a whole row, not one Word-export cell: two or more filled
    fields between its tabs (``\t（二）部分公开\t0\t1``, ``\t\t2.其他…\t0``: the leading empty
    fields are the merged-over group cells of the row)."""
    return sum(1 for f in line.split("\t") if f.strip(_WS)) >= 2


def _tab_cells(text: str, start: int, end: int) -> list[Cell]:
    """A row copied with tabs between cells (``规章\t0\t0\t0``): empty between tabs is blank,
    leading empty fields too (merged-over cells before the row's label) and trailing ones
    (``规章\t\t\t``: a row printed with its cells blank; blank is not missing)."""
    out, pos = [], start
    while True:
        tab = text.find("\t", pos, end)
        stop = end if tab < 0 else tab
        out.append(make_cell(text, pos, stop))
        if tab < 0:
            break
        pos = tab + 1
    if out:
        out[0].row_start = True
    return out


def _tabbed(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a tab-separated row; tabs and spaces mixed between the values (text
    copied from a PDF) are split at both."""
    tabbed = _tab_cells(text, start, end)
    if any(_SPACED_NUMS.search(c.text) for c in tabbed):
        tabbed = _spaced_cells(text, start, end) or tabbed
    return tabbed


def _spaced_cells(text: str, start: int, end: int) -> list[Cell] | None:
    """A row printed as a label and numbers with spaces between (``规章 0 0 0``)."""
    m = _SPACED_ROW.match(text, start, end)
    if not m or _NUM.fullmatch(m["label"]) or len(m["label"]) > 60:
        return None
    if not any(ch.isdigit() for ch in m["nums"]) and not any(ch.isdigit() for ch in m["label"]) \
            and len(m["nums"].split()) < 2:
        return None   # one dash after words is punctuation, not a blank cell
    cells = [make_cell(text, m.start("label"), m.end("label"), row_start=True)]
    for n in _VALUE_RE.finditer(text, m.start("nums"), m.end("nums")):
        cells.append(make_cell(text, n.start(), n.end()))
    return cells


_NUMBERS_ROW = re.compile(r"[ \t\xa0\u3000]*[-+]?\d[\d,]*(?:\.\d+)?(?:[ \t\xa0\u3000]+[-+]?\d[\d,]*(?:\.\d+)?)+[ \t\xa0\u3000]*")


def _number_cells(text: str, start: int, end: int) -> list[Cell] | None:
    """A row of values only, spaces or tabs between (``1 0 0  2\t3``): its label cell was
    empty, or stands on a line of its own above."""
    if not _NUMBERS_ROW.fullmatch(text, start, end):
        return None
    cells = [make_cell(text, m.start(), m.end()) for m in _NUM.finditer(text, start, end)]
    cells[0].row_start = True
    return cells


def read_txt(path, text: str) -> Document:
    cells: list[Cell] = []
    prev_kind = "blank"  # kind of the previous line: blank | tab | row (tab-separated) | pipe | bar | plain
    last_bar, cells_at_bar = None, 0  # the last '|' separator line, and the cell count then
    for s, e in Document(path=str(path), format="txt", text=text, sha256="").lines():
        line = text[s:e]
        if is_page_mark(line):
            continue  # a page number between two halves of a table: not a cell, nor a row's end
        if line.startswith("\t") and line.strip(_WS) and (_tab_row(line) or prev_kind == "row"):
            # a row led by empty cells; after a tab-separated row, one with a single filled
            # cell too (``\t9``: a row printed without its label)
            cells.extend(_tabbed(text, s, e))
            prev_kind = "row"
        elif line.startswith("\t"):
            # a Word-export cell; a lone tab is an empty (or merged-over) cell
            c = make_cell(text, s + 1, e)
            c.row_start = prev_kind != "tab"
            cells.append(c)
            prev_kind = "tab"
        elif not line.strip(_WS):
            prev_kind = "blank"
        elif _BLANK_CELL_LINE.fullmatch(line):
            cells.append(Cell(s, s, "", blank=True))  # ' |': a blank cell, one per line
            prev_kind = "pipe"
        elif line.strip(_WS) == "|":
            # a separator line between cells: two with no cell between hold a blank cell
            if last_bar is not None and len(cells) == cells_at_bar:
                cells.append(Cell(last_bar, last_bar, "", blank=True))
            last_bar, cells_at_bar = s, len(cells)
            prev_kind = "bar"
        elif "|" in line:
            cells.extend(_pipe_cells(text, s, e))
            prev_kind = "pipe"
        elif prev_kind == "tab" and "\t" not in line and len(line.strip(_WS)) <= 12 and not _HEADING.match(line) and cells:
            # a Word cell wrapped onto a second line: extend the previous cell
            last = cells[-1]
            c = make_cell(text, last.start if not last.blank else s, e)
            c.row_start = last.row_start
            cells[-1] = c
        elif (numbers := _number_cells(text, s, e)) is not None:
            cells.extend(numbers)
            prev_kind = "plain"
        elif "\t" in line.lstrip(_WS).rstrip(_WS.replace("\t", "")):   # tabs after the first cell
            cells.extend(_tabbed(text, s, e))
            prev_kind = "row" if _tab_row(line) else "plain"
        else:
            cells.extend(_spaced_cells(text, s, e) or [make_cell(text, s, e)])
            prev_kind = "plain"
    return Document(path=str(path), format="txt", text=text, sha256="", cells=cells)
