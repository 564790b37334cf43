"""Table 2 rows by the template's order: which row a row printed without its label is, and
whether its position alone says so for sure.

A row whose label cell is printed empty (``|  | 34 |`` under 行政处罚) is the template row
after the last row found by its label. That is a guess unless the rest of the table pins it
down; it is *placed by position* (no doubt, a note) only when all of these hold:

* the table's format is one (every header and label that voted names the same template);
* the rows found by their labels are printed in the template's order;
* the printed row right before it is the template row before it, found by its label, and
  the printed row right after it is the template row after it, found by its label (or the
  table ends there and it is the template's last row): exactly one row fits between;
* its block's header names exactly the columns the template gives that row, and the row
  fills every one of them.

Anything less stays a doubt (``doubtful``): table 2 has no identity to confirm a guess.
"""
from __future__ import annotations

from . import template as T


def majority(votes: list[str]) -> str | None:
    """The format most of a table's labels voted for (ties: the earlier format, so the answer
    never depends on the order votes came in)."""
    return max(sorted(set(votes)), key=votes.count) if votes else None


def next_row(last: str | None, votes: list[str]) -> str | None:
    """The table-2 row the template prints after ``last`` (the first row when None), in the
    format ``votes`` (the table's headers so far) show."""
    keys = [r.key for r in T.rows("t2", majority(votes) or "2021")]
    if last is None:
        return keys[0]
    if last not in keys or keys.index(last) + 1 >= len(keys):
        return None
    return keys[keys.index(last) + 1]


def sure_by_position(row: str, at: int, printed: list[str | None], votes: list[str],
                     header: list[str] | None, n_values: int) -> bool:
    """Whether the unlabelled row ``printed[at]`` (None there) is ``row`` for sure.

    ``printed``: the table's rows in printed order, a row key where the label said it, None
    where no label was printed; ``header``: the column keys of the row's block header."""
    if len(set(votes)) != 1:
        return False
    keys = [r.key for r in T.rows("t2", votes[0])]
    if row not in keys or header is None or list(T.columns("t2", votes[0], row)) != header \
            or n_values != len(header):
        return False
    labelled = [k for k in printed if k is not None]
    if any(k not in keys for k in labelled) or \
            [keys.index(k) for k in labelled] != sorted({keys.index(k) for k in labelled}):
        return False   # a row of the other format, a row twice, or rows out of order
    i = keys.index(row)
    before = printed[at - 1] if at > 0 else None
    if i == 0 or before != keys[i - 1]:
        return False
    if at + 1 < len(printed):
        return i + 1 < len(keys) and printed[at + 1] == keys[i + 1]
    return i + 1 == len(keys)
