"""Conditions of a question the store cannot satisfy are said, never dropped.

Two families:

- ``unknown_besides``: an organ or place named beside one the store holds (两城镇和洛西镇 in a
  store without 洛西镇). The question is answered without the unknown name (re-read with it
  cut out, so a level word at its tail, 洛西街道's 街道, is no condition either) and the
  answer's first sentence says 库中没有“洛西镇”的报告.
- ``scope_gap``: an answer with nothing in it whose scope alone (organ, level, place, year,
  template: no figure, no condition) holds no report. Each condition no report has alone is
  said (库中没有2030年的报告, with the values the store has); when each has reports but not
  together, the combination is said with what the most specific of them holds (邹城市的街道:
  邹城市的报告是乡镇 2份).

Only run on an empty answer (one COUNT over ``effective_reports``, indexed), so the answers
with rows cost nothing more.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .queryplan import LEVEL_NAMES, QueryPlan, years_text
from .sqlbase import Params, region_term

_JOIN = re.compile(r"^[和与及或跟、,，]+|[和与及或跟、,，]+$")
# scope slots, the most specific first (the anchor of a combination)
SCOPE = ("organs", "region", "levels", "years", "template")
_SEP = "，"
_SEP_MARK = "\x00"
# 广东那边街道 / 浙江这一带的乡镇: 那边 after a place points at it, never a part of a name
_PLACE_POINTER = re.compile(r"[那这](?:边|一带|块儿?)")
_SUBPLACE = ("市", "县", "区", "镇", "乡", "街道", "旗")   # a place inside a place (杭州市西湖区)


def unknown_besides(question: str, plan: QueryPlan, organs) -> list[str]:
    """Organ-looking words of ``question`` the store has no organ or place for, when other
    names of it were found (``plan.organ_ids`` or ``plan.region``) and the word stands apart
    from them (两城镇和洛西镇; never 杭州市西湖区 or 上海市人民政府办公厅, one name the store
    holds part of)."""
    return unknown_names(question, plan, organs)[0]


def unknown_names(question: str, plan: QueryPlan, organs) -> tuple[list[str], list[str]]:
    """(the names apart, as ``unknown_besides``; the names the store does not hold made of a
    place it holds and a place glued after it, 杭州市西湖区: the whole name, to be asked back,
    never answered as the outer place). A government's own office glued to it (长春市人民政府
    办公厅) is that government, as stored: no unknown name."""
    return _unknown(question, plan, organs)


def _unknown(question: str, plan: QueryPlan, organs) -> tuple[list[str], list[str]]:
    from .suggest import unknown_organs
    from .words import normalise
    if not (plan.organ_ids or plan.region) or plan.followup or organs is None:
        return [], []
    if {"organ_type", "sector", "place_kind", "town_tail"} & set(plan.rules):
        return [], []   # 教育系统 / 海关单位 / 只要乡不要镇: a kind, said by its own rule
    from .examples import without_kinds_before
    from .zonegov import zone_government
    said = zone_government(normalise(question))[0]   # 苏州工业园区政府: read as its 管委会
    q = list(without_kinds_before(said))   # 开发区、新区这些管委会: examples, no names
    used = [(s, e) for s, e, n in organs.find("".join(q)) if n in plan.organ_names]
    used += [(s, e) for s, e, n in organs.find_regions("".join(q))
             if organs.regions.get(n) == plan.region]
    joined = "".join(q)   # a bureau read as a sector (交通局: 省交通运输厅), no name of the store;
    # a name part read (平潭综合实验区: the organs whose name holds it, assistant/namepart.py)
    used += [(m.start(), m.end()) for n in plan.organ_names
             if {"sector_tails", "name_part"} & set(plan.rules)
             for m in re.finditer(re.escape(n), joined)]
    if plan.region_said:   # 喀什地区…，包括地区下面的县和开发区: read with the place, no names
        used += [(m.start(), m.end()) for m in re.finditer(re.escape(plan.region_said), joined)]
    for s, e in used:   # the names the reading used (市财政局 in 西阳市财政局 was not)
        q[s:e] = [_SEP_MARK] * (e - s)
    text = _PLACE_POINTER.sub(lambda m: _SEP * len(m.group(0)), "".join(q))
    bare = replace(plan, organ_ids=(), region=None, organ_names=())
    spans: list[list[int]] = []
    for w in unknown_organs(text.replace(_SEP_MARK, _SEP), bare):
        w = _JOIN.sub("", w)
        at = text.find(w)
        if len(w) < 2 or at < 0:
            continue
        if spans and spans[-1][1] == at:   # 西阳市 + 财政局: one name
            spans[-1][1] = at + len(w)
        else:
            spans.append([at, at + len(w)])
    apart, glued = [], []
    original = said
    for s, e in spans:
        w = text[s:e]
        if len(w) < 3 or w in apart:
            continue
        if text[s - 1:s] == _SEP_MARK or text[e:e + 1] == _SEP_MARK:
            if not (text[s - 1:s] == _SEP_MARK and w.endswith(_SUBPLACE)):
                continue   # 长春市人民政府 + 办公厅: the government's own office, as stored
            a = s
            while a > 0 and text[a - 1] == _SEP_MARK:
                a -= 1
            b = e
            while b < len(text) and text[b] == _SEP_MARK:
                b += 1
            glued.append(original[a:b])   # 杭州市 + 西湖区: the whole name
            continue
        apart.append(w)
    return apart, glued


def without_words(question: str, words: list[str]) -> str:
    """``question`` with ``words`` cut out, with the 和 / 、 that joined them to the rest."""
    for w in words:
        question = re.sub(r"[和与及或跟、,，]?" + re.escape(w) + r"[和与及或跟、,，]?",
                          lambda m: "和" if m.group(0)[:1] in "和与及或跟、,，" and
                          m.group(0)[-1:] in "和与及或跟、,，" and len(m.group(0)) > len(w) + 1
                          else "", question, count=1)
    return question


def _filter(slot: str, plan: QueryPlan, P: Params) -> str | None:
    if slot == "organs" and plan.organ_ids:
        return f"organ_id IN ({P.many('organ', plan.organ_ids)})"
    if slot == "levels" and plan.levels:
        term = f"level IN ({P.many('level', plan.levels)})"
        return f"(level IS NULL OR {term})" if plan.excluded_levels else term   # as sqlbase
    if slot == "region" and plan.region:
        return region_term(plan, P, "")
    if slot == "years" and plan.years:
        return f"year IN ({P.many('year', plan.years)})"
    if slot == "years" and plan.excluded_years and not plan.years:
        return f"(year IS NULL OR year NOT IN ({P.many('xyear', plan.excluded_years)}))"
    if slot == "template" and plan.template:
        if plan.template_not:
            return f"(template IS NULL OR template <> {P.add('template', plan.template)})"
        return f"template = {P.add('template', plan.template)}"
    return None


def words_of(slot: str, plan: QueryPlan) -> str:
    """The condition as said in a sentence: 2030年, 乡镇, 邹城市, 唐村镇, 2019版模板."""
    if slot == "organs":
        return "、".join(plan.organ_names) or "所指机关"
    if slot == "levels":
        if plan.excluded_levels:
            return "、".join(LEVEL_NAMES.get(x, x) for x in plan.excluded_levels) + "以外"
        return "、".join(LEVEL_NAMES.get(x, x) for x in plan.levels)
    if slot == "region":
        return plan.region[1] + ("以外" if plan.region_not else "")
    if slot == "years":
        return years_text(plan.years) + "年" if plan.years else years_text(plan.excluded_years) + "年以外"
    if slot == "template":
        return f"{plan.template}版模板" + ("以外" if plan.template_not else "")
    return slot


def _count(conn, terms: list[str], P: Params) -> int:
    sql = "SELECT count(*) FROM effective_reports" + (" WHERE " + " AND ".join(terms) if terms else "")
    return conn.execute(sql, P).fetchone()[0]


_COLUMN = {"levels": "level", "years": "year", "template": "template"}


def _values(conn, slot: str, anchor_terms: list[str], P: Params) -> str:
    """What the anchor's reports hold for ``slot``: 乡镇 2份、街道 1份."""
    col = _COLUMN.get(slot)
    if col is None:
        return ""
    rows = conn.execute(f"SELECT {col}, count(*) FROM effective_reports WHERE "
                        + " AND ".join(anchor_terms) + f" AND {col} IS NOT NULL "
                        f"GROUP BY {col} ORDER BY {col}", P).fetchall()
    if slot == "levels":
        order = list(LEVEL_NAMES)
        rows = sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else len(order))
        return "、".join(f"{LEVEL_NAMES.get(v, v)}{n}份" for v, n in rows)
    if slot == "years":
        return "、".join(f"{v}年{n}份" for v, n in rows)
    return "、".join(f"{v}版{n}份" for v, n in rows)


def _store_values(conn, slot: str) -> str:
    """The values the whole store holds for ``slot`` (its years: 2019—2025年)."""
    if slot == "years":
        ys = [y for (y,) in conn.execute(
            "SELECT DISTINCT year FROM effective_reports WHERE year IS NOT NULL ORDER BY year")]
        return "库中报告的年份：" + years_text(ys) + "年" if ys else ""
    if slot == "levels":
        ls = [lv for (lv,) in conn.execute(
            "SELECT DISTINCT level FROM effective_reports WHERE level IS NOT NULL")]
        return "库中有的层级：" + "、".join(LEVEL_NAMES.get(x, x) for x in LEVEL_NAMES if x in ls)
    if slot == "template":
        ts = [t for (t,) in conn.execute(
            "SELECT DISTINCT template FROM effective_reports WHERE template IS NOT NULL ORDER BY 1")]
        return "库中有的模板：" + "、".join(f"{t}版" for t in ts) if ts else ""
    return ""


def scope_gap(conn, plan: QueryPlan) -> tuple[list[str], str] | None:
    """(the slots no report has alone, the sentence to say) when the plan's scope holds no
    report; None when it holds some (the answer is empty for its figure or condition)."""
    slots = [s for s in SCOPE if _filter(s, plan, Params())]
    if not slots or plan.report_ids:
        return None
    P = Params()
    terms = [_filter(s, plan, P) for s in slots]
    if _count(conn, terms, P):
        return None
    alone = []
    for s in slots:
        P1 = Params()
        if not _count(conn, [_filter(s, plan, P1)], P1):
            alone.append(s)
    if alone == ["levels"] and slots[0] == "region":
        alone = []   # 江西省政府办公厅 with no province government held: the place's reports said
    if alone:
        parts = []
        for s in alone:
            have = _store_values(conn, s)
            parts.append(f"库中没有{words_of(s, plan)}的报告" + (f"（{have}）" if have else ""))
        return alone, "；".join(parts) + "。"
    anchor, others = slots[0], slots[1:]
    P2 = Params()
    aterms = [_filter(anchor, plan, P2)]
    held = [v for v in (_values(conn, s, aterms, P2) for s in others) if v]
    order = ("years", "region", "organs", "template") if "organs" in slots and (
        len(plan.organ_ids) == 1 or "region" in slots) else ("years", "region", "levels", "organs", "template")
    # one organ's level (or a place's organ's) goes without saying; a kind's (省卫健委: 省级部门
    # 卫健委) is said
    what = "".join(words_of(s, plan) for s in order if s in slots)
    text = f"库中没有{what}的报告"
    if held:
        text += f"（{words_of(anchor, plan)}的报告：" + "；".join(held) + "）"
    return [], text + "。"
