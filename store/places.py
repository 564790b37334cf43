"""Which province and city the places a store's organs state lie in, by the gazetteer: so a
question or a filter naming a province or a city finds the reports that state only a place
inside it (杭州市: a district bureau stating 滨江区; 云南省: 昆明市人民政府, or a body named
云南滇中新区… that states no place). The records are not changed: their province / city /
county stay as stated; this is a reading of them, done where a region is asked for.

- ``areas(organs)``: (column, value) of a province or city -> the stored cities, counties and
  organ ids inside it, from (organ_id, name, province, city, county) rows;
- ``within(map, regions)``: the stored values inside some of its regions;
- ``inside(db, region)``: those inside one region name, from the store.
"""
from __future__ import annotations

import re

from extractor.labels import to_simplified


def organ_places(db) -> set[tuple]:
    """(organ_id, name, province, city, county) of every organ of the store, once each."""
    return {tuple(r) for r in db.execute(
        "SELECT DISTINCT organ_id, organ_name, province, city, county FROM effective_reports")}


def inside(db, region: str) -> dict[str, tuple]:
    """column -> the stored values (cities, counties, organ ids) inside ``region`` (a province
    or a city's name as stated or as the gazetteer spells it); {} when none."""
    amap = areas(organ_places(db))
    return dict(within(amap, [key for key in amap if key[1] == region]))


def within(amap: dict, keys) -> tuple[tuple[str, tuple], ...]:
    """(column, the stored values of it) inside any of the regions ``keys`` ((column, value) of
    ``areas``), sorted; () when none."""
    found: dict[str, set] = {}
    for key in keys:
        for c, vals in (amap.get(key) or {}).items():
            found.setdefault(c, set()).update(vals)
    return tuple((c, tuple(sorted(v))) for c, v in sorted(found.items()))


def areas(organs) -> dict[tuple[str, str], dict[str, set]]:
    """(column, value) of each province and city the gazetteer puts the stored places in ->
    the stored cities and counties inside it. A stored county is listed only when every
    report stating it lies in the same province and city (朝阳区 alone is two places). An organ
    that states no city or county but whose name opens with one the gazetteer holds once
    (云南滇中新区…, 昆明经开区…, 中国(云南)自贸试验区…, 背荫河镇…), in the province it states if
    any, is listed by its id (column ``organ_id``)."""
    from extractor.gazetteer import above, available
    if not available():
        return {}
    seen: dict[tuple[str, str], set] = {}
    for organ_id, name, province, city, county in organs:
        if not (city or county):
            # a township the gazetteer holds once (河包镇) whose report shows only its province
            # (its postcode, a shared area code): its city by its name, where the two agree
            got = name_place(name)
            if got and (not province or to_simplified(province) == got[0]):
                seen.setdefault(("organ_id", organ_id), set()).add(got)
            if not province:
                continue
        sp, sc, sk = (to_simplified(v) if v else None for v in (province, city, county))
        got = above(sp, sc, sk)
        inner = re.findall(r"[（(]([^（()）]+)[）)]", sk or "")
        if got == (sp, sc) and inner:   # 高新区(新市区): the place by its other name
            got = above(sp, sc, inner[0])
        for col, val in (("city", city), ("county", county)):
            if val:
                seen.setdefault((col, val), set()).add(got[:2] if col == "county" else got[:1])
    out: dict[tuple[str, str], dict[str, set]] = {}
    for (col, val), ups in seen.items():
        if len(ups) != 1:
            continue
        up = ups.pop()
        for area_col, area in zip(("province", "city"), up):
            if area and area != val:
                out.setdefault((area_col, area), {}).setdefault(col, set()).add(val)
    return out


def name_place(name: str | None) -> tuple[str | None, str | None] | None:
    """(province, city) of the one place an organ's name opens with, by its full name or a
    province's or prefecture's short name (云南 -> 云南省; 昆明 -> 云南省, 昆明市); None when the
    opening names no place or several."""
    from extractor.gazetteer import places_named, places_short
    if not name:
        return None
    s = re.sub(r"^(?:中国)?[（(]?", "", to_simplified(name))
    # its longest opening that is a place's full name (海南藏族自治州, 朝阳区), else a short name
    for k in range(min(len(s), 10), 1, -1):
        found = set(places_named(s[:k]))
        if found:
            break
    else:
        # (a province's or a prefecture's short name only: a county's, 东湖 of 南昌's 东湖区, is
        # too often another body's word: 东湖高新区 is Wuhan's)
        found = next((f for k in (4, 3, 2) if (f := {p for p in places_short(s[:k])
                                                    if p.rank in ("province", "city")})), set())
    ups = {(p.name, None) if p.rank == "province" else
           (p.parents[0], p.name if p.rank == "city" else p.parents[1]) for p in found}
    return ups.pop() if len(ups) == 1 else None
