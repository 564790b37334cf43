"""The answer in words for a list of rows (``say_rows``): the Chinese sentence for the reports
found, one organ's value, the largest, the top N, a year's change, contacts, facts and texts,
with the scope and the condition (``assistant.say``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .changepct import percent, said as pct_said
from .organdiff import say_organ_diff
from .queryplan import OP_TEXT, QueryPlan, no_contact_at_all, phrases_said
from .say import (CHANNEL_NAMES, CONTACT_NAMES, FACT_NAMES, _blank_note, _cond_text, _fmt, _kind_text,
                  _scope, _yr, contact_said)
from .selfcheckq import failed_checks_said
from .sqlbase import ROW_LIMIT
from .unwrap import one_line

if TYPE_CHECKING:
    from .result import Answer


SOURCE_NOTES = {"table": "（取自表格）", "prose": "（取自正文：表格中没有填写）"}


def _source_note(a: Answer) -> str:
    """Whether the one value came from the table or the prose (a figure that may be either)."""
    return SOURCE_NOTES.get(a.sources[0], "") if a.sources else ""


def _one_value(plan: QueryPlan, n: int) -> bool:
    """One row answering a question for one number (花沟镇2020年收到多少件申请？)."""
    # a kind in a place narrowed to one report (滨江区2021年民政局的申请量): its number, as for
    # one organ; a condition over several organs stays a list
    one_organ = len(set(plan.organ_ids)) == 1 or bool(plan.region) and not plan.region_not
    return (n == 1 and not plan.listing and not plan.agg and not plan.top and not plan.yoy
            and (not plan.organ_ids or one_organ or plan.op is None)
            and (plan.op is None or one_organ))


def _two_years(plan: QueryPlan, rows) -> dict | None:
    """year -> value stated, of one organ's two years asked against each other (a blank is no
    0: no value); None when no two years are asked of one organ."""
    if not plan.year_diff or len({r[0] for r in rows}) != 1:
        return None
    return {r[2]: r[3] for r in rows if r[3] is not None}


def _one_organ_same_value(plan: QueryPlan, rows) -> bool:
    """One organ's reports of several years stating one value, asked as one number."""
    return (len(rows) > 1 and len(set(plan.organ_ids)) == 1 and not plan.listing and not plan.agg
            and not plan.top and not plan.yoy and plan.op is None and rows[0][3] is not None
            and len({r[3] for r in rows}) == 1 and len({r[2] for r in rows}) == len(rows))


def say_rows(a: Answer, plan: QueryPlan, metric) -> None:
    scope = _scope(plan)
    n = len(a.rows)
    st = a.stats or {}
    names = "、".join(f"{r[0]}（{_yr(r[2])}{'，' + _fmt(r[3], metric) if plan.kind == 'figure' else ''}）"
                      for r in a.rows[:10]) + ("等" if n > 10 else "")
    if plan.kind == "figure":
        what = metric.label + _cond_text(plan, metric)
        if not n and plan.yoy:
            a.text = (f"没有找到符合条件的报告（{scope}{metric.label}与上年相比）：范围内"
                      f"{st.get('reports', 0)}份报告中，有上年同一机关报告可比的{st.get('stated', 0)}份。")
            return
        if not n:
            a.text = f"没有找到符合条件的报告（{scope}{what}）。" + _blank_note(a)
            return
        if plan.organ_diff:   # A和B谁收到的申请多，多多少 (assistant/organdiff.py)
            a.text, a.value = say_organ_diff(plan, a.rows, metric, _fmt, _yr)
            return
        if plan.agg in ("max", "min"):
            word = ("最高" if plan.agg == "max" else "最低") if metric.is_ratio else \
                ("最多" if plan.agg == "max" else "最少")
            a.value = a.rows[0][3]
            a.text = (f"{scope}{metric.label}{word}的是{names}。"
                      f"（比较了填写该项的{st.get('stated', n)}份报告）" + _blank_note(a))
            return
        if plan.top:
            if plan.top == 1:   # 最多的一个单位收到了多少件
                a.value = a.rows[0][3]
            ties = f"（与第{plan.top}名并列的一并列出，共{n}个）" if n > plan.top else ""
            a.text = (f"{scope}{metric.label}{'最高' if plan.order != 'asc' else '最低'}的前{plan.top}个"
                      f"{ties}：{names}。" + _blank_note(a))
            return
        if plan.yoy == "change" and n == 1 and plan.organ_ids and None not in a.rows[0][3:5]:
            # 安庆市财政局2020年…比上一年少了几件: one organ's two years, the difference said
            r = a.rows[0]
            if plan.change_pct:   # 增长还是下降，百分之几: the change over the year before
                a.value = percent(r[3], r[4], plan.year_less)
                a.text = pct_said(r[0], _yr(r[2]), _fmt(r[3], metric), "上年", _fmt(r[4], metric),
                                  metric.label, a.value, r[3], r[4], plan.year_less)
                return
            a.value = abs(r[3] - r[4])
            a.text = (f"{r[0]}{_yr(r[2])}{metric.label}为{_fmt(r[3], metric)}，上年为{_fmt(r[4], metric)}，"
                      f"比上年{'多' if r[3] >= r[4] else '少'}{_fmt(a.value, metric)}。")
            return
        if plan.yoy:
            word = {"up": "比上年增加", "down": "比上年减少", "change": "与上年不同"}[plan.yoy]
            a.text = (f"{scope}{metric.label}{word}的共{st.get('matched', n)}份报告：" + "、".join(
                f"{r[0]}（{_yr(r[2])}{_fmt(r[3], metric)}，上年{_fmt(r[4], metric)}）"
                for r in a.rows[:10]) + ("等" if n > 10 else "") + "。")
            return
        stated = _two_years(plan, a.rows)
        missing = [y for y in plan.year_diff if y not in stated] if stated is not None else []
        if missing:
            # one of the two years has no report or leaves the figure blank: no difference
            a.text = (f"无法计算差值：{a.rows[0][0]}{'、'.join(f'{y}年' for y in missing)}没有报告或未填写"
                      f"{metric.label}。" + "".join(f"{y}年为{_fmt(v, metric)}。" for y, v in sorted(stated.items())))
            return
        if stated is not None:   # 乌恰县政府办2025年比2022年多主动公开了多少条
            y1, y2 = plan.year_diff
            v1, v2 = stated[y1], stated[y2]
            if plan.change_pct:   # 比19年下降了百分之几: in percent of the earlier year's value
                a.value = percent(v1, v2, plan.year_less)
                a.text = pct_said(a.rows[0][0], f"{y1}年", _fmt(v1, metric), f"{y2}年", _fmt(v2, metric),
                                  metric.label, a.value, v1, v2, plan.year_less)
                return
            # 差多少: the size of the gap; 少了几件: how much less (negative when it is more, and
            # the sentence says 多)
            a.value = abs(v1 - v2) if plan.year_gap else v2 - v1 if plan.year_less else v1 - v2
            word = "多" if v1 >= v2 else "少"
            asked_other = (plan.year_less and v1 > v2) or (
                not plan.year_less and not plan.year_gap and v1 < v2)   # 少了几件 when it is more
            a.text = (f"{a.rows[0][0]}{y1}年{metric.label}比{y2}年{word}{_fmt(abs(v1 - v2), metric)}"
                      f"（{y1}年{_fmt(v1, metric)}，{y2}年{_fmt(v2, metric)}）。"
                      + (f"问的是{'少' if plan.year_less else '多'}多少，实际是{word}，差值记为"
                         f"{_fmt(a.value, metric)}。" if asked_other else ""))
            return
        if _one_value(plan, n):
            a.value = a.rows[0][3]
            a.text = (f"{a.rows[0][0]}{_yr(a.rows[0][2])}{metric.label}为{_fmt(a.rows[0][3], metric)}"
                      f"{_source_note(a)}。" + _blank_note(a))
            return
        if _one_organ_same_value(plan, a.rows):   # 花沟镇零申请吗: every year 0, one number
            a.value = a.rows[0][3]
            a.text = (f"{a.rows[0][0]}{metric.label}各年均为{_fmt(a.value, metric)}（"
                      + "、".join(f"{_yr(r[2])}" for r in a.rows) + "的报告）。" + _blank_note(a))
            return
        shown = f"（显示前{n}份）" if st.get("matched", n) > n else ""
        a.text = f"{scope}{what}的共{st.get('matched', n)}份报告{shown}：{names}。" + _blank_note(a)
        return
    if plan.kind == "contact" and plan.listing and plan.agg == "count":
        # 有几个单位没有写联系电话: the organs (an unnamed report is one of its own)
        # (没留电话的有多少份: the reports, each organ's every report counted)
        organs = list(dict.fromkeys(r[0] for r in a.rows))
        field_ = contact_said(plan)
        said = "没有写" if plan.negate else "写了"
        if plan.count_unit == "report":
            a.value = n
            a.text = (f"{scope}{said}{field_}的报告共{n}份（{len(organs)}个机关）" + (
                "：" + "、".join(f"{r[0]}（{_yr(r[2])}）" for r in a.rows[:10]) + ("等" if n > 10 else "")
                if n else "") + "。")
            return
        a.value = len(organs)
        a.text = (f"{scope}{said}{field_}的机关共{a.value}个"
                  f"（{n}份报告）" + ("：" + "、".join(organs[:10]) + ("等" if len(organs) > 10 else "")
                                     if organs else "") + "。")
        return
    if not n:
        a.text = "没有找到符合条件的报告。"
        if plan.kind == "contact":
            a.text = f"没有找到{scope}的报告。"
        return
    if plan.kind == "contact" and no_contact_at_all(plan):   # 哪些没写联系方式: the reports, named
        names = "、".join(f"{r[0]}（{_yr(r[2])}）" for r in a.rows[:10]) + ("等" if n > 10 else "")
        a.text = f"{scope}没有写任何联系方式（电话、地址、邮编、传真、邮箱、网址都没有）的报告共{n}份：{names}。"
        return
    if plan.kind == "contact" and len(plan.contact_fields) > 1:
        per = []
        for r in a.rows[:10]:
            vals = "；".join(f"{CONTACT_NAMES[f]}{r[3 + i] or '未写'}"
                            for i, f in enumerate(plan.contact_fields))
            per.append(f"{r[0]}（{_yr(r[2])}）：{vals}")
        a.text = (f"共{n}份报告：" if n > 1 else "") + "。".join(per) + ("等" if n > 10 else "") + "。"
        return
    if plan.kind == "contact":
        field_ = CONTACT_NAMES[plan.contact_field]
        first = a.rows[0]
        if first[3]:
            a.text = f"{first[0]}的{field_}是{first[3]}（{_yr(first[2])}报告）。"
        else:
            a.text = f"{first[0]}的{_yr(first[2])}报告没有写{field_}。"
        others = {r[3] for r in a.rows[1:] if r[3] and r[3] != first[3]}
        if others:
            a.text += "其他年份的报告写的是：" + "、".join(sorted(others)) + "。"
        if len({r[0] for r in a.rows}) > 1:
            a.text = f"共{n}份报告：" + "；".join(f"{r[0]}（{_yr(r[2])}）：{r[3] or '未写'}"
                                                  for r in a.rows[:10]) + "。"
        return
    if plan.kind == "fact" and plan.fact_kind == "channel" and not plan.channel and not plan.negate:
        per: dict = {}   # 江苏省民政厅用了哪些公开渠道: each report's channels
        for r in a.rows:
            names_ = per.setdefault(f"{r[0]}（{_yr(r[2])}）", [])
            name = CHANNEL_NAMES.get(r[3], r[3])
            if name not in names_:
                names_.append(name)
        a.text = "公开渠道：" + "；".join(f"{k}：{'、'.join(v)}" for k, v in list(per.items())[:10]) + \
            ("等" if len(per) > 10 else "") + "。"
        return
    if plan.negate and (plan.kind == "fact" and (plan.fact_kind != "channel" or not plan.channel)
                        or plan.kind == "text" and not plan.phrase):
        # 没有写分管领导的报告 / 没有写改进措施的报告 / 一个公开渠道都没写的: the reports without it
        a.text = f"{scope}{_kind_text(plan)}报告共{st.get('matched', n)}份：{_report_names(a.rows)}。"
        return
    if plan.kind == "fact" and "kind" in a.columns:   # 谁负责 哪个科室: each fact named
        k, v = a.columns.index("kind"), a.columns.index("value")
        a.text = "；".join(f"{r[0]}（{_yr(r[2])}）{FACT_NAMES.get(r[k], r[k])}：{one_line(r[v])}"
                          for r in a.rows[:10]) + "。"
        return
    if plan.kind == "fact" and plan.fact_kind != "channel":
        label = FACT_NAMES.get(plan.fact_kind, plan.fact_kind)
        a.text = f"{label}：" + "；".join(f"{r[0]}（{_yr(r[2])}）：{one_line(r[3])}" for r in a.rows[:10]) + "。"
        return
    if plan.kind == "text" and plan.items_op and not plan.phrase:
        # 问题不少于三条的街道报告: the reports, each with how many items it lists
        label = "、".join(FACT_NAMES.get(k, k) for k in plan.text_kinds)
        cond = f"{label}{OP_TEXT[plan.items_op]}{_fmt(plan.items_n)}条的"
        a.text = f"{scope}{cond}报告共{st.get('matched', n)}份：" + "、".join(
            f"{r[0]}（{_yr(r[2])}，{_fmt(r[3])}条）" for r in a.rows[:10]) + ("等" if n > 10 else "") + "。"
        return
    if plan.kind == "text":
        orgs = list(dict.fromkeys(f"{r[0]}（{_yr(r[2])}）" for r in a.rows))
        if plan.agg == "count":   # 有多少份报告提到“政务新媒体”: the reports found
            a.value = len(a.reports)
        items = [FACT_NAMES[k] for k in plan.text_kinds if k in ("problem", "remedy")]
        # 存在哪些问题: the problems only, said so (never headed 问题和措施)
        what = ("相关内容" if plan.keywords else "提到" + phrases_said(plan)) if plan.phrase else (
            "的" + "和".join(items) if items else "的问题和措施")
        many = "至少" if len(a.rows) >= ROW_LIMIT else ""   # the rows stop at the limit
        a.text = f"{many}共{len(a.rows)}处{what}，来自{many}{len(orgs)}份报告：" + "、".join(orgs[:10]) + \
            ("等" if len(orgs) > 10 else "") + "。"
        if not plan.phrase and len(orgs) <= 3:   # 汕头市医疗保障局存在的问题: the texts themselves
            a.text += "".join(f"\n{i}. {r[0]}（{_yr(r[2])}）{FACT_NAMES.get(r[3], r[3])}：{one_line(r[4])}"
                              for i, r in enumerate(a.rows, 1))
        return
    if plan.kind == "reports" and plan.facets_asked:   # 缺了哪几项要素 (assistant/facets.py)
        a.text = "；".join(f"{r[0]}（{_yr(r[2])}）" + (f"缺{r[3]}" if r[3] else "所问要素都写了")
                          for r in a.rows[:10]) + ("等" if n > 10 else "") + "。"
        return
    if plan.kind == "reports" and plan.template_asked:   # 用的是哪版模板
        a.text = "；".join(f"{r[0]}（{_yr(r[2])}）：" + (f"{r[3]}版模板" if r[3] else "模板不明（表格未显示）")
                          for r in a.rows[:10]) + ("等" if n > 10 else "") + "。"
        return
    if plan.kind == "reports" and plan.year_asked and n == 1 and a.rows[0][2]:   # 是哪一年的
        a.value = a.rows[0][2]
        a.text = f"{a.rows[0][0]}的报告是{_yr(a.rows[0][2])}的。"
        return
    label = {"check": "校验通过的报告" if plan.check_ok else "校验未通过的报告", "coverage": _kind_text(plan) + "报告", "fact": "报告",
             "reports": "报告"}[plan.kind]
    names = failed_checks_said(a.rows) if plan.kind == "check" and not plan.check_ok else _report_names(a.rows)
    a.text = f"{scope}符合条件的{label}共{st.get('matched', n)}份：{names}。"
    if plan.kind == "reports" and plan.yes_no and n:   # 有没有杭州的: yes, and the reports
        a.text = "有。" + a.text


def _report_names(rows) -> str:
    """The first ten rows as 机关（年份）, 等 when there are more."""
    return "、".join(f"{r[0]}（{_yr(r[2])}）" for r in rows[:10]) + ("等" if len(rows) > 10 else "")
