"""What the store holds instead, said when a question's scope holds no report (family
``held_instead``), each a reading to choose, never answered over other reports:

- ``other_level``: an organ named with a level it is not at (乌镇街道办 where 乌镇 is a 镇: 桐乡市
  乌镇镇人民政府): said that it is of its own level, with its reports, never "库中没有乌镇的报告"
  beside "乌镇的报告：乡镇1份";
- ``place_holds_others``: a place and a kind of bureau it holds no report of (浑南区民政局 where
  浑南区 holds 国资局 and 民族和宗教事务局): the place's own organs said, each offered.

Run only on an empty answer (``answer._ask_read``); one or two indexed queries.
"""
from __future__ import annotations

from dataclasses import replace

from . import vocab
from .queryplan import LEVEL_NAMES, QueryPlan
from .sqlbase import Params, region_term
from .typedplace import typed_organ

_LIMIT = 8
# rules reading a kind of organ, not one organ (卫健委, 管委会, 苏木): no level of its own to say
_KINDS = {"sector_tails", "sector", "kind_as_name", "place_kind", "organ_type", "tier",
          "tier_of_bodies", "name_part"}


def _levels_said(question: str, name: str, levels: tuple[str, ...]) -> str:
    """The level word typed right after ``name`` that reads one of ``levels`` (乌镇街道办: 街道办),
    or ''."""
    at = question.find(name)
    if at < 0:
        return ""
    rest = question[at + len(name):]
    words = [w for w, lv in vocab.level_words().items() if set(lv) & set(levels) and rest.startswith(w)]
    return max(words, key=len, default="")


def other_level(conn, question: str, plan: QueryPlan):
    """(sentence, [(label, question re-typed)]) when the organs named hold reports, none at the
    levels said (乌镇 + 街道 where 乌镇 is a 镇); else None."""
    if not plan.organ_ids or not plan.levels or plan.excluded_levels or plan.region_not \
            or len(plan.organ_names) != 1 or len(plan.organ_ids) > 2 or set(plan.rules) & _KINDS:
        return None   # 省卫健委: a kind of bureau at a tier, said by the scope as it is
    P = Params()
    place = f" AND {region_term(plan, P, '')}" if plan.region else ""   # 桐乡市乌镇街道: in 桐乡市
    rows = conn.execute(
        f"SELECT organ_name, level, group_concat(DISTINCT year) FROM effective_reports WHERE organ_id IN "
        f"({P.many('organ', plan.organ_ids)}){place} AND organ_name IS NOT NULL AND level IS NOT NULL "
        f"GROUP BY organ_id ORDER BY organ_name LIMIT {_LIMIT + 1}", P).fetchall()
    if not rows or len(rows) > _LIMIT or any(lv in plan.levels for _, lv, _ in rows):
        return None
    name = plan.organ_names[0]
    said = "、".join(LEVEL_NAMES.get(lv, lv) for lv in plan.levels)
    theirs = "、".join(dict.fromkeys(LEVEL_NAMES.get(lv, lv) for _, lv, _ in rows))
    held = "、".join(f"“{n}”（{LEVEL_NAMES.get(lv, lv)}，{_years(ys)}）" for n, lv, ys in rows)
    text = (f"库中的“{name}”是{theirs}，不是{said}：库中有{held}的报告，没有{said}“{name}”的报告。"
            f"是不是指它？")
    typed = name + _levels_said(question, name, plan.levels)
    options = [(f"按“{n}”", question.replace(typed, n, 1)) for n, _, _ in rows]
    return text, options


def place_holds_others(conn, question: str, plan: QueryPlan):
    """(sentence, [(label, question re-typed)]) when the place named holds reports but none of
    the organs named (沈阳市浑南区 holds 国资局, 民族和宗教事务局; no 民政局); else None."""
    if not plan.organ_ids or not plan.region or plan.region_not or plan.less_regions \
            or any(n.startswith(plan.region[1][:2]) or _placed(n) for n in plan.organ_names):
        return None   # 乐清市 + 张家港市教育局: a name of its own place, no kind in this one
    P = Params()
    place = region_term(plan, P, "")
    mine = conn.execute(f"SELECT count(*) FROM effective_reports WHERE {place} AND organ_id IN "
                        f"({P.many('organ', plan.organ_ids)})", P).fetchone()[0]
    if mine:
        return None
    P = Params()
    # a department asked (民政局: 县级部门): the place's departments of that tier, never its
    # townships nor the bureaus of a county inside a city asked
    depts = f" AND (level IS NULL OR level IN ({P.many('level', plan.levels)}))" \
        if plan.levels and all(lv.endswith("_dept") for lv in plan.levels) else ""
    rows = conn.execute(
        f"SELECT organ_name, level, group_concat(DISTINCT year) FROM effective_reports WHERE "
        f"{region_term(plan, P, '')} AND organ_name IS NOT NULL{depts} GROUP BY organ_id "
        f"ORDER BY organ_name LIMIT {_LIMIT + 1}", P).fetchall()
    if not rows or len(rows) > _LIMIT:
        return None
    where, kind = plan.region[1], "、".join(plan.organ_names)
    held = "、".join(f"“{n}”（{LEVEL_NAMES.get(lv, lv) if lv else '层级未定'}，{_years(ys)}）"
                     for n, lv, ys in rows)
    text = f"{where}没有{kind}的报告；库中{where}的报告有{held}。是指其中的哪一个？"
    typed = _typed(question, plan)
    options = [(f"按“{n}”", question.replace(typed, n, 1) if typed else n + question)
               for n, _, _ in rows]
    return text, options


def _typed(question: str, plan: QueryPlan) -> str:
    """The place and organ as typed (浑南区民政局, 浑南民政局), or the organ alone, or ''."""
    name = plan.organ_names[-1]
    typed = typed_organ(question, plan.region[1], name, ("", "的"))
    return typed or (name if name in question else "")


def _placed(name: str) -> bool:
    """A name opening with a place of its own (张家港市教育局), not a kind of bureau (民政局)."""
    import re
    return bool(re.match(r"[\u4e00-\u9fff]{1,6}?[省市县区州旗]", name)) and len(name) > 5


def _years(ys) -> str:
    got = sorted({y for y in str(ys or "").split(",") if y})
    return "、".join(got) + "年" if got else "年份未定"


def held_instead(conn, question: str, plan: QueryPlan):
    """(sentence, plan marked, options, whether the sentence replaces the scope's) or None."""
    got = other_level(conn, question, plan)
    if got:
        return got[0], replace(plan, rules=plan.rules_plus("other_level")), got[1], True
    got = place_holds_others(conn, question, plan)
    if got:
        return got[0], replace(plan, rules=plan.rules_plus("place_holds_others")), got[1], False
    return None
