"""A level or kind word typed one character off (rule level_typo): 街到办 for 街道办, 乡政符 for
乡政府, 县直部们 for 县直部门.

A run of the question that spells a word of lexicons/question_levels.tsv (three characters or
more) with exactly one character different, not the first (州政府 is no slip of 县政府: the tier
is said by it). That character is one no rule read, no particle and no organ's tail (国家局: no
slip of 国家级); another character of the run, no particle, is unread too (街道里 / 几个报 /
县里的卫建局: a word read, then one more character, no slip of 街道办 / 几个市 / 县里的局); no
dictionary word holds that character (县级部分, 乡镇政务, 市政府办公厅: words of their own); no
store organ's name holds the run (市人民政府办公厅 of 上海市人民政府办公厅: held as typed).
One level word that close: the question is read with it and the reading says so (“街到办”按
“街道办”理解); two or more (县级单门: 县级单位 or 县级部门?): asked back, never guessed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .words import BLANK

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARTICLE = set("的了吗呢是有几多少么和与或及在各每哪")
_TAIL = set("局委厅署所站办部室")   # 国家局: a bureau word of its own, no slip of 国家级


@lru_cache(maxsize=1)
def _targets() -> tuple[str, ...]:
    return tuple(sorted((w for w in vocab.level_words() if len(w) >= 3), key=len, reverse=True))


def _in_a_word(q: str, c: int) -> bool:
    """Whether the character at ``c`` is inside a dictionary word of 2–4 characters (办公厅,
    部分, 政务: jieba's dictionary, frequency 50 or more)."""
    freq = vocab.tokenizer().FREQ
    return any((freq.get(q[a:a + n]) or 0) >= 50
               for n in (2, 3, 4) for a in range(max(0, c - n + 1), min(c, len(q) - n) + 1))


def _held(run: str, organs) -> bool:
    return organs is not None and any(run in n for n in organs.display.values() if n)


def level_slip(q: str, left: str, organs=None) -> tuple[str, tuple[str, ...]] | None:
    """(the run as typed, the level words it is one character off) for the longest such run of
    ``q``; ``left`` is ``q`` with what the rules read blanked (the same length)."""
    found: dict[str, list[str]] = {}
    order: list[str] = []
    for word in _targets():
        n = len(word)
        for i in range(len(q) - n + 1):
            run = q[i:i + n]
            diff = [k for k in range(n) if run[k] != word[k]]
            if len(diff) != 1 or diff[0] == 0:
                continue
            c = i + diff[0]
            if left[c] == BLANK or not _CJK.match(q[c]) or q[c] in _PARTICLE or q[c] in _TAIL \
                    or sum(ch != BLANK and ch not in _PARTICLE for ch in left[i:i + n]) < 2 \
                    or _in_a_word(q, c):
                continue
            if run in vocab.level_words() or run in vocab.words() or _held(run, organs):
                continue   # 县直部门 itself, 乡镇街道: a word of its own
            if run not in found:
                found[run] = []
                order.append(run)
            if word not in found[run]:
                found[run].append(word)
    if not order:
        return None
    run = max(order, key=len)   # 街道办事处 typed 街到办事处: the longest run, one slip
    return run, tuple(found[run])
