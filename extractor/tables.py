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

from .document import Cell, Document, is_page_mark
from . import template as T
from .labels import _ARTICLE, norm_label, to_simplified
from .numbers import parse_cell
from .table2 import parse_t2
from .table2_order import majority as _majority
from .table3 import read_t3
from .table3_pick import this_years_t3
from .table4 import parse_t4
from .table4_runs import split_runs
from .table_align import opens_row
from .table_cells import Builder, TableResult, is_value, match_label
from .table_glue import unglue
from .table_read import status

__all__ = ["TableResult", "extract_tables", "match_label", "norm_label"]


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
            sum(1 for c2 in cells[i + 1:i + 4] if is_value(c2)) == 3:
        return "t3"  # the text starts inside table 3 (an excerpt, a page): a full row label and its values
    if any(l.kind == "row" for l in labs) and opens_row(text) and _whole_t3_row(cells, i):
        return "t3"  # a short row label (（六）其他处理, （七）总计) printed with its number, then a whole row
    parts = text.split()
    if 2 <= len(parts) <= 4 and len("".join(parts)) < 30 and \
            [l.key for p in parts for l in match_label("t4", p) if l.kind == "anchor"] == ["review", "litigation"]:
        return "t4"  # 行政复议   行政诉讼 on one line
    if any(l.kind == "anchor" and l.key == "review" for l in match_label("t4", text)):
        for c2 in cells[i + 1:i + 12]:
            if any(l.key == "litigation" for l in match_label("t4", c2.text)):
                return "t4"
    return None


def _whole_t3_row(cells: list[Cell], i: int) -> bool:
    """``cells[i]`` is followed by exactly one whole table-3 row: a value cell for each of its
    columns (a number among them), then a cell that is no value or opens a printed row. A
    short label (（七）总计) opens table 3 only so: the label alone is no proof."""
    n = len(T.t3_cols())
    vals = cells[i + 1:i + 1 + n]
    if len(vals) < n or not all(is_value(c) for c in vals) or any(c.row_start for c in vals[1:]):
        return False
    if not any(not c.blank and parse_cell(c.text) is not None for c in vals):
        return False
    nxt = cells[i + 1 + n] if i + 1 + n < len(cells) else None
    return nxt is None or not is_value(nxt) or nxt.row_start


def _inside_t2(cells: list[Cell], stop: int) -> int | None:
    """The text starts inside table 2 (an excerpt cut after its 第二十条 headings): the first
    table-2 row label followed by its value cells, before any table the anchors opened
    (family: an excerpt starting inside a table). Only a row with a number counts, so a
    heading or a prose line naming 行政处罚 opens nothing; and only a row table 2 does not
    print again after it (a row printed twice is a summary before the table, not its head)."""
    for i in range(stop):
        keys = {l.key for l in match_label("t2", cells[i].text) if l.kind == "row"}
        if not keys or any(keys & {l.key for l in match_label("t2", c.text) if l.kind == "row"}
                           for c in cells[i + 1:]):
            continue
        vals = []
        for c in cells[i + 1:i + 4]:
            if not is_value(c) or vals and c.row_start:
                break
            vals.append(c)
        if any(not c.blank and parse_cell(c.text) is not None for c in vals):
            return i
    return None


def parse_t3(cells: list[Cell], i: int, end: int, b: Builder) -> None:
    i, end, which = this_years_t3(cells, i, end)
    read = read_t3(cells, i, end, cut_at_end=end >= len(cells))
    if which:
        read.notes.append(which)
    if read.template:
        b.vote("t3", read.template)
    b.reads["t3"] = read
    for key, cell in list(read.cells.items()):
        b.add(key, cell, "件")


_PARSERS = {"t2": parse_t2, "t3": parse_t3, "t4": parse_t4}


def extract_tables(doc: Document) -> TableResult:
    cells = split_runs(unglue([c for c in doc.cells if not c.filler and not is_page_mark(c.text)]))
    starts: list[tuple[int, str]] = []
    current = None
    for i in range(len(cells)):
        t = _table_of(cells, i)
        if t and t != current:
            starts.append((i, t))
            current = t
    first = _inside_t2(cells, starts[0][0] if starts else len(cells))
    if first is not None:
        if starts and starts[0][1] == "t2":
            starts[0] = (first, "t2")
        else:
            starts.insert(0, (first, "t2"))
    b = Builder(doc.text if doc.format == "txt" else None)
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
