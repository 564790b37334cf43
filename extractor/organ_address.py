"""The places an organ's own contact address states, for the places its name does not
(``fill_from_address``), and a township's county read from its address (``county_of_address``).

A zone's committee (湖南湘江新区管理委员会), a bureau named by a bare rank word (市财政局) or a
district's office whose district has namesakes (朝阳区) often names its city only in the
contact section: ``地址：长沙市岳麓区麓谷大道…``. The address's leading places (those the
gazetteer knows, each rank once: 长沙市, 岳麓区) fill the places the organ leaves empty, for
the ranks its level lies in (a zone's, a city's body: province and city; a county's body,
a township: the county too; a national body: none). Never a guess:

- a place the organ states is kept, and an address naming another place of that rank says
  nothing (it is not this organ's, or the two disagree);
- the places together must be one chain in the gazetteer (岳麓区 lies in 长沙市); a county it
  does not know, or one that lies elsewhere, adds nothing;
- a phone's area code is no address: it is a clue of ``place_evidence.py`` (which tells the
  province only where several prefectures share the code).
"""
from __future__ import annotations

from . import gazetteer
from .places import is_known_place, is_zone, place_rank, places, province_named_short, simplify
from .record import Organ

# the ranks of place an organ of each level lies in (a level not listed: none)
RANKS_OF_LEVEL = {
    "province": ("province",), "province_dept": ("province",),
    "city": ("province", "city"), "city_dept": ("province", "city"), "other": ("province", "city"),
    "county": ("province", "city", "county"), "county_dept": ("province", "city", "county"),
    "township": ("province", "city", "county"), "subdistrict": ("province", "city", "county"),
}
_ORDER = ("province", "city", "county")


def address_places(address: str | None) -> dict[str, str]:
    """rank -> place of the places an address opens with (长沙市岳麓区麓谷大道… -> city 长沙市,
    county 岳麓区), as the address writes them; {} when it opens with none the gazetteer
    knows, names a rank twice or out of order (a county before its city)."""
    if not address or not gazetteer.available():
        return {}
    out: dict[str, str] = {}
    s = simplify(address)
    at = 0
    for p in places(s):
        if not is_known_place(p) or any(is_zone(q) for q in gazetteer.places_named(p)):
            break   # a development zone or a word: the places end
        rank = place_rank(p)
        if rank not in _ORDER or rank in out or any(_ORDER.index(r) > _ORDER.index(rank) for r in out):
            return {}
        start = s.find(p, at)
        out[rank] = address[start:start + len(p)]
        at = start + len(p)
    return out


def _one_chain(province: str | None, city: str | None, county: str | None) -> bool:
    """Whether the gazetteer holds a county (else a city) lying in the stated city and province."""
    province = province and (province_named_short(province) or province)
    if county:
        cands = [p for p in gazetteer.places_named(county) if p.rank == "county"]
    elif city:
        cands = [p for p in gazetteer.places_named(city) if p.rank == "city"]
    else:
        return True
    return any((not province or p.parents[0] == province)
               and (not city or county is None or p.parents[1] == city) for p in cands)


def fill_from_address(organ: Organ, address: str | None) -> None:
    """Fill the organ's empty province, city and county from its own address (see the module)."""
    ranks = RANKS_OF_LEVEL.get(organ.level or "")
    if not ranks:
        return
    found = {r: v for r, v in address_places(address).items() if r in ranks}
    if not found:
        return
    stated = {"province": organ.province, "city": organ.city, "county": organ.county}
    if any(stated[r] and simplify(stated[r]) != simplify(v) for r, v in found.items()):
        return   # another place of a rank the organ states: not its address, or they disagree
    merged = {r: stated[r] or found.get(r) for r in _ORDER}
    if merged == stated or not _one_chain(*(simplify(merged[r]) if merged[r] else None for r in _ORDER)):
        return
    organ.province, organ.city, organ.county = merged["province"], merged["city"], merged["county"]


def county_of_address(address: str | None) -> str | None:
    """The county a township's own address starts with: 东至县木塔乡… -> 东至县; a lone 市
    before the street (新乐市新藁路…) is the county-level city the township belongs to. Places
    the gazetteer chains by their short forms tell it first (广西南宁市青秀区… -> 青秀区; 广西南宁市
    某路… names a city and no county: none), as the address writes it."""
    chain = address_region(address)
    if chain:
        county = chain[0][2]
        at = simplify(address).find(county) if county else -1
        return address[at:at + len(county)] if at >= 0 else None
    ps = places(address or "")
    counties = [p for p in ps if place_rank(p) == "county"]
    if counties:
        return counties[-1]
    if len(ps) == 1 and ps[0].endswith("市") and place_rank(ps[0]) == "city":
        return ps[0]
    return None


def _opening_places(w: str) -> tuple[list, bool]:
    """The places ``w`` may be at an address's opening, and whether only loosely: a province,
    city or county by its full name, an autonomous prefecture by its usual short form (伊犁州);
    loosely, a province or a prefecture by its short name (浙江, 温州: a place only before
    another place; 北京路, 温州路 are streets)."""
    ps = [p for p in gazetteer.places_named(w) if p.rank in _ORDER and not is_zone(p)]
    if ps:
        return ps, False
    full = gazetteer.full_form(w) if w.endswith("州") else None
    if full:
        return [p for p in gazetteer.places_named(full) if p.rank == "city"], False
    short = [p for p in gazetteer.places_short(w) if p.rank in ("province", "city")]
    return short, bool(short)


def _up(p) -> tuple[str | None, str | None, str | None]:
    if p.rank == "province":
        return p.name, None, None
    if p.rank == "city":
        return p.parents[0], p.name, None
    # a municipality's district lies in no prefecture (北京市朝阳区)
    return p.parents[0], (p.parents[1] if p.parents[1] != p.parents[0] else None), p.name


def address_region(address: str | None) -> tuple[tuple[str, str | None, str | None], int] | None:
    """((province, city, county), end) of the places an address opens with, read by their full
    names and by their short forms (浙江温州鹿城区…, 新疆伊犁州尼勒克县…, 中国浙江省…, 广西南宁市…):
    the one chain of the gazetteer they name together, and where they end in the address; None
    when it opens with none, or with names that are no one chain (two counties, a county before
    its city), or with a short name before no other place (温州路, 北京路 are streets)."""
    if not address or not gazetteer.available():
        return None
    s = simplify(address)
    i = 2 if s.startswith("中国") else 0
    found: list[tuple[list, bool, int]] = []
    while i < len(s):
        hit = next(((got, k) for k in range(min(len(s), i + 12), i + 1, -1)
                    if (got := _opening_places(s[i:k]))[0]), None)
        if not hit:
            break
        found.append((hit[0][0], hit[0][1], hit[1]))
        i = hit[1]
    while found and found[-1][1]:
        found.pop()   # a short name before no other place (温州路, 北京路)
    if not found:
        return None
    ranks = [{_ORDER.index(p.rank) for p in ps} for ps, _, _ in found]
    if any(len(r) != 1 for r in ranks) or [min(r) for r in ranks] != sorted({min(r) for r in ranks}):
        return None   # a name of two ranks, a rank twice or out of order
    chains = set()
    for p in found[-1][0]:
        up = _up(p)
        if all(any(q.name == up[_ORDER.index(q.rank)] for q in ps) for ps, _, _ in found[:-1]):
            chains.add(up)
    return (chains.pop(), found[-1][2]) if len(chains) == 1 else None
