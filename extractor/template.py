"""The template of tables 2-4 as data, in one place: rows, columns, keys, labels, identities.

Everything that names a table key asks this module: the table reader (row order for the
alignment, columns per row), the checks (the identities), the store and the app (Chinese
display labels), the generator. Its data are four lexicons:

* ``table_rows.tsv``    every row: its group, its order in the 2019 and the 2021 format, display label;
* ``table_cols.tsv``    every column: display label and unit;
* ``table_columns.tsv`` which columns a row has in each format (in printed order);
* ``table_labels.tsv``  the labels the templates print, with variants seen in real reports;
* ``table_checks.tsv``  the identities (勾稽关系).

A figure key is ``t3.<row>.<col>``, ``t2.<row>.<col>`` or ``t4.<group>.<col>``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import LexiconError, load

TABLES = ("t2", "t3", "t4")
TEMPLATES = ("2019", "2021")
TABLE_NAMES = {"t2": "表二 主动公开政府信息情况", "t3": "表三 收到和处理政府信息公开申请情况",
               "t4": "表四 政府信息公开行政复议、行政诉讼情况"}


@dataclass(frozen=True)
class Row:
    table: str
    key: str
    group: str | None
    order: dict[str, int]  # template -> position (1-based); absent: not in that format
    display: str


@dataclass(frozen=True)
class Identity:
    """One identity of the template: sum(left) = sum(right), in one column or across one row."""
    rule: str
    table: str
    severity: str
    left: tuple[str, ...]   # figure keys
    right: tuple[str, ...]
    display: str

    @property
    def keys(self) -> tuple[str, ...]:
        return self.left + self.right

    @property
    def across_row(self) -> bool:
        """An identity across one row (its keys all share the row part: 六类申请人之和 = 总计)."""
        return len({k.rsplit(".", 1)[0] for k in self.keys}) == 1


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[Row, ...]]:
    out: dict[str, list[Row]] = {}
    for r in load("table_rows", required=("table", "row", "display"), unique=("table", "row")):
        order = {}
        for t in TEMPLATES:
            v = r.get(f"order_{t}", "")
            if v:
                if not v.isdigit():
                    raise LexiconError(f"lexicons/table_rows.tsv: order_{t} of {r['row']!r} is not a number")
                order[t] = int(v)
        out.setdefault(r["table"], []).append(Row(r["table"], r["row"], r.get("group") or None, order,
                                                  r["display"]))
    return {t: tuple(v) for t, v in out.items()}


@lru_cache(maxsize=1)
def _cols() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["table"], r["col"]): r for r in load("table_cols", required=("table", "col", "display"),
                                                     unique=("table", "col"))}


@lru_cache(maxsize=1)
def _row_columns() -> dict[tuple[str, str, str], tuple[str, ...]]:
    return {(r["table"], r["template"], r["row"]): tuple(r["columns"].split(","))
            for r in load("table_columns", required=("table", "row", "columns"))}


def rows(table: str, template: str | None = None) -> tuple[Row, ...]:
    """The rows of ``table`` in printed order of ``template`` (None: every row, 2021 order first)."""
    all_rows = _rows()[table]
    if template is None:
        return all_rows
    return tuple(sorted((r for r in all_rows if template in r.order), key=lambda r: r.order[template]))


def row(table: str, key: str) -> Row:
    for r in _rows()[table]:
        if r.key == key:
            return r
    raise KeyError(f"{table}.{key} is not a row of the template (lexicons/table_rows.tsv)")


def columns(table: str, template: str | None, row_key: str) -> tuple[str, ...]:
    """The value columns of a row in printed order (t4: the 15 slots of its one value row,
    as ``group.col``)."""
    cols = _row_columns()
    if table == "t2":
        c = cols.get(("t2", template or "", row_key))
        return c or ()
    return cols[(table, "", "*")]


def t3_cols() -> tuple[str, ...]:
    return columns("t3", None, "*")


def t4_slots() -> tuple[str, ...]:
    return columns("t4", None, "*")


def keys(table: str, template: str | None) -> tuple[str, ...]:
    """Every figure key of ``table`` in ``template`` (printed order)."""
    if table == "t4":
        return tuple(f"t4.{s}" for s in t4_slots())
    out = []
    for r in rows(table, template):
        cols = columns(table, template, r.key) if table == "t2" else t3_cols()
        out += [f"{table}.{r.key}.{c}" for c in cols]
    return tuple(out)


def all_keys() -> frozenset[str]:
    """Every table key of either format."""
    return frozenset(k for t in TABLES for tm in TEMPLATES for k in keys(t, tm))


@lru_cache(maxsize=None)
def printed_label(table: str, key: str, kind: str = "row") -> str:
    """The template's own wording of a row (or group, column) label: the first one
    ``table_labels.tsv`` gives for ``key``, without enumerator."""
    for r in load("table_labels", required=("table", "kind", "key", "label")):
        if r["table"] == table and r["kind"] == kind and r["key"] == key:
            return r["label"]
    raise KeyError(f"{table} {kind} {key!r} has no label in lexicons/table_labels.tsv")


def col_display(table: str, col: str) -> str:
    return _cols()[(table, col)]["display"]


def display(key: str) -> str:
    """The Chinese label of a figure key (表三·本年新收申请·自然人); the key itself when unknown."""
    parts = key.split(".")
    if len(parts) < 3 or parts[0] not in TABLES:
        return _narrative_display().get(key, key)
    table, col = parts[0], parts[-1]
    row_key = ".".join(parts[1:-1])
    try:
        r = row(table, row_key)
        c = col_display(table, col)
    except KeyError:
        return key
    return f"{TABLE_NAMES[table][:2]}·{r.display}·{c}"


@lru_cache(maxsize=1)
def _narrative_display() -> dict[str, str]:
    return {r["key"]: r["display"] for r in load("narrative_keys", required=("key", "display"), unique=("key",))}


@lru_cache(maxsize=4)
def identities(table: str, template: str | None) -> tuple[Identity, ...]:
    """The identities of ``table`` in ``template`` with their rules' names filled in.

    Row identities (``t3.row_total.<row>``, ``t4.sum.<group>``) are given for every row."""
    out: list[Identity] = []
    for r in load("table_checks", required=("rule", "table", "over", "left", "right", "display")):
        if r["table"] != table or (r.get("template") and template and r["template"] != template):
            continue
        if r.get("template") and template is None and r["template"] != "2021":
            continue  # format unknown: the 2021 sum, whose other rows a 2019 table leaves blank
        left, right = r["left"].split("+"), r["right"].split("+")
        if r["over"] == "col":
            for col in r["cols"].split(","):
                out.append(Identity(r["rule"].replace("{col}", col), table, r.get("severity") or "hard",
                                    tuple(f"{table}.{x}.{col}" for x in left),
                                    tuple(f"{table}.{x}.{col}" for x in right), r["display"]))
        else:
            for rw in rows(table, template):
                out.append(Identity(r["rule"].replace("{row}", rw.key), table, r.get("severity") or "hard",
                                    tuple(f"{table}.{rw.key}.{x}" for x in left),
                                    tuple(f"{table}.{rw.key}.{x}" for x in right), r["display"]))
    return tuple(out)


def holds(identity: Identity, values: dict) -> bool | None:
    """True / False when every cell it needs is stated, else None (not assessable)."""
    a = [values.get(k) for k in identity.left]
    b = [values.get(k) for k in identity.right]
    if any(v is None for v in a + b):
        return None
    return abs(sum(a) - sum(b)) < 1e-6
