"""Which years or places the store holds (rule inventory): 库里都有哪几年的年报 / 浙江收了哪些县市区
的报告 / 有几个省的报告. A `which` word right before a `rank` word (lexicons/question_inventory.tsv)
that nothing else follows but an `end` word (的, 有, 报告) or the question's end asks for the
distinct values of that column over the reports in scope (its place, level, year or condition
kept): grouped in SQL (one GROUP BY, as 按县统计), each value said with its number of reports,
the reports stating none said apart. 哪些县政府 / 哪些市级部门 / 哪些县收到… are other questions
(levels, lists of reports), never this one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation, values

_LEX = "question_inventory"
_COLUMNS = ("year", "county", "city", "province")
_NAMES = {"year": "年份", "county": "县（市、区）", "city": "市（州、盟）", "province": "省份"}
_UNITS = {"year": "个年份", "county": "个县（市、区）", "city": "个市（州、盟）", "province": "个省份"}


@lru_cache(maxsize=1)
def _asked() -> re.Pattern:
    return re.compile(rf"({alternation(_LEX, 'which', 'list')})({alternation(_LEX, 'rank')})"
                      rf"(?=(?:{alternation(_LEX, 'end')})|的?$)"
                      rf"|({alternation(_LEX, 'which', 'count')})({alternation(_LEX, 'rank')})"
                      rf"(?={alternation(_LEX, 'count_end')})")


def read_inventory(p, t, set_, fired: list) -> bool:
    """``p.group_by`` and ``p.inventory`` when the question asks which years / places the
    store holds, the words taken from ``t``; False when it does not."""
    m = _asked().search(t.s)
    if not m or p.group_by:
        return False
    which, rank = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    set_("group_by", values(_LEX, "rank", _COLUMNS)[rank], "inventory")
    p.inventory = values(_LEX, "which", ("list", "count"))[which]
    t.take(m.start(), m.end())
    return True


_ANY_THERE = re.compile(r"有[^，,。？?]*吗[？?。!！]*$")


def read_yes_no(p, q: str, cmp_words, one_organ: bool, fired: list) -> bool:
    """``p.yes_no`` (rule yes_no) when ``q`` asks whether there are any (有没有 / 是否 of the
    vocabulary, or 有…吗) of more than one organ: answered 有。 first, then the reports; True
    for 有没有 / 是否 (a list asked)."""
    said = any(v == "yesno" for _, _, v in cmp_words) and not one_organ
    if said or (_ANY_THERE.search(q) and not one_organ):
        p.yes_no = True
        fired.append("yes_no")
    return said


def say_inventory(a, plan, scope: str, what: str) -> None:
    """The values held, each with its reports (``a.rows``: value, reports, organs, …), and the
    reports stating none apart; a count asked (几个省) is the answer's value."""
    col = plan.group_by
    held = [r for r in a.rows if r[0] is not None]
    unit = "年" if col == "year" else ""
    listed = "、".join(f"{r[0]}{unit}（{r[1]}份）" for r in held)
    n = len(held)
    if plan.inventory == "count":
        a.value = n
    if not held:
        a.text = f"没有找到{scope}{what}的报告，没有可列的{_NAMES[col]}。" + a.text[a.text.find("另有"):] \
            if "另有" in a.text else f"没有找到{scope}{what}的报告，没有可列的{_NAMES[col]}。"
        return
    text = f"{scope}{what}的报告来自{n}{_UNITS[col]}：{listed}。"
    note = re.search(r"另有(\d+)份报告[^。]*未写[^。]*。", a.text)
    if note:
        text += f"另有{note.group(1)}份报告没有写明{_NAMES[col]}，不在其中。"
    blank = re.search(r"另有\d+份报告未填写该项。", a.text)
    a.text = text + (blank.group(0) if blank else "")
