"""Every cell of the tables 0 (rule all_zero): 表格里每一格都是0的报告 / 表三的数字全为零 / 统计表
所有数据都是0. After a table word (question_words.tsv role coverage_table: 表格 for tables 2–4,
表三 for one), the words of lexicons/question_all_zero.tsv (at, cell, all, zero) ask for the
reports whose tables hold only zeros: at least one cell of them stated, and every cell stated
0. A blank cell is neither 0 nor another number: left out, never taken for 0; a report with no
cell stated is not one of them (that is 没有填写表格). The answer says this reading first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .lexwords import alternation

_LEX = "question_all_zero"
NOTE = "每一格都是0：只看填写了的格子——至少填了一格、填了的都是0；空着的格子不算0也不算其他数"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    tables = "|".join(sorted((re.escape(w) for w, (role, _) in vocab.words().items()
                              if role == "coverage_table"), key=len, reverse=True))
    return re.compile(rf"(?:{tables})((?:{alternation(_LEX, 'at')})*(?:{alternation(_LEX, 'cell')})?"
                      rf"(?:{alternation(_LEX, 'all')})(?:{alternation(_LEX, 'zero')}))")


def read_all_zero(p, t, fired: list, notes: list) -> bool:
    """``p.all_zero`` when the question asks for tables of zeros only; the words after the
    table word taken from ``t`` (the table word is left for the vocabulary to read)."""
    m = _pattern().search(t.s)
    if not m:
        return False
    p.all_zero = True
    t.take(m.start(1), m.end(1))
    fired.append("all_zero")
    notes.append(NOTE)
    return True


def all_zero_tables(p, table_at) -> None:
    """表二表三都是0: with several tables named (``table_at``: (start, end, t2. …)), each of
    them stated and all its cells 0 (``p.tables``, each marked filled)."""
    named = tuple(dict.fromkeys(t for _, _, t in table_at if t != "*"))
    if p.all_zero and len(named) > 1:
        p.tables = tuple((t, True) for t in named)
