"""The record of the contract (schema ``nianbao.record/1``) as small dataclasses.

``Record.to_dict()`` gives exactly the JSON shape of ``shared/contract/README.md``; the
store imports this module to read records back (``Record.from_dict``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
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
    confidence: float | None = None  # extension: OCR recognition confidence of a scanned cell


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
    # extension: the [start, end) of the two passages a check of the report against itself
    # compares (extractor/selfcheck.py); None (and not in the JSON) for every other check
    spans: list[list[int]] | None = None


TABLE_STATUSES = ("verified", "source_inconsistent", "doubtful", "incomplete", "absent")


@dataclass
class TableStatus:
    """How sure the reading of one table is (contract extension ``tables``)."""
    table: str
    template: str | None
    status: str  # one of TABLE_STATUSES
    missing: list[str] = field(default_factory=list)  # template row keys not found
    note: str = ""


@dataclass
class Organ:
    name: str | None = None
    short_name: str | None = None
    level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    # extension (compatible): [start, end) of the name in the record's text, None when the
    # name is not written whole there (a fuller form built from the title's)
    span: list[int] | None = None
    # extension (compatible): how a province or city the name does not state was known
    # (extractor/place_evidence.py): {"field", "value", "how", "text", "span"} per clue
    place_evidence: list[dict] = field(default_factory=list)


@dataclass
class Contact:
    address: str | None = None
    postcode: str | None = None
    phones: list[str] = field(default_factory=list)
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    # extension (compatible): where each value came from, [start, end) into the record's
    # text: address, postcode, fax, email, website, phones.0, phones.1 …
    spans: dict[str, list[int]] = field(default_factory=dict)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _copy(v: Any) -> Any:
    if isinstance(v, list):
        return [_copy(x) for x in v]
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, tuple):
        return tuple(_copy(x) for x in v)
    return v


def _flat(obj: Any) -> dict[str, Any]:
    """asdict for the record's small dataclasses (their fields are plain values and lists)."""
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {k: _copy(getattr(obj, k)) for k in names}


def _build(cls, d: dict | None):
    """``cls(**d)`` keeping only the fields ``cls`` has (a record from a newer nianbao)."""
    return cls(**{k: v for k, v in (d or {}).items() if k in cls.__dataclass_fields__})


def _check(c: Check) -> dict[str, Any]:
    """A check's dict; ``spans`` only where it compares two passages (other checks stay as they were)."""
    d = _flat(c)
    if d["spans"] is None:
        del d["spans"]
    return d


def _figure(f: Figure) -> dict[str, Any]:
    """A figure's dict; ``confidence`` only where OCR read it (records of text stay as they were)."""
    d = _flat(f)
    if d["confidence"] is None:
        del d["confidence"]
    return d


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
    tables: list[TableStatus] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema: str = SCHEMA
    # extension (compatible): [start, end) of the four digits the year was read from
    year_span: list[int] | None = None

    def to_dict(self) -> dict[str, Any]:
        # Equal to dataclasses.asdict (fresh lists and dicts, nothing shared), written out:
        # asdict deep-copies every value: 3.1 ms a report against 0.7 ms (bench/RESULTS.md).
        return {
            "schema": self.schema, "source": _copy(self.source), "text": self.text,
            "organ": _flat(self.organ), "year": self.year, "year_span": _copy(self.year_span),
            "template": self.template,
            "contact": _flat(self.contact), "facts": [_flat(f) for f in self.facts],
            "figures": [_figure(f) for f in self.figures], "checks": [_check(c) for c in self.checks],
            "tables": [_flat(t) for t in self.tables], "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        return cls(
            source=dict(d.get("source") or {}),
            text=d.get("text") or "",
            organ=_build(Organ, d.get("organ")),
            year=d.get("year"),
            year_span=d.get("year_span"),
            template=d.get("template"),
            contact=_build(Contact, d.get("contact")),
            facts=[_build(Fact, f) for f in d.get("facts") or []],
            figures=[_build(Figure, f) for f in d.get("figures") or []],
            checks=[_build(Check, c) for c in d.get("checks") or []],
            tables=[_build(TableStatus, t) for t in d.get("tables") or []],
            warnings=list(d.get("warnings") or []),
            schema=d.get("schema", SCHEMA),
        )

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)
