"""Text outside ruled tables: runs into lines, lines into segments, and tables drawn
without lines found from where their numbers stand.

A line is the runs whose middles share a height. Within a line, a gap wider than about
one character starts a new *segment* (a table cell's text, a column of a layout). A table
without ruling lines shows as lines with two or more segments of which at least one,
after the first, is a number. Its value columns are the x-ranges of those numbers
clustered across rows (numbers under one another overlap); a row's label is what stands
left of the first value column, split into label columns where labels of different levels
start at different x. A line with no number inside the table is more label text: one that
opens a label (一、 （三） 2.) starts the next row's label, any other joins the label of the
row nearer to it (a label wrapped above its values, in a vertically centred cell, joins
the row below; one wrapped under, the row above). A fragment of a tall label column with
no enumerator (``度办理结`` under ``三、本年``) joins the cell of that column above it, so a
merged label is one cell, as in a ruled table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._pdfium import Run

NUMBER = re.compile(r"^[-+]?\d[\d,，.]*%?$|^[—\-–/／]$")
ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
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
    """A table drawn without lines: ``rows`` of cells as [x0, text, x1]."""
    top: float
    bottom: float
    rows: list[list[list]]
    columns: list[tuple[float, float]]  # value columns (x0, x1)


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
            if j + 1 - last > 4 or nxt.x1 >= right - 1.5 * nxt.size or nxt.top - lines[j].bottom > 3 * nxt.size:
                break
            j += 1
        start = i
        while start > 0 and len(lines[start - 1].segs) >= 2 and out and out[-1][1] is lines[start - 1]:
            start -= 1
            out.pop()  # a header line (several segments, no number) above the first row
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


def _columns(rows: list[Line]) -> list[tuple[float, float]]:
    spans = sorted((s.x0, s.x1) for ln in rows for s in ln.segs[1:] if NUMBER.match(s.text))
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1.0:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _table(body: list[Line]) -> PlainTable:
    rows_lines = [ln for ln in body if _is_row(ln)]
    cols = _columns(rows_lines)
    first_x = cols[0][0]
    # label columns: where label segments that are not first on their line start
    label_starts = sorted({round(s.x0) for ln in body for s in ln.segs[1:] if s.x1 <= first_x + 1.0})
    bounds: list[float] = []
    for x in label_starts:
        if not bounds or x - bounds[-1] > 4.0:
            bounds.append(x)
    nlab = len(bounds) + 1

    def label_col(seg: Seg) -> int:
        return sum(1 for b in bounds if seg.x0 >= b - 2.0)

    def value_col(seg: Seg) -> int:
        cx = (seg.x0 + seg.x1) / 2
        best = min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= cx <= cols[k][1]
                   else min(abs(cx - cols[k][0]), abs(cx - cols[k][1])))
        return best

    # each line -> (labels per label column, values per value column or None)
    parsed = []
    for ln in body:
        labels = [""] * nlab
        values: list[str | None] = [None] * len(cols)
        for s in ln.segs:
            if s.x1 <= first_x + 1.0 or (s.x0 < first_x - 1.0 and not NUMBER.match(s.text)):
                k = label_col(s)
                labels[k] = (labels[k] + " " + s.text).strip()
            else:
                k = value_col(s)
                values[k] = s.text if values[k] is None else values[k] + " " + s.text
        parsed.append((ln, labels, values))

    # rows: a line with values opens a row; label-only lines join a row
    rows: list[dict] = []
    pending: list[str] | None = None
    header: list[tuple[Line, list[str], list]] = []
    for idx, (ln, labels, values) in enumerate(parsed):
        if any(v is not None for v in values):
            if not rows and header:
                rows.extend({"labels": h[1], "values": h[2], "top": h[0].top, "bottom": h[0].bottom,
                             "header": True} for h in header)
                header = []
            if pending:
                labels = [(p + "\n" + q).strip("\n") for p, q in zip(pending, labels)]
                pending = None
            rows.append({"labels": labels, "values": values, "top": ln.top, "bottom": ln.bottom})
            continue
        data_rows = [r for r in rows if not r.get("header")]
        if not data_rows:
            if len(ln.segs) >= 2 and pending is None:
                header.append((ln, labels, values))
            else:
                pending = labels if pending is None else [(p + "\n" + q).strip("\n") for p, q in zip(pending, labels)]
            continue
        opens = any(ENUM.match(t) for t in labels if t)
        prev = rows[-1]
        nxt = next((p for p in parsed[idx + 1:] if any(v is not None for v in p[2])), None)
        up = ln.top - prev["bottom"]
        down = (nxt[0].top - ln.bottom) if nxt is not None else 1e9
        if pending is not None or opens or down < up - 0.5:
            pending = labels if pending is None else [(p + "\n" + q).strip("\n") for p, q in zip(pending, labels)]
        else:
            prev["labels"] = [(p + "\n" + q).strip("\n") for p, q in zip(prev["labels"], labels)]
    if pending is not None and rows:
        rows[-1]["labels"] = [(p + "\n" + q).strip("\n") for p, q in zip(rows[-1]["labels"], pending)]
    if header and not rows:
        rows = [{"labels": h[1], "values": h[2], "top": h[0].top, "bottom": h[0].bottom} for h in header]

    # a tall label column: a fragment with no enumerator joins the cell above it
    out_rows: list[list[list]] = []
    owner: list[list | None] = [None] * nlab
    for r in rows:
        cells: list[list] = []
        for k in range(nlab):
            t = r["labels"][k]
            if k < nlab - 1 and (not t or (owner[k] is not None and not ENUM.match(t) and not r.get("header"))):
                if t:
                    owner[k][1] += "\n" + t
                continue  # covered by the tall label above
            cell = [bounds[k - 1] if k else body[0].x0, t, bounds[k] if k < nlab - 1 else first_x]
            cells.append(cell)
            if k < nlab - 1:
                owner[k] = cell
        while len(cells) > 1 and not cells[-1][1]:
            cells.pop()  # a label spanning the label columns is one cell, as in a ruled table
        for k, v in enumerate(r["values"]):
            cells.append([cols[k][0], v or "", cols[k][1]])
        out_rows.append(cells)
    return PlainTable(body[0].top, body[-1].bottom, out_rows, cols)
