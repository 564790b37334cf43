"""A place typed wrong inside an organ name: 临夏洲公安局 (the store has 临夏州公安局), 信峰县卫健委
(信丰县卫生健康委). The bureau part is a name the store holds (公安局, 卫健委), so the question
would otherwise be read as every body of that kind, or the unknown place's 县 as a level.

``glued_place(question, organs)``: (the whole name as typed, the store's names one character
off it) for the first bureau name found right after two to four characters that are no
question words and, with them, no name the store holds. Asked back (``answer._ask_back``),
never answered: with a near name as the option to choose; with none, when the characters end
as a place does (洛西县), as a place the store has no report of. None when nothing is so.

The names one character off are looked up in buckets of the store's names by length and last
character, built once per store index.
"""
from __future__ import annotations

import re

from . import vocab
from .names import DEPT_TAILS, common_word
from .nearnames import common_name, real_place
from .words import normalise

_CJK = re.compile(r"[\u4e00-\u9fff]+")
# characters that are question words, never part of a place's name
_ASKING = re.compile(r"[的有是在各所哪几多少全每和与或及中了年为把被对级本我该其那这些个里上下前后非除由从按同跟比]")
_PLACE_END = tuple("县区市州旗盟")


def _buckets(organs) -> dict:
    b = organs.__dict__.get("_near_buckets")
    if b is None:
        b = {}
        for name in list(organs.names) + list(organs.regions):
            b.setdefault((len(name), name[-1]), []).append(name)
        organs.__dict__["_near_buckets"] = b
    return b


def near_names(word: str, organs) -> list[str]:
    """The store's names and places of ``word``'s length and last character that differ from
    it in one character."""
    return sorted({n for n in _buckets(organs).get((len(word), word[-1]), ())
                   if n != word and sum(a != b for a, b in zip(n, word)) == 1})


def _vocabulary_word(head: str) -> bool:
    words = (*vocab.level_words(), *vocab.words(), *vocab.metric_aliases())
    return any(w in head for w in words if len(w) >= 2)


def glued_place(question: str, organs, unread=()) -> tuple[str, list[str]] | None:
    """``unread``: the words no rule of the question's reading read (a head among them is a
    name the store does not know, 临夏洲 before 公安局, even with no place's ending)."""
    if organs is None:
        return None
    q = normalise("".join((question or "").split()))
    for s, e, name in organs.find(q):
        if not name.endswith(DEPT_TAILS) or any(name[:i] in organs.regions for i in range(2, min(7, len(name)))):
            continue   # 来宾市卫生健康委员会: a name with its place, whatever is before it
        unknown = None
        for n in (4, 3, 2):
            if s - n < 0:
                continue
            head = q[s - n:s]
            before = q[s - n - 1:s - n]
            if before and _CJK.match(before) and not _ASKING.match(before):
                continue   # 洛西县卫健委: never 西县 (a name starts where the question's words end)
            if not _CJK.fullmatch(head) or _ASKING.search(head) or _vocabulary_word(head) or (
                    not head.endswith(_PLACE_END) and (common_word(head) or common_word(head[:2]))):
                continue   # 关于 / 最近 民政局: a word of the language, no place (平安县: a place)
            whole = head + name
            if whole in organs.names or head in organs.regions or any(
                    head.endswith(r) for r in (head[-2:], head[-3:]) if r in organs.regions):
                break   # a place the store holds (浙江教育厅): read as it is
            # a real place of its own (柳林县, not a slip of 柳河县) or a common word is never
            # offered as a slip: said absent below
            own_name = real_place(head) or common_name(whole)
            near = [] if own_name else near_names(whole, organs)
            if any(n in q for n in near):
                return None   # 东阳市财政局和西阳市财政局: the other is named beside it (absent.py)
            if near:
                return whole, near
            places = [] if own_name else [n for n in near_names(head, organs)
                                          if n in organs.regions and n not in q]
            if places:   # 信峰县卫健局: the place one character off a stored place (信丰县)
                return head, places
            if unknown is None and (head.endswith(_PLACE_END) or head in unread):
                unknown = whole   # 洛西县卫健委 / 临夏洲公安局: a place the store has no report of
        if unknown:
            return unknown, []
    return None
