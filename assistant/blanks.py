"""Blanks said to be left out (没写的不算, 不填的不算, 未填写的除外, 空着的不计, 只算填了的): the
default restated, since a report that leaves a figure blank is never in a mean, a total, a
ranking or a condition on it. Read as a note, never as the condition 未填写.
"""
from __future__ import annotations

import re

_BLANK = (r"(?:没有?|未|不)(?:填写|填报|填|写明|写|报)|空着|空白|留空|空缺|缺失|缺项|(?:没有?|无)数据?|"
          r"(?:没有?|未)(?:给出|提供)(?:数字|数据)?")
_LEFT_OUT = (r"不算在内|不算|不计入?|不计算|除外|不统计|不包括在内|不包括|排除在外|不考虑|不管|去掉|"
             r"剔除|别算|不要")
_SAID = (re.compile(rf"(?:那些|其中)?(?:{_BLANK})了?的(?:报告|单位|数据|那些)?(?:就|都|一律)?(?:{_LEFT_OUT})"),
         re.compile(rf"(?:不算|不计|除去|去掉|剔除|排除|不含|不包括|不考虑|别算)(?:那些)?(?:{_BLANK})了?的"
                    r"(?:报告|单位|数据)?"),
         re.compile(r"只(?:算|看|统计|计)(?:填了|填写了|写了|有数据|有数字|有数|填报了)的(?:报告|单位|数据)?"))
# a field word right before it: 年份没写的不算 leaves out reports of no year, a filter of its own
_FIELD_BEFORE = re.compile(r"(?:年份|年度|层级|级别|机关|单位名称|名称|地区|电话|邮箱|地址|表[二三四234])$")


def blanks_left_out(t) -> str | None:
    """The words of ``t`` (a ``words.Text``) saying blanks are left out, taken; the note said
    in the reading, or None."""
    for rx in _SAID:
        for m in rx.finditer(t.s):
            if _FIELD_BEFORE.search(t.s[:m.start()]):
                continue
            t.take(m.start(), m.end())
            return f"“{m.group(0)}”：未填写该项的报告本来就不计入"
    return None
