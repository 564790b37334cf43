"""Table labels as the reader compares them: traditional made simplified, enumerators,
brackets, spaces and punctuation dropped (``（三）不予公开`` and ``三、 不予 公开`` are one label)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import load

# enumerators a label may carry: 一、 （三） 3. 1、 (一) 第二十条第（一）项 is not stripped
_ENUM = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．。,，:：])+")
_PAREN = re.compile(r"[（(][^（()）]*[)）]")
_NOISE = re.compile(r"[\s\xa0\u3000\"“”'‘’()（）、,，.。:：;；/／\-—_|*]+")
_ARTICLE = re.compile(r"第二十条\s*第?\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*项")


def _opencc_table(name: str) -> dict[int, str]:
    """One of OpenCC's character tables shipped by opencc-python-reimplemented (Apache-2.0),
    ``TSCharacters.txt`` (traditional -> simplified) or ``STCharacters.txt``: each line's
    first choice, one character to one; ``{}`` if the package's data is missing (a dependency:
    degrade, never fail)."""
    try:
        from importlib.resources import files
        data = (files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, OSError):
        return {}
    table = {}
    for line in data.splitlines():
        a, _, b = line.partition("\t")
        b = b.split(" ")[0] if b else ""
        if len(a) == 1 and len(b) == 1 and a != b:
            table[ord(a)] = b
    return table


@lru_cache(maxsize=1)
def _opencc_characters() -> dict[int, str]:
    """OpenCC's traditional -> simplified character table (``TSCharacters.txt``)."""
    return _opencc_table("TSCharacters.txt")


@lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    """Traditional -> simplified, one character to one: OpenCC's character table, then
    ``lexicons/traditional.tsv`` (forms it lacks: CJK radical supplements some PDFs print,
    ⺠ for 民), and the Kangxi radicals and compatibility ideographs by their NFKC form (⼈)."""
    table = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFADA)):
        k = unicodedata.normalize("NFKC", chr(cp))
        if len(k) == 1 and k != chr(cp):
            table[cp] = k
    table.update(_opencc_characters())
    for row in load("traditional", required=("traditional", "simplified"), unique=("traditional",)):
        t, s = row["traditional"], row["simplified"]
        if len(t) != 1 or len(s) != 1:
            raise ValueError(f"lexicons/traditional.tsv: {t!r} -> {s!r} must be one character each")
        table[ord(t)] = s
    return table


def to_simplified(text: str) -> str:
    """The same text with traditional characters made simplified; the length never changes."""
    return text.translate(_simplified())


@lru_cache(maxsize=1)
def _traditional() -> dict[int, str]:
    """Simplified -> traditional, OpenCC's first choice (``STCharacters.txt``): 办 -> 辦, 局 -> 局."""
    return _opencc_table("STCharacters.txt")


def to_traditional(text: str) -> str:
    """The same text in traditional characters (each character's first choice: 党政办公室 ->
    黨政辦公室), for matching stored text a report printed so; the length never changes."""
    return text.translate(_traditional())


def written_span(text: str, part: str) -> tuple[int, int] | None:
    """Where ``text`` writes ``part`` (found on its simplified form: 連江县 finds 連江縣), or
    None; one to one, so the span is also the span in ``text``."""
    k = to_simplified(text).find(part) if part else -1
    return (k, k + len(part)) if k >= 0 else None


def norm_label(text: str) -> str:
    s = to_simplified(text.strip())
    s = _ENUM.sub("", s)
    bare = _PAREN.sub("", s)  # 采购总金额（万元）, 部分公开（区分处理的…）
    return _NOISE.sub("", bare) or _NOISE.sub("", s)
