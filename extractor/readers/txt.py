"""Plain text: Word exports (a cell per tab-led line, blank lines between rows) and page
text with tables flattened by pipes (a row per line, a cell per line, or a cell per line
with '|' lines between)."""
from __future__ import annotations

from ..document import Document


def read_txt(path, text: str) -> Document:
    return Document(path=str(path), format="txt", text=text, sha256="")
