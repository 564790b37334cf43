"""The answer in words: the Chinese sentence for a list of rows, an aggregate or groups,
with the scope, the condition and how many reports left the figure blank."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import vocab
from .selfcheckq import failed_checks_said
from .queryplan import GROUP_NAMES, LEVEL_NAMES, OP_TEXT, QueryPlan, phrases_said, no_contact_at_all, years_text
from .sqlbase import ROW_LIMIT
from .words import num_text

if TYPE_CHECKING:
    from .result import Answer

CONTACT_NAMES = {"phones": "联系电话", "address": "地址", "postcode": "邮编", "fax": "传真",
                 "email": "电子邮箱", "website": "网址"}


def contact_said(plan: QueryPlan) -> str:
    """The contact fields a question asked, in words (任何联系方式 for all of them said missing)."""
    if no_contact_at_all(plan):
        return "任何联系方式"
    return "、".join(CONTACT_NAMES[f] for f in plan.contact_fields or (plan.contact_field,))


CHANNEL_NAMES = {"portal": "政府网站", "wechat": "微信公众号", "weibo": "政务微博",
                 "app": "客户端", "video": "短视频", "bulletin_board": "公开栏",
                 "service_hall": "政务服务中心", "reading_room": "查阅点", "hotline": "热线电话",
                 "press": "新闻发布会、报刊广电", "other": "其他渠道"}
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
        organs = list(dict.fromkeys(r[0] for r in a.rows))
        a.value = len(organs)
        field_ = contact_said(plan)
        a.text = (f"{scope}{'没有写' if plan.negate else '写了'}{field_}的机关共{a.value}个"
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
    if plan.kind == "fact" and plan.fact_kind == "channel" and not plan.channel:
        per: dict = {}   # 江苏省民政厅用了哪些公开渠道: each report's channels
        for r in a.rows:
            names_ = per.setdefault(f"{r[0]}（{_yr(r[2])}）", [])
            name = CHANNEL_NAMES.get(r[3], r[3])
            if name not in names_:
                names_.append(name)
        a.text = "公开渠道：" + "；".join(f"{k}：{'、'.join(v)}" for k, v in list(per.items())[:10]) + \
            ("等" if len(per) > 10 else "") + "。"
        return
    if plan.negate and (plan.kind == "fact" and plan.fact_kind != "channel"
                        or plan.kind == "text" and not plan.phrase):
        # 没有写分管领导的报告 / 没有写改进措施的报告: the reports without it
        a.text = f"{scope}{_kind_text(plan)}报告共{st.get('matched', n)}份：{_report_names(a.rows)}。"
        return
    if plan.kind == "fact" and "kind" in a.columns:   # 谁负责 哪个科室: each fact named
        k, v = a.columns.index("kind"), a.columns.index("value")
        a.text = "；".join(f"{r[0]}（{_yr(r[2])}）{FACT_NAMES.get(r[k], r[k])}：{r[v]}"
                          for r in a.rows[:10]) + "。"
        return
    if plan.kind == "fact" and plan.fact_kind != "channel":
        label = FACT_NAMES.get(plan.fact_kind, plan.fact_kind)
        a.text = f"{label}：" + "；".join(f"{r[0]}（{_yr(r[2])}）：{r[3]}" for r in a.rows[:10]) + "。"
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
            a.text += "".join(f"\n{i}. {r[0]}（{_yr(r[2])}）{FACT_NAMES.get(r[3], r[3])}：{r[4]}"
                              for i, r in enumerate(a.rows, 1))
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
        return ("不" if plan.negate else "") + "通过" + channel_name(plan.channel) + "公开的"
    if plan.kind == "fact" and plan.fact_kind not in (None, "channel"):
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
