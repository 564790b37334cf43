"""Page chrome inside a pasted report's text: the lines a printed page adds around its prose.

A PDF's text copied page by page carries, between two lines of a sentence or two items of a
list, the page's footer (``第 2 页 共 3 页``, ``- 2 -``, ``—2—``, ``第2页/共3页``; a bare ``2``
only with a header after it) and the next page's running header (the report's or the host
portal's name, ``page_chrome.tsv``'s ``header_word``s, with no sentence punctuation). The
narrative facts are read with these lines taken out (``narrative_lex.unwrapped``), so an item
never runs over them and a header is never joined to the line after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .document import is_page_mark
from .lexicon import role_words

_BARE_NUMBER = re.compile(r"[ \t\u3000\xa0]*\d{1,3}[ \t\u3000\xa0]*")
# a running header says no sentence: no stop, comma, colon or enumeration comma
_SENTENCE_MARK = re.compile(r"[。，,；;：:！!？?、]")
HEADER_MAX = 60  # a running header is one short line


@lru_cache(maxsize=1)
def _header_words() -> tuple[str, ...]:
    return role_words("page_chrome", "header_word", "word")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def is_running_header(line: str) -> bool:
    """A line that reads as a page's running header: short, no sentence punctuation, naming
    the report or the portal (某县人民政府2023年政府信息公开工作年度报告)."""
    line = line.strip(" \t\r\xa0\u3000")
    return (0 < len(line) <= HEADER_MAX and not _SENTENCE_MARK.search(line)
            and any(w in line for w in _header_words()))


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the page-chrome lines of ``text``, each with its line end: a page mark,
    the running header on the line after it, and a bare page number with such a header after
    it. A header's line elsewhere in the text (the title) is not chrome; nor is a bare number
    alone (a value)."""
    lines = _lines(text)
    out = []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        mark = is_page_mark(line)
        bare = not mark and _BARE_NUMBER.fullmatch(line) is not None
        if mark or bare:
            j = k + 1
            while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip(" \t\r\xa0\u3000"):
                j += 1   # blank lines between the footer and the next page's header
            header = j < len(lines) and is_running_header(text[lines[j][0]:lines[j][1]])
            if mark or header:
                out.append((s, min(e + 1, len(text))))
                if header:
                    out.extend((a, min(b + 1, len(text))) for a, b in lines[k + 1:j + 1])
                    k = j
        k += 1
    return out
