"""Which of a report's elements it states (family facets_said, the completeness family): a
reviewer asks of several elements at once — 分管领导, 负责科室, 公开渠道, 联系方式, 问题, 改进措施
(lexicons/question_elements.tsv) — whether each is stated:

- all of them stated: 问题和改进措施两项都写了的报告 / 负责科室、问题、整改措施这三样都有的 /
  要素齐全的报告有几份 (要素: every element, or those listed after it: 就是分管领导、…都写了的);
- some stated, others not: 只写了存在问题、没写改进措施的 / 写了分管领导但没有公开渠道的;
- none of them: 问题和措施都没写的;
- at least one missing: 要素不全的报告;
- which are missing is the answer: 上海市政府办公厅那份报告缺了哪几项要素.

A count said with them (两项 / 这三样 / 六项) counts the elements, never the items a report lists
(assistant/itemcount.py reads 问题写了两条). The plan holds ``facets`` ((element, stated), …),
``facets_some`` (at least one of them missing) and ``facets_asked`` (the missing ones asked);
the SQL is ``sqlbase.facet_terms``. Two elements or more, or the word 要素, with a word saying
how they are held; 问题和措施都有哪些 (a list word after 都有) asks the texts, left to the others.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, role_rows, rows

_WORDS = "question_elements"
_NOT_ASKED = r"(?![哪几多什啥])"   # 都有哪些 / 都写了什么: the texts asked, no presence said
_NEG = re.compile(r"没有|没|未|无|缺少|缺")
_JOIN = re.compile(r"[和与及跟、]|以及|还有")   # elements joined: a negation said of one is of all
# the official and the office, held alike, are read by rule facts_several (既没写分管领导也没写负责科室)
_READ_ELSEWHERE = {"responsible_official", "responsible_office"}
BOTH = re.compile(r"既[^，,。？?]*?又|同时|并且|而且")   # 既写了问题又写了措施: each of them (channels too)
_ALONE = re.compile(r"\s*(?:的?(?:要素|内容|项目?))?\s*(?:呢|吗|啊)?\s*(?:[？?。，,！!]|$)")   # 缺了哪几项？ said last
_COUNT = re.compile(r"[这那]?(?:[两二三四五六七八九]|[2-9])(?:项|样|个|类|者)(?:要素|内容)?")
# the words around the elements that say how each is held (只写了 / 但没写 / 既…又 / 就是 …)
_VERB = re.compile(r"(?:只|仅|就是|即|既|又|也|还|都|均|同时|但是?|却|而|并且?)*"
                   r"(?:没有|没|未|缺少|缺了?|不)?"
                   r"(?:写明了|写上了|写到了|写了|写明|写有|写|列了|列出了|列|提了|提出了|有|具备|包含)"
                   + _NOT_ASKED)


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """element -> its name in answers (分管领导, 负责科室, …), in the lexicon's order."""
    return {r["value"]: r["word"] for r in rows(_WORDS) if r["role"] == "name"}


@lru_cache(maxsize=None)
def _pattern(role: str) -> re.Pattern:
    tail = _NOT_ASKED if role in ("every", "missing") else ""
    return re.compile(f"(?:{alternation(_WORDS, role)}){tail}")


def _elements_at(s: str) -> list[tuple[int, int, str]]:
    """(start, end, element) of each element word in ``s``, longest first, none overlapping."""
    words = {r["word"]: r["value"] for r in role_rows(_WORDS, "element")}
    return [(m.start(), m.end(), words[m.group()]) for m in _pattern("element").finditer(s)]


def read_facets(t, q: str, p, set_, fired: list) -> bool:
    """Reads the elements said and how they are held into ``p`` (kind reports), taking their
    words from ``t``; False (nothing taken) when the question says no such thing."""
    s = t.s
    at = _elements_at(s)
    kinds = list(dict.fromkeys(e for _, _, e in at))
    whole = _pattern("whole").search(s)
    asked = _pattern("missing").search(s)
    if asked and not (whole or len(kinds) > 1 or _ALONE.match(s, asked.end())):
        asked = None   # 哪些没写收到多少申请 / 哪些没写联系电话: one thing said missing, no element asked
    some = _pattern("some").search(s)
    every = _pattern("every").search(s)
    if not (whole or asked or (some and len(kinds) > 1) or len(kinds) > 1):
        return False
    if whole or asked or some:
        facets = tuple((e, True) for e in (kinds if len(kinds) > 1 else names()))
    else:
        state = _states(q, at)
        if set(state.values()) == {True} and not (every or BOTH.search(s) or _VERB.search(s)):
            return False   # 问题和措施 / 花沟镇的问题和措施都有哪些: the texts, not who states them
        held = set(state.values())
        if len(held) == 1 and set(kinds) <= _READ_ELSEWHERE:
            return False   # 既没写分管领导也没写负责科室 / 两项都写了: rule facts_several
        facets = tuple(state.items())
    set_("kind", "reports", "facets_said")
    set_("facets", facets, "facets_said")
    if asked:
        set_("facets_asked", True, "facets_said")
    elif some:
        set_("facets_some", True, "facets_said")
    for a, b, _ in at:
        t.take(a, b)
    for m in (whole, asked, some, every):
        if m:
            t.take(m.start(), m.end())
    for pat in (_COUNT, _VERB, _pattern("every")):
        for m in pat.finditer(t.s):
            if m.end() > m.start():
                t.take(m.start(), m.end())
    return True


def _states(q: str, at) -> dict[str, bool]:
    """element -> stated, for the elements said in order: a negation right before an element
    (没写改进措施) is of it, one after an element (公开渠道没写, 问题和措施都没写) of the element
    before it; either is of the elements joined to that one by 和 / 、 (没写问题和措施)."""
    neg = [False] * len(at)
    for m in _NEG.finditer(q):
        n = m.start()
        nxt = next((i for i, (a, _, _) in enumerate(at) if a >= m.end()), None)
        if nxt is not None and at[nxt][0] - m.end() <= 3:
            step, i = 1, nxt
        else:
            before = [i for i, (_, b, _) in enumerate(at) if b <= n]
            if not before:
                continue
            step, i = -1, before[-1]
        neg[i] = True
        while 0 <= i + step < len(at):
            lo, hi = sorted((i, i + step))
            if not _JOIN.fullmatch(q[at[lo][1]:at[hi][0]]):
                break
            i += step
            neg[i] = True
    state: dict[str, bool] = {}
    for (_, _, e), no in zip(at, neg):
        state.setdefault(e, not no)
    return state


def said(p) -> str:
    """The reading's words: 要素=问题、改进措施（都写了的） / 问题（写了）、改进措施（没写） /
    …（缺了哪几项）."""
    n = names()
    if p.facets_asked:
        return "要素=" + "、".join(n[e] for e, _ in p.facets) + "（缺了哪几项）"
    if p.facets_some:
        return "要素=" + "、".join(n[e] for e, _ in p.facets) + "（至少缺一项的）"
    states = {s for _, s in p.facets}
    if len(states) == 1:
        return "要素=" + "、".join(n[e] for e, _ in p.facets) + (
            "（都写了的）" if True in states else "（都没写的）")
    return "要素=" + "、".join(n[e] + ("（写了）" if s else "（没写）") for e, s in p.facets)
