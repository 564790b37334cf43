"""Organ, level, region, year and contact details.

The organ (name, level, places) is ``organ.py``'s work; this module adds the year and the
contact details and is the entry point. The year is the statistics period's, then the title's.
Null where the text does not say.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .document import Document
from .organ import (as_written, expand_rank_prefix, level_from_self, level_of, organ_name,  # noqa: F401
                    organ_of, place_rank, places, short_name, simplify, title_name)
from .record import Contact, Organ
from .sections import find_sections


@dataclass
class Metadata:
    organ: Organ = field(default_factory=Organ)
    year: int | None = None
    contact: Contact = field(default_factory=Contact)
    warnings: list[str] = field(default_factory=list)

# ---------------------------------------------------------------- year
_PERIOD = re.compile(r"统计(?:数据)?(?:期限|时限|时间|区间|限)[^0-9]{0,6}(?P<y>20\d\d)")


def year_of(text: str, title_year: int | None) -> int | None:
    m = _PERIOD.search(text)
    if m:
        return int(m.group("y"))
    if title_year:
        return title_year
    m = re.search(r"(20\d\d)\s*年?度", text[:3000])
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d\d)\s*年(?![0-9]{1,2}月)", text[:3000]))
    years += Counter(int(y) for y in re.findall(r"(20\d\d)\s*年(?:,|，|我|全年|以来)", text[:3000]))
    return years.most_common(1)[0][0] if years else None


# ---------------------------------------------------------------- contact
_PHONE = r"(?:0\d{2,3}\s*[-—－–]\s*)?\d{7,8}(?!\d)"
_KEYS = r"(?:邮编|邮政编码|电话|联系电话|传真|电子邮箱|电子邮件|邮箱|网址|工作时间|地址|通信地址)"
_URL = re.compile(r"(?:https?://)?(?:www\.)?[a-zA-Z0-9\-]+(?:\.[a-zA-Z0-9\-]+)*\.(?:gov\.cn|com|cn|net|org)"
                  r"(?:/[A-Za-z0-9_\-./?=&%#]*)?")
_EMAIL = re.compile(r"[A-Za-z0-9_.\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _windows(text: str) -> list[tuple[int, int]]:
    secs = find_sections(text)
    pre_end = secs[0].start if secs and secs[0].start > 50 else min(len(text), 1500)
    wins = [(0, min(pre_end, 3000))]
    for m in re.finditer(r"联系", text):
        wins.append((m.start(), min(len(text), m.end() + 300)))
    wins.append((max(0, len(text) - 600), len(text)))
    return wins


def contact_of(text: str, organ: str | None) -> Contact:
    c = Contact()
    for a, b in _windows(text):
        w = text[a:b]
        if c.address is None:
            m = re.search(rf"(?:通信|通讯|办公)?地址\s*[:：]\s*(?P<v>.+?)(?=[,，;；]\s*{_KEYS}|[）)\n]|$)", w)
            if m:
                c.address = m.group("v").strip()
        if c.postcode is None:
            m = re.search(r"(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})(?!\d)", w)
            if m:
                c.postcode = m.group(1)
        if not c.phones:
            m = re.search(rf"(?:电话|联系方式|联系)\s*[:：]?\s*(?P<v>{_PHONE}(?:\s*[、/或,，]\s*{_PHONE})*)", w)
            if m:
                c.phones = re.findall(_PHONE, m.group("v"))
        if c.fax is None:
            m = re.search(rf"传真\s*[:：]?\s*({_PHONE})", w)
            if m:
                c.fax = m.group(1)
        if c.email is None:
            m = _EMAIL.search(w)
            if m:
                c.email = m.group()
    c.website = _website(text, organ)
    return c


def _website(text: str, organ: str | None) -> str | None:
    head = text[:3000]
    found = []
    for m in _URL.finditer(head):
        if "@" in head[max(0, m.start() - 30):m.start()] or head[m.end():m.end() + 1] == "@":
            continue
        before = head[max(0, m.start() - 40):m.start()]
        if not re.search(r"网站|网|电子版|下载|查阅|网址", before):
            continue
        found.append((m.group().rstrip("./") if not m.group().endswith("/") else m.group(), before))
    if not found:
        return None
    if organ and len(found) > 1:
        for url, before in found:
            if organ in before:
                return url
        return found[-1][0]
    return found[0][0]


# ---------------------------------------------------------------- entry point
def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    title, title_year, _ = title_name(text)
    organ = organ_of(text, title)
    contact = contact_of(text, organ.name)
    if organ.county is None and organ.level in ("township", "subdistrict"):
        organ.county = county_of_address(contact.address)
    return Metadata(organ=organ, year=year_of(text, title_year), contact=contact)


def county_of_address(address: str | None) -> str | None:
    """The county a township's own address starts with: 东至县木塔乡… -> 东至县; a lone 市
    before the street (新乐市新藁路…) is the county-level city the township belongs to."""
    ps = places(address or "")
    counties = [p for p in ps if place_rank(p) == "county"]
    if counties:
        return counties[-1]
    if len(ps) == 1 and ps[0].endswith("市") and place_rank(ps[0]) == "city":
        return ps[0]
    return None
