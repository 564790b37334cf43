"""Places by the pinyin of their names: a government website's domain often spells its
place (www.yueqing.gov.cn: 乐清; mzj.changchun.gov.cn: 长春).

Each character's readings come from the dictionary the ``jionlp`` package ships
(``dictionary/chinese_char_dictionary.zip``: a character, …, its readings in brackets with
tones, ``[lè]…[yuè]…``), read straight from the installed package like the gazetteer; every
province, prefecture and county the gazetteer holds (development zones aside) is spelled by
its short name (乐清 of 乐清市) in every combination of its characters' readings, tones
dropped (ü as u and as v). A spelling several places share (shanxi: 山西, 陕西) names none.
"""
from __future__ import annotations

import re
import unicodedata
import zipfile
from functools import lru_cache
from itertools import islice, product

from . import gazetteer
from .places import is_zone

_MAX_SPELLINGS = 16   # a name of many polyphonic characters: its first spellings only


def _plain(syllable: str) -> tuple[str, ...]:
    s = syllable.strip().lower().replace("ü", "v")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    if not s.isalpha():
        return ()
    return (s, s.replace("v", "u")) if "v" in s else (s,)


@lru_cache(maxsize=1)
def readings() -> dict[str, tuple[str, ...]]:
    """Character -> its readings without tones (乐 -> le, yue, yao, lao); {} without jionlp."""
    try:
        path = gazetteer.dictionary_file("chinese_char_dictionary.zip")
        with zipfile.ZipFile(path) as z:
            data = z.read(z.namelist()[0]).decode("utf-8")
    except (gazetteer.GazetteerMissing, OSError, KeyError, IndexError, zipfile.BadZipFile):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in data.splitlines():
        cols = line.split("\t")
        if len(cols) < 8 or len(cols[0]) != 1:
            continue
        found = dict.fromkeys(p for r in re.findall(r"\[([^\]\s]+)\]", cols[7]) for p in _plain(r))
        if found:
            out[cols[0]] = tuple(found)
    return out


def spellings(word: str) -> tuple[str, ...]:
    """The pinyin spellings of ``word`` (乐清 -> leqing, yueqing, …); () for a character the
    dictionary lacks."""
    table = readings()
    per = [table.get(ch) for ch in word]
    if not per or any(not r for r in per):
        return ()
    return tuple("".join(c) for c in islice(product(*per), _MAX_SPELLINGS))


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[tuple[str, str | None]]]:
    idx: dict[str, set] = {}
    for p in gazetteer.places_of_rank("province", "city", "county"):
        short = p.short or p.name
        if len(short) < 2 or is_zone(p):
            continue
        up = (p.name, None) if p.rank == "province" else \
            (p.parents[0], p.name if p.rank == "city" else p.parents[1])
        if not up[0]:
            continue
        for s in spellings(short):
            idx.setdefault(s, set()).add(up)
    return {k: frozenset(v) for k, v in idx.items()}


def place_spelled(label: str) -> tuple[str, str | None] | None:
    """(province, city or None) of the one place whose name ``label`` spells (yueqing ->
    浙江省, 温州市; shanghai -> 上海市, None); None when no place or several."""
    if len(label) < 4 or not label.isascii() or not label.isalpha():
        return None
    found = _index().get(label.lower(), frozenset())
    return next(iter(found)) if len(found) == 1 else None
