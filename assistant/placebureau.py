"""A place's own bureau asked (杭州民政局, 沈阳国资局: rule ``place_bureau`` reads the place's
tier) that the store has no report of, while it holds that kind of bureau of a place inside
it (杭州市滨江区民政局): said first (库中没有杭州市民政局的报告), and the bureaus inside offered,
each a reading to choose; never answered with the district's figure as if it were the
city's (family ``place_bureau_inside``).

One indexed query over the organs the question named (``organ_id IN …``), run only on an
empty answer."""
from __future__ import annotations

from dataclasses import replace

from .queryplan import LEVEL_NAMES, QueryPlan
from .sqlbase import Params, region_term
from .typedplace import typed_organ


def inside_bureaus(conn, plan: QueryPlan) -> list[tuple[str, str | None]]:
    """[(organ name, level)] of the organs named, inside the plan's place, at another tier."""
    if "place_bureau" not in plan.rules or not plan.organ_ids or not plan.region \
            or plan.region_not or not plan.levels:
        return []
    P = Params()
    sql = (f"SELECT organ_name, level FROM effective_reports WHERE organ_id IN "
           f"({P.many('organ', plan.organ_ids)}) AND {region_term(plan, P, '')} "
           f"AND organ_name IS NOT NULL AND (level IS NULL OR level NOT IN "
           f"({P.many('level', plan.levels)})) GROUP BY organ_id ORDER BY organ_name LIMIT 8")
    return [(n, lv) for n, lv in conn.execute(sql, P).fetchall()]


def offer(question: str, plan: QueryPlan, found: list[tuple[str, str | None]]
          ) -> tuple[str, QueryPlan, list[tuple[str, str]]]:
    """(the sentence, the plan marked, [(option label, the question re-typed)])."""
    place, name = plan.region[1], plan.organ_names[-1]
    typed = typed_organ(question, place, name)
    names = "、".join(f"“{n}”（{LEVEL_NAMES.get(lv, lv) if lv else '层级未定'}）" for n, lv in found)
    text = f"{place}内有{names}的报告，不是{place}本级的{name}；是指其中的哪一个？"
    options = [(f"按“{n}”", question.replace(typed, n, 1) if typed else n + question)
               for n, _ in found]
    plan = replace(plan, rules=plan.rules_plus("place_bureau_inside"))
    return text, plan, options
