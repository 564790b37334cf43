"""PDF files with a text layer, through pdfium (pypdfium2).

Per page the reader takes pdfium's text runs with their boxes and the ruling lines
(``_pdfium``). Lines that touch form a ruled table, read as a grid (``_pdfgrid``): every
cell kept, blank ones as blank cells, a merged cell once. The text outside ruled tables
becomes lines (``_pdflines``); lines whose numbers stand in columns are a table without
ruling lines, read by the numbers' x-positions; the other lines are paragraphs (page
numbers such as ``- 3 -`` or ``第3页`` in the top or bottom margin are dropped; a line that
runs to the right margin continues on the next line if that one is not indented, so a
paragraph is one line). Text and tables are laid out in page order.

A table whose next fragment opens the next page keeps its index (a ruled one at the same
left and right edges, one without lines with the same value columns). For a ruled table,
a cell of the new fragment's first row under a tall merged cell cut by the break is the
rest of that cell (its text, if any, is joined to it; a label enumerator such as （四）
starts a new cell instead); a first row that is only the tail of a row the break cut in
two (text under cells of the last row, no numbers, no enumerator) is joined into that
row; a row the break cut above its values (centred in a tall row) is finished by the first
row of the next page when that row's label opens nothing and its values stand under the
row's blank cells.

For a table without lines the same cuts are read from the lines: label text at the top
of the new page that opens no label finishes the last row's label; label text under the
last row of a page waits for the values that open the next page; column names at the foot
of a page head the table on the next; a tall label printed below the break, in the middle
of a group that began on the page before, goes to that group's first row.

A page with no text layer is found in one place (``_page_content``); a PDF where no page
has text is a scan: ``readers/ocr.py`` reads it (the ``ocr`` extra); without the extra the
error names it.
"""
from __future__ import annotations

import re

from ..document import Document
from . import ReadError, _pdfium  # imported only when a PDF is read (readers/__init__.py)
from ._layout import Layout, clean
from ._pdfgrid import fill, find_grids
from ._pdflines import FIRST, NUMBER, Line, build_lines, split_tables

_PAGE_NO = re.compile(
    r"^[-—–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–_\s]*$"
    r"|^[-—–\s]*(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-—–\s]*$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_MARGIN = 0.12  # share of the page height, top and bottom, where page numbers live
_APART = 2.0  # a header or footer stands this many line heights from the body
_NUMBER = NUMBER  # a value, with a unit or sign if it has one
_ENUM = _HEADING


class _PCell:
    """A cell of the open table: x-range, text (``\\n`` between its lines), whether it is a
    merged cell taller than one row, and whether it reaches the bottom of its fragment."""
    __slots__ = ("x0", "x1", "text", "tall", "at_bottom")

    def __init__(self, x0: float, text: str, x1: float, tall: bool = False, at_bottom: bool = False):
        self.x0, self.text, self.x1, self.tall, self.at_bottom = x0, text, x1, tall, at_bottom


class _Reader:
    def __init__(self) -> None:
        self.out = Layout()
        self.para: list[str] = []  # lines of the paragraph being joined
        self.para_open = False  # the last line ran to the right margin
        self.rows: list[list[_PCell]] = []  # rows of the open table
        self.kind = ""  # "grid" | "plain" | "" (no open table)
        self.key: tuple = ()  # what a continuing fragment must match: edges or value columns
        self.page_ended_in_table = False
        self.tall: dict[float, _PCell] = {}  # open tall label cells of a table without lines, by x
        self.rows_since_cont = False
        self.open_tail = False  # the open table's last row is a label whose values are on the next page
        self.held: list = []  # lines with column names at the bottom of the last page
        self.held_margins = (0.0, 0.0)
        self.apart: set[int] = set()  # ids of the page's header and footer lines (``_apart``)

    def flush(self) -> None:
        if self.para:
            self.out.para("\n".join(self.para))
        self.para, self.para_open = [], False

    def close_table(self) -> None:
        if self.kind:
            index = self.out.new_table()
            for row in self.rows:
                self.out.row([cell.text for cell in row], index,
                             [(round(cell.x0, 1), round(cell.x1, 1)) for cell in row])
        self.rows, self.kind, self.key = [], "", ()

    def line(self, text: str, indented: bool, full: bool, apart: bool = False) -> None:
        """A line of prose; ``apart`` a page's header or footer (``_apart``): a line of its
        own, which no paragraph runs into or on from."""
        self.close_table()
        if apart or not (self.para_open and not indented and not _HEADING.match(text)):
            self.flush()
        self.para.append(text)
        self.para_open = full and not apart

    def _continues(self, kind: str, key: tuple, first_on_page: bool) -> bool:
        if not (first_on_page and self.page_ended_in_table and self.kind == kind and len(key) == len(self.key)):
            return False
        if kind == "grid":
            return all(abs(a - b) < 3 for a, b in zip(key, self.key))
        # value columns: each range overlaps the one before the break
        return all(a0 <= b1 + 1 and b0 <= a1 + 1 for (a0, a1), (b0, b1) in zip(key, self.key))

    # ---------------------------------------------------------------- ruled tables
    def grid(self, grid, first_on_page: bool) -> None:
        self.flush()
        key = (grid.xs[0], grid.xs[-1])
        cont = self._continues("grid", key, first_on_page)
        if not cont:
            self.close_table()
            self.kind, self.key = "grid", key
        last = len(grid.ys) - 2
        rows = [[_PCell(c.x0, c.text(), c.x1, c.r1 - c.r0 > 1, c.r1 - 1 == last) for c in row]
                for row in grid.rows()]
        open_cells = [c for row in self.rows for c in row if c.at_bottom]
        for row in self.rows:
            for c in row:
                c.at_bottom = False  # only the newest fragment's last cells meet the next page
        if cont and rows and self.rows:
            first = self._join_cut_cells(rows[0], open_cells)
            while first and not clean(first[0].text):
                first.pop(0)  # the rest of a merged label cut by the page break
            if self._tail_of(first, self.rows[-1]) or self._values_of(first, self.rows[-1]):
                first = []
            rows[0] = first
        self.rows.extend(r for r in rows if r)

    @staticmethod
    def _join_cut_cells(first: list[_PCell], open_cells: list[_PCell]) -> list[_PCell]:
        """Cells of a new fragment's first row that continue a tall merged cell the page
        break cut (``open_cells``: the cells that reached the foot of the page before):
        their text joins that cell, and they are not cells of their own."""
        kept = []
        for cell in first:
            above = next((c for c in open_cells if abs(c.x0 - cell.x0) < 2 and abs(c.x1 - cell.x1) < 2), None)
            t = clean(cell.text)
            if above is not None and (above.tall or cell.tall) and not _NUMBER.match(t):
                above.at_bottom = cell.at_bottom  # it may go on over the next break too
                if not clean(above.text):  # the label stands below the break (centred in its cell)
                    above.text = cell.text
                    continue
                if not _ENUM.match(t):
                    if t:
                        above.text += "\n" + cell.text
                    continue
                above.at_bottom = False
            kept.append(cell)
        return kept

    @staticmethod
    def _values_of(row: list[_PCell], prev: list[_PCell]) -> bool:
        """The values of ``prev``, a row the break cut above its values (they are centred
        in the row): its label goes on under the same cells and no label opens. Merged
        into ``prev``, cell by cell, and said so."""
        if any(_NUMBER.match(clean(c.text)) for c in prev) or not any(clean(c.text) for c in prev):
            return False
        if not any(_NUMBER.match(clean(c.text)) for c in row):
            return False
        pairs = []
        for c in row:
            t = clean(c.text)
            if t and not _NUMBER.match(t) and _ENUM.match(t):
                return False
            cell = next((p for p in prev if abs(p.x0 - c.x0) < 2 and abs(p.x1 - c.x1) < 2), None)
            if cell is None or (t and _NUMBER.match(t) and clean(cell.text)):
                return False  # a value under text (column names) is no cut row's value
            pairs.append((cell, c.text))
        for cell, t in pairs:
            if clean(t):
                cell.text = cell.text + "\n" + t if clean(cell.text) else t
        return True

    @staticmethod
    def _tail_of(row: list[_PCell], prev: list[_PCell]) -> bool:
        """A row the page break cut in two: merge its texts into ``prev`` and say so.

        The tail has text only in cells as wide as, and right under, cells of ``prev``
        that have text (so a heading spanning the table is no tail), no numbers, and no
        text that opens a label (一、 （三） 2.)."""
        filled = [(c, clean(c.text)) for c in row if clean(c.text)]
        if not filled or any(_NUMBER.match(t) or _ENUM.match(t) for _, t in filled):
            return False
        match = []
        for c, _ in filled:
            cell = next((p for p in prev if abs(p.x0 - c.x0) < 2 and abs(p.x1 - c.x1) < 2), None)
            if cell is None or not clean(cell.text):
                return False
            match.append((cell, c.text))
        for cell, t in match:
            cell.text = cell.text + "\n" + t
        return True

    # ---------------------------------------------------------------- tables without lines
    def plain(self, table, first_on_page: bool, head=()) -> None:
        self.flush()
        key = tuple(table.columns)
        cont = self._continues("plain", key, first_on_page)
        if not cont:
            self.close_table()
            self.kind, self.key = "plain", key
            self.tall = {}
        head_rows = [[[sg.x0, sg.text, sg.x1, "head"] for sg in ln.segs] for ln in head]
        for row in head_rows + table.rows:
            cells = []
            roles = [c[3] for c in row]
            if cont and not self.rows_since_cont and self.rows and row and "head" not in roles \
                    and not any(c[3] == "value" and clean(c[1]) for c in row) \
                    and not _ENUM.match(clean(row[0][1])) and self._join_cut_label(row):
                continue  # label text opening the page: the rest of the label the break cut
            self.rows_since_cont = True
            for x0, text, x1, role in row:
                if role == "head":
                    self.tall = {}
                if role == "carry":
                    if cont and self._carry_back(x0, text, x1):
                        continue
                    role = "outer"
                if role != "outer":
                    cells.append(_PCell(x0, text, x1))
                    continue
                t = clean(text)
                owner = next((c for x, c in self.tall.items() if abs(x - x0) < 3), None)
                if not t or (owner is not None and not _ENUM.match(t)):
                    if t:
                        owner.text += "\n" + text  # a fragment of a tall merged label
                    continue
                cell = _PCell(x0, text, x1)
                self.tall = {x: c for x, c in self.tall.items() if x < x0 - 3}
                self.tall[x0] = cell
                cells.append(cell)
            if not any(c[3] == "outer" and clean(c[1]) for c in row) and any(c[3] == "label" and _ENUM.match(clean(c[1])) and c[0] <= min(self.tall, default=1e9) + 3 for c in row):
                self.tall = {}  # a label starting at the left edge ends the tall cells beside it
            if cont and self.open_tail and self.rows and any(c[3] == "value" and clean(c[1]) for c in row):
                cells = self._finish_cut_row(self.rows.pop(), cells)
            self.open_tail = False
            if cells:
                self.rows.append(cells)
        self.rows_since_cont = False
        self.open_tail = table.open_tail

    def _carry_back(self, x0: float, text: str, x1: float) -> bool:
        """A tall label printed below a page break, in the middle of a group that began
        on the page before: it goes to the group's first row (whose label is 1. / 一、)."""
        for row in reversed(self.rows):
            if any(abs(c.x0 - x0) < 3 and clean(c.text) for c in row):
                return False  # that column already has its label since the group began
            if any(FIRST.match(clean(c.text)) for c in row):
                cell = _PCell(x0, text, x1)
                row.insert(0, cell)
                self.tall[x0] = cell
                return True
        return False

    def _join_cut_label(self, row: list[list]) -> bool:
        last = self.rows[-1]
        labels = [c for c in last if clean(c.text) and not _NUMBER.match(clean(c.text))]
        if not labels:
            return False
        for x0, text, _, _ in row:
            if clean(text):
                same = next((c for c in labels if abs(c.x0 - x0) < 3), labels[-1])
                same.text += "\n" + text
        return True

    def _finish_cut_row(self, tail: list[_PCell], cells: list[_PCell]) -> list[_PCell]:
        """The label text a page break left without values, joined to the row its values
        open on the next page: text by text under the same x, the rest in front (a tall
        label of a group that began rows before goes to the group's first row)."""
        out = list(cells)
        rest = []
        for t in reversed(tail):
            if not clean(t.text):
                continue
            same = next((c for c in out if abs(c.x0 - t.x0) < 3), None)
            if same is not None:
                same.text = t.text + "\n" + same.text if clean(same.text) else t.text
            else:
                rest.append(t)
        first_label = next((clean(c.text) for c in out if clean(c.text)), "")
        for t in rest:
            if FIRST.match(first_label) or not self._carry_back(t.x0, t.text, t.x1):
                out.insert(0, t)
        return out

    # ---------------------------------------------------------------- one page
    def page(self, runs, rules, height: float) -> None:
        grids = find_grids(rules)
        for g in grids:
            runs = fill(g, runs)
        lines = [ln for ln in build_lines(runs) if not (_PAGE_NO.match(ln.text) and (
            ln.top < height * _MARGIN or ln.bottom > height * (1 - _MARGIN)))]
        # a footer held over as column names keeps its mark on the next page
        self.apart = _apart(lines, height) | {id(ln) for ln in self.held if id(ln) in self.apart}
        items: list[tuple[float, int, object]] = []
        left_right = self.held_margins
        if lines:
            left_right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
            items += [(top, 0, obj) for top, obj in split_tables(lines, left_right[1])]
        self.held_margins = left_right

        def kind_of(item) -> str:
            return "grid" if item[1] == 1 else "plain"

        items += [(g.ys[0], 1, g) for g in grids]
        items.sort(key=lambda it: (it[0], it[1]))
        held, self.held = self.held, []
        if held and not (items and not isinstance(items[0][2], Line) and kind_of(items[0]) == "plain"):
            for ln in held:
                self._line(ln, left_right)
            held = []
        # column names at the bottom of a page may head a table without lines on the next
        tail = len(items)
        while tail and isinstance(items[tail - 1][2], Line) and len(items) - tail < 8:
            ln = items[tail - 1][2]
            below = items[tail][2] if tail < len(items) else None
            if ln.top < height * 0.5 or (len(ln.segs) < 2 and ln.x1 >= left_right[1] - 2.5 * ln.size) \
                    or (below is not None and below.top - ln.bottom > 1.5 * ln.size):
                break
            tail -= 1
        if tail < len(items) and tail and kind_of(items[tail - 1]) == "plain" \
                and not isinstance(items[tail - 1][2], Line) and items[tail - 1][2].columns:
            table = items[tail - 1][2]
            first_x = table.columns[0][0]
            lines_below = [table] + [ln for _, _, ln in items[tail:]]
            if all(sg.x1 < first_x for ln in lines_below[1:] for sg in ln.segs) and all(
                    b.top - a.bottom <= b.size for a, b in zip(lines_below, lines_below[1:])):
                # label text under the last row, left of its values: a row the break cut
                # above its values (they open the next page)
                cells: list[list] = []
                for _, _, ln in items[tail:]:
                    for sg in ln.segs:
                        same = next((c for c in cells if abs(c[0] - sg.x0) < 3), None)
                        if same is None:
                            cells.append([sg.x0, sg.text, sg.x1, "lead"])
                        else:
                            same[1] += "\n" + sg.text
                table.rows.append(sorted(cells))
                table.open_tail = True
                items = items[:tail]
        if not any(len(items[k][2].segs) > 1 for k in range(tail, len(items))):
            tail = len(items)  # no column names among them: plain text
        for n, (_, kind, obj) in enumerate(items):
            if n >= tail:
                self.held.append(obj)
                continue
            if kind == 1:
                self.grid(obj, first_on_page=n == 0)
            elif isinstance(obj, Line):
                self._line(obj, left_right)
            else:
                self.plain(obj, first_on_page=n == 0, head=held if n == 0 else [])
        items = items[:tail]
        self.page_ended_in_table = bool(items) and not isinstance(items[-1][2], Line)

    def _line(self, ln, left_right) -> None:
        left, right = left_right
        size = ln.size
        self.line(ln.text, indented=ln.x0 > left + 0.5 * size, full=ln.x1 >= right - 2.5 * size,
                  apart=id(ln) in self.apart)

    def finish(self) -> None:
        for ln in self.held:
            self._line(ln, self.held_margins)
        self.held = []
        self.flush()
        self.close_table()


def _apart(lines: list[Line], height: float) -> set[int]:
    """Ids of a page's running header and footer: the first line when it stands in the top
    margin and the last when it stands in the bottom margin (``_MARGIN``), set apart from the
    body by more than ``_APART`` line heights (a footer of any wording: 某某印发 第3页, 共5页 第3页,
    the report's title). The body's last line does not run into it (…依法答某某印发第3页)."""
    out: set[int] = set()
    if len(lines) < 2:
        return out
    first, second = lines[0], lines[1]
    if first.bottom < height * _MARGIN and second.top - first.bottom > _APART * first.size:
        out.add(id(first))
    last, above = lines[-1], lines[-2]
    if last.top > height * (1 - _MARGIN) and last.top - above.bottom > _APART * last.size:
        out.add(id(last))
    return out


def _page_content(pdf, i: int):
    """(runs, rules, height) of page i, or None when the page has no text layer.

    The one place a page without text is found (a scanned page: OCR would fill it here)."""
    page = pdf[i]
    to_page, height = _pdfium.display(page)
    textpage = page.get_textpage()
    runs = _pdfium.runs(textpage, to_page)
    if not runs:
        textpage.close()
        page.close()
        return None
    rules = _pdfium.rules(page, to_page)
    textpage.close()
    page.close()
    return runs, rules, height


class _Scanned(Exception):
    """Every page lacks a text layer: the PDF is read by OCR (readers/ocr.py)."""

    def __init__(self, pages: int):
        self.pages = pages


def read_pdf(path, data: bytes) -> Document:
    reader = _Reader()
    warnings: list[str] = []
    try:
        pdf = _pdfium.open_pdf(data)
    except Exception as e:  # pdfium's load errors: bad xref, encryption, truncated files
        cause = f"{e}".lower()
        if "password" in cause or "encrypt" in cause or "security" in cause:
            raise ReadError(path, "is a password-protected PDF",
                            "save an unprotected copy (print to PDF) and read that",
                            zh="PDF 有密码保护，请另存一份未加密的副本（打印为 PDF）再导入") from None
        raise ReadError(path, f"is not a readable PDF file ({type(e).__name__}: {e})",
                        "re-download or re-export the file",
                        zh="不是可读取的 PDF 文件（可能已损坏或下载不完整），请重新下载或重新导出") from None
    try:
        n = len(pdf)
        if not n:
            raise ReadError(path, "the PDF has no pages", "re-download or re-export the file",
                            zh="PDF 没有页面，请重新下载或重新导出")
        blank_pages = []
        for i in range(n):
            content = _page_content(pdf, i)
            if content is None:
                blank_pages.append(i + 1)
                continue
            reader.page(*content)
        if len(blank_pages) == n:
            raise _Scanned(n)
    except _Scanned as scan:  # OCR hook (issue 16): readers/ocr.py, or an error naming the extra
        from .ocr import read_scanned_pdf
        return read_scanned_pdf(path, data, scan.pages)
    finally:
        pdf.close()
    reader.finish()
    if blank_pages:
        warnings.append(f"{path}: page(s) {', '.join(map(str, blank_pages))} have no text layer "
                        "(scanned?); their content is missing")
    text = reader.out.text
    if not text.strip():
        raise ReadError(path, "no text could be read from the PDF", "check the file opens and has text",
                        zh="PDF 中读不出任何文字，请确认文件能打开且有文字")
    return Document(path=str(path), format="pdf", text=text, sha256="", cells=reader.out.cells,
                    structured=True, warnings=warnings)
