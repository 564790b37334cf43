"""Imported once by the extraction workers' fork server (``store.workers``): load the
extractor and its language pipeline there, so that every worker forked from it starts
ready instead of loading jieba's dictionary again (~2 s a worker)."""
import extractor  # noqa: F401
from extractor.nlp import make_doc
from store import ingest  # noqa: F401

make_doc("政府信息公开工作年度报告")
