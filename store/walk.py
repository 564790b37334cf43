"""Which files an ingest reads, and why it leaves the others.

``walk(paths, roots=None)`` yields one ``Entry`` per file found under ``paths`` (folders
recursively): ``skip`` is ``None`` for a file to read, else the reason it is left, in
Chinese (unsupported type, unreadable folder, broken link, special file, outside the
folder it was given or outside the allowed ``roots``). Nothing is left without a word.

File names may be any bytes (a ZIP made on Windows unpacks to GBK bytes that are not
UTF-8: Python holds them as surrogate escapes, which SQLite cannot store and a terminal
cannot print); ``display_name`` gives a printable name for them (the bytes read as
GB18030 when they are, else with the odd bytes escaped), which is what the store keeps
as a report's path.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

# the reports the readers read (extractor.readers.FORMATS), scanned pages (images) included
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf") + IMAGE_SUFFIXES
RECORD_SUFFIXES = (".jsonl",)
SUFFIXES = REPORT_SUFFIXES + RECORD_SUFFIXES


@dataclass
class Entry:
    path: Path  # as the file system names it (may hold surrogate escapes)
    name: str   # printable (see display_name)
    skip: str | None = None
    named: bool = False  # named on its own (not found in a folder): a skip is a failure


def display_name(path: str | os.PathLike) -> str:
    """A printable, storable form of a file name in any bytes."""
    s = os.fspath(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        raw = os.fsencode(s)
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", errors="backslashreplace")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _resolves_inside(p: Path, roots: list[Path]) -> bool:
    try:
        real = p.resolve()
    except (OSError, RuntimeError):
        return False
    return any(_inside(real, r) for r in roots)


def _special(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "是命名管道（FIFO），不是普通文件，未读取"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "是设备文件，不是普通文件，未读取"
    if stat.S_ISSOCK(mode):
        return "是套接字，不是普通文件，未读取"
    return None if stat.S_ISREG(mode) else "不是普通文件，未读取"


def _check_file(f: Path, top: Path, roots: list[Path] | None) -> str | None:
    """Why the file ``f`` found under the folder ``top`` is not read (None: read it)."""
    try:
        st = f.stat()
    except FileNotFoundError:
        return "是指向不存在文件的链接" if f.is_symlink() else "文件已不存在"
    except OSError as e:
        return f"无法访问（{e.strerror}）"
    special = _special(st.st_mode)
    if special:
        return special
    try:
        real = f.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return "是循环的链接，未读取"
    if not _inside(real, top):
        return "是链接，指向所给文件夹之外的文件，未读取"
    if roots is not None and not _resolves_inside(real, roots):
        return "不在允许导入的文件夹内"
    if f.suffix.lower() not in SUFFIXES:
        return (f"不支持的文件类型（{f.suffix or '无扩展名'}）；支持 "
                + " ".join(SUFFIXES) + ("，.doc 请先另存为 .docx" if f.suffix.lower() == ".doc" else "")
                + ("，表格文件不是报告" if f.suffix.lower() in (".xls", ".xlsx", ".csv") else ""))
    return None


def walk(paths: Iterable[str | os.PathLike], roots: Iterable[str | os.PathLike] | None = None
         ) -> Iterator[Entry]:
    """Every file under ``paths``, each with the reason it is skipped (or None)."""
    allowed = None if roots is None else [Path(r).resolve() for r in roots]
    for p in paths:
        p = Path(p)
        name = display_name(p)
        if allowed is not None and not _resolves_inside(p, allowed):
            yield Entry(p, name, "不在允许导入的文件夹内", named=True)
            continue
        try:
            st = p.stat()
        except FileNotFoundError:
            yield Entry(p, name, "找不到这个文件或文件夹（no such file or folder; check the path）",
                        named=True)
            continue
        except OSError as e:
            yield Entry(p, name, f"无法访问（{e.strerror}）", named=True)
            continue
        if not stat.S_ISDIR(st.st_mode):
            # a file named on its own is read whatever its suffix (the reader judges it)
            yield Entry(p, name, _special(st.st_mode), named=True)
            continue
        yield from _walk_dir(p, allowed)


def _walk_dir(top: Path, roots: list[Path] | None) -> Iterator[Entry]:
    real_top = top.resolve()
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append):
        while errors:
            e = errors.pop()
            yield Entry(Path(e.filename), display_name(e.filename),
                        f"文件夹无法读取（{e.strerror}），其中的文件未导入")
        dirnames.sort()
        for d in list(dirnames):
            full = Path(dirpath, d)
            if full.is_symlink():
                dirnames.remove(d)
                yield Entry(full, display_name(full), "是指向文件夹的链接，未跟随")
        for fn in sorted(filenames):
            f = Path(dirpath, fn)
            yield Entry(f, display_name(f), _check_file(f, real_top, roots))
    while errors:
        e = errors.pop()
        yield Entry(Path(e.filename), display_name(e.filename),
                    f"文件夹无法读取（{e.strerror}），其中的文件未导入")
