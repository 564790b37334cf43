"""Where an organ is, KNOWN from what its report states besides the places of its name.

A township or a bureau often names only itself (某某镇人民政府, 市财政局, 自治区人民政府办公厅):
its province and city are not in its name, but the report states them in other ways. Each
way is a family of clue (``Clue.how``):

- ``address``: its own contact address opens with places the gazetteer puts in one chain,
  read also by their short forms (浙江温州鹿城区…, 新疆伊犁州尼勒克县…: ``organ_address.address_region``;
  full names alone are ``fill_from_address``'s, which fills the places as written); an address
  naming another county than the organ's is not its own;
- ``area_code``: the organ's own landline (its contact phones and fax) dials an area code;
  jionlp's table (``dictionary/landline_phone_area_code.txt``, read from the installed package)
  with the project's rows over it (``lexicons/area_codes.tsv``: codes the package has wrong,
  and codes shared by several prefectures, which tell the province only);
- ``postcode``: its postcode's opening digits (``lexicons/postcode_prefixes.tsv``): the
  province only;
- ``website``: its website's domain spells one place right before ``.gov.cn``
  (www.yueqing.gov.cn: 乐清市, so 浙江省 温州市; ``place_pinyin.py``); a spelling several
  places share (yiwu: 义乌, 伊吾) names none;
- ``named_in_text``: an organ named by a bare rank word (自治区人民政府, 省财政厅, 市政府) whose
  text names exactly one place of that rank (新疆, 浙江省, 温州市 or a county-level city in one
  prefecture): that place;
- ``local_media``: a bare-rank 市 organ that publishes in its city's own media (温州日报,
  温州都市报, 温州电视台): that city;
- ``zone_name``: a zone whose name opens with a place's short name (芜湖经济技术开发区, 广东从化
  经济开发区): the one city the gazetteer gives that short name. A guess like the others, never
  the name's own statement: 东湖高新区 opens with the short name of 南昌's 东湖区 and lies in 武汉,
  which its address and area code say — clues that disagree give nothing.

A place is filled only where the organ's stated places (through the gazetteer:
``gazetteer.above``) leave it unknown, for the ranks its level lies in, and only when every
clue agrees with every other and with what is stated (a county that is several places,
朝阳区, must lie in the clues' province and city). Two clues that disagree give nothing. The
record keeps each clue that gave a place (``Organ.place_evidence``: field, value, how, the
text as written and its span), so a reviewer sees why a report is counted in 浙江.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import gazetteer
from .lexicon import LexiconError, load
from .organ_address import RANKS_OF_LEVEL, address_region
from .place_pinyin import place_spelled
from .organ_names import ZONE_WORDS
from .places import bare_rank, province_named_short, simplify
from .record import Contact, Organ

HOWS = ("address", "area_code", "postcode", "website", "named_in_text", "local_media", "zone_name")

# the ranks of place an organ of each level lies in (organ_address's), which clues may fill:
# never the county (a clue tells a province or a city)
_RANKS_OF_LEVEL = {level: tuple(r for r in ranks if r != "county")
                   for level, ranks in RANKS_OF_LEVEL.items()}
# a stated place that is only a rank word says no place (自治区 of 自治区人民政府)
_BARE = {"省", "市", "区", "县", "州", "自治区", "自治州", "旗", "盟"}
_MEDIA = re.compile(r"日报|都市报|晚报|电视台|广播电视台|融媒体中心|新闻网")


@dataclass(frozen=True)
class Clue:
    how: str                # one of HOWS
    province: str
    city: str | None        # None: the clue tells the province only
    text: str               # as the report writes it
    span: tuple[int, int]   # [start, end) into the record's text


# ---------------------------------------------------------------- the tables
def _province(name: str) -> str | None:
    """The province a full or short name is (浙江 -> 浙江省)."""
    if gazetteer.rank(name) == "province":
        return name
    found = {p.name for p in gazetteer.places_short(name) if p.rank == "province"}
    return found.pop() if len(found) == 1 else None


def _city_in(province: str, short: str) -> str | None:
    """The prefecture of ``province`` a short name is (温州 -> 温州市); None for one it does not
    know or a place under the province directly (天门, 石河子: the province only)."""
    cands = list(gazetteer.places_short(short)) + [
        p for tail in ("市", "地区", "盟") for p in gazetteer.places_named(short + tail)]
    found = {p.name for p in cands if p.rank == "city" and p.parents[:1] == (province,)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def area_codes() -> dict[str, tuple[str, str | None]]:
    """Area code -> (province, city or None): the package's table, the project's rows over it."""
    out: dict[str, tuple[str, str | None]] = {}
    try:
        raw = gazetteer.dictionary_file("landline_phone_area_code.txt").read_text(encoding="utf-8")
    except (gazetteer.GazetteerMissing, OSError):
        return out
    for line in raw.splitlines():
        parts = line.split()
        if len(parts) != 2 or "/" not in parts[1]:
            continue
        code, (pshort, cshort) = parts[0], parts[1].split("/", 1)
        province = _province(pshort)
        if province:
            out[code] = (province, _city_in(province, cshort) if cshort != pshort else None)
    for r in load("area_codes", required=("code", "province"), unique=("code",)):
        if not re.fullmatch(r"0\d{2,3}", r["code"]):
            raise LexiconError(f"lexicons/area_codes.tsv: {r['code']!r} is no area code (0 and 2-3 digits)")
        if gazetteer.rank(r["province"]) != "province":
            raise LexiconError(f"lexicons/area_codes.tsv: {r['code']}: {r['province']!r} is no province "
                               "the gazetteer knows")
        city = r["city"] or None
        if city and not any(p.rank == "city" and p.parents[:1] == (r["province"],)
                            for p in gazetteer.places_named(city)):
            raise LexiconError(f"lexicons/area_codes.tsv: {r['code']}: {city!r} is no prefecture of "
                               f"{r['province']} the gazetteer knows")
        out[r["code"]] = (r["province"], city)
    return out


@lru_cache(maxsize=1)
def _postcode_prefixes() -> tuple[tuple[str, str], ...]:
    rows = load("postcode_prefixes", required=("prefix", "province"), unique=("prefix",))
    for r in rows:
        if not r["prefix"].isdigit() or not 2 <= len(r["prefix"]) <= 5:
            raise LexiconError(f"lexicons/postcode_prefixes.tsv: {r['prefix']!r} is no postcode opening")
    return tuple(sorted(((r["prefix"], r["province"]) for r in rows), key=lambda x: -len(x[0])))


def area_code_of(phone: str) -> str | None:
    """The area code a landline as written dials (0577-62522251, （0577）62522251, 0577 6252 2251,
    010-12345678 -> 010); None for a mobile, a number without one or a service number."""
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", phone))   # ０５７７ as 0577
    if not digits.startswith("0") or len(digits) < 10:
        return None
    code = digits[:3] if digits[1] in "12" else digits[:4]
    return code if 7 <= len(digits) - len(code) <= 8 else None


def postcode_province(postcode: str) -> str | None:
    postcode = unicodedata.normalize("NFKC", postcode or "")   # ３１１８００ as 311800
    if not re.fullmatch(r"\d{6}", postcode or ""):
        return None
    return next((prov for pre, prov in _postcode_prefixes() if postcode.startswith(pre)), None)


# ---------------------------------------------------------------- the clues
def contact_clues(contact: Contact, text: str) -> list[Clue]:
    """The clues of the organ's own contact lines: its landlines' area codes, its postcode."""
    out = []
    keys = [k for k in contact.spans if k.startswith("phones.") or k == "fax"]
    codes = area_codes()
    for k in keys:
        s, e = contact.spans[k]
        code = area_code_of(text[s:e])
        if code and code in codes:
            prov, city = codes[code]
            out.append(Clue("area_code", prov, city, text[s:e], (s, e)))
    if contact.website and "website" in contact.spans:
        s, e = contact.spans["website"]
        host = re.match(r"(?:[A-Za-z]+://)?([A-Za-z0-9.\-]+)", text[s:e])
        label = re.search(r"([A-Za-z]+)\.gov\.cn$", host.group(1), re.I) if host else None
        got = place_spelled(label.group(1)) if label else None
        if got:
            a, b = s + host.start(1) + label.start(1), s + host.start(1) + label.end(1)
            out.append(Clue("website", got[0], got[1], text[a:b], (a, b)))
    if contact.postcode and "postcode" in contact.spans:
        s, e = contact.spans["postcode"]
        prov = postcode_province(re.sub(r"\s+", "", text[s:e]))
        if prov:
            out.append(Clue("postcode", prov, None, text[s:e], (s, e)))
    return out


def address_clues(organ: Organ, contact: Contact, text: str) -> list[Clue]:
    """The clue of the organ's own address: the places it opens with (see the module)."""
    got = address_region(contact.address)
    if not got or "address" not in contact.spans:
        return []
    (prov, city, county), end = got
    stated = _stated(organ.county)
    if county and stated and simplify(county) != stated:
        return []   # another county's address: not the organ's own
    s, e = contact.spans["address"]
    if text[s:e] == contact.address:
        e = s + end
    return [Clue("address", prov, city, text[s:e], (s, e))]


def _rank_word(organ: Organ) -> str | None:
    """The bare rank word an organ is named by (自治区 of 自治区人民政府办公厅, 市 of 市财政局)."""
    name = simplify(organ.name or "")
    if name.startswith("自治区"):
        return "自治区"
    return bare_rank(name) if bare_rank(name) in ("省", "市") else None


def _first(text: str, word: str) -> tuple[int, int]:
    at = simplify(text).find(word)
    return at, at + len(word)


def text_clues(organ: Organ, text: str) -> list[Clue]:
    """Clues of the text for an organ named by a bare rank word: each place of that rank the
    text names (and, for a 市, its city's own media)."""
    word = _rank_word(organ)
    if not word or not gazetteer.available():
        return []
    s = simplify(text)
    out: list[Clue] = []
    if word in ("自治区", "省"):
        for p in gazetteer.provinces():
            forms = (p.name, p.short) if word == "自治区" and p.short else (p.name,)
            if p.name.endswith(word):
                for f in forms:
                    a = s.find(f) if f else -1
                    if a >= 0:
                        out.append(Clue("named_in_text", p.name, None, text[a:a + len(f)], (a, a + len(f))))
                        break
        return out
    # 市: every city the text names in full (a prefecture, or a county-level city in one)
    for m in re.finditer("市", s):
        for k in range(max(0, m.start() - 7), m.start() - 1):
            name = s[k:m.end()]
            places = [p for p in gazetteer.places_named(name) if p.rank in ("city", "county")]
            if not places:
                continue
            ups = {(p.parents[0], p.name if p.rank == "city" else p.parents[1]) for p in places}
            if len(ups) == 1:
                prov, city = ups.pop()
                if prov:
                    out.append(Clue("named_in_text", prov, city, text[k:m.end()], (k, m.end())))
            break   # the longest name ending here
    for m in _MEDIA.finditer(s):
        for k in range(max(0, m.start() - 4), m.start() - 1):
            short = s[k:m.start()]
            found = {(p.parents[0], p.name) for p in gazetteer.places_short(short) if p.rank == "city"}
            if len(found) == 1:
                prov, city = found.pop()
                out.append(Clue("local_media", prov, city, text[k:m.end()], (k, m.end())))
                break
    return out


def zone_clues(organ: Organ, text: str) -> list[Clue]:
    """The clue of a zone's name opening with a place's usual short name, a province's short name
    perhaps before it (广东从化经济开发区 -> 广东省, 广州市; 芜湖经济技术开发区 -> 安徽省, 芜湖市): the
    one city the gazetteer gives that short name (a county's: its city), in the province named."""
    sname = simplify(organ.name or "")
    m = ZONE_WORDS.search(sname) if organ.level == "other" else None
    if not m or not gazetteer.available():
        return []
    # where the name is written; a name built from its parts (not written whole): where the text
    # first writes the zone's name, else its opening
    s = organ.span[0] if organ.span else next((a for a, _ in (_first(text, sname[:m.end()]),
                                                              _first(text, sname[:m.start()])) if a >= 0), -1)
    if s < 0:
        return []
    province, head, at = _stated(organ.province), sname[:m.start()], 0
    for k in (3, 2):
        named = province_named_short(head[:k])
        if named and (province is None or named == province):
            province, head, at = named, head[k:], k
            break
    for k in (4, 3, 2):
        if len(head) < k:
            continue
        found = [p for p in gazetteer.places_short(head[:k]) + gazetteer.places_named(head[:k] + "市")
                 if p.rank in ("city", "county") and (province is None or p.parents[:1] == (province,))]
        cities = {p.name if p.rank == "city" else p.parents[1] for p in found if p.rank == "city" or len(p.parents) > 1}
        provinces = {p.parents[0] for p in found if p.parents}
        if len(cities) == 1 and len(provinces) == 1:
            return [Clue("zone_name", province or provinces.pop(), cities.pop(), text[s:s + at + k], (s, s + at + k))]
        if found:
            break
    # a province's short name alone (湖南湘江新区): the province only
    return [Clue("zone_name", province, None, text[s:s + at], (s, s + at))] if at else []


# ---------------------------------------------------------------- settling
def _stated(v: str | None) -> str | None:
    return simplify(v) if v and v not in _BARE else None


def infer_places(organ: Organ, contact: Contact, text: str) -> None:
    """Fill the organ's province and city its stated places leave unknown from the clues of its
    report, when they all agree (see the module); each filled place keeps its clues."""
    ranks = _RANKS_OF_LEVEL.get(organ.level or "")
    if not ranks or not gazetteer.available():
        return
    sp, sc, sk = _stated(organ.province), _stated(organ.city), _stated(organ.county)
    kp, kc = gazetteer.above(sp, sc, sk) if (sp or sc or sk) else (None, None)
    kp = kp and (_province(kp) or kp)
    if kp and (kc or "city" not in ranks):
        return   # the stated places settle every rank the organ lies in
    clues = (address_clues(organ, contact, text) + contact_clues(contact, text) + text_clues(organ, text)
             + zone_clues(organ, text))
    if not clues or len({c.province for c in clues}) != 1 or len({c.city for c in clues if c.city}) > 1:
        return   # no clue, or two that disagree
    prov = clues[0].province
    city = next((c.city for c in clues if c.city), None)
    if (kp and kp != prov) or (kc and city and simplify(kc) != city):
        return   # the clues disagree with what the organ states
    if sk and not _lies_in(sk, prov, kc or city):
        return   # a stated county the gazetteer puts elsewhere
    fill = {}
    if "province" in ranks and not kp:
        fill["province"] = prov
    if "city" in ranks and not kc and city:
        fill["city"] = city
    if not fill:
        return
    evidence = list(organ.place_evidence or [])
    for field, value in fill.items():
        setattr(organ, field, value)
        for c in clues:
            if field == "province" or c.city == value:
                evidence.append({"field": field, "value": value, "how": c.how, "text": c.text,
                                 "span": list(c.span)})
    organ.place_evidence = evidence


def note_places(organ: Organ, contact: Contact, text: str, via: dict[str, str]) -> None:
    """Keep how the places its name does not state were read elsewhere (field -> ``address``:
    the organ's own address, ``named_in_text``: the text's own words, 在浑南区委领导下): the
    address's span, or where the text first writes the place."""
    evidence = list(organ.place_evidence or [])
    for field, how in via.items():
        value = getattr(organ, field)
        if how == "address" and "address" in contact.spans:
            a, b = contact.spans["address"]
        else:
            a, b = _first(text, simplify(value))
        if a >= 0:
            evidence.append({"field": field, "value": value, "how": how, "text": text[a:b], "span": [a, b]})
    organ.place_evidence = evidence


def _lies_in(county: str, province: str, city: str | None) -> bool:
    """Whether a stated county (朝阳区) is, in the gazetteer, a place of the province (and city),
    or one the gazetteer does not know (nothing to disagree with)."""
    places = [p for p in gazetteer.places_named(county) if p.rank in ("county", "city")]
    if not places:
        full = gazetteer.full_form(county)
        places = [p for p in gazetteer.places_named(full)] if full else []
    if not places:
        return True
    return any(p.parents[0] == province and (not city or p.rank == "city" or p.parents[1] == city)
               for p in places)
