"""Which table 3 to read where a report prints two, one after the other (last year's quoted
for comparison, then this year's, or the other way round).

Each table opens with its own header (申请人情况 / 勾稽关系) and its own 本年新收 row; the one
whose introduction speaks of last year (``lexicons/table_cues.tsv``, role ``past_table``) is
not this year's; with no such word, the later one is. A header repeated on a new page opens
no second 本年新收 row, so it is no second table.
"""
from __future__ import annotations

from functools import lru_cache

from .document import Cell
from .labels import norm_label, to_simplified
from .lexicon import load, role_words
from .table_align import is_value, similarity

NEW_ROW = 0.9   # a label this close to 本年新收…申请数量 opens a table 3's rows


@lru_cache(maxsize=1)
def _past_cues() -> tuple[str, ...]:
    return role_words("table_cues", "past_table")


@lru_cache(maxsize=1)
def _anchors() -> frozenset[str]:
    return frozenset(norm_label(r["label"]) for r in load("table_labels", required=("table", "kind", "key", "label"))
                     if r["table"] == "t3" and r["kind"] == "anchor")


def _is_anchor(text: str) -> bool:
    return norm_label(text) in _anchors() or ("勾稽关系" in to_simplified(text) and len(text) < 60)


def _opens_rows(text: str) -> bool:
    n = norm_label(text)
    return 0 < len(n) <= 40 and similarity("t3", "new_received", n) >= NEW_ROW


def _intro_is_past(cells: list[Cell], start: int) -> bool:
    """The prose right before a table (the two cells before it that are no value) introduces
    last year's table."""
    return any(not is_value(c) and any(w in c.text for w in _past_cues()) for c in cells[max(0, start - 2):start])


def this_years_t3(cells: list[Cell], i: int, end: int) -> tuple[int, int, str | None]:
    """The range of this year's table 3 inside ``cells[i:end]``, and a note when there were two."""
    news = [k for k in range(i, end) if not cells[k].blank and _opens_rows(cells[k].text)]
    if len(news) < 2:
        return i, end, None
    starts = [i]
    for prev, nxt in zip(news, news[1:]):
        anchors = [k for k in range(prev + 1, nxt) if _is_anchor(cells[k].text)]
        if not anchors:
            return i, end, None
        starts.append(anchors[0])
    bounds = list(zip(starts, starts[1:] + [end]))
    current = [k for k, (s0, _) in enumerate(bounds) if not _intro_is_past(cells, s0)]
    pick = current[-1] if current else len(bounds) - 1
    s0, e0 = bounds[pick]
    return s0, e0, f"正文印有 {len(bounds)} 张表三，按第 {pick + 1} 张（本年度）读取，其余为对照"
