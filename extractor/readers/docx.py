"""Word .docx files: paragraphs and tables in body order.

python-docx repeats a merged cell in every grid position it covers, so the reader walks
the XML itself: a ``w:tc`` is one cell whatever its ``gridSpan``, and a ``w:tc`` whose
``vMerge`` continues the cell above is not emitted. Paragraphs inside a cell are wraps
(``clean`` joins Chinese with nothing). Tracked insertions are read, deletions and
field instructions are not; of a text box's two copies (``mc:Choice``/``mc:Fallback``)
only the first is read.
"""
from __future__ import annotations

import io

from ..document import Document
from . import ReadError
from ._layout import Layout

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {MC_FALLBACK, W + "del", W + "instrText", W + "delText", W + "rPr", W + "pPr"}


def _para_text(p) -> str:
    parts: list[str] = []

    def rec(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                parts.append(" ")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "p":  # a text box's paragraph inside this one
                parts.append("\n")
                rec(child)
                parts.append("\n")
            else:
                rec(child)

    rec(p)
    return "".join(parts)


def _cell_text(tc) -> str:
    """All paragraphs of a cell (nested tables included), one wrap between each."""
    return "\n".join(_para_text(p) for p in tc.iter(W + "p"))


def _continues_above(tc) -> bool:
    """``<w:vMerge/>`` or ``<w:vMerge w:val="continue"/>``: covered by the cell above."""
    tcpr = tc.find(W + "tcPr")
    if tcpr is None:
        return False
    vm = tcpr.find(W + "vMerge")
    return vm is not None and vm.get(W + "val", "continue") == "continue"


def _unwrapped(el, tag: str):
    """The ``tag`` children of ``el``, also those wrapped in content controls or custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _unwrapped(content, tag)


def _row_cells(tr):
    return _unwrapped(tr, W + "tc")


def _rows(tbl):
    return _unwrapped(tbl, W + "tr")


def _walk(container, out: Layout) -> None:
    for child in container:
        tag = child.tag
        if tag == W + "p":
            for line in _para_text(child).split("\n"):
                out.para(line)
        elif tag == W + "tbl":
            index = out.new_table()
            for tr in _rows(child):
                out.row([_cell_text(tc) for tc in _row_cells(tr) if not _continues_above(tc)], index)
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _walk(content, out)
        elif tag == W + "customXml":
            _walk(child, out)


def read_docx(path, data: bytes) -> Document:
    import docx  # python-docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as e:  # BadZipFile, KeyError (no document part), XMLSyntaxError, ValueError
        raise ReadError(path, f"is not a valid DOCX file ({type(e).__name__}: {e})",
                        "re-save it from Word") from None
    out = Layout()
    _walk(body, out)
    if not out.text.strip():
        raise ReadError(path, "the DOCX file has no text", "check it is the report and not a scan pasted as pictures")
    return Document(path=str(path), format="docx", text=out.text, sha256="", cells=out.page_cells(),
                    structured=True)
