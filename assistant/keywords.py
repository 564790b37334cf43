"""Keywords of a phrase not found word for word (信息公开工作力量不足 -> 力量 + a shortfall
word), for searching the problems and remedies of section 五 (``lexicons/search_words.tsv``)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import vocab


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset, tuple[str, ...]]:
    from extractor.lexicon import load
    rows = load("search_words", required=("word", "role"), unique=("word",))
    stop = frozenset(r["word"] for r in rows if r["role"] == "stop")
    short = tuple(sorted((r["word"] for r in rows if r["role"] == "short"), key=len, reverse=True))
    return stop, short


def stop_words() -> frozenset:
    return _words()[0]


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


@lru_cache(maxsize=1)
def _radicals() -> dict[str, str]:
    """A character -> the Kangxi radical printed for it in some PDFs' text (力 -> ⼒)."""
    out = {}
    for cp in range(0x2F00, 0x2FD6):
        plain = unicodedata.normalize("NFKC", chr(cp))
        if len(plain) == 1:
            out.setdefault(plain, chr(cp))
    return out


def radical_twin(word: str) -> str:
    """``word`` as a text that prints radicals for characters would have it (工作力量 ->
    ⼯作⼒量), so a search finds such a report too."""
    return "".join(_radicals().get(c, c) for c in word)
