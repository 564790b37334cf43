"""A year asked of a question's reports (steps of ``assistant.plan.parse``):

* ``read_year_asked`` (rule ``report_year_asked``): 田黄镇那份报告是哪一年的 / 代县卫健局的年报是
  哪年的, at the end and no year said: the report's year is the answer (one report: its year the
  value; several: each listed with its year). 哪些报告看不出是哪一年的 asks reports without a
  year, never this.
* ``read_which_year_more`` (rule ``which_year_more``): two years named and 哪年 / 哪一年 … 多 / 少
  at the end (2022年跟2025年比哪年主动公开的多): the larger (smaller) of the two years' reports,
  named, as A和B哪个多 names the larger of two organs.
"""
from __future__ import annotations

import re

_YEAR_ASKED = re.compile(r"(?:是|属于)?(?:哪一年|哪年|哪个年度|哪一年度|什么年份|什么年度|几几年)(?:度)?的?"
                         r"(?:报告|年报)?[呀啊吗呢吧]?[？?。！!]*$")
_YEAR_UNSEEN = re.compile(r"(?:看不出|不知道|不清楚|没写|未写|没有写|没标|未标|不明|无法|看不出来)[^，,。？?]{0,3}$")
_WHICH_YEAR_MORE = re.compile(r"(比)?哪一?年[^，,。？?]*?(多|高|大|少|低|小)(?:一些|一点|些)?"
                              r"[呀啊吗呢吧]?[？?。！!]*$")


def read_year_asked(p, q: str, t, set_) -> None:
    asked = _YEAR_ASKED.search(t.s) if not (p.years or p.group_by or p.agg or p.top) else None
    if asked and not _YEAR_UNSEEN.search(q[:asked.start()]):
        set_("year_asked", True, "report_year_asked")
        t.take(asked.start(), asked.end())


def read_which_year_more(p, q: str, t, set_) -> None:
    m = _WHICH_YEAR_MORE.search(q) if len(p.years) == 2 and not p.agg and not p.top else None
    if m:
        set_("agg", "min" if m.group(2) in "少低小" else "max", "which_year_more")
        head = re.match(r"比?哪一?年", q[m.start():])
        t.take(m.start(), m.start() + head.end())   # 比哪年 / 哪一年
        t.take(m.start(2), m.end())                 # 多一些
