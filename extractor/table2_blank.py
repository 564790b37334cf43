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


# Rows printed with some cells blank, one cell per line (family: blank cells as empty lines in a
# plain-text export, rows with an empty label). Where every row printed in full shows the same
# number of line breaks between its cells (one, or two: a blank line between cells), an empty
# cell is that many more line breaks, so a value's column is counted from its label, and a run
# of values that goes on past its row's columns after one empty cell is the next row, its label
# cell printed empty.


def _steps(gap: str, unit: int) -> int | None:
    """Cells a gap of white space moves on by (1: the next cell), or None when it is no
    whole number of the layout's steps (or holds anything but line breaks and spaces)."""
    n = gap.count("\n")
    if gap.strip(_WS + "\n") or "\t" in gap or not n or n % unit:
        return None
    return n // unit


def cell_unit(text: str, full: list[Printed]) -> int | None:
    """The line breaks between two cells that every row printed in full (``full``: each with
    as many values as its columns) shows, 1 or 2; None when they disagree or none shows."""
    units = set()
    for r in full:
        if not r.values or not _line_start(text, r.label):
            return None
        for a, b in zip([r.label] + r.values[:-1], r.values):
            g = _gap(text, a, b)
            if g.strip(_WS + "\n") or "\t" in g:
                return None
            units.add(g.count("\n"))
    return units.pop() if len(units) == 1 and units <= {1, 2} else None


def slots(text: str, row: Printed, unit: int) -> list[int] | None:
    """The column (0-based) of each of the row's values, counted in the layout's steps from
    its label; None where a gap is no whole number of steps."""
    out, pos, prev = [], -1, row.label
    for v in row.values:
        step = _steps(_gap(text, prev, v), unit)
        if step is None:
            return None
        pos += step
        out.append(pos)
        prev = v
    return out


def short_row(text: str, row: Printed, n_cols: int, unit: int, last: bool) -> list[Cell] | None:
    """The ``n_cols`` cells of a row printed with fewer values than columns, its blank cells
    at the empty lines that show them; None unless the layout proves every value's column:
    each gap a whole number of steps, and after the last value as many empty cells as the row
    has columns left (at least as many where the table ends there: ``last``)."""
    pos = slots(text, row, unit)
    if not pos or pos[-1] >= n_cols:
        return None
    left = n_cols - 1 - pos[-1]
    tail = _steps(_gap(text, row.values[-1], row.after), unit) if row.after is not None else None
    if tail is None and row.after is not None:
        return None
    if row.after is not None and (tail - 1 != left if not last else tail - 1 < left):
        return None
    if row.after is None and not last:
        return None
    out: list[Cell] = []
    for col in range(n_cols):
        if col in pos:
            out.append(row.values[pos.index(col)])
            continue
        at = out[-1].end if out else row.label.end
        for _ in range(unit):   # the empty line that is the cell
            at = text.index("\n", at) + 1
        out.append(Cell(at, at, "", blank=True, table=row.label.table))
    return out


def run_on(text: str, row: Printed, n_cols: int, unit: int) -> int | None:
    """Where a row's values run on past its ``n_cols`` columns into the next row printed
    with its label cell empty: the index of that row's first value, when the row's own
    values fill its columns one step apart, exactly one empty cell (the label) follows, and
    the rest stand one step apart; else None."""
    pos = slots(text, row, unit)
    if not pos or len(pos) <= n_cols or pos[:n_cols] != list(range(n_cols)):
        return None
    rest = pos[n_cols:]
    if rest != list(range(n_cols + 1, n_cols + 1 + len(rest))):
        return None
    return n_cols
