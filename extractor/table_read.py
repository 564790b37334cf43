"""What the reader made of one table, and how sure it is (the record's ``tables`` entry).

Status, in the contract's words:

* ``absent``: the table is not in the text;
* ``incomplete``: template rows not found, or cells that could not be placed, or the text
  stops inside the table;
* ``verified``: read completely and no identity of the template fails;
* ``doubtful``: an identity fails in a way a misreading could explain: the reading needed
  a guess (a row placed by order, a loose label) or another placement of the same printed
  cells (one row shifted by a column) makes more identities hold; or an identity that blank
  cells leave unassessable fails when the blanks are read as 0 (a blank may hide a value);
* ``source_inconsistent``: read completely and cleanly, and the report's own numbers
  disagree; kept as printed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import template as T
from .document import UNSURE, Cell
from .numbers import parse_cell
from .record import TableStatus


@dataclass
class TableRead:
    table: str
    template: str | None
    cells: dict[str, Cell] = field(default_factory=dict)   # figure key -> printed cell
    values: dict[str, float] = field(default_factory=dict)  # figure key -> its number (filled cells)
    missing: list[str] = field(default_factory=list)       # template rows not found
    unplaced: list[str] = field(default_factory=list)      # rows found whose cells could not be placed
    cut_rows: list[str] = field(default_factory=list)      # rows the end of the text cut off
    stray: list[str] = field(default_factory=list)         # printed rows of numbers no template row took (labels)
    doubts: list[str] = field(default_factory=list)        # guesses the reading made (Chinese)
    notes: list[str] = field(default_factory=list)         # what a reviewer may want to know
    segments: int = 0
    found: set[str] = field(default_factory=set)            # rows found (table 2)
    cols: tuple = ()                                        # value columns in the printed order read (t3, t4)
    missing_cols: list[str] = field(default_factory=list)   # template columns the table does not print (t3)
    unconfirmed: list[str] = field(default_factory=list)    # guesses no identity can confirm: never verified


def _failures(table: str, template: str | None, values: dict) -> list[T.Identity]:
    return [i for i in T.identities(table, template) if T.holds(i, values) is False]


def _blank_failures(read: TableRead, table: str, template: str | None, values: dict) -> list[T.Identity]:
    """Identities not assessable only because cells printed blank, that fail when those
    blanks are read as 0: a blank there may hide a value (or the reading lost one). A side
    of an identity with no number stated at all says nothing to compare, and an identity
    across one row (六类申请人之和 = 总计) is left to the row: many tables fill only a row's
    总计 and leave its applicant columns blank; both stay unassessable."""
    blanks = {k: 0 for k, c in read.cells.items() if c.blank and k not in values}
    if not blanks:
        return []
    zeroed = {**blanks, **values}
    return [i for i in T.identities(table, template)
            if T.holds(i, values) is None and T.holds(i, zeroed) is False
            and all(any(k in values for k in side) for side in (i.left, i.right))
            and not i.across_row]


def _shift_helps(read: TableRead, values: dict, n_fail: int) -> str | None:
    """A row whose values, moved one column left or right, make every identity hold. The move
    may push out only an empty slot: a row whose first and last cells both hold printed
    numbers has no column to spare, so no shift of it is a reading of the same cells."""
    if read.table != "t3":
        return None
    cols = T.t3_cols()
    rows = {k.rsplit(".", 1)[0] for k in values}
    for row in sorted(rows):
        base = [values.get(f"{row}.{c}") for c in cols]
        moves = ([base[1:] + [None]] if base[0] is None else []) + ([[None] + base[:-1]] if base[-1] is None else [])
        for shifted in moves:
            alt = dict(values)
            for c, v in zip(cols, shifted):
                alt.pop(f"{row}.{c}", None)
                if v is not None:
                    alt[f"{row}.{c}"] = v
            if not _failures(read.table, read.template, alt):
                return row.split(".", 1)[1]
    return None


def _total_moved(read: TableRead, values: dict, template: str | None) -> bool:
    """The 总计 column read in the wrong place: with the printed 总计 taken from another column
    position (the same in every row, or in every group of table 4) every identity holds.
    A header that could not be read may print 总计 first; the arithmetic then fails in every
    row while the report's own numbers agree."""
    if read.table not in ("t3", "t4") or not read.cols:
        return False
    if read.table == "t3":
        groups = sorted({k.rsplit(".", 1)[0] for k in values})
        order = [c for c in read.cols]
    else:
        groups = sorted({k.split(".")[1] for k in values})
        order = [c.split(".")[1] for c in read.cols[:5]]
    if "total" not in order or None in order:
        return False
    at = order.index("total")
    for new_at in range(len(order)):
        if new_at == at:
            continue
        # the printed sequence of slots, with the total printed at new_at instead
        moved = [c for c in order if c != "total"]
        moved.insert(new_at, "total")
        alt = {}
        for g in groups:
            for was, now in zip(order, moved):
                k = f"{g}.{was}" if read.table == "t3" else f"t4.{g.split('.')[-1]}.{was}"
                if k in values:
                    alt[k.rsplit(".", 1)[0] + "." + now] = values[k]
        if alt and not _failures(read.table, template, alt):
            return True
    return False


def _alternative_reading(read: TableRead, values: dict, template: str | None) -> tuple[str, str] | None:
    """An OCR'd cell whose other reading (one digit the runner-up) alone makes every identity
    hold: (key, that reading). Only when exactly one such swap exists."""
    found = []
    for key, cell in read.cells.items():
        for alt in cell.alternatives:
            n = parse_cell(alt)
            if n is None:
                continue
            trial = dict(values)
            trial[key] = n.value
            if not _failures(read.table, template, trial):
                found.append((key, alt))
    return found[0] if len(found) == 1 else None


def _maybe_lost(read: TableRead) -> list[str]:
    """Value cells OCR read as blank in a table whose other cells hold numbers: a scan's
    faint or speckled lone ``0`` reads as nothing, and a blank that an identity does not
    need would pass unseen (family: a cell lost by OCR is never verified). Totals first."""
    if not read.values:
        return []
    lost = [k for k, c in read.cells.items() if c.ocr_blank and k not in read.values]
    return sorted(lost, key=lambda k: (not k.endswith(".total"), k))


def status(read: TableRead | None, table: str, template: str | None) -> TableStatus:
    """The record's entry for one table."""
    if read is None or not read.cells and not read.segments:
        return TableStatus(table, template, "absent", [], "正文中未找到此表")
    tmpl = read.template or template
    values = read.values
    fails = _failures(table, tmpl, values)
    unsure = sorted(k for k, c in read.cells.items() if c.confidence is not None and c.confidence < UNSURE
                    and not c.blank)
    if fails and any(c.alternatives for c in read.cells.values()):
        fixed = _alternative_reading(read, values, tmpl)
        if fixed is not None:
            key, alt = fixed
            return TableStatus(table, tmpl, "doubtful", [],
                               f"扫描识别：{len(fails)} 项勾稽关系不成立；若“{T.display(key)}”读作 {alt}"
                               f"（识别的另一读法）则全部成立，请核对原件")
    doubts = list(read.doubts)
    lost = _maybe_lost(read)
    if lost:
        doubts.append(f"扫描识别为空白的单元格 {len(lost)} 个（表中其余为数字）："
                      + "、".join(T.display(k) for k in lost[:3]) + ("等" if len(lost) > 3 else "")
                      + "，原件可能印有数值（如0）而未识别出，请核对")
    if unsure:
        doubts.append(f"扫描识别把握不足的单元格 {len(unsure)} 个："
                      + "、".join(T.display(k) for k in unsure[:3]) + ("等" if len(unsure) > 3 else ""))
    notes = doubts + list(read.notes)
    missing = list(read.missing)
    if missing or read.unplaced or read.cut_rows or read.stray or read.missing_cols:
        bits = []
        if missing:
            bits.append("未找到的行：" + "、".join(T.row(table, k).display for k in missing))
        if read.missing_cols:
            bits.append("表中未分列印出：" + "、".join(T.col_display(table, c) for c in read.missing_cols))
        if read.stray:
            bits.append(f"有 {len(read.stray)} 行数值未能对应到表格的行，未取值（"
                        + "、".join(f"“{t[:14] or '无行名'}”" for t in read.stray[:3]) + "）")
        if read.cut_rows:
            bits.append("正文在表内中断")
        if fails:
            bits.append(f"{len(fails)} 项勾稽关系不成立")
        return TableStatus(table, tmpl, "incomplete", missing + [k for k in read.unplaced if k not in missing]
                           + [f"*.{c}" for c in read.missing_cols],
                           "；".join(bits + notes))
    if not fails and (unsure or lost):
        return TableStatus(table, tmpl, "doubtful", [], "；".join(notes))
    if read.unconfirmed:
        return TableStatus(table, tmpl, "doubtful", [], "；".join(read.unconfirmed + notes))
    hidden = [] if fails else _blank_failures(read, table, tmpl, values)
    if hidden:
        what = "；".join(f"{i.display}（{i.rule}）" for i in hidden[:3]) + ("等" if len(hidden) > 3 else "")
        return TableStatus(table, tmpl, "doubtful", [],
                           f"空白单元格按0计时勾稽关系不成立：{what}；空白处可能漏填或漏读了数值，请核对原件"
                           + ("；" + "；".join(notes) if notes else ""))
    if not fails and doubts and not T.identities(table, tmpl):
        # a table with no identity to confirm the guesses (table 2)
        return TableStatus(table, tmpl, "doubtful", [], "；".join(notes))
    if not fails:
        return TableStatus(table, tmpl, "verified", [], "；".join(notes))
    what = "；".join(f"{i.display}（{i.rule}）" for i in fails[:3]) + ("等" if len(fails) > 3 else "")
    if doubts:
        return TableStatus(table, tmpl, "doubtful", [], f"勾稽关系不成立：{what}；且读取时有推定：" + "；".join(doubts))
    if _total_moved(read, values, tmpl):
        return TableStatus(table, tmpl, "doubtful", [],
                           f"勾稽关系不成立：{what}；总计列若在另一位置则各项关系均成立，可能读错列，请核对表头")
    row = _shift_helps(read, values, len(fails))
    if row is not None:
        return TableStatus(table, tmpl, "doubtful", [],
                           f"勾稽关系不成立：{what}；“{T.row(table, row).display}”一行错一列时各项关系均成立，可能读错列")
    return TableStatus(table, tmpl, "source_inconsistent", [],
                       f"按原文读取完整，原文数字自相矛盾：{what}" + ("；" + "；".join(notes) if notes else ""))
