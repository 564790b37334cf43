"""China's administrative divisions, from the gazetteer that the ``jionlp`` package ships.

``jionlp`` (Apache-2.0) keeps ``dictionary/china_location.zip``: every province, prefecture,
county and township (乡镇/街道) with codes for the upper three levels and each unit's short
name, indented by depth. It is read straight from the installed package's files — jionlp
itself is never imported (its import loads far more than we need) — once per process and
only when a place is asked about (~0.15 s). ``lexicons/regions.tsv`` stays for what the
package lacks or where the project decides otherwise (it wins).

A place answers: its rank (province / city / county / township), its code, its short name
(浑南 for 浑南区) and its parents (辽宁省, 沈阳市). A name can be several places (朝阳区 is in
Beijing and in Changchun; 城关镇 in hundreds of counties): callers pick by the other places
the text names (``pick``).
"""
from __future__ import annotations

import importlib.util
import marshal
import os
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RANKS = ("province", "city", "county", "township")
# rows of the package that are groupings, not places
_GROUPINGS = re.compile(r"(?:市|省|自治区)?直辖(?:县级)?(?:行政区划|行政单位)$|^市辖区$")


@dataclass(frozen=True)
class Place:
    name: str
    rank: str              # province | city | county | township
    code: str | None
    short: str | None
    parents: tuple[str | None, ...]  # province, city, county above it (None: a grouping row)

    @property
    def county(self) -> str | None:
        if self.rank == "county":
            return self.name
        return self.parents[2] if self.rank == "township" else None

    @property
    def city(self) -> str | None:
        if self.rank == "city":
            return self.name
        return self.parents[1] if self.rank in ("county", "township") else None


class GazetteerMissing(RuntimeError):
    """The jionlp package (which holds the gazetteer's data) is not installed."""


def _data_path() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.origin:
        raise GazetteerMissing("the gazetteer needs the jionlp package: pip install 'jionlp==1.5.31'")
    return Path(spec.origin).parent / "dictionary" / "china_location.zip"


def dictionary_file(name: str) -> Path:
    """A file of the package's ``dictionary`` folder (landline_phone_area_code.txt), read by
    whoever needs it; raises GazetteerMissing when jionlp is not installed."""
    return _data_path().parent / name


def _cache_file(src: Path) -> Path:
    st = src.stat()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "nianbao" / f"gazetteer-{st.st_size}-{int(st.st_mtime)}.marshal"


@lru_cache(maxsize=1)
def _rows():
    """The package's rows to depth 3: (tabs, name, code, short), each row's parent row
    index, name -> row indices and short name -> row indices. Parsed from the package once
    (~0.6 s) and kept in the user's cache folder (``~/.cache/nianbao``; ~30 ms to load)."""
    src = _data_path()
    cache = _cache_file(src)
    try:
        return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    built = _parse(src)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(built))
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: parse each time
    return built


def _parse(src: Path):
    with zipfile.ZipFile(src) as z:
        data = z.read("china_location.txt").decode("utf-8")
    rows = re.findall(r"^(\t{0,3})([^\t\r\n]+)(?:\t([^\t\r\n]*))?(?:\t([^\t\r\n]*))?", data, re.M)
    parent = [-1] * len(rows)
    by_name: dict[str, list[int]] = {}
    by_short: dict[str, list[int]] = {}
    last = [-1, -1, -1, -1]
    for i, (tabs, name, _code, short) in enumerate(rows):
        d = len(tabs)
        last[d] = i
        parent[i] = last[d - 1] if d else -1
        by_name.setdefault(name, []).append(i)
        if short and d < 3:
            by_short.setdefault(short.strip(), []).append(i)
    return rows, parent, by_name, by_short


@lru_cache(maxsize=4096)
def _place(i: int) -> Place | None:
    rows, parent, _, _ = _rows()
    tabs, name, code, short = rows[i]
    if _GROUPINGS.search(name):
        return None
    chain, k = [], parent[i]
    while k >= 0:
        pname = rows[k][1]
        chain.insert(0, None if _GROUPINGS.search(pname) else pname)
        k = parent[k]
    if len(tabs) == 1 and chain == [name]:
        return None  # a 直辖市 repeats itself as its own prefecture
    return Place(name, RANKS[len(tabs)], code or None, (short or "").strip() or None, tuple(chain))


def _places(indices) -> tuple[Place, ...]:
    return tuple(p for p in (_place(i) for i in indices) if p is not None)


@lru_cache(maxsize=1)
def available() -> bool:
    try:
        return _data_path().exists()
    except GazetteerMissing:
        return False


@lru_cache(maxsize=1)
def provinces() -> tuple[Place, ...]:
    """Every province, autonomous region and municipality."""
    rows = _rows()[0]
    return _places(i for i, row in enumerate(rows) if not row[0])


def places_of_rank(*ranks: str) -> tuple[Place, ...]:
    """Every place of the ranks asked (province, city, county; townships are many: ask them
    by name)."""
    depths = {RANKS.index(r) for r in ranks}
    return _places(i for i, row in enumerate(_rows()[0]) if len(row[0]) in depths)


def places_named(name: str) -> tuple[Place, ...]:
    """Every place called ``name`` exactly (东城区, 背荫河镇)."""
    return _places(_rows()[2].get(name, ()))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, int]:
    rows = _rows()[0]
    return {code: i for i, (_t, _n, code, _s) in enumerate(rows) if code}


def place_coded(code: str) -> Place | None:
    """The province, city or county whose six-digit division code is ``code`` (330782 ->
    义乌市); None for a code the package does not hold or a grouping row."""
    i = _by_code().get(code)
    return _place(i) if i is not None else None


def above(province: str | None, city: str | None, county: str | None) -> tuple[str | None, str | None]:
    """The province and city that the places an organ states lie in, where the gazetteer tells
    exactly one (滨江区 -> 浙江省, 杭州市; 昆明市 -> 云南省); what is stated is kept, and a name
    that is several places (朝阳区 in Beijing and in Changchun) gives nothing more unless the
    stated city or province picks one; a division the package gives a code is preferred to a
    namesake it gives none (新市区 of 乌鲁木齐市, not of 台南市). A municipality's district has
    no city (北京市, None). An autonomous prefecture is also found by its short form (临夏州),
    an autonomous county or banner too (镇宁自治县)."""
    def fits(p: Place) -> bool:
        return (not province or p.parents[0] == province) and (not city or p.rank == "city" or p.parents[1] == city)
    for name, rank_ in ((county, "county"), (city, "city")):
        same = [p for p in places_named(name) if p.rank == rank_ and fits(p)] if name else []
        if not same and name:
            # an autonomous prefecture or county by its usual short form (临夏州, 镇宁自治县)
            full = full_form(name)
            same = [p for p in places_named(full) if p.rank == rank_ and fits(p)] if full else []
        if any(p.code for p in same):   # a division with a code over one without (台南市's 新市区)
            same = [p for p in same if p.code]
        found = {(p.parents[0], p.name if rank_ == "city" else p.parents[1]) for p in same}
        if len(found) == 1:
            p_, c_ = found.pop()
            return province or p_, city or c_
    return province, city


def full_form(name: str) -> str | None:
    """The autonomous prefecture, county or banner a usual short form names, when the package
    knows no place of that name and exactly one autonomous one of the short form's rank
    (黔东南州 -> 黔东南苗族侗族自治州, 石林县 -> 石林彝族自治县, 镇宁自治县 -> 镇宁布依族苗族自治县), or a
    banner by some of its characters in order (察右前旗 -> 察哈尔右翼前旗); None otherwise."""
    if name.endswith("旗") and not name.endswith("自治旗") and not places_named(name):
        return _banner_full(name)
    tail = next((t for t in ("自治州", "自治县", "自治旗", "州", "县") if name.endswith(t)), None)
    if not tail or len(name) < len(tail) + 2 or places_named(name):
        return None
    rank_ = "city" if tail.endswith("州") else "county"
    found = {p.name for p in places_short(name[:-len(tail)])
             if p.rank == rank_ and "自治" in p.name and p.name.endswith(tail[-1])
             and (len(tail) == 1 or p.name.endswith(tail))}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _banner_full(short: str) -> str | None:
    """The banner a usual short form names by some of its characters in order (察右前旗 -> 察哈尔右翼
    前旗, 科右中旗 -> 科尔沁右翼中旗, 达茂旗 -> 达尔罕茂明安联合旗, 莫旗 -> 莫力达瓦达斡尔族自治旗): the
    one banner opening with its first character whose name holds its characters in that order; None
    when none or several do (扎旗: 扎鲁特旗 and 扎赉特旗)."""
    def in_order(full: str) -> bool:
        it = iter(full)
        return all(ch in it for ch in short)
    found = {p.name for p in places_of_rank("county") if p.name.endswith("旗") and p.name[0] == short[0]
             and len(p.name) > len(short) and in_order(p.name)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _leagues() -> dict[str, str]:
    """A league's (盟) usual one-character short form -> the league (锡盟: 锡林郭勒盟, 阿盟:
    阿拉善盟), for the first characters no other league opens with."""
    names = [n for n in _rows()[2] if n.endswith("盟") and any(p.rank == "city" for p in places_named(n))]
    firsts = [n[0] for n in names]
    return {n[0] + "盟": n for n in names if firsts.count(n[0]) == 1 and n[0] + "盟" != n}


def league_short(name: str) -> str | None:
    """The league a one-character short form names (锡盟 -> 锡林郭勒盟); None for any other word."""
    return _leagues().get(name) if len(name) == 2 and name.endswith("盟") else None


def places_short(short: str) -> tuple[Place, ...]:
    """Provinces, cities and counties whose short name is ``short`` (鄂城 -> 鄂城区)."""
    return tuple(p for p in _places(_rows()[3].get(short, ())) if p.name != short)


@lru_cache(maxsize=4096)
def rank(name: str) -> str | None:
    """The rank a place name has; a 市 that is a prefecture anywhere is a city, else the
    highest rank it has (a county-level city is a county)."""
    ps = places_named(name)
    if not ps:
        return None
    ranks = {p.rank for p in ps}
    for r in RANKS:
        if r in ranks:
            return r
    return None


def pick(candidates: tuple[Place, ...], text: str) -> Place | None:
    """The one of same-named places whose parents the text names (its county or city, in
    full or by short name) most often; None when the text names none of them or cannot tell
    them apart: a place's parents are taken from the text, never from the name alone."""
    if not candidates:
        return None
    scored = []
    for p in candidates:
        score = 0
        for par in p.parents[1:]:
            if not par:
                continue
            score += text.count(par)
            short = next((q.short for q in places_named(par) if q.short and q.short != par), None)
            if short and len(short) >= 2:
                score += text.count(short) - (text.count(par) if short in par else 0)
        scored.append((score, p))
    scored.sort(key=lambda x: -x[0])
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None
