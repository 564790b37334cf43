"""Table 4 printed as runs of column word and value, one group per line (family: a portal
copy that lost the grid: ``行政复议：结果维持 2 结果纠正 0 其他结果 1 尚未审结 1 总计 5``,
``行政诉讼（未经复议直接起诉）：结果维持1件，结果纠正0件…``).

``split_runs`` cuts such a line's cell into its group label, and a cell for each column word
and each value (exact spans into the same text); ``read_runs`` places each value by the word
printed before it and the group the line names. The group is read from the line's label
(``lexicons/table_labels.tsv``: 行政复议, and the t4 rows 未经复议直接起诉 / 复议后起诉); a bare
行政诉讼 is placed by the template's order (direct first), a guess no identity can confirm."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Cell
from .labels import to_simplified
from .numbers import is_blank_mark, parse_cell
from .table_cells import label_index, match_label
from .table_header import column_word, column_words

_GAP = re.compile(r"[\s，,、；;。]*")
_NUM = r"[0-9０-９]+(?:件)?"


@lru_cache(maxsize=1)
def _run() -> re.Pattern:
    words = "|".join(re.escape(w) for w in column_words("t4") if len(w) >= 2)
    return re.compile(rf"(?P<word>{words})[ \t\xa0\u3000]*[:：]?[ \t\xa0\u3000]*(?P<num>{_NUM})?")


def split_runs(cells: list[Cell]) -> list[Cell]:
    """``cells`` with every cell that holds two or more ``word value`` runs of table 4's
    header words after a group's label (行政复议：…, or a cell of its own before) cut into its
    label, words and values; every other cell as it is."""
    out: list[Cell] = []
    for c in cells:
        ms = [] if c.blank or c.confidence is not None or c.x is not None else list(_run().finditer(c.text))
        if len(ms) < 2 or sum(1 for m in ms if m["num"]) < 2 or \
                not all(_GAP.fullmatch(c.text, a.end(), b.start()) for a, b in zip(ms, ms[1:])) or \
                not _GAP.fullmatch(c.text, ms[-1].end()):
            out.append(c)
            continue
        head = c.text[:ms[0].start()].rstrip()
        if not (_group(head) if head else out and _group(out[-1].text)):
            out.append(c)   # a sentence (其中结果维持2件，结果纠正0件…): only a group's own line is cut
            continue
        if head:
            out.append(Cell(c.start, c.start + len(head), head, row_start=True, table=c.table))
        for k, m in enumerate(ms):
            out.append(Cell(c.start + m.start("word"), c.start + m.end("word"), m["word"],
                            row_start=not head and k == 0, table=c.table))
            if m["num"]:
                out.append(Cell(c.start + m.start("num"), c.start + m.end("num"), m["num"], table=c.table))
    return out


def _group(text: str) -> str | None:
    """review, direct, after_review, or litigation (行政诉讼 naming neither)."""
    n = re.sub(r"\s", "", to_simplified(text))   # brackets kept: 行政诉讼（复议后起诉）
    if not n or len(n) > 30:
        return None
    rows = [l.key for lab, ls in label_index()["t4"].items() for l in ls if l.kind == "row" and lab in n]
    if len(set(rows)) == 1:
        return rows[0]
    keys = {l.key for l in match_label("t4", text) if l.kind == "anchor"}
    return next(iter(keys)) if len(keys) == 1 else None


@dataclass
class Runs:
    cells: dict[str, Cell] = field(default_factory=dict)   # slot (review.upheld) -> value cell
    order: list[str] = field(default_factory=list)         # slots in printed order
    doubts: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)       # groups placed by order only


def read_runs(cells: list[Cell], i: int, end: int) -> Runs | None:
    """Table 4's values placed by the word printed before each, when the table is printed as
    runs (three or more word–value pairs on the lines of its groups, before any other value);
    else None."""
    runs, group, litigations = Runs(), None, 0
    pairs, k = 0, i
    while k < end:
        c = cells[k]
        col = column_word("t4", c.text)
        nxt = cells[k + 1] if k + 1 < end else None
        if col and nxt is not None and not nxt.row_start and not nxt.blank and \
                (parse_cell(nxt.text) is not None or is_blank_mark(nxt.text)):
            k += 2
            if group is None:
                continue   # words and values after no group's label (a sentence): not placed
            pairs += 1
            slot = f"{group}.{col}"
            if slot in runs.cells:
                runs.doubts.append(f"表四“{c.text}”在同一组中印了两次，未取值")
                runs.cells.pop(slot)
                continue
            runs.cells[slot] = nxt
            runs.order.append(slot)
            continue
        k += 1
        if not pairs and not c.blank and parse_cell(c.text) is not None:
            return None   # values before the first run: a grid's value row, read by the grid
        g = _group(c.text) if not col and parse_cell(c.text) is None else None
        if g == "litigation":
            litigations += 1
            g = ("direct", "after_review")[min(litigations, 2) - 1]
            runs.guessed.append(g)
        group = g   # a run ends at any other cell
    return runs if pairs >= 3 else None
