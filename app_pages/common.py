"""Shared by the pages: the database named by $NIANBAO_DB, cached queries, report links.

Only glue: every query is a library function (``store.*``); this module opens the store,
ingests the bundled examples into an empty one, and caches read queries on the database
path plus its version (``store.browse.version``: the file's and its WAL's mtime and size),
so a correction or an ingest shows at once.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import streamlit as st

import store
from store import browse

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAGE_SIZE = 50
# Browse lists at most this many regions in its 地区 box; past it the box takes a typed name
# (the 100k bench store has 11,608 counties, cities and provinces: listing them all cost
# ~0.45 s of every Browse load in the browser, bench/RESULTS.md section 4).
REGION_LIST_MAX = 1000


def db_path() -> str:
    return os.environ.get("NIANBAO_DB") or "nianbao.db"


@st.cache_resource(show_spinner="首次打开：正在导入示例报告…")
def _opened(path: str) -> bool:
    browse.open_store(path, EXAMPLES).conn.close()
    return True


def db():
    """A connection for this run (the examples are ingested once into an empty store)."""
    path = db_path()
    _opened(path)
    return store.connect(path)


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(path: str, version: tuple, module: str, name: str, args: tuple, kwargs: tuple):
    fn = getattr(importlib.import_module(module), name)
    conn = store.connect(path)
    try:
        return fn(conn, *args, **dict(kwargs))
    finally:
        conn.conn.close()


def query(fn, *args, **kwargs):
    """``fn(db, *args, **kwargs)`` cached until the database changes."""
    path = db_path()
    _opened(path)
    return _cached(path, browse.version(path), fn.__module__, fn.__name__, args,
                   tuple(sorted(kwargs.items())))


def report_url(rid) -> str:
    return f"report?report={rid}"


def pager(key: str, total: int) -> int:
    """A page number input under a list; returns the offset."""
    pages = max(1, -(-total // PAGE_SIZE))
    if pages == 1:
        return 0
    page = st.number_input(f"页码（共 {pages} 页，{total} 条）", 1, pages, 1, key=key)
    return (int(page) - 1) * PAGE_SIZE


def level_name(level) -> str:
    return browse.LEVELS.get(level, level or "未知")
