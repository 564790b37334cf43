"""Rows of a table aligned to the template's row sequence, not recognised one by one.

A table's cell stream is cut into *segments*: the label cells of one printed row (a merged
group heading, a label broken over lines or pages, a label printed one character per
line all end up here as several pieces) followed by its value cells. The segments are
then aligned with the template's rows (``extractor/template.py``) by a monotone sequence
alignment (dynamic programming) whose gain is the label similarity, so

* a garbled, split or misspelled label still lands on its row when the order agrees;
* a row with an empty or unreadable label lands on the one template row left between its
  neighbours (said so: it was placed by order; ``table_order`` says when the layout proves it);
* a template row no segment aligns with is known to be missing.

The alignment is run for each format the table could be in; the better fit wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from . import template as T
from .document import Cell
from .labels import norm_label
from .lexicon import load
from .numbers import is_blank_mark, parse_cell
from .table_cells import match_label
from .table_header import column_word
from .table_order import heads_by_group, pinned_runs, proved_rows

MATCH = 0.62      # a label this similar to a row's label is that row
ORDER_GAIN = 0.05  # a segment with values and no readable label, placed by order alone
MAX_PIECES = 4     # label pieces joined from the right when looking for the row's label


# a label that opens a row of its own: 一、 （三） 2. 2、 ①
_OPENS_ROW = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[①-⑳])")


def opens_row(text: str) -> bool:
    """A label that opens a row of its own (一、 （三） 2. 2、 ①)."""
    return _OPENS_ROW.match(text) is not None


def _all_blank(values: list[Cell]) -> bool:
    return all(v.blank or is_blank_mark(v.text) for v in values)


def is_value(c: Cell) -> bool:
    return c.blank or is_blank_mark(c.text) or parse_cell(c.text) is not None


@dataclass
class Segment:
    labels: list[Cell] = field(default_factory=list)
    values: list[Cell] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "".join(c.text for c in self.labels)


def header_cells(cells: list[Cell], start: int, end: int) -> list[Cell]:
    """The cells before the table's first value or numbered row label: its column header."""
    out = []
    for c in cells[start:end]:
        if c.filler:
            continue
        if is_value(c) or opens_row(c.text):
            break
        out.append(c)
    return out


HEADER_MIN = 3   # header cells a printed line needs to be the table's header printed again


def _header_word(table: str, text: str) -> bool:
    """``text`` is a word of the table's column header or one of its anchors (申请人情况)."""
    return column_word(table, text) is not None or \
        any(l.kind in ("anchor", "column") for l in match_label(table, text))


def repeats_header(table: str, seg: Segment, top: frozenset[str] = frozenset()) -> bool:
    """``seg`` is the table's column header printed again where the table goes on over a new
    page (a Word table's repeated heading rows, a web page's thead, reportlab's repeatRows):
    label cells only, no number among its value cells (the empty group cells of the row
    under it), none opening a row, and at least two thirds of them (a corner cell, 本年度情况,
    may be none) header words or cells the header at the table's top (``top``, normalised)
    printed too."""
    texts = [c.text for c in seg.labels if c.text.strip()]
    if not texts or not _all_blank(seg.values) or any(_OPENS_ROW.match(t) for t in texts):
        return False
    words = sum(1 for t in texts if norm_label(t) in top or _header_word(table, t))
    return words >= HEADER_MIN and 3 * words >= 2 * len(texts)


def _after_header(table: str, seg: Segment, top: frozenset[str]) -> list[Segment]:
    """``seg`` as the header printed again and the row label printed right after it (the
    rest of a label cut by the page break, when no empty cell stands between them), when
    its label cells open so; else ``seg`` alone."""
    texts = [c.text for c in seg.labels]
    heads = [k for k, t in enumerate(texts) if t.strip() and (norm_label(t) in top or _header_word(table, t))]
    cut = heads[-1] + 1 if heads else 0
    if 0 < cut < len(texts) and repeats_header(table, Segment(seg.labels[:cut], []), top):
        return [Segment(seg.labels[:cut], []), Segment(seg.labels[cut:], seg.values)]
    return [seg]


def segments(cells: list[Cell], start: int, end: int, table: str = "t3") -> list[Segment]:
    """The printed rows of ``cells[start:end]``: label pieces, then values.

    A new segment opens at a label after values, and at a row start after values (a row
    of values with no label of its own: its label cell was empty or lost). A label-only
    row followed by a row of values only (a converted table whose labels stand apart
    from their values) becomes one segment.

    A row whose label a page break cut in two (family: a row label split by a page
    break): the part under the break, with no enumerator of its own, joins the row
    above it, across the empty cells of the merged group column and across the table's
    header printed again on the new page (``repeats_header``). Its values are the ones
    printed by the first part; or, where the first part printed only blank cells and a
    repeated header proves the page break, the ones printed by the second part."""
    out: list[Segment] = []
    cur = Segment()
    for c in cells[start:end]:
        if c.filler:
            continue
        if is_value(c):
            if c.row_start and cur.values:
                out.append(cur)
                cur = Segment()
            cur.values.append(c)
            continue
        if cur.values:
            out.append(cur)
            cur = Segment()
        cur.labels.append(c)
    if cur.labels or cur.values:
        out.append(cur)
    top = frozenset(norm_label(c.text) for c in header_cells(cells, start, end)) - {""}
    again: set[int] = set()   # the header printed again (ids): no row's, dropped at the end
    merged: list[Segment] = []
    for s in out[:1] + [part for seg in out[1:] for part in _after_header(table, seg, top)]:
        if merged and repeats_header(table, s, top):
            again.add(id(s))
            merged.append(s)
            continue
        if s.labels and not _OPENS_ROW.match(s.label):
            k = len(merged)
            headers = 0
            while k and (not merged[k - 1].labels and _all_blank(merged[k - 1].values)
                         or id(merged[k - 1]) in again):
                headers += id(merged[k - 1]) in again
                k -= 1
            prev = merged[k - 1] if k else None
            opened = prev is not None and prev.labels and _OPENS_ROW.match(prev.labels[-1].text)
            if opened and s.values and _all_blank(s.values) and not _all_blank(prev.values):
                # the rest of a row's label under a page break, in a row of blank cells of its own
                prev.labels.extend(s.labels)
                del merged[k:]
                continue
            if opened and headers and prev.values and _all_blank(prev.values) and not _all_blank(s.values):
                # the first part printed blank cells, its values stand by the rest on the new page
                prev.labels.extend(s.labels)
                prev.values = s.values
                del merged[k:]
                continue
        if (merged and not s.labels and merged[-1].labels and id(merged[-1]) not in again
                and all(v.blank or is_blank_mark(v.text) for v in merged[-1].values)
                and any(not v.blank for v in s.values)):
            merged[-1].values = s.values  # label | blank cells, then its values on a row of their own
            continue
        merged.append(s)
    return [s for s in merged if id(s) not in again]


@lru_cache(maxsize=None)
def _variants(table: str) -> dict[str, tuple[str, ...]]:
    """row key -> normalised printed labels (lexicons/table_labels.tsv)."""
    out: dict[str, list[str]] = {}
    for r in load("table_labels", required=("table", "kind", "key", "label")):
        if r["table"] == table and r["kind"] == "row":
            n = norm_label(r["label"])
            if n:
                out.setdefault(r["key"], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _group_heads(table: str) -> tuple[str, ...]:
    """Normalised group headings (本年度办理结果, 不予公开 …), longest first."""
    heads = {h for hs in heads_by_group(table).values() for h in hs}
    return tuple(sorted(heads, key=len, reverse=True))


def _without_heads(table: str, text: str) -> str:
    """``text`` without the group headings glued before the row's own label (其他处理1申请人…)."""
    changed = True
    while changed:
        changed = False
        for h in _group_heads(table):
            if text.startswith(h) and len(text) > len(h):
                text = text[len(h):].lstrip("0123456789一二三四五六七八九十")
                changed = True
    return text


_INNER_ENUM = re.compile(r"(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])")


def _after_enumerator(text: str) -> str | None:
    """The row's own label when group-heading debris stands before it on the same line: the
    text from the last enumerator inside it on (处理        3.其他 -> 3.其他)."""
    hits = [m for m in _INNER_ENUM.finditer(text) if m.start() > 0]
    return text[hits[-1].start():] if hits else None


@lru_cache(maxsize=8192)
def similarity(table: str, row_key: str, text: str) -> float:
    """How much ``text`` (one label, normalised) reads as the row ``row_key``: 0..1."""
    if not text:
        return 0.0
    best = 0.0
    for v in _variants(table).get(row_key, ()):
        if text == v:
            return 1.0
        s = fuzz.ratio(text, v) / 100
        short, long_ = (text, v) if len(text) <= len(v) else (v, text)
        if len(short) >= 4 and short in long_:
            # a label with its group heading glued on (不予公开属于国家秘密), or cut short
            s = max(s, 0.7 + 0.3 * len(short) / len(long_))
        best = max(best, s)
    return best


def label_texts(table: str, seg: Segment) -> tuple[str, ...]:
    """The normalised texts the segment's label may be, nearest first: the last piece, or
    the last two, three … pieces joined (a label broken over lines; one character per line),
    each also without group-heading debris before it. Computed once per segment."""
    out: list[str] = []
    pieces = [c.text for c in seg.labels][-MAX_PIECES * 3:]
    for k in range(1, len(pieces) + 1):
        raw = "".join(pieces[-k:])
        joined = norm_label(raw)
        if len(joined) > 70:
            break
        out.append(joined)
        bare = _without_heads(table, joined)
        if bare != joined:
            out.append(bare)
        own = _after_enumerator(raw)
        if own:
            out.append(norm_label(own))
    return tuple(dict.fromkeys(t for t in out if t))


def label_score(table: str, texts: tuple[str, ...], row_key: str) -> float:
    """The best similarity of a segment's label texts (``label_texts``) to the row."""
    best = 0.0
    for t in texts:
        best = max(best, similarity(table, row_key, t))
        if best == 1.0:
            break
    return best


@dataclass
class Alignment:
    template: str | None
    score: float
    rows: dict[str, Segment]             # row key -> its segment
    by_order: list[str]                  # rows placed by order alone (no readable label)
    proved: list[str]                    # of those, the ones whose place the layout proves (table_order)
    weak: list[str]                      # rows whose label matched only loosely
    missing: list[str]                   # template rows no segment aligned with


def align(table: str, segs: list[Segment], template: str | None,
          texts: list[tuple[str, ...]] | None = None) -> Alignment:
    """The best monotone alignment of ``segs`` with the rows of ``table`` in ``template``
    (``texts``: the segments' ``label_texts``, when the caller has them)."""
    rows = T.rows(table, template)
    m, n = len(segs), len(rows)
    texts = texts if texts is not None else [label_texts(table, s) for s in segs]
    sim = [[label_score(table, t, r.key) for r in rows] for t in texts]
    # dp[a][b]: best gain aligning segs[:a] with rows[:b]; back[a][b]: the move taken
    dp = [[0.0] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    for a in range(1, m + 1):
        has_vals = any(not v.blank for v in segs[a - 1].values) or len(segs[a - 1].values) >= 2
        for b in range(1, n + 1):
            best, move = dp[a - 1][b], 1          # skip the segment (prose, a heading)
            if dp[a][b - 1] > best:
                best, move = dp[a][b - 1], 2      # the row is missing
            s = sim[a - 1][b - 1]
            gain = s if s >= MATCH else (ORDER_GAIN if has_vals and s < 0.45 else None)
            if gain is not None and dp[a - 1][b - 1] + gain > best + 1e-9:
                best, move = dp[a - 1][b - 1] + gain, 3
            dp[a][b], back[a][b] = best, move
    a, b = m, n
    found: dict[str, Segment] = {}
    by_order, weak = [], []
    while a > 0 and b > 0:
        move = back[a][b]
        if move == 3:
            key = rows[b - 1].key
            found[key] = segs[a - 1]
            s = sim[a - 1][b - 1]
            if s < MATCH:
                by_order.append(key)
            elif s < 0.85:
                weak.append(key)
            a, b = a - 1, b - 1
        elif move == 2:
            b -= 1
        else:
            a -= 1
    # an order-only placement needs labelled neighbours on both sides (or the table's edge
    # right after a labelled row): otherwise it is a guess
    keys = [r.key for r in rows]
    pinned = pinned_runs(table, template, keys, found, by_order)
    for key in list(by_order):
        if key in pinned:
            continue
        i = keys.index(key)
        before = next((k for k in reversed(keys[:i]) if k in found), None)
        after = next((k for k in keys[i + 1:] if k in found), None)
        if before is None or before in by_order or (after is not None and after in by_order):
            del found[key]
            by_order.remove(key)
    missing = [k for k in keys if k not in found]
    by_order = sorted(by_order, key=keys.index)
    return Alignment(template, dp[m][n], found, by_order, proved_rows(table, template, keys, segs, found, by_order),
                     sorted(weak, key=keys.index), missing)


def best_alignment(table: str, segs: list[Segment]) -> Alignment:
    """The format whose rows the segments fit best (ties: the one with fewer rows missing)."""
    texts = [label_texts(table, s) for s in segs]
    cands = [align(table, segs, t, texts) for t in T.TEMPLATES]
    return max(cands, key=lambda al: (round(al.score, 6), -len(al.missing)))
