"""A follow-up merged into the plan before it (``merge``): what the follow-up question set
replaces, the rest of the question before kept — its scope when it narrows (其中, 只看 …, a
pointing word anywhere), a condition on another figure kept beside the new one
(``_condition_kept``), a bare tier read as the same kind of level as before (``tier_kept``),
a kind of place narrowing the organs before (``placekind.kind_narrowed``).
Called by ``followup.follow_up``, which decides whether a question is a follow-up at all.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import vocab
from .names import BUREAU_TAILS
from .placekind import kind_narrowed
from .pointinto import pointing_word
from .queryplan import QueryPlan

WHICH = re.compile(r"哪些|哪几|哪一些|列出|列一下|分别是")
_NARROW = ("其中", "只看", "仅看", "只要", "只算", "去掉", "去除", "剔除", "除去", "不要", "不看", "排除")
WIDEN = re.compile(r"(所有|全部|全体)的?(单位|机关|部门|报告|年报)")


def _narrows(q: str) -> bool:
    """A follow-up narrowing the answer before (其中, 只看 … first; 里面 / 那份 anywhere): the
    scope before is kept beside what it names."""
    return q.startswith(_NARROW) or pointing_word(q) is not None


def merge(prev: QueryPlan, new: QueryPlan, q: str = "") -> QueryPlan:
    """The previous plan with what the follow-up question set replaced."""
    out = replace(prev)
    kind_fields = {"metric": "figure", "contact_field": "contact", "fact_kind": "fact",
                   "phrase": "text", "text_kinds": "text", "check": "check"}
    for name in new.given:
        if name in ("kind", "coverage") or not hasattr(out, name):   # markers, not fields
            continue
        setattr(out, name, getattr(new, name))
        if name in kind_fields:
            out.kind = kind_fields[name]
    asked = [n for n in new.given if n in kind_fields]
    if "metric" in new.given:   # 那复议和诉讼呢 after one figure: the figures asked now, each
        out.other_metrics, out.any_metric = new.other_metrics, new.any_metric
        if new.other_metrics and new.kind == "unknown" and prev.kind == "figure":
            out.kind = "unknown"   # several figures of the organs before: each said (eachfigure.py)
    if prev.inventory and not new.inventory and (asked or {"agg", "top"} & set(new.given)):
        # 有几个年度的报告 → 这两年主动公开加起来多少: a question of its own, no values listed
        out.inventory = None
        if "group_by" not in new.given:
            out.group_by = None
    if asked and out.kind != prev.kind:
        # 它提了几条整改措施 after 它的网站是什么: the items now asked, the contact field no more;
        # counted when the question counts them (几条)
        for name, kind in kind_fields.items():
            if kind != out.kind and name not in new.given:
                setattr(out, name, getattr(QueryPlan(), name))
        out.contact_fields = ()
        out.fact_kinds = new.fact_kinds
        if new.agg and "agg" not in new.given:
            out.agg, out.count_unit = new.agg, new.count_unit
    if asked and new.negate:
        # 这里面哪些没写联系电话 after 2022年的县直部门有哪些: those of the scope WITHOUT it
        # (rule audit_of_listed's reading), never the values of those that state it
        out.negate = True
        out.contact_missing, out.text_missing = new.contact_missing, new.text_missing
    kept = _condition_kept(prev, new, q)
    if kept:   # 其中主动公开超过100条的呢 after 零申请的乡镇有哪些: both conditions (rule condition_kept)
        out.metric_conds = tuple(dict.fromkeys((*prev.metric_conds, kept)))
    if "organ_ids" in new.given and "levels" not in new.given and not _narrows(q):
        out.levels = ()   # 花沟镇呢 after 街道…: that organ; 其中教育局的 after 县里的局…: the county's only
    narrowed = kind_narrowed(prev, new, _narrows(q))   # 只要旗的 after 气象局…: those in 旗 (placekind.py)
    if narrowed:
        out.organ_ids, out.organ_names = narrowed
    elif "organ_ids" in new.given and "region" not in new.given and not _narrows(q):
        out.region = None   # 乌恰县呢 after 邹城市的报告: the place named now, not both
    if "region" in new.given and "organ_ids" not in new.given and not _narrows(q):
        out.organ_ids, out.organ_names = (), ()   # 邹城市呢 after 唐村镇…: that place instead
    bureaus = prev.organ_names and all(n.endswith(BUREAU_TAILS) for n in prev.organ_names)
    if "levels" in new.given and "organ_ids" not in new.given and not _narrows(q) \
            and not (bureaus and any(lv.endswith("_dept") for lv in new.levels)):
        # 街道呢 after 花沟镇…: that level instead; 市级的呢 after 教育局的年报: the city tier's 教育局
        out.organ_ids, out.organ_names = (), ()   # 街道呢 after 花沟镇…; 其中县直部门呢 keeps 教育局
    if WIDEN.search(q) and not {"levels", "organ_ids", "region"} & set(new.given):
        out.levels, out.excluded_levels, out.organ_ids, out.organ_names, out.region = \
            (), (), (), (), None   # 那所有单位呢: the filters of scope dropped
    if "levels" in new.given and "excluded_levels" not in new.given:
        out.excluded_levels = ()
    if "levels" in new.given:
        out.levels = tier_kept(prev.levels, new.levels)   # 市级政府… → 县级的呢: 县级政府
    if "excluded_levels" in new.given and prev.levels:
        # 去掉市级的 after a list of every level's: the levels before, less those
        out.levels = tuple(lv for lv in prev.levels if lv not in new.excluded_levels)
    if "pick_year" in new.given and "years" not in new.given and prev.picked_from is not None:
        out.years = prev.picked_from   # 最早那份呢 after 最新那份…: among the years of the list again
    if "years" in new.given and "excluded_years" not in new.given:
        out.excluded_years = ()   # 那2021年呢 after 除了2019年以外…: that year
    if "excluded_years" in new.given and "years" not in new.given:
        out.years = ()
    if "template" in new.given and "template_not" not in new.given:
        out.template_not = False
    if "region" in new.given and "region_not" not in new.given:
        out.region_not = False   # 那上海的呢 after 去掉上海的: that place
    if "region" in new.given or out.region is None:
        out.region_said = new.region_said   # 那南昌呢 after 赣州市连同下面的…: that place alone
        out.also_regions = new.also_regions   # 那上海的呢 after 杭州和衢州的: that place alone
        # (那江西和安徽的呢: those places joined, rule places_joined)
        out.less_regions = new.less_regions   # 那上海的呢 after 新疆去掉乌鲁木齐: that place, whole
        out.region_of = new.region_of   # 那朝阳区的呢 after 南京市鼓楼区…: no 南京市 kept
    if "phrase" in new.given:
        out.quoted = new.quoted
    # 2019版的 after 2019的报告有几份 (the year or the template? asked): the template chosen; a
    # bare 2019 after a question of a year or a template is read as that
    if prev.year_or_template and "template" in new.given and "years" not in new.given:
        out.years = ()
    out.year_or_template = new.year_or_template and not (prev.years or prev.template)
    if "channel" in new.given and "metric" not in new.given and out.kind == "figure" \
            and not re.search(r"通过|利用|依托|使用|用了", q) \
            and (mid := vocab.channel_metric(new.channel)) and out.metric != mid:
        # 主动公开了多少条 → 公众号呢: that channel's own figure (微信公众号发布信息数), not the
        # total of the reports that mention the channel
        out.metric, out.channel = mid, prev.channel
    if new.op and "op" not in new.given and out.kind == "figure" and (
            out.op is None or _opposite_of_zero(out, new)):
        # 其中收到过申请的: "any", none before; 零申请的有哪些 → 那收到过申请的呢: the opposite
        out.op, out.threshold = new.op, new.threshold
    if "contact_field" in new.given and "contact_fields" not in new.given:
        out.contact_fields = ()   # 邮编呢 after 地址和电话: the one field now asked
    if "fact_kind" in new.given and "fact_kinds" not in new.given:
        out.fact_kinds = ()   # 分管领导呢 after 谁负责 哪个科室: the one fact now asked
    if "top" in new.given and "agg" not in new.given:
        out.agg = None
    if "agg" in new.given and "top" not in new.given:
        out.top, out.order = None, None
    if "agg" in new.given and out.agg in ("max", "min") and "op" not in new.given:
        out.op, out.threshold = None, None
    if out.kind == "figure" and out.agg in ("max", "min") and out.top:
        out.order = "desc" if out.agg == "max" else "asc"
        out.agg = None
    if "metric" in new.given and "ask" in new.given and "agg" not in new.given \
            and prev.agg == "count" and not new.agg and not new.listing:
        # 青海的报告有几份 → 只看省政府办公厅的，它收到多少申请: its figure, no count of reports
        out.agg, out.count_unit, out.listing = None, QueryPlan().count_unit, False
        out.op, out.threshold = new.op, new.threshold
    if new.listing and "agg" not in new.given and prev.agg == "count" and WHICH.search(q):
        out.agg, out.listing = None, True   # 一共有几份？ → 其中零申请的是哪些？: listed now
    out.followup = True
    out.given = tuple(dict.fromkeys(prev.given + new.given))
    out.notes = new.notes
    out.unmatched = new.unmatched
    out.unread, out.doubts, out.residue = new.unread, new.doubts, new.residue
    out.unread_conditions = new.unread_conditions
    out.rules = prev.rules_plus(*new.rules, "followup", *(("condition_kept",) if kept else ()),
                                *(("place_kind_narrowed",) if narrowed else ()))
    return out


def _opposite_of_zero(prev: QueryPlan, new: QueryPlan) -> bool:
    """A follow-up saying "some" (收到过, 有) of the figure the question before asked to be zero."""
    return (prev.op, prev.threshold) == ("eq", 0) and (new.op, new.threshold) == ("gt", 0) \
        and new.metric == prev.metric


_KEPT_OPS = ("gt", "ge", "lt", "le", "eq", "ne")


def _condition_kept(prev: QueryPlan, new: QueryPlan, q: str):
    """(metric, op, threshold) of the condition before when ``q`` narrows it (其中, 里面 …) by a
    condition on another figure (零申请的乡镇有哪些 → 其中主动公开超过100条的呢: still 零申请);
    else None."""
    if not ({"metric", "op"} <= set(new.given) and new.op in _KEPT_OPS and _narrows(q)):
        return None
    if prev.kind != "figure" or not prev.metric or prev.op not in _KEPT_OPS or prev.threshold is None \
            or prev.other_metrics or prev.any_metric or prev.vs_metric or prev.vs_mean \
            or new.metric == prev.metric:
        return None
    return (prev.metric, prev.op, prev.threshold)


_GOVS = ("province", "city", "county")


def tier_kept(before: tuple[str, ...], levels: tuple[str, ...]) -> tuple[str, ...]:
    """A bare tier (县级: its government and its departments) after a question of one kind of
    level (市级政府, 省级部门 …): that tier's level of the same kind (县级政府 / 县级部门)."""
    tier = {lv.removesuffix("_dept") for lv in levels}
    if len(tier) != 1 or set(levels) != {*tier, f"{next(iter(tier))}_dept"} \
            or next(iter(tier)) not in _GOVS or not before:
        return levels
    if all(lv.endswith("_dept") for lv in before):
        return tuple(lv for lv in levels if lv.endswith("_dept"))
    if all(lv in _GOVS for lv in before):
        return tuple(lv for lv in levels if lv in _GOVS)
    return levels
