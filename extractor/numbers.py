"""Numbers as reports print them: table cells and Chinese numerals.

``parse_cell('增15') == Number(15, None)``; ``parse_cell('1768.91万元') == Number(1768.91, '万元')``;
``parse_cell('251000元', to_wan=True) == Number(25.1, '万元')``. Nothing here changes the
source string: callers keep the raw text and its span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .labels import to_simplified

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_SPACES = re.compile(r"[\s\xa0\u3000]+")
_CELL = re.compile(
    r"^(?P<sign>[+\-−–增减]|增加|减少)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<unit>万元|亿元|元|件|条|个|项|次|人次|人|篇|%)?$"
)
# a cell that says "nothing here": the template's not-applicable marks
BLANK_MARKS = frozenset({"", "-", "—", "——", "/", "／", "\\", "无", "－", "…"})


class Number(NamedTuple):
    value: float | int
    unit: str | None


def _tidy(value: float) -> float | int:
    value = round(value, 6)
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


def normalise_cell(raw: str) -> str:
    """Full-width digits made ASCII, traditional units simplified (72.3萬元), spaces dropped."""
    return _SPACES.sub("", to_simplified(raw.translate(_FULLWIDTH)))


# Pure functions of short strings, called for every cell several times (tables asks whether
# a cell is a value, then parses it): cached (bench/RESULTS.md: extraction profile).
@lru_cache(maxsize=8192)
def parse_cell(raw: str, to_wan: bool = False) -> Number | None:
    """The number a table cell states, or None when it states none.

    ``to_wan``: the cell is an amount in 万元; a value printed in 元 or 亿元 is converted.
    """
    s = normalise_cell(raw)
    m = _CELL.match(s)
    if not m:
        return None
    num = float(m["num"].replace(",", ""))
    if m["sign"] in ("-", "−", "–", "减", "减少"):
        num = -num
    unit = m["unit"]
    if to_wan:
        if unit == "元":
            num, unit = num / 10000, "万元"
        elif unit == "亿元":
            num, unit = num * 10000, "万元"
        else:
            unit = "万元"
    return Number(_tidy(num), unit)


@lru_cache(maxsize=8192)
def is_blank_mark(raw: str) -> bool:
    return normalise_cell(raw) in BLANK_MARKS


_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
              "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
              "九": 9, "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "".join(_CN_BIG)
CN_NUMERAL = re.compile(f"[{CN_NUMERAL_CHARS}]+")


def parse_chinese_numeral(s: str) -> int | None:
    """'十二' -> 12, '一百零五' -> 105, '三' -> 3, '两万' -> 20000, '一万二' -> 12000 (a last
    digit right after a unit counts in the next lower unit: 三千五 = 3500, 一百零二 = 102);
    None if not a numeral (a digit string such as 一二 counts nothing). The project's one
    Chinese-numeral parser: the assistant should use it (or ``parse_count``) too."""
    if not s or any(c not in _CN_DIGITS and c not in _CN_UNITS and c not in _CN_BIG for c in s):
        return None
    total, section, digit = 0, 0, None
    last_unit, zero = 0, False  # the unit just before the pending digit, and a 零 between
    for c in s:
        if c in _CN_DIGITS:
            if digit is not None and digit != 0 and _CN_DIGITS[c] != 0:
                return None  # a digit string like 一二 (not a numeral in counting prose)
            if _CN_DIGITS[c] == 0:
                zero = True
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[c]
            digit, last_unit, zero = None, _CN_UNITS[c], False
        else:
            section += digit or 0
            total += section * _CN_BIG[c]
            section, digit, last_unit, zero = 0, None, _CN_BIG[c], False
    if digit and last_unit >= 100 and not zero:
        return total + section + digit * last_unit // 10  # 一万二, 三千五, 一百二
    return total + section + (digit or 0)


def parse_count(raw: str) -> int | float | None:
    """Arabic (half- or full-width, with commas) or Chinese numeral -> number."""
    s = normalise_cell(raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        return _tidy(float(s.replace(",", "")))
    return parse_chinese_numeral(s)
