"""A phrase searched as alternatives (rule phrase_alternatives): 问题部分提到工作人员或者工作力量的 /
提到培训或学习的 / 提到兼职、专职的 — the words joined by an "or" word (lexicons/question_phrase_or.tsv)
are each searched, a text holding any of them found. The first stays ``plan.phrase``, the
others are ``plan.phrase_alts``; each alternative has two characters at least (a shorter piece
is no word of its own: the phrase is kept whole). Quoted phrases joined so (提到“培训”或“学习”)
are alternatives too, each searched as typed (``quoted_alternatives``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation


@lru_cache(maxsize=1)
def _or() -> re.Pattern:
    return re.compile(alternation("question_phrase_or", "or"))


def alternatives(phrase: str) -> tuple[str, ...]:
    """The alternatives of ``phrase`` (工作人员或者工作力量: 工作人员, 工作力量), or () when it
    holds none."""
    parts = tuple(dict.fromkeys(x.strip() for x in _or().split(phrase)))
    if len(parts) < 2 or any(len(x) < 2 for x in parts):
        return ()
    return parts


def split_alternatives(p) -> bool:
    """``p.phrase`` split into ``p.phrase`` and ``p.phrase_alts`` when it joins alternatives."""
    if not p.phrase or p.phrase_alts:
        return False
    parts = alternatives(p.phrase)
    if not parts:
        return False
    p.phrase, p.phrase_alts = parts[0], parts[1:]
    return True



_QUOTE = r"[\"“”「『'‘](.+?)[\"“”」』'’]"


@lru_cache(maxsize=1)
def _quoted_or() -> re.Pattern:
    return re.compile(rf"(?:{alternation('question_phrase_or', 'or')}){_QUOTE}")


def quoted_alternatives(question: str, end: int) -> tuple[tuple[str, ...], int]:
    """The quoted phrases joined to the one quoted before ``end`` by an or-word (提到“工作人员”或者
    “工作力量”: 工作力量), and where the last ends."""
    alts = []
    m = _quoted_or().match(question, end)
    while m and m.group(1).strip():
        alts.append(m.group(1).strip())
        end = m.end()
        m = _quoted_or().match(question, end)
    return tuple(alts), end
