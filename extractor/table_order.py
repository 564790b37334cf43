"""Rows a table's alignment placed by order alone (no label it could read): which placements the
layout proves, and which stay guesses.

A row printed with its own label cell empty (a merged cell rendered blank, a flattened table that
dropped it; at most the heading of its group printed beside it, as a merged group cell stands
beside its first sub-row) carries no word of its own. Its place is *proved* when

* the rows found by their labels right before and right after it leave exactly the template rows
  the label-less rows between them fill (their count and order leave one reading), and
* no other printed row with numbers stands between those two (a row too many would be a second
  reading), and
* each holds one whole row of values (the table reader checks that: ``table3._whole_row``).

A printed slip in such a table is then the source's, as in a table read by its labels. A row whose
label is printed but unreadable (it may be a row the template does not have), or whose neighbours
were themselves placed by order, or at the table's edge, is no proof: a guess, said so.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from . import template as T
from .labels import norm_label
from .lexicon import load

if TYPE_CHECKING:  # pragma: no cover
    from .table_align import Segment

# a label piece that is only an Arabic sub-row number (2. 2、 （2）): it must be the row's own
_SUB_NUMBER = re.compile(r"^\s*[（(]?(\d{1,2})[)）]?[、.．]?\s*$")
_CN_NUMBER = re.compile(r"[一二三四五六七八九十]")


@lru_cache(maxsize=None)
def heads_by_group(table: str) -> dict[str, tuple[str, ...]]:
    """group -> its normalised headings (不予公开 …; 其他处理 heads the 2021 sub-rows), longest first."""
    groups = {r.group for r in T.rows(table) if r.group}
    out: dict[str, set[str]] = {}
    for r in load("table_labels", required=("table", "kind", "key", "label")):
        if r["table"] == table and (r["kind"] == "group" or r["key"] in groups):
            head = norm_label(r["label"])
            if head:
                out.setdefault(r["key"], set()).add(head)
    return {g: tuple(sorted(h, key=len, reverse=True)) for g, h in out.items()}


def _number_in_group(table: str, template: str | None, key: str) -> int | None:
    """The row's 1-based place among the rows of its group (2 for 2.其他法律行政法规禁止公开)."""
    row = T.row(table, key)
    if not row.group:
        return None
    mates = [r.key for r in T.rows(table, template) if r.group == row.group]
    return mates.index(key) + 1 if key in mates else None


def own_label_empty(table: str, template: str | None, seg: "Segment", key: str) -> bool:
    """``seg`` prints no label of its own for row ``key``: no label piece, or only the heading of
    the row's group (broken over lines or not), or only the row's own sub-row number. A bare
    Chinese enumerator (（四）, 三、) is some heading's number: no proof of which row this is."""
    heads = heads_by_group(table).get(T.row(table, key).group or "", ())
    text = ""
    for c in seg.labels:
        m = _SUB_NUMBER.match(c.text)
        if m:
            if int(m.group(1)) != _number_in_group(table, template, key):
                return False  # another row's number: the label says something else
            continue
        own = norm_label(c.text)
        if not own and _CN_NUMBER.search(c.text):
            return False  # a bare （四） or 三、: a heading's number, which row's is not read here
        text += own
    changed = True
    while text and changed:
        changed = False
        for h in heads:
            if text.startswith(h):
                text, changed = text[len(h):], True
    return not text


def _runs(keys: list[str], by_order: list[str]) -> Iterator[tuple[list[str], str | None, str | None]]:
    """Each maximal run of rows placed by order, with the template rows right before and after it."""
    k = 0
    while k < len(keys):
        if keys[k] not in by_order:
            k += 1
            continue
        end = k
        while end < len(keys) and keys[end] in by_order:
            end += 1
        yield keys[k:end], (keys[k - 1] if k > 0 else None), (keys[end] if end < len(keys) else None)
        k = end


def _debris(seg: "Segment") -> bool:
    """A printed line of layout, no row: no label and one blank cell (a merged cell's
    continuation in a Word export, printed as a bare tab)."""
    return not seg.labels and len(seg.values) == 1 and seg.values[0].blank


def _bounded(before: str | None, after: str | None, found: dict, by_order: list[str]) -> bool:
    """Both rows around a run were found by their labels."""
    return all(k is not None and k in found and k not in by_order for k in (before, after))


def pinned_runs(table: str, template: str | None, keys: list[str], found: dict[str, "Segment"],
                by_order: list[str]) -> set[str]:
    """Rows placed by order in a run of two or more, each printed with no label of its own, that
    fill every template row between two rows found by their labels (family: a docx table whose
    merged label cells came out empty): kept. A run with a label piece it could not read, or not
    bounded by labelled rows on both sides, is no proof (each stays a guess, and is dropped)."""
    out: set[str] = set()
    for run, before, after in _runs(keys, by_order):
        if (len(run) >= 2 and _bounded(before, after, found, by_order)
                and all(own_label_empty(table, template, found[r], r) for r in run)):
            out.update(run)
    return out


def proved_rows(table: str, template: str | None, keys: list[str], segs: list["Segment"],
                found: dict[str, "Segment"], by_order: list[str]) -> list[str]:
    """The rows placed by order whose place the layout proves (module doc): each run of them, of
    any length, bounded by rows found by their labels, printed with no label of its own, and with
    no other printed row of numbers between the bounding rows."""
    at = {id(s): i for i, s in enumerate(segs)}
    out: list[str] = []
    for run, before, after in _runs(keys, by_order):
        if not _bounded(before, after, found, by_order):
            continue
        if not all(own_label_empty(table, template, found[r], r) for r in run):
            continue
        between = [s for s in segs[at[id(found[before])] + 1:at[id(found[after])]] if not _debris(s)]
        if len(between) != len(run) or any(id(s) != id(found[r]) for s, r in zip(between, run)):
            continue
        out.extend(run)
    return out
