"""Follow-up questions: 那2020年呢？, 其中街道呢？, 按年份分组, 前5个呢, 地址在哪里？

``follow_up(prev, new, q)``: the plan to run for question ``q`` (parsed as ``new``) after
``prev``. A question that starts like a follow-up (那, 其中 …) or ends with 呢, or that sets
only filters, grouping or a comparison, is the previous plan with what it sets replaced; a
question naming what it asks about (a metric, 报告, 哪些 …) stands alone; a contact field with
no organ asks it of the previous organs; a year or a place alone after a question about
named organs keeps that question, of the organ of that kind in that place (市财政局 → 武汉的).
A place, organs or a level added or a place taken out (assistant/scopeunion.py) and a word pointing
into the list before anywhere in the question (街道的里面…, 财政局那份…: assistant/pointinto.py)
keep the scope before.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .placescope import containing, whole_rank, widened_to
from .scopeunion import ADD_PLACE, ASKS, added_levels, added_organs, added_place, mixed_union, taken_out
from .pointinto import pointing_role, points_into
from .queryplan import SCOPE_PLAIN, QueryPlan
from .widen import drop_filters
from .yearshift import shifted
from .turnsjoined import against_year
from .rankfollow import ranked
from .kindinplace import kind_in_place
from .correction import corrected
from .followmerge import WHICH, WIDEN, merge
from .reading import scope_said

_FOLLOW_START = ("那", "那么", "其中", "再", "换成", "改成", "如果是", "如果", "还有", "只看", "仅看",
                 "只算", "只统计", "仅统计", "仅算", "只要", "去掉", "去除", "剔除", "除去", "不要", "不看",
                 "排除", "里面", "里边", "里头", "当中", "之中")   # 里边零申请的是哪个: within the answer before
# a scope said with 的 and no noun after it, then which or how many (乡镇的有哪些 / 2021年的是哪几个 /
# 县级部门的有几个): the ones of the answer before, never a question of its own
_ELLIPTIC = re.compile(r"^[^，,。？?]{1,12}?的(?:都)?(?:有|是)?(?:哪些|哪几[个家份]?|几[个家份]|多少[个家份])")
_TOTAL = re.compile(r"一共|总共|共有|全部|所有|总计")
_AMONG = re.compile(r"^(哪家|哪个|哪一家|哪一个|哪位)|其中|这些|里面|当中")


def follow_up(prev: QueryPlan, new: QueryPlan, q: str, organs=None) -> QueryPlan:
    fixed = corrected(prev, new, q, merge)
    if fixed is not None:   # 我是说用2019版格式的 after 2019年的报告…: the template instead of the year
        return fixed
    moved = shifted(prev, q)
    if moved is not None:   # 上一年呢 after …2020年…: the same question of 2019
        return moved
    against = against_year(prev, q)
    if against is not None:   # 比2021年多了多少 after …2023年…: the two years' difference
        return against
    nth = ranked(prev, q)
    if nth is not None:   # 第二名呢 after 收到申请最多的是哪个: the same ranking's 2nd (assistant/rankfollow.py)
        return nth
    if added_place(prev, new, q):   # 杭州的报告有哪些 → 把衢州的也加上: both places
        out = merge(prev, new, q)
        out.region, out.organ_ids, out.organ_names = prev.region, prev.organ_ids, prev.organ_names
        out.also_regions = tuple(dict.fromkeys((*prev.also_regions, new.region)))
        out.unread = tuple(w for w in out.unread if not ADD_PLACE.search(w))
        out.rules = out.rules_plus("place_added")
        return mixed_union(prev, new, q, out)
    if taken_out(prev, new):   # 新疆的报告有哪些 → 去掉乌鲁木齐的: 新疆 but 乌鲁木齐
        out = merge(prev, new, q)
        out.region, out.region_not, out.region_of = prev.region, False, prev.region_of
        out.also_regions = prev.also_regions
        out.less_regions = tuple(dict.fromkeys((*prev.less_regions, new.region, *new.also_regions)))
        out.rules = out.rules_plus("place_taken_out")
        return out
    if added_organs(prev, new, q):   # 公共资源交易中心收到的申请一共多少 → 再加上开发区管委会呢: both
        out = merge(prev, new, q)
        out.organ_ids = tuple(sorted({*prev.organ_ids, *new.organ_ids}))
        out.organ_names = tuple(dict.fromkeys((*prev.organ_names, *new.organ_names)))
        out.organ_type = None
        out.region, out.levels = prev.region, prev.levels
        out.unread = tuple(w for w in out.unread if not ADD_PLACE.search(w))
        out.rules = out.rules_plus("organ_added")
        return out
    if added_levels(prev, new, q):   # 只算地级市政府的 → 把省政府的也算进来: both levels
        out = merge(prev, new, q)
        out.levels = tuple(dict.fromkeys((*prev.levels, *new.levels)))
        out.unread = tuple(w for w in out.unread if not ADD_PLACE.search(w))
        out.rules = out.rules_plus("level_added")
        return out
    whole = _whole_of_place(prev, new, q, organs)
    if whole:   # 那全省呢 after 杭州零申请的有哪些: that question of 浙江省
        out = merge(prev, new, q)
        out.region, out.region_not, out.also_regions, out.region_of = whole, False, (), None
        out.given = tuple(dict.fromkeys(out.given + ("region",)))
        out.rules = out.rules_plus("widen_scope")
        out.unread = tuple(w for w in out.unread if not (widened_to(w) or whole_rank(w)))
        out.doubts = tuple(w for w in out.doubts if w in out.unread)
        return out
    if new.dropped and not set(new.given) & _ASKS:
        # 不限年份呢 after 县直部门2021年零申请的有哪些: the question before, every year's
        return drop_filters(merge(prev, new, q), new.dropped)
    if "which_year" in prev.rules and new.years and set(new.given) <= {"years", "kind"}:
        return merge(prev, new, q)   # 2019年的 after 哪一年？: the year chosen
    if prev.year_or_template and (new.years or new.template) \
            and set(new.given) <= {"years", "template", "kind"}:
        return merge(prev, new, q)   # 2019年的 / 2019版的 after 2019的报告有几份: the one chosen
    if points_into(prev, new, q) and not q.rstrip("？?。.!！").startswith(_FOLLOW_START):
        # 街道的里面哪些零申请 / 财政局那份留的电话 after a list: within it, as 其中 reads it
        out = merge(prev, new, "其中" + q)
        out.rules = out.rules_plus("point_into")
        if out.listing and not new.listing and new.kind == "figure" and not (new.agg or new.top) \
                and (pointing_role(q) == "one_of" or "ask" in new.given):   # 这里面市政府收了几件 too
            out.listing = False   # 2022年那份主动公开了多少条: that one report's value, never a list of it
        return out
    if "which_one" in prev.rules and (new.region or new.organ_ids) and set(new.given) <= {
            "region", "organ_ids", "organ_names", "years", "kind"}:
        # 平阳县的 after 公安局的电话（哪一个？）: the place or organ chosen, the bureau kept
        out = merge(prev, new, q)
        if new.region and not new.organ_ids:
            out.organ_ids, out.organ_names = prev.organ_ids, prev.organ_names
        out.rules = tuple(r for r in out.rules if r not in ("which_one", "near_name"))
        return out
    if prev.kind == "reports" and new.kind == "unknown" and new.text_kinds and new.listing \
            and "coverage" in new.given and not new.phrase:
        # 哪些没写问题 after a list or a count of reports: which of them write none (as 哪些报告…)
        new = replace(new, kind="text", negate=True)
    if _audit_of_listed(prev, new, q):
        # 哪个没写收到多少申请 / 其中没写联系方式的 / 哪些没写分管领导 after 气象局的报告有哪些:
        # those listed that do not state it, never every report's
        scope = _LIST_SCOPE + ("organ_names",)
        out = replace(new, followup=True, **{f: getattr(prev, f) for f in scope})
        out.given = tuple(dict.fromkeys(new.given + tuple(f for f in scope if f in prev.given)))
        out.rules = out.rules_plus("audit_of_listed")
        return _contact_listed(out)
    if _is_contact_followup(new, prev) and not (new.negate and _EVERY.search(q)):
        return _contact_followup(prev, new)   # (所有报告里哪些没写联系方式: every report's)
    if _adds_scope_only(prev, new, q):
        # 乌恰县政府办公室电话多少 → 要2025年那份的; 市财政局2019年收到多少申请 → 武汉的: the same
        # figure or contact, of that year, or of the organ of that kind in that place
        out = merge(prev, new, q)
        out.rules = out.rules_plus("scope_followup")
        return kind_in_place(prev, new, out, organs) if "region" in new.given else out
    if new.listing and not new.given and prev.agg == "count" and prev.kind != "unknown":
        # 省直部门一共几家？ → 分别是哪几家: the organs counted, listed
        out = replace(prev, agg=None, listing=True, followup=True)
        out.given = tuple(g for g in prev.given if g != "agg")
        return out
    if _ranks_the_listed(prev, new, q):
        # 卫生健康部门的年报有哪些？ → 哪家的行政处罚最多？: ranked among the organs just listed
        out = replace(new, organ_ids=prev.organ_ids, organ_names=prev.organ_names,
                      levels=prev.levels, excluded_levels=prev.excluded_levels,
                      region=prev.region, also_regions=prev.also_regions, less_regions=prev.less_regions,
                      region_of=prev.region_of, years=new.years or prev.years, followup=True)
        if prev.agg == "count":
            out.rules = out.rules_plus("ranks_the_counted")
        out.notes = (*out.notes, "范围=上一问的" + scope_said(prev))
        out.given = tuple(dict.fromkeys(new.given + tuple(
            f for f in ("organ_ids", "levels", "region", "years") if f in prev.given)))
        return out
    if widened_to(q) and {"levels", "region"} & set(new.given):
        # 教育局里零申请的有哪些 → 放宽到所有县级部门: the condition kept, the organ kind dropped
        out = merge(prev, new, q)
        out.organ_ids, out.organ_names, out.organ_type = (), (), None
        out.unread = tuple(w for w in out.unread if not widened_to(w))
        out.rules = out.rules_plus("widen_scope")
        return out
    if _condition_of_listed(prev, new, q):
        # 民政局的报告有哪些 → 哪几家零申请 / 零申请的有几家; 气象局的报告有几份 → 有收到申请的是哪几家:
        # those listed (counted) that meet it, never every report's
        out = merge(prev, new, "其中" + q)
        if prev.agg == "count" and not new.agg and "哪" in q:   # 有几份 → 零申请的是哪个: listed now
            # (其中零申请的呢 after 有几份: still a count)
            out.agg, out.listing = None, True
        out.rules = out.rules_plus("condition_of_listed")
        return out
    if _condition_of_figure(prev, new, q):
        # 哪些报告写了行政复议 → 不是0的有哪些: that figure, the condition now said (rule
        # condition_of_figure), never a condition on no figure
        out = merge(prev, new, q)
        out.rules = out.rules_plus("condition_of_figure")
        return out
    if _aspect_of_listed(prev, new, q):
        # 2024年乡镇的有几份 → 有几个开了微信公众号的 / 收到申请多少件 / 哪几家写了“…”: the aspect
        # asked of the reports counted or listed, never of every report (rule aspect_of_listed)
        return aspect_of_listed(prev, new, q)
    if _which_of_listed(prev, new, q):
        # 气象局的报告都有哪些 → 哪个是省一级的: the list before, narrowed to that scope
        out = merge(prev, new, "其中" + q)
        out.rules = out.rules_plus("which_of_listed")
        return out
    if _is_followup(q, new) or _same_organ_other_figure(prev, new, q):
        # 居委会呢: a follow-up that changes nothing known is not understood, never the
        # previous answer again
        return merge(prev, new, q) if new.given else new
    return new


_FILTERS = ("organ_ids", "levels", "region")
_ASKS = ASKS


def _whole_of_place(prev: QueryPlan, new: QueryPlan, q: str, organs):
    """The held province (city) the place of the question before lies in, when ``q`` asks the
    whole of it naming no place nor organ (那全省呢, 放宽到整个省, 看看全市的); else None."""
    rank = whole_rank(q)
    if not rank or organs is None or not prev.region or prev.region_not or prev.organ_ids \
            or new.region or new.organ_ids or set(new.given) & _ASKS:
        return None
    return containing(organs, prev.region, rank)


_SCOPE_ONLY = {"years", "region", "excluded_years"}
_MARKERS = {"kind", "refer"}


def _adds_scope_only(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """A question that names only a year or a place (要2025年那份的, 武汉的, 2022年的) right after
    one about the figure, contact, fact or reports of named organs (民政局的报告有哪些 → 江苏的;
    水利厅的报告有几份 → 湖北省的是哪几份, the 的 with no noun after it): that question of that
    year or place (a question naming reports, 哪些 of a noun or anything asked stands alone)."""
    given = set(new.given) - _MARKERS
    return (prev.kind in ("figure", "contact", "fact", "reports") and bool(prev.organ_names)
            and bool(given) and given <= _SCOPE_ONLY and (not WHICH.search(q) or _ELLIPTIC.match(q))
            and not re.search(r"报告|年报|单位|机关|部门", q)
            and not any(len(w) >= 2 for w in new.unread))   # 那桐江县人民政府呢: another organ named


def _is_contact_followup(p: QueryPlan, context: QueryPlan) -> bool:
    """地址在哪里？ after 洛西镇的联系电话是多少？ (or 具体由哪个办公室负责？ after its official):
    a contact field or the organ's official / office, with no organ of its own."""
    asks = p.kind == "contact" or (p.kind == "fact" and p.fact_kind in (
        "responsible_official", "responsible_office") and not p.negate and not p.agg)
    return (asks and not any(f in p.given for f in _FILTERS)
            and (any(getattr(context, f) for f in _FILTERS)
                 or p.kind == "contact" and context.kind == "reports" and bool(context.years)))


def _contact_followup(prev: QueryPlan, new: QueryPlan) -> QueryPlan:
    """The contact field asked for, of the previous question's organs / levels / region. Of a
    scope and no organ (县级政府的报告有哪些 → 其中留了地址的; 2021年的报告 → 里面没写电话的),
    the reports of that scope that state it (or, said with 没, do not), listed as a question of
    that scope naming the field is (乡镇的电话: rule contact_of_listed)."""
    out = replace(new, organ_ids=prev.organ_ids, organ_names=prev.organ_names,
                  levels=prev.levels, region=prev.region,
                  years=new.years if "years" in new.given else prev.years, followup=True)
    out.given = tuple(dict.fromkeys(new.given + tuple(f for f in _FILTERS + ("years",)
                                                      if f in prev.given)))
    return _contact_listed(out)


def _contact_listed(out: QueryPlan) -> QueryPlan:
    """A contact field of a scope with no organ: the reports of that scope, listed with it
    (rule contact_of_listed)."""
    if out.kind == "contact" and not out.organ_ids and not out.listing and "refer" not in out.given:
        # (它们的地址 / 这些单位的电话: each report pointed at, its value or 未写)
        out.listing = True
        out.rules = out.rules_plus("contact_of_listed")
    return out


# 哪个是省一级的 / 哪些是2021年的 / 哪几家属于县级: which of those just listed
_WHICH_IS = re.compile(r"^(?:那|那么)?(?:其中|里面|这些里)?(?:有)?(?:哪个|哪些|哪几个|哪家|哪几家|哪一个|哪一家|哪份|哪几份)"
                       r"(?:是|属于|算|为)")


def _which_of_listed(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """哪个是省一级的 after a list of reports: which of them are of that scope (a level, a year
    or a place and nothing else asked)."""
    scope = set(new.given) - _MARKERS - {"listing", "noun"}
    return (prev.kind == "reports" and bool(_WHICH_IS.match(q)) and bool(scope)
            and scope <= SCOPE_PLAIN)


# 哪几家零申请 / 哪些收到过申请 / 零申请的有几家 / 有收到申请的是哪几家 / 复议不为0的有哪些 /
# 主动公开超过100条的几个: a condition only, with no place, level, organ or year of its own
_CONDITION_ONLY = {"metric", "op", "threshold", "cond", "kind", "listing", "ask", "list", "agg", "count_unit"}
_OWN_NOUN = re.compile(r"报告|年报|单位|机关|部门|所有|全部")


def _has_scope(prev: QueryPlan) -> bool:
    """Whether the question before named a scope of reports (an organ, a level, a place, a year or
    a kind of organ): the list or count a condition or an audit after it is of."""
    return any(getattr(prev, f) for f in ("organ_ids", "levels", "region", "years", "organ_type"))


def _condition_of_figure(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """A condition and nothing else, no figure named (不是0的有哪些, 超过100件的有几个), right
    after a question of one figure: the condition is of that figure."""
    return (prev.kind == "figure" and bool(prev.metric) and not prev.other_metrics
            and new.kind == "unknown" and new.op is not None and new.op != "stated"
            and "op" in new.given and set(new.given) <= _CONDITION_ONLY - {"metric"})


def _listed(prev: QueryPlan) -> bool:
    """The question before listed, counted or asked whether there are reports of a scope
    (民政局的报告有哪些 / 有几份 / 云南县一级政府的报告有吗)."""
    return prev.kind == "reports" and not prev.group_by and (
        prev.listing and not prev.agg or prev.agg == "count" or prev.yes_no and not prev.agg) \
        and any(getattr(prev, f) for f in _LIST_SCOPE if f not in ("region_not", "template_not"))


_SCOPE_WORDS = {"levels": "层级", "excluded_levels": "层级", "region": "地区", "region_not": "地区",
                "years": "年份", "excluded_years": "年份", "template": "模板", "template_not": "模板",
                "organ_type": "机关类别"}


def _aspect_of_listed(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """A figure, a channel or a phrase asked with no organ of its own and no word for every
    report (所有, 全部), right after a list, a count or a yes-no of reports of a scope: asked of
    those (rule aspect_of_listed); a level, year or place it names replaces only that part of
    the scope (卫健局的有几份 → 县级的哪个公开最多)."""
    figure = new.kind == "figure" and bool(new.metric) and not (new.group_by or new.yoy)
    channel = new.kind == "fact" and bool(new.channel) and new.agg in (None, "count")
    phrase = new.kind == "text" and bool(new.phrase) and new.agg in (None, "count")
    own = any(f in new.given for f in _LIST_SCOPE)   # (2021年零申请的有哪些: a condition of a scope
    # of its own stands alone)
    return (_listed(prev) and (figure or channel or phrase) and not (own and new.op is not None)
            and not _OWN_NOUN.search(q)   # 哪些单位零申请: every unit's
            and not ("region" in new.given and not new.region_not)   # 安徽的…合计: a place of its own
            and not {"organ_ids", "report_ids", "refer"} & set(new.given)
            and not new.organ_ids and not WIDEN.search(q) and not _EVERY.search(q))


def aspect_of_listed(prev: QueryPlan, new: QueryPlan, q: str) -> QueryPlan:
    """``new`` of the scope of ``prev`` (its organs, levels, places, years, template; what
    ``new`` names of it replaced as a follow-up replaces it), said in its reading (范围=上一问的…).
    A figure's value asked of several reports (收到申请多少件) is their total, each listed with
    it; 哪几个写了… after a count lists those stating it."""
    own = [f for f in _LIST_SCOPE if f in new.given]
    base = merge(prev, new, q) if own else prev
    scope = _LIST_SCOPE + ("organ_names",)
    out = replace(new, followup=True, **{f: getattr(base, f) for f in scope})
    out.given = tuple(dict.fromkeys(new.given + tuple(f for f in scope if f in prev.given)))
    less = new.region_not or new.excluded_levels or new.excluded_years   # 去掉乌恰的，剩下的…: still several
    if out.kind == "figure" and out.op is None and not out.listing and out.agg is None and not out.top \
            and (not own or less):   # (其中省政府收到多少申请: that one's value)
        out.agg = "sum"   # 邹城的有几个 → 微信发了多少条: the reports' total
    if out.kind == "figure" and out.op == "stated" and prev.agg == "count":
        out.listing = True   # 有几个 → 哪几个写了收到申请: those stating it, listed
    named = "、".join(dict.fromkeys(_SCOPE_WORDS[f] for f in own if f in _SCOPE_WORDS))
    out.notes = (*out.notes, "范围=上一问的" + scope_said(prev) + (f"，{named}按本问" if named else ""))
    out.rules = out.rules_plus("followup", "aspect_of_listed")
    return out


def _condition_of_listed(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """A condition and nothing else (哪几家零申请, 零申请的有几家, 有收到申请的是哪几家), whatever
    asking word ends it, right after a list or a count of reports of a scope (民政局的报告有哪些,
    气象局的报告有几份): of those listed or counted, never every report's (rule
    condition_of_listed). A question naming reports, units or a scope of its own (哪些乡镇零申请,
    2021年零申请的有哪些, 所有报告里零申请的) stands alone; a count other than of reports (合计,
    最多) is a ranking of the listed (``_ranks_the_listed``)."""
    # (福田区那几份报告 → 哪几份写了收到0件申请: a scope's reports said bare are listed too)
    listed = prev.kind == "reports" and prev.agg in (None, "count")
    return (listed and _has_scope(prev)
            and new.op is not None and new.agg in (None, "count")
            and set(new.given) <= _CONDITION_ONLY and "metric" in new.given
            and not _OWN_NOUN.search(q))


_EVERY = re.compile(r"所有|全部|整个库|全库")   # 所有报告里哪些没写…: every report's, no follow-up
# the scope of a list of reports (民政局的 / 甘肃的 / 2021年的 / 县级部门的), kept by a question of it
_LIST_SCOPE = ("organ_ids", "levels", "excluded_levels", "region", "region_not", "also_regions",
               "region_of", "region_said", "region_within", "less_regions", "less_within",
               "years", "excluded_years", "template", "template_not", "organ_type")


def _audit_of_listed(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """What a report does not state (a figure not filled in, no contact field, no official, no
    problem written), asked with no scope of its own right after a list or a count of reports of
    a scope: of those listed or counted (a question naming 所有 / 全部 reports stands alone)."""
    audit = (new.kind == "figure" and new.op == "blank" and not new.agg) or (
        new.kind in ("contact", "fact", "text") and new.negate)
    # 管委会的报告有多少份 → 哪几份一条问题都没写: of those counted too
    listed = prev.listing and not prev.agg or prev.agg == "count" and prev.count_unit == "report"
    return (audit and prev.kind == "reports" and listed
            and _has_scope(prev)
            and not any(f in new.given for f in _FILTERS + ("years", "template"))
            and not _EVERY.search(q))


def _is_followup(q: str, p: QueryPlan) -> bool:
    bare = q.rstrip("？?。.!！")
    if bare.startswith(_FOLLOW_START) or bare.endswith("呢"):
        return True
    own = {"metric", "contact_field", "fact_kind", "phrase", "check", "coverage", "channel",
           "official", "noun"}
    if own & set(p.given):
        return False
    if p.agg == "count" and {"levels", "region", "organ_ids", "years"} & set(p.given) \
            and _TOTAL.search(q):
        return False   # 省直部门一共几家: a count of its own (乡镇的有几个？ / 有几个？ follow up)
    scope = set(p.given) - _MARKERS
    if scope and scope <= SCOPE_PLAIN \
            and not WHICH.search(q) and not re.search(r"哪|几|多少|报告|年报", q):
        return True   # 县级的 after 东湖的教育局报告有哪些: a scope alone narrows the list before
    if p.kind == "unknown" and (p.agg in ("max", "min") or p.top) and "metric" not in p.given:
        return True   # 区县教育局里最多的是哪个 after 教育局收到申请最多的前3家: that figure's
    if scope and scope <= SCOPE_PLAIN \
            and _ELLIPTIC.match(q) and not re.search(r"报告|年报", q):
        return True   # 乡镇的有哪些 after 广西的报告: the 的 with no noun after it, the ones of the list before
    if p.listing and not (p.top or p.group_by):   # 2021年有哪些报告？ asks a question of its own
        return False   # (列出前3名 / 按年份列出 changes the previous one)
    return p.kind in ("unknown", "reports") and bool(p.given)


def _ranks_the_listed(prev: QueryPlan, p: QueryPlan, q: str) -> bool:
    """A ranking, sum or mean of a figure with no scope of its own, asked among what was just
    listed or counted (2020年有哪些乡镇报告 → 主动公开合计多少条; 公共资源交易中心有几家报告 →
    主动公开最多的是哪个), or among 其中 / 这些 after any answer."""
    scope = ("organ_ids", "levels", "region", "report_ids", "excluded_levels")
    # 2020年有哪些乡镇报告, or counted (公共资源交易中心有几家报告: rule ranks_the_counted); a
    # report scope said with no asking word (新疆的县级政府报告) is answered as a list too
    listed = prev.kind == "reports" and (not prev.agg or prev.agg == "count")
    return (p.kind == "figure" and (p.agg in ("max", "min", "sum", "avg", "median") or bool(p.top))
            and any(getattr(prev, f) for f in scope) and not any(f in p.given for f in scope)
            and not WIDEN.search(q) and (listed or bool(_AMONG.search(q))))


def _same_organ_other_figure(prev: QueryPlan, p: QueryPlan, q: str) -> bool:
    """微信公众号发了多少条？ right after 和平街道2020年收到几件申请？: one more figure of the
    organ just asked about (its value asked, no scope, list or aggregate of its own)."""
    scope = ("organ_ids", "levels", "region", "years", "report_ids", "template")
    asked = "ask" in p.given or p.op is None and "cond" not in p.given   # 有多少 / 有没有
    yesno = p.listing and re.search(r"有没有|是否|是不是", q) and "哪" not in q   # 有没有行政诉讼
    # 复议加诉讼一共多少: the total word says the two figures' sum (rule metric_sum), no total of
    # reports of its own unless it says which (所有 / 全部)
    own_sum = p.agg == "sum" and "metric_sum" in p.rules and not WIDEN.search(q) and not re.search(r"所有|全部", q)
    return (bool(prev.organ_ids) and p.kind == "figure" and asked
            and not any(f in p.given for f in scope) and (not p.listing or bool(yesno))
            and not ((p.agg and not own_sum) or p.top or p.group_by or p.op))
