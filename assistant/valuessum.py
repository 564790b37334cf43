"""A total over the values of the answer before (family values_summed): 上海市政府办公厅2019年收到多少
申请 → 那复议和诉讼呢 → 两个加起来一共多少件 (the two figures just said, added up); 收到申请最多的三个
乡镇 → 这几个加起来 / 合计一下 / 一共多少 (the values listed, added up).

``values_summed(question, history, organs)``: when ``question`` asks a sum (its agg is sum: 加起来,
一共, 合计…) with no figure or scope of its own, and the answer before listed two or more values
(its rows hold a ``value``, of figures or of organs), an ``Answer`` saying each addend and their
total (rule values_summed); a value not stated is said so and no total is made up; values of
different units are not added (said so). Else None: the question is read as it stands."""
from __future__ import annotations

from dataclasses import replace

from . import vocab
from .queryplan import SCOPE_GIVEN
from .result import Answer
from .words import num_text

_MAX_SAID = 12   # addends said one by one; more are counted


def _each(a) -> bool:
    """The answer said several figures of named organs, each (复议和诉讼分别多少)."""
    return "figures_each" in a.plan.rules and bool(a.plan.other_metrics)


def _summable(a) -> bool:
    if a is None or not a.understood or a.plan is None or a.plan.kind != "figure" or not a.plan.metric:
        return False
    if _each(a):
        return True
    return bool("value" in a.columns and "organ" in a.columns and len(a.rows) >= 2)


def _metrics(p) -> dict[str, str]:
    """The answer's figures by label (行政复议数 → review)."""
    return {vocab.metric(m).label: m for m in (p.metric, *p.other_metrics)}


def values_summed(question: str, history: list, organs) -> Answer | None:
    prev = history[-1] if history else None
    if not _summable(prev):
        return None
    from .plan import parse
    own = parse(question, organs)
    by_label = _metrics(prev.plan)
    if own.agg != "sum" or own.top or own.group_by or own.op not in (None, "stated") \
            or SCOPE_GIVEN & set(own.given) or (own.metric and own.metric not in by_label.values()):
        return None
    at = {c: i for i, c in enumerate(prev.columns or ["metric", "value"])}
    whose = _whose(prev, at)
    addends = []   # (name, value, metric id)
    for row in prev.rows:
        mid = by_label.get(row[at["metric"]]) if "metric" in at else prev.plan.metric
        if mid is None:
            return None
        who = row[at["organ"]] if "organ" in at else ""
        year = row[at["year"]] if "year" in at else None
        place = f"{who or '（未写明机关）'}" + (f"（{year}年）" if year else "")
        name = (place if "metric" not in at else row[at["metric"]] if whose
                else f"{place}{row[at['metric']]}")
        addends.append((name, row[at["value"]], mid))
    if _each(prev):   # a figure no report states: no row, said as not stated
        held = {m for _, _, m in addends}
        addends += [(vocab.metric(m).label, None, m) for m in by_label.values() if m not in held]
    units = {vocab.metric(m).unit for _, _, m in addends}
    fmt = lambda v, m: f"{num_text(v)}{vocab.metric(m).unit}"
    said = "、".join(f"{n}{fmt(v, m) if v is not None else '（未填写）'}" for n, v, m in addends[:_MAX_SAID])
    if len(addends) > _MAX_SAID:
        said += f"等{len(addends)}项"
    missing = [n for n, v, _ in addends if v is None]
    value = None
    if missing:
        text = (f"上一问的答案中{'、'.join(missing)}没有填写，无法合计（{whose}{said}）；"
                "未填写不按0计。")
    elif len(units) > 1:
        text = f"上一问的答案单位不同（{'、'.join(sorted(units))}），不能相加：{whose}{said}。"
    else:
        value = sum(v for _, v, _ in addends)
        unit = units.pop()
        text = (f"{whose}" + "＋".join(f"{n}{fmt(v, m)}" for n, v, m in addends[:_MAX_SAID])
                + (f"等{len(addends)}项" if len(addends) > _MAX_SAID else "")
                + f"，合计{num_text(value)}{unit}（上一问答案中的{len(addends)}个数字相加）。")
        unstated = (prev.stats or {}).get("reports", 0) - (prev.stats or {}).get("stated", 0)
        listed_all = prev.plan.op in (None, "stated") and not prev.plan.top   # no condition, no ranking
        if "metric" not in at and unstated > 0 and listed_all:   # the list said those stating it only
            text += f"另有{unstated}份报告未填写该项，未计入（未填写不按0计）。"
    plan = replace(prev.plan, notes=("按上一问答案中的数字合计",), unread=(), doubts=(),
                   joined="", followup=True)
    plan.rules = plan.rules_plus("values_summed")
    return Answer(question=question, text=text, understood=True, plan=plan, value=value,
                  columns=list(prev.columns), rows=[list(r) for r in prev.rows],
                  reports=list(prev.reports), report_ids=list(prev.report_ids))


def _whose(prev, at) -> str:
    """Whose figures were added, when the rows are one organ's figures (上海市人民政府办公厅2019年：)."""
    if "metric" not in at or "organ" not in at:
        return ""
    organs = {r[at["organ"]] for r in prev.rows}
    years = {r[at["year"]] for r in prev.rows} if "year" in at else set()
    if len(organs) != 1:
        return ""
    return f"{organs.pop()}" + (f"{years.pop()}年" if len(years) == 1 else "") + "："
