"""Exact PDF layouts drawn with reportlab, for the PDF reader's tests.

A table is given as a grid: ``xs`` (column edges), ``rows`` of (height, [cells]) where a
cell is ``(text, col, rowspan, colspan)``; a cell's text may hold ``\\n`` for its printed
lines (so a label broken over lines is written as the file shows it). ``draw_table`` puts
it on the page at ``top`` (points from the page top) with or without ruling lines; the
lines of a cell's text are centred on the cell's height (``valign="middle"``) or start at
its top. ``pdf(path, pages)`` writes pages, each a list of callables taking the canvas.
"""
from __future__ import annotations

from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0
FONT = "STSong-Light"
SIZE = 9.0
LEAD = 12.0
PAD = 3.0


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics.stringWidth


def text(x: float, top: float, s: str, size: float = SIZE):
    def op(c):
        c.setFont(FONT, size)
        c.drawString(x, PAGE_H - top - size * 0.88, s)
    return op


def draw_table(xs, rows, top: float, ruled: bool = True, valign: str = "middle", numbers: str = "centre"):
    """Ops drawing a grid table; returns (ops, bottom)."""
    sw = _font()
    ys = [top]
    for h, _ in rows:
        ys.append(ys[-1] + h)
    ops = []
    for r, (_, cells) in enumerate(rows):
        for txt, col, rowspan, colspan in cells:
            x0, x1 = xs[col], xs[col + colspan]
            y0, y1 = ys[r], ys[r + rowspan]
            if ruled:
                ops.append(lambda c, a=x0, b=y0, w=x1 - x0, h=y1 - y0: c.rect(a, PAGE_H - b - h, w, h, stroke=1, fill=0))
            lines = txt.split("\n") if txt else []
            start = y0 + PAD if valign == "top" else (y0 + y1 - len(lines) * LEAD) / 2
            for i, ln in enumerate(lines):
                w = sw(ln, FONT, SIZE)
                if ln.replace(".", "").isdigit():
                    x = (x0 + x1 - w) / 2 if numbers == "centre" else x1 - PAD - w
                else:
                    x = x0 + PAD
                ops.append(text(x, start + i * LEAD + (LEAD - SIZE) / 2, ln))
    return ops, ys[-1]


def pdf(path: Path, pages: list[list]) -> Path:
    from reportlab.pdfgen import canvas

    _font()
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setLineWidth(0.5)
    for ops in pages:
        for op in ops:
            op(c)
        c.showPage()
    c.save()
    return path
