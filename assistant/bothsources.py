"""A gloss naming both sources of a figure, the prose and a table, either one counting
(零申请的…（正文写0件或者表三新收到是0的都算） / 不管正文写的还是表格里填的): the one combined
figure the store keeps (the prose's, else the table's), never the reports with that table only.
The gloss's words are read (family sources_both)."""
from __future__ import annotations

import re

from .refine import PROSE

# a table named: 表三 / 表3 / 表格 / 表里 / 第三张表
_TABLE = re.compile(r"表[二三四234格里中]|第[二三四]张表")
# either source counts: 或 / 还是 / 任一 / 都算 / 均可
_EITHER = re.compile(r"或|还是|任一|任何一|哪个都|哪边都|都算|都行|都可以|均算|均可|皆可")
# one clause: between punctuation or brackets
_CLAUSE = re.compile(r"[^，,。？?！!；;（()）]+")


def both_sources(p, q: str, t, table_at, given, fired) -> bool:
    """Clear the table read from a clause of ``q`` that names the prose and a table with an
    either word, its words taken in ``t``; True when so read."""
    if not p.metric or p.check:
        return False
    for m in _CLAUSE.finditer(q):
        clause = m.group()
        if not (PROSE.search(clause) and _TABLE.search(clause) and _EITHER.search(clause)):
            continue
        if p.table and any(m.start() <= s < m.end() for s, _, _ in table_at):
            p.table = None
            given[:] = [g for g in given if g != "table"]
        t.take(m.start(), m.end())
        fired.append("sources_both")
        return True
    return False
