"""What a PDF page holds, through pdfium (pypdfium2, Apache-2.0 / BSD-3-Clause): text runs
with their boxes, and the ruling lines drawn on the page.

Coordinates are PDF points with the origin at the page's top-left (``top`` grows down).

* ``runs(textpage)``: characters on one line with no gap between them, with their box
  and each character's middle (so a run can be cut at a cell border). The page's text
  comes in one C call and each character's box in one more (about 3 µs a character).
* ``rules(page)``: horizontal and vertical ruling lines, from path objects (and the paths
  inside form objects): a stroked or filled path thinner than ``_THIN`` in one direction is
  a line; a stroked rectangle gives its four edges; other stroked paths give their straight
  horizontal and vertical segments.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as R

_THIN = 2.5  # points: a path this thin in one direction is a ruling line


@dataclass(slots=True)
class Run:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    centres: list[float] | None = None  # x of each character's middle, when known

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Rule:
    """A horizontal (``h``) line at ``at`` from ``a`` to ``b``, or a vertical one."""
    h: bool
    at: float
    a: float
    b: float


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(data)


def _radicals() -> dict[int, str]:
    """Kangxi and supplementary radicals and CJK compatibility ideographs as the unified
    ideograph they stand for (some fonts map 一 to ⼀ U+2F00): one character for one, so
    the text's length is kept."""
    import unicodedata

    out = {}
    for cp in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]:
        norm = unicodedata.normalize("NFKC", chr(cp))
        if len(norm) == 1 and norm != chr(cp):
            out[cp] = norm
    return out


_RADICALS = _radicals()


def _dedupe(runs: list[Run]) -> list[Run]:
    """Text printed twice at almost the same place (bold faked by overprinting) once."""
    seen: set[tuple] = set()
    out = []
    for r in runs:
        key = (r.text, round(r.x0), round(r.top))
        near = {(r.text, round(r.x0) + dx, round(r.top) + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
        if seen & near:
            continue
        seen.add(key)
        out.append(r)
    return out


def runs(textpage, to_page) -> list[Run]:
    """The page's characters grouped into runs: neighbours on one line with no gap.

    The text comes in one call (``FPDFText_GetText``) and each character's box in one
    more (``FPDFText_GetLooseCharBox``: the font's height, so a line's characters share
    it); a run ends at white space, at a gap wider than a third of the height, and where
    the next character is not to the right on the same line."""
    raw = textpage.raw
    n = R.FPDFText_CountChars(raw)
    if n <= 0:
        return []
    buf = (ctypes.c_ushort * (n + 1))()
    R.FPDFText_GetText(raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = ctypes.string_at(buf, 2 * n).decode("utf-16-le", errors="replace")
    if len(text) != n:  # characters outside the BMP: one code point each, one by one
        text = "".join(chr(R.FPDFText_GetUnicode(raw, i) or 32) for i in range(n))
    text = text.translate(_RADICALS)
    box = R.FS_RECTF()
    pbox = ctypes.byref(box)
    loose = R.FPDFText_GetLooseCharBox
    out: list[Run] = []
    cur: list[str] = []
    cx: list[float] = []
    x0 = x1 = top = bottom = last = 0.0
    for i, ch in enumerate(text):
        if ch.isspace() or ch < " ":
            if cur:
                out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
                cur, cx = [], []
            continue
        loose(raw, i, pbox)
        p, q = to_page(box.left, box.top), to_page(box.right, box.bottom)
        a, b = (p[0], q[0]) if p[0] <= q[0] else (q[0], p[0])
        t, btm = (p[1], q[1]) if p[1] <= q[1] else (q[1], p[1])
        if cur:
            h = bottom - top
            mid = (t + btm) / 2
            if ch == cur[-1] and abs(a - last) < 0.25 * max(b - a, 1.0):
                continue  # the same character overprinted (faked bold)
            if a < x1 - 0.5 * h or a - x1 > 0.33 * h or not (top <= mid <= bottom):
                out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
                cur, cx = [], []
        if not cur:
            x0, top, bottom = a, t, btm
        x1, last = b, a
        cur.append(ch)
        cx.append((a + b) / 2)
    if cur:
        out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
    return _dedupe(out)


def display(page):
    """(to_page, height): ``to_page`` maps PDF user space (x, y) to the page as shown,
    (x, top) after the page's /Rotate (a landscape table page reads left to right, top to
    bottom); ``height`` is the shown page's height."""
    left, bottom, right, top = page.get_mediabox()
    w, h = right - left, top - bottom
    rot = page.get_rotation() % 360
    if rot == 90:
        return (lambda x, y: (y - bottom, x - left)), w
    if rot == 180:
        return (lambda x, y: (w - (x - left), y - bottom)), h
    if rot == 270:
        return (lambda x, y: (h - (y - bottom), w - (x - left))), w
    return (lambda x, y: (x - left, h - (y - bottom))), h


def rules(page, to_page) -> list[Rule]:
    """Ruling lines of the page as shown (``to_page`` from ``display``)."""
    found: list[Rule] = []
    _collect(page.raw, R.FPDFPage_CountObjects, R.FPDFPage_GetObject, to_page, None, found, 0)
    return found


def _compose(m, parent):
    """The matrix m (a b c d e f) followed by parent."""
    if parent is None:
        return m
    a, b, c, d, e, f = m
    pa, pb, pc, pd, pe, pf = parent
    return (a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd,
            e * pa + f * pc + pe, e * pb + f * pd + pf)


def _matrix(obj):
    m = R.FS_MATRIX()
    if not R.FPDFPageObj_GetMatrix(obj, m):
        return None
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _collect(holder, count, get, to_page, parent, found: list, depth: int) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(count(holder)):
        obj = get(holder, i)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_FORM and depth < 4:
            m = _matrix(obj)
            if m is not None:
                _collect(obj, R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, to_page,
                         _compose(m, parent), found, depth + 1)
            continue
        if kind != R.FPDF_PAGEOBJ_PATH:
            continue
        m = _matrix(obj)
        if m is None:
            continue
        R.FPDFPath_GetDrawMode(obj, fill, stroke)
        _paths(obj, _compose(m, parent), to_page, bool(stroke.value), found)


def _paths(obj, m, to_page, stroked: bool, found: list) -> None:
    """Lines from a path's subpaths: a thin rectangle (stroked or filled) is one line; a
    stroked rectangle gives its four edges; other stroked subpaths their straight
    horizontal and vertical pieces. A filled wide box (shading) gives none."""
    n = R.FPDFPath_CountSegments(obj)
    if n <= 0 or n > 20000:
        return
    a, b, c, d, e, f = m
    x, y = ctypes.c_float(), ctypes.c_float()
    sub: list[tuple[float, float]] = []
    curved = False

    def close_sub():
        if len(sub) >= 2:
            _subpath(sub, curved, stroked, found)

    for i in range(n):
        seg = R.FPDFPath_GetPathSegment(obj, i)
        R.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = to_page(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = R.FPDFPathSegment_GetType(seg)
        if kind == R.FPDF_SEGMENT_MOVETO:
            close_sub()
            sub, curved = [(px, py)], False
            continue
        curved = curved or kind == R.FPDF_SEGMENT_BEZIERTO
        sub.append((px, py))
        if R.FPDFPathSegment_GetClose(seg) and sub:
            sub.append(sub[0])
    close_sub()


def _subpath(pts, curved: bool, stroked: bool, found: list) -> None:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    w, h = x1 - x0, bottom - top
    if w < _THIN and h < _THIN:
        return
    axis = all(abs(p[0] - q[0]) < 0.5 or abs(p[1] - q[1]) < 0.5 for p, q in zip(pts, pts[1:]))
    if h < _THIN and (axis or not curved):
        found.append(Rule(True, (top + bottom) / 2, x0, x1))
    elif w < _THIN and (axis or not curved):
        found.append(Rule(False, (x0 + x1) / 2, top, bottom))
    elif stroked and not curved:
        for p, q in zip(pts, pts[1:]):
            _add(p, q, found)


def _add(p, q, found: list) -> None:
    (ax, ay), (bx, by) = p, q
    if abs(ay - by) < 0.5 and abs(ax - bx) >= _THIN:
        found.append(Rule(True, (ay + by) / 2, min(ax, bx), max(ax, bx)))
    elif abs(ax - bx) < 0.5 and abs(ay - by) >= _THIN:
        found.append(Rule(False, (ax + bx) / 2, min(ay, by), max(ay, by)))
