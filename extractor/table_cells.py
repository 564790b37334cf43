"""The parts every table's reader shares: its labels (``lexicons/table_labels.tsv``, matched
exactly after normalisation, else with rapidfuzz at a high cutoff), the value cells that follow a
label, how a short row is placed, and the builder that turns cells into figures and each table's
``TableRead``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .document import Cell
from .labels import norm_label
from .lexicon import load
from .numbers import is_blank_mark, parse_cell
from .record import Figure, TableStatus
from .table_read import TableRead

FUZZY_CUTOFF = 88


@dataclass(frozen=True)
class Label:
    table: str
    kind: str  # row | group | column | anchor
    key: str
    template: str | None
    group: str | None


@lru_cache(maxsize=1)
def label_index() -> dict[str, dict[str, list[Label]]]:
    """table -> normalised label -> Labels."""
    out: dict[str, dict[str, list[Label]]] = {}
    for row in load("table_labels", required=("table", "kind", "key", "label"), unique=("table", "label")):
        lab = Label(row["table"], row["kind"], row["key"], row.get("template") or None, row.get("group") or None)
        out.setdefault(row["table"], {}).setdefault(norm_label(row["label"]), []).append(lab)
    return out


@lru_cache(maxsize=1)
def t2_columns() -> dict[tuple[str, str, str], list[str]]:
    return {(r["table"], r["template"], r["row"]): r["columns"].split(",")
            for r in load("table_columns", required=("table", "row", "columns"))}


@lru_cache(maxsize=4096)
def match_label(table: str, text: str) -> tuple[Label, ...]:
    """Labels of ``table`` that ``text`` (a whole cell) is; () when none."""
    n = norm_label(text)
    if not n or len(n) > 60:
        return ()
    labels = label_index()[table]
    if n in labels:
        return tuple(labels[n])
    if len(n) < 4:
        return ()  # short labels (其他, 总计) only match exactly
    hit = process.extractOne(n, list(labels), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return tuple(labels[hit[0]]) if hit else ()


@lru_cache(maxsize=4096)
def shortened_row(table: str, text: str) -> str | None:
    """The row whose label ``text`` is cut short to its head or tail (family: rows with
    shortened labels: 收费 for 行政事业性收费, 集中采购 for 政府集中采购, 其他对外管理服务):
    the one row of ``table`` that has a printed label starting or ending with it (two
    characters at least), when ``text`` is no label of its own; else None."""
    n = norm_label(text)
    if len(n) < 2 or match_label(table, text):
        return None
    keys = {l.key for lab, labs in label_index()[table].items() for l in labs
            if l.kind == "row" and len(lab) > len(n) and (lab.startswith(n) or lab.endswith(n))}
    return keys.pop() if len(keys) == 1 else None


def is_value(c: Cell) -> bool:
    return c.blank or is_blank_mark(c.text) or parse_cell(c.text) is not None


@dataclass
class TableResult:
    figures: list[Figure] = field(default_factory=list)
    template: str | None = None
    warnings: list[str] = field(default_factory=list)
    templates: dict[str, str] = field(default_factory=dict)  # per table, where its labels tell
    tables: list[TableStatus] = field(default_factory=list)  # how sure each table's reading is


class Builder:
    def __init__(self, text: str | None = None):
        self.result = TableResult()
        # the document text when it is plain text (a txt or md file): its cells' spans index it,
        # and the empty lines the reader dropped may be cells (table2_blank); None otherwise
        self.text = text
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


_TAIL = re.compile(r"^[（(].*[)）]$|^[^\d（(]{1,16}$")


def values_after(cells: list[Cell], i: int, table: str | None = None) -> tuple[list[Cell], int]:
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
        if not is_value(c):
            if (table and not vals and skipped < 2 and not c.row_start and _TAIL.match(c.text)
                    and not match_label(table, c.text) and j + 1 < len(cells)
                    and is_value(cells[j + 1])):
                skipped += 1
                j += 1
                continue
            break
        vals.append(c)
        j += 1
    return vals, j


def place_row(vals: list[Cell], n: int, cut_off: bool, b: Builder, what: str) -> list[Cell]:
    """The value slots of a row with ``n`` columns, or [] when they cannot be placed.

    Fewer values than columns can be placed only where the text stops right after them
    (a page cut off mid-row keeps its first cells); elsewhere a short row is ambiguous
    (which column is missing?) and yields nothing, with a warning."""
    if len(vals) >= n or cut_off or not vals:
        return vals[:n]
    b.result.warnings.append(f"{what}: {len(vals)} value(s) for {n} columns; cannot tell which "
                             "column each belongs to, so none were taken")
    return []


def continued(cells: list[Cell], j: int, end: int, vals: list[Cell], n: int):
    """A row broken by a page: its first values, then on the next printed row (after an
    empty label cell, or none) the rest. (values, next index) when the two parts together
    have exactly ``n`` values, else None."""
    head = list(vals)
    while head and head[-1].blank:
        head.pop()
    k = j
    if k < end and cells[k].row_start and cells[k].blank:
        k += 1
    if k >= end or not (cells[k].row_start or cells[j].row_start) or not is_value(cells[k]):
        return None
    rest, k2 = values_after(cells, k - 1)
    if not head or len(head) + len(rest) != n:
        return None
    return head + rest, k2


def continued_rows(cells: list[Cell], j: int, end: int, vals: list[Cell], n: int):
    """A row of ``n`` values printed over several lines (family: table 4's 15 values split
    over lines: 5 + 5 + 5, 6 + 6 + 3): its first values, then each following printed row of
    values only (no label cell between) until there are exactly ``n``. (values, next index)
    when the parts add up to exactly ``n``, else None: a part too many or too few is no
    proof of which slot a value is in."""
    out = [v for v in vals]
    while out and out[-1].blank:
        out.pop()
    if not out:
        return None
    k = j
    while len(out) < n:
        if k >= end or not cells[k].row_start or not is_value(cells[k]):
            return None
        rest, k2 = values_after(cells, k - 1)
        if not rest:
            return None
        out += rest
        k = k2
    if len(out) != n or k < end and is_value(cells[k]) and not cells[k].blank:
        return None
    return out, k
