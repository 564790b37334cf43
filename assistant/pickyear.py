"""One report of a list picked by its year (family pick_year): 深圳福田区的报告有哪些 → 里面最新那一年的
那份主动公开多少条 (the latest year's report of the list), 最早那份收到几件申请, 财政局最近一年的报告
收到多少申请. The words are lexicons/question_pick_year.tsv: a pick word (最新, 最早 …) with a year or
a report after it (那一年的那份, 那份, 的报告); the question is then asked of the reports of its scope
(the list before, kept by point_into, or its own) of the last (first) year they hold, the year
said in the first line. The scope holding no report of any year: the question as it is. A pick
after a pick (最早那份呢 after 最新那份…) picks among the years before the first
(``picked_from``, restored by ``followmerge.merge``).

``read_pick_year(t, set_)`` takes the words (step of ``assistant.plan.parse``);
``picked_year(conn, plan, build)`` is ``plan`` narrowed to that year."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexwords import alternation, values

_LEX = "question_pick_year"


@lru_cache(maxsize=1)
def _said() -> re.Pattern:
    noun = alternation(_LEX, "noun")
    return re.compile(f"(?P<w>{alternation(_LEX, 'pick')})的?(?:(?:{noun})的?){{1,3}}")


def read_pick_year(t, set_) -> bool:
    """最新那一年的那份 in ``t`` (an ``words.Text``): the plan's ``pick_year`` set, the words taken."""
    m = _said().search(t.s)
    if not m:
        return False
    set_("pick_year", values(_LEX, "pick", ("latest", "earliest"))[m.group("w")], "pick_year")
    set_("listing", False, "pick_year")   # one report's value, never a list
    t.take(m.start(), m.end())
    return True


def picked_year(conn, plan, build):
    """``plan`` of the last (first) year of its scope's reports, said in its notes; None when
    the scope holds no report of a stated year."""
    scope = replace(plan, kind="reports", metric=None, other_metrics=(), op=None, threshold=None,
                    threshold2=None, agg=None, top=None, order=None, group_by=None, listing=True,
                    year_diff=None, yoy=None, pick_year=None, metric_conds=())
    q = build(scope)
    cur = conn.execute(q.sql, q.params)
    cols = [d[0] for d in cur.description]
    if "year" not in cols:
        return None
    i = cols.index("year")
    years = {r[i] for r in cur.fetchall() if r[i] is not None}
    if not years:
        return None
    year = max(years) if plan.pick_year == "latest" else min(years)
    word = "最新" if plan.pick_year == "latest" else "最早"
    out = replace(plan, years=(year,), pick_year=None, picked_from=plan.years, listing=False)
    out.notes = (*plan.notes, f"{word}的一年按所问范围内的{len(years)}个年份理解：{year}年")
    return out
