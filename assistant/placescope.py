"""Words said of a place in a question (``lexicons/question_place_scope.tsv``), never dropped:

- ``rank_elsewhere``: a place typed with a rank the store does not hold it at (朝阳区 in a
  store holding 朝阳市 only: the bare name 朝阳 is read, and the 区 was going silently): the
  typed place, the held one and the province the held one lies in; the answer asks whether
  the held one is meant (``nearnames.near_reading``), never answers for it as if asked.
- ``read_under``: 下面 / 下属 / 所辖 right after a place (广州市下面哪些单位, 金华下面各县市):
  the place and everything inside it, which is what a place filter reads already (its cities,
  counties and their organs); the words are read (rule ``under_place``), never reported as
  not understood.
- ``widened_to``: a follow-up widening the question before to a scope (扩到整个新疆呢,
  放宽到所有县级部门, 换成所有市级部门).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation
from .words import normalise

_LEX = "question_place_scope"


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    return re.compile(alternation(_LEX, "tail"))


@lru_cache(maxsize=1)
def _under() -> re.Pattern:
    return re.compile(f"的?(?:{alternation(_LEX, 'under')})(?:的)?")


@lru_cache(maxsize=1)
def _widen() -> re.Pattern:
    whole = alternation(_LEX, "whole")
    return re.compile(f"^(?:那|那么)?(?:(?:{alternation(_LEX, 'widen')})(?:{whole})?"
                      f"|(?:{alternation(_LEX, 'switch')})(?:{whole}))")


def widened_to(q: str) -> bool:
    """Whether ``q`` widens the question before to a scope (扩到整个新疆, 放宽到所有县级部门)."""
    return bool(_widen().match(q))


def read_under(s: str, end: int) -> tuple[int, int] | None:
    """The span of an under word (下面, 的下属, 所辖的) right after a place ending at ``end`` of
    ``s``, or None."""
    m = _under().match(s, end)
    return (m.start(), m.end()) if m else None


def rank_elsewhere(question: str, organs) -> tuple[str, str, str] | None:
    """(the place as typed, the held place read for it, the province that one lies in or "")
    for the first place the question types with a rank the store does not hold it at (朝阳区,
    the store's 朝阳 being 朝阳市); None when every place is typed as held."""
    if organs is None:
        return None
    q = normalise("".join(question.split()))
    named = [(s, e) for s, e, _ in organs.find(q)]
    for s, e, name in organs.find_regions(q):
        col, val = organs.regions[name]
        m = _tail().match(q, e)
        if name == val or not m or val.endswith(m.group(0)):
            continue   # typed in full (朝阳市), or with the held rank (黔东南州: …自治州)
        typed = name + m.group(0)
        if q.startswith(_level_words(), e):
            continue   # 浙江县一级教育局 / 金华县级部门: a level word, no rank typed
        if typed in organs.regions or typed in organs.names \
                or any(a <= s and e < b for a, b in named):
            continue   # a held name of its own, or a place inside a held organ's name
        return typed, val, _province_of(organs, col, val)
    return None


@lru_cache(maxsize=1)
def _level_words() -> tuple[str, ...]:
    """The level words of two characters or more (县一级, 县级, 区县, 市直部门)."""
    from . import vocab
    return tuple(w for w in vocab.level_words() if len(w) >= 2)


def _province_of(organs, col: str, val: str) -> str:
    if col == "province":
        return ""
    for (c, v), inside in organs.areas.items():
        if c == "province" and val in inside.get(col, ()):
            return v
    from extractor.gazetteer import available, places_named
    ups = {p.parents[0] for p in places_named(val) if p.parents and p.parents[0]} if available() else set()
    return ups.pop() if len(ups) == 1 else ""   # 朝阳市, stored with no county under it: 辽宁省
