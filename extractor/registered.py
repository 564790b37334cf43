"""The place an organ is registered in, from its unified social credit code (统一社会信用代码).

Many portals print the publishing organ's 18-character code (GB 32100-2015) as the first part
of a page's 索引号 (``11330782051348517D/2024-547405``) or beside 统一社会信用代码. Characters 3–8
are the division code of the place that registered the organ (330782: 义乌市). Only a code whose
check character is right is read (a document number or phone of 18 characters is not one), and
only when every valid code the text prints names the same place: a page that prints two bodies'
codes says nothing about which is the report's.
"""
from __future__ import annotations

import re

from . import gazetteer

_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CODE = re.compile(rf"(?<![0-9A-Za-z])([1-9][1-9]\d{{6}}[{_CHARS}]{{10}})(?![0-9A-Za-z])")


def valid(code: str) -> bool:
    """The code's 18th character is its check character (GB 32100-2015, mod 31)."""
    if len(code) != 18 or any(c not in _CHARS for c in code):
        return False
    total = sum(_CHARS.index(c) * w for c, w in zip(code, _WEIGHTS))
    return _CHARS[(31 - total % 31) % 31] == code[17]


def registered_place(text: str) -> gazetteer.Place | None:
    """The one place every valid code in ``text`` is registered in (a county, city or
    province the gazetteer holds); None when there is no valid code, they disagree, or the
    gazetteer is missing."""
    codes = {m.group(1)[2:8] for m in _CODE.finditer(text) if valid(m.group(1))}
    if len(codes) != 1 or not gazetteer.available():
        return None
    return gazetteer.place_coded(codes.pop())
