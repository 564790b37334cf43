"""The spine: a file in, a record out."""
from __future__ import annotations

from pathlib import Path

from . import checks, metadata, narrative, tables
from .document import Document
from .readers import read_document
from .record import Record


def extract_document(doc: Document) -> Record:
    table_result = tables.extract_tables(doc)
    meta = metadata.extract_metadata(doc)
    facts, n_figures = narrative.extract_narrative(doc, meta.organ.level if meta.organ else None, meta.year)
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


def extract(path: str | Path) -> Record:
    """Read and extract one report file. Raises ``ReadError`` for an unreadable file."""
    return extract_document(read_document(path))
