"""Table-2 rows printed as their label alone: a blank row the layout proves, or values the
reader did not see (family: a table-2 row printed as its label alone, no cell for its blank
values, in plain-text exports).

By default a row label with no value cell after it is a row whose values stand somewhere the
reader did not see, and the table is incomplete. In plain text two layouts prove the row blank:

* ``lines``: one cell per line, no empty line inside a row or between rows
  (``行政许可\\n4\\n0\\n12\\n其他对外管理服务事项``), so an empty line is an empty cell: the
  label is followed by exactly as many empty lines as its block's header has columns
  (``规章\\n\\n\\n\\n规范性文件``), then the next label or heading;
* ``tabs``: one row per line with tabs between its cells (``行政处罚\\t683``), in an export
  that drops the tabs of trailing blank cells (no row of the table ends with a blank cell:
  where ``规章\\t\\t\\t`` shows them kept, a label alone is not how the export prints a blank
  row), and the label's line holds the label alone, the next printed line another row, a
  heading or what follows the table.

Either needs the rest of the table to agree: every other row of it printed with its values
in that one layout (at least one such row), and no number in the table that no row took (a
value printed away from its label would otherwise be lost). Anything less stays incomplete.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Cell

_WS = " \r\xa0\u3000\ufeff"   # white space inside a line (a tab is a cell separator)


@dataclass
class Printed:
    """A table-2 row as printed: its label cell, its value cells, the cell after it (None at
    the end of the text)."""
    label: Cell
    values: list[Cell]
    after: Cell | None


def _gap(text: str, a: Cell, b: Cell | None) -> str:
    return text[a.end:b.start if b is not None else len(text)]


def _line_start(text: str, c: Cell) -> bool:
    """The cell opens its line (only white space before it)."""
    head = text[text.rfind("\n", 0, c.start) + 1:c.start]
    return not head.strip(_WS + "\t")


def layout(text: str, row: Printed) -> str | None:
    """The layout a row printed with values shows: ``lines``, ``tabs`` or None (neither, or
    mixed: a wrapped row, values on a line of their own after an empty line)."""
    if not row.values or not _line_start(text, row.label):
        return None
    inner = [_gap(text, a, b) for a, b in zip([row.label] + row.values[:-1], row.values)]
    tail = _gap(text, row.values[-1], row.after)
    if any(g.strip(_WS + "\t\n") for g in inner):
        return None
    if all(g.count("\n") == 1 and "\t" not in g for g in inner) and \
            (row.after is None or tail.count("\n") == 1 and not tail.strip(_WS + "\n")):
        return "lines"
    if all("\n" not in g and "\t" in g for g in inner) and "\n" in tail:
        return "tabs"
    return None


def blank_by_layout(text: str, alone: Printed, n_cols: int, others: list[Printed],
                    stray_numbers: int) -> str | None:
    """The layout (``lines`` | ``tabs``) that proves the row ``alone`` (a label with no value
    cell after it, ``n_cols`` columns in its block) blank, or None when it does not."""
    if not n_cols or stray_numbers or not others or not _line_start(text, alone.label):
        return None
    shapes = {layout(text, r) for r in others}
    if len(shapes) != 1 or None in shapes:
        return None
    shape = shapes.pop()
    gap = _gap(text, alone.label, alone.after)
    if gap.strip(_WS + "\n") or "\n" not in gap:
        return None   # something after the label on its line (a tab, a stray mark): not alone
    if shape == "lines":
        return shape if gap.count("\n") - 1 == n_cols else None
    if any(r.values[-1].blank for r in others):
        return None   # the export keeps the tabs of trailing blank cells: a label alone is not its blank row
    return shape


def blank_cells(text: str, alone: Printed, n_cols: int, shape: str) -> list[Cell]:
    """Blank cells for the row, at the empty lines that show them (``lines``) or right after
    the label (``tabs``): spans into the text, never a value."""
    if shape == "lines":
        out, pos = [], alone.label.end
        for _ in range(n_cols):
            pos = text.index("\n", pos) + 1
            out.append(Cell(pos, pos, "", blank=True, table=alone.label.table))
        return out
    return [Cell(alone.label.end, alone.label.end, "", blank=True, table=alone.label.table)
            for _ in range(n_cols)]
