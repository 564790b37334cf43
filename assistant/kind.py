"""What kind of question a parsed plan is (figure, contact, fact, text, check, coverage,
reports or unknown), and the small corrections each kind makes to the plan."""
from __future__ import annotations

import re

from . import vocab
from .queryplan import SCOPE_PLAIN, QueryPlan


# 哪几份 / 哪篇: the reports named by their classifier (份 / 篇, as in 几份 / 几篇 of
# lexicons/question_words.tsv agg count_reports): a list of reports, as 哪些报告 is
_WHICH_REPORTS = re.compile(r"哪(?:几|些|一)?(?:份|篇)")
_ITEMS = re.compile(r"(几|多少)(条|项|点|处|个(?=(?:主要)?(?:问题|方面|不足|措施|改进措施|整改措施)))")


# 交易中心有几家 / 财政局一共有多少个: 家 counts organs, and so does 个 with nothing after it but an
# organ word (木塔乡有几个人: a count of something we do not know)
_ORGANS = re.compile(r"(?:几|多少)家|(?:几|多少)个(?:单位|机关|部门)?[？?。!！]*$")


# …的报告有多少 / 年报一共多少: how many reports, no figure named (a 多少 with nothing after it)
_REPORTS_HOW_MANY = re.compile(r"(?:报告|年报)(?:一共|总共|共|总计|合计)?(?:有|是)?多少[？?。!！]*$")


def organs_counted(p: QueryPlan, q: str) -> bool:
    """交易中心有几家 (rule organs_counted): the organs of a kind, several named by it, counted; a
    question of the reports it names (平均每家收到多少申请 then asks among them)."""
    return (len(set(p.organ_ids)) > 1 or bool(p.organ_type)) and not p.metric and bool(_ORGANS.search(q))


def all_of(p: QueryPlan) -> bool:
    """行政复议和行政诉讼都为零 / 发生了行政复议或者行政诉讼: one condition that every named figure
    (or, with 或, any of them: ``p.any_metric``) meets (same unit; no ranking, grouping or sum,
    which would need one figure)."""
    units = {vocab.metric(m).unit for m in (p.metric, *p.other_metrics)}
    return (p.op not in (None, "stated") and len(units) == 1
            and not (p.group_by or p.top or p.yoy or p.vs_mean or p.agg in ("max", "min", "avg", "median", "sum")))


def decide_kind(p: QueryPlan, given: list[str], q: str) -> None:
    if p.kind != "unknown":
        pass
    elif p.check:
        p.kind = "check"
    elif p.table and not p.metric:
        # 没有填写表三 / 没有表二: not filled in; 填写了表四 / 有表四: filled in
        p.kind = "coverage"
        p.covered = p.all_zero or ("coverage" not in given and not (p.op == "eq" and p.threshold == 0))
    elif p.contact_field:
        p.kind = "contact"
    elif p.fact_kind:
        p.kind = "fact"
    elif p.phrase and (p.text_kinds or not p.metric):
        p.kind = "text"
    elif p.metric:
        p.kind = "figure"
    elif p.channel and ("ask" in given or p.agg in ("max", "min", "avg", "median", "sum")):
        pass   # 新闻发布会召开了几次 / 微信发了多少条: a figure we do not know, not a channel list
    elif p.channel:
        p.kind = "fact"
        p.fact_kind = "channel"
    elif p.text_kinds and (p.organ_ids or p.region or p.levels or p.years or p.agg == "count"
                           or "refer" in given
                           or p.negate or (p.listing and ("noun" in given or _WHICH_REPORTS.search(q)))):
        p.kind = "text"   # 汕头市医保局存在哪些问题 / 有多少份报告写了问题 / 哪些报告没写改进措施
    elif _REPORTS_HOW_MANY.search(q) and p.agg in (None, "sum") and not p.phrase:
        # 用2019版模板的报告有多少 / 乡镇的年报一共多少: the reports counted, never not understood
        p.kind, p.agg, p.count_unit, p.listing = "reports", "count", "report", False
        p.op, p.threshold = None, None
        for name in ("op", "threshold", "cond", "ask"):
            if name in given:
                given.remove(name)
        given.append("agg")
    elif "cond" in given or "ask" in given or p.agg in ("max", "min", "avg", "median"):
        pass   # 哪些部门的处分决定为零: a figure we do not know, not a list of reports
    elif p.agg == "count" and p.organ_ids and not p.levels and "noun" not in given \
            and p.count_unit != "report" and not organs_counted(p, q):
        pass   # 木塔乡有几个人: a count of something we do not know (几份: of its reports)
    elif p.agg == "count" and organs_counted(p, q) and "报告" not in q:
        p.kind = "reports"   # 交易中心有几家: the organs counted (rule organs_counted)
        p.count_unit = "organ"
        given.append("noun_organ")
    elif (p.agg == "count" or "报告" in q or "noun" in given or p.organ_ids
          or (p.listing and (p.levels or p.region or p.years)) or p.template or p.multi_year
          or p.same_year_twice or p.inventory
          or p.template_asked):
        p.kind = "reports"
    if p.kind == "unknown" and (p.levels or p.region or p.years) and not set(given) - SCOPE_PLAIN:
        p.kind, p.listing = "reports", True   # 国务院部门 / 2023年 街道: the reports themselves
    if p.kind == "reports" and p.inventory and not p.metric:
        p.op, p.threshold = None, None   # 有几个年度的报告: its 有 no condition (rule inventory)
    if p.inventory and p.agg in ("count", "sum"):
        p.agg = None   # 库里一共有几个年份的报告: the values listed and counted, no total besides
    if p.kind != "unknown" and "kind" not in given:
        given.append("kind")
    if p.kind == "text" and not p.text_kinds:
        p.text_kinds = ("text",)
    if p.kind == "text" and "any" in p.text_kinds:
        kinds = tuple(k for k in p.text_kinds if k != "any")
        p.text_kinds = kinds or ("text",)
    if p.kind == "text" and not p.phrase and _ITEMS.search(q):
        p.agg, p.count_unit = "count", "item"   # 列了几条问题: the problems, counted
    said_none = p.op == "eq" and p.threshold == 0 or "coverage" in given   # 没有 / 没写 / 未填
    if p.kind == "text" and not p.phrase and said_none:
        p.negate = True   # 哪些报告没有写改进措施
    if p.kind == "reports" and p.agg in ("sum", "count") and "报告" in q:
        p.agg, p.count_unit = "count", "report"   # 一共有多少份报告: a count of reports
    if p.kind == "figure" and p.agg == "count" and p.organ_ids and not p.levels \
            and (p.op is None or len(set(p.organ_ids)) == 1):
        # 花沟镇收到多少个申请: one value, not a count of reports; 卫健局零申请的有几家 (a
        # sector's many bodies, a condition): those meeting it, counted
        p.agg = None
        if "cond" not in given:   # 收到多少个申请: its 收到 no condition (a 0 is its value)
            p.op, p.threshold = None, None
    if p.kind == "figure" and p.agg in ("max", "min") and p.top:
        p.order = "desc" if p.agg == "max" else "asc"
        p.agg = None
    if p.kind == "fact" and p.channel and not p.fact_kind:
        p.fact_kind = "channel"
    if p.kind == "fact" and said_none and (not p.organ_ids or p.listing and len(set(p.organ_ids)) > 1):
        p.negate, p.op, p.threshold = True, None, None   # 没有微信公众号的乡镇 / 没写分管领导的
    if p.kind == "contact" and said_none:
        p.negate = True   # 哪些单位没有写联系电话
    if p.kind == "contact" and not p.organ_ids and (p.agg == "count" or p.levels):
        p.listing = True   # 有几个单位没有写联系电话 / 乡镇的电话: the organs, listed
    if p.kind not in ("figure", "unknown", "reports"):
        p.op, p.threshold = None, None   # 有 / 没有 said of a table or a fact, not a figure
        for name in ("op", "threshold"):
            if name in given:
                given.remove(name)
