"""Text outside ruled tables: runs into lines, lines into segments, and tables drawn
without lines found from where their numbers stand.

A line is the runs whose middles share a height. Within a line, a gap wider than about
one character starts a new *segment* (a table cell's text, a column of a layout). A table
without ruling lines shows as lines with two or more segments of which at least one,
after the first, is a number (a unit or sign may go with it: 582.37万元, 减12). Its value
columns are the x-ranges of those numbers clustered across rows (numbers under one another
overlap); a line of column names or a heading between rows starts a *block* with its own
columns (table 2's sub-tables). A row's label is what stands left of the first value
column, cut into label columns where labels of different levels start at different x.

Inside the table a line with no number is one of:
* column names (text right of every row's label, or over the value columns): a header
  row, its segments its cells; names wrapped in their cells join one header row;
* a heading row apart from the rows on both sides (第二十条第（五）项);
* label text: one that opens a label (一、 （三） 2.) starts the next row's label, any other
  joins the label of the row nearer to it (wrapped above its values in a vertically
  centred cell, the row below; wrapped under them, the row above).
A label column left of the innermost holds tall merged labels: its text moves to the first
row of its span (a run of rows labelled right of it, cut where their numbering restarts at
1. / 一、 / （一）), and the reader joins fragments with no enumerator (``度办理结`` under
``三、本年``) to the cell above, so a merged label is one cell, as in a ruled table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._pdfium import Run

NUMBER = re.compile(r"^(?:[-+减增]|增加|减少)?\s*\d[\d,，.]*\s*(?:%|‰|万元|亿元|元|件|条|个|项|次|人次)?$|^[—\-–/／]$")
ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}、)")
_GAP = 0.9  # a gap wider than this many line heights separates segments


@dataclass
class Seg:
    x0: float
    x1: float
    text: str


@dataclass
class Line:
    top: float
    bottom: float
    runs: list[Run]
    segs: list[Seg] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return self.segs[-1].x1

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)


def build_lines(runs: list[Run]) -> list[Line]:
    lines: list[Line] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        h = run.bottom - run.top
        for line in reversed(lines[-3:]):
            if line.top - 0.3 * h <= run.cy <= line.bottom + 0.3 * h and \
                    abs((line.top + line.bottom) / 2 - run.cy) <= 0.5 * max(line.size, h):
                line.runs.append(run)
                line.top, line.bottom = min(line.top, run.top), max(line.bottom, run.bottom)
                break
        else:
            lines.append(Line(run.top, run.bottom, [run]))
    for line in lines:
        line.runs.sort(key=lambda r: r.x0)
        size = sorted(r.bottom - r.top for r in line.runs)[len(line.runs) // 2]
        segs: list[Seg] = []
        for r in line.runs:
            t = r.text.strip()
            if segs and r.x0 - segs[-1].x1 <= _GAP * max(size, 1.0):
                gap = r.x0 - segs[-1].x1
                segs[-1].text += (" " if gap > 0.25 * size or r.text[:1].isspace() else "") + t
                segs[-1].x1 = max(segs[-1].x1, r.x1)
            else:
                segs.append(Seg(r.x0, r.x1, t))
        line.segs = [s for s in segs if s.text]
    lines = [ln for ln in lines if ln.segs]
    lines.sort(key=lambda ln: ln.top)
    return lines


def _is_row(line: Line) -> bool:
    return len(line.segs) >= 2 and any(NUMBER.match(s.text) for s in line.segs[1:])



@dataclass
class PlainTable:
    """A table drawn without lines: ``rows`` of cells as [x0, text, x1, role] (role:
    ``outer`` a label column left of the innermost, ``label``, ``value``, ``head``)."""
    top: float
    bottom: float
    rows: list[list[list]]
    columns: list[tuple[float, float]]  # value columns (x0, x1)
    open_tail: bool = False  # the last row is label text with no values (cut by a page break)


def split_tables(lines: list[Line], right: float) -> list[tuple[float, object]]:
    """(top, Line | PlainTable) in page order."""
    out: list[tuple[float, object]] = []
    i, n = 0, len(lines)
    while i < n:
        if not _is_row(lines[i]):
            out.append((lines[i].top, lines[i]))
            i += 1
            continue
        # extend over rows and the short label lines between them
        j, last = i, i
        while j + 1 < n:
            nxt = lines[j + 1]
            if _is_row(nxt):
                last = j = j + 1
                continue
            if j + 1 - last > 12 or nxt.x1 >= right - 1.5 * nxt.size or nxt.top - lines[j].bottom > 3 * nxt.size:
                break
            after = lines[j + 2] if j + 2 < n else None
            if _SECTION.match(nxt.segs[0].text) and len(nxt.segs) == 1 and (
                    after is None or (len(after.segs) > 1 and not _is_row(after))):
                break  # a section heading over the next table's column names
            j += 1
        start = i
        value_x = next(sg.x0 for sg in lines[i].segs[1:] if NUMBER.match(sg.text))
        while start > 0 and out and out[-1][1] is lines[start - 1] and i - start < 8:
            up, below = lines[start - 1], lines[start]
            gap = below.top - up.bottom
            in_cell = gap <= 0.5 * up.size and up.x1 < value_x - up.size  # a label's first lines
            if (ENUM.match(up.segs[0].text) and not in_cell) or gap > 1.5 * up.size or (
                    len(up.segs) < 2 and up.x1 >= right - 2.5 * up.size):
                break  # a section heading or a paragraph is no header of the table
            start -= 1
            out.pop()  # a header line (column names, a wrapped header cell) above the first row
        body = lines[start:last + 1]
        tail = []
        for ln in lines[last + 1:j + 1]:
            if ln.top - (tail[-1].bottom if tail else lines[last].bottom) <= 1.5 * ln.size and not ENUM.match(ln.segs[0].text):
                tail.append(ln)
            else:
                break
        body += tail
        out.append((body[0].top, _table(body)))
        i = last + 1 + len(tail)
    return out


def _columns(rows: list[Line], left: float) -> list[tuple[float, float]]:
    spans = sorted((s.x0, s.x1) for ln in rows for k, s in enumerate(ln.segs)
                   if NUMBER.match(s.text) and (k or s.x0 > left + 2 * ln.size))
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1.0:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _has_values(line: Line, left: float) -> bool:
    return any(NUMBER.match(s.text) and (k or s.x0 > left + 2 * line.size) for k, s in enumerate(line.segs))


def _pieces(line: Line, limit: float) -> list[Seg]:
    """The line's text left of ``limit`` cut at narrower gaps than segments are (label
    cells of neighbouring label columns stand closer than value cells)."""
    out: list[Seg] = []
    for r in line.runs:
        if r.cx >= limit:
            continue
        t = r.text.strip()
        if not t:
            continue
        if out and r.x0 - out[-1].x1 <= 0.4 * line.size:
            out[-1].text += t
            out[-1].x1 = max(out[-1].x1, r.x1)
        else:
            out.append(Seg(r.x0, r.x1, t))
    return out


def opens_label(labels: list[str]) -> bool:
    return any(ENUM.match(t) for t in labels if t)


FIRST = re.compile(r"^(?:1[.、．]|一[、.．]|[（(][1一][)）])")


def _gather_tall(rows: list[dict], k: int) -> None:
    """Move the text of label column ``k`` (a tall merged label) to the first row it spans.

    A tall label is centred in its cell, so without ruling lines it stands beside a row in
    the middle of its span. Its span is a run of rows labelled right of column ``k`` (a row
    labelled at ``k`` or left of it and not right of it, or a header, ends a run); a run
    holding several tall labels is cut where the labels right of it restart their
    numbering (1. / 一、 / （一）)."""
    run: list[dict] = []
    first_run = [True]

    def settle(run: list[dict]) -> None:
        top_of_page = first_run[0] and all(r.get("lead") for r in rows[:rows.index(run[0])]) if run else False
        first_run[0] = False if run else first_run[0]
        holders = [i for i, r in enumerate(run) if r["labels"][k]]
        if not holders:
            return
        opens = [i for i in holders if ENUM.match(run[i]["labels"][k])] or holders[:1]
        starts = [0] + [i for i, r in enumerate(run) if i and FIRST.match(r["labels"][k + 1])]
        groups = list(zip(starts, starts[1:] + [len(run)]))
        if any(sum(1 for i in opens if a <= i < b) > 1 for a, b in groups):
            return  # the cuts are not clear: leave the labels where they stand
        texts = []
        for a, b in groups:
            texts.append("\n".join(run[i]["labels"][k] for i in range(a, b) if run[i]["labels"][k]))
        for r in run:
            r["labels"][k] = ""
        for (a, _), t in zip(groups, texts):
            run[a]["labels"][k] = t
        if top_of_page and texts[0] and not FIRST.match(run[0]["labels"][k + 1]):
            # the first group began on the page before: its label belongs to that group's start
            run[0].setdefault("carry", set()).add(k)

    for r in rows:
        labels = r.get("labels")
        inner = labels is not None and any(labels[k + 1:]) and not r.get("lead")
        if inner:
            run.append(r)
        else:
            settle(run)
            run = []
    settle(run)


def _wrapped_names(rows: list[dict], ln: Line) -> bool:
    """Column names wrapped in their cells: a line of column names whose every segment
    starts where a cell of a header line just above starts continues that line's cells
    (lines of single-line names between them, centred in taller cells, join the same
    header row). Says whether ``ln`` was joined."""
    group = []
    bottom = ln.top
    for r in reversed(rows):
        if "cells" not in r or bottom - r["bottom"] > 0.6 * ln.size:
            break
        group.append(r)
        bottom = r.get("top", r["bottom"])
    for k, head in enumerate(group):
        if all(any(abs(c[0] - sg.x0) < 3 for c in head["cells"]) for sg in ln.segs):
            for sg in ln.segs:
                cell = next(c for c in head["cells"] if abs(c[0] - sg.x0) < 3)
                cell[1] += "\n" + sg.text
            for between in group[:k]:  # the rows between join this header row
                for c in between["cells"]:
                    same = next((h for h in head["cells"] if abs(h[0] - c[0]) < 3), None)
                    if same is None:
                        head["cells"].append(c)
                    else:
                        same[1] += "\n" + c[1]
                head["cells"].sort(key=lambda c: c[0])
                rows.remove(between)
            head["bottom"] = ln.bottom
            return True
    return False


def _join(a: str, b: str) -> str:
    return (a + "\n" + b) if a and b else (a or b)


def _table(body: list[Line]) -> PlainTable:
    left = min(ln.x0 for ln in body)
    valued = [ln for ln in body if _has_values(ln, left)]
    first_x = _columns(valued, left)[0][0]
    # blocks: a line reaching over the value columns with no number in it (a column header,
    # a heading across the table) after rows with numbers starts a block with its own columns
    blocks: list[list[Line]] = [[]]
    seen_values = False
    for ln in body:
        wide = not _has_values(ln, left) and any(s.x1 > first_x + ln.size for s in ln.segs)
        if wide and seen_values:
            blocks.append([])
            seen_values = False
        blocks[-1].append(ln)
        seen_values = seen_values or _has_values(ln, left)
    rows: list[list[list]] = []
    cols_all: list[tuple[float, float]] = []
    open_tail = False
    for block in blocks:
        if block:
            block_rows, cols, open_tail = _block(block, left)
            rows += block_rows
            cols_all += cols
    return PlainTable(body[0].top, body[-1].bottom, rows, cols_all, open_tail)


def _block(body: list[Line], left: float) -> tuple[list[list[list]], list[tuple[float, float]], bool]:
    valued = [ln for ln in body if _has_values(ln, left)]
    cols = _columns(valued, left)
    if not cols:
        return [[[s.x0, s.text, s.x1, "head"] for s in ln.segs] for ln in body], [], False
    first_x = cols[0][0]
    has_labels = first_x - left > 2 * body[0].size
    pieces = {id(ln): _pieces(ln, first_x - 1.0) for ln in body}
    def bounds_of(lines: list[Line]) -> list[float]:
        """Label columns: where label pieces that are not first on their line start."""
        firsts = [pieces[id(ln)][0].x0 for ln in lines if pieces[id(ln)]]
        starts = sorted([p.x0 for ln in lines for p in pieces[id(ln)][1:]]
                        + [x for x in firsts if x > left + body[0].size
                           and sum(1 for y in firsts if abs(x - y) < 1.0) >= 2])
        out: list[float] = []
        for x in starts:
            if not out or x - out[-1] > 4.0:
                out.append(x)
        return out

    def over_values(ln: Line) -> bool:
        return ln.x1 > first_x + ln.size or any(
            a - 1 <= s.x1 and s.x0 <= b + 1 for s in ln.segs[1:] for a, b in cols)

    label_end = max((p.x1 for ln in valued for p in pieces[id(ln)]), default=first_x)
    heads = set()
    for ln in body:
        if ln in valued:
            continue
        if over_values(ln) or (len(ln.segs) > 1 and any(s.x0 > label_end for s in ln.segs[1:])):
            heads.add(id(ln))  # column names (right of every row's label), or a heading across the table
    bounds = bounds_of([ln for ln in body if id(ln) not in heads])
    nlab = len(bounds) + 1

    def label_col(x0: float) -> int:
        return sum(1 for b in bounds if x0 >= b - 2.0)

    def value_col(seg: Seg) -> int:
        cx = (seg.x0 + seg.x1) / 2
        return min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= cx <= cols[k][1]
                   else min(abs(cx - cols[k][0]), abs(cx - cols[k][1])))

    # each line: "head" (no numbers, text over the value columns: its segments are its
    # cells), "row" (numbers) or "label" (label text only)
    rows: list[dict] = []
    pending: list[str] | None = None
    order = []
    for ln in body:
        if _has_values(ln, left):
            labels = [""] * nlab
            for p in pieces[id(ln)]:
                k = label_col(p.x0)
                labels[k] = (labels[k] + p.text) if labels[k] else p.text
            values: list[str | None] = [None] * len(cols)
            for s in ln.segs:
                if (s.x0 + s.x1) / 2 >= first_x - 1.0:
                    k = value_col(s)
                    values[k] = s.text if values[k] is None else values[k] + s.text
            order.append(("row", ln, labels, values))
        elif id(ln) in heads:
            order.append(("head", ln, None, None))
        else:
            labels = [""] * nlab
            for p in pieces[id(ln)]:
                k = label_col(p.x0)
                labels[k] = (labels[k] + p.text) if labels[k] else p.text
            order.append(("label", ln, labels, None))
    for idx, (kind, ln, labels, values) in enumerate(order):
        if kind == "head":
            if pending is not None:  # a heading over the column names (第二十条第（一）项)
                rows.append({"cells": [[left, "".join(pending), first_x]], "bottom": ln.top})
                pending = None
            if _wrapped_names(rows, ln):
                continue
            rows.append({"cells": [[s.x0, s.text, s.x1] for s in ln.segs], "top": ln.top, "bottom": ln.bottom})
            continue
        if kind == "row":
            if pending is not None:
                labels = [_join(p, q) for p, q in zip(pending, labels)]
                pending = None
            rows.append({"labels": labels, "values": values, "top": ln.top, "bottom": ln.bottom})
            continue
        if rows and "cells" in rows[-1] and pending is None and not opens_label(labels):
            # the wrapped rest of a header cell: join it to the header cell it stands under
            for head in reversed(rows):
                if "cells" not in head:
                    break
                cell = next((c for c in head["cells"] if abs(c[0] - ln.x0) < 3), None)
                if cell is not None:
                    cell[1] += "\n" + ln.text
                    break
            else:
                rows.append({"cells": [[s.x0, s.text, s.x1] for s in ln.segs], "bottom": ln.bottom})
            continue
        prev = rows[-1] if rows and "labels" in rows[-1] else None
        nxt = next((o[1] for o in order[idx + 1:] if o[0] == "row"), None)
        up = ln.top - prev["bottom"] if prev is not None else 1e9
        down = nxt.top - ln.bottom if nxt is not None else 1e9
        opens = any(ENUM.match(t) for t in labels if t)
        if pending is None and not opens and min(up, down) > 0.6 * ln.size and prev is not None \
                and ln.x0 <= left + ln.size:
            # apart from the rows on both sides: a heading row of its own (第二十条第（五）项)
            rows.append({"cells": [[s.x0, s.text, s.x1] for s in ln.segs], "bottom": ln.bottom})
        elif prev is None and not rows and pending is None and not opens:
            # label text opening a page under no header: the rest of a label the break cut
            rows.append({"labels": labels, "values": [None] * len(cols), "bottom": ln.bottom, "lead": True})
        elif prev is None or pending is not None or opens or down < up - 0.5:
            pending = labels if pending is None else [_join(p, q) for p, q in zip(pending, labels)]
        else:
            prev["labels"] = [_join(p, q) for p, q in zip(prev["labels"], labels)]
            prev["bottom"] = ln.bottom
    if pending is not None:  # label text whose values a page break sent to the next page
        rows.append({"labels": pending, "values": [None] * len(cols), "bottom": body[-1].bottom,
                     "open": True})

    for k in range(nlab - 1):
        _gather_tall(rows, k)

    # cells: [x0, text, x1, role]; role "outer" for a label column left of the innermost
    # (its cells may be fragments of one tall merged label: the reader joins them)
    out_rows: list[list[list]] = []
    for r in rows:
        if "cells" in r:
            out_rows.append([c + ["head"] for c in r["cells"]])
            continue
        if r.get("lead"):  # label text only: cells where it stands, no blank value cells
            out_rows.append([[(bounds[k - 1] if k else left), t, (bounds[k] if k < nlab - 1 else first_x), "lead"]
                             for k, t in enumerate(r["labels"]) if t])
            continue
        cells: list[list] = []
        for k in range(nlab):
            x0, x1 = (bounds[k - 1] if k else left), (bounds[k] if k < nlab - 1 else first_x)
            role = ("carry" if k in r.get("carry", ()) else "outer") if k < nlab - 1 else "label"
            cells.append([x0, r["labels"][k], x1, role])
        while len(cells) > 1 and not cells[-1][1]:
            cells.pop()  # a label spanning the label columns is one cell, as in a ruled table
        if len(cells) == 1:
            cells[0][3] = "label"
        if not has_labels and not cells[0][1]:
            cells = []
        for k, v in enumerate(r["values"]):
            cells.append([cols[k][0], v or "", cols[k][1], "value"])
        out_rows.append(cells)
    return out_rows, cols, bool(rows) and bool(rows[-1].get("open"))
