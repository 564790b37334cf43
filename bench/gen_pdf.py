"""A spec typeset straight to PDF with reportlab: exact layouts LibreOffice does not make.

``render_pdf(spec, ruled=True, narrow_label=False, filler=0, valign="top")`` lays out the
spec's blocks on A4 pages: paragraphs wrapped at the text width (first line indented two
characters), headings, and the template tables as grids whose label cells wrap at their
column's width. Page breaks fall where the page is full, also inside a table: a row that
does not fit is split line by line (the rest of a wrapped label opens the next page), a
tall merged cell is cut in two with its text lines on either side, and the header is not
repeated. Options give the quirks real reports show:

* ``ruled=False``: no lines at all; columns exist only in the x-positions of the text;
* ``narrow_label=True``: the first label column one character wide, so a tall merged
  label (三、本年度办理结果) is printed one character per line;
* ``filler``: paragraphs added before section 二, to move the page breaks through the
  tables (tests try several);
* ``valign="middle"``: a cell's lines centred in its height (a wrapped label's first line
  above its values), as WPS prints them.

Fonts: reportlab's built-in Adobe CID font STSong-Light (nothing embedded, nothing
downloaded); pdfium maps it to Unicode.
"""
from __future__ import annotations

import io

from .gen_tables import grid

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 62.0, 60.0, 60.0
FONT = "STSong-Light"
BODY, TABLE = 10.5, 9.0
PAD = 2.5
_CM = 28.35
WIDTHS = {4: [4.0, 3.6, 3.6, 3.6], 10: [1.2, 2.0, 3.2] + [1.35] * 7, 15: [1.0] * 15}
FILLER = "本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作，及时准确发布政策文件和解读材料，回应社会关切。"


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics.stringWidth


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Greedy wrap by character widths; a ``\\n`` in ``text`` forces a new line."""
    sw = _font()
    lines: list[str] = []
    for part in text.split("\n"):
        cur, avail = "", width - indent
        for ch in part:
            if cur and sw(cur + ch, FONT, size) > avail:
                lines.append(cur)
                cur, avail = "", width
            cur += ch
        lines.append(cur)
    return lines


class _Pages:
    def __init__(self, canvas):
        self.c = canvas
        self.y = MARGIN_TOP  # distance from the top of the page
        self.page = 1

    def room(self) -> float:
        return PAGE_H - MARGIN_BOTTOM - self.y

    def new_page(self) -> None:
        self._number()
        self.c.showPage()
        self.page += 1
        self.y = MARGIN_TOP

    def _number(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(PAGE_W / 2, 30, f"- {self.page} -")

    def text(self, x: float, top: float, s: str, size: float) -> None:
        self.c.setFont(FONT, size)
        self.c.drawString(x, PAGE_H - top - size * 0.88, s)

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)


def _paragraph(pages: _Pages, text: str, size: float, indent: bool = True, centre: bool = False) -> None:
    width = PAGE_W - 2 * MARGIN_X
    lead = size * 1.6
    first = 2 * size if indent else 0.0
    for i, ln in enumerate(wrap(text, width, size, first)):
        if pages.room() < lead:
            pages.new_page()
        x = MARGIN_X + (first if i == 0 else 0.0)
        if centre:
            x = (PAGE_W - _font()(ln, FONT, size)) / 2
        pages.text(x, pages.y, ln, size)
        pages.y += lead
    pages.y += size * 0.4


def _table(pages: _Pages, rows, ruled: bool, narrow_label: bool, valign: str) -> None:
    slots = grid(rows)
    ncols = len(slots[0])
    widths = [w * _CM for w in WIDTHS.get(ncols, [16.5 / ncols] * ncols)]
    if narrow_label and ncols == 10:
        widths[1] += widths[0] - (TABLE + 2 * PAD + 1)
        widths[0] = TABLE + 2 * PAD + 1
    scale = (PAGE_W - 2 * MARGIN_X) / sum(widths)
    widths = [w * scale for w in widths]
    xs = [MARGIN_X]
    for w in widths:
        xs.append(xs[-1] + w)
    lead = TABLE * 1.35
    # every cell's lines; row heights so each cell's lines fit its rows
    cells = []  # (r0, c0, r1, c1, lines, is a value)
    for r, srow in enumerate(slots):
        for c, slot in enumerate(srow):
            if slot is None or not slot[1]:
                continue
            cell = slot[0]
            lines = wrap(cell.text, xs[c + cell.colspan] - xs[c] - 2 * PAD, TABLE) if cell.text else []
            cells.append((r, c, r + cell.rowspan, c + cell.colspan, lines, cell.key is not None))
    heights = [lead + 2 * PAD] * len(slots)
    for r0, _, r1, _, lines, _ in sorted(cells, key=lambda x: x[2] - x[0]):
        need = len(lines) * lead + 2 * PAD
        have = sum(heights[r0:r1])
        if need > have:
            heights[r1 - 1] += need - have
    # y of every row edge on an endless page, then cut into pages
    ys = [0.0]
    for h in heights:
        ys.append(ys[-1] + h)
    # each cell's text lines at their endless-page height
    placed = []  # (top, first column, end column, text, is a value)
    for r0, c0, r1, c1, lines, value in cells:
        top, bottom = ys[r0] + PAD, ys[r1] - PAD
        if valign == "middle":
            top = (top + bottom - len(lines) * lead) / 2
        for i, ln in enumerate(lines):
            placed.append((top + i * lead, c0, c1, ln, value))
    # page cuts: the lowest height that fits the page and cuts through no text line (so a
    # row may split between its lines, and a tall merged cell between its lines)
    start = pages.y
    cuts: list[float] = []
    avail = pages.room()
    origin = 0.0
    tops = sorted({t for t, *_ in placed})
    candidates = sorted(set(ys) | set(tops) | {t + lead for t in tops})
    while ys[-1] - origin > avail:
        limit = origin + avail
        ok = [y for y in candidates if origin + lead < y <= limit
              and not any(t < y - 0.01 and y + 0.01 < t + lead for t in tops)]
        cut = max(ok) if ok else limit
        cuts.append(cut)
        origin = cut
        avail = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
    bounds = [0.0] + cuts + [ys[-1]]
    for p, (a, b) in enumerate(zip(bounds, bounds[1:])):
        if p:
            pages.new_page()
        base = (start if p == 0 else MARGIN_TOP) - a
        for top, c0, c1, ln, value in placed:
            if a <= top < b:
                w = _font()(ln, FONT, TABLE)
                x = (xs[c0] + xs[c1] - w) / 2 if value else xs[c0] + PAD  # numbers centred
                pages.text(x, base + top, ln, TABLE)
        if ruled:
            for r0, c0, r1, c1, _, _ in cells:
                t, btm = max(ys[r0], a), min(ys[r1], b)
                if t >= btm:
                    continue
                pages.c.rect(xs[c0], PAGE_H - (base + btm), xs[c1] - xs[c0], btm - t, stroke=1, fill=0)
        pages.y = base + b
    pages.y += BODY


def render_pdf(spec, ruled: bool = True, narrow_label: bool = False, filler: int = 0,
               valign: str = "top") -> bytes:
    from reportlab.pdfgen import canvas as rl_canvas

    _font()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    c.setLineWidth(0.5)
    pages = _Pages(c)
    seen_h = 0
    for kind, blk in spec.blocks:
        if kind == "title":
            for line in blk:
                _paragraph(pages, line, 16, indent=False, centre=True)
        elif kind == "h":
            seen_h += 1
            if seen_h == 2:
                for _ in range(filler):
                    _paragraph(pages, FILLER, BODY)
            _paragraph(pages, blk, BODY, indent=False)
        elif kind == "p":
            _paragraph(pages, blk, BODY)
        elif kind == "table":
            _table(pages, blk, ruled, narrow_label, valign)
        elif kind == "sign":
            for line in blk:
                _paragraph(pages, line, BODY, indent=False)
    pages._number()
    c.save()
    return buf.getvalue()
