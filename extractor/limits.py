"""Limits on what one input file may cost, checked before a reader spends it.

A report is a few hundred kB; a file far bigger, a DOCX whose parts inflate to gigabytes
(a zip bomb) or a PDF whose streams do (a PDF bomb) is refused with a clear error before
it is decompressed. ``LIMITS`` holds the values; each can be set by an environment
variable (``NIANBAO_MAX_FILE_MB`` …, see ``Limits.from_env``) or by replacing the object.

- ``check_file(path)``: a regular file (FIFOs, devices and sockets are refused without
  being opened, so a FIFO cannot hang the reader) no bigger than ``max_file_mb``.
- ``read_bounded(path)``: its bytes, never more than the limit (a file that grows while it
  is read, or a device passed some other way, is still bounded).
- ``check_docx(path, data)``: every part of the ZIP and their sum, decompressed, below
  ``max_part_mb`` / ``max_unzipped_mb`` (the sizes the ZIP declares bound what ``zipfile``
  inflates: it stops at the declared size and fails the CRC check past it).
- ``check_pdf(path, data)``: every Flate stream inflated (in bounded steps, never held) below
  ``max_stream_mb``, all of them below ``max_unzipped_mb``, and at most ``max_pages`` pages.

Wall time and memory per file are enforced by the process that runs the extraction
(``store.workers``), with ``max_seconds`` and ``max_memory_mb`` from here.
"""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, fields
from pathlib import Path

MB = 1024 * 1024


@dataclass
class Limits:
    max_file_mb: float = 64.0       # the file as it is on disk
    max_part_mb: float = 64.0       # one DOCX part, decompressed
    max_stream_mb: float = 64.0     # one PDF stream, decompressed
    max_unzipped_mb: float = 256.0  # all DOCX parts / all PDF streams, decompressed
    max_pages: int = 500            # PDF pages
    max_seconds: float = 120.0      # wall time of one file's extraction (store.workers)
    max_memory_mb: float = 1536.0   # address space a worker may add (store.workers)

    @classmethod
    def from_env(cls, env=os.environ) -> "Limits":
        """``NIANBAO_MAX_FILE_MB=10`` etc.: the field name upper-cased after ``NIANBAO_``."""
        values = {}
        for f in fields(cls):
            raw = env.get(f"NIANBAO_{f.name.upper()}")
            if raw is None:
                continue
            try:
                v = float(raw)
            except ValueError:
                raise ValueError(f"NIANBAO_{f.name.upper()}={raw!r} is not a number") from None
            if v <= 0:
                raise ValueError(f"NIANBAO_{f.name.upper()} must be above 0, not {raw}")
            values[f.name] = int(v) if f.type in (int, "int") else v
        return cls(**values)


LIMITS = Limits.from_env()


class LimitError(Exception):
    """A file over a limit: ``zh`` is the reason in Chinese, ``reason`` in English."""

    def __init__(self, reason: str, zh: str, fix: str):
        self.reason, self.zh, self.fix = reason, zh, fix
        super().__init__(reason)


def _mb(n: float) -> str:
    return f"{n / MB:.1f} MB"


def check_file(path: str | Path, limits: Limits | None = None) -> int:
    """The file's size, after refusing special files and files over the size limit."""
    lim = limits or LIMITS
    st = os.stat(path)  # follows a symlink: what would be read
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else
                "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file")
        zh = {"a FIFO (named pipe)": "命名管道", "a device": "设备文件", "a socket": "套接字",
              "a folder": "文件夹"}.get(kind, "特殊文件")
        raise LimitError(f"is {kind}, not a file", f"是{zh}，不是普通文件，未读取",
                         "give a report file")
    if st.st_size > lim.max_file_mb * MB:
        raise LimitError(f"is {_mb(st.st_size)}, over the {lim.max_file_mb:g} MB limit",
                         f"文件大小 {_mb(st.st_size)}，超过上限 {lim.max_file_mb:g} MB",
                         "raise NIANBAO_MAX_FILE_MB if the file really is a report")
    return st.st_size


def read_bounded(path: str | Path, limits: Limits | None = None) -> bytes:
    """The file's bytes (a regular file within the size limit; never more than the limit)."""
    lim = limits or LIMITS
    check_file(path, lim)
    cap = int(lim.max_file_mb * MB)
    with open(path, "rb") as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise LimitError(f"holds more than the {lim.max_file_mb:g} MB limit",
                         f"文件超过上限 {lim.max_file_mb:g} MB",
                         "raise NIANBAO_MAX_FILE_MB if the file really is a report")
    return data


def check_docx(path, data: bytes, limits: Limits | None = None) -> None:
    lim = limits or LIMITS
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a ZIP: the DOCX reader says so
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > lim.max_part_mb * MB:
            raise LimitError(
                f"its part {info.filename} unpacks to {_mb(info.file_size)}, over the "
                f"{lim.max_part_mb:g} MB limit (a zip bomb?)",
                f"DOCX 内部文件 {info.filename} 解压后 {_mb(info.file_size)}，超过上限 "
                f"{lim.max_part_mb:g} MB（可能是压缩炸弹）",
                "raise NIANBAO_MAX_PART_MB if the file really is a report")
    if total > lim.max_unzipped_mb * MB:
        raise LimitError(
            f"unpacks to {_mb(total)}, over the {lim.max_unzipped_mb:g} MB limit (a zip bomb?)",
            f"DOCX 解压后共 {_mb(total)}，超过上限 {lim.max_unzipped_mb:g} MB（可能是压缩炸弹）",
            "raise NIANBAO_MAX_UNZIPPED_MB if the file really is a report")


_STREAM = re.compile(rb"stream\r?\n")
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_STEP = 1 << 20


def _inflated_size(data: bytes, start: int, cap: int) -> int:
    """How many bytes the zlib stream at ``start`` inflates to, stopping past ``cap``;
    0 when it is no zlib stream (an image, or another filter)."""
    d = zlib.decompressobj()
    size, pos = 0, start
    try:
        chunk = d.decompress(data[pos:pos + 65536], _STEP)
        pos += 65536
        while True:
            size += len(chunk)
            if size > cap or d.eof:
                return size
            if d.unconsumed_tail:
                chunk = d.decompress(d.unconsumed_tail, _STEP)
            elif pos < len(data):
                chunk = d.decompress(data[pos:pos + 65536], _STEP)
                pos += 65536
            else:
                return size
    except zlib.error:
        return size


def check_pdf(path, data: bytes, limits: Limits | None = None) -> None:
    lim = limits or LIMITS
    total = 0
    cap = int(lim.max_stream_mb * MB)
    for m in _STREAM.finditer(data):
        if data[m.start() - 3:m.start()] == b"end":
            continue
        n = _inflated_size(data, m.end(), cap)
        total += n
        if n > cap:
            raise LimitError(
                f"a stream at byte {m.end()} inflates past the {lim.max_stream_mb:g} MB limit "
                "(a PDF bomb?)",
                f"PDF 第 {m.end()} 字节处的数据流解压后超过上限 {lim.max_stream_mb:g} MB"
                "（可能是压缩炸弹）",
                "raise NIANBAO_MAX_STREAM_MB if the file really is a report")
        if total > lim.max_unzipped_mb * MB:
            raise LimitError(
                f"its streams inflate past the {lim.max_unzipped_mb:g} MB limit (a PDF bomb?)",
                f"PDF 数据流解压后共超过上限 {lim.max_unzipped_mb:g} MB（可能是压缩炸弹）",
                "raise NIANBAO_MAX_UNZIPPED_MB if the file really is a report")
    pages = _page_count(data)
    if pages > lim.max_pages:
        raise LimitError(f"has {pages} pages, over the {lim.max_pages} page limit",
                         f"PDF 共 {pages} 页，超过上限 {lim.max_pages} 页",
                         "raise NIANBAO_MAX_PAGES if the file really is a report")


def _page_count(data: bytes) -> int:
    """Pages as the page tree counts them (pdfium, which pdfplumber brings), else the page
    objects in the raw bytes."""
    try:
        import pypdfium2
        doc = pypdfium2.PdfDocument(data)
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:  # noqa: BLE001 - a damaged tree: count the page objects instead
        return len(_PAGE.findall(data))
