"""Shared by the pages: the database named by $NIANBAO_DB, cached queries, report links.

Only glue: every query is a library function (``store.*``); this module opens the store,
ingests the bundled examples into an empty one, and caches read queries on the database
path plus its version (``store.browse.version``: the file's and its WAL's mtime and size),
so a correction or an ingest shows at once. ``html_table`` draws a page of rows as a plain
HTML table (every value escaped), which the browser shows without the data grid's scripts.
"""
from __future__ import annotations

import html
import importlib
import re
import os
from pathlib import Path

import streamlit as st

import store
from store import browse
from store import labels as L
from store import review_state

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


# Every character Markdown (and Streamlit's :colour[...] / :emoji: / $math$ additions) reads
# as syntax; a backslash before each makes user or report text show as the text it is.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=])")


def plain(text) -> str:
    """``text`` (a note, a question, a file name, report text) escaped for ``st.markdown``:
    shown as written, never as a link, an image or formatting."""
    return _MARKDOWN.sub(r"\\\1", str(text))


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
    return L.level(level)


def reviewer() -> str:
    """The reviewer's name, asked once in the sidebar (kept in the store: a new session
    offers the latest name given); every correction, verdict and review state carries it."""
    ss = st.session_state
    if "reviewer" not in ss:
        conn = db()
        try:
            ss.reviewer = review_state.last_reviewer(conn)
        finally:
            conn.conn.close()
    name = st.sidebar.text_input("审核人", key="reviewer",
                                 help="填写一次即可：更正、审核状态和校验意见都记录这个名字。")
    if name and ss.get("reviewer_saved") != name:
        conn = db()
        try:
            review_state.remember_reviewer(conn, name)
        finally:
            conn.conn.close()
        ss.reviewer_saved = name
    return name.strip()


def report_title(rec: dict) -> str:
    """A report as a reviewer names it: organ · year · file name (the path never shown)."""
    return L.report_name(rec["organ"]["name"], rec["year"], rec["source"]["path"])


# A plain table for a page of rows: st.html needs ~2 kB of element code where st.dataframe
# needs the data grid and Arrow (1.7 MB, ~0.6-0.9 s of a first visit; bench/RESULTS.md
# "Session 2: Browse as an HTML table"). Light colours, like the report page's text box.
TABLE_CSS = """<style>
.nb-table{max-height:38em;overflow:auto;border:1px solid #e6e6ea;border-radius:6px}
.nb-table table{border-collapse:collapse;font-size:.85em;white-space:nowrap;min-width:100%}
.nb-table th{position:sticky;top:0;background:#f6f6f8;text-align:left;font-weight:600}
.nb-table th,.nb-table td{padding:.3em .6em;border-bottom:1px solid #eee}
.nb-table td.num{text-align:right;font-variant-numeric:tabular-nums}
.nb-table tbody tr:hover{background:#f2f7ff}
.nb-table td[data-fix]{background:#d9f5dd}
.nb-table .fixmark{font-size:.75em;color:#2b8a3e;margin-left:.3em}
</style>"""


def cell_text(v) -> str:
    """A value as the table shows it: 空白 for None, 12 for 12.0."""
    if v is None:
        return L.BLANK
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return L.number(v)
    return str(v)


def html_table(rows: list[dict], columns: dict[str, str], *, links: dict | None = None,
               name: str = "", titles: dict | None = None, fixed: dict | None = None) -> str:
    """``rows`` as an HTML table of ``columns`` (key -> header), every value escaped.

    ``links`` maps a column key to ``row -> url``: that cell links to it in the same tab.
    ``titles`` maps a column key to ``row -> hover text or None`` (e.g. a corrected value's
    machine value and note, or a report's file path); ``fixed`` maps a column key to
    ``row -> bool``: that cell is a reviewer's correction, marked 人工更正.
    ``name`` is added to the table's class (``nb-<name>``) for tests and the benchmark.
    """
    links, titles, fixed = links or {}, titles or {}, fixed or {}
    head = "".join(f"<th>{html.escape(label)}</th>" for label in columns.values())
    body = []
    for r in rows:
        cells = []
        for key in columns:
            v = r.get(key)
            text = html.escape(cell_text(v))
            if key in links:
                text = f'<a href="{html.escape(links[key](r))}" target="_self">{text}</a>'
            num = isinstance(v, (int, float)) and not isinstance(v, bool)
            tip = titles[key](r) if key in titles else None
            attr = f' title="{html.escape(tip)}"' if tip else ""
            if key in fixed and fixed[key](r):
                text += '<span class="fixmark">人工更正</span>'
                attr += ' data-fix="1"'
            cells.append(f'<td class="num"{attr}>{text}</td>' if num else f"<td{attr}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cls = f"nb-{name}" if name else ""
    return (f'{TABLE_CSS}<div class="nb-table"><table class="{cls}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")
