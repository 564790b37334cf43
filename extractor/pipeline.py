"""The spine: a file in, a record out."""
from __future__ import annotations

from pathlib import Path

from . import checks, metadata, narrative, tables
from .document import Document
from .readers import ReadError, read_document
from .readers.pages import PagedReport, group, read_paged
from .record import Record


def extract_document(doc: Document) -> Record:
    table_result = tables.extract_tables(doc)
    meta = metadata.extract_metadata(doc)
    facts, n_figures = narrative.extract_narrative(doc, meta.organ.level if meta.organ else None, meta.year,
                                                   meta.organ.name if meta.organ else None)
    figures = table_result.figures + n_figures
    source = {"path": doc.path, "format": doc.format, "sha256": doc.sha256, "chars": len(doc.text)}
    if doc.ocr_pages:
        source["ocr_pages"] = list(doc.ocr_pages)  # extension: pages read by OCR (scans)
    record = Record(
        source=source,
        text=doc.text,
        organ=meta.organ,
        year=meta.year,
        year_span=meta.year_span,
        template=table_result.template,
        contact=meta.contact,
        facts=facts,
        figures=figures,
        tables=table_result.tables,
        warnings=doc.warnings + table_result.warnings + meta.warnings,
    )
    record.checks = checks.run_checks(record)
    if not figures and not facts and "信息公开" not in doc.text:
        record.warnings.append("this does not look like a government information-disclosure annual "
                               "report (政府信息公开工作年度报告): no tables, facts or figures found")
    return record


def extract(path: str | Path | PagedReport) -> Record:
    """Read and extract one report file (or the page images of one report, as ``group``
    gives them). Raises ``ReadError`` for an unreadable file."""
    if isinstance(path, PagedReport):
        return extract_document(read_paged(path))
    return extract_document(read_document(path))


def extract_pages(paths: list[str | Path]) -> Record:
    """One report from its page images (``X-p1.png``, ``X_2.jpg``, ``X(3).jpg``, ``X第4页.png``:
    ``lexicons/page_names.tsv``), read in page order whatever order ``paths`` are given in;
    a missing page is said in the record's warnings. Raises ``ReadError`` when the files are
    not the pages of exactly one report."""
    items = group(paths)
    if len(items) != 1 or not isinstance(items[0], PagedReport):
        names = ", ".join(Path(p).name for p in paths)
        raise ReadError(names or "(no files)", "the files are not the page images of one report",
                        "name them as pages of one report: X-p1.png, X-p2.png … (or X_1.jpg, X(1).jpg, X第1页.png)",
                        zh="这些文件不是同一份报告的各页图片")
    return extract(items[0])
