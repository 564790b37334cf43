"""The years of a question (step 1 of ``assistant.plan.parse``): ranges (2019-2021年), a five-year
plan's years (十四五期间), open ranges (2021年以后: up to ``LAST_YEAR``), years excluded (除了2019年,
2019年的不算), the difference of two years (2025年比2022年多多少: ``year_diff``), single years
and short ones (23年), and each report's own year (本年度: no year filter, said). A year that
is a template's (2019版, 2021年的新表格) is no year (``refine.template_year``); a negated template
(不是2021版模板的) is read here, the template by its own rule.
"""
from __future__ import annotations

import re

from .refine import template_year
from .unread import says_unstated

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|到|至)\s*((?:19|20)\d{2})\s*年?度?")
_YEAR = re.compile(r"((?:19|20)\d{2})(?!\s*年?的?(?:[那这][一个]?)?(?:[新旧老]?版|格式|模板|样式|[新旧老]?表格|[新旧老]表))\s*(?:年度|年)?")
# 2019版 / 2019旧表格 / 2019年那版表格 is a template, not a year
# 2021年以后 / 2020年以前: every year from or up to it (the year itself included)
# 去掉2022年以前的 / 不要2021年之后的: the open range taken away, the rest kept (the year named
# stays: a reviewer taking away what came before 2022 keeps 2022's) -- never the range itself
_NEG = r"(?:除了?|除去|不含|不包括|不算|不是|非|去掉|去除|剔除|排除|刨除|不要|不看)"
_NOT_YEAR_OPEN = re.compile(_NEG + r"\s*((?:19|20)\d{2})\s*年?度?\s*(以后|之后|往后|以前|之前|往前)的?(?:报告|年报)?")
_YEAR_OPEN = re.compile(r"((?:19|20)\d{2}|(?<![\d.])[0-3]\d(?=\s*年))\s*年?度?\s*(?:及)?(以后|之后|以来|往后|起|以前|之前|往前)")
_PLAN_PERIOD = re.compile(r"十([一二三四五六七])五(?:规划)?(?:期间|时期|以来|年间)?")
_SHORT_YEAR = re.compile(r"(?<![\d.])([0-3]\d)\s*年(?:度)?(?![以之来内后前]|[0-9])")
LAST_YEAR = 2050   # the end of an open range (2021年以后)
_NOT_YEAR = re.compile(_NEG + r"\s*(?:19|20)\d\d(?:\s*年?度?\s*[和、及与]\s*(?:19|20)\d\d)*"
                       r"(?!\d|\s*年?的?(?:[那这][一个]?)?(?:[新旧老]?版|格式|模板|样式|[新旧老]?表格))\s*年?度?(?:以外|之外)?")
# a year of a difference: 2019年 or said short, 19年 (the 年 then needed)
_DIFF_YEAR = r"((?:19|20)\d\d|(?<![\d.])[0-3]\d(?=\s*年))"
# (2020年的申请比2019年少了几件 / 2025年主动公开比2022年多了多少条: the figure said between the
# first year and 比; the word of the difference (``dir``) says its sign: 少 / 减少 / 下降 asks how
# much less, the earlier year's value less the later's)
_DIR = r"(?P<dir>多|少|增加|减少|增长|下降|提高|降低)[^？?。，,]{0,10}?(?:多少|几)"
_YEAR_DIFF = re.compile(_DIFF_YEAR + r"\s*年?度?(?:的)?[^？?。，,\d比较]{0,8}?(?P<vs>比|较)\s*" + _DIFF_YEAR
                        + r"\s*年?度?(?:的)?[^？?。，,]{0,4}?" + _DIR)
# 2020年收到的申请与2019年相比少了多少件 / 2020年和2019年比，申请少了几件: the second year joined by 与
# (和, 跟, 同) and a word of comparing after it, the word of the difference then
_YEAR_VS_DIFF = re.compile(_DIFF_YEAR + r"\s*年?度?(?:的)?[^？?。，,\d]{0,8}?(?:与|和|跟|同)\s*" + _DIFF_YEAR
                           + r"\s*年?度?(?:的)?(?P<vs>相比较?|相较|比较|对比|比)[，,]?[^？?。，,\d]{0,8}?" + _DIR)
_LESS = ("少", "减少", "下降", "降低")
DIFF_YEAR, DIFF_WORD, LESS_WORDS = _DIFF_YEAR, _DIR, _LESS   # read by turnsjoined.against_year too
# (2019年和2020年…差多少 / 19年和20年…差了多少件; 2022年跟2025年比，收到的申请差几件: the two
# years compared in a clause of their own, the gap asked in the next)
_YEAR_GAP = re.compile(_DIFF_YEAR + r"\s*年?度?(?:的)?(?:和|与|跟|同|、)\s*" + _DIFF_YEAR + r"\s*年?度?(?:的)?"
                       r"(?:(?P<vs>相比较?|比较|对比|比)[，,]?)?"
                       r"[^？?。，,]{0,12}?(?P<gap>相差|差了?|差距|差别|变化)(?:是|有|为)?(?:多少|几)")


def full_year(y: str) -> int:
    """19 -> 2019; 2019 -> 2019 (a year said short in a difference)."""
    return int(y) + (2000 if len(y) == 2 else 0)
_NOT_YEAR_AFTER = re.compile(r"((?:19|20)\d\d)\s*年?度?的?(?:报告|年报)?(?:不算在内|不算|除外|不计入?|不包括在内|不要|去掉)")
_NOT_TEMPLATE = re.compile(r"((?:不是|并非|非|除了?|没有?(?:用|按|采用|使用)|未(?:用|按|采用|使用)|不用)"
                           r"(?:用|按|采用|使用)?的?)(?:(?:2019|2021)\s*年?|[新旧老])的?(?:版|格式|模板|表格|表)")
# 2019的报告 / 2021报告有几份: a bare 2019 or 2021 (the templates' years) right before 的 or 报告,
# with no 年 / 版 / 表 / 模板 after it: the year or the template (``year_or_template``)
BARE_YEAR = re.compile(r"(?<![\d.])(2019|2021)(?=的|报告|那份|那些)")
_OWN_YEAR = re.compile(r"(?:本年度|本年|当年|报告年度)(?![新制废度])")


def read_years(t, p, set_, fired: list, notes: list):
    """Read the years of ``t`` (an ``words.Text``) into the plan ``p`` through ``set_``, the
    characters read taken; the match of a negated template (``_NOT_TEMPLATE``) or None."""
    years: list[int] = []
    for m in _YEAR_RANGE.finditer(t.s):
        a, b = sorted((int(m.group(1)), int(m.group(2))))
        years.extend(range(a, b + 1))
        t.take(m.start(), m.end())
    for m in _PLAN_PERIOD.finditer(t.s):   # 十四五期间: 2021—2025 (a five-year plan's years)
        plan_no = 11 + "一二三四五六七".index(m.group(1))   # 十一五 … 十七五
        first = 2006 + 5 * (plan_no - 11)
        years.extend(range(first, first + 5))
        t.take(m.start(), m.end())
        fired.append("plan_period")
    for m in _NOT_YEAR_OPEN.finditer(t.s):   # 去掉2022年以前的: 2022 and after
        y = int(m.group(1))
        years.extend(range(2008, y + 1) if m.group(2)[-1] in "后" else range(y, LAST_YEAR + 1))
        t.take(m.start(), m.end())
        fired.append("year_open_excluded")
    for m in _YEAR_OPEN.finditer(t.s):
        y = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)   # 21年起: 2021
        years.extend(range(y, LAST_YEAR + 1) if m.group(2)[-1] in "后来起" else range(2008, y + 1))
        t.take(m.start(), m.end())
    # 2025年比2022年多…多少 / 2020年与2019年相比少了几件: the difference of the two years
    diff = _YEAR_DIFF.search(t.s) or _YEAR_VS_DIFF.search(t.s)
    if diff:
        y1, y2 = (g for g in diff.groups() if g and g.isdigit())
        set_("year_diff", (full_year(y1), full_year(y2)), "year_difference")
        if diff.group("dir") in _LESS:   # 少了几件: how much less, a positive number when it is less
            set_("year_less", True, "year_difference")
        for word in ("vs", "dir"):   # 相比 / 少收了几件: the words read, never said unread
            t.take(diff.start(word), diff.end(word))
    gap = None if diff else _YEAR_GAP.search(t.s)   # 2019年和2020年…差多少: the later less the earlier
    if gap:
        y1, y2 = sorted((full_year(gap.group(1)), full_year(gap.group(2))), reverse=True)
        set_("year_diff", (y1, y2), "year_difference")
        set_("year_gap", True, "year_difference")
        for word in ("vs", "gap"):   # 比 / 相差: read, never said unread
            if gap.group(word):
                t.take(gap.start(word), gap.end(word))
    for m in _NOT_YEAR_AFTER.finditer(t.s):   # 2019年的不算 / 2019年度的除外: every other year
        set_("excluded_years", tuple(sorted({*p.excluded_years, int(m.group(1))})), "year_excluded")
        t.take(m.start(), m.end())
    for m in _NOT_YEAR.finditer(t.s):   # 除了2019年以外 / 不是2020年的: every other year
        set_("excluded_years", tuple(sorted({*p.excluded_years, *(int(y) for y in
                                                                   re.findall(r"(?:19|20)\d\d", m.group(0)))})), "year_excluded")
        t.take(m.start(), m.end())
    not_template = _NOT_TEMPLATE.search(t.s)   # 不是2021版模板的 / 没有用新版模板的: the negation
    if not_template:                          # is read here, the template by its own rule
        t.take(not_template.start(1), not_template.end(1))
    template_year(t, set_)   # 2019旧表格 / 2021版: the template, never a year
    bare = BARE_YEAR.search(t.s)
    for m in _YEAR.finditer(t.s):
        years.append(int(m.group(1)))
        t.take(m.start(), m.end())
    for m in _SHORT_YEAR.finditer(t.s):   # 23年街道办 / 21年的报告: 2023, 2021
        years.append(2000 + int(m.group(1)))
        t.take(m.start(), m.end())
    if years:
        set_("years", tuple(sorted(set(years))))
    if bare and p.years == (int(bare.group(1)),) and len(years) == 1 and not (
            p.template or p.excluded_years or p.year_diff):
        p.year_or_template = True   # 2019的报告: read as the year, the template asked too
        fired.append("year_or_template")
    m = _OWN_YEAR.search(t.s)
    if m and says_unstated(t.s, m.start()):
        m = None   # 报告年度没有写明: the field unstated, never each report's own year
    if m:   # 本年度收到的申请: each report's own year, no year filter (said in the reading)
        notes.append(f"“{m.group(0)}”指各报告自己的年度，不按年份筛选")
        t.take(m.start(), m.end())
        fired.append("own_year")
    return not_template
