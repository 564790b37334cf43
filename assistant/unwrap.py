"""A report's item as one line: the text a report wrapped across lines (a PDF pasted at a fixed
width: 同步审签、⏎同步部署) said without the break, as the report's sentence reads.

``one_line(text)``: a single line break (with the white space around it) between two characters
of Chinese text, or next to its punctuation, goes; any other single break (between two Latin
words or numbers) is one space. A blank line is the report's own paragraph break (建设。⏎⏎针对…:
an item's heading and its paragraph) and is kept. The record keeps the text as printed (its span
points into it); only what the answer says is joined.
"""
from __future__ import annotations

import re

# a character of Chinese text: an ideograph or the full-width punctuation written among them
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—\u2e80-\u2fdf]")
# a run of line breaks with the white space around them
_BREAKS = re.compile(r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+")


def one_line(text: str | None) -> str | None:
    """``text`` with the line breaks of its wrapping gone (see the module's doc)."""
    if not text or "\n" not in text:
        return text

    def join(m: re.Match) -> str:
        if m.group(0).count("\n") > 1:
            return m.group(0)   # a blank line: the report's paragraph break, kept
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return "" if _CJK.match(before or " ") or _CJK.match(after or " ") else " "

    return _BREAKS.sub(join, text)
