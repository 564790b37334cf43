"""Full-text search over report texts, problems and remedies, for Chinese of any length.

``search(db, query, kinds=("text", "problem", "remedy"), limit=50)`` returns dicts:
report_id, kind, fact_id (problem/remedy), start, end (offsets of the first hit in the
body; for ``kind='text'`` these are offsets into the report text, ready for highlighting),
snippet.

How: table ``docs`` holds each report text and each machine-extracted problem and remedy;
``docs_fts`` is an FTS5 ``trigram`` index on it. A query of 3 or more characters uses the
index (a quoted phrase, so user input is safe); a 1- or 2-character query cannot (trigram
tokens are 3 characters), so it falls back to ``LIKE`` over ``docs`` (a scan, slower on
very large databases). Facts a reviewer added are not indexed; facts a reviewer deleted
are filtered out of the results.
"""
from __future__ import annotations

from .errors import StoreError

KINDS = ("text", "problem", "remedy")


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(db, query: str, kinds=KINDS, limit: int = 50, context: int = 30) -> list[dict]:
    q = query.strip()
    if not q:
        raise StoreError("empty query; give a word or phrase, e.g. 公开")
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise StoreError(f"unknown kind '{bad[0]}'; valid kinds: {', '.join(KINDS)}")
    marks = ", ".join("?" * len(kinds))
    if len(q) >= 3:
        sql = (f"SELECT d.id, d.report_id, d.kind, d.fact_id, d.body FROM docs_fts "
               f"JOIN docs d ON d.id = docs_fts.rowid WHERE docs_fts MATCH ? "
               f"AND d.kind IN ({marks}) ORDER BY d.report_id, d.id LIMIT ?")
        args = ['"' + q.replace('"', '""') + '"', *kinds, limit * 2]
    else:
        sql = (f"SELECT id, report_id, kind, fact_id, body FROM docs WHERE body LIKE ? ESCAPE '\\' "
               f"AND kind IN ({marks}) ORDER BY report_id, id LIMIT ?")
        args = [_like(q), *kinds, limit * 2]
    rows = db.execute(sql, args).fetchall()
    hidden = {r[0] for r in db.execute(
        "SELECT f.id FROM facts f WHERE f.kind IN ('problem', 'remedy') AND f.id NOT IN "
        "(SELECT fact_id FROM effective_facts WHERE fact_id IS NOT NULL AND "
        "kind IN ('problem', 'remedy')) AND f.report_id IN (SELECT report_id FROM corrections "
        "WHERE target = 'fact')")}
    out = []
    for _, rid, kind, fact_id, body in rows:
        if fact_id in hidden:
            continue
        start = body.find(q)
        if start < 0:  # FTS trigram is case-insensitive for ASCII; find it the same way
            start = body.lower().find(q.lower())
        end = start + len(q)
        out.append({"report_id": rid, "kind": kind, "fact_id": fact_id, "start": start,
                    "end": end, "snippet": body[max(0, start - context):end + context]})
        if len(out) >= limit:
            break
    return out
