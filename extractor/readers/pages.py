"""A report delivered as page images, one file a page (``o6-p1.png``, ``年报_1.jpg``,
``扫描件(2).jpg``, ``年报第3页.png``): which files are pages of one report, and reading them
as one report, pages in order.

The naming families are data (``lexicons/page_names.tsv``: a regex with the report's
``base`` and the ``page`` number, and whether one file alone is already a page). Files are
grouped by folder, base and family; a gap in the page numbers (p1, p3 without p2) is read
anyway and said in the record's warnings (``PagedReport.missing``). The report's path is
the folder and base without extension (``reports/o6``); its sha256 is taken over the pages'
own, in order, so a page added later is new content for the same report.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..lexicon import LexiconError, load
from ..numbers import parse_chinese_numeral

from . import FORMATS

IMAGE_SUFFIXES = tuple(s for s, f in FORMATS.items() if f == "image")  # the scans readers.FORMATS reads


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern
    alone: bool
    example: str


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    out = []
    for row in load("page_names", required=("name", "pattern", "alone", "example"), unique=("name",)):
        if row["alone"] not in ("yes", "no"):
            raise LexiconError(f"lexicons/page_names.tsv: {row['name']}: alone is yes or no, not {row['alone']!r}")
        try:
            pat = re.compile(row["pattern"])
        except re.error as e:
            raise LexiconError(f"lexicons/page_names.tsv: {row['name']}: bad pattern ({e})") from None
        if not {"base", "page"} <= set(pat.groupindex):
            raise LexiconError(f"lexicons/page_names.tsv: {row['name']}: the pattern needs groups base and page")
        out.append(Family(row["name"], pat, row["alone"] == "yes", row["example"]))
    return tuple(out)


@dataclass(frozen=True)
class PageName:
    base: str
    page: int
    family: str
    alone: bool


def page_name(stem: str) -> PageName | None:
    """The report and page a file stem names, by the first family that matches it whole."""
    for fam in families():
        m = fam.pattern.fullmatch(stem.strip())
        if not m:
            continue
        raw = m.group("page")
        page = int(raw) if raw.isdigit() else parse_chinese_numeral(raw)
        base = m.group("base").rstrip(" _-.")
        if page and 0 < page < 1000 and base:
            return PageName(base, page, fam.name, fam.alone)
    return None


@dataclass
class PagedReport:
    """The page files of one report, in page order."""

    path: Path  # folder / base, no extension: the report's name
    files: list[Path] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)

    @property
    def missing(self) -> list[int]:
        return [n for n in range(1, max(self.pages) + 1) if n not in self.pages]

    def message(self) -> str | None:
        """What is missing, in English then Chinese; None when pages 1..n are all there."""
        if not self.missing:
            return None
        gone = ", ".join(map(str, self.missing))
        zh = "、".join(map(str, self.missing))
        return (f"{self.path.name}: pages {', '.join(map(str, self.pages))} found, page(s) {gone} missing "
                f"(缺第{zh}页): add the missing page image(s) next to the others and read the report again")

    def message_zh(self) -> str | None:
        """What is missing, for the reviewer (导入的提示); None when pages 1..n are all there."""
        if not self.missing:
            return None
        return ("缺第" + "、".join(map(str, self.missing)) + "页（已读取其余各页："
                + "、".join(map(str, self.pages)) + "）；补上缺页图片后再次导入即重新读取")

    def sha256(self, page_hashes: list[str]) -> str:
        return hashlib.sha256("\n".join(page_hashes).encode()).hexdigest()


def group(paths: Iterable[str | Path]) -> list[Path | PagedReport]:
    """The files in their order, page images of one report replaced (at the first page's
    place) by one ``PagedReport``; a family that needs company (``alone`` no) groups only
    when two or more files of a report share it; two files naming the same page stay apart."""
    paths = [Path(p) for p in paths]
    keyed: dict[tuple, list[tuple[int, Path]]] = {}
    names: dict[Path, tuple] = {}
    for p in paths:
        if p.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        pn = page_name(p.stem)
        if pn is None:
            continue
        key = (p.parent, pn.base, pn.family, pn.alone)
        if any(n == pn.page for n, _ in keyed.get(key, [])):
            continue
        keyed.setdefault(key, []).append((pn.page, p))
        names[p] = key
    reports: dict[tuple, PagedReport] = {}
    for key, members in keyed.items():
        if len(members) >= 2 or key[3]:
            members.sort()
            reports[key] = PagedReport(key[0] / key[1], [p for _, p in members], [n for n, _ in members])
    out: list[Path | PagedReport] = []
    for p in paths:
        report = reports.get(names.get(p))
        if report is None:
            out.append(p)
        elif not any(r is report for r in out):
            out.append(report)  # at its first page's place in the input
    return out


def read_paged(report: PagedReport):
    """One ``Document`` from the report's page images, by OCR, pages in order."""
    from . import ReadError, read_bytes, sniff_format
    from .ocr import IMAGE, _document, _require, image_frames, read_images

    _require(report.path, IMAGE)
    frames, numbers, hashes = [], [], []
    for f, no in zip(report.files, report.pages):
        data = read_bytes(f)
        if sniff_format(f, data) != "image":
            raise ReadError(f, "is named as a page image but is not an image", "re-export the page",
                            zh="文件名是页面图片，内容却不是图片")
        hashes.append(hashlib.sha256(data).hexdigest())
        page_frames = image_frames(f, data)
        frames += page_frames
        numbers += [no] * len(page_frames)
    layout = read_images(report.path, frames, numbers).finish()
    doc = _document(report.path, "image", layout, report.pages)
    doc.sha256 = report.sha256(hashes)
    msg = report.message()
    if msg:
        doc.warnings.insert(0, msg)
    if not doc.text.strip():
        raise ReadError(report.path, "no text could be read from it", "check the pages open and have text",
                        zh="读不出任何文字")
    return doc
