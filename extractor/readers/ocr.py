"""Scanned pages read offline by OCR (the optional extra ``pip install 'nianbao[ocr]'``).

RapidOCR (``rapidocr-onnxruntime``) ships its Chinese detection and recognition models
inside the wheel, so nothing is downloaded. A page image becomes layout items in page
order, which ``Layout`` turns into the same text and cell stream the PDF reader makes from
a text layer, so sections, tables, narrative and spans work unchanged:

* a colour page is made grey with its red ink (a seal over the contact table, the signature,
  the title's date) as pale as the paper, the print under it kept (``ocr_marks.without_seal``);
* the page is levelled first (``ocr_grid.deskew``);
* ruled tables are found from their lines (``ocr_grid.find_tables``); every cell is read
  on its own crop, line by line, by the recogniser alone (``ocr_rec``: a detector on the
  whole page drops a lone ``0``); a merged cell is one cell, at its first grid position;
  every cell keeps its recognition confidence (``Cell.confidence``, the lowest of its
  lines) and, for a number, its other readings (``Cell.alternatives``); a cell it read
  nothing in is ``Cell.ocr_blank`` (a lost lone 0: its table is never verified); a number
  cell whose reading and print disagree on a decimal point (``ocr_marks.points`` on the ink
  before despeckling) is unsure, the printed point's reading first among its alternatives;
  a cell read as Latin text (an e-mail, a website) is never re-read as a number;
* the text outside tables is detected and recognised as lines, then joined into paragraphs
  as the PDF reader does (a line that runs to the right margin goes on in the next one
  unless that is indented or opens a heading); page numbers in the margins are dropped;
* a table whose next fragment opens the next page at the same left and right edges keeps
  its index; the rest of a merged label and the tail of a row cut by the page break are
  joined as the PDF reader joins them.

``progress(callback)`` sets, for the reads inside it, a function called after every page
with ``(page, pages, seconds)``; the CLI prints it to stderr.
"""
from __future__ import annotations

import contextlib
import contextvars
import io
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..document import Document
from . import ReadError
from ._layout import Layout, clean, is_cjk
from .ocr_rec import NUMBER, engine, recognise

EXTRA_FIX = ("install the OCR extra to read it: pip install 'nianbao[ocr]' "
             "(or OCR it yourself, e.g. with ocrmypdf, and read the OCR'd PDF)")
SCANNED_PDF = "is a scanned PDF with no text layer"
IMAGE = "is a scanned page (an image)"
RENDER_DPI = 200  # a PDF page without text layer is rendered at this resolution
from ..document import UNSURE  # noqa: E402  (a cell recognised below it is unsure: its table is doubtful)

_PAGE_NO = re.compile(
    r"^[-—–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–_\s]*$"
    r"|^[-—–\s]*(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-—–\s]*$")
_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_MARGIN = 0.08  # share of the page height, top and bottom, where page numbers live

Progress = Callable[[int, int, float], None]
_progress: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("nianbao_ocr_progress",
                                                                            default=None)


@contextlib.contextmanager
def progress(callback: Progress | None) -> Iterator[None]:
    """Call ``callback(page, pages, seconds)`` after each OCR'd page read inside this block."""
    token = _progress.set(callback)
    try:
        yield
    finally:
        _progress.reset(token)


def available() -> bool:
    try:
        import cv2  # noqa: F401
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


EXTRA_ZH = "是扫描件（没有文字层），需要安装 OCR 组件才能读取：pip install 'nianbao[ocr]'"


def _require(path, what: str) -> None:
    if not available():
        raise ReadError(path, what, EXTRA_FIX, zh=EXTRA_ZH)


# --- one page image -> items -------------------------------------------------------------

@dataclass
class TextLine:
    top: float
    x0: float
    x1: float
    height: float
    text: str
    confidence: float


@dataclass
class TableCell:
    x0: float
    x1: float
    text: str  # "\n" between the cell's lines
    confidence: float | None  # None: a blank cell
    alternatives: list[str] = field(default_factory=list)  # other readings of a number


@dataclass
class TableItem:
    top: float
    x0: float
    x1: float
    rows: list[list[TableCell]] = field(default_factory=list)


@dataclass
class Page:
    """One OCR'd page: its lines and tables (each in page order), and how it was levelled."""

    width: int
    height: int
    skew: float
    lines: list[TextLine]
    tables: list[TableItem]


MISSED_SURE = 0.9  # ink the detector left, read as text only this sure (dust, a shadow's edge read as words: never)
_DET_WIDTH = 1100  # text is detected on the page scaled to this width (recognised at full size)


def _text_lines(gray, mask_boxes) -> list[TextLine]:
    """Detected text outside the tables, grouped into lines (boxes sharing a baseline)."""
    import cv2
    import numpy as np

    from . import ocr_grid as grid
    from . import ocr_marks as marks

    img = gray.copy()
    for x0, y0, x1, y1 in mask_boxes:
        img[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = 255
    ys, xs = np.nonzero(grid.ink(img)) if (img < 128).any() else ((), ())
    if not len(ys):
        return []
    pad = 20
    oy, ox = max(0, int(ys.min()) - pad), max(0, int(xs.min()) - pad)
    region = img[oy:int(ys.max()) + pad, ox:int(xs.max()) + pad]
    scale = min(1.0, _DET_WIDTH / gray.shape[1])
    small = cv2.resize(region, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else region
    if min(small.shape) < 32:
        small = cv2.copyMakeBorder(small, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)
        ox, oy = ox - 16 / scale, oy - 16 / scale
    dt_boxes, _ = engine().text_det(cv2.cvtColor(small, cv2.COLOR_GRAY2BGR))
    rects = []
    for pts in dt_boxes if dt_boxes is not None else []:
        x0 = max(0, int(min(p[0] for p in pts) / scale + ox))
        x1 = int(max(p[0] for p in pts) / scale + ox) + 1
        y0 = max(0, int(min(p[1] for p in pts) / scale + oy))
        y1 = int(max(p[1] for p in pts) / scale + oy) + 1
        if x1 - x0 > 2 and y1 - y0 > 2:
            rects.append((y0, y1, x0, x1))
    texts = recognise([gray[y0:y1, x0:x1] for y0, y1, x0, x1 in rects])
    boxes = [[*r, t, s] for r, (t, s, _) in zip(rects, texts) if t.strip()]
    missed = marks.unread_ink(grid.ink(img), rects)
    if missed:
        again = recognise([gray[y0:y1, x0:x1] for y0, y1, x0, x1 in missed])
        boxes += [[*r, t, s] for r, (t, s, _) in zip(missed, again)
                  if s >= MISSED_SURE and any(is_cjk(c) or c.isdigit() for c in t)]
    boxes.sort(key=lambda b: (b[0] + b[1]) / 2)
    groups: list[list[list]] = []
    for b in boxes:
        mid = (b[0] + b[1]) / 2
        g = groups[-1] if groups else None
        if g and abs(mid - sum((x[0] + x[1]) / 2 for x in g) / len(g)) < 0.5 * (b[1] - b[0]):
            g.append(b)
        else:
            groups.append([b])
    lines = []
    for g in groups:
        g.sort(key=lambda b: b[2])
        lines.append(TextLine(top=min(b[0] for b in g), x0=g[0][2], x1=max(b[3] for b in g),
                              height=max(b[1] - b[0] for b in g),
                              text=" ".join(b[4] for b in g), confidence=min(b[5] for b in g)))
    return lines


def _recognise_cells(crops: list) -> list[tuple[str, float, list[str]]]:
    """Table cells' line crops recognised as numbers. A crop with ink the recogniser reads as
    nothing (a lone ``0`` in a narrow cell: the model sees one small glyph with no space around
    it) is read again with white margins beside it, as wide as the crop is high and then twice
    that; what the retry reads keeps its own confidence, so a doubtful digit still makes its table
    doubtful; a crop read as nothing again, or as anything but a number, stays blank (an OCR
    blank: never verified)."""
    import cv2

    out = recognise(crops, numeric=True)
    for pad in (1, 2):
        blank = [i for i, (text, _, _) in enumerate(out) if not text]
        if not blank:
            break
        again = recognise([cv2.copyMakeBorder(crops[i], 0, 0, pad * crops[i].shape[0], pad * crops[i].shape[0],
                                              cv2.BORDER_CONSTANT, value=255) for i in blank], numeric=True)
        for i, got in zip(blank, again):
            if NUMBER.match(got[0]):   # a number only: a speck read as a word is no cell's text
                out[i] = got
    return out


POINT_DOUBT = 0.5  # a number cell's confidence at most, when its decimal point and the print disagree


def _check_point(cell: TableCell, marks: list[tuple[int, str]] | None) -> None:
    """A number cell whose reading and print disagree on a decimal point (family: a point lost
    by the recogniser or as a speck, 39.98 read 3998; a speck read as a point): its confidence
    at most ``POINT_DOUBT`` (its table is never verified), and the reading with the printed
    point (after as many digits as glyphs stand left of it) first among its other readings.
    A comma changes no value; marks not made out (None) change nothing."""
    if marks is None:
        return
    dots = [k for k, kind in marks if kind == "."]
    text = cell.text
    if ("." in text) == bool(dots):
        return
    cell.confidence = POINT_DOUBT if cell.confidence is None else min(cell.confidence, POINT_DOUBT)
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if dots and "." not in text and len(dots) == 1 and 0 < dots[0] < len(digits):
        at = digits[dots[0]]
        alt = text[:at].replace(",", "") + "." + text[at:].replace(",", "")
        cell.alternatives = [alt] + [a for a in cell.alternatives if a != alt]


def read_page(image) -> Page:
    """OCR one page image (a PIL image or a numpy array, any mode)."""
    import numpy as np

    from . import ocr_grid as grid
    from . import ocr_marks as marks

    if hasattr(image, "convert"):  # a colour page: its red seal dropped (ocr_marks.without_seal)
        image = _page_mode(image)
    arr = np.asarray(image)
    raw = marks.without_seal(arr) if arr.ndim == 3 else grid.to_gray(arr)
    gray, skew = grid.deskew(grid.despeckle(raw))
    bw = grid.ink(gray)
    hor, ver = grid.line_masks(bw)
    tables = grid.find_tables(bw, hor, ver)
    import cv2

    rule = cv2.bitwise_not(grid.ruling(bw, hor, ver, tables))
    text_ink = cv2.bitwise_and(bw, rule)
    # the page's ink before specks were dropped: a decimal point is as small as a speck
    raw_ink = cv2.bitwise_and(grid.ink(grid.level(raw, skew)), rule) if tables else None
    crops, owners = [], []  # owners[i] = (table, row, cell) of crops[i]
    items: list[TableItem] = []
    boxes: list[tuple[TableCell, tuple[int, int, int, int]]] = []   # each cell with its grid box
    for ti, t in enumerate(tables):
        item = TableItem(top=t.box[1], x0=t.box[0], x1=t.box[2])
        for ri, row in enumerate(t.rows()):
            cells = []
            for ci, c in enumerate(row):
                cells.append(TableCell(c.box[0], c.box[2], "", None))
                boxes.append((cells[-1], c.box))
                for crop in grid.line_crops(gray, text_ink, c.box):
                    crops.append(crop)
                    owners.append((ti, ri, ci))
            item.rows.append(cells)
        items.append(item)
    for (ti, ri, ci), (text, score, alts) in zip(owners, _recognise_cells(crops)):
        cell = items[ti].rows[ri][ci]
        cell.alternatives = [] if cell.text else alts  # of a one-line cell only
        cell.text = f"{cell.text}\n{text}" if cell.text else text
        cell.confidence = score if cell.confidence is None else min(cell.confidence, score)
    for cell, (x0, y0, x1, y1) in boxes:
        if cell.text and "\n" not in cell.text and NUMBER.match(cell.text):
            _check_point(cell, marks.points(raw_ink[y0 + 3:y1 - 3, x0 + 3:x1 - 3]))
    lines = _text_lines(gray, [t.box for t in tables])
    h, w = gray.shape
    lines = [ln for ln in lines if not (_PAGE_NO.match(ln.text) and (
        ln.top < h * _MARGIN or ln.top + ln.height > h * (1 - _MARGIN)))]
    return Page(w, h, skew, lines, items)


# --- pages -> Layout -----------------------------------------------------------------------

class Assembler:
    """Lays out OCR'd pages (in order) into a ``Layout``, joining what page breaks cut."""

    def __init__(self, out: Layout | None = None) -> None:
        self.out = out if out is not None else Layout()
        self.para: list[str] = []
        self.para_open = False
        self.rows: list[list[TableCell]] = []
        self.edges: tuple[float, float, float] | None = None  # x0, x1, page width of the open table
        self.page_ended_in_table = False

    def flush(self) -> None:
        if self.para:
            self.out.para("\n".join(self.para))
        self.para, self.para_open = [], False

    def close_table(self) -> None:
        if self.edges is not None:
            index = self.out.new_table()
            for row in self.rows:
                n = len(self.out.cells)
                self.out.row([c.text for c in row], index)
                for cell, src in zip(self.out.cells[n:], row):
                    cell.confidence = None if cell.blank or src.confidence is None else round(src.confidence, 3)
                    cell.alternatives = list(src.alternatives) if not cell.blank else []
                    cell.ocr_blank = cell.blank
        self.rows, self.edges = [], None

    def finish(self) -> Layout:
        self.flush()
        self.close_table()
        return self.out

    def _line(self, ln: TextLine, left: float, right: float) -> None:
        self.close_table()
        indented = ln.x0 > left + 0.6 * ln.height
        if not (self.para_open and not indented and not _ENUM.match(ln.text)):
            self.flush()
        self.para.append(ln.text)
        self.para_open = ln.x1 >= right - 2.0 * ln.height

    def _table(self, t: TableItem, width: int, first_on_page: bool) -> None:
        self.flush()
        tol = 0.01 * width
        cont = (first_on_page and self.page_ended_in_table and self.edges is not None
                and abs(self.edges[0] / self.edges[2] * width - t.x0) < tol
                and abs(self.edges[1] / self.edges[2] * width - t.x1) < tol)
        if not cont:
            self.close_table()
        self.edges = (t.x0, t.x1, width)
        rows = [list(r) for r in t.rows]
        if cont and rows:
            first = rows[0]
            while first and not clean(first[0].text):
                first.pop(0)  # the rest of a merged label cut by the page break
            if self.rows and _tail_of(first, self.rows[-1], tol):
                rows.pop(0)
        self.rows.extend(r for r in rows if r)

    def page(self, page: Page) -> None:
        items: list[tuple[float, int, object]] = [(ln.top, 0, ln) for ln in page.lines]
        items += [(t.top, 1, t) for t in page.tables]
        items.sort(key=lambda it: (it[0], it[1]))
        if page.lines:
            # margins from the bulk of the lines: a detected box's ends wander by a
            # character's width, and one stray box must not move the margin
            xs0 = sorted(ln.x0 for ln in page.lines)
            xs1 = sorted(ln.x1 for ln in page.lines)
            left = xs0[len(xs0) // 4]
            right = xs1[min(len(xs1) - 1, len(xs1) * 9 // 10)]
        for n, (_, kind, obj) in enumerate(items):
            if kind == 1:
                self._table(obj, page.width, first_on_page=n == 0)
            else:
                self._line(obj, left, right)
        self.page_ended_in_table = bool(items) and items[-1][1] == 1


def _tail_of(row: list[TableCell], prev: list[TableCell], tol: float) -> bool:
    """A row the page break cut in two: join its texts into ``prev`` and say so (as pdf.py)."""
    filled = [c for c in row if clean(c.text)]
    if not filled or any(NUMBER.match(clean(c.text)) or _ENUM.match(clean(c.text)) for c in filled):
        return False
    match = []
    for c in filled:
        cell = next((p for p in prev if abs(p.x0 - c.x0) < tol and abs(p.x1 - c.x1) < tol), None)
        if cell is None or not clean(cell.text):
            return False
        match.append((cell, c))
    for cell, c in match:
        cell.text = cell.text + "\n" + c.text
        if c.confidence is not None:
            cell.confidence = c.confidence if cell.confidence is None else min(cell.confidence, c.confidence)
    return True


# --- files ---------------------------------------------------------------------------------

def read_images(path, images: Iterable, page_numbers: list[int], out: Layout | None = None,
                assembler: Assembler | None = None) -> Assembler:
    """OCR page images in order into an ``Assembler`` (a new one unless given)."""
    _require(path, "has scanned pages (no text layer)")
    asm = assembler or Assembler(out)
    report = _progress.get()
    total = len(page_numbers)
    for k, (image, no) in enumerate(zip(images, page_numbers)):
        t0 = time.perf_counter()
        asm.page(read_page(image))
        if report is not None:
            report(k + 1, total, time.perf_counter() - t0)
    return asm


def _pdf_pages(data: bytes, numbers: list[int]):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for no in numbers:
            page = pdf[no - 1]
            yield page.render(scale=RENDER_DPI / 72).to_pil()  # in colour: a red seal is told from print
            page.close()
    finally:
        pdf.close()


def ocr_pdf_pages(path, data: bytes, numbers: list[int], out: Layout | None = None) -> Layout:
    """OCR the given pages (1-based) of a PDF into ``out`` (a new Layout unless given)."""
    return read_images(path, _pdf_pages(data, numbers), numbers, out).finish()


def read_scanned_pdf(path, data: bytes, pages: int) -> Document:
    """A PDF whose pages all lack a text layer, read by OCR."""
    _require(path, SCANNED_PDF)
    numbers = list(range(1, pages + 1))
    layout = ocr_pdf_pages(path, data, numbers)
    return _document(path, "pdf", layout, numbers)


def read_image(path, data: bytes) -> Document:
    """A png / jpg / tiff file (a multi-page TIFF page by page) read by OCR."""
    _require(path, IMAGE)
    frames = image_frames(path, data)
    numbers = list(range(1, len(frames) + 1))
    layout = read_images(path, frames, numbers).finish()
    return _document(path, "image", layout, numbers)


def image_frames(path, data: bytes) -> list:
    """The pages of an image file as PIL images, grey or colour as scanned (a multi-page TIFF has
    several); ``read_page`` makes them grey, a red seal dropped."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(data))
        return [_page_mode(ImageOps.exif_transpose(f)) for f in ImageSequence.Iterator(img)]
    except (UnidentifiedImageError, OSError) as e:
        raise ReadError(path, f"is not a readable image ({e})", "re-export or re-scan the file",
                        zh="不是可读取的图片（文件可能已损坏），请重新导出或重新扫描") from None


def _page_mode(frame):
    """A frame as ``L``, or as ``RGB`` when it has colour (a seal to tell from the print)."""
    grey = frame.mode in ("1", "L", "LA", "I", "I;16", "F")
    return frame.convert("L" if grey else "RGB")


def _document(path, fmt: str, layout: Layout, numbers: list[int]) -> Document:
    unsure = sum(1 for c in layout.cells if c.confidence is not None and c.confidence < UNSURE)
    pages = ", ".join(map(str, numbers))
    warning = f"{path}: page(s) {pages} read by OCR (scanned): check figures of low confidence"
    if unsure:
        warning += f"; {unsure} table cell(s) were recognised with confidence below {UNSURE}"
    return Document(path=str(path), format=fmt, text=layout.text, sha256="", cells=layout.cells,
                    structured=True, warnings=[warning], ocr_pages=numbers)
