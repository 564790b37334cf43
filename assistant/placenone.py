"""A place the gazetteer knows and no report of the store is placed in (rule place_not_held).

有没有北京的 / 文山州的报告有几份 / 北京市零申请的单位 in a store with no report stating a place
in Beijing (or 文山壮族苗族自治州): the answer is that the store holds no report of that place,
said first (never "没能理解", never every report's answer, never a number: a report stating no
place may lie there), with the places of the same province the store does hold offered as
readings to ask instead (洛阳市: 郑州市). No answer is given, so the answer is not marked
understood (``understood`` False: nothing was answered), its reading said.
A word is such a place when the gazetteer names it (北京市, 大兴区), when it is a province's or
a prefecture's name without its tail (北京, 锡林郭勒: 北京市, 锡林郭勒盟), or an autonomous
prefecture's usual short form (文山州: 文山壮族苗族自治州; ``gazetteer.full_form``).
"""
from __future__ import annotations

from dataclasses import replace

from .queryplan import QueryPlan
from .result import Answer

_TAILS = ("省", "市", "自治区", "盟", "地区")
_RANKS = ("province", "city", "county")


def gazetteer_place(word: str) -> str | None:
    """The gazetteer's full name of the place ``word`` says (北京 -> 北京市, 文山州 ->
    文山壮族苗族自治州), None when it names no province, prefecture or county."""
    from extractor import gazetteer
    if len(word) < 2 or not gazetteer.available():
        return None
    if any(p.rank in _RANKS for p in gazetteer.places_named(word)):
        return word
    for tail in _TAILS:   # a province's or prefecture's name without its tail (北京, 锡林郭勒)
        if any(p.rank in ("province", "city") for p in gazetteer.places_named(word + tail)):
            return word + tail
    # 文山州 / 石林县: an autonomous place's short form; 锡盟: a league's
    return gazetteer.full_form(word) or gazetteer.league_short(word)


def unread_places_held_nowhere(unread, organs) -> bool:
    """Whether a word no rule read is a place the gazetteer knows (北京) and the store holds no
    report in (an unread word it held would have been read): the question is about it."""
    return organs is not None and any(gazetteer_place(w) and w not in organs.regions
                                      for w in unread if len(w) >= 2)


def places_not_held(words) -> dict[str, str] | None:
    """word -> the gazetteer's name, when every one of ``words`` is a place; else None."""
    words = [w for w in dict.fromkeys(words) if not any(w != o and w in o for o in words)]
    out = {w: gazetteer_place(w) for w in words}   # 北京市 and 北京 said once: 北京市
    return out if out and all(out.values()) else None


def place_not_held(question: str, plan: QueryPlan, places: dict[str, str], organs) -> Answer:
    """The answer to a question about places the store holds no report of: nothing, said so."""
    said = "".join(f"“{w}”" + (f"（{full}）" if full != w else "") for w, full in places.items())
    plan = replace(plan, rules=plan.rules_plus("place_not_held"),
                   unread=tuple(u for u in plan.unread if not _of(u, places)),
                   doubts=tuple(d for d in plan.doubts if not _of(d, places)),
                   notes=(*plan.notes, "地区=" + "、".join(places.values()) + "（库中没有）"))
    # no number, not even 0: a report stating no place may lie there
    text = (f"库中没有{said}的报告：没有一份报告写明的地点在那里"
            f"（没有写明地点的报告不能按地点查找）。")
    near = _held_in_province(places.values(), organs)
    if near:
        text += "同省库中有：" + "、".join(near) + "。"
    from .suggest import suggestions_for
    a = Answer(question=question, text=text, understood=False, plan=plan,
               suggestions=suggestions_for(question))
    for place in near:
        q2 = question
        for w in places:
            q2 = q2.replace(w, place, 1)
        a.options.append({"label": f"按“{place}”", "question": q2})
    return a


def _held_in_province(places, organs) -> list[str]:
    """The cities (else counties) the store holds in the provinces of ``places`` (洛阳市: 郑州市),
    from the store's area map (no query), at most five."""
    from extractor import gazetteer
    provinces = {p.parents[0] if p.rank != "province" else p.name
                 for name in places for p in gazetteer.places_named(name)}
    out = []
    for prov in sorted(provinces - {None}):
        inner = organs.areas.get(("province", prov)) or {}
        out += sorted(inner.get("city", ())) or sorted(inner.get("county", ()))
    return list(dict.fromkeys(out))[:5]


def _of(word: str, places) -> bool:
    """``word`` is one of ``places`` or holds one (锡林郭勒盟 of 锡林郭勒)."""
    return any(w in word or word in w for w in places)
