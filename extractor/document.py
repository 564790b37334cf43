"""The one document model every reader produces.

A reader turns a file into a ``Document``: the plain ``text`` that every span points
into, and the ``cells`` of its tables in reading order. Spans are half-open Python
string offsets into ``text``; they are never taken after a normalisation that changes
lengths.

Cells are a stream, not a grid, because flattened page text often loses the grid
(one cell per line with no row marks). Where a reader knows the grid (HTML, DOCX, PDF,
Word-export text with blank lines between rows, pipe rows) it says so with
``row_start`` on the first cell of each row and keeps blank cells as ``blank`` cells,
so a blank is never mistaken for a shifted column. A merged cell appears once, at its
first grid position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


UNSURE = 0.9  # an OCR'd cell recognised below this confidence is unsure: its table is doubtful


# a line that is only a page number (printed text copied page by page): ``— 3 —``, ``- 3 -``,
# ``第3页``, ``第 3 页 共 6 页``, ``第3页/共6页``, ``Page 3 of 6``. A bare number is a value, never a page mark.
PAGE_MARK = re.compile(
    r"[-—–－_]+\s*\d{1,4}\s*[-—–－_]+"
    r"|[-—–－_]*\s*第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?\s*[-—–－_]*"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?")


def is_page_mark(text: str) -> bool:
    return bool(PAGE_MARK.fullmatch(text.strip(" \t\r\xa0\u3000")))


@dataclass
class Cell:
    """One table cell (or, for plain text, one line that may be a cell)."""

    start: int
    end: int
    text: str  # == Document.text[start:end] with surrounding white space stripped
    row_start: bool = False  # first cell of a row the reader knows about
    table: int | None = None  # index of the table the reader found it in; None = unknown
    blank: bool = False  # an empty cell the format shows (a real blank, not a missing cell)
    filler: bool = False  # layout-only (e.g. the '|||' of a colspan): carries no position
    # the cell's left and right edge on the page (PDF points), where the reader knows them
    # (PDF): a value stands in the column whose x-range holds it, blank cells included
    x: tuple[float, float] | None = field(default=None, compare=False)
    confidence: float | None = None  # OCR recognition confidence (0-1); None = not OCR'd / blank
    alternatives: list[str] = field(default_factory=list)  # OCR: other readings of a number, likeliest first
    # OCR saw no text in this cell: a printed value (a lone 0) may have been lost, so the
    # table it is in is never verified on a reading that leaves it out
    ocr_blank: bool = False

    def __repr__(self) -> str:  # compact, for test failures
        flag = "^" if self.row_start else ""
        return f"Cell({flag}{self.text!r}@{self.start})"


@dataclass
class Document:
    path: str
    format: str  # txt | html | docx | pdf | image
    text: str
    sha256: str
    cells: list[Cell] = field(default_factory=list)
    structured: bool = False  # True when tables came from a real grid (html/docx/pdf)
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (scans)

    def lines(self):
        """Yield (start, end) of every line of ``text`` (end excludes the newline)."""
        pos = 0
        text = self.text
        n = len(text)
        while pos <= n:
            nl = text.find("\n", pos)
            if nl < 0:
                if pos < n:
                    yield pos, n
                return
            yield pos, nl
            pos = nl + 1


def stripped_span(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """Shrink [start, end) so it has no leading/trailing white space (or ``chars``)."""
    strip = chars if chars is not None else " \t\r\n\xa0\u3000\ufeff"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def without_spans(text: str, drops, at: list[int] | None = None) -> tuple[str, list[int]]:
    """``text`` without the (sorted, disjoint) spans ``drops``, and per character kept its
    offset: ``at`` of its place in ``text`` (its own place when ``at`` is None; one more entry for
    the end), so a span found in the result is put back on the text ``at`` maps to."""
    keep, last = [], 0
    for s, e in drops:
        keep.extend(range(last, s))
        last = e
    keep.extend(range(last, len(text)))
    kept = "".join(text[i] for i in keep)
    return (kept, keep + [len(text)]) if at is None else (kept, [at[i] for i in keep] + [at[len(text)]])


def make_cell(text: str, start: int, end: int, **kw) -> Cell:
    """A cell over text[start:end], its span tightened to the visible characters."""
    s, e = stripped_span(text, start, end)
    return Cell(s, e, text[s:e], blank=(s == e) or kw.pop("blank", False), **kw)
