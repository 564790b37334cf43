"""The parts of an answer in words: the scope (2021年沂源县乡镇), the condition (收到申请数大于0),
a value with its unit, the names of contact fields, channels and facts, what counted reports
have in common, the note on reports that left the figure blank. The sentences are
``assistant.sayrows`` (a list of rows) and ``assistant.saystats`` (an aggregate, groups)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import vocab
from .queryplan import LEVEL_NAMES, OP_TEXT, QueryPlan, no_contact_at_all, years_text
from .words import num_text
from store.labels import keys_of, label

if TYPE_CHECKING:
    from .result import Answer


CONTACT_NAMES = {"phones": "联系电话", "address": "地址", "postcode": "邮编", "fax": "传真",
                 "email": "电子邮箱", "website": "网址"}


def contact_said(plan: QueryPlan) -> str:
    """The contact fields a question asked, in words (任何联系方式 for all of them said missing)."""
    if no_contact_at_all(plan):
        return "任何联系方式"
    return "、".join(CONTACT_NAMES[f] for f in plan.contact_fields or (plan.contact_field,))


# a channel said as the project's one channel registry names it (lexicons/display_labels.tsv),
# the words the workbench shows
CHANNEL_NAMES = {k: label("channel", k) for k in keys_of("channel")}
FACT_NAMES = {"responsible_official": "分管领导", "responsible_office": "负责机构",
              "channel": "公开渠道", "problem": "问题", "remedy": "改进措施"}


def channel_name(channel: str) -> str:
    """微信公众号; a group (wechat,weibo,app,video): 微信公众号、政务微博、客户端或短视频."""
    names = [CHANNEL_NAMES.get(c, c) for c in channel.split(",")]
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + "或" + names[-1]


def metric_of(plan):
    if not plan.metric:
        return None
    m = vocab.metric(plan.metric)
    if plan.vs_metric:   # 微信公众号发布信息数大于主动公开信息数: the first figure, compared
        return m
    if plan.other_metrics:   # 行政复议数、行政诉讼数均为0
        labels = [vocab.metric(o).label for o in plan.other_metrics]
        m = replace(m, label="或".join([m.label, *labels]) if plan.any_metric
                    else "、".join([m.label, *labels]) + "均")
    return m


def _fmt(v, metric=None) -> str:
    if v is None:
        return "未填写"
    if metric is not None and metric.is_ratio:
        return f"{v * 100:.1f}%"
    unit = metric.unit if metric is not None else ""
    if isinstance(v, float):
        v = round(v, 2)
    return num_text(v) + unit


def _scope(plan: QueryPlan) -> str:
    s = ""
    if plan.years:
        s += years_text(plan.years) + "年"
    elif plan.excluded_years:
        s += years_text(plan.excluded_years) + "年以外的"
    if plan.template:
        s += f"{plan.template}版模板" + ("以外" if plan.template_not else "") + "的"
    if plan.multi_year:
        s += "有多个年度报告的"
    if plan.same_year_twice:
        s += "同一机关同一年有多份报告的"
    if plan.region:
        s += (plan.region_of or "") + "、".join(r[1] for r in (plan.region, *plan.also_regions)) \
            + ("（" + "、".join(r[1] for r in plan.less_regions) + "以外）" if plan.less_regions else "") \
            + ("以外的" if plan.region_not else "")
    if plan.organ_names:
        s += "、".join(plan.organ_names)
    if plan.excluded_levels:
        s += "、".join(LEVEL_NAMES.get(lv, lv) for lv in plan.excluded_levels) + "以外的"
    elif plan.levels:
        s += "、".join(LEVEL_NAMES.get(lv, lv) for lv in plan.levels)
    return s


def _cond_text(plan: QueryPlan, metric) -> str:
    if plan.op is None and plan.metric_conds:   # 零申请的乡镇平均主动公开多少条: the reports picked
        return "（" + _besides(replace(plan, metric=None))[2:] + "的报告）"
    return _cond_own(plan, metric) + _besides(plan)


def _cond_own(plan: QueryPlan, metric) -> str:
    if plan.op is None:
        return ""
    if plan.vs_mean:
        return f"{OP_TEXT[plan.op]}平均值"
    if plan.vs_metric:
        return OP_TEXT[plan.op] + vocab.metric(plan.vs_metric).label
    if plan.op == "blank":
        return "未填写"
    if plan.op == "stated":
        return "已填写"
    if plan.op == "between":
        return f"在{_fmt(plan.threshold, metric)}到{_fmt(plan.threshold2, metric)}之间"
    if plan.op == "eq" and plan.threshold == 0:
        return "为0"
    if plan.op == "gt" and plan.threshold == 0:
        return "大于0"
    thr = _fmt(plan.threshold, metric)
    return f"{OP_TEXT[plan.op]}{thr}"


def _besides(plan: QueryPlan) -> str:
    """The conditions of the other figures (、且收到政府信息公开申请数大于0), or ''."""
    # a condition of the figure asked itself (不到10件、但又不是零的) is said without its name
    return "".join(f"、且{'' if m == plan.metric else vocab.metric(m).label}"
                   + ({"eq": "为0", "gt": "大于0"}.get(op) if t == 0 and op in ("eq", "gt")
                      else f"{OP_TEXT[op]}{_fmt(t, vocab.metric(m))}")
                   for m, op, t in plan.metric_conds)


def _blank_note(a: Answer) -> str:
    if not a.stats or a.plan.kind != "figure" or a.plan.op == "blank":
        return ""   # 未填报收到申请数: the blank reports are the answer itself
    blank = (a.stats.get("reports") or 0) - (a.stats.get("stated") or 0)
    return f"另有{blank}份报告未填写该项。" if blank else ""


def _yr(year) -> str:
    return f"{year}年" if year else "年份未写"


def unnamed(source) -> str:
    return f"（未写明机关：{Path(source).name if source else '?'}）"


_TABLES = {"t2.": "表二", "t3.": "表三", "t4.": "表四", "*": "任何表格"}


def _kind_text(plan: QueryPlan) -> str:
    """What the counted reports have in common, for a question with no figure."""
    table = _TABLES.get(plan.table or "", "")
    if plan.kind == "coverage" and plan.tables and not plan.all_zero:
        return "、".join(("填写了" if filled else "未填写") + _TABLES[t] for t, filled in plan.tables) + "的"
    if plan.kind == "coverage" and plan.all_zero:
        named = "、".join(_TABLES[t] for t, _ in plan.tables) or (
            table if plan.table != "*" else "表二至表四")
        return named + "填了的格子都是0的"
    if plan.kind == "coverage":
        return ("填写了" if plan.covered else "未填写") + table + "的"
    if plan.kind == "check":
        return "校验通过的" if plan.check_ok else "校验未通过的"
    if plan.kind == "fact" and plan.channel:
        both = "".join("和" + channel_name(c) for c in plan.channels_also) + ("都" if plan.channels_also else "")
        return ("不" if plan.negate else "") + "通过" + channel_name(plan.channel) + both + "公开的"
    if plan.kind == "fact" and (plan.fact_kind not in (None, "channel") or plan.fact_kind == "channel" and plan.negate):
        names = [FACT_NAMES.get(k, k) for k in plan.fact_kinds or (plan.fact_kind,)]
        if len(names) > 1:   # 既没写分管领导也没写负责科室: each named (rule facts_several)
            return ("既没有写" + "也没有写".join(names) if plan.negate else "写了" + "和".join(names)) + "的"
        return ("没有写" if plan.negate else "写了") + names[0] + "的"
    if plan.official:
        return f"由{plan.official}分管的"
    if plan.office:
        return f"由{plan.office}负责的"
    if plan.kind == "text" and plan.text_missing:
        return "写了" + "、".join(FACT_NAMES.get(k, k) for k in plan.text_kinds
                               if k not in plan.text_missing) + "但没有写" + \
            "、".join(FACT_NAMES.get(k, k) for k in plan.text_missing) + "的"
    if plan.kind == "text" and not plan.phrase:
        label = "、".join(FACT_NAMES.get(k, k) for k in plan.text_kinds)
        return ("没有写" if plan.negate else "写了") + label + "的"
    return ""
