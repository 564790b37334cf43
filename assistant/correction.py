"""A follow-up correcting the reading of a word of the question before (rule ``correction``):
2019年的报告有多少份 → 我是说用2019版格式的 (我指的是…, 我说的是…, 不是2019年，是2019版的).

What the correction names REPLACES the reading of the word it corrects (the year 2019 becomes
the template 2019), never adds to it: the fields it names are set as a follow-up sets them and
the fields they replace (``lexicons/question_corrections.tsv`` role replaces: template → years)
are cleared. In 不是 X，是 Y the 不是 names the reading corrected, never an exclusion (不是2019年
is no 2019年以外). The words are lexicons/question_corrections.tsv; each pattern is compiled once.
"""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache

from .lexwords import alternation, values
from .queryplan import QueryPlan

_LEX = "question_corrections"
_SEP = r"[，,、。！!\s]*"
# the exclusions a 不是 X sets (不是2019年 → excluded_years): X corrected, never excluded
_NOT_FIELDS = ("excluded_years", "template_not", "region_not", "excluded_levels", "less_regions")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    lead = alternation(_LEX, "lead")
    return re.compile(f"^(?:(?:{lead}){_SEP})*(?:{alternation(_LEX, 'cue')})")


@lru_cache(maxsize=1)
def _not_but() -> re.Pattern:
    lead = alternation(_LEX, "lead")
    return re.compile(f"^(?:(?:{lead}){_SEP})*(?:{alternation(_LEX, 'not_but')})"
                      f"(?P<wrong>[^，,。]{{1,20}}?){_SEP}(?:而|我)?(?:是|说的是|指的是|要的是)")


@lru_cache(maxsize=1)
def _replaces() -> dict[str, tuple[str, ...]]:
    known = {f.name for f in fields(QueryPlan)}
    out = {}
    for name, value in values(_LEX, "replaces").items():
        cleared = tuple(value.split())
        bad = [f for f in (name, *cleared) if f not in known]
        if bad:
            from extractor.lexicon import LexiconError
            raise LexiconError(f"lexicons/{_LEX}.tsv: replaces {name!r}: no reading field {bad[0]!r}")
        out[name] = cleared
    return out


@lru_cache(maxsize=1)
def _said_words() -> re.Pattern:
    return re.compile(f"(?:(?:{alternation(_LEX, 'lead')}|{alternation(_LEX, 'cue')}){_SEP})+")


def correction_said(q: str) -> str | None:
    """``cue`` (我是说 …) or ``not_but`` (不是 X，是 Y) when ``q`` corrects the reading before; else None."""
    bare = q.strip()
    if _not_but().match(bare):
        return "not_but"
    return "cue" if _cue().match(bare) else None


def corrected(prev: QueryPlan, new: QueryPlan, q: str, merge) -> QueryPlan | None:
    """The question before with what the correction ``q`` (parsed as ``new``) names in place of
    the reading it corrects, or None when ``q`` is no correction or names nothing."""
    said = correction_said(q)
    named = set(new.given) - {"kind", "refer", "noun", "noun_report", "listing", "ask"}
    if said is None or not named:
        return None
    out = merge(prev, new, q)
    default = QueryPlan()
    if said == "not_but":   # 不是2019年，是2019版: 2019年 the reading corrected, no exclusion
        for f in _NOT_FIELDS:
            setattr(out, f, getattr(prev, f))
        named -= set(_NOT_FIELDS)
        if not named:
            return None
    replaced = []
    for f in named:
        for g in _replaces().get(f, ()):
            if g not in named:
                setattr(out, g, getattr(default, g))
                replaced.append(g)
    if said == "not_but":
        replaced += [f for f in _NOT_FIELDS if f not in prev.given]
    out.given = tuple(g for g in out.given if g not in replaced)
    words = _said_words()   # 不对，我是说…: the correction's own words, read
    out.unread = tuple(w for w in out.unread if not words.fullmatch(w.strip("，,、。！! ")))
    out.doubts = tuple(w for w in out.doubts if w in out.unread)
    out.rules = out.rules_plus("correction")
    return out
