"""Words asking each of several things on its own (分别, 各自, 每个), never one total of them: one
registry, ``lexicons/question_each.tsv`` (role each, the value a word's sense), and the senses
each reader matches, so a word is written once."""
from __future__ import annotations

from . import lexwords

SEVERAL = ("several", "is")              # plan.py / answer.py: 分别收到多少 → per level / year
FIGURES = ("several", "is", "item")      # metricsum.py: 复议和诉讼各几件 → never one sum
APART = ("several", "apart")             # vocabscan.py: 每个区县几份 → the 各 tier kept grouped


def each_said(q: str, senses: tuple[str, ...]) -> bool:
    """Whether ``q`` holds a word of one of ``senses`` (one alternation, compiled once)."""
    return lexwords.matcher("question_each", "each", senses).search(q) is not None
