"""Narrative figures: the ``n.*`` counts the prose states (``lexicons/figures.tsv``).

Each row of ``figures.tsv`` is a pattern over one clause of one line; the first row (in file
order) whose match survives the guards wins for its key. Guards, all vocabulary in
``lexicons/cues.tsv``: a ``distractor`` in the count's clause, up to the count (信箱, 解读 …;
one two clauses before it is about something else) unless it is part of a
``distractor_except`` phrase (今年以来, 和转载); a running total in the sentence (``cumulative_since``
such as 截至, then a ``cumulative`` word such as 累计, before the count); an approximate count
(近/约 before it, 余/多 after it never match); an ordinal (第二十条); a row's ``exclude`` words
inside the match; a row's ``needs`` words absent from the sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load
from .narrative_lex import SENT_END, bounds, channel_table, cue
from .numbers import parse_count
from .record import Figure

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千万]+)"
# a space may stand between a count and its unit (共计 844 条)
_UNIT = r"[ \u3000\xa0]?(?P<unit>条次|件次|件|条|宗|个|篇|起|次|项|份|期|则)"
_UNITS_KEPT = ("件", "条", "元")


def _words(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split(",") if w.strip())


@lru_cache(maxsize=1)
def patterns():
    """(key, regex, fixed value, unit for a fixed value, exclude words, needed words) per row."""
    out = []
    for r in load("figures", required=("key", "pattern"), unique=("key", "pattern")):
        # a negated class never crosses a line: a figure is stated within one line, and a match
        # that ran over a heading's line end would hide the real one right after it
        pat = r["pattern"].replace("[^", "[^\n").replace("{N}", _NUM + _UNIT)
        out.append((r["key"], re.compile(pat), r.get("value", ""), r.get("unit", ""),
                    _words(r.get("exclude", "")), _words(r.get("needs", ""))))
    return out


def distracted(before: str) -> bool:
    """Whether the clause up to the count (``before``) makes it no narrative figure."""
    for phrase in cue("distractor_except"):
        before = before.replace(phrase, "")
    return any(d in before for d in cue("distractor"))


def cumulative(before: str) -> bool:
    """Whether the sentence up to the count is a running total (截至 … 累计)."""
    for since in cue("cumulative_since"):
        i = before.find(since)
        if i >= 0 and any(w in before[i:] for w in cue("cumulative")):
            return True
    return False


def figures(text: str) -> list[Figure]:
    approx = cue("approx_before")
    chan, _ = channel_table()
    social = [a for a, v in chan.items() if set(v) & {"wechat", "weibo", "video"}]
    out, done = [], set()
    for key, rx, fixed, fixed_unit, exclude, needs in patterns():
        if key in done:
            continue
        for m in rx.finditer(text):
            ss, se = bounds(text, m.start(), m.end(), SENT_END)
            # a distractor counts in the clause of the match (留言 two clauses before a
            # WeChat count is another matter); a running total in the whole sentence
            cs = max([ss] + [text.rfind(c, ss, m.start()) + 1 for c in "，,；;"])
            if distracted(text[cs:m.end()]) or cumulative(text[ss:m.end()]):
                continue
            if any(w in m.group() for w in exclude):
                continue
            if needs and not any(w in text[ss:se] for w in needs):
                continue
            if key == "n.active_published" and any(w in m.group() for w in social):
                continue
            if "\n" in m.group() or "|" in m.group() or "\t" in m.group():
                continue  # across a line or a table cell's border: no sentence of prose
            if "num" in m.re.groupindex and m.group("num") is not None:
                ns = m.start("num")
                if any(text[max(0, ns - len(w)):ns] == w for w in approx):
                    continue
                if text[max(0, ns - 1):ns] == "第":
                    continue  # an ordinal (第二十条), not a count
                value = parse_count(m.group("num"))
                if value is None:
                    continue
                unit = m.group("unit") if "unit" in m.re.groupindex else None
                s, e = ns, m.end("unit") if unit else m.end("num")
            else:
                if not fixed:
                    continue
                value, unit = parse_count(fixed), fixed_unit or None
                s, e = m.span()
            out.append(Figure(key, value, unit if unit in _UNITS_KEPT else (unit or "件"),
                              "narrative", text[s:e], [s, e]))
            done.add(key)
            break
    return out
