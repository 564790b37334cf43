"""The column order a table's printed header states (tables 3 and 4).

The template fixes the columns' order, but reports print them in another order under their
header words (法人 sub-columns permuted, 总计 first). Where the header words can be read the
columns follow them; where some are read and their order is not the template's, the reading
is said to be unsure, so the table is never verified on the template's order alone.

Header words are in ``lexicons/table_header_words.tsv``.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from . import template as T
from .document import Cell
from .labels import norm_label
from .lexicon import load

GROUP = "legal_person"   # t3 法人或其他组织: its sub-columns stand where it stands


@dataclass(frozen=True)
class Header:
    """``cols``: the value columns in printed order (None: a printed column with no key, a
    collapsed 法人或其他组织); ``how``: ``template`` (no header read, or the template's own
    order), ``printed`` (read from the header words) or ``unclear`` (header words read that
    contradict the template's order but do not give a full order)."""
    cols: tuple[str | None, ...]
    how: str
    words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in load("table_header_words", required=("table", "word", "col"), unique=("table", "word")):
        out.setdefault(r["table"], {})[norm_label(r["word"])] = r["col"]
    return out


# a scanned header cell printed on two lines in a narrow column (总 / 计): the recogniser,
# biased to digits inside tables, reads the second line as a digit (总4, 总1) or not at all (总)
_OCR_DIGITS = re.compile(r"(?<=[\u4e00-\u9fff])\s*\d$")


def header_rows(table: str, cells: list[Cell], unread: bool = False) -> list[list[str | None]]:
    """The columns (or groups) ``cells`` name, by printed row, in printed order: a whole
    cell, else each whitespace-separated part of it. A word repeated in the next cell is one
    spanned cell printed once per column it spans (a grid in text): kept once. With
    ``unread``, a cell that names no column stands as None in its place."""
    words = _words()[table]
    rows: list[list[str | None]] = []
    for c in cells:
        if c.row_start or not rows:
            rows.append([])
        if c.blank:
            continue
        whole = words.get(norm_label(c.text)) or (words.get(norm_label(_OCR_DIGITS.sub("", c.text)))
                                                  if c.confidence is not None else None)
        found = [whole] if whole else [words[n] for n in (norm_label(p) for p in c.text.split()) if n in words]
        if not found and unread:
            rows[-1].append(None)
        for w in found:
            if not rows[-1] or rows[-1][-1] != w:
                rows[-1].append(w)
    return [r for r in rows if any(r)]


def _subs_misplaced(rows: list[list[str | None]], subs: tuple[str, ...]) -> bool:
    """A printed row of exactly the sub-columns' cells (some unreadable) where a word read
    stands at another place than the template's."""
    for r in rows:
        if len(r) == len(subs) and all(w is None or w in subs for w in r):
            if any(w is not None and subs.index(w) != k for k, w in enumerate(r)):
                return True
    return False


def header_words(table: str, cells: list[Cell]) -> list[str]:
    return [w for r in header_rows(table, cells) for w in r]


def _runs(words: list[str]) -> list[list[str]]:
    """``words`` cut wherever a word repeats: one run per header (or group) printed."""
    out: list[list[str]] = [[]]
    for w in words:
        if w in out[-1]:
            out.append([])
        out[-1].append(w)
    return out


def _in_order(seen: list[str], order: tuple[str, ...]) -> bool:
    """Every run of ``seen`` follows ``order``."""
    for run in _runs(seen):
        idx = [order.index(c) for c in run if c in order]
        if idx != sorted(idx):
            return False
    return True


def t3_header(cells: list[Cell]) -> Header:
    """Table 3's columns from its header cells (the cells before its first value)."""
    tmpl = T.t3_cols()
    rows = header_rows("t3", cells)
    words = [w for r in rows for w in r]
    if not words:
        return Header(tmpl, "template")
    full = [r for r in rows if len(r) == len(tmpl) and set(r) == set(tmpl)]
    if full:   # one printed row names every column (a grid's lowest header row)
        cols_t = tuple(full[-1])
        return Header(cols_t, "template" if cols_t == tmpl else "printed", tuple(words))
    tops = [w for w in words if w in ("natural", "total", GROUP)]
    subs = [w for w in words if w not in tops]
    cols: list[str | None] | None = None
    if len(set(tops)) == len(tops) and len(set(subs)) == len(subs):
        if GROUP in tops and len(tops) == 3:
            if not subs:   # 自然人 | 法人或其他组织 | 总计 and nothing under the middle: collapsed
                cols = [None if w == GROUP else w for w in tops]
            elif len(subs) == 5:
                cols = [c for w in tops for c in (subs if w == GROUP else [w])]
        elif GROUP not in tops and len(words) == len(tmpl) and set(words) == set(tmpl):
            first_sub = words.index(subs[0])
            last_sub = words.index(subs[-1])
            if last_sub - first_sub == len(subs) - 1 and not all(words.index(t) < first_sub for t in tops):
                cols = list(words)   # one header row: 自然人 | 商业企业 … 其他 | 总计
    if cols is not None:
        cols_t = tuple(cols)
        return Header(cols_t, "template" if cols_t == tmpl else "printed", tuple(words))
    flat = [w for w in words if w != GROUP]
    ok = _in_order(subs, tmpl) and _in_order([t for t in tops if t != GROUP], tmpl) and \
        not _subs_misplaced(header_rows("t3", cells, unread=True), tuple(c for c in tmpl if c not in ("natural", "total")))
    return Header(tmpl, "template" if ok else "unclear", tuple(flat))


def t4_header(cells: list[Cell]) -> Header:
    """Table 4's 15 value slots from its header cells: five column words per group (or one
    set of five for all three groups)."""
    slots = T.t4_slots()
    groups = list(dict.fromkeys(s.split(".")[0] for s in slots))
    per = len(slots) // len(groups)
    tmpl_cols = tuple(s.split(".")[1] for s in slots[:per])
    words = header_words("t4", cells)
    if not words:
        return Header(slots, "template")
    if len(words) in (per, len(slots)):
        sets = [words[k:k + per] for k in range(0, len(words), per)]
        if all(len(set(s)) == per and set(s) == set(tmpl_cols) for s in sets):
            if len(sets) == 1:
                sets = sets * len(groups)
            cols = tuple(f"{g}.{c}" for g, s in zip(groups, sets) for c in s)
            return Header(cols, "template" if cols == slots else "printed", tuple(words))
    ok = all(_in_order(words[k:k + per], tmpl_cols) for k in range(0, len(words), per))
    return Header(slots, "template" if ok else "unclear", tuple(words))


def column_word(table: str, text: str) -> str | None:
    """The column (or column group) a header word names, when ``text`` is one."""
    return _words()[table].get(norm_label(text))


def column_words(table: str) -> list[str]:
    """The header words of ``table`` as the lexicon prints them, longest first."""
    rows = load("table_header_words", required=("table", "word", "col"), unique=("table", "word"))
    return sorted((r["word"] for r in rows if r["table"] == table), key=len, reverse=True)
