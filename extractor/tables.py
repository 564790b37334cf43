"""Tables 2-4 -> canonical figure keys. (being written)"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .record import Figure


@dataclass
class TableResult:
    figures: list[Figure] = field(default_factory=list)
    template: str | None = None
    warnings: list[str] = field(default_factory=list)


def extract_tables(doc: Document) -> TableResult:
    return TableResult()
