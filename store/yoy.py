"""Year on year: each organ's report beside its previous year's.

``other_years(db, report_id)``: the same organ's reports of any other year;
``compare(db, rid, other_id)`` sets any two of them side by side (as below).
``year_on_year(db, report_id=None)`` gives, for every report whose organ also has a report
for the year before (or just ``report_id``'s pair), a dict: report_id, prev_report_id,
organ_name, year, ``changed`` (figures whose effective value differs, or is stated in only
one year: ``[{key, prev, value}]``), ``sections`` (``{"一": 0.93, …}``), and
``near_copies`` (the section numbers at or above ``threshold``).

Sections: the text is split at lines that start with one of the six headings 一、 二、
三、 四、 五、 六、 (after optional spaces); a section runs to the next such heading. A
heading missing in either year gives no score for that section.

Similarity: Jaccard similarity of the sets of character 3-grams (shingles) of the two
sections, after removing whitespace and replacing every digit run with ``#`` (so a copied
section with new numbers and a new year still counts as a copy). 1.0 = same shingles.
``NEAR_COPY = 0.85``: at or above it a section is flagged as 内容雷同 (near-copy); in our
trials an honestly rewritten section scores well below 0.5 and a copy with edited
numbers above 0.9.
"""
from __future__ import annotations

import re

NEAR_COPY = 0.85
SECTION_NUMERALS = "一二三四五六"
_HEADING = re.compile(r"^[ \t\u3000]*([一二三四五六])[、.．]", re.M)


def split_sections(text: str) -> dict[str, str]:
    """``{"一": body, …}``: the text from each heading (一、…六、) to the next one."""
    hits = [(m.start(), m.group(1)) for m in _HEADING.finditer(text)]
    out: dict[str, str] = {}
    for i, (start, num) in enumerate(hits):
        end = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        out.setdefault(num, text[start:end])  # a repeated numeral (in a table) is ignored
    return out


def _shingles(text: str, n: int = 3) -> set[str]:
    s = re.sub(r"\d+", "#", re.sub(r"\s+", "", text))
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))} if s else set()


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of character 3-gram sets (digits masked), in [0, 1]."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa and not sb:
        return 1.0
    return round(len(sa & sb) / len(sa | sb), 4)


def _figures(db, rid: int) -> dict:
    return dict(db.execute("SELECT key, value FROM effective_figures WHERE report_id = ?", [rid]))


def _text(db, rid: int) -> str:
    row = db.execute("SELECT text FROM report_texts WHERE report_id = ?", [rid]).fetchone()
    return row[0] if row else ""


def compare(db, rid: int, prev_id: int, *, threshold: float = NEAR_COPY) -> dict:
    cur, prev = _figures(db, rid), _figures(db, prev_id)
    changed = [{"key": k, "prev": prev.get(k), "value": cur.get(k)}
               for k in sorted(set(cur) | set(prev)) if cur.get(k) != prev.get(k)]
    a, b = split_sections(_text(db, prev_id)), split_sections(_text(db, rid))
    sections = {n: similarity(a[n], b[n]) for n in SECTION_NUMERALS if n in a and n in b}
    return {"report_id": rid, "prev_report_id": prev_id, "changed": changed,
            "sections": sections,
            "near_copies": [n for n, s in sections.items() if s >= threshold]}


def year_on_year(db, report_id: int | None = None, *, threshold: float = NEAR_COPY) -> list[dict]:
    sql = ("SELECT cur.report_id, prev.report_id, cur.organ_name, cur.year "
           "FROM effective_reports cur JOIN effective_reports prev "
           "ON prev.organ_id = cur.organ_id AND prev.year = cur.year - 1")
    args = []
    if report_id is not None:
        sql += " WHERE cur.report_id = ?"
        args.append(report_id)
    out = []
    for rid, prev_id, name, year in db.execute(sql + " ORDER BY cur.organ_id, cur.year", args).fetchall():
        item = compare(db, rid, prev_id, threshold=threshold)
        item.update(organ_name=name, year=year)
        out.append(item)
    return out


def other_years(db, report_id: int) -> list[dict]:
    """The organ's other reports (any year), nearest year first: report_id, year, organ_name."""
    cur = db.execute(
        "SELECT o.report_id, o.year, o.organ_name, o.source_path FROM effective_reports r "
        "JOIN effective_reports o ON o.organ_id = r.organ_id AND o.report_id != r.report_id "
        "WHERE r.report_id = ? ORDER BY abs(coalesce(o.year, 0) - coalesce(r.year, 0)), o.year DESC, "
        "o.report_id", [report_id])
    return [dict(zip(("report_id", "year", "organ_name", "source_path"), r)) for r in cur]
