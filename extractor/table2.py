"""Table 2 (主动公开政府信息情况): rows by their labels, values onto the columns of the header
row of their block (``信息内容 | 本年制发件数 | …``), a block's format (2019 or 2021) from its
labels; header cells printed on one line with spaces, header rows over several lines, rows
printed without their label, values wrapped onto the next line."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .document import Cell
from . import template as T
from .labels import _ARTICLE, norm_label, to_simplified
from .numbers import is_blank_mark, parse_cell
from .table2_blank import Printed, blank_by_layout, blank_cells, cell_unit, run_on, short_row
from .table2_order import majority as _majority, next_row, sure_by_position
from .table_cells import (Builder, continued, is_value, label_index, match_label, place_row, shortened_row,
                          t2_columns, values_after)


# a header cell holding only a unit: （万元）, (单位：万元), 单位：件
_UNIT_NOTE = re.compile(r"[（(]?\s*(?:单位\s*[:：]\s*)?(?:万元|元|件|个|项|条)\s*[)）]?")
def _split_spaced(cells: list[Cell]) -> list[Cell]:
    """Header cells printed on one line with spaces between (``信息内容   本年制发件数  本年废止件数``)
    as one cell each, when every part is a table-2 label."""
    out = []
    for c in cells:
        parts = c.text.split()
        if len(parts) < 2 or c.blank or not all(match_label("t2", p) for p in parts):
            out.append(c)
            continue
        pos = 0
        for k, p in enumerate(parts):
            at = c.text.index(p, pos)
            out.append(Cell(c.start + at, c.start + at + len(p), p, row_start=c.row_start and k == 0,
                            table=c.table))
            pos = at + len(p)
    return out


def parse_t2(cells: list[Cell], i: int, end: int, b: Builder) -> None:
    cut_off = end >= len(cells)
    cells = _split_spaced(cells[i:end])
    i, end = 0, len(cells)
    header: list[tuple[str, str | None]] | None = None
    unknown: list[str] = []  # header cells that are no column label (a typo, a unit on its own)
    hdr_rows: list[list[str]] = []  # such cells by printed row, until the header is done
    in_header = False
    read = b.read("t2")
    empty: list[str] = []  # row labels with no value cell after them
    alone: list[tuple[str, Printed, list[str] | None]] = []  # such rows: blank if the layout proves it
    filled: list[Printed] = []  # the rows printed with value cells, for their layout
    stray = 0  # numbers in the table no row took
    last_row: str | None = None  # the last row found by its label
    unlabeled: list[tuple[str | None, list[Cell], list[str] | None, int, list[str] | None]] = []  # rows printed without a label
    printed: list[str | None] = []  # the rows in printed order: a key, None where no label was printed
    # plain text, one cell per line: rows with fewer values than columns, and rows whose values
    # run on into the next row (its label cell empty), decided by the layout at the table's end
    short_rows: list[tuple[str, Printed, list[str], bool]] = []
    long_rows: list[tuple[str, Printed, list[str], int, list[str] | None]] = []
    while i < end:
        c = cells[i]
        if _ARTICLE.search(to_simplified(c.text)):
            header, in_header = None, False
            i += 1
            continue
        labs = match_label("t2", c.text)
        if not labs and header is not None and (header or not in_header) and not is_value(c):
            short = shortened_row("t2", c.text)
            if short and values_after(cells, i, "t2")[0]:   # a row's label only where values follow
                labs = tuple(l for ls in label_index()["t2"].values() for l in ls
                             if l.kind == "row" and l.key == short)[:1]
                read.notes.append(f"表二行名“{c.text}”按“{T.row('t2', short).display}”读取")
        kinds = {l.kind for l in labs}
        if "anchor" in kinds and any(l.key == "header" for l in labs):
            header, in_header, unknown, hdr_rows = [], True, [], []
            i += 1
            continue
        if in_header and not labs and i + 1 < end:
            # a header cell split over two cells (本年新 | 制作数量); across a row start (a
            # label over two printed rows, or a converted cell wrapped) only when exact
            both = c.text + cells[i + 1].text
            joined = match_label("t2", both)
            if cells[i + 1].row_start and norm_label(both) not in label_index()["t2"]:
                joined = ()
            if any(l.kind == "column" for l in joined):
                labs, kinds = joined, {"column"}
                i += 1
        if "column" in kinds and in_header:
            col = next(l for l in labs if l.kind == "column")
            tmpl = col.template if len({l.template for l in labs}) == 1 else None
            header.append((col.key, tmpl))
            b.vote("t2", tmpl)
            i += 1
            continue
        if "row" in kinds:
            if in_header and hdr_rows:
                header, unknown = _header_rows(header or [], hdr_rows)
                for _, tmpl in header:
                    b.vote("t2", tmpl)
                hdr_rows = []
            in_header = False
            row = next(l for l in labs if l.kind == "row").key
            vals, j = values_after(cells, i, "t2")
            if vals and all(v.blank for v in vals) and j < end and cells[j].row_start \
                    and not cells[j].blank and parse_cell(cells[j].text) is not None:
                # label | blank cells, then its values on a row of their own (a converted table
                # whose labels stand apart from their values): the values are the row's
                vals, j = values_after(cells, j - 1)
                read.notes.append(f"表二“{c.text}”一行的数值印在下一行")
            read.segments += 1
            read.found.add(row)
            printed.append(row)
            cols = [k for k, _ in header] if header else None
            n_vals = sum(1 for v in vals if not v.filler)
            if cols is not None and (unknown or len(cols) < n_vals):
                default = _default_t2_columns(row, vals, b)
                if default and len(default) == n_vals and default != cols:
                    unread = [k for k in default if k not in cols]
                    if len(unread) == len(unknown) and all(
                            _near_column(t, k) for t, k in zip(unknown, unread)):
                        read.notes.append("表二表头" + "、".join(f"“{t}”按“{T.col_display('t2', k)}”读取"
                                                              for t, k in zip(unknown, unread)))
                    else:
                        read.doubts.append(f"表二“{c.text}”一行的表头有未能识别的列，按格式推定各列")
                    cols = default
                elif unknown:
                    read.doubts.append(f"表二“{c.text}”一行的表头有 {len(unknown)} 格未能识别")
            if cols is None:
                cols = _default_t2_columns(row, vals, b)
                if cols:
                    (read.notes if b.votes.get("t2") or b.votes.get("t3") else read.doubts).append(
                        f"表二“{c.text}”一行无表头，按格式推定各列")
            if not vals and not (cut_off and j >= end):
                # a row label with no value cell after it: its values are somewhere the
                # reader did not see (a page line inside the row, text it cannot read),
                # unless the layout proves the row blank (decided at the table's end)
                alone.append((row, Printed(c, [], cells[j] if j < len(cells) else None), cols))
            elif vals:
                filled.append(Printed(c, vals, cells[j] if j < len(cells) else None))
            if not cols and any(not v.blank for v in vals):
                read.unplaced.append(row)
                read.doubts.append(f"表二“{c.text}”一行的列无法确定，未取值")
            if cols and vals and len(vals) < len(cols):
                joined = continued(cells, j, end, vals, len(cols))
                if joined:
                    vals, j = joined
                    read.notes.append(f"表二“{c.text}”一行被分页断开，两段合并读取")
            last_row = row
            after = cells[j] if j < len(cells) else None
            if cols and b.text is not None and vals and not any(v.blank for v in vals):
                if len(vals) < len(cols) and not (cut_off and j >= end):
                    last = not any(match_label("t2", x.text) for x in cells[j:end])   # the table's last row
                    short_rows.append((row, Printed(c, vals, after), cols, last))
                    filled.pop()
                    i = max(j, i + 1)
                    continue
                if len(vals) > len(cols):
                    long_rows.append((row, Printed(c, vals, after), cols, len(printed) - 1,
                                 [k for k, _ in header] if header else None))
            if cols:
                placed = place_row(vals, len(cols), cut_off and j >= end, b, f"table 2 row {c.text!r}")
                if vals and not placed:
                    read.unplaced.append(row)
                    read.doubts.append(f"表二“{c.text}”一行有 {len(vals)} 个数值、{len(cols)} 列，无法确定所在列，未取值")
                elif len(vals) < len(cols) and cut_off and j >= end:
                    read.cut_rows.append(row)
                for col, cell in zip(cols, placed):
                    b.add(f"t2.{row}.{col}", cell, "万元" if col == "amount" else None, to_wan=col == "amount")
            i = max(j, i + 1)
            continue
        if (header is not None and (not in_header or header and not hdr_rows) and c.row_start
                and (c.blank or is_blank_mark(c.text)) and not labs):
            vals, j = values_after(cells, i)
            if any(not v.blank and not is_blank_mark(v.text) for v in vals):
                in_header = False   # the block's first row may be the one printed without its label
                # a row printed without its label: which row it is, the template's order says
                nxt = next_row(last_row, b.votes.get("t2") or b.votes.get("t3") or [])
                cols = [k for k, _ in header] if header and len(header) == len(vals) else \
                    (_default_t2_columns(nxt, vals, b) if nxt else None)
                unlabeled.append((nxt, vals, cols, len(printed), [k for k, _ in header] if header else None))
                printed.append(None)
                last_row = nxt or last_row
                i = j
                continue
        if in_header and not labs and _UNIT_NOTE.fullmatch(c.text.strip()):
            i += 1   # the unit of the column before, in a cell of its own: no column
            continue
        if in_header and not labs and not is_value(c) and _header_like(c.text):
            if c.row_start or not hdr_rows:
                hdr_rows.append([])
            hdr_rows[-1].append(c.text)  # a header label split over rows, a typo: resolved at the first row
        elif not c.blank and parse_cell(c.text) is not None:
            stray += 1
        i += 1
    runs = {id(r[1].label) for r in long_rows}
    unit = cell_unit(b.text, [r for r in filled if id(r.label) not in runs]) \
        if b.text is not None and (short_rows or long_rows) else None
    for row, printed_row, cols, last in short_rows:
        placed = short_row(b.text, printed_row, len(cols), unit, last) if unit and not stray else None
        if placed is None:
            place_row(printed_row.values, len(cols), False, b, f"table 2 row {printed_row.label.text!r}")
            read.unplaced.append(row)
            read.doubts.append(f"表二“{printed_row.label.text}”一行有 {len(printed_row.values)} 个数值、"
                               f"{len(cols)} 列，无法确定所在列，未取值")
            filled.append(printed_row)
            continue
        read.notes.append(f"表二“{printed_row.label.text}”一行的空白格印作空行，按空行位置确定各数值所在列")
        for col, cell in zip(cols, placed):
            b.add(f"t2.{row}.{col}", cell, "万元" if col == "amount" else None, to_wan=col == "amount")
    for row, printed_row, cols, at, hdr in sorted(long_rows, key=lambda x: -x[3]):
        k = run_on(b.text, printed_row, len(cols), unit) if unit else None
        if k is None:
            continue
        rest = printed_row.values[k:]
        printed.insert(at + 1, None)
        unlabeled = [(r, v, c, a + (a > at), h) for r, v, c, a, h in unlabeled]
        nxt = next_row(row, b.votes.get("t2") or b.votes.get("t3") or [])
        cols2 = hdr if hdr and len(hdr) == len(rest) else (_default_t2_columns(nxt, rest, b) if nxt else None)
        unlabeled.append((nxt, rest, cols2, at + 1, hdr))
    blank_rows: list[str] = []
    for row, printed_row, cols in alone:
        shape = b.text is not None and cols and \
            blank_by_layout(b.text, printed_row, len(cols), filled, stray + len(unlabeled))
        if not shape:
            read.unplaced.append(row)
            empty.append(printed_row.label.text)
            continue
        blank_rows.append(printed_row.label.text + ("（其后空行数与列数相同）" if shape == "lines" else ""))
        for col, cell in zip(cols, blank_cells(b.text, printed_row, len(cols), shape)):
            b.add(f"t2.{row}.{col}", cell, None)
    if blank_rows:
        read.notes.append("表二以下各行只印行名、未印数值格，其余各行均印出数值格，按空白行读取："
                          + "、".join(blank_rows))
    if empty:
        read.doubts.append("表二以下各行未找到数值：" + "、".join(empty))
    for row, vals, cols, at, hdr in unlabeled:
        if row is None or row in read.found or not cols or len(cols) != len(vals):
            read.doubts.append("表二有一行未印行名，无法确定是哪一行，未取值")
            continue
        read.found.add(row)
        said = f"表二有一行未印行名，按表格位置读作“{T.row('t2', row).display}”"
        if sure_by_position(row, at, printed, b.votes.get("t2") or b.votes.get("t3") or [], hdr, len(vals)):
            read.notes.append(said + "（前后两行与表头均与格式相符）")
        else:
            read.doubts.append(said)
        for col, cell in zip(cols, vals):
            b.add(f"t2.{row}.{col}", cell, "万元" if col == "amount" else None, to_wan=col == "amount")


def _header_like(text: str) -> bool:
    """A cell that may be part of a column header: a short label, not a page number
    (``- 1 -``) or a running page header (``某县…年度报告``)."""
    n = norm_label(text)
    return 0 < len(n) <= 16 and not n.isdigit()


def _header_rows(header: list, rows: list[list[str]]) -> tuple[list, list[str]]:
    """Header cells that were no label on their own: column labels printed over two or three
    rows (本年制 | 本年废 / 发件数 | 止件数) joined column by column; what still reads as no
    label is returned as unknown."""
    if len(rows) >= 2 and len({len(r) for r in rows}) == 1:
        joined = ["".join(r[k] for r in rows) for k in range(len(rows[0]))]
        cols = [next((l for l in match_label("t2", t) if l.kind == "column"), None) for t in joined]
        if all(cols):
            return header + [(l.key, l.template) for l in cols], []
    return header, [t for r in rows for t in r]


def _near_column(text: str, col: str) -> bool:
    """A header cell that is a misprint of the column the format puts there (本年发件 for
    本年制发件数): similar to one of its printed labels."""
    n = norm_label(text)
    return any(fuzz.ratio(n, lab) >= 60 for lab, labs in label_index()["t2"].items()
               if any(l.kind == "column" and l.key == col for l in labs))


def _default_t2_columns(row: str, vals: list[Cell], b: Builder) -> list[str] | None:
    """Columns of a table-2 row whose header is missing: by the format the table's other
    headers showed, else by how many values the row has."""
    cols = t2_columns()
    votes = b.votes.get("t2") or b.votes.get("t3") or []  # table 3's format when table 2 shows none
    order = [_majority(votes)] if votes else []
    order += [t for t in ("2019", "2021") if t not in order]
    n = sum(1 for v in vals if not v.blank)
    for tmpl in order:
        c = cols.get(("t2", tmpl, row))
        if c and (votes or len(c) == n):
            return c
    return None
