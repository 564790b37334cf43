"""A follow-up naming a place after a question about a kind of organ (财政局收到几件申请 → 武汉的呢;
气象局的报告有哪些 → 内蒙古的呢): the place's own organ of that kind when the store holds it, else every
organ of the kind in the place (rule kind_within_place; a city's own bureau, never a district's inside
it: place_bureau)."""
from __future__ import annotations

from .names import DEPT_TAILS
from .planorgans import _DEPT_OF
from .queryplan import QueryPlan
from .sectors import sector_ids
from .typedplace import without_place_end


def _place_stripped(name: str, organs) -> str:
    """The organ kind of a name: without its place (东湖市财政局, 市财政局: 财政局)."""
    for i in range(len(name) - 2, 1, -1):
        if name[:i] in organs.regions:
            return name[i:]
    return name[1:] if name[:1] in "省市县区" and len(name) > 3 else name


def kind_in_place(prev: QueryPlan, new: QueryPlan, out: QueryPlan, organs) -> QueryPlan:
    """The organs of the previous question's kind (a bureau, an office: 财政局) in the place now
    named: that place's own organ of the name when the store has it (武汉市 + 财政局), else
    every organ of the kind, filtered by the place."""
    if organs is None:
        return out
    kinds = [k for k in dict.fromkeys(_place_stripped(n, organs) for n in prev.organ_names)
             if k.endswith(DEPT_TAILS)]
    if not kinds:
        return out
    col, place = new.region
    # every rank's tail, 省 too (湖北省 → 湖北, 内蒙古自治区 → 内蒙古 before 财政厅; unlike
    # names.RANK_TAIL, 州 / 盟 / 旗 as well: assistant/typedplace.py)
    bare = without_place_end(place)
    ids: set[int] = set()
    names = []
    # 气象局的报告有哪些 → 内蒙古的呢: the reports of a bare kind, narrowed to a province, are
    # every organ of the kind in it (the province's own bureau one of them; rule
    # kind_within_place); narrowed to a city or county, that place's own when held (东湖市的呢)
    listed = prev.kind == "reports" and col == "province" \
        and all(_place_stripped(n, organs) == n for n in prev.organ_names)
    for k in kinds:
        own = None if listed else next((p + k for p in (place, bare) if p + k in organs.names), None)
        if own:
            ids |= organs.names[own]
            names.append(own)
            continue
        more = sector_ids(k, organs) or {i for n, ns in organs.names.items() if n.endswith(k) for i in ns}
        ids |= set(more)
        names.append(k)   # of the place: the region filter stays and says it
    if not ids:
        return out
    out.organ_ids, out.organ_names = tuple(sorted(ids)), tuple(names)
    if listed:
        out.rules = out.rules_plus("kind_within_place")
    out.given = tuple(dict.fromkeys(out.given + ("organ_ids",)))
    if names != [n for n in names if n in organs.names and n.startswith((place, bare))] \
            and col in _DEPT_OF and _one_number(out):
        # 那西江的呢 after 南川民政局收到几件申请: 西江市's own 民政局 (its tier), never a
        # district's inside it (none held: said, those inside offered, assistant/placebureau.py)
        out.levels, out.excluded_levels = (_DEPT_OF[col],), ()
        out.rules = out.rules_plus("place_bureau")
    if all(n.startswith((place, bare)) and n in organs.names for n in names):
        out.region = None   # 蚌埠市财政局 is that place's own: no place filter besides
        out.given = tuple(g for g in out.given if g != "region")
    return out


def _one_number(p: QueryPlan) -> bool:
    """One figure asked of one organ: no list, aggregate, ranking or grouping."""
    return p.kind == "figure" and not (p.listing or p.agg or p.top or p.group_by or p.yoy
                                       or p.op not in (None, "stated"))
