"""Organ, level, region, year and contact details. (placeholder: issue 3 fills it in)"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .record import Contact, Organ


@dataclass
class Metadata:
    organ: Organ = field(default_factory=Organ)
    year: int | None = None
    contact: Contact = field(default_factory=Contact)
    warnings: list[str] = field(default_factory=list)


def extract_metadata(doc: Document) -> Metadata:
    return Metadata()
