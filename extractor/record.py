"""The record of the contract (schema ``nianbao.record/1``) as small dataclasses.

``Record.to_dict()`` gives exactly the JSON shape of ``shared/contract/README.md``; the
store imports this module to read records back (``Record.from_dict``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "nianbao.record/1"

LEVELS = ("township", "subdistrict", "county", "county_dept", "city", "city_dept",
          "province", "province_dept", "national_dept", "other")
CHANNELS = ("portal", "wechat", "weibo", "app", "video", "bulletin_board", "service_hall",
            "reading_room", "hotline", "press", "other")
FACT_KINDS = ("responsible_official", "responsible_office", "channel", "problem", "remedy")


@dataclass
class Figure:
    key: str
    value: float | int
    unit: str | None
    source: str  # "table" | "narrative"
    raw: str
    span: list[int]


@dataclass
class Fact:
    kind: str
    text: str
    value: str | None
    span: list[int]


@dataclass
class Check:
    rule: str
    ok: bool | None
    severity: str  # "hard" | "soft"
    expected: float | int | None
    found: float | int | None
    message: str
    keys: list[str] = field(default_factory=list)  # extension: the figure keys it reads


@dataclass
class Organ:
    name: str | None = None
    short_name: str | None = None
    level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None


@dataclass
class Contact:
    address: str | None = None
    postcode: str | None = None
    phones: list[str] = field(default_factory=list)
    fax: str | None = None
    email: str | None = None
    website: str | None = None


@dataclass
class Record:
    source: dict[str, Any]
    text: str
    organ: Organ = field(default_factory=Organ)
    year: int | None = None
    template: str | None = None
    contact: Contact = field(default_factory=Contact)
    facts: list[Fact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        order = ("schema", "source", "text", "organ", "year", "template", "contact",
                 "facts", "figures", "checks", "warnings")
        return {k: d[k] for k in order}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        return cls(
            source=dict(d.get("source") or {}),
            text=d.get("text") or "",
            organ=Organ(**(d.get("organ") or {})),
            year=d.get("year"),
            template=d.get("template"),
            contact=Contact(**{k: v for k, v in (d.get("contact") or {}).items()
                               if k in Contact.__dataclass_fields__}),
            facts=[Fact(**f) for f in d.get("facts") or []],
            figures=[Figure(**f) for f in d.get("figures") or []],
            checks=[Check(**c) for c in d.get("checks") or []],
            warnings=list(d.get("warnings") or []),
            schema=d.get("schema", SCHEMA),
        )

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)
