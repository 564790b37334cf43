"""The six parts of a report, found by their headings.

``find_sections(text)`` returns one ``Section`` per part it recognises (number 1-6, in text
order), with the heading's span and the body's span. Headings are a marker (一、 / 1、 / 1. /
（一）) followed by a title that begins like one of the variants in ``lexicons/sections.tsv``;
they may start a line or sit mid-line in text collapsed onto one line. The pre-2019 outline
(一、政府信息公开工作的基本概况 … 七、其他需要报告的事项) is mapped onto the six parts; its
headings with no counterpart (收费及减免) are left out.

The chosen headings form the longest chain whose section numbers and marker numbers both
rise, with each marker at most one ahead of its section number (old outlines carry one extra
part), or behind it under a full title (a report that leaves parts out numbers the rest anew). That keeps sub-items such as ``1.主动公开方面`` or table rows such as
``一、本年新收政府信息公开申请数量`` out of the chain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load
from .numbers import parse_chinese_numeral

_CN = "一二三四五六七八九十"
# marker styles: 'top' (一、 or 1、/1./1．) and 'paren' (（一） / (一)); spaces may follow
# damaged text prints 一 as a dash or the Kangxi radical (—、总体情况): read as 一, and may
# double the comma (一、、总体情况)
_ONE_LOOKALIKES = "—―─－ー⼀"
_MARKER = re.compile(
    rf"(?P<top>(?P<cn>[{_CN}]{{1,2}}|[{_ONE_LOOKALIKES}])\s*[、.．]{{1,2}}|(?P<ar>[1-9])\s*[、.．](?!\d))"
    rf"|(?P<paren>[（(]\s*(?P<pcn>[{_CN}]{{1,2}})\s*[）)])"
)
# what may stand before a heading marker: line start, white space, sentence end, table pipe
_BEFORE = set(" \t\r\n\xa0\u3000。；;：:|>")
_TITLE_TAIL_STOP = set("，,。；;：:（()）|<") | set(" \t\r\n\xa0\u3000")


@dataclass(frozen=True)
class Section:
    number: int
    title: str
    start: int  # heading start (its marker)
    end: int  # heading end
    body_start: int
    body_end: int


@lru_cache(maxsize=4)
def _titles(directory: str | None = None) -> dict[str, tuple[tuple[str, int], ...]]:
    """Section titles by their first character, longest first."""
    rows = load("sections", required=("number", "title"), unique=("title",), directory=directory)
    out: dict[str, list[tuple[str, int]]] = {}
    for title, number in sorted(((r["title"], int(r["number"])) for r in rows),
                                key=lambda t: -len(t[0])):
        out.setdefault(title[0], []).append((title, number))
    return {k: tuple(v) for k, v in out.items()}


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\xa0\u3000":
        i += 1
    return i


def _candidates(text: str, directory: str | None = None):
    titles = _titles(directory)
    for m in _MARKER.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] not in _BEFORE:
            continue
        style = "paren" if m.group("paren") else "top"
        if m.group("ar"):
            mark = int(m.group("ar"))
        else:
            g = m.group("cn") or m.group("pcn")
            mark = 1 if g in _ONE_LOOKALIKES else parse_chinese_numeral(g)
        if not mark:
            continue
        t0 = _skip_space(text, m.end())
        for title, number in titles.get(text[t0:t0 + 1], ()):
            if text.startswith(title, t0):
                end = t0 + len(title)
                # run on over the rest of the title (及改进情况 …), never past its line
                limit = min(len(text), end + 16)
                while end < limit and text[end] not in _TITLE_TAIL_STOP and not text[end].isdigit():
                    if text[end] in _CN and text[end + 1: end + 2] == "是":
                        break
                    end += 1
                yield (s, end, number, mark, style, text[t0:end])
                break


def _chain(cands):
    """Longest chain with rising section and marker numbers (marker - section in 0..1)."""
    # …or a marker behind its section (a report or an excerpt that leaves parts out numbers
    # the rest anew: 二、存在的主要问题及改进情况), for the closing parts (五, 六) under a full title
    cands = [c for c in cands if 0 <= c[3] - c[2] <= 1 or (c[3] < c[2] and c[2] >= 5 and len(c[5]) >= 6)]
    n = len(cands)
    if not n:
        return []
    best = [(1, int(c[3] == c[2])) for c in cands]
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if cands[j][2] < cands[i][2] and cands[j][3] < cands[i][3]:
                score = (best[j][0] + 1, best[j][1] + int(cands[i][3] == cands[i][2]))
                if score > best[i]:
                    best[i], prev[i] = score, j
    i = max(range(n), key=lambda k: best[k])
    out = []
    while i >= 0:
        out.append(cands[i])
        i = prev[i]
    return out[::-1]


def find_sections(text: str, directory: str | None = None) -> list[Section]:
    """The report's parts in text order (only those whose heading is found)."""
    # metadata, narrative and checks each ask for the same text's sections: remember the
    # last few answers (Section is frozen; every caller gets its own list).
    return list(_find_sections(text, directory))


@lru_cache(maxsize=4)
def _find_sections(text: str, directory: str | None) -> tuple[Section, ...]:
    cands = list(_candidates(text, directory))
    chosen = _chain([c for c in cands if c[4] == "top"])
    if not chosen:
        chosen = _chain([c for c in cands if c[4] == "paren"])
    out: list[Section] = []
    for k, (s, e, number, _mark, _style, title) in enumerate(chosen):
        body_start = e
        while body_start < len(text) and text[body_start] in " \t\r\n\xa0\u3000：:。":
            body_start += 1
        body_end = chosen[k + 1][0] if k + 1 < len(chosen) else len(text)
        body_start = min(body_start, body_end)
        out.append(Section(number, title, s, e, body_start, body_end))
    return tuple(out)


def section_span(text: str, number: int, sections: list[Section] | None = None) -> tuple[int, int] | None:
    """(body_start, body_end) of part ``number``, or None when its heading is not found."""
    for s in sections if sections is not None else find_sections(text):
        if s.number == number:
            return s.body_start, s.body_end
    return None
