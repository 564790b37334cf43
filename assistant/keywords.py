"""Keywords of a phrase not found word for word (信息公开工作力量不足 -> 力量 + a shortfall
word), for searching the problems and remedies of section 五 (``lexicons/search_words.tsv``)."""
from __future__ import annotations

from functools import lru_cache

from . import vocab


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset, tuple[str, ...]]:
    from extractor.lexicon import load
    rows = load("search_words", required=("word", "role"), unique=("word",))
    stop = frozenset(r["word"] for r in rows if r["role"] == "stop")
    short = tuple(sorted((r["word"] for r in rows if r["role"] == "short"), key=len, reverse=True))
    return stop, short


def shortfall_words() -> tuple[str, ...]:
    return _words()[1]


def keywords(phrase: str) -> tuple[tuple[str, ...], bool]:
    """(the content words of ``phrase``, whether it says a shortfall). A content word has two
    or more characters and is no stop word; a shortfall word (不够, 不足 …) becomes the flag."""
    stop, short = _words()
    words, shortfall = [], False
    for w in vocab.cut(phrase):
        if any(s in w for s in short if len(s) > 1) or w in short:
            shortfall = True
        elif len(w) >= 2 and w not in stop and w not in words:
            words.append(w)
    return tuple(words), shortfall
