"""One organ's figure in two years, its change as a percent of the earlier year (family
change_percent): 20年的申请比19年下降了百分之几 / 2021年主动公开比2020年增长了多少% / (after
…2019年… → 2020年呢) 增长还是下降，百分之几 / 比上年的降幅是多少.

A percent word (百分之几, 百分比, 多少%, 幅度, 增幅, 降幅) said with two years compared
(``year_diff``) or with the year before (``yoy``, or 增长还是下降: which way, asked) is the change
over the earlier value, never a share of one figure in another (``QueryPlan.change_pct``). Its
sign follows the word asked: 下降了百分之几 is the fall, positive when it fell (``year_less``);
增长还是下降 asks both ways: the change itself, negative when it fell.
"""
from __future__ import annotations

import re
from dataclasses import replace

_PERCENT = re.compile(r"百分之(?:几|多少)|百分比|(?:多少|几)\s*[%％]|幅度|增幅|降幅|增长率|下降率|变化率")
_EITHER_WAY = re.compile(r"(?:增长|增加|上升|上涨|升高|多了?)(?:了)?还是(?:下降|减少|降低|下滑|少了?)|"
                         r"(?:下降|减少|降低|少了?)(?:了)?还是(?:增长|增加|上升|上涨|多了?)|"
                         r"(?:变化|变动)了?")


def read_change_percent(p, q: str, t, given: list, fired: list) -> bool:
    """Reads a percent change asked of two years (or of the year before) into ``p``; True when
    it did (the percent word then no share)."""
    pct = _PERCENT.search(q)
    either = _EITHER_WAY.search(q)
    if not pct or not (p.year_diff or p.yoy or either):
        return False
    p.change_pct = True
    if p.yoy in ("up", "down"):   # 比上年下降了百分之几: the fall asked, of the year before
        p.year_less, p.yoy = p.yoy == "down", "change"
    if "share" in given:
        given.remove("share")
    if either:   # 增长还是下降: the change itself, its sign said
        p.year_less = False
        if not p.year_diff:
            p.yoy = "change"
        t.take(either.start(), either.end())
    for m in _PERCENT.finditer(t.s):
        t.take(m.start(), m.end())
    fired.append("change_percent")
    return True


def percent_followup(prev, new, q: str):
    """增长还是下降，百分之几 / 比上年下降了百分之几 right after one organ's figure of one year
    (安庆市财政局2019年收到多少申请 → 2020年呢): that figure against the organ's year before, in
    percent; None when ``new`` asks no such thing alone or the question before was no one value."""
    if not new.change_pct or not new.yoy or new.organ_ids or new.region or new.years \
            or (new.metric and new.metric != prev.metric):
        return None
    if prev.kind != "figure" or not prev.metric or len(prev.years) != 1 \
            or len(set(prev.organ_ids)) != 1 or prev.agg or prev.top or prev.listing or prev.year_diff:
        return None
    out = replace(prev, yoy="change", change_pct=True, year_less=new.year_less, followup=True,
                  unread=(), doubts=(), residue="", op=None, threshold=None)
    out.given = tuple(dict.fromkeys(prev.given + ("yoy",)))
    out.notes = (f"按上一问的{prev.years[0]}年与上一年相比",)
    out.rules = prev.rules_plus("followup", "change_percent")
    return out


def percent(now: float, before: float, less: bool) -> float | None:
    """The change from ``before`` to ``now`` in percent of ``before`` (the fall when ``less``),
    to one decimal; None when ``before`` is 0 (no percent of nothing)."""
    if not before:
        return None
    return round(((before - now) if less else (now - before)) / before * 100, 1)


def said(organ: str, y1: str, v1: str, y2: str, v2: str, label: str, value: float | None,
         now: float, before: float, less: bool) -> str:
    """安庆市财政局2020年收到申请比2019年下降66.7%（2020年5件，2019年15件）."""
    if value is None:
        return f"无法计算变化的百分比：{organ}{y2}{label}为{v2}（基数为0），{y1}为{v1}。"
    way = "增长" if now > before else "下降" if now < before else "持平"
    size = abs(value)
    out = f"{organ}{y1}{label}比{y2}{way}{size:g}%（{y1}{v1}，{y2}{v2}）。"
    if less and now > before:
        out += f"问的是下降了多少，实际是增长，记为{value:g}%。"
    return out
