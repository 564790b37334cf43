"""A name typed one character off the store's organ around a part the store holds (乌拉特中旗新安镇
when the store holds 乌拉特前旗新安镇人民政府; 科尔沁右翼前旗政府 when it holds 科尔沁右翼中旗人民政府):
the organ found by the part (新安镇, 科尔沁右翼) is another organ than the one asked, so the
name's difference is said and which one is meant asked, each held name a reading to choose;
never another organ's figure answered as if it were the one asked (rule near_miss).

Compared: the characters typed right before the part against the held name's characters
before it (its place: 乌拉特前旗), and those typed right after it, up to the held name's next
rank character (旗 县 区 市 镇 乡 …), against the held name's (中旗). Same length, the same
last character, one character different, none of them a word of asking.
"""
from __future__ import annotations

import re

from .words import normalise

_RANK = "旗县区市镇乡州盟苏木"
_ASKING = re.compile(r"[的有是在各所哪几多少全每和与或及了年为把被对级本我该其那这些个里上下非除由从按同跟比，,。？?、]")


def _one_off(typed: str, held: str) -> bool:
    return (len(typed) == len(held) >= 2 and typed != held and typed[-1] == held[-1]
            and sum(a != b for a, b in zip(typed, held)) == 1 and not _ASKING.search(typed))


def _held(typed: str, organs) -> bool:
    """A place or name the store holds (杭州市 of 杭州市民政局 beside 泰州市民政局): asked as
    typed, never a slip."""
    return typed in organs.regions or typed in organs.names


def _after(held: str) -> str:
    """The held name's characters up to its next rank character (中旗 of 中旗人民政府), or ''."""
    for i, ch in enumerate(held[:3]):
        if ch in _RANK:
            return held[:i + 1]
    return ""


def near_miss(question: str, organs) -> tuple[str, list[tuple[str, str]]] | None:
    """(the name as typed, [(held full name, the question with it typed instead)]) when the
    question names an organ one character off a held one around the part found; else None."""
    if organs is None:
        return None
    q = normalise("".join((question or "").split()))
    placed = set()   # characters of a place the store holds (芜湖 of 芜湖高新区管委会): no slip there
    for a, b, _ in organs.find_regions(q):
        placed.update(range(a, b))
    for s, e, part in organs.find(q):
        offers = {}
        for oid in organs.names.get(part, ()):
            full = organs.display.get(oid, "")
            at = full.find(part)
            if at < 0:
                continue
            before, rest = full[:at], full[at + len(part):]
            if before and s >= len(before) and _one_off(q[s - len(before):s], before) \
                    and not _held(q[s - len(before):s], organs) \
                    and not placed & set(range(s - len(before), s)):
                typed = q[s - len(before):e]
                offers[full] = (typed, q[:s - len(before)] + before + q[s:])
                continue
            after = _after(rest)
            if after and _one_off(q[e:e + len(after)], after) and not _held(q[e:e + len(after)], organs) \
                    and not placed & set(range(e, e + len(after))):
                typed = q[s:e + len(after)]
                offers[full] = (typed, q[:e] + after + q[e + len(after):])
        if offers:
            typed = next(iter(offers.values()))[0]
            if typed in organs.names or typed in organs.regions:
                continue   # the name as typed is held too: no slip
            return typed, [(full, q2) for full, (_, q2) in sorted(offers.items())]
    return _place_off(q, organs)


_PLACE_RANK = "旗县区市州盟"


def _place_off(q: str, organs) -> tuple[str, list[tuple[str, str]]] | None:
    """A place of four to seven characters typed where no held name is found, one character off
    a held place (科尔沁右翼前旗 when the store holds 科尔沁右翼中旗): (as typed, [(the held place,
    the question with it)]); shorter ones are ``nearnames.typo_places``'."""
    from .nearnames import near_names
    covered = set()
    for s, e, _ in organs.find(q) + organs.find_regions(q):
        covered.update(range(s, e))
    for i, ch in enumerate(q):
        if ch not in _PLACE_RANK:
            continue
        for n in range(7, 3, -1):
            s = i + 1 - n
            word = q[s:i + 1]
            if s < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", word) or _ASKING.search(word) \
                    or any(j in covered for j in range(s, i + 1)):
                continue
            if word in organs.names or word in organs.regions:
                break
            held = [r for r in near_names(word, organs) if r in organs.regions and r not in q]
            if held:
                return word, [(r, q[:s] + r + q[i + 1:]) for r in held[:6]]
    return None
