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


def runs(textpage, height: float) -> list[Run]:
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
    box = R.FS_RECTF()
    pbox = ctypes.byref(box)
    loose = R.FPDFText_GetLooseCharBox
    out: list[Run] = []
    cur: list[str] = []
    cx: list[float] = []
    x0 = x1 = top = bottom = 0.0
    for i, ch in enumerate(text):
        if ch.isspace() or ch < " ":
            if cur:
                out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
                cur, cx = [], []
            continue
        loose(raw, i, pbox)
        a, b = box.left, box.right
        t, btm = height - box.top, height - box.bottom
        if cur:
            h = bottom - top
            mid = (t + btm) / 2
            if a < x1 - 0.5 * h or a - x1 > 0.33 * h or not (top <= mid <= bottom):
                out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
                cur, cx = [], []
        if not cur:
            x0, top, bottom = a, t, btm
        x1 = b
        cur.append(ch)
        cx.append((a + b) / 2)
    if cur:
        out.append(Run(x0, top, x1, bottom, "".join(cur), cx))
    return out


def rules(page, height: float) -> list[Rule]:
    found: list[Rule] = []
    _collect(page.raw, R.FPDFPage_CountObjects, R.FPDFPage_GetObject, height, found, 0)
    return found


def _collect(holder, count, get, height: float, found: list, depth: int) -> None:
    fl, fb, fr, ft = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(count(holder)):
        obj = get(holder, i)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_FORM and depth < 4:
            _collect(obj, R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, height, found, depth + 1)
            continue
        if kind != R.FPDF_PAGEOBJ_PATH:
            continue
        if not R.FPDFPageObj_GetBounds(obj, fl, fb, fr, ft):
            continue
        x0, x1, top, bottom = fl.value, fr.value, height - ft.value, height - fb.value
        w, h = x1 - x0, bottom - top
        if w < _THIN and h < _THIN:
            continue
        if h < _THIN:
            found.append(Rule(True, (top + bottom) / 2, x0, x1))
            continue
        if w < _THIN:
            found.append(Rule(False, (x0 + x1) / 2, top, bottom))
            continue
        R.FPDFPath_GetDrawMode(obj, fill, stroke)
        if not stroke.value:
            continue  # a filled box (shading) is no ruling line
        _edges(obj, height, found)


def _edges(obj, height: float, found: list) -> None:
    """The straight horizontal and vertical segments of a stroked path, in page space."""
    m = R.FS_MATRIX()
    if not R.FPDFPageObj_GetMatrix(obj, m):
        return
    n = R.FPDFPath_CountSegments(obj)
    if n > 400:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    start = prev = None
    for i in range(n):
        seg = R.FPDFPath_GetPathSegment(obj, i)
        R.FPDFPathSegment_GetPoint(seg, x, y)
        px = m.a * x.value + m.c * y.value + m.e
        py = height - (m.b * x.value + m.d * y.value + m.f)
        kind = R.FPDFPathSegment_GetType(seg)
        if kind == R.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if prev is not None and kind == R.FPDF_SEGMENT_LINETO:
            _add(prev, (px, py), found)
        prev = (px, py)
        if R.FPDFPathSegment_GetClose(seg) and start is not None:
            _add(prev, start, found)
            prev = start


def _add(p, q, found: list) -> None:
    (ax, ay), (bx, by) = p, q
    if abs(ay - by) < 0.5 and abs(ax - bx) >= _THIN:
        found.append(Rule(True, (ay + by) / 2, min(ax, bx), max(ax, bx)))
    elif abs(ax - bx) < 0.5 and abs(ay - by) >= _THIN:
        found.append(Rule(False, (ax + bx) / 2, min(ay, by), max(ay, by)))
