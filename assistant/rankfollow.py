"""A place in the ranking before, asked as a follow-up (family rank_followup): after 收到申请最多的
是哪个单位 (or 最少 / 前五), 第二名呢 / 第三呢 / 第2位是谁 is the n-th of the same ranking, and
倒数第一呢 / 倒数第二 the n-th from its other end; the scope, figure and conditions of the question
before are kept. Reports tied at that place are all named and the tie said; the reading says
which place of which ranking was answered."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import vocab
from .lexwords import alternation
from .queryplan import QueryPlan
from .say import unnamed
from .words import cn_number, num_text

_WORDS = "question_rank_followup"   # lexicons/question_rank_followup.tsv: lead, place, who


@lru_cache(maxsize=1)
def _nth() -> re.Pattern:
    """第二名呢 / 那第三个是谁 / 倒数第二高是哪家: a lead, 倒数, the place, its words, 呢."""
    lead, place, who = (alternation(_WORDS, r) for r in ("lead", "place", "who"))
    return re.compile(
        rf"^(?:{lead})?(?P<back>倒数)?第(?P<n>[一二两三四五六七八九十]|\d{{1,2}})"
        rf"(?:{place})?(?:的|是)?(?:{who})?(?:的|是)?(?:呢|吗)?[？?。.!！]*$")


MAX_PLACE = 20


def rank_asked(q: str) -> tuple[int, bool] | None:
    """(n, from the other end) of a question saying only a place in a ranking, else None."""
    m = _nth().match(q or "")
    if not m:
        return None
    n = int(cn_number(m.group("n")))   # the one numeral reader: 第二, 第2
    return (n, bool(m.group("back"))) if 1 <= n <= MAX_PLACE else None


def ranked(prev: QueryPlan | None, q: str) -> QueryPlan | None:
    """The question before as a ranking down to place n (its top n, ties kept), for a follow-up
    naming a place in it; None when ``q`` names none or the question before ranked nothing."""
    hit = rank_asked(q)
    if hit is None or prev is None or prev.kind != "figure" or not prev.metric:
        return None
    if prev.agg in ("max", "min"):
        desc = prev.agg == "max"
    elif prev.top:
        desc = prev.order != "asc"
        if "rank_followup" in prev.rules and any("的倒数第" in n for n in prev.notes):
            desc = not desc   # 倒数第一 → 倒数第二: the ranking first asked, never its reverse
    else:
        return None
    n, back = hit
    if back:
        desc = not desc
    out = replace(prev, agg=None, top=n, order="desc" if desc else "asc", listing=True,
                  followup=True, unread=(), doubts=(), unread_conditions=(), residue="")
    word = ("倒数" if back else "") + f"第{n}名"
    out.notes = (f"“{q.rstrip('？?。.!！呢')}”按上一问的排名（{'从多到少' if desc else '从少到多'}）"
                 f"的{word}理解",)
    out.rules = prev.rules_plus("followup", "rank_followup")
    return out


def nth_only(a, n: int) -> None:
    """The answer of a top-n ranking cut to its n-th place: the reports of the n-th value (ties
    all named), its value, and a text saying the place."""
    cols = a.columns
    if not a.rows or "value" not in cols:
        return
    vi = cols.index("value")
    vals = [r[vi] for r in a.rows if r[vi] is not None]
    if len(vals) < n:
        a.text = f"填写该项的报告不足{n}份，没有第{n}名。"
        a.rows, a.report_ids, a.reports, a.value = [], [], [], None
        return
    v = vals[n - 1]
    keep = [i for i, r in enumerate(a.rows) if r[vi] == v]
    first = next(i for i, r in enumerate(a.rows) if r[vi] == v) + 1
    a.rows = [a.rows[i] for i in keep]
    if len(a.report_ids) >= max(keep) + 1:
        a.report_ids = [a.report_ids[i] for i in keep]
    if len(a.sources) >= max(keep) + 1:
        a.sources = [a.sources[i] for i in keep]
    a.reports = list(dict.fromkeys(r[-1] for r in a.rows))
    a.value = v
    oi = cols.index("organ") if "organ" in cols else 0
    yi = cols.index("year") if "year" in cols else 2
    metric = vocab.metric(a.plan.metric)
    unit = metric.unit or ""
    shown = a.rows[:10]
    names = "、".join(f"{r[oi] or unnamed(r[-1])}（{str(r[yi]) + '年' if r[yi] else '年份未写'}）"
                      for r in shown) + ("等" if len(a.rows) > len(shown) else "")
    word = "多" if a.plan.order != "asc" else "少"
    if len(a.rows) > 1 or first != n:
        a.text = (f"{metric.label}第{n}{word}的有{len(a.rows)}份报告并列第{first}名，均为"
                  f"{num_text(v)}{unit}：{names}。")
    else:
        a.text = f"{metric.label}第{n}{word}的是{names}，{num_text(v)}{unit}。"
