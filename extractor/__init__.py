"""nianbao's extractor: report file -> Document -> record (contract nianbao.record/1).

    path ─▶ readers.read_document ─▶ Document ─▶ tables / metadata / narrative ─▶ checks ─▶ Record
"""
from .pipeline import extract, extract_document, extract_pages  # noqa: F401
from .readers.pages import PagedReport, group as group_pages  # noqa: F401
from .readers import ReadError  # noqa: F401
