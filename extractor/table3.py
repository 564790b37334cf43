"""Table 3 (收到和处理政府信息公开申请情况): segments aligned to the template's rows, values
placed in their columns, and the table's own identities as referee where the printed
tokens admit more than one placement.

Never changes a printed number: the referee only chooses *where* a printed value stands
when the layout lost that (a row with fewer value cells than columns), and only when
exactly one placement makes the row's identities hold.
"""
from __future__ import annotations

from itertools import combinations

from . import template as T
from .document import Cell
from .numbers import is_blank_mark, parse_cell
from .table_align import Segment, best_alignment, header_cells, label_score, label_texts, segments
from .table_header import t3_header
from .table_read import TableRead


def _number(c: Cell | None) -> float | None:
    if c is None or c.blank or is_blank_mark(c.text):
        return None
    n = parse_cell(c.text)
    return None if n is None else n.value


def _placements(vals: list[Cell], n: int) -> list[list[Cell | None]]:
    """Every way to put ``vals`` (fewer than ``n``, in printed order) into ``n`` slots."""
    out = []
    for gaps in combinations(range(n), n - len(vals)):
        it = iter(vals)
        out.append([None if i in gaps else next(it) for i in range(n)])
    return out


def _blank(c: Cell) -> bool:
    return c.blank or is_blank_mark(c.text)


def _windows(cells: list[Cell], n: int) -> list[list[Cell]]:
    """More value cells than columns: the runs of ``n`` that leave out only blank cells (an
    empty label cell before the values, a layout cell after them)."""
    out = []
    for lead in range(len(cells) - n + 1):
        dropped = cells[:lead] + cells[lead + n:]
        if all(_blank(c) for c in dropped):
            out.append(cells[lead:lead + n])
    return out


def _whole_row(vals: list[Cell], n: int) -> bool:
    """``vals`` are one whole row of ``n`` value cells, or ``n`` with only blank cells around
    them that leave one reading (an empty label cell before the values)."""
    return len(vals) == n or len(vals) > n and len(_windows(vals, n)) == 1


def _choose(options: list[list[Cell | None]], at: int = -1) -> tuple[list[Cell | None] | None, bool]:
    """The placement the row's own arithmetic prefers: its total (slot ``at``) equals the sum
    of its applicant columns, and its total cell is printed. (placement, unique)."""
    def score(p):
        return (2 if _row_total_holds(p, at) else 0) + (1 if p[at] is not None and not _blank(p[at]) else 0)
    if not options:
        return None, False
    best = max(score(p) for p in options)
    top = [p for p in options if score(p) == best]
    return top[-1 if len(top) > 1 else 0], len(top) == 1


def _row_total_holds(slots: list[Cell | None], at: int = -1) -> bool:
    """The row's total (slot ``at``) is the sum of its other slots."""
    nums = [_number(c) for c in slots]
    if any(v is None for v in nums):
        # blanks count as 0 only for deciding between placements of printed values
        nums = [v or 0 for v in nums]
    at = at % len(slots)
    rest = nums[:at] + nums[at + 1:]
    return abs(sum(rest) - nums[at]) < 1e-6 if slots[at] is not None else False


STRONG = 0.85   # a label this close to a row's names that row wherever it is printed


def _unwrap(segs: list[Segment], n: int) -> tuple[list[Segment], int]:
    """A row whose value cells wrapped onto the next printed line (5 numbers, then 2): a
    labelled segment with fewer than ``n`` values followed by one with no label whose values
    make up exactly ``n`` is one row. (segments, rows joined)."""
    out: list[Segment] = []
    joined = 0
    for seg in segs:
        prev = out[-1] if out else None
        rest = list(seg.values)
        while prev is not None and rest and _blank(rest[0]) and len(prev.values) + len(rest) > n:
            rest.pop(0)   # the empty label cell the wrapped line opens with
        if (prev is not None and prev.labels and not seg.labels and 0 < len(prev.values) < n
                and len(prev.values) + len(rest) == n
                and not _blank(prev.values[-1]) and rest and not _blank(rest[0])):
            out[-1] = Segment(prev.labels, prev.values + rest)
            joined += 1
            continue
        out.append(seg)
    return out, joined


def _two_rows_on_one_line(al, segs: list[Segment], n: int, read: TableRead) -> None:
    """One printed line holding a row's values and the next row's (2 x ``n`` numbers), the
    next row's label standing alone before the following row's label: the first ``n`` values
    are the row's, the next ``n`` the next row's, when that row was not found and its label
    is there."""
    keys = [r.key for r in T.rows("t3", al.template)]
    for key, seg in list(al.rows.items()):
        if len(seg.values) != 2 * n or _windows(seg.values, n):
            continue
        i = keys.index(key)
        nxt = keys[i + 1] if i + 1 < len(keys) else None
        if nxt is None or nxt not in al.missing:
            continue
        after = segs[segs.index(seg) + 1] if segs.index(seg) + 1 < len(segs) else None
        if after is None or len(after.labels) < 2 or \
                label_score("t3", label_texts("t3", Segment(after.labels[:-1], [])), nxt) < STRONG:
            continue
        al.rows[nxt] = Segment(after.labels[:-1], seg.values[n:])
        seg.values = seg.values[:n]
        al.missing.remove(nxt)
        read.notes.append(f"“{T.row('t3', key).display}”一行印有两行的数值，后 {n} 个属于“{T.row('t3', nxt).display}”")


def _out_of_order(al, segs: list[Segment], read: TableRead) -> None:
    """A row printed away from its place in the template (（七）总计 first under 三、): a
    segment no row took whose label is that of a row not found, and no other's."""
    placed = {id(s) for s in al.rows.values()}
    for key in list(al.missing):
        hits = [s for s in segs if id(s) not in placed and any(not _blank(v) for v in s.values)
                and label_score("t3", label_texts("t3", Segment(s.labels[-2:], [])), key) >= STRONG]
        if len(hits) != 1:
            continue
        al.rows[key] = hits[0]
        placed.add(id(hits[0]))
        al.missing.remove(key)
        read.notes.append(f"“{T.row('t3', key).display}”一行不在格式规定的位置，按行名读取")


def read_t3(cells: list[Cell], start: int, end: int, cut_at_end: bool) -> TableRead:
    """Read table 3 from ``cells[start:end]``."""
    head = t3_header(header_cells(cells, start, end))
    cols = head.cols
    n = len(cols)
    segs, wrapped = _unwrap(segments(cells, start, end), n)
    al = best_alignment("t3", segs)
    total_at = cols.index("total") if "total" in cols else -1
    read = TableRead("t3", al.template)
    read.cols = tuple(cols)
    if head.how == "printed":
        read.notes.append("表三各列按表头读取：" + "、".join(
            T.col_display("t3", c) if c else "法人或其他组织" for c in cols))
    elif head.how == "unclear":
        read.unconfirmed.append("表三表头各列的顺序与格式不同，无法逐列确定，按格式顺序读取")
    lost_cols = [c for c in T.t3_cols() if c not in cols]
    if lost_cols:
        read.missing_cols = lost_cols
    if wrapped:
        read.notes.append(f"有 {wrapped} 行数值折行印出，与上一行合并读取")
    _two_rows_on_one_line(al, segs, n, read)
    _out_of_order(al, segs, read)
    read.missing = list(al.missing)
    for key in al.by_order:
        if key in al.proved and _whole_row(al.rows[key].values, n):
            read.notes.append(f"“{T.row('t3', key).display}”一行未印行名，前后行按行名找到、其间行数与格式相符，按行序确定")
        else:
            read.doubts.append(f"“{T.row('t3', key).display}”一行的标签无法识别，按行序推定")
    for key in al.weak:
        read.notes.append(f"“{T.row('t3', key).display}”按近似标签识别")
    last_key = max(al.rows, key=lambda k: T.row("t3", k).order.get(al.template or "2021", 0), default=None)
    for key, seg in al.rows.items():
        label = T.row("t3", key).display
        vals = seg.values
        if not vals:
            continue  # a row printed with no value cells at all: every cell blank
        at_end = cut_at_end and seg is segs[-1] and key == last_key
        if len(vals) == n:
            slots = list(vals)
        elif len(vals) > n and at_end and not _windows(vals, n):
            slots = list(vals[:n])  # the text stops right after: the rest opens a row it cut off
            read.cut_rows.append(key)
        elif len(vals) > n:
            slots, unique = _choose(_windows(vals, n), total_at)
            if slots is None:
                read.unplaced.append(key)
                read.doubts.append(f"“{label}”一行有 {len(vals)} 个数值，多于 {n} 列，未取值")
                continue
            if not unique:
                read.doubts.append(f"“{label}”一行有 {len(vals)} 格，多出的空白格位置不能确定")
        elif at_end:
            slots = list(vals) + [None] * (n - len(vals))
            read.cut_rows.append(key)
        else:
            slots, unique = _choose([p for p in _placements(vals, n) if _row_total_holds(p, total_at)], total_at)
            if slots is None or not unique:
                read.unplaced.append(key)
                read.doubts.append(f"“{label}”一行只有 {len(vals)} 个数值、{n} 列，无法确定各数所在列，未取值")
                continue
            read.notes.append(f"“{label}”一行缺少空白格，按本行合计确定各数所在列")
        for col, cell in zip(cols, slots):
            if cell is not None and col is not None:
                read.cells[f"t3.{key}.{col}"] = cell
    placed = {id(seg) for seg in al.rows.values()}
    lost = [seg for seg in segs if id(seg) not in placed
            and any(not _blank(v) and _number(v) is not None for v in seg.values)]
    read.stray = [seg.label for seg in lost]  # numbers printed that no row took: incomplete
    read.segments = len(segs)
    return read

