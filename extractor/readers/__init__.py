"""Readers: one per format, each turning a file into a ``Document``.

``read_document(path)`` picks the reader by the file's content first (a ``.txt`` page
that is really HTML is read as HTML) and its extension second. Every failure is a
``ReadError`` naming the file, the reason and what to do.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document


class ReadError(Exception):
    """A file that cannot be read; ``str()`` names the file, the reason and the fix."""

    def __init__(self, path: str | Path, reason: str, fix: str = ""):
        self.path, self.reason, self.fix = str(path), reason, fix
        super().__init__(f"{self.path}: {reason}" + (f" ({fix})" if fix else ""))


FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".shtml": "html",
           ".xhtml": "html", ".docx": "docx", ".pdf": "pdf",
           ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def decode(data: bytes, path: str | Path) -> str:
    """Bytes -> str: UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ReadError(path, "the text is neither UTF-8 nor GB18030/GBK",
                        "save it as UTF-8 and try again") from None


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return head.lstrip().startswith(("<!doctype html", "<html")) or sum(
        head.count(t) for t in ("<p", "<div", "<table", "<br", "<span", "</")) >= 3


def sniff_format(path: Path, data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    return FORMATS.get(path.suffix.lower(), "")


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "no such file", "check the path") from None
    except IsADirectoryError:
        raise ReadError(path, "is a folder", "name the files, or use `nianbao ingest` for folders") from None
    except OSError as e:
        raise ReadError(path, f"cannot be opened: {e.strerror}") from None
    if not data.strip():
        raise ReadError(path, "the file is empty", "check that the download or export finished")
    fmt = sniff_format(path, data)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError(path, "Word 97 .doc files are not read",
                        "convert it: soffice --headless --convert-to docx FILE")
    if fmt == "pdf":
        from .pdf import read_pdf
        doc = read_pdf(path, data)
    elif fmt == "docx":
        from .docx import read_docx
        doc = read_docx(path, data)
    elif fmt == "image":  # a scanned page (png, jpg, tiff): OCR, the `ocr` extra
        from .ocr import read_image
        doc = read_image(path, data)
    elif suffix == ".pdf" or suffix == ".docx":
        raise ReadError(path, f"is not a valid {suffix[1:].upper()} file (its content is not {suffix[1:].upper()})",
                        "re-download or re-export the file")
    elif fmt in ("txt", "html"):
        text = decode(data, path)
        if "\x00" in text:
            raise ReadError(path, "looks like binary data, not text",
                            "give a .txt, .html, .docx or .pdf report")
        if fmt == "html" or looks_like_html(text):
            from .html import read_html
            doc = read_html(path, text)
        else:
            from .txt import read_txt
            doc = read_txt(path, text)
    else:
        raise ReadError(path, f"unknown format '{suffix or '(no extension)'}'",
                        "nianbao reads .txt, .html/.htm, .docx, .pdf and scans as .png/.jpg/.tiff")
    doc.sha256 = hashlib.sha256(data).hexdigest()
    if not doc.text.strip():
        raise ReadError(path, "no text could be read from it", "check the file opens and has text")
    return doc
