"""Reports a place question cannot place, said beside its answer.

A report whose text states no place (no province, city or county stored, and an organ name
the gazetteer places nowhere: 市政府, 太平镇 of many provinces, a report naming no organ) can be
neither counted in 浙江 nor left out of it for a reason: the answer to 浙江的报告有几份 is the
reports known to be there, and a reviewer reading "28份" must not take it for all of them.
So an answer filtered by a place says how many reports in the same scope (the question's
other conditions: level, year, kind …) state no place and were not counted:
"另有39份报告未写明所在地，无法判断是否属于浙江省，未计入。"

Not said when the question names its organs or reports (their place is not what filters
them), when it takes a place out (去掉上海的: the unplaced are kept), or for national bodies
(a ministry lies in no province).
"""
from __future__ import annotations

import json
from dataclasses import replace

from .queryplan import QueryPlan
from .sqlbase import Params, report_filters, where


def _placed_organs(organs) -> set:
    """Organ ids the store's area map places by their name alone (OrganIndex.areas)."""
    return {v for inner in organs.areas.values() for v in inner.get("organ_id", ())}


def unplaced_count(conn, plan: QueryPlan, organs) -> int:
    """How many reports in the plan's scope but its place state no place at all."""
    if not plan.region or plan.region_not or plan.organ_ids or plan.report_ids:
        return 0
    bare = replace(plan, region=None, also_regions=(), region_within=(), region_of=None,
                   less_regions=(), less_within=())
    P = Params()
    terms = report_filters(bare, P, "r")
    terms += ["r.province IS NULL", "r.city IS NULL", "r.county IS NULL",
              "coalesce(r.level, '') <> 'national_dept'"]
    placed = sorted(_placed_organs(organs), key=str)
    if placed:   # one JSON parameter, however many organs (a parameter each overflows SQLite's limit)
        terms.append(f"(r.organ_id IS NULL OR r.organ_id NOT IN "
                     f"(SELECT value FROM json_each({P.add('placed', json.dumps(placed))})))")
    row = conn.execute(f"SELECT count(*) FROM effective_reports r {where(terms)}", P).fetchone()
    return row[0] if row else 0


def unplaced_said(conn, plan: QueryPlan, organs) -> str:
    """The sentence said after a place-filtered answer, or ''."""
    n = unplaced_count(conn, plan, organs)
    if not n:
        return ""
    place = plan.region[1]   # (region_said: the words said with it, 连同下面的县市区)
    return f"另有{n}份报告未写明所在地，无法判断是否属于{place}，未计入。"
