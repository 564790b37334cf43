"""PDF files with a text layer, through pdfplumber.

Per page the reader finds the ruled tables (``page.find_tables()``), reads the text
outside them as lines (page numbers such as ``- 3 -`` or ``第3页`` in the top or bottom
margin are dropped; a line that runs to the right margin continues on the next line if
that one is not indented, so a paragraph is one line), and lays out text and tables in
page order. A covered position of a merged cell (``None`` from pdfplumber) is not
emitted; wraps inside a cell are joined (``clean``). A table whose next fragment opens
the next page at the same left and right edges keeps its index: blank cells at the start
of that fragment's first row (the rest of a merged label) are dropped, and a first row
that is only the tail of a row the break cut in two (text under cells of the last row,
no numbers, no label enumerator) is joined into that row. Text outside ruled tables
stays text: a table drawn without lines yields no cells.

A PDF with no text layer at all is a scan: ``readers/ocr.py`` reads it (the ``ocr`` extra);
without the extra the error names it.
"""
from __future__ import annotations

import io
import re

from ..document import Document
from . import ReadError
from ._layout import Layout, clean

_PAGE_NO = re.compile(
    r"^[-—–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–_\s]*$"
    r"|^[-—–\s]*(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-—–\s]*$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_MARGIN = 0.12  # share of the page height, top and bottom, where page numbers live


def _inside(obj, boxes) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


_NUMBER = re.compile(r"^[-+]?\d[\d,.]*%?$")
_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


class _Reader:
    def __init__(self) -> None:
        self.out = Layout()
        self.para: list[str] = []  # lines of the paragraph being joined
        self.para_open = False  # the last line ran to the right margin
        self.rows: list[list[list]] = []  # rows of the open table: [[x0, text], …] per row
        self.table_box: tuple[float, float] | None = None  # (x0, x1) of the open table
        self.page_ended_in_table = False

    def flush(self) -> None:
        if self.para:
            self.out.para("\n".join(self.para))
        self.para, self.para_open = [], False

    def close_table(self) -> None:
        if self.table_box is not None:
            index = self.out.new_table()
            for row in self.rows:
                self.out.row([cell[1] for cell in row], index)
        self.rows, self.table_box = [], None

    def line(self, text: str, indented: bool, full: bool) -> None:
        self.close_table()
        if not (self.para_open and not indented and not _HEADING.match(text)):
            self.flush()
        self.para.append(text)
        self.para_open = full

    def table(self, table, first_on_page: bool) -> None:
        self.flush()
        x0, _, x1, _ = table.bbox
        cont = (first_on_page and self.page_ended_in_table and self.table_box is not None
                and abs(self.table_box[0] - x0) < 3 and abs(self.table_box[1] - x1) < 3)
        if not cont:
            self.close_table()
            self.table_box = (x0, x1)
        rows = []
        for geom, texts in zip(table.rows, table.extract()):
            rows.append([[box[0], text or "", box[2]] for box, text in zip(geom.cells, texts) if box is not None])
        if cont and rows:
            first = rows[0]
            while first and not clean(first[0][1]):
                first.pop(0)  # the rest of a merged label cut by the page break
            if self.rows and self._tail_of(first, self.rows[-1]):
                rows.pop(0)
        self.rows.extend(r for r in rows if r)

    @staticmethod
    def _tail_of(row: list[list], prev: list[list]) -> bool:
        """A row the page break cut in two: merge its texts into ``prev`` and say so.

        The tail has text only in cells as wide as, and right under, cells of ``prev``
        that have text (so a heading spanning the table is no tail), no numbers, and no
        text that opens a label (一、 （三） 2.)."""
        filled = [(x, clean(t), x1) for x, t, x1 in row if clean(t)]
        if not filled or any(_NUMBER.match(t) or _ENUM.match(t) for _, t, _ in filled):
            return False
        match = []
        for x, t, x1 in filled:
            cell = next((c for c in prev if abs(c[0] - x) < 2 and abs(c[2] - x1) < 2), None)
            if cell is None or not clean(cell[1]):
                return False
            match.append((cell, t))
        for cell, t in match:
            cell[1] = cell[1] + "\n" + t
        return True

    def page(self, page) -> None:
        tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
        boxes = [t.bbox for t in tables]
        rest = page.filter(lambda o: o.get("object_type") != "char" or not _inside(o, boxes)) if boxes else page
        height = float(page.height)
        items = []
        lines = [ln for ln in rest.extract_text_lines(strip=True, return_chars=False) if ln["text"].strip()]
        lines = [ln for ln in lines if not (_PAGE_NO.match(ln["text"]) and (
            ln["top"] < height * _MARGIN or ln["bottom"] > height * (1 - _MARGIN)))]
        if lines:
            left = min(ln["x0"] for ln in lines)
            right = max(ln["x1"] for ln in lines)
        for ln in lines:
            size = max(ln["bottom"] - ln["top"], 1.0)
            items.append((ln["top"], 0, ln, size))
        for t in tables:
            items.append((t.bbox[1], 1, t, 0))
        items.sort(key=lambda it: (it[0], it[1]))
        for n, (_, kind, obj, size) in enumerate(items):
            if kind == 1:
                self.table(obj, first_on_page=n == 0)
            else:
                self.line(obj["text"], indented=obj["x0"] > left + 0.5 * size,
                          full=obj["x1"] >= right - 1.5 * size)
        self.page_ended_in_table = bool(items) and items[-1][1] == 1


class _Scanned(Exception):
    """Every page lacks a text layer: the PDF is read by OCR (readers/ocr.py)."""

    def __init__(self, pages: int):
        self.pages = pages


def read_pdf(path, data: bytes) -> Document:
    import pdfplumber

    reader = _Reader()
    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise ReadError(path, "the PDF has no pages", "re-download or re-export the file")
            blank_pages = [i + 1 for i, p in enumerate(pdf.pages) if not p.chars]
            if len(blank_pages) == len(pdf.pages):
                raise _Scanned(len(pdf.pages))
            for page in pdf.pages:
                reader.page(page)
                page.close()  # frees the page's cached objects
    except _Scanned as scan:  # OCR hook (issue 16): readers/ocr.py, or an error naming the extra
        from .ocr import read_scanned_pdf
        return read_scanned_pdf(path, data, scan.pages)
    except ReadError:
        raise
    except Exception as e:  # pdfminer's syntax errors, bad xref, encryption, truncated files
        name = type(e).__name__
        cause = f"{e} {name} {e.__cause__!r}".lower()
        if "password" in cause or "encrypt" in cause:
            raise ReadError(path, "is a password-protected PDF",
                            "save an unprotected copy (print to PDF) and read that") from None
        raise ReadError(path, f"is not a readable PDF file ({name}: {e})",
                        "re-download or re-export the file") from None
    reader.flush()
    reader.close_table()
    if blank_pages:
        warnings.append(f"{path}: page(s) {', '.join(map(str, blank_pages))} have no text layer "
                        "(scanned?); their content is missing")
    text = reader.out.text
    if not text.strip():
        raise ReadError(path, "no text could be read from the PDF", "check the file opens and has text")
    return Document(path=str(path), format="pdf", text=text, sha256="", cells=reader.out.cells,
                    structured=True, warnings=warnings)
