"""Two named organs' figure, their difference (family organ_difference): A和B谁收到的申请多，多多少 /
A比B多收到多少件申请 / A比B少了几件 / A和B的主动公开差多少.

Two organs named with a figure and a difference word (多多少, 少几件, 差多少, 相差) ask how far
apart their values are (``QueryPlan.organ_diff``): ``gap`` (谁多…多多少, 差多少) its size, ``more``
(A比B多多少) A's value less B's, ``less`` (A比B少多少) B's less A's — negative when it is the other
way, and said so. Each organ must state the figure in one report (else which year is asked).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

_DIFF = re.compile(r"(?P<dir>多|少)了?(?:收到|公开|发布)?了?(?:多少|几)|(?:相差|差了?|差距(?:是|有)?)(?:多少|几|多大)")


def read_organ_diff(p, q: str, t, given: list, fired: list) -> bool:
    """Reads a difference asked of two named organs' figure into ``p``; True when it did."""
    if len(p.organ_names) != 2 or not p.metric or p.year_diff or p.yoy or p.top:
        return False
    m = _DIFF.search(q)
    if not m:
        return False
    a, b = (q.find(n) for n in p.organ_names)
    compared = "比" in q[min(a, b):m.start()] if a >= 0 and b >= 0 else False
    if compared and not _WHO.search(q):
        p.organ_diff = "less" if m.group("dir") == "少" else "more"
        if a > b:   # the organ said first is A
            p.organ_names = p.organ_names[::-1]
    else:
        p.organ_diff = "gap"
    p.agg = None   # 谁多: the larger is said with the difference
    if "agg" in given:
        given.remove("agg")
    t.take(m.start(), m.end())
    fired.append("organ_difference")
    return True


_WHO = re.compile(r"谁|哪个|哪家")


def _closest(name: str, said: tuple[str, ...]) -> int:
    return max(range(len(said)), key=lambda i: SequenceMatcher(None, name, said[i]).ratio())


def say_organ_diff(plan, rows, metric, fmt, yr) -> tuple[str, float | None]:
    """(the sentence, the value) of the difference; rows (organ, level, year, value, …)."""
    by: dict[int, list] = {0: [], 1: []}
    for r in rows:
        if r[3] is not None:
            by[_closest(r[0], plan.organ_names)].append(r)
    if any(len(v) != 1 for v in by.values()):
        said = "、".join(f"{r[0]}（{yr(r[2])}，{fmt(r[3], metric)}）" for r in rows[:10])
        why = "；".join(f"{plan.organ_names[i]}" + ("没有填写该项的报告" if not v else f"有{len(v)}份报告")
                       for i, v in by.items() if len(v) != 1)
        return (f"无法计算差值：{why}，请写明年份。" + (f"找到：{said}。" if said else ""), None)
    ra, rb = by[0][0], by[1][0]
    va, vb = ra[3], rb[3]
    value = abs(va - vb) if plan.organ_diff == "gap" else va - vb if plan.organ_diff == "more" else vb - va
    top, low = (ra, rb) if va >= vb else (rb, ra)
    text = (f"{ra[0]}（{yr(ra[2])}）{metric.label}为{fmt(va, metric)}，{rb[0]}（{yr(rb[2])}）为"
            f"{fmt(vb, metric)}；{top[0]}比{low[0]}多{fmt(abs(va - vb), metric)}。")
    if value < 0:
        text += f"问的是{'多' if plan.organ_diff == 'more' else '少'}多少，实际相反，差值记为{fmt(value, metric)}。"
    return text, value
