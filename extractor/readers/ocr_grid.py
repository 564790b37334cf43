"""Page-image geometry for OCR: deskew, ruled-table grids and the text crops inside them.

Only numpy and OpenCV (which the ``ocr`` extra brings): no recogniser here, so every step
can be tested on images we draw ourselves.

* ``despeckle``: isolated specks smaller than a full stop are turned white.
* ``deskew``: the skew angle is the one whose row profile of ink is sharpest (text lines
  and ruled lines both make sharp profiles when level); searched coarse then fine within
  ±``MAX_SKEW`` degrees, the page is rotated back about its centre on a white ground.
* ``find_tables``: horizontal and vertical strokes are opened out of the ink with long thin
  kernels (no character stroke is that long), after 1-2 px gaps are closed (a table
  printed with cell spacing draws every cell's own border: double rules, cut at each
  crossing); a group of them that crosses forms a ruled table. Its row and column lines
  come from the whole table (a double rule is one line; a line must run wall to wall
  somewhere; rules running on past the outermost column line close the grid there); a
  wall missing between two grid positions (no rule, not even a broken one's stubs)
  joins them into one merged cell.
* ``ruling``: the strokes along the grid lines, removed from the cells' ink (a run of
  text strokes as long as a rule elsewhere in a cell stays text).
* ``line_crops``: the ink inside one cell (its ruling removed) cut into text lines by the
  row profile, each line cropped to its ink and padded on white, so a recogniser reads a
  lone ``0`` that a text detector on the whole page would drop.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

MAX_SKEW = 3.0  # degrees; a scan tilted more than this is left as it is


def to_gray(img: np.ndarray) -> np.ndarray:
    if img.ndim == 3:
        if img.shape[2] == 4:
            img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    return img


def ink(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (255 = ink) by Otsu's threshold."""
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return bw


def despeckle(gray: np.ndarray) -> np.ndarray:
    """The page with isolated specks of ink (scanner dust, salt noise) turned white.

    A speck is a connected blot smaller than a full stop: 6 px at 1,700 px page width,
    scaled with the page's width squared."""
    bw = ink(gray)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    limit = max(2, round(6 * (gray.shape[1] / 1700) ** 2))
    small = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= limit)
    small = small[small > 0]
    if not len(small):
        return gray
    out = gray.copy()
    out[np.isin(labels, small)] = 255
    return out


def level(img: np.ndarray, angle: float) -> np.ndarray:
    """``img`` rotated by ``angle`` as ``deskew`` rotated its page (another image of that page)."""
    return _rotate(img, angle) if angle else img


def _rotate(img: np.ndarray, angle: float, border=255) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def skew_angle(gray: np.ndarray) -> float:
    """Degrees to rotate the page by (counter-clockwise positive) so its lines are level."""
    bw = ink(gray)
    scale = min(1.0, 800 / max(bw.shape))
    small = cv2.resize(bw, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else bw
    if not small.any():
        return 0.0

    def sharpness(a: float) -> float:
        prof = _rotate(small, a, border=0).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(prof)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), key=sharpness)
    return float(round(best, 2))


def deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page levelled, and the angle it was rotated by (0.0 when already level)."""
    angle = skew_angle(gray)
    if abs(angle) < 0.05:
        return gray, 0.0
    return _rotate(gray, angle), angle


@dataclass
class GridCell:
    row: int  # first grid row it covers
    col: int  # first grid column it covers
    rows: int  # grid rows covered (>1: merged down)
    cols: int  # grid columns covered (>1: merged across)
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels, on the ruling


@dataclass
class Table:
    box: tuple[int, int, int, int]  # x0, y0, x1, y1
    xs: list[int]  # column lines
    ys: list[int]  # row lines
    cells: list[GridCell] = field(default_factory=list)

    def rows(self) -> list[list[GridCell]]:
        """Cells by the grid row they start in, left to right (a merged cell once)."""
        out: list[list[GridCell]] = [[] for _ in range(len(self.ys) - 1)]
        for c in self.cells:
            out[c.row].append(c)
        for r in out:
            r.sort(key=lambda c: c.col)
        return out


def _positions(profile: np.ndarray, min_count: int, join: int = 2) -> list[int]:
    """Centres of the runs of ``profile >= min_count`` (one ruled line may be 1-4 px thick);
    runs at most ``join`` px apart are one line (the double rule of a table printed with
    cell spacing, each cell drawing its own border)."""
    idx = np.flatnonzero(profile >= min_count)
    if not len(idx):
        return []
    runs, start, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if i > prev + join:
            runs.append((start + prev) // 2)
            start = i
        prev = i
    runs.append((start + prev) // 2)
    return [int(r) for r in runs]


def _wall(mask: np.ndarray, fixed: int, lo: int, hi: int, vertical: bool) -> bool:
    """Is there a ruled line at ``fixed`` along [lo, hi) (its middle 80 %)?

    A merged cell has no rule there at all; a rule printed faint or broken (a gap in a
    scan, a double rule cut at the crossings) still stands on a fifth of its length, and
    two cells it parts are never joined into one."""
    span = hi - lo
    a, b = lo + int(span * 0.1), hi - int(span * 0.1)
    if b <= a:
        return True
    if vertical:
        band = mask[a:b, max(0, fixed - 3):fixed + 4]
        hit = band.any(axis=1)
    else:
        band = mask[max(0, fixed - 3):fixed + 4, a:b]
        hit = band.any(axis=0)
    return bool(hit.mean() >= 0.2)


def _stubs(bw: np.ndarray, fixed: int, lo: int, hi: int, vertical: bool) -> bool:
    """Does ink run along ``fixed`` from both ends of [lo, hi) a fifth of the way in? The
    stubs of a rule printed broken in the middle stand on the crossing rules at both ends;
    the text of a merged cell keeps off its walls."""
    if vertical:
        hit = bw[lo:hi, max(0, fixed - 2):fixed + 3].any(axis=1)
    else:
        hit = bw[max(0, fixed - 2):fixed + 3, lo:hi].any(axis=0)
    need = max(10, int(0.2 * (hi - lo)))
    if len(hit) < 2 * need:
        return False
    return bool(hit[:need].all() and hit[-need:].all())


def _rule(mask: np.ndarray, fixed: int, cuts: list[int], vertical: bool) -> bool:
    """Does the stroke at ``fixed`` run the full length between two neighbouring grid lines
    across (``cuts``) at least once? A ruled line does, wall to wall; a run of text strokes
    joined into one (一一, a dash) stays inside a cell's padding."""
    for lo, hi in zip(cuts, cuts[1:]):
        a, b = lo + 4, hi - 3
        if b - a < 4:
            continue
        if vertical:
            hit = mask[a:b, max(0, fixed - 2):fixed + 3].any(axis=1)
        else:
            hit = mask[max(0, fixed - 2):fixed + 3, a:b].any(axis=0)
        if hit.mean() >= 0.95:
            return True
    return False


def line_masks(bw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruled strokes of an ink mask.

    A table printed with cell spacing draws each cell's own border: a rule is then cut
    into cell-wide pieces with a 1-2 px gap where it crosses the next wall, and the piece
    of a narrow column is shorter than the kernel. Such gaps are closed first (a gap
    between two characters is wider)."""
    h, w = bw.shape
    klen = max(25, w // 30)
    rect = cv2.getStructuringElement
    hb = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, rect(cv2.MORPH_RECT, (3, 1)))
    vb = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, rect(cv2.MORPH_RECT, (1, 3)))
    hor = cv2.bitwise_and(cv2.morphologyEx(hb, cv2.MORPH_OPEN, rect(cv2.MORPH_RECT, (klen, 1))), hb)
    ver = cv2.bitwise_and(cv2.morphologyEx(vb, cv2.MORPH_OPEN, rect(cv2.MORPH_RECT, (1, klen))), vb)
    return hor, cv2.bitwise_or(ver, _short_walls(vb, hor, klen))


def _short_walls(vb: np.ndarray, hor: np.ndarray, klen: int) -> np.ndarray:
    """Vertical strokes shorter than the kernel that run from one horizontal rule to the
    next: the walls of a one-row table (a row the page break carried over, a value row of
    table 4: 45 px at 200 dpi, under the 55 px kernel). A character's stroke seldom spans
    that far and never touches a rule at both ends."""
    short = max(15, klen // 2)
    cand = cv2.bitwise_and(cv2.morphologyEx(vb, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, short))), vb)
    out = np.zeros_like(vb)
    if not hor.any() or not cand.any():
        return out
    near = cv2.dilate(hor, np.ones((7, 7), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(cand, connectivity=8)
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if h >= klen or w > 8:
            continue  # a long one is in ``ver`` already; a wide one is no rule
        top, bottom = y - 2, y + h + 1
        if top < 0 or bottom >= vb.shape[0]:
            continue
        if near[top, x:x + w].any() and near[bottom, x:x + w].any():
            out[labels == i] = 255
    return out


def find_tables(bw: np.ndarray, hor: np.ndarray | None = None, ver: np.ndarray | None = None) -> list[Table]:
    """Ruled tables on a levelled page's ink mask, top to bottom."""
    if hor is None or ver is None:
        hor, ver = line_masks(bw)
    klen = max(25, bw.shape[1] // 30)
    grid = cv2.dilate(cv2.bitwise_or(hor, ver), np.ones((5, 5), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(grid, connectivity=8)
    tables = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < 3 * klen or h < 10:
            continue
        sub_h = hor[y:y + h, x:x + w]
        sub_v = ver[y:y + h, x:x + w]
        join = max(2, bw.shape[1] // 250)  # a double rule's two lines: 4-6 px apart at 200 dpi
        ys = [y + p for p in _positions((sub_h > 0).sum(axis=1), klen, join)]
        xs = [x + p for p in _positions((sub_v > 0).sum(axis=0), min(klen, max(10, h // 3)), join)]
        ys = [v for v in ys if _rule(hor, v, xs, vertical=False)]
        xs = [v for v in xs if _rule(ver, v, ys, vertical=True)]
        if len(ys) < 2 or not xs:
            continue
        # the row rules run on past the outermost column line, with text beside it: a
        # side wall not printed (an open table) or cut off by the scan's edge; the rules'
        # ends close the grid
        side = max(20, klen // 3)
        if xs[0] - x > side and _text_between(bw, hor, int(x), xs[0], y, y + h):
            xs.insert(0, int(x))
        if x + w - 1 - xs[-1] > side and _text_between(bw, hor, xs[-1], int(x + w - 1), y, y + h):
            xs.append(int(x + w - 1))
        if len(xs) < 2:
            continue
        t = Table((int(x), int(y), int(x + w), int(y + h)), xs, ys)
        t.cells = _cells(t, hor, ver, bw)
        tables.append(t)
    tables.sort(key=lambda t: t.box[1])
    return tables


def ruling(bw: np.ndarray, hor: np.ndarray, ver: np.ndarray, tables: list[Table]) -> np.ndarray:
    """The tables' ruled lines: the strokes of ``hor`` / ``ver`` along their grid lines only
    (a run of text strokes elsewhere in a cell is text, not ruling), thickened by a pixel."""
    out = np.zeros_like(bw)
    pad = max(2, bw.shape[1] // 250) + 3
    for t in tables:
        x0, y0, x1, y1 = t.box
        for y in t.ys:
            a, b = max(0, y - pad), y + pad + 1
            out[a:b, x0:x1 + 1] |= hor[a:b, x0:x1 + 1]
        for x in t.xs:
            a, b = max(0, x - pad), x + pad + 1
            out[y0:y1 + 1, a:b] |= ver[y0:y1 + 1, a:b]
    return cv2.dilate(out, np.ones((3, 3), np.uint8))


def _text_between(bw: np.ndarray, hor: np.ndarray, x0: int, x1: int, y0: int, y1: int) -> bool:
    """Is there ink other than row rules in the strip x0..x1 (its walls left out)?"""
    strip = bw[y0:y1, x0 + 4:x1 - 3] & ~hor[y0:y1, x0 + 4:x1 - 3]
    return bool(strip.size) and int(np.count_nonzero(strip)) >= 30


def _rectangle(members: list[tuple[int, int]]) -> bool:
    rows = {r for r, _ in members}
    cols = {c for _, c in members}
    return len(members) == (max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1)


def _cells(t: Table, hor: np.ndarray, ver: np.ndarray, bw: np.ndarray) -> list[GridCell]:
    """Grid positions joined where no wall stands between them (union-find): no rule
    along the wall, and not the stubs of a broken one either."""
    nr, nc = len(t.ys) - 1, len(t.xs) - 1
    parent = list(range(nr * nc))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not _wall(ver, t.xs[c + 1], t.ys[r], t.ys[r + 1], vertical=True) \
                    and not _stubs(bw, t.xs[c + 1], t.ys[r], t.ys[r + 1], vertical=True):
                union(r * nc + c, r * nc + c + 1)
            if r + 1 < nr and not _wall(hor, t.ys[r + 1], t.xs[c], t.xs[c + 1], vertical=False) \
                    and not _stubs(bw, t.ys[r + 1], t.xs[c], t.xs[c + 1], vertical=False):
                union(r * nc + c, (r + 1) * nc + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            groups.setdefault(find(r * nc + c), []).append((r, c))
    cells = []
    for members in groups.values():
        if not _rectangle(members):
            # walls missing in an L (a row shorter than the rest ending beside a cell
            # merged down): one cell per row run, so that no cell's box takes in the
            # positions, and the text, of other cells
            runs: list[list[tuple[int, int]]] = []
            for r, c in sorted(members):
                if runs and runs[-1][-1] == (r, c - 1):
                    runs[-1].append((r, c))
                else:
                    runs.append([(r, c)])
            for run in runs:
                (r, c0), c1 = run[0], run[-1][1]
                cells.append(GridCell(r, c0, 1, c1 - c0 + 1, (t.xs[c0], t.ys[r], t.xs[c1 + 1], t.ys[r + 1])))
            continue
        r0 = min(r for r, _ in members)
        r1 = max(r for r, _ in members)
        c0 = min(c for _, c in members)
        c1 = max(c for _, c in members)
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1,
                              (t.xs[c0], t.ys[r0], t.xs[c1 + 1], t.ys[r1 + 1])))
    return cells


def _ink_columns(band: np.ndarray, height: int) -> tuple[int, int]:
    """Left and right end of a line's ink, leaving out blots that stand apart from it with
    next to no ink (specks a character's width away)."""
    prof = band.sum(axis=0)
    cols = np.flatnonzero(prof > 0)
    runs, start, prev = [], cols[0], cols[0]
    for c in cols[1:]:
        if c - prev > 0.6 * height:
            runs.append((start, prev + 1))
            start = c
        prev = c
    runs.append((start, prev + 1))
    most = max(int(prof[a:b].sum()) for a, b in runs)
    keep = [(a, b) for a, b in runs if prof[a:b].sum() >= 0.05 * most]
    return keep[0][0], keep[-1][1]


def line_crops(gray: np.ndarray, text_ink: np.ndarray, box: tuple[int, int, int, int],
               inset: int = 3) -> list[np.ndarray]:
    """The text lines inside ``box`` (ruling excluded), each cropped to its ink and padded.

    ``text_ink`` is the page's ink with the ruled strokes removed."""
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    if x1 - x0 < 3 or y1 - y0 < 3:
        return []
    sub = text_ink[y0:y1, x0:x1]
    rows = np.flatnonzero(sub.sum(axis=1) > 0)
    if not len(rows):
        return []
    bands, start, prev = [], rows[0], rows[0]
    for r in rows[1:]:
        if r > prev + 1:
            bands.append((start, prev + 1))
            start = r
        prev = r
    bands.append((start, prev + 1))
    # a speck (dust, a cut stroke) is no line; a band much thinner than the tallest is
    # part of a neighbour (the dot of a punctuation mark, a stroke split off by the gap)
    # a band much thinner than the tallest is either a speck (little ink: dropped) or part
    # of a neighbour (the dot of a punctuation mark, a stroke split off by the gap: joined)
    tallest = max(b - a for a, b in bands)
    most = max(int(sub[a:b].sum()) for a, b in bands)
    bands = [(a, b) for a, b in bands if b - a >= 0.35 * tallest or sub[a:b].sum() >= 0.04 * most]
    merged: list[list[int]] = []
    for a, b in bands:
        if merged and (b - a < 0.35 * tallest or merged[-1][1] - merged[-1][0] < 0.35 * tallest) \
                and a - merged[-1][1] < 0.3 * tallest:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    crops = []
    for a, b in merged:
        if b - a < 4 or sub[a:b].sum() < 255 * 6:
            continue
        ca, cb = _ink_columns(sub[a:b], b - a)
        pad = max(4, (b - a) // 3)
        crop = gray[y0 + a:y0 + b, x0 + ca:x0 + cb]
        clean = np.where(sub[a:b, ca:cb] > 0, crop, 255).astype(np.uint8)  # ruling fragments out
        crops.append(cv2.copyMakeBorder(clean, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255))
    return crops
