"""Tables 2-4 -> figures under the contract's canonical keys.

The parser is label-driven and works on the reader's cell stream, so it reads a grid
(HTML, DOCX, PDF), a Word export and a flattened page alike:

* a cell whose text is a known label (``lexicons/table_labels.tsv``, matched exactly
  after normalisation, else with rapidfuzz at a high cutoff) opens a row;
* the value cells that follow it (numbers, or blanks the format shows) are the row's
  values, mapped onto the columns in printed order — table 2 by the header row of its
  block (``信息内容 | 本年制发件数 | …``), tables 3 and 4 by the template's fixed columns;
* a blank cell keeps its column and yields no figure; a row cut off mid-way yields the
  cells that are there.

Which table a cell belongs to follows the anchors the template prints (第二十条 …,
申请人情况 / 勾稽关系, 行政复议 + 行政诉讼), so tables are found wherever they stand.
Each table's format (2019 or 2021) is read from its own labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .document import Cell, Document, is_page_mark
from . import template as T
from .labels import _ARTICLE, norm_label, to_simplified
from .lexicon import load
from .numbers import is_blank_mark, parse_cell
from .record import Figure, TableStatus
from .table2_order import majority as _majority, next_row, sure_by_position
from .table3 import read_t3
from .table3_pick import this_years_t3
from .table_header import t4_header
from .table_read import TableRead, status

FUZZY_CUTOFF = 88


@dataclass(frozen=True)
class Label:
    table: str
    kind: str  # row | group | column | anchor
    key: str
    template: str | None
    group: str | None


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, list[Label]]]:
    """table -> normalised label -> Labels."""
    out: dict[str, dict[str, list[Label]]] = {}
    for row in load("table_labels", required=("table", "kind", "key", "label"), unique=("table", "label")):
        lab = Label(row["table"], row["kind"], row["key"], row.get("template") or None, row.get("group") or None)
        out.setdefault(row["table"], {}).setdefault(norm_label(row["label"]), []).append(lab)
    return out


@lru_cache(maxsize=1)
def _columns() -> dict[tuple[str, str, str], list[str]]:
    return {(r["table"], r["template"], r["row"]): r["columns"].split(",")
            for r in load("table_columns", required=("table", "row", "columns"))}


@lru_cache(maxsize=4096)
def match_label(table: str, text: str) -> tuple[Label, ...]:
    """Labels of ``table`` that ``text`` (a whole cell) is; () when none."""
    n = norm_label(text)
    if not n or len(n) > 60:
        return ()
    labels = _labels()[table]
    if n in labels:
        return tuple(labels[n])
    if len(n) < 4:
        return ()  # short labels (其他, 总计) only match exactly
    hit = process.extractOne(n, list(labels), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return tuple(labels[hit[0]]) if hit else ()


def _is_value(c: Cell) -> bool:
    return c.blank or is_blank_mark(c.text) or parse_cell(c.text) is not None


@dataclass
class TableResult:
    figures: list[Figure] = field(default_factory=list)
    template: str | None = None
    warnings: list[str] = field(default_factory=list)
    templates: dict[str, str] = field(default_factory=dict)  # per table, where its labels tell
    tables: list[TableStatus] = field(default_factory=list)  # how sure each table's reading is


class _Builder:
    def __init__(self):
        self.result = TableResult()
        self.votes: dict[str, list[str]] = {}
        self.reads: dict[str, TableRead] = {}

    def vote(self, table: str, template: str | None):
        if template:
            self.votes.setdefault(table, []).append(template)

    def read(self, table: str) -> TableRead:
        return self.reads.setdefault(table, TableRead(table, None))

    def add(self, key: str, cell: Cell, unit: str | None, to_wan: bool = False):
        read = self.read(key.split(".", 1)[0])
        read.cells.setdefault(key, cell)
        if cell.blank or is_blank_mark(cell.text):
            return
        num = parse_cell(cell.text, to_wan=to_wan)
        if num is None or key in read.values:
            return
        read.values[key] = num.value  # the one parse: the figure and the table's identities
        self.result.figures.append(Figure(key=key, value=num.value, unit=num.unit or unit,
                                          source="table", raw=cell.text, span=[cell.start, cell.end],
                                          confidence=cell.confidence))


# a header cell holding only a unit: （万元）, (单位：万元), 单位：件
_UNIT_NOTE = re.compile(r"[（(]?\s*(?:单位\s*[:：]\s*)?(?:万元|元|件|个|项|条)\s*[)）]?")
_TAIL = re.compile(r"^[（(].*[)）]$|^[^\d（(]{1,16}$")


def _values_after(cells: list[Cell], i: int, table: str | None = None) -> tuple[list[Cell], int]:
    """The value cells following index ``i`` up to the next non-value cell or row start.

    With ``table``, a label the layout broke over two cells (（二）部分公开 | （区分处理的，
    只计这一情形…）) is let through: up to two short non-label cells right after the
    label, before any value, are skipped as the rest of it."""
    vals, j, skipped = [], i + 1, 0
    while j < len(cells):
        c = cells[j]
        if c.filler:
            j += 1
            continue
        if c.row_start and vals:
            break
        if not _is_value(c):
            if (table and not vals and skipped < 2 and not c.row_start and _TAIL.match(c.text)
                    and not match_label(table, c.text) and j + 1 < len(cells)
                    and _is_value(cells[j + 1])):
                skipped += 1
                j += 1
                continue
            break
        vals.append(c)
        j += 1
    return vals, j


def _placed(vals: list[Cell], n: int, cut_off: bool, b: "_Builder", what: str) -> list[Cell]:
    """The value slots of a row with ``n`` columns, or [] when they cannot be placed.

    Fewer values than columns can be placed only where the text stops right after them
    (a page cut off mid-row keeps its first cells); elsewhere a short row is ambiguous
    (which column is missing?) and yields nothing, with a warning."""
    if len(vals) >= n or cut_off or not vals:
        return vals[:n]
    b.result.warnings.append(f"{what}: {len(vals)} value(s) for {n} columns; cannot tell which "
                             "column each belongs to, so none were taken")
    return []


def _table_of(cells: list[Cell], i: int) -> str | None:
    """Which table a cell opens, by the template's anchors."""
    c = cells[i]
    text = c.text
    if _ARTICLE.search(to_simplified(text)) and len(text) < 20:
        return "t2"
    labs = match_label("t3", text)
    if any(l.kind == "anchor" or l.key in ("new_received", "carried_over") for l in labs):
        return "t3"
    if "勾稽关系" in to_simplified(text) and len(text) < 60:
        return "t3"
    if any(l.kind == "row" for l in labs) and len(norm_label(text)) >= 5 and \
            sum(1 for c2 in cells[i + 1:i + 4] if _is_value(c2)) == 3:
        return "t3"  # the text starts inside table 3 (an excerpt, a page): a full row label and its values
    parts = text.split()
    if 2 <= len(parts) <= 4 and len("".join(parts)) < 30 and \
            [l.key for p in parts for l in match_label("t4", p) if l.kind == "anchor"] == ["review", "litigation"]:
        return "t4"  # 行政复议   行政诉讼 on one line
    if any(l.kind == "anchor" and l.key == "review" for l in match_label("t4", text)):
        for c2 in cells[i + 1:i + 12]:
            if any(l.key == "litigation" for l in match_label("t4", c2.text)):
                return "t4"
    return None


def _split_spaced(cells: list[Cell]) -> list[Cell]:
    """Header cells printed on one line with spaces between (``信息内容   本年制发件数  本年废止件数``)
    as one cell each, when every part is a table-2 label."""
    out = []
    for c in cells:
        parts = c.text.split()
        if len(parts) < 2 or c.blank or not all(match_label("t2", p) for p in parts):
            out.append(c)
            continue
        pos = 0
        for k, p in enumerate(parts):
            at = c.text.index(p, pos)
            out.append(Cell(c.start + at, c.start + at + len(p), p, row_start=c.row_start and k == 0,
                            table=c.table))
            pos = at + len(p)
    return out


def _parse_t2(cells: list[Cell], i: int, end: int, b: _Builder) -> None:
    cut_off = end >= len(cells)
    cells = _split_spaced(cells[i:end])
    i, end = 0, len(cells)
    header: list[tuple[str, str | None]] | None = None
    unknown: list[str] = []  # header cells that are no column label (a typo, a unit on its own)
    hdr_rows: list[list[str]] = []  # such cells by printed row, until the header is done
    in_header = False
    read = b.read("t2")
    empty: list[str] = []  # row labels with no value cell after them
    last_row: str | None = None  # the last row found by its label
    unlabeled: list[tuple[str | None, list[Cell], list[str] | None, int, list[str] | None]] = []  # rows printed without a label
    printed: list[str | None] = []  # the rows in printed order: a key, None where no label was printed
    while i < end:
        c = cells[i]
        if _ARTICLE.search(to_simplified(c.text)):
            header, in_header = None, False
            i += 1
            continue
        labs = match_label("t2", c.text)
        kinds = {l.kind for l in labs}
        if "anchor" in kinds and any(l.key == "header" for l in labs):
            header, in_header, unknown, hdr_rows = [], True, [], []
            i += 1
            continue
        if in_header and not labs and i + 1 < end:
            # a header cell split over two cells (本年新 | 制作数量); across a row start (a
            # label over two printed rows, or a converted cell wrapped) only when exact
            both = c.text + cells[i + 1].text
            joined = match_label("t2", both)
            if cells[i + 1].row_start and norm_label(both) not in _labels()["t2"]:
                joined = ()
            if any(l.kind == "column" for l in joined):
                labs, kinds = joined, {"column"}
                i += 1
        if "column" in kinds and in_header:
            col = next(l for l in labs if l.kind == "column")
            tmpl = col.template if len({l.template for l in labs}) == 1 else None
            header.append((col.key, tmpl))
            b.vote("t2", tmpl)
            i += 1
            continue
        if "row" in kinds:
            if in_header and hdr_rows:
                header, unknown = _header_rows(header or [], hdr_rows)
                for _, tmpl in header:
                    b.vote("t2", tmpl)
                hdr_rows = []
            in_header = False
            row = next(l for l in labs if l.kind == "row").key
            vals, j = _values_after(cells, i, "t2")
            if vals and all(v.blank for v in vals) and j < end and cells[j].row_start \
                    and not cells[j].blank and parse_cell(cells[j].text) is not None:
                # label | blank cells, then its values on a row of their own (a converted table
                # whose labels stand apart from their values): the values are the row's
                vals, j = _values_after(cells, j - 1)
                read.notes.append(f"表二“{c.text}”一行的数值印在下一行")
            read.segments += 1
            read.found.add(row)
            printed.append(row)
            cols = [k for k, _ in header] if header else None
            n_vals = sum(1 for v in vals if not v.filler)
            if cols is not None and (unknown or len(cols) < n_vals):
                default = _default_t2_columns(row, vals, b)
                if default and len(default) == n_vals and default != cols:
                    unread = [k for k in default if k not in cols]
                    if len(unread) == len(unknown) and all(
                            _near_column(t, k) for t, k in zip(unknown, unread)):
                        read.notes.append("表二表头" + "、".join(f"“{t}”按“{T.col_display('t2', k)}”读取"
                                                              for t, k in zip(unknown, unread)))
                    else:
                        read.doubts.append(f"表二“{c.text}”一行的表头有未能识别的列，按格式推定各列")
                    cols = default
                elif unknown:
                    read.doubts.append(f"表二“{c.text}”一行的表头有 {len(unknown)} 格未能识别")
            if cols is None:
                cols = _default_t2_columns(row, vals, b)
                if cols:
                    (read.notes if b.votes.get("t2") or b.votes.get("t3") else read.doubts).append(
                        f"表二“{c.text}”一行无表头，按格式推定各列")
            if not vals and not (cut_off and j >= end):
                # a row label with no value cell after it: its values are somewhere the
                # reader did not see (a page line inside the row, text it cannot read)
                read.unplaced.append(row)
                empty.append(c.text)
            if not cols and any(not v.blank for v in vals):
                read.unplaced.append(row)
                read.doubts.append(f"表二“{c.text}”一行的列无法确定，未取值")
            if cols and vals and len(vals) < len(cols):
                joined = _continued(cells, j, end, vals, len(cols))
                if joined:
                    vals, j = joined
                    read.notes.append(f"表二“{c.text}”一行被分页断开，两段合并读取")
            last_row = row
            if cols:
                placed = _placed(vals, len(cols), cut_off and j >= end, b, f"table 2 row {c.text!r}")
                if vals and not placed:
                    read.unplaced.append(row)
                    read.doubts.append(f"表二“{c.text}”一行有 {len(vals)} 个数值、{len(cols)} 列，无法确定所在列，未取值")
                elif len(vals) < len(cols) and cut_off and j >= end:
                    read.cut_rows.append(row)
                for col, cell in zip(cols, placed):
                    b.add(f"t2.{row}.{col}", cell, "万元" if col == "amount" else None, to_wan=col == "amount")
            i = max(j, i + 1)
            continue
        if (header is not None and (not in_header or header and not hdr_rows) and c.row_start
                and (c.blank or is_blank_mark(c.text)) and not labs):
            vals, j = _values_after(cells, i)
            if any(not v.blank and not is_blank_mark(v.text) for v in vals):
                in_header = False   # the block's first row may be the one printed without its label
                # a row printed without its label: which row it is, the template's order says
                nxt = next_row(last_row, b.votes.get("t2") or b.votes.get("t3") or [])
                cols = [k for k, _ in header] if header and len(header) == len(vals) else \
                    (_default_t2_columns(nxt, vals, b) if nxt else None)
                unlabeled.append((nxt, vals, cols, len(printed), [k for k, _ in header] if header else None))
                printed.append(None)
                last_row = nxt or last_row
                i = j
                continue
        if in_header and not labs and _UNIT_NOTE.fullmatch(c.text.strip()):
            i += 1   # the unit of the column before, in a cell of its own: no column
            continue
        if in_header and not labs and not _is_value(c) and _header_like(c.text):
            if c.row_start or not hdr_rows:
                hdr_rows.append([])
            hdr_rows[-1].append(c.text)  # a header label split over rows, a typo: resolved at the first row
        i += 1
    if empty:
        read.doubts.append("表二以下各行未找到数值：" + "、".join(empty))
    for row, vals, cols, at, hdr in unlabeled:
        if row is None or row in read.found or not cols or len(cols) != len(vals):
            read.doubts.append("表二有一行未印行名，无法确定是哪一行，未取值")
            continue
        read.found.add(row)
        said = f"表二有一行未印行名，按表格位置读作“{T.row('t2', row).display}”"
        if sure_by_position(row, at, printed, b.votes.get("t2") or b.votes.get("t3") or [], hdr, len(vals)):
            read.notes.append(said + "（前后两行与表头均与格式相符）")
        else:
            read.doubts.append(said)
        for col, cell in zip(cols, vals):
            b.add(f"t2.{row}.{col}", cell, "万元" if col == "amount" else None, to_wan=col == "amount")


def _continued(cells: list[Cell], j: int, end: int, vals: list[Cell], n: int):
    """A row broken by a page: its first values, then on the next printed row (after an
    empty label cell, or none) the rest. (values, next index) when the two parts together
    have exactly ``n`` values, else None."""
    head = list(vals)
    while head and head[-1].blank:
        head.pop()
    k = j
    if k < end and cells[k].row_start and cells[k].blank:
        k += 1
    if k >= end or not (cells[k].row_start or cells[j].row_start) or not _is_value(cells[k]):
        return None
    rest, k2 = _values_after(cells, k - 1)
    if not head or len(head) + len(rest) != n:
        return None
    return head + rest, k2


def _header_like(text: str) -> bool:
    """A cell that may be part of a column header: a short label, not a page number
    (``- 1 -``) or a running page header (``某县…年度报告``)."""
    n = norm_label(text)
    return 0 < len(n) <= 16 and not n.isdigit()


def _header_rows(header: list, rows: list[list[str]]) -> tuple[list, list[str]]:
    """Header cells that were no label on their own: column labels printed over two or three
    rows (本年制 | 本年废 / 发件数 | 止件数) joined column by column; what still reads as no
    label is returned as unknown."""
    if len(rows) >= 2 and len({len(r) for r in rows}) == 1:
        joined = ["".join(r[k] for r in rows) for k in range(len(rows[0]))]
        cols = [next((l for l in match_label("t2", t) if l.kind == "column"), None) for t in joined]
        if all(cols):
            return header + [(l.key, l.template) for l in cols], []
    return header, [t for r in rows for t in r]


def _near_column(text: str, col: str) -> bool:
    """A header cell that is a misprint of the column the format puts there (本年发件 for
    本年制发件数): similar to one of its printed labels."""
    n = norm_label(text)
    return any(fuzz.ratio(n, lab) >= 60 for lab, labs in _labels()["t2"].items()
               if any(l.kind == "column" and l.key == col for l in labs))


def _default_t2_columns(row: str, vals: list[Cell], b: _Builder) -> list[str] | None:
    """Columns of a table-2 row whose header is missing: by the format the table's other
    headers showed, else by how many values the row has."""
    cols = _columns()
    votes = b.votes.get("t2") or b.votes.get("t3") or []  # table 3's format when table 2 shows none
    order = [_majority(votes)] if votes else []
    order += [t for t in ("2019", "2021") if t not in order]
    n = sum(1 for v in vals if not v.blank)
    for tmpl in order:
        c = cols.get(("t2", tmpl, row))
        if c and (votes or len(c) == n):
            return c
    return None


def _parse_t3(cells: list[Cell], i: int, end: int, b: _Builder) -> None:
    i, end, which = this_years_t3(cells, i, end)
    read = read_t3(cells, i, end, cut_at_end=end >= len(cells))
    if which:
        read.notes.append(which)
    if read.template:
        b.vote("t3", read.template)
    b.reads["t3"] = read
    for key, cell in list(read.cells.items()):
        b.add(key, cell, "件")


def _parse_t4(cells: list[Cell], i: int, end: int, b: _Builder) -> None:
    # the value row: from the first number (back to its row start when the row is known)
    k = i
    while k < end and parse_cell(cells[k].text) is None:
        k += 1
    if k >= end:
        return
    head = t4_header([c for c in cells[i:k] if not c.blank])
    cols = list(head.cols)
    read = b.read("t4")
    read.cols = tuple(cols)
    if head.how == "printed":
        read.notes.append("表四各列按表头读取")
    elif head.how == "unclear":
        read.unconfirmed.append("表四表头各列的顺序与格式不同，无法逐列确定，按格式顺序读取")
    # blanks that open the value row are value slots too (a blank 结果维持 cell): back to
    # the row start where the reader knows rows, else as many as the 15 slots leave room for
    r = k
    while r - 1 > i and not cells[r].row_start and cells[r - 1].blank:
        r -= 1
    if cells[r].row_start:
        k = r
    vals, j = _values_after(cells, k - 1)
    if not cells[r].row_start and r < k:
        lead = min(k - r, max(0, len(cols) - len(vals)))
        vals = cells[k - lead:k] + vals
    read.segments += 1
    if len(vals) < len(cols):
        joined = _continued(cells, j, end, vals, len(cols))
        if joined:   # the row of 15 wrapped onto the next printed line (10, then 5)
            vals, j = joined
            read.notes.append("表四数值折行印出，两段合并读取")
    placed = _placed(vals, len(cols), j >= len(cells), b, "table 4")
    if len(placed) < len(cols):
        read.unplaced.append("review" if not placed else T.t4_slots()[len(placed)].split(".")[0])
        read.doubts.append(f"表四找到 {len(vals)} 个数值，应为 {len(cols)} 个")
    for col, cell in zip(cols, placed):
        b.add(f"t4.{col}", cell, "件")


_PARSERS = {"t2": _parse_t2, "t3": _parse_t3, "t4": _parse_t4}


def extract_tables(doc: Document) -> TableResult:
    cells = [c for c in doc.cells if not c.filler and not is_page_mark(c.text)]
    starts: list[tuple[int, str]] = []
    current = None
    for i in range(len(cells)):
        t = _table_of(cells, i)
        if t and t != current:
            starts.append((i, t))
            current = t
    b = _Builder()
    ranges = [(table, i, starts[n + 1][0] if n + 1 < len(starts) else len(cells))
              for n, (i, table) in enumerate(starts)]
    for table, i, end in sorted(ranges, key=lambda r: r[0] == "t2"):  # table 2 last: it may need t3's format
        _PARSERS[table](cells, i, end, b)
    res = b.result
    for table, votes in b.votes.items():
        if votes:
            res.templates[table] = _majority(votes)
    if len(set(res.templates.values())) > 1:
        res.warnings.append("tables use different formats: " +
                            ", ".join(f"{t} {v}" for t, v in sorted(res.templates.items())))
    res.template = res.templates.get("t2") or res.templates.get("t3")
    for table in T.TABLES:
        read = b.reads.get(table)
        tmpl = res.templates.get(table) or res.template
        if read is not None and table == "t2":
            read.template = tmpl
            if tmpl:
                expected = T.rows("t2", tmpl)
                formats = sorted(set(b.votes.get("t2", [])))
                if len(formats) > 1:   # blocks of both formats: only rows both print are expected
                    both = set.intersection(*({r.key for r in T.rows("t2", t)} for t in formats))
                    expected = [r for r in expected if r.key in both]
                    read.notes.append("表二混用2019版与2021版的表头，各块按其表头读取")
                read.missing = [r.key for r in expected if r.key not in read.found]
        res.tables.append(status(read, table, tmpl))
    return res
