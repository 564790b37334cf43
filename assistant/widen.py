"""A filter said to be dropped (不限年份, 所有年份, 不分层级, 不限地区): after a question, the
previous question with that filter taken away (县直部门2021年零申请的有哪些 → 不限年份呢: every
year's). Alone, the words restate the default (no filter of that kind) and are read as such.
"""
from __future__ import annotations

import re

# the filter's fields, by the words that name it
_FIELDS = (("years", r"年份|年度|哪一?年|时间|年(?![报鉴])"),
           ("levels", r"层级|级别|层次|哪一?级"),
           ("region", r"地区|地域|区域|地方|哪里"),
           ("template", r"模板|格式|版本|哪一?版"))
_WORDS = "|".join(f"(?P<{f}>{w})" for f, w in _FIELDS)
_DROP = (re.compile(r"(?:不限|不限制|不分|不论|不管|无论|不区分|不按|不看|去掉|取消|所有|全部)的?(?:"
                    + _WORDS + r")(?:的|限制|条件)?"),   # 不限年份 / 所有年份的
         re.compile(r"(?:" + _WORDS + r")(?:不限|都行|都可以|随意)"))   # 年份不限
_CLEARED = {"years": ("years", "excluded_years"), "levels": ("levels", "excluded_levels"),
            "region": ("region", "region_not", "also_regions"), "template": ("template", "template_not")}
_NAMES = {"years": "年份", "levels": "层级", "region": "地区", "template": "模板"}


def read_dropped(t) -> tuple[str, ...]:
    """The filters ``t`` (a ``words.Text``) says to drop (不限年份: years), their words taken."""
    out = []
    for rx in _DROP:
        for m in rx.finditer(t.s):
            out.append(next(f for f, _ in _FIELDS if m.group(f)))
            t.take(m.start(), m.end())
    return tuple(f for f, _ in _FIELDS if f in out)


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
    plan.notes = (*plan.notes, "不限" + "、".join(_NAMES[k] for k in dropped) + "：去掉了上一问的这项条件")
    return plan
