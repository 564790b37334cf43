"""Blanks said to be left out (没写的不算, 不填的不算, 未填写的除外, 空着的不计, 只算填了的): the
default restated, since a report that leaves a figure blank is never in a mean, a total, a
ranking or a condition on it. Read as a note, never as the condition 未填写.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation

_LEX = "question_blanks"   # the words: lexicons/question_blanks.tsv


@lru_cache(maxsize=1)
def _said() -> tuple[re.Pattern, ...]:
    blank, left_out = alternation(_LEX, "blank"), alternation(_LEX, "left_out")
    return (re.compile(rf"(?:那些|其中)?(?:{blank})了?的(?:报告|单位|数据|那些)?(?:就|都|一律)?(?:{left_out})"),
            re.compile(rf"(?:{alternation(_LEX, 'leave_out')})(?:那些)?(?:{blank})了?的"
                       r"(?:报告|单位|数据)?"),
            re.compile(rf"只(?:{alternation(_LEX, 'only')})(?:{alternation(_LEX, 'filled')})的"
                       r"(?:报告|单位|数据)?"))


@lru_cache(maxsize=1)
def _field_before() -> re.Pattern:
    """A field word right before the phrase: 年份没写的不算 leaves out reports of no year, a
    filter of its own."""
    return re.compile(rf"(?:{alternation(_LEX, 'field')})$")


def blanks_left_out(t) -> str | None:
    """The words of ``t`` (a ``words.Text``) saying blanks are left out, taken; the note said
    in the reading, or None."""
    for rx in _said():
        for m in rx.finditer(t.s):
            if _field_before().search(t.s[:m.start()]):
                continue
            t.take(m.start(), m.end())
            return f"“{m.group(0)}”：未填写该项的报告本来就不计入"
    return None


@lru_cache(maxsize=1)
def _blank_amount() -> re.Pattern:
    return re.compile(rf"(?:{alternation(_LEX, 'blank')})[^？?。，,；;]{{0,6}}?(?:多少|几)")


def without_blank_amounts(q: str) -> str:
    """``q`` without the amounts a blank phrase governs (哪些没写收到多少申请: 多少 is what is not
    written, no count asked), so a list asked after a count word stays a list."""
    return _blank_amount().sub("", q)
