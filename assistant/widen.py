"""A filter said to be dropped (不限年份, 所有年份, 不分层级, 不限地区): after a question, the
previous question with that filter taken away (县直部门2021年零申请的有哪些 → 不限年份呢: every
year's). Alone, the words restate the default (no filter of that kind) and are read as such.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, values

_LEX = "question_dropped_filters"   # the words: lexicons/question_dropped_filters.tsv
# the plan's fields each filter clears, in the order the filters are said back
_CLEARED = {"years": ("years", "excluded_years"), "levels": ("levels", "excluded_levels"),
            "region": ("region", "region_not", "also_regions", "less_regions"), "template": ("template", "template_not")}


@lru_cache(maxsize=1)
def _drop() -> tuple[re.Pattern, re.Pattern]:
    values(_LEX, "field", tuple(_CLEARED))   # every field word names a filter of _CLEARED
    fields = "|".join(f"(?P<{f}>{alternation(_LEX, 'field', f)})" for f in _CLEARED)
    return (re.compile(rf"(?:{alternation(_LEX, 'drop')})的?(?:{fields})(?:的|限制|条件)?"),   # 不限年份 / 所有年份的
            re.compile(rf"(?:{fields})(?:{alternation(_LEX, 'drop_after')})"))   # 年份不限


def _names() -> dict[str, str]:
    """filter -> how the note names it (years: 年份)."""
    return {f: w for w, f in values(_LEX, "name", tuple(_CLEARED)).items()}


def read_dropped(t) -> tuple[str, ...]:
    """The filters ``t`` (a ``words.Text``) says to drop (不限年份: years), their words taken."""
    out = []
    for rx in _drop():
        for m in rx.finditer(t.s):
            out.append(next(f for f in _CLEARED if m.group(f)))
            t.take(m.start(), m.end())
    return tuple(f for f in _CLEARED if f in out)


def drop_filters(plan, dropped: tuple[str, ...]):
    """``plan`` (a follow-up's merged plan) with the filters of ``dropped`` cleared, said in
    its notes (不限年份：不按年份筛选)."""
    from .queryplan import QueryPlan
    blank = QueryPlan()
    for kind in dropped:
        for name in _CLEARED[kind]:
            setattr(plan, name, getattr(blank, name))
    plan.given = tuple(g for g in plan.given
                       if g not in {n for k in dropped for n in _CLEARED[k]})
    plan.notes = (*plan.notes, "不限" + "、".join(_names()[k] for k in dropped) + "：去掉了上一问的这项条件")
    return plan


# 不限云南 / 不只云南的 / 不光是杭州: a drop word right before the place read (family place_dropped)
# (去掉上海的 / 除了…: that place taken out, never every place: assistant/followup.py)
_NOT_ONLY = r"不限于?|不限制|不局限于?|不只是?|不光是?|不仅仅?是?|不单是?"
_PLACE_NEXT = r"(?=的|了|，|,|。|、|呢|所有|全部|全国|$)"


def read_dropped_place(t, q: str, p) -> bool:
    """The place the plan read (``p.region``) said right after a drop word (不限云南，所有市政府的
    呢): no place filter, and the region a follow-up takes away (``dropped``); True when it did."""
    if not p.region or p.also_regions:
        return False
    m = re.search(rf"(?:{_NOT_ONLY})在?([\u4e00-\u9fff]{{2,8}}?){_PLACE_NEXT}", q)
    name = p.region[1]
    if not m or not (name.startswith(m.group(1)) or m.group(1).startswith(name)):
        return False
    p.region, p.region_not = None, False
    p.dropped = tuple(dict.fromkeys((*p.dropped, "region")))
    t.take(m.start(), m.end())
    return True
