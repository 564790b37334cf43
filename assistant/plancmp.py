"""The comparisons a question makes of a figure (assistant/plan.py's reading of the cmp words of
lexicons/question_words.tsv): 超过1000条 / 10件以上 (a bound and its number), 为零 / 零申请 (equal to 0,
but never the 没有 of a reason, 因为无法提供而没有公开的, nor of the pending, 还没办完的: some), 不为零
(more than 0), 有 / 收到 in a list (any: weak, applied when nothing else compares), 超过平均值 (the
mean of the reports compared), 有几件 / 是多少 (the value asked, no filter)."""
from __future__ import annotations

import re

from .words import NUM, UNIT, cn_number, scale

_PENDING = re.compile(r"(?:还|尚|仍)?(?:没有?|未)(?:办完|办结|处理完|答复完|完成办理)|还在办理")
# 其中收到过申请的 / 里面有受理的: the list before narrowed, a list asked (收到 / 受理: some)
_NARROWED = re.compile(r"^(?:那|那么)?(?:其中|里面|里边|里头|这里面|这些里面?|那些里面?|当中)")
_BECAUSE = re.compile(r"(?:因为|由于|因)[\u4e00-\u9fff]{1,12}?而(?:没有|未|不予?|没)[\u4e00-\u9fff]{0,4}")
_INCLUSIVE = r"(?:[（(]含[)）])"   # 2件（含）以上: the bound itself included, as 以上 says anyway
_MEAN = re.compile(r"了?(?:全部|所有|总体|整体)?(?:的)?(?:平均值|平均水平|平均数|均值|平均)")


def read_comparisons(p, q: str, t, cmp_words, set_, given: list, one_organ: bool, which: bool,
                     read: list | None = None):
    """Read the comparison words ``cmp_words`` ((start, end, value) in ``q``) into the plan ``p``
    through ``set_``, the numbers read taken from ``t``: (the weak condition to apply when nothing
    else compares, or None; whether the value itself is asked). ``read``, when given, gets each
    condition set ((start, end, op, threshold) in ``q``): several are joined by
    assistant/joinconds.py."""
    weak, asked = None, False
    read = [] if read is None else read
    for s, e, value in cmp_words:
        if value == "ask" or (value == "yesno" and one_organ):
            asked = True   # 有几件 / 是多少: the value itself is asked for, not a filter
        elif value == "yesno":
            continue   # 有没有2019年的…: are there any (a list, above), never "= 2019"
        elif value in ("eq0",):
            if one_organ and (any(v == "yesno" for _, _, v in cmp_words)
                                or q.rstrip("？?。.!！").endswith("吗")):
                continue   # 上海市政府办公厅是不是没有行政诉讼 / 清江浦区是零申请吗: its value answers it
            if any(m.start() < s < m.end() for m in _BECAUSE.finditer(q)):
                continue   # 因为无法提供而没有公开的: the reason counted, its 没有 no zero
            if any(m.start() <= s < m.end() for m in _PENDING.finditer(q)):
                weak = ("gt", 0.0)   # 结转到下一年还没办完的: the pending ones, some
                continue
            set_("op", "eq"), set_("threshold", 0.0)
            read.append((s, e, "eq", 0.0))
        elif value == "gt0":
            set_("op", "gt"), set_("threshold", 0.0)
            read.append((s, e, "gt", 0.0))
        elif value == "gt0_weak" or (value == "gt0_list" and (which or p.agg == "count"
                                                              or q.rstrip("？?。").endswith("呢")
                                                              or _NARROWED.match(q))):
            weak = ("gt", 0.0)   # 收到过申请的呢: the list before asked again, of those with some
        elif value.endswith("_suffix"):
            n = re.search(NUM + UNIT + r"\s*" + _INCLUSIVE + r"?$", q[:s])   # 2件（含）以上
            if n and cn_number(n.group(1)) is not None:
                set_("op", value.split("_")[0])
                set_("threshold", scale(cn_number(n.group(1)), n.group(2)))
                t.take(n.start(), n.end())   # 10件以上: the number is read (never "unread")
                read.append((n.start(), e, p.op, p.threshold))
        else:
            n = re.match(r"\s*了?" + NUM + UNIT, q[e:])
            if n and cn_number(n.group(1)) is not None:
                set_("op", value)
                set_("threshold", scale(cn_number(n.group(1)), n.group(2)))
                t.take(e, e + n.end())   # 超过1000条: the number is read
                read.append((s, e + n.end(), value, p.threshold))
            elif _MEAN.match(q, e):   # 超过平均值: the mean of the reports compared
                set_("op", value), set_("threshold", None), set_("vs_mean", True)
                if p.agg == "avg":
                    p.agg = None
                    given.remove("agg")
    return weak, asked
