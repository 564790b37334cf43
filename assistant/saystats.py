"""The answer in words for a statistic (``say_aggregate``: a count, sum, mean, median, share)
or for groups (``say_grouped``: per year, level, place, template; the largest group said
first), with the scope and the condition (``assistant.say``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .queryplan import GROUP_NAMES, LEVEL_NAMES, QueryPlan
from .say import FACT_NAMES, _blank_note, _cond_text, _fmt, _kind_text, _scope, metric_of

if TYPE_CHECKING:
    from .result import Answer


_STAT_WORDS = {"max": "最大值", "min": "最小值", "avg": "平均", "median": "中位数", "sum": "合计"}


def _plain(v):
    """A statistic as said: 12.0 is 12, float noise rounded away."""
    if isinstance(v, float):
        return int(v) if v.is_integer() else round(v, 10)
    return v


def say_aggregate(a: Answer, plan: QueryPlan, row) -> None:
    reports, organs, total, mean = row
    metric = metric_of(plan)
    scope = _scope(plan)
    a.columns = ["reports", "organs", "value"]
    if "share" in plan.given:
        stated = a.stats.get("stated") or 0
        a.value = reports / stated if stated else None
        a.columns = ["reports", "stated", "value"]
        a.rows = [[reports, stated, a.value]]
        what = metric.label + _cond_text(plan, metric)
        a.text = (f"{scope}{what}的报告占填写了该项的报告的{a.value:.1%}（{reports}/{stated}份）。"
                  if stated else f"没有找到填写了该项的报告（{scope}{metric.label}）。") + _blank_note(a)
        return
    if plan.agg == "count" and plan.count_unit == "item":   # 列了几条问题
        a.value = total
        a.rows = [[reports, organs, total]]
        label = "、".join(FACT_NAMES.get(k, k) for k in plan.text_kinds)
        a.text = f"{scope}共写了{total}条{label}（{reports}份报告）。"
        return
    if plan.agg == "count":
        unit_is_report = plan.count_unit == "report" or not (
            plan.levels or "noun_organ" in plan.given)
        a.value = reports if unit_is_report else organs
        what = (metric.label + _cond_text(plan, metric) + "的") if metric else _kind_text(plan)
        noun = "报告" if unit_is_report else "" if (scope + what).endswith("机关") else "机关"   # 交易中心类机关共4个
        a.text = (f"{scope}{what}{noun}共{a.value}"
                  f"{'份' if unit_is_report else '个'}（{reports}份报告）。") + _blank_note(a)
        a.rows = [[reports, organs, a.value]]
        return
    if plan.also_aggs and reports:   # 中位数和平均数 / 最大值和平均值: each said
        also = a.stats.get("also") or {}
        said = [f"{_STAT_WORDS[k]}为{_fmt(_plain(v), metric)}" for k, v in also.items()]
        a.value = _plain(also.get(plan.agg))
        a.rows = [[reports, organs, a.value]]
        a.text = (f"{scope}{metric.label}{_cond_text(plan, metric)}：" + "，".join(said)
                  + f"（{reports}份填写了该项的报告）。") + _blank_note(a)
        return
    v = mean if plan.agg in ("avg", "median") else total
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        v = round(v, 10)   # float noise only: the text rounds, the value stays exact
    a.value = v
    a.rows = [[reports, organs, v]]
    word = {"avg": "平均", "median": "中位数"}.get(plan.agg, "合计")
    if not reports:
        a.value = None
        a.text = f"没有找到符合条件的报告（{scope}{metric.label}）。" + _blank_note(a)
        return
    a.text = (f"{scope}{metric.label}{_cond_text(plan, metric)}{word}为{_fmt(v, metric)}"
              f"（{reports}份填写了该项的报告）。") + _blank_note(a)


def _group_name(plan: QueryPlan, grp) -> str:
    if grp is None:
        return {"year": "年份未写", "level": "层级未定", "county": "县未写",
                "template": "模板不明", "province": "省份未写", "city": "市未写"}[plan.group_by]
    if plan.group_by == "template":
        return f"{grp}版"
    return LEVEL_NAMES.get(grp, grp) if plan.group_by == "level" else str(grp)


def say_grouped(a: Answer, plan: QueryPlan, raw) -> None:
    metric = metric_of(plan)
    gname = plan.group_by
    a.columns = [gname, "reports", "organs", "value"]
    shown = []  # the value as the sentence says it
    unstated = None   # the reports without the grouping key: a note, not a group
    for grp, reports, organs, total, mean, lo, hi in raw:
        counted = False
        if plan.agg in ("avg", "median") or (metric and metric.den and plan.agg is None and plan.op is None):
            v = mean  # a rate per group with no condition: its average
        elif metric and (plan.agg == "sum" or (plan.agg is None and plan.op is None)):
            v = total  # 按层级统计收到的申请数: the figure summed per group
        else:
            v, counted = reports, True  # 为零的乡镇按年份分组: how many reports meet the condition
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if grp is None:
            unstated = (reports, f"{v}份" if counted else _fmt(v, metric))
            continue
        a.rows.append([grp, reports, organs, v])
        shown.append(f"{v}份" if counted else _fmt(v, metric))
    note = (f"另有{unstated[0]}份报告{_group_name(plan, None)}（{unstated[1]}），不在分组中。"
            if unstated else "")
    if not a.rows:
        a.text = "没有找到符合条件的报告。" + note + _blank_note(a)
        return
    label = "年" if plan.group_by == "year" else ""
    what = (metric.label + _cond_text(plan, metric)) if metric else "报告"
    if metric and plan.agg == "median":
        what += "的中位数"
    a.text = (f"{_scope(plan)}{what}，按{GROUP_NAMES[plan.group_by]}："
              + "；".join(f"{_group_name(plan, r[0])}{label if r[0] else ''} {v}"
                          for r, v in zip(a.rows, shown)) + "。" + note + _blank_note(a))
    if plan.inventory:   # 哪几年 / 哪些县市区: the values held, each with its reports
        from .inventory import say_inventory
        cond = (metric.label + _cond_text(plan, metric)) if metric and plan.op else ""
        return say_inventory(a, plan, _scope(plan) or "库中", cond)
    values = [r[3] for r in a.rows if r[3] is not None]
    if plan.group_top and values:   # 哪一年最多: the largest (smallest) group said first
        best = max(values) if plan.group_top == "max" else min(values)
        most = ("最高", "最低") if plan.agg in ("avg", "median") else ("最多", "最少")   # a mean: 最高
        a.text = most[plan.group_top != "max"] + "的是" + "、".join(
            f"{_group_name(plan, r[0])}{label}（{v}）" for r, v in zip(a.rows, shown)
            if r[3] == best) + "。" + a.text
