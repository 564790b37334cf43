"""Facts and narrative figures from the prose. (placeholder: issue 3 fills it in)"""
from __future__ import annotations

from .document import Document
from .record import Fact, Figure


def extract_narrative(doc: Document) -> tuple[list[Fact], list[Figure]]:
    return [], []
