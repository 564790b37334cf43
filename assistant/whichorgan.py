"""One number asked of a name several organs share (财政局2019年收到几件申请) or of a place
holding several organs and none its own government's (滨江区收到几件申请: its 公安分局 and
民政局), when two or more of them state the figure: which organ is meant is asked, each
organ's value said, never the list answered as if it were the one number asked (family
``which_organ``; the several years of one organ are ``whichyear``). Asked with 各 / 分别 /
合计 / 最多, or of a place's class of organs (南坪区的部门, 南坪区这几个局), the question is a
list or an aggregate and is answered so.

One report pointed at (长春那份报告, 鄂温克那个苏木) of what holds the reports of several organs,
stated or not, is asked the same way (``one_of_named``), each report said with its value or
未填写.

The answer is understood (its reading is clear): each option re-types the question with one
organ's name, and a follow-up naming one (武汉市的呢) answers it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .queryplan import _FIELD_NAMES as FIELD_NAMES, QueryPlan
from .say import _fmt, metric_of

if TYPE_CHECKING:
    from .result import Answer

_UNNAMED = "（未写明机关"
# 滨江那个局 / 那家单位: one organ of the class meant, not the class (滨江区这几个局)
_ONE_MEANT = re.compile(r"(?:那个|那一个|那家|那一家)(?:局|部门|单位|机关|委|办|中心)")


def one_meant(question: str) -> bool:
    """Whether ``question`` names one organ of a class (滨江那个局): which one is asked."""
    return bool(_ONE_MEANT.search(question))


# 长春那份报告 / 鄂温克那个苏木: one report (one organ) meant of a place or a name several share
_ONE_REPORT = re.compile(r"(?:那|这)(?:一)?(?:份|篇)(?:报告|年报)|那个(?:苏木|镇|乡|街道|嘎查)")


def one_report_meant(question: str) -> bool:
    """Whether ``question`` points at one report of what it names (长春那份报告)."""
    return bool(_ONE_REPORT.search(question))


def one_value_asked(plan: QueryPlan) -> bool:
    """One figure's value asked (no list, aggregate, ranking, condition or grouping)."""
    return not (plan.kind != "figure" or plan.report_ids or plan.listing or plan.agg or plan.top
                or plan.group_by or plan.yoy or plan.year_diff or plan.other_metrics
                or plan.op not in (None, "stated"))


def which_of_named(question: str, plan: QueryPlan, rows: list, reports: list, typed: str | None
                   ) -> tuple[str, QueryPlan, list[tuple[str, str]]] | None:
    """长春那份报告收到多少申请 when the place holds the reports of several organs (its
    government's and a bureau's), stated or not: which one is asked, each report said with its
    value (未填写 when it states none); None when the reports are of one organ. ``rows``: the
    figure's rows (organ, level, year, value, …); ``reports``: every report of the scope."""
    organs = list(dict.fromkeys(r[0] for r in reports if not str(r[0]).startswith(_UNNAMED)))
    if len(organs) < 2:
        return None
    metric = metric_of(plan)
    values = {(r[0], r[2]): r[3] for r in rows}
    said = "、".join(f"{r[0]}（{r[2]}年，" + (_fmt(values[(r[0], r[2])], metric)
                                              if values.get((r[0], r[2])) is not None else "未填写")
                     + "）" for r in reports[:10]) + ("等" if len(reports) > 10 else "")
    text = (f"“{typed or '这个范围'}”有{len(organs)}个机关的报告：{said}。"
            f"问的是哪一份？（逐个列出请加“分别”，要总数请加“合计”）")
    plan = replace(plan, rules=plan.rules_plus("which_organ"))
    options = [(f"按“{o}”", _retyped(question, typed, o)) for o in organs[:8]]
    return text, plan, options


def one_of_named(conn, question: str, plan: QueryPlan, rows: list, display: dict
                 ) -> tuple[str, QueryPlan, list[tuple[str, str]]] | None:
    """长春那份报告收到多少申请 / 鄂温克那个苏木收到几件申请: one report pointed at of what holds
    the reports of several organs: which one is asked (``which_of_named``), or None. ``rows``:
    the figure's rows; ``display``: organ id -> its name (OrganIndex.display)."""
    from .run import run
    from .sql import build
    if not (one_report_meant(question) and one_value_asked(plan) and (plan.region or plan.organ_ids)):
        return None

    def reports_of(p: QueryPlan) -> list:
        every = replace(p, kind="reports", metric=None, listing=True, op=None, threshold=None)
        return run(conn, question, every, build(every)).rows

    typed = typed_name(question, plan)
    reports = reports_of(plan)
    named = kind_named_too(plan, typed, display)   # 鄂温克那个苏木: the 苏木 named after it too
    if named:
        seen = {r[-1] for r in reports}
        reports += [r for r in reports_of(named) if r[-1] not in seen]
        rows = rows + run(conn, question, named, build(named)).rows
    return which_of_named(question, plan, rows, reports, typed)


def several_organs(plan: QueryPlan, rows: list, columns: list, each: bool, one: bool = False) -> bool:
    """``each``: the question says 各 / 分别 (a list is asked); ``one``: it names one organ of a
    class (滨江那个局, ``one_meant``): the class's organs are which one is asked."""
    if each or not (plan.kind == "figure" or _one_contact(plan)) or plan.report_ids or plan.listing or plan.agg \
            or plan.top or plan.group_by or plan.yoy or plan.year_diff or plan.organ_diff \
            or plan.op not in (None, "stated") or plan.other_metrics:
        return False
    if not (plan.organ_names or (plan.region and (not plan.levels or one))) \
            or "value" not in columns or "organ" not in columns:
        return False   # 南坪区的部门 / 南坪区这几个局: a class named, its list answers
    i, v = columns.index("organ"), columns.index("value")
    stated = {r[i] for r in rows if r[v] is not None}
    if len(stated) < 2:
        return False
    return len({r[v] for r in rows if r[v] is not None}) > 1   # 都是0件: one number whatever is meant


def _one_contact(plan: QueryPlan) -> bool:
    """One contact field asked of a place (浏阳的报告电话是多少), never several, a missing one, a
    list or of the reports pointed back at (这些单位的电话); a bureau name several bear is
    asked by ``nearnames.shared_name``."""
    return plan.kind == "contact" and bool(plan.contact_field) and bool(plan.region) and not (
        plan.contact_fields or plan.negate or plan.contact_missing or plan.listing
        or plan.organ_names or "refer" in plan.given)


def which_organ(question: str, plan: QueryPlan, rows: list, columns: list, stats: dict
                ) -> tuple[str, QueryPlan, list[tuple[str, str]]]:
    """(the sentence, the plan marked ``which_organ``, [(option label, the question re-typed)])."""
    metric = metric_of(plan)
    label = metric.label if metric else FIELD_NAMES.get(plan.contact_field, plan.contact_field)
    i, y, v = columns.index("organ"), columns.index("year"), columns.index("value")
    said = "、".join(f"{r[i]}（{r[y]}年，{_fmt(r[v], metric) if metric else r[v] or '未写'}）" for r in rows[:10]) \
        + ("等" if len(rows) > 10 else "")
    organs = list(dict.fromkeys(r[i] for r in rows))
    blank = (stats or {}).get("reports", 0) - (stats or {}).get("stated", len(rows))
    typed = _typed(question, plan)
    text = (f"“{typed or '这个范围'}”有{len(organs)}个机关的报告填写了{label}，"
            f"各不相同：{said}。" + (f"另有{blank}份报告未填写该项。" if blank > 0 else "")
            + "请问是哪一个？（逐个列出请加“分别”，要总数请加“合计”）")
    plan = replace(plan, rules=plan.rules_plus("which_organ"))
    options = [(f"按“{o}”", _retyped(question, typed, o)) for o in organs[:8]
               if not o.startswith(_UNNAMED)]
    return text, plan, options


def _typed(question: str, plan: QueryPlan) -> str | None:
    """The words of the question that named the organs (财政局, 滨江区), as typed."""
    for w in plan.organ_names:
        if w in question:
            return w
        head, _, tail = w.partition("…")   # 平潭…实验区: 平潭那个实验区 as typed (assistant/namepart.py)
        at = question.find(head) if tail else -1
        end = question.find(tail, at + len(head)) if at >= 0 else -1
        if end >= 0:
            return question[at:end + len(tail)]
    if plan.region:
        name = plan.region[1]
        for end in ("族自治旗", "族自治县", "族自治州", "自治县", "自治州", "自治区", "自治旗", "县", "区",
                    "市", "省", "旗", "盟", ""):
            bare = name[: len(name) - len(end)] if end and name.endswith(end) else name
            if len(bare) >= 2 and bare in question:
                return bare
    return None


def typed_name(question: str, plan: QueryPlan) -> str | None:
    """The words of ``question`` that named the organs or the place, as typed (鄂温克那个苏木:
    the place 鄂温克, the kind 苏木 read besides)."""
    if plan.region and "place_kind" in plan.rules:
        return _typed(question, replace(plan, organ_names=()))
    return _typed(question, plan)


def kind_named_too(plan: QueryPlan, typed: str | None, display: dict) -> QueryPlan | None:
    """鄂温克那个苏木: the organs of the kind (苏木) whose name holds the place word typed
    (陈巴尔虎旗鄂温克民族苏木, of another banner) are meant as much as those of the place
    (辉苏木 of 鄂温克族自治旗): their reports' plan, or None."""
    if not (typed and plan.region and "place_kind" in plan.rules):
        return None
    ids = tuple(i for i in plan.organ_ids if typed in display.get(i, ""))
    return replace(plan, region=None, organ_ids=ids) if ids else None


def _retyped(question: str, typed: str | None, organ: str) -> str:
    question = _ONE_REPORT.sub("", _ONE_MEANT.sub("", question))   # 滨江那个局收了几件: 滨江区民政局收了几件
    if typed and typed in question:
        return question.replace(typed, organ, 1)
    return organ + question
