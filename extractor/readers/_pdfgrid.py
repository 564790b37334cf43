"""Ruled tables: the grid from a page's ruling lines, and the text of every cell.

Lines that touch form a table; its row and column bands are the distinct heights of its
horizontal lines and positions of its vertical lines. Between two neighbouring slots there
is a border where a line covers the middle of the shared edge; slots with no border between
them are one merged cell. Every cell of the grid is kept, empty ones as blank cells, so a
blank label or value never shifts a row; a merged cell appears once, in the row where it
starts. A run of text is put in the cell under its centre; a run that crosses a vertical
border (two cells' text joined by the PDF's spacing) is split at the border by its
characters' middles.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ._pdfium import Rule, Run

_TOL = 1.5  # points: lines this close are one line; ends this close touch


@dataclass
class GridCell:
    r0: int
    c0: int
    r1: int  # exclusive
    c1: int
    x0: float
    top: float
    x1: float
    bottom: float
    lines: list[list[Run]] = field(default_factory=list)

    def text(self) -> str:
        """The cell's lines top to bottom, ``\\n`` between them (``clean`` joins them)."""
        rows = []
        for line in self.lines:
            line.sort(key=lambda r: r.x0)
            rows.append(_join(line))
        return "\n".join(rows)


@dataclass
class Grid:
    xs: list[float]
    ys: list[float]
    cells: list[GridCell]  # in reading order: by first row, then left to right

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def rows(self) -> list[list[GridCell]]:
        out: list[list[GridCell]] = [[] for _ in range(len(self.ys) - 1)]
        for c in self.cells:
            out[c.r0].append(c)
        return out

    def contains(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 <= x <= x1 and top <= y <= bottom


def _join(runs: list[Run]) -> str:
    out = ""
    prev = None
    for r in runs:
        t = r.text
        if prev is not None and r.x0 - prev.x1 > 0.25 * max(r.bottom - r.top, 1.0):
            out += " "
        out += t
        prev = r
    return out


def _merge(rules: list[Rule]) -> list[Rule]:
    """Collinear pieces that overlap or touch become one line."""
    groups: list[list[Rule]] = []
    for r in sorted(rules, key=lambda r: r.at):
        if groups and r.at - groups[-1][-1].at <= _TOL:
            groups[-1].append(r)
        else:
            groups.append([r])
    out: list[Rule] = []
    for group in groups:
        first = len(out)
        for r in sorted(group, key=lambda r: r.a):
            if len(out) > first and r.a <= out[-1].b + _TOL:
                last = out[-1]
                last.b = max(last.b, r.b)
                last.at = (last.at + r.at) / 2
            else:
                out.append(Rule(r.h, r.at, r.a, r.b))
    return out


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


def find_grids(rules: list[Rule]) -> list[Grid]:
    hs = _merge([r for r in rules if r.h])
    vs = _merge([r for r in rules if not r.h])
    if len(hs) < 2 or len(vs) < 2:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            # cells printed with spacing stop short of their neighbours' rules by the gap
            if h.a - _GAP <= v.at <= h.b + _GAP and v.a - _GAP <= h.at <= v.b + _GAP:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    grids = []
    for gh, gv in groups.values():
        if len(gh) >= 2 and len(gv) >= 2:
            grid = _grid(gh, gv)
            if grid is not None:
                grids.append(grid)
    grids.sort(key=lambda g: g.ys[0])
    return grids


_GAP = 4.0  # points: two rules closer than this hold no text between them (a double rule)


def _collapse(values: list[float]) -> tuple[list[float], list[float]]:
    """Boundaries with the bands too narrow for text (the gap of a double rule, as tables
    printed with cell spacing draw every cell's own border) made one: (positions, the
    tolerance within which a rule stands on each)."""
    pos: list[float] = []
    tol: list[float] = []
    for v in values:
        if pos and v - pos[-1] < _GAP:
            lo = pos[-1] - tol[-1] + _TOL
            pos[-1] = (lo + v) / 2
            tol[-1] = (v - lo) / 2 + _TOL
        else:
            pos.append(v)
            tol.append(_TOL)
    return pos, tol


def _covers(lines: list[Rule], at: float, mid: float, tol: float = _TOL) -> bool:
    return any(abs(r.at - at) <= tol and r.a - _TOL <= mid <= r.b + _TOL for r in lines)


def _grid(hs: list[Rule], vs: list[Rule]) -> Grid | None:
    # a table open at its sides (no outer vertical line) reaches as far as the lines across
    # it: their ends are its edges too (a side column no text falls in is dropped by fill)
    ys, ytol = _collapse(_cluster([h.at for h in hs]))
    xs, xtol = _collapse(_cluster([v.at for v in vs]))
    if len(ys) < 2 or len(xs) < 2:
        return None
    open_left = min(h.a for h in hs) < xs[0] - xtol[0] - 2 * _TOL
    open_right = max(h.b for h in hs) > xs[-1] + xtol[-1] + 2 * _TOL
    if open_left:
        xs, xtol = [min(h.a for h in hs)] + xs, [_TOL] + xtol
    if open_right:
        xs, xtol = xs + [max(h.b for h in hs)], xtol + [_TOL]
    # a table cut by a page break has no rule where the page cut it (the first row of the
    # next page has no top line, the last one before the break no bottom line): the
    # vertical lines' ends are its edges there
    top, bottom = min(v.a for v in vs), max(v.b for v in vs)
    if top < ys[0] - _GAP:
        ys, ytol = [top] + ys, [_TOL] + ytol
    if bottom > ys[-1] + _GAP:
        ys, ytol = ys + [bottom], ytol + [_TOL]
    nr, nc = len(ys) - 1, len(xs) - 1
    # border[i][j]: a vertical line between column j-1 and j in row band i
    vborder = [[_covers(vs, xs[j], (ys[i] + ys[i + 1]) / 2, xtol[j]) for j in range(nc + 1)] for i in range(nr)]
    hborder = [[_covers(hs, ys[i], (xs[j] + xs[j + 1]) / 2, ytol[i]) for j in range(nc)] for i in range(nr + 1)]
    owner = [[None] * nc for _ in range(nr)]
    cells = []
    for i in range(nr):
        for j in range(nc):
            if owner[i][j] is not None:
                continue
            w = 1
            while j + w < nc and not vborder[i][j + w] and owner[i][j + w] is None:
                w += 1
            h = 1
            while i + h < nr and not any(hborder[i + h][j + k] for k in range(w)) \
                    and all(owner[i + h][j + k] is None for k in range(w)):
                h += 1
            cell = GridCell(i, j, i + h, j + w, xs[j], ys[i], xs[j + w], ys[i + h])
            for a in range(i, i + h):
                for b in range(j, j + w):
                    owner[a][b] = cell
            cells.append(cell)
    grid = Grid(xs, ys, cells)
    grid._owner = owner  # type: ignore[attr-defined]
    grid._vborder = vborder  # type: ignore[attr-defined]
    grid._open = (open_left, open_right)  # type: ignore[attr-defined]
    return grid


def _drop_empty_sides(grid: Grid) -> None:
    """An open side column that holds no text is no column: its cells go."""
    open_left, open_right = grid._open  # type: ignore[attr-defined]
    last = len(grid.xs) - 2
    if open_right and not any(c.lines for c in grid.cells if c.c1 - 1 == last):
        grid.cells = [c for c in grid.cells if c.c0 != last]
        for c in grid.cells:
            if c.c1 - 1 == last:
                c.c1, c.x1 = last, grid.xs[last]
        grid.xs = grid.xs[:-1]
    if open_left and not any(c.lines for c in grid.cells if c.c0 == 0):
        grid.cells = [c for c in grid.cells if c.c1 != 1]
        for c in grid.cells:
            c.c0, c.c1 = max(c.c0 - 1, 0), c.c1 - 1
            c.x0 = max(c.x0, grid.xs[1])
        grid.xs = grid.xs[1:]


def fill(grid: Grid, runs: list[Run]) -> list[Run]:
    """Put every run inside ``grid`` into its cell; return the runs outside it."""
    rest = []
    xs, ys, owner = grid.xs, grid.ys, grid._owner  # type: ignore[attr-defined]
    placed: list[tuple[GridCell, Run]] = []
    for run in runs:
        if not grid.contains(run.cx, run.cy):
            rest.append(run)
            continue
        i = min(max(bisect_right(ys, run.cy) - 1, 0), len(ys) - 2)
        j0 = min(max(bisect_right(xs, run.x0 + 0.5) - 1, 0), len(xs) - 2)
        j1 = min(max(bisect_right(xs, run.x1 - 0.5) - 1, 0), len(xs) - 2)
        cuts = [j for j in range(j0 + 1, j1 + 1) if grid._vborder[i][j]]  # type: ignore[attr-defined]
        if not cuts:
            placed.append((owner[i][min(max(bisect_right(xs, run.cx) - 1, 0), len(xs) - 2)], run))
            continue
        parts: dict[int, list[int]] = {}
        centres = run.centres or [run.cx] * len(run.text)
        for k, x in enumerate(centres):
            j = min(max(bisect_right(xs, x) - 1, 0), len(xs) - 2)
            while j > j0 and not grid._vborder[i][j]:  # type: ignore[attr-defined]
                j -= 1  # the cell a merged slot belongs to starts at a border
            parts.setdefault(j, []).append(k)
        for j, ks in parts.items():
            text = "".join(run.text[k] for k in ks)
            a, b = centres[ks[0]], centres[ks[-1]]
            placed.append((owner[i][j], Run(a, run.top, b, run.bottom, text, [centres[k] for k in ks])))
    for cell, run in placed:
        _add_to_line(cell, run)
    if any(grid._open):  # type: ignore[attr-defined]
        _drop_empty_sides(grid)
    return rest


def _add_to_line(cell: GridCell, run: Run) -> None:
    for line in cell.lines:
        ref = line[0]
        if abs(ref.cy - run.cy) <= 0.5 * max(ref.bottom - ref.top, run.bottom - run.top, 1.0):
            line.append(run)
            return
    cell.lines.append([run])
    cell.lines.sort(key=lambda ln: ln[0].cy)
