"""The reading of a question: a typed form of what was understood, said first in every answer,
and editable (the app's chips) and re-run.

``Reading.of(plan)`` groups the plan into what is asked (``asked``), over which reports
(``scope``: level, region, organ, year, template, organ type), under which ``conditions``, in
which ``shape``; its ``items`` are the chips, one ``Item(slot, value, label, rule)`` each:
``slot`` a name of ``SLOTS``, ``value`` the plan fields it stands for (JSON-able), ``label``
in Chinese (层级=省级政府), ``rule`` the rule of ``assistant/rules.py`` that read it.

``line()`` is the answer's first line: 我理解为：层级=省级政府；统计=报告份数 (and the words not
understood, when any would change the answer). ``apply(plan, items)`` is the plan with the
reviewer's chips: a slot left out is cleared, a changed value replaces the plan's; SQL is built
from that plan only (``assistant.ask(db, question, reading=items)``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from . import vocab
from .queryplan import GROUP_NAMES, LEVEL_NAMES, OP_TEXT, QueryPlan, phrases_said, _FIELD_NAMES, no_contact_at_all, years_text
from .queryplan import any_channel
from .facets import said as facets_said
from .selfcheckq import check_said
from .words import num_text

# slot -> the plan fields it stands for (its value is a dict of them)
SLOTS: dict[str, tuple[str, ...]] = {
    "asked": ("kind",),
    "levels": ("levels", "excluded_levels"),
    "region": ("region", "region_not", "less_regions"),
    "organs": ("organ_ids", "organ_names"),
    "organ_type": ("organ_type", "absent_kind"),
    "years": ("years", "excluded_years"),
    "template": ("template", "template_not"),
    "unstated": ("unstated",),
    "duplicates": ("same_year_twice",),
    "previous": ("report_ids",),
    "metric": ("metric", "other_metrics", "any_metric", "column"),
    "condition": ("op", "threshold", "threshold2", "vs_mean", "vs_metric", "metric_conds"),
    "channel": ("channel", "negate"),
    "contact": ("contact_field", "contact_fields", "contact_missing"),
    "fact": ("fact_kind", "fact_kinds"),
    "official": ("official",),
    "office": ("office",),
    "phrase": ("phrase", "phrase_alts", "text_kinds", "quoted"),
    "items": ("items_op", "items_n"),
    "facets": ("facets", "facets_some", "facets_asked"),
    "check": ("check", "check_ok"),
    "table": ("table", "tables", "covered"),
    "count": ("agg", "count_unit"),
    "top": ("top", "order"),
    "group": ("group_by", "group_top"),
    "yoy": ("yoy", "change_pct"),
    "year_diff": ("year_diff", "year_gap", "year_less", "change_pct", "organ_diff"),
}
_SCOPE = ("levels", "region", "organs", "organ_type", "years", "template", "unstated", "duplicates",
          "previous")
_CONDITIONS = ("metric", "condition", "channel", "official", "office", "phrase", "items", "facets",
               "check", "table")
_SHAPE = ("count", "top", "group", "yoy", "year_diff")
_KIND_NAMES = {"figure": "数字", "contact": "联系方式", "fact": "事项", "text": "原文内容",
               "check": "校验", "coverage": "表格填写", "reports": "报告", "unknown": "未理解"}
_AGG = {"max": "最多", "min": "最少", "avg": "平均值", "median": "中位数", "sum": "合计", "count": "个数"}
_UNSTATED = {"organ": "未写明机关", "year": "未写明年份", "level": "未写明层级"}
_DEFAULTS = {f.name: f.default for f in fields(QueryPlan)}   # every default is a plain value
_SLOT_RULE = {"asked": "kind", "levels": "level_word", "region": "region_name",
              "organs": "organ_name", "organ_type": "organ_type", "years": "year",
              "template": "template", "unstated": "unstated_meta", "previous": "followup",
              "duplicates": "aggregate",
              "metric": "metric_alias", "condition": "comparison", "channel": "channel",
              "contact": "contact", "fact": "fact", "official": "official", "office": "office",
              "phrase": "text", "items": "item_count", "facets": "facets_said", "check": "check", "table": "coverage", "count": "aggregate",
              "top": "top_n", "group": "group", "yoy": "year_on_year",
              "year_diff": "year_difference"}


@dataclass
class Item:
    slot: str
    value: dict
    label: str
    rule: str

    def to_dict(self) -> dict:
        return {"slot": self.slot, "value": self.value, "label": self.label, "rule": self.rule}


@dataclass
class Reading:
    asked: str
    scope: list[Item] = field(default_factory=list)
    conditions: list[Item] = field(default_factory=list)
    shape: list[Item] = field(default_factory=list)
    unread: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def items(self) -> list[Item]:
        return [self._asked_item(), *self.scope, *self.conditions, *self.shape]

    def _asked_item(self) -> Item:
        name = _KIND_NAMES.get(self.asked, self.asked)
        if self.asked == "figure" and not self.shape and any(it.slot == "condition" for it in self.conditions):
            name = "符合条件的报告及其数字"  # 哪些乡镇没有收到申请: a list, not one number
        return Item("asked", {"kind": self.asked}, "问的是=" + name, "kind")

    @classmethod
    def of(cls, plan: QueryPlan, absent=()) -> "Reading":
        """``absent``: slots the store has no report for (marked 库中没有 on their item)."""
        fired = set(plan.rules)
        r = cls(asked=plan.kind, unread=plan.unread, doubts=plan.doubts, notes=plan.notes)
        for slot, where in ((s, r.scope) for s in _SCOPE):
            it = _item(plan, slot, fired)
            if it:
                if slot in absent:
                    it.label += "（库中没有）"
                where.append(it)
        for slot in _CONDITIONS:
            it = _item(plan, slot, fired)
            if it:
                r.conditions.append(it)
        for slot in ("contact", "fact"):
            it = _item(plan, slot, fired)
            if it:
                r.conditions.append(it)
        for slot in _SHAPE:
            it = _item(plan, slot, fired)
            if it:
                r.shape.append(it)
        return r

    def line(self, answered: bool = True) -> str:
        """我理解为：…；… (the answer's first line); ``answered``: the answer gives rows or a
        value (then a word not understood is said to be left out of it)."""
        labels = [it.label for it in self.items[1:]] or ["（没有识别出条件）"]
        if self.asked != "unknown":
            labels.insert(0, self._asked_item().label)
        text = "我理解为：" + "；".join(labels)
        if self.notes:
            text += "；" + "；".join(self.notes)
        if self.doubts:
            text += "。注意：没有读懂“" + "”“".join(self.doubts) + "”" + (
                "，答案没有按它筛选" if answered else "")
        elif self.unread:
            text += "（未用到的词：" + "、".join(self.unread) + "）"
        return text

    def to_dict(self) -> dict:
        return {"asked": self.asked, "items": [it.to_dict() for it in self.items],
                "unread": list(self.unread), "doubts": list(self.doubts), "line": self.line()}


def _item(plan: QueryPlan, slot: str, fired: set) -> Item | None:
    names = SLOTS[slot]
    value = {n: _jsonable(getattr(plan, n)) for n in names}
    if all(getattr(plan, n) == _DEFAULTS[n] for n in names):
        return None
    if slot == "count" and not plan.agg:
        return None
    label = _label(plan, slot)
    if label is None:
        return None
    rule = _SLOT_RULE[slot]
    if slot == "organs" and "organ_type" in fired and plan.organ_type:
        return None   # the organ type's item says it
    if slot == "metric" and not {"metric_alias", "metric_typo", "metric_fuzzy"} & fired:
        rule = "followup" if plan.followup else rule
    for r in ("metric_typo", "metric_fuzzy"):
        if slot == "metric" and r in fired:
            rule = r
    return Item(slot, value, label, rule)


def _jsonable(v):
    return list(v) if isinstance(v, tuple) else v


def _label(p: QueryPlan, slot: str) -> str | None:
    if slot == "levels":
        if p.excluded_levels:
            return "层级=" + "、".join(LEVEL_NAMES.get(x, x) for x in p.excluded_levels) + "以外"
        return "层级=" + "、".join(LEVEL_NAMES.get(x, x) for x in p.levels)
    if slot == "region":
        outer = p.region_of or ""
        said = f"（{p.region_said}）" if p.region_said else ""   # 赣州市（连同下面的县市区）
        less = f"（{'、'.join(r[1] for r in p.less_regions)}以外）" if p.less_regions else ""
        return f"地区={outer}{'、'.join(r[1] for r in (p.region, *p.also_regions))}{said}{less}" + ("以外" if p.region_not else "")
    if slot == "organs":
        return "机关=" + "、".join(p.organ_names) if p.organ_names else None
    if slot == "organ_type":
        if p.absent_kind and "place_kind" in p.rules:
            return f"地名=以“{p.absent_kind}”结尾（库中没有）"
        if p.absent_kind:
            return f"机关类别=名称含“{p.absent_kind}”（库中没有）"
        return "机关类别=名称含" + "或".join(f"“{w}”" for w in (p.organ_type, *p.also_types))
    if slot == "years":
        if p.excluded_years and not p.years:
            return "年份=" + years_text(p.excluded_years) + "以外"
        return "年份=" + years_text(p.years)
    if slot == "template":
        return f"模板={p.template}版" + ("以外" if p.template_not else "")
    if slot == "duplicates":
        return "条件=同一机关同一年有多份报告"
    if slot == "unstated":
        return "条件=" + "、".join(_UNSTATED.get(x, x) for x in p.unstated)
    if slot == "previous":
        return f"范围=上一个回答的{len(p.report_ids)}份报告"
    if slot == "metric":
        if not p.metric:
            return None
        names = [vocab.metric(m).label for m in (p.metric, *p.other_metrics) if m != p.vs_metric]
        return "指标=" + ("或".join(names) if p.any_metric else "、".join(names))
    if slot == "condition":
        if not p.op and p.metric_conds and p.kind in ("figure", "unknown"):   # 零申请的…平均主动公开多少条
            return "条件=" + "，且".join(f"{vocab.metric(m).label}{OP_TEXT[op]}{num_text(t)}"
                                        for m, op, t in p.metric_conds)
        if not p.op or p.kind not in ("figure", "unknown"):
            return None
        thr = "平均值" if p.vs_mean else vocab.metric(p.vs_metric).label if p.vs_metric \
            else "" if p.threshold is None else num_text(p.threshold)
        if p.op == "between":
            thr = f"{num_text(p.threshold)}和{num_text(p.threshold2)}之间"
        # 收到过申请、但复议和诉讼都是0; a condition of the figure itself without its name (不到10件、
        # 但又不是零的: 少于10，且大于0)
        besides = "".join(f"，且{'' if m == p.metric else vocab.metric(m).label}{OP_TEXT[op]}{num_text(t)}"
                          for m, op, t in p.metric_conds)
        return f"条件={OP_TEXT[p.op]}{thr}{besides}"
    if slot == "channel":
        both = "".join("和" + c for c in p.channels_also) + ("（都有）" if p.channels_also else "")
        return (("不通过" if p.negate else "通过") + f"渠道={any_channel(p.channel)}{both}") if p.channel else None
    if slot == "contact":
        if not p.contact_field:
            return None
        if no_contact_at_all(p):
            return "联系方式=任何一项（一项都没有写的）"
        return "联系方式=" + "、".join(_FIELD_NAMES.get(f, f) for f in p.contact_fields or (p.contact_field,)) \
            + ("（没有写的）" if p.negate and not p.organ_ids else "")
    if slot == "fact":
        both = len(p.fact_kinds) > 1 and not p.organ_ids and (p.negate or p.listing or p.agg == "count")
        return "事项=" + "、".join(_FIELD_NAMES.get(f, f) for f in p.fact_kinds or (p.fact_kind,)) \
            + (("（都没有写的）" if p.negate else "（都写了的）") if both else
               "（没有写的）" if p.negate and not p.organ_ids and len(p.fact_kinds) < 2 else "")   # rule facts_several
    if slot == "official":
        return f"分管领导={p.official}"
    if slot == "office":
        return f"负责机构={p.office}"
    if slot == "phrase":
        if not p.phrase:
            return None
        parts = [{"problem": "问题", "remedy": "改进措施"}[k] for k in p.text_kinds
                 if k in ("problem", "remedy")]
        # 问题部分提到了培训: said where it is searched (the problems only)
        return "短语=" + phrases_said(p) + (f"（只查{'、'.join(parts)}部分）" if parts else "")
    if slot == "items":
        if not p.items_op:
            return None
        kinds = "、".join({"problem": "问题", "remedy": "改进措施"}[k] for k in p.text_kinds
                         if k in ("problem", "remedy"))
        return f"条目数={kinds or '问题'}{OP_TEXT[p.items_op]}{num_text(p.items_n)}条"
    if slot == "facets":
        return facets_said(p) if p.facets else None
    if slot == "check":
        return "校验=" + check_said(p.check, p.check_ok, p.table) + ("（通过）" if p.check_ok else "")
    if slot == "table":
        names = {"t2.": "表二", "t3.": "表三", "t4.": "表四"}
        if p.kind == "coverage" and p.all_zero:   # 表二表三都是0 (rule all_zero)
            said = "、".join(names[t] for t, _ in p.tables) or names.get(p.table, "表二至表四")
            return "全是0的表格=" + said
        if p.kind == "figure" and p.table in names:   # 表三里…: only the reports with that table
            return "范围=只看填写了" + names[p.table] + "的报告"
        if p.kind != "coverage" or p.table not in names:
            return None
        return ("填写了=" if p.covered else "未填写=") + names[p.table]
    if slot == "count":
        if p.agg == "count":
            return "统计=" + {"report": "报告份数", "item": "条数"}.get(p.count_unit, "机关个数")
        return "统计=" + "、".join(_AGG[a] for a in (p.agg, *p.also_aggs))
    if slot == "top":
        return f"{'前' if p.order != 'asc' else '后'}{p.top}个"
    if slot == "group":
        top = {"max": "，看哪组最多", "min": "，看哪组最少"}.get(p.group_top, "")
        return "分组=按" + GROUP_NAMES.get(p.group_by, p.group_by) + top
    if slot == "yoy" and p.change_pct and p.yoy:   # 增长还是下降，百分之几 (assistant/changepct.py)
        return "与上年相比=" + ("下降" if p.year_less else "变化") + "的百分比"
    if slot == "yoy":
        return "与上年相比=" + {"up": "增加", "down": "减少", "change": "有变化"}[p.yoy] if p.yoy else None
    if slot == "year_diff" and p.change_pct and p.year_diff:   # 比19年下降了百分之几
        y1, y2 = p.year_diff
        return f"比较={y1}年比{y2}年{'下降' if p.year_less else '变化'}的百分比（以{y2}年为基数）"
    if slot == "year_diff" and p.organ_diff:   # A和B谁多，多多少 (assistant/organdiff.py)
        a, b = p.organ_names
        return {"gap": f"比较={a}与{b}之差", "more": f"比较={a}比{b}多多少",
                "less": f"比较={a}比{b}少多少"}[p.organ_diff]
    if slot == "year_diff":
        if not p.year_diff:
            return None
        if p.year_less:   # 2020年比2019年少了几件: how much less, said as asked
            return f"比较={p.year_diff[0]}年比{p.year_diff[1]}年少多少（{p.year_diff[1]}年减{p.year_diff[0]}年之差）"
        return f"比较={p.year_diff[0]}年与{p.year_diff[1]}年之差"
    return None


def items_of(plan: QueryPlan) -> list[dict]:
    return [it.to_dict() for it in Reading.of(plan).items]


def apply(plan: QueryPlan, items) -> QueryPlan:
    """``plan`` with the reviewer's reading: each item's value set, each slot of the plan's
    own reading that ``items`` leaves out cleared (a chip removed). Items are ``Item``s or
    their dicts; an unknown slot or field is an error (ValueError)."""
    own = {it.slot for it in Reading.of(plan).items}
    given = {}
    for it in items:
        d = it.to_dict() if isinstance(it, Item) else dict(it)
        slot = d["slot"]
        if slot not in SLOTS:
            raise ValueError(f"unknown slot {slot!r} (one of {', '.join(SLOTS)})")
        for k in d.get("value") or {}:
            if k not in SLOTS[slot]:
                raise ValueError(f"slot {slot!r} has no field {k!r} ({', '.join(SLOTS[slot])})")
        given[slot] = d.get("value") or {}
    changes = {}
    for slot in own - set(given):
        for n in SLOTS[slot]:
            changes[n] = _DEFAULTS[n]
    for slot, value in given.items():
        for n, v in value.items():
            changes[n] = tuple(v) if isinstance(_DEFAULTS[n], tuple) and v is not None else v
    if "region" in changes and changes["region"] is not None:
        changes["region"] = tuple(changes["region"])
    if changes.get("less_regions"):
        changes["less_regions"] = tuple(tuple(r) for r in changes["less_regions"])
    out = replace(plan, **changes)
    out.doubts = ()
    return out


_DEPT_LEVELS = {"county_dept", "city_dept", "province_dept", "national_dept"}


def other_readings(plan: QueryPlan) -> list[dict]:
    """The other readings of an ambiguous question, each with the chips to re-run it:
    2019表格 read as the 2019 template (the year 2019 is the other reading); 部门 read as
    every level's departments (the county's only is the other)."""
    out = []
    own = [it.to_dict() for it in Reading.of(plan).items]
    if plan.template_or_year and plan.template and not plan.years:
        alt = [it for it in own if it["slot"] != "template"]
        alt.append({"slot": "years", "value": {"years": [int(plan.template)]},
                    "label": f"年份={plan.template}", "rule": "year"})
        out.append({"label": f"把{plan.template}理解为年份（{plan.template}年的报告）",
                    "reading": alt})
    if set(plan.levels) == _DEPT_LEVELS and not plan.excluded_levels:
        alt = [it for it in own if it["slot"] != "levels"]
        alt.append({"slot": "levels", "value": {"levels": ["county_dept"], "excluded_levels": []},
                    "label": "层级=县级部门", "rule": "level_word"})
        out.append({"label": "“部门”只指县级部门", "reading": alt})
    return out


def scope_said(p: QueryPlan) -> str:
    """The scope of a plan as its reading says it (层级=乡镇，年份=2024), for a follow-up asked
    of it (范围=上一问的…: rule aspect_of_listed)."""
    labels = [_label(p, slot) for slot in ("organs", "organ_type", "levels", "region", "years", "template")
              if any(getattr(p, n) != _DEFAULTS[n] for n in SLOTS[slot])]
    return "（" + "，".join(x for x in labels if x) + "）"
