"""Readers: one per format, each turning a file into a ``Document``.

``read_document(path)`` picks the reader by the file's content first (a ``.txt`` page
that is really HTML is read as HTML) and its extension second. Every failure is a
``ReadError`` naming the file, the reason (in English and Chinese) and what to do; a
file over a limit of ``extractor.limits`` (size, special file, zip or PDF bomb, pages) is
refused before it is parsed.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document
from ..limits import LimitError, check_docx, check_pdf, read_bounded


class ReadError(Exception):
    """A file that cannot be read; ``str()`` names the file, the reason and the fix.

    ``zh`` is the reason in Chinese for people who do not read the English one (the app and
    the ingest summary show it); readers that give none get a generic one."""

    def __init__(self, path: str | Path, reason: str, fix: str = "", zh: str = ""):
        self.path, self.reason, self.fix = str(path), reason, fix
        self.zh = zh or "无法读取"
        super().__init__(f"{self.path}: {reason}" + (f" ({fix})" if fix else ""))

    def explained(self) -> str:
        """The Chinese reason with the English one and the fix after it."""
        return f"{self.zh}（{self.reason}" + (f"; {self.fix}" if self.fix else "") + "）"

FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", ".markdown": "txt", ".html": "html", ".htm": "html",
           ".shtml": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf",
           ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")

# Legacy Chinese encodings a detector chooses between when the bytes are not UTF-8:
# GB18030 (a superset of GBK and GB2312) and Big5 (traditional characters; GB18030 decodes
# most Big5 bytes too, into other characters, so a strict decode cannot tell them apart).
LEGACY = ("gb18030", "big5")


def _cut_utf8(data: bytes) -> str | None:
    """UTF-8 whose only fault is a last character cut short (a truncated download)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and len(data) - e.start < 4:
            return data[:e.start].decode("utf-8")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark: ASCII characters leave NULs on one side only."""
    if len(data) % 2 or b"\x00" not in data[:4000]:
        return None
    head = data[:4000]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    enc = "utf-16-le" if odd > 4 * max(even, 1) else "utf-16-be" if even > 4 * max(odd, 1) else None
    if enc is None:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, path: str | Path, warnings: list[str] | None = None) -> str:
    """Bytes -> str: UTF-8 (with or without BOM), UTF-16 (BOM, or ASCII NULs), else the
    legacy encoding a detector (charset-normalizer) finds likelier: GB18030/GBK or Big5.

    A UTF-8 text whose last character is cut short is read without it, with a warning in
    ``warnings``; so is a legacy encoding other than GB18030."""
    warn = warnings if warnings is not None else []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if len(data) % 2:
            warn.append("the last byte of the UTF-16 text was cut off and is ignored")
            data = data[:-1]
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(path, "the text starts as UTF-16 but is not valid UTF-16",
                            "save it as UTF-8 and try again",
                            zh="文件开头标明是 UTF-16 编码，但内容不是有效的 UTF-16") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    cut = _cut_utf8(data)
    if cut is not None:
        warn.append("the last character of the UTF-8 text was cut short and is left out")
        return cut
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        return u16
    fits = []
    for enc in LEGACY:
        try:
            fits.append((enc, data.decode(enc)))
        except UnicodeDecodeError:
            pass
    if len(fits) > 1:
        from charset_normalizer import from_bytes
        best = from_bytes(data, cp_isolation=list(LEGACY)).best()
        if best is not None and best.encoding in ("big5", "cp950", "big5hkscs"):
            fits = [f for f in fits if f[0] == "big5"]
    if not fits:
        raise ReadError(path, "the text is neither UTF-8, UTF-16, GB18030/GBK nor Big5",
                        "save it as UTF-8 and try again",
                        zh="文本编码无法识别（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）")
    enc, text = fits[0]
    if enc != "gb18030":
        warn.append(f"the text was read as {enc} (traditional characters)")
    return text


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


def read_bytes(path: Path) -> bytes:
    """The file's bytes within the limits, or a ``ReadError`` naming the file and the fix."""
    try:
        return read_bounded(path)
    except FileNotFoundError:
        raise ReadError(path, "no such file", "check the path", zh="文件不存在") from None
    except LimitError as e:
        raise ReadError(path, e.reason, e.fix, zh=e.zh) from None
    except OSError as e:
        raise ReadError(path, f"cannot be opened: {e.strerror}",
                        zh=f"无法打开（{e.strerror}）") from None


def read_document(path: str | Path) -> Document:
    path = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise ReadError(path, "the file is empty", "check that the download or export finished",
                        zh="文件是空的")
    fmt = sniff_format(path, data)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError(path, "Word 97 .doc files are not read",
                        "convert it: soffice --headless --convert-to docx FILE",
                        zh="不支持 Word 97 的 .doc 文件，请先转换为 .docx")
    warnings: list[str] = []
    try:
        if fmt == "pdf":
            check_pdf(path, data)
        elif fmt == "docx":
            check_docx(path, data)
    except LimitError as e:
        raise ReadError(path, e.reason, e.fix, zh=e.zh) from None
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
        text = decode(data, path, warnings)
        if "\x00" in text:
            raise ReadError(path, "looks like binary data, not text",
                            "give a .txt, .html, .docx or .pdf report", zh="是二进制数据，不是文本")
        if fmt == "html" or looks_like_html(text):
            from .html import read_html
            doc = read_html(path, text)
        else:
            from .txt import read_txt
            doc = read_txt(path, text)
    else:
        raise ReadError(path, f"unknown format '{suffix or '(no extension)'}'",
                        "nianbao reads .txt/.md, .html/.htm, .docx, .pdf and scans as .png/.jpg/.tiff",
                        zh=f"不支持的文件类型（{suffix or '无扩展名'}）")
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.warnings[:0] = warnings
    if not doc.text.strip():
        raise ReadError(path, "no text could be read from it", "check the file opens and has text",
                        zh="读不出任何文字")
    return doc
