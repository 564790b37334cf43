"""Two or more places joined in one question (2021年江西和安徽的报告一共几份, 杭州、衢州的乡镇,
鄂尔多斯和兴安盟哪个主动公开的多): every place named, a union (``QueryPlan.also_regions``), never
the last one alone with the others silently dropped (rule places_joined). A place taken out
(去掉乌鲁木齐和喀什的) is ``planorgans.taken_out``'s; a county after its city (南京市鼓楼区) is
one place, never two.
"""
from __future__ import annotations


def joined_places(p, said, set_) -> bool:
    """``said``: [place, excluded before, excluded after, joined to the one before] in the order
    read (``planorgans.read_organs``). Places each joined to the one before by 和 / 、 / 与 / 及 /
    跟, none taken out, two or more distinct: the first is the region, the others ``also_regions``;
    True when read so."""
    if len(said) < 2 or any(ex or after for _, ex, after, _ in said) \
            or not all(j for *_, j in said[1:]):
        return False
    places = list(dict.fromkeys(r for r, *_ in said))
    if len(places) < 2:
        return False
    set_("region", places[0], "places_joined")
    p.also_regions = tuple(places[1:])
    return True


_JOINERS = "和与及跟、,，"


def joined_to_place(s: str, start: int, end: int, organs, organ_starts=()) -> bool:
    """Whether the word ``s[start:end]`` (a place's name that is also some organ's short name:
    鄂尔多斯) stands joined by one joining character to another place of the store that is no
    organ's name (鄂尔多斯和兴安盟, 兴安盟和鄂尔多斯): one of the places joined, never that one
    organ. Two organs' short names joined (桦南县和清水县: their governments) stay organs."""
    for a, b, _ in organs.find_regions(s):
        if a in organ_starts:
            continue
        if (a == end + 1 and s[end:a] in _JOINERS) or (b == start - 1 and s[b:start] in _JOINERS):
            return True
    return False
