"""Table labels as the reader compares them: traditional made simplified, enumerators,
brackets, spaces and punctuation dropped (``（三）不予公开`` and ``三、 不予 公开`` are one label)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load

# enumerators a label may carry: 一、 （三） 3. 1、 (一) 第二十条第（一）项 is not stripped
_ENUM = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．。,，:：])+")
_PAREN = re.compile(r"[（(][^（()）]*[)）]")
_NOISE = re.compile(r"[\s\xa0\u3000\"“”'‘’()（）、,，.。:：;；/／\-—_|*]+")
_ARTICLE = re.compile(r"第二十条\s*第?\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*项")


@lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    """Traditional -> simplified, one character to one (``lexicons/traditional.tsv``)."""
    table = {}
    for row in load("traditional", required=("traditional", "simplified"), unique=("traditional",)):
        t, s = row["traditional"], row["simplified"]
        if len(t) != 1 or len(s) != 1:
            raise ValueError(f"lexicons/traditional.tsv: {t!r} -> {s!r} must be one character each")
        table[ord(t)] = s
    return table


def to_simplified(text: str) -> str:
    """The same text with traditional characters made simplified; the length never changes."""
    return text.translate(_simplified())


def norm_label(text: str) -> str:
    s = to_simplified(text.strip())
    s = _ENUM.sub("", s)
    bare = _PAREN.sub("", s)  # 采购总金额（万元）, 部分公开（区分处理的…）
    return _NOISE.sub("", bare) or _NOISE.sub("", s)
