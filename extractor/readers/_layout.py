"""The text layout the structured readers (html, docx, pdf) share.

A structured reader lays out its own ``text``: a paragraph per line, a table row per
line with a tab between cells, so a table always starts on a new line. Cell text is
normalised *before* it is placed, so every span is exact: ``text[c.start:c.end] == c.text``.

Inside a piece of text, ``\\n`` marks a visual line wrap (a ``<br>``, a second paragraph in
a Word cell, a wrapped PDF line) and any other white space is a space. ``clean`` joins
wraps and spaces next to Chinese with nothing, joins digits split by a wrap (one number
never becomes two), and keeps one space between Latin words and numbers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Cell

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\xa0\u3000\t\r\f\v\u2002\u2003\u2009\u202f"), " ")
_VISIBLE = {**_ZERO_WIDTH, **_SPACES}   # one pass: zero-width characters out, spaces as " "
_RUN = re.compile(r"\s+")


def is_cjk(ch: str) -> bool:
    """A Chinese character or full-width / Chinese punctuation."""
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x2018 <= o <= 0x201F or o in (0x2014, 0x2026, 0x00B7) or 0x20000 <= o <= 0x3134F)


def clean(s: str) -> str:
    """Visible text of one cell or paragraph; ``\\n`` in ``s`` marks a line wrap."""
    s = s.translate(_VISIBLE).strip()
    if not s:
        return ""

    def join(m: re.Match) -> str:
        a, b = s[m.start() - 1], s[m.end()]
        if is_cjk(a) or is_cjk(b):
            return ""
        if "\n" in m.group() and a.isdigit() and b.isdigit():
            return ""  # a number wrapped in a narrow cell
        return " "

    return _RUN.sub(join, s)


class Layout:
    """Builds a structured reader's text and cell stream, line by line."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.cells: list[Cell] = []
        self.tables = 0  # number of tables opened so far
        self._lines: list[Cell] = []  # paragraphs with no pipe, as cells (see page_cells)
        self._piped = False           # a paragraph was a row flattened with pipes

    def para(self, raw: str) -> None:
        """One paragraph (or heading) as one line; empty ones are dropped.

        A paragraph that is a table row flattened with pipes (``| 规章 | 0 | 0 |``, as portals
        print tables they lost; ``行政许可| 0`` with one bar) gives its cells, as the same line
        would in plain text."""
        s = clean(raw)
        if s:
            pos = self._pos
            self._put(s + "\n")
            if "|" in s:
                from .txt import _pipe_cells  # the one reading of pipe rows
                self._piped = True
                self.cells.extend(replace(c, start=c.start + pos, end=c.end + pos)
                                  for c in _pipe_cells(s, 0, len(s)))
            else:
                self._lines.append(Cell(pos, pos + len(s), s))

    def page_cells(self) -> list[Cell]:
        """The cells, and on a page whose tables were flattened with pipes every other
        paragraph as a cell too, as plain text gives each line: the anchors and group
        labels such a page prints on lines of their own (第二十条第（一）项, （三）不予公开).

        A page with no table at all, grid or pipes, may still hold one flattened a cell per
        paragraph (规章 / 0 / 0 / 0, each a <p>): its paragraphs are read as plain text reads
        its lines (family: a table flattened into paragraphs, no table markup)."""
        if not self._piped and not self.tables and not self.cells:
            from .txt import read_txt  # the one reading of lines as cells
            return read_txt("", self.text).cells
        if not self._piped:
            return self.cells
        return sorted(self.cells + self._lines, key=lambda c: c.start)

    def new_table(self) -> int:
        self.tables += 1
        return self.tables - 1

    def row(self, raws: list[str], table: int, xs: list[tuple[float, float]] | None = None) -> None:
        """One table row as one line; ``raws`` holds the cells that start in this row
        (``xs`` their left and right edges on the page, when the format has positions).

        A row of blank cells only (a layout row) is dropped."""
        texts = [clean(r) for r in raws]
        if not any(texts):
            return
        pos = self._pos
        for i, t in enumerate(texts):
            self.cells.append(Cell(pos, pos + len(t), t, row_start=i == 0, table=table, blank=not t,
                                   x=xs[i] if xs else None))
            pos += len(t) + 1
        self._put("\t".join(texts) + "\n")

    def _put(self, s: str) -> None:
        self._parts.append(s)
        self._pos += len(s)

    @property
    def text(self) -> str:
        return "".join(self._parts)
