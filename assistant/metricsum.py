"""Two figures asked as one sum (family metric_sum): 复议加诉讼一共多少 / 行政复议和行政诉讼合计 /
行政复议与行政诉讼总共几件: the figures of the same reports added (vocab.sum_of: a report counts
only when every figure is stated, a blank never 0; figures of different units are never
added), read as one figure 行政复议数与行政诉讼数之和 and said so in the first line. Asked each on
its own (分别 / 各 / 各自), the figures are never added. The total words are the sum words of
role joined (assistant/sumwords.py); those of role figures (加上 / 之和) are plan.py's."""
from __future__ import annotations

import re
from functools import lru_cache

from . import sumwords
from .eachsaid import FIGURES, each_said

# 复议加诉讼: a bare 加 between two figure words (never 增加 / 参加 / 加强 / 加大 …)
_BARE_PLUS = re.compile(r"(?<![增参追附添更施])加(?![强大快以入班工])")
# 行政复议和行政诉讼合计 / 一共 / 总共: a total of figures named together
_JOINED = re.compile(r"[和与及跟同、]|以及")
# 共 before the question word (共有多少, 共多少, 共几): a total asked, beside the total words
_TOTAL_ASKED = r"共(?:有多少|多少|几)"


@lru_cache(maxsize=1)
def _total() -> re.Pattern:
    """The total words (lexicons/question_sum_words.tsv role joined: 合计, 一共, 总数) and 共多少 as
    one pattern, compiled once."""
    return re.compile(sumwords.pattern("joined").pattern + "|" + _TOTAL_ASKED)


def sum_said(q: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``q`` asks the figures read at ``spans`` (start, end; in order) as one sum: a bare
    加 between two of them, or a total word after figures joined by 和 / 与 / 及, never with 分别 / 各."""
    if len(spans) < 2 or each_said(q, FIGURES):
        return False
    spans = sorted(spans)
    between = [q[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    if any(_BARE_PLUS.search(w) for w in between if len(w) <= 3):
        return True
    return all(_JOINED.search(w) and len(w) <= 3 for w in between) and bool(_total().search(q[spans[-1][1]:]))
