"""The sum words, one registry (``lexicons/question_sum_words.tsv``): the words that ask figures
added up, by the role they play there: ``figures`` (two figures named together asked as one,
新收到的申请加上上年结转的: ``assistant.plan``), ``joined`` (a total word after figures joined by
和 / 与 / 及, 行政复议和行政诉讼合计: ``assistant.metricsum``) and ``over`` (a total over a tier said
with 各, 各区县…加起来: ``assistant.vocabscan``), ``turns`` (the two answers before joined, 两年加起来:
``assistant.turnsjoined``) and ``groups`` (grouped by the word after 哪, 各年…加起来，哪一年最多:
``assistant.grouptop``).

``pattern(role)`` is a role's words as one alternation, compiled once (``alternation(role)`` the
same uncompiled, for a reader joining it to other words); a ``joined`` word that is
no agg sum word of ``lexicons/question_words.tsv`` fails like a compiler (the vocabulary must
read it as the sum too)."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicon import LexiconError

from . import lexwords

LEXICON = "question_sum_words"
ROLES = ("figures", "joined", "over", "turns", "groups")


def words(role: str) -> tuple[str, ...]:
    """The words of ``role``, longest first; a role not in ``ROLES`` is an error naming them."""
    if role not in ROLES:
        raise LexiconError(f"lexicons/{LEXICON}.tsv: no role {role!r} (roles: {', '.join(ROLES)})")
    if role == "joined":
        _check_joined(lexwords.words(LEXICON, role), lexwords.rows("question_words"))
    return lexwords.words(LEXICON, role)


def alternation(role: str) -> str:
    """The words of ``role`` as one regular-expression alternation, longest first, no group."""
    words(role)
    return lexwords.alternation(LEXICON, role)


@lru_cache(maxsize=None)
def pattern(role: str) -> re.Pattern:
    """The words of ``role`` as one compiled alternation, built once."""
    return re.compile(alternation(role))


def _check_joined(joined: tuple[str, ...], question_words) -> None:
    sums = {r["word"] for r in question_words if (r["role"], r.get("value")) == ("agg", "sum")}
    bad = next((w for w in joined if w not in sums), None)
    if bad is not None:
        raise LexiconError(f"lexicons/{LEXICON}.tsv: joined {bad!r} is no agg sum word of"
                           " lexicons/question_words.tsv (add it there as agg sum)")
