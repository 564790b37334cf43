"""它 / 它的 right after an answer that named one organ (公安局里谁收的申请最多 → 它的行政复议几件):
the question is asked of that organ's report(s), the ranking before not repeated.

``one_answered(plan, previous, question)``: the plan of ``question`` (already merged with the
one before) narrowed to the organ ``previous`` answered, or None when the question points at
no single organ or the answer before named none (a list, a count: 它们 / 这些 keep theirs).

``listed_several(plan, previous, question)``: 它 (singular) right after an answer listing the
reports of several organs (乌鲁木齐的报告有哪些 → 它收到多少申请): when they state different
values (``differ_by_organ``), which one is meant is asked, never answered over all of them
(family ``refer_several``); one of them stating it, or all the same, is the answer as before.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexwords import alternation

_RANKED = ("max", "min")


@lru_cache(maxsize=1)
def _singular() -> re.Pattern:
    return re.compile(alternation("question_words", "refer", "one"))


def _named_one(previous) -> bool:
    """The answer before named one organ: the largest / smallest, the first of a top 1, or a
    list of one report."""
    p = previous.plan
    if p is None or not previous.report_ids:
        return False
    return p.agg in _RANKED or p.top == 1 or len(set(previous.report_ids)) == 1


def one_answered(plan, previous, question: str):
    if previous is None or "refer" not in plan.given or not _named_one(previous):
        return None
    before = previous.plan
    if (plan.years, plan.excluded_years, plan.region, plan.levels, set(plan.organ_ids)) != (
            before.years, before.excluded_years, before.region, before.levels, set(before.organ_ids)):
        return None   # 它2021年的呢 / 它在杭州的…: a scope of its own, never that one report only
    said = re.sub(r"它们|他们", "", question)   # 它们 points at every row
    if not _singular().search(said):
        return None
    rid = previous.report_ids[0]
    out = replace(plan, report_ids=(rid,), top=None if previous.plan.top == 1 else plan.top,
                  listing=False)   # 它…多少: one value, never a list
    if out.agg == previous.plan.agg and previous.plan.agg in _RANKED and "最" not in question:
        out.agg, out.order = None, None   # 它的行政复议几件: its value, not the largest again
    out.rules = out.rules_plus("refer_one")
    return out


def one_pointed(plan, question: str) -> bool:
    """``question`` points at one organ with 它 (singular) at the reports of the answer before
    (乌恰县的报告有吗 → 它主动公开多少条: one organ's two years, which year is then asked)."""
    return "refer" in plan.given and bool(plan.report_ids) \
        and bool(_singular().search(re.sub(r"它们|他们", "", question)))


def listed_several(plan, previous, question: str) -> list[str]:
    """The organs of the answer before when ``question`` points at one of them with 它 and they
    are several (which one is then asked); else []."""
    if previous is None or "refer" not in plan.given or plan.organ_ids or plan.report_ids \
            or not previous.report_ids or _named_one(previous) or "organ" not in previous.columns:
        return []
    if not _singular().search(re.sub(r"它们|他们", "", question)):
        return []
    i = previous.columns.index("organ")
    organs = list(dict.fromkeys(r[i] for r in previous.rows if r[i]))
    return organs if len(organs) > 1 else []


def differ_by_organ(rows: list, columns: list) -> bool:
    """Rows of two organs or more stating different values (what 它 would pick between)."""
    if "organ" not in columns or "value" not in columns:
        return False
    i, v = columns.index("organ"), columns.index("value")
    stated = [(r[i], _same_form(r[v])) for r in rows if r[v] not in (None, "")]
    return len({o for o, _ in stated}) > 1 and len({x for _, x in stated}) > 1


def _same_form(value):
    """A value as compared: a website with or without http:// and its last / is one site."""
    if isinstance(value, str):
        return re.sub(r"^https?://|/+$", "", value.strip().lower())
    return value


def blank_of_answered(conn, plan, a) -> None:
    """它主动公开了多少条 when the one report answered before leaves the figure blank: said of
    that report by name (深圳市公安局南山分局（2021年）的报告没有填写…), never 没有找到符合条件的报告."""
    if "refer_one" not in plan.rules or plan.kind != "figure" or a.rows or len(plan.report_ids) != 1 \
            or (a.stats or {}).get("reports") != 1 or (a.stats or {}).get("stated"):
        return
    row = conn.execute("SELECT organ_name, year FROM effective_reports WHERE report_id = ?",
                       (plan.report_ids[0],)).fetchone()
    if not row:
        return
    from . import vocab
    label = vocab.metric(plan.metric).label if plan.metric else "该项"
    a.text = f"{row[0] or '上一个回答的机关'}（{row[1] or '年份未写'}年）的报告没有填写{label}（表格和正文中都没有找到）。"


# 第二个的复议有几件 / 排第三的那家电话多少 / 其中第2名的主动公开: the n-th row of the list before
_NTH = re.compile(r"^(?:那|那么)?(?:其中|里面|这里面)?(?:排在?|排名)?第(?P<n>[一二两三四五六七八九十]|\d{1,2})"
                  r"(?:个|家|名|位|份|条)?(?:单位|机关|报告)?(?:的|那家的?|那个的?|那份的?)?(?=.)")


def nth_answered(plan, previous, question: str):
    """第二个的复议有几件 right after a list in order (收到申请最多的前三家): the question asked of
    the n-th row's report (family nth_of_list); None when ``question`` names no place in the
    list before, or it holds fewer rows, or the question names organs of its own."""
    m = _NTH.match(question or "")
    if not m or previous is None or not previous.report_ids or previous.plan is None \
            or "rank_followup" in plan.rules:   # 第二名呢: the ranking's n-th (assistant/rankfollow.py)
        return None
    before = previous.plan
    if (plan.organ_ids and set(plan.organ_ids) != set(before.organ_ids)) \
            or (plan.region and plan.region != before.region):
        return None   # 第二个里面杭州的…: a scope of its own (the list before's kept by a follow-up)
    from .words import cn_number
    n = int(cn_number(m.group("n")) or 0)
    if not 1 <= n <= len(previous.report_ids) or len(set(previous.report_ids)) < 2:
        return None
    rid = previous.report_ids[n - 1]
    row = previous.rows[n - 1] if len(previous.rows) >= n else None
    who = row[0] if row and "organ" in previous.columns[:1] else None
    out = replace(plan, report_ids=(rid,), listing=False, top=None, order=None,
                  agg=None if plan.agg in _RANKED else plan.agg,
                  unread=tuple(w for w in plan.unread if "第" not in w),
                  doubts=tuple(w for w in plan.doubts if "第" not in w))
    out.notes = (*plan.notes, f"“第{m.group('n')}”指上一个回答的第{n}个" + (f"：{who}" if who else ""))
    out.rules = out.rules_plus("nth_of_list")
    return out
