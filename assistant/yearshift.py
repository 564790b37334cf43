"""A year said relative to the question before (上一年呢, 下一年呢, 去年的呢): the previous
question of its year(s) moved by one (安庆市财政局2020年… → 上一年呢: 2019年). The words and
their shifts are lexicons/question_year_shifts.tsv, the words that may stand around them
lexicons/question_year_shift_around.tsv; asked with no year before, the question is
left to the other rules (去年 alone stays not understood: the store has no "now")."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexwords import alternation
from .queryplan import QueryPlan

_AROUND_LEX = "question_year_shift_around"   # the words around it: lexicons/question_year_shift_around.tsv


@lru_cache(maxsize=1)
def _around() -> re.Pattern:
    lead, tail, end = (alternation(_AROUND_LEX, r) for r in ("lead", "tail", "end"))
    return re.compile(rf"^(?:{lead}){{0,2}}再?(?P<w>[\u4e00-\u9fff]{{2,5}}?)(?:{tail})?(?:{end})?[？?。.!！]*$")


@lru_cache(maxsize=1)
def shifts() -> dict[str, int]:
    from extractor.lexicon import load
    return {r["word"]: int(r["shift"])
            for r in load("question_year_shifts", required=("word", "shift"), unique=("word",))}


def year_shift(q: str) -> tuple[str, int] | None:
    """The word and the shift of a question that says only a relative year (上一年呢)."""
    m = _around().match(q)
    if m and m.group("w") in shifts():
        return m.group("w"), shifts()[m.group("w")]
    return None


def shifted(prev: QueryPlan, q: str) -> QueryPlan | None:
    """The question before, of its years moved as ``q`` says; None if ``q`` says no relative
    year or the question before had no year."""
    hit = year_shift(q)
    if hit is None or not prev.years:
        return None
    word, d = hit
    years = tuple(y + d for y in prev.years)
    out = replace(prev, years=years, excluded_years=(), followup=True, unread=(), doubts=(),
                  unread_conditions=(), residue="")
    out.given = tuple(dict.fromkeys(prev.given + ("years",)))
    out.notes = (f"“{word}”按上一问的年份{'、'.join(map(str, prev.years))}年"
                 f"{'往前' if d < 0 else '往后'}一年理解：{'、'.join(map(str, years))}年",)
    out.rules = prev.rules_plus("followup", "year_shift")
    return out
