"""One report laid out for a reader (no streamlit here): highlighted text and the tables.

Every row, column and label comes from the template registry (``extractor.template``); a
value is shown by ``store.labels``. Corrections are part of the layout: a figure a reviewer
corrected is marked 人工更正 with the machine value and the note (``fix_title``).

- ``highlight_html(text, figures, facts, selected=(), fixes=None)``: the report text,
  HTML-escaped, with every figure and fact span in a ``<mark>`` whose ``title`` says what
  it is in Chinese (hover); ``data-key`` is the figure key (for tests and scripts, never
  shown); figures in ``selected`` get the class ``sel``, corrected ones ``fix``.
- ``grid(figures, table, template)``: a table as its template draws it:
  ``{"columns", "rows", "keys"}``; rows are lists, the first cell the row label; a blank
  cell is ``None`` (never 0); ``keys`` is the same grid of figure keys (``None`` under a
  label) so a caller can mark the cells a check uses or turn a clicked cell into its key.
  Table 2 is one row per item (信息内容, 指标, 数值) since its rows differ in columns.
- ``grid_html(grid, selected=(), fixes=None)``: that grid as an HTML table, corrected
  cells marked 人工更正 with the machine value and note on hover.
- ``table_template(figures, table, template)``: the format whose rows to draw.
"""
from __future__ import annotations

import html

from extractor import template as T

from . import labels as L

T_NAMES = {t: L.table_name(t) for t in T.TABLES}


def label(key: str) -> str:
    """The Chinese label of a figure key (the registry's)."""
    return L.figure(key)


def _values(figures) -> dict:
    return {f["key"]: f["value"] for f in figures}


def table_template(figures, table: str, template: str | None) -> str:
    """The format to draw: the report's, else the one its keys belong to (2019 default)."""
    if template in T.TEMPLATES:
        return template
    v = _values(figures)
    only_2021 = set(T.keys(table, "2021")) - set(T.keys(table, "2019"))
    return "2021" if any(k in v for k in only_2021) else "2019"


def grid(figures, table: str, template: str | None) -> dict:
    v = _values(figures)
    tm = table_template(figures, table, template)
    if table == "t2":
        rows, keys = [], []
        for r in T.rows("t2", tm):
            for c in T.columns("t2", tm, r.key):
                k = f"t2.{r.key}.{c}"
                rows.append([r.display, T.col_display("t2", c), v.get(k)])
                keys.append([None, None, k])
        return {"columns": ["信息内容", "指标", "数值"], "rows": rows, "keys": keys}
    if table == "t4":
        cols = tuple(dict.fromkeys(s.split(".", 1)[1] for s in T.t4_slots()))
    else:
        cols = T.t3_cols()
    rows, keys = [], []
    for r in T.rows(table, tm):
        ks = [f"{table}.{r.key}.{c}" for c in cols]
        rows.append([r.display, *(v.get(k) for k in ks)])
        keys.append([None, *ks])
    return {"columns": ["项目", *(T.col_display(table, c) for c in cols)], "rows": rows, "keys": keys}


def fix_title(key: str, fix: dict) -> str:
    """The hover text of a corrected value: 人工更正 · machine value · note · who, when."""
    machine = L.number(fix.get("machine"), key, blank="未提取")
    parts = [f"人工更正：机器值 {machine} → {L.number(fix.get('value'), key)}"]
    if fix.get("note"):
        parts.append(f"说明：{fix['note']}")
    if fix.get("by"):
        parts.append(f"{fix['by']} {L.china_time(fix.get('at'))}")
    return "；".join(parts)


CSS = """<style>
.nb-grid table{border-collapse:collapse;font-size:.85em}
.nb-grid th,.nb-grid td{border:1px solid #e3e3e8;padding:.25em .5em}
.nb-grid th{background:#f6f6f8;font-weight:600}
.nb-grid td.num{text-align:right;font-variant-numeric:tabular-nums}
.nb-grid td.blank{color:#aaa}
.nb-grid td.sel{background:#ff9f7a}
.nb-grid td.fix{background:#d9f5dd;outline:2px solid #2f9e44}
.nb-grid .fixmark{font-size:.75em;color:#2b8a3e;margin-left:.3em}
</style>"""


def grid_html(g: dict, selected=(), fixes: dict | None = None, name: str = "") -> str:
    selected, fixes = set(selected), fixes or {}
    head = "".join(f"<th>{html.escape(c)}</th>" for c in g["columns"])
    body = []
    for row, ks in zip(g["rows"], g["keys"]):
        cells = []
        for v, k in zip(row, ks):
            if k is None:
                cells.append(f"<td>{html.escape(str(v))}</td>")
                continue
            cls = ["num"] + (["blank"] if v is None else []) + (["sel"] if k in selected else [])
            text = html.escape(L.number(v, k))
            title = label(k)
            if k in fixes:
                cls.append("fix")
                title = f"{title}\n{fix_title(k, fixes[k])}"
                text += '<span class="fixmark">人工更正</span>'
            cells.append(f'<td class="{" ".join(cls)}" title="{html.escape(title)}" '
                         f'data-key="{html.escape(k)}">{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'{CSS}<div class="nb-grid"><table class="nb-{name}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def highlight_html(text: str, figures, facts=(), selected=(), fixes: dict | None = None) -> str:
    """The text as HTML with each figure/fact span in a ``<mark>`` (see module docstring)."""
    selected, fixes = set(selected), fixes or {}
    spans = []
    for f in figures:
        s = f.get("span")
        if s and 0 <= s[0] < s[1] <= len(text):
            k = f["key"]
            title = f"{label(k)} = {L.number(f['value'], k)}（原文：{f.get('raw') or ''}）"
            cls = "fig" + (" sel" if k in selected else "")
            if k in fixes:
                cls += " fix"
                title += "\n" + fix_title(k, fixes[k])
            spans.append((s[0], s[1], cls, k, title))
    for x in facts:
        s = x.get("span")
        if s and 0 <= s[0] < s[1] <= len(text):
            title = f"{L.fact_kind(x['kind'])}：{L.fact_value(x['kind'], x.get('value')) or x.get('text') or ''}"
            spans.append((s[0], s[1], f"fact {x['kind']}", x["kind"], title))
    spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out, pos = [], 0
    for start, end, cls, key, title in spans:
        if start < pos:  # overlaps one already marked
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{cls}" data-key="{html.escape(key)}" title="{html.escape(title)}">'
                   f"{html.escape(text[start:end])}</mark>")
        if "fix" in cls.split():
            out.append('<sup class="fixmark" title="' + html.escape(title) + '">人工更正</sup>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
