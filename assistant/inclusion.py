"""Inclusion glosses: a reviewer's list of the kinds of organ that COUNT as the scope named
(rule inclusion_gloss).

After or inside a question a reviewer may spell out what the scope named takes in —
省级政府的年报几份？省政府、自治区、直辖市的都算 / 乡镇（乡、镇、苏木）的报告 / 自然资源系统的年报，
从厅到县局都算 / 浏阳市的报告，市政府、市里的局、乡镇都算. The words listed are kinds or levels of
organ; they widen the scope or say what it covers, never narrow it to the words listed (an organ
whose name holds 苏木, an organ named 国家局).

Two steps, as ``assistant.plan.parse`` reads a question:

1. ``cut(q)`` (from ``assistant.planrewrite.rewrite``): a bracket, or a clause ending in a close
   word (lexicons/question_inclusion.tsv: 都算, 都要, 也算, 都包括 …) or a 从…到…都算 range, whose
   words are kinds (a bracket opened by 含 / 包括 or closed by 都算 may hold a word not read) is
   taken out of the text; its words, each read as a kind, are returned;
2. ``apply(p, gloss)`` (once the scope is read): each kind is held against the scope named —
   a level named covering it, a place or a sector (every organ in it, every tier of it), a
   kind of place — and said in the reading; a kind wider than the levels named widens them
   (said); a word no lexicon reads is said as not understood (``p.doubts``), never dropped.

A listed word is read by lexicons/question_inclusion.tsv (a kind of place with its tier, a kind
of body with its level), then as a level word (question_levels.tsv), then as a kind of place
(question_place_kinds.tsv, the tier of its government's level).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexwords, vocab
from .queryplan import LEVEL_NAMES, QueryPlan

_LEX = "question_inclusion"
_SPLIT = re.compile(r"[、，,/和及与或]|以及")
_BRACKET = re.compile(r"[(（]([^()（）]{1,30})[)）]")
_CLAUSE_END = re.compile(r"[，,。？?；;！!]")
_RANGE = re.compile(r"^从(.{1,8}?)(?:一直)?到(.{1,8})$")
# the tier of each contract level, and the government / the department of each tier
_TIER = {"township": "township", "subdistrict": "township", "county": "county",
         "county_dept": "county", "city": "city", "city_dept": "city", "province": "province",
         "province_dept": "province", "national_dept": "national"}
_GOV = {"township": "township", "county": "county", "city": "city", "province": "province"}
_DEPT = {"county": "county_dept", "city": "city_dept", "province": "province_dept",
         "national": "national_dept"}


@dataclass(frozen=True)
class Kind:
    word: str               # as listed (镇, 市里的局, 厅)
    what: str               # level | place | body | unread
    levels: tuple[str, ...] = ()   # level: its levels; place: its government's level; body: its
                                   # level, or ("dept",) / ("gov",) for any tier's


@dataclass(frozen=True)
class Gloss:
    text: str               # as written, brackets or clause
    kinds: tuple[Kind, ...]
    ranged: bool = False    # 从厅到县局: every tier between the two


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    from extractor.lexicon import load
    return {r["word"]: r["level"] for r in load("question_place_kinds", required=("word", "level"),
                                                 unique=("word",))}


def _trim(w: str) -> str:
    fillers = lexwords.words(_LEX, "filler")
    changed = True
    while changed and w:
        changed = False
        for f in fillers:
            if w.startswith(f) and len(w) > len(f):
                w, changed = w[len(f):], True
            elif w.endswith(f) and len(w) > len(f):
                w, changed = w[:-len(f)], True
    return w


def read_kind(word: str) -> Kind:
    """One listed word read as a kind (a word of place before it tried off: 区里街道)."""
    w = _trim(word)
    tries = [w] + [w[len(q):] for q in lexwords.words(_LEX, "qualifier")
                   if w.startswith(q) and len(w) > len(q)]
    for x in tries:
        x = _trim(x)
        places = lexwords.values(_LEX, "place")
        bodies = lexwords.values(_LEX, "body")
        if x in places:
            return Kind(word, "place", (places[x],))
        if x in bodies:
            return Kind(word, "body", (bodies[x],))
        if x in vocab.level_words():
            return Kind(word, "level", tuple(vocab.level_words()[x]))
        if x in _place_kinds():
            return Kind(word, "place", (_place_kinds()[x],))
    return Kind(word, "unread")


def _read(body: str) -> tuple[tuple[Kind, ...], bool]:
    m = _RANGE.match(body)
    parts = [m.group(1), m.group(2)] if m else [x for x in _SPLIT.split(body) if x]
    return tuple(read_kind(x) for x in parts), bool(m)


def _strip(body: str, role: str, at_end: bool) -> tuple[str, bool]:
    for w in lexwords.words(_LEX, role):
        if at_end and body.endswith(w) and len(body) > len(w):
            return body[:-len(w)], True
        if not at_end and body.startswith(w) and len(body) > len(w):
            return body[len(w):], True
    return body, False


def _gloss_of(body: str, bracket: bool) -> tuple[tuple[Kind, ...], bool] | None:
    """The kinds a gloss lists, or None when ``body`` is no gloss of kinds."""
    body, opened = _strip(body, "open", at_end=False) if bracket else (body, False)
    body, closed = _strip(body, "close", at_end=True)
    if not (bracket or closed):
        return None
    kinds, ranged = _read(_trim(body))
    read = [k for k in kinds if k.what != "unread"]
    if not read:
        return None
    if len(read) < len(kinds) and not (bracket and (opened or closed)):
        return None   # a clause of other words (2019年的也算, 正文写0件的都算): not this rule's
    return kinds, ranged


def cut(q: str) -> tuple[str, Gloss | None]:
    """``q`` without its inclusion gloss, and the gloss (None when it has none)."""
    for m in _BRACKET.finditer(q):
        got = _gloss_of(m.group(1), bracket=True)
        if got:
            return q[:m.start()] + q[m.end():], Gloss(m.group(0), *got)
    start = 0
    for m in list(_CLAUSE_END.finditer(q)) + [None]:
        end = m.start() if m else len(q)
        got = _gloss_of(q[start:end], bracket=False) if end > start else None
        if got:
            s = start - 1 if start and q[start - 1] in "，," else start   # the comma before it
            rest = q[:s] + q[end:] if s < start else q[:start] + q[end + 1 if m else end:]
            return rest, Gloss(q[start:end], *got)
        start = m.end() if m else len(q)
    return q, None


def _wide_scope(p: QueryPlan) -> bool:
    """A scope every kind listed lies in whatever its level: a place, an organ's kind or sector."""
    return bool(p.region or p.organ_ids or p.organ_type or p.organ_names)


def _needed(k: Kind, levels: set[str]) -> tuple[str, ...]:
    """The levels ``k`` adds to ``levels`` (none when they cover it)."""
    tiers = {_TIER[lv] for lv in levels if lv in _TIER}
    if k.what == "level":
        return tuple(lv for lv in k.levels if lv not in levels)
    if k.what == "place":
        tier = _TIER.get(k.levels[0])
        if tier in tiers:
            return ()
        govs = any(lv in _GOV.values() or lv == "subdistrict" for lv in levels)
        depts = any(lv in _DEPT.values() for lv in levels)
        out = ([_GOV[tier]] if govs and tier in _GOV else []) + ([_DEPT[tier]] if depts and tier in _DEPT else [])
        return tuple(out)
    v = k.levels[0]
    if v == "dept":
        return () if any(lv in _DEPT.values() for lv in levels) else tuple(
            _DEPT[t] for t in sorted(tiers) if t in _DEPT)
    if v == "gov":
        return () if any(lv in _GOV.values() or lv == "subdistrict" for lv in levels) else tuple(
            _GOV[t] for t in sorted(tiers) if t in _GOV)
    return () if v in levels else (v,)


def apply(p: QueryPlan, gloss: Gloss | None) -> bool:
    """The gloss held against the scope read on ``p``: said in ``p.notes``, the levels widened
    where a kind is wider, a word not read said in ``p.doubts``. True when a gloss was read."""
    if gloss is None:
        return False
    read = [k for k in gloss.kinds if k.what != "unread"]
    unread = [k.word for k in gloss.kinds if k.what == "unread"]
    words = "、".join(k.word for k in read)
    levels = set(p.levels)
    if not levels and not _wide_scope(p):
        # the gloss is the only scope said (报告（乡、镇都算）): its levels are the scope
        named = tuple(dict.fromkeys(lv for k in read if k.what == "level" for lv in k.levels))
        if named:
            p.levels = named
            p.given = tuple(dict.fromkeys((*p.given, "levels")))
        said = f"“{words}”按所列层级理解" if named else f"“{words}”都算在内"
    elif not levels:   # a place, a sector, a kind of place: every organ and tier in it
        said = f"“{words}”都在所问范围内，都算" + ("（各级都算）" if gloss.ranged else "")
    else:
        wider = []
        for k in read:
            add = _needed(k, levels)
            if add:
                wider.append(f"“{k.word}”（{'、'.join(LEVEL_NAMES[lv] for lv in add)}）")
                levels.update(add)
        if wider:
            order = list(LEVEL_NAMES)
            p.levels = tuple(sorted(levels, key=order.index))
            said = f"“{words}”都算：{'、'.join(wider)}比所问的层级宽，已一并计入"
        else:
            said = f"“{words}”都在所问层级内，都算"
    p.notes = (*p.notes, said)
    if unread:
        p.doubts = tuple(dict.fromkeys((*p.doubts, *unread)))
        p.notes = (*p.notes, f"“{'、'.join(unread)}”（列为也算的）没有读懂")
    return True
