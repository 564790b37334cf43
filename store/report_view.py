"""One report laid out for a reader (no streamlit here): highlighted text and the tables.

- ``highlight_html(text, figures, facts, selected=())``: the report text, HTML-escaped, with
  every figure and fact span wrapped in ``<mark>`` whose ``title`` is ``key = value (raw)``
  (hover shows it) and ``data-key`` the key; figures whose key is in ``selected`` get the
  class ``sel`` (e.g. the cells a check uses). Overlapping spans: the first kept wins.
- ``table3(figures, template)``: table 3 as the template draws it, rows × 7 columns with
  the Chinese labels (2019: one 其他处理 row; 2021: three).
- ``table4(figures)``: 3 groups × 5 columns. ``table2(figures, template)``: per format.
  Each returns ``{"columns", "rows", "keys"}``: rows are lists, the first cell the row
  label; a blank cell is ``None`` (never 0); ``keys`` is the same grid of figure keys
  (``None`` under a label), so a caller can mark the cells a check uses.

Row labels come from ``lexicons/table_labels.tsv`` (the first label of each key).
"""
from __future__ import annotations

import html
from functools import lru_cache

from extractor.checks import T3_COLS, T3_OTHER_2019, T3_OTHER_2021, T3_RESULT_ROWS, T4_COLS, T4_GROUPS
from extractor.lexicon import load

T3_COL_LABELS = {"natural": "自然人", "commercial": "商业企业", "research": "科研机构",
                 "ngo": "社会公益组织", "legal": "法律服务机构", "other_org": "其他",
                 "total": "总计"}
T4_GROUP_LABELS = {"review": "行政复议", "direct": "行政诉讼·未经复议直接起诉",
                   "after_review": "行政诉讼·复议后起诉"}
T4_COL_LABELS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果",
                 "pending": "尚未审结", "total": "总计"}
T3_GROUP_LABELS = {"denied": "不予公开", "unavailable": "无法提供", "rejected": "不予处理",
                   "other": "其他处理"}
T2_2019 = [("rules", ["new_made", "new_published", "total"]),
           ("normative", ["new_made", "new_published", "total"]),
           ("licensing", ["prev", "change", "decisions"]),
           ("services", ["prev", "change", "decisions"]),
           ("punishment", ["prev", "change", "decisions"]),
           ("coercion", ["prev", "change", "decisions"]),
           ("fees", ["prev", "change"]), ("procurement", ["projects", "amount"])]
T2_2021 = [("rules", ["made", "repealed", "in_force"]), ("normative", ["made", "repealed", "in_force"]),
           ("licensing", ["decisions"]), ("punishment", ["decisions"]),
           ("coercion", ["decisions"]), ("fees", ["amount"])]
N_LABELS = {"n.requests_received": "正文 收到申请数", "n.active_published": "正文 主动公开信息数",
            "n.wechat_posts": "正文 微信发布条数", "n.review_cases": "正文 行政复议数",
            "n.litigation_cases": "正文 行政诉讼数", "n.fees_collected": "正文 收费金额（元）"}
T2_EXTRA_LABELS = {"decisions": "处理决定数量", "amount": "金额（万元）"}


@lru_cache(maxsize=None)
def labels() -> dict[tuple[str, str, str], str]:
    """(table, kind, key) -> the first label the lexicon gives."""
    out: dict = {}
    for row in load("table_labels", required=("table", "kind", "key", "label")):
        out.setdefault((row["table"], row["kind"], row["key"]), row["label"])
    return out


def label(key: str) -> str:
    """A Chinese label for a figure key, e.g. ``t3.granted.total`` -> 表三 予以公开 · 总计."""
    parts = key.split(".")
    lab = labels()
    if parts[0] == "t3" and len(parts) >= 3:
        row, col = ".".join(parts[1:-1]), parts[-1]
        group = T3_GROUP_LABELS.get(row.split(".")[0], "") if "." in row else ""
        name = lab.get(("t3", "row", row), row)
        return f"表三 {group + '·' if group else ''}{name} · {T3_COL_LABELS.get(col, col)}"
    if parts[0] == "t4" and len(parts) == 3:
        return f"表四 {T4_GROUP_LABELS.get(parts[1], parts[1])} · {T4_COL_LABELS.get(parts[2], parts[2])}"
    if parts[0] == "t2" and len(parts) == 3:
        col = lab.get(("t2", "column", parts[2])) or T2_EXTRA_LABELS.get(parts[2], parts[2])
        return f"表二 {lab.get(('t2', 'row', parts[1]), parts[1])} · {col}"
    return N_LABELS.get(key, key)


def _values(figures) -> dict:
    return {f["key"]: f["value"] for f in figures}


def table3(figures, template: str | None) -> dict:
    v = _values(figures)
    other = T3_OTHER_2021 if template == "2021" or any(
        f"t3.{r}.{c}" in v for r in T3_OTHER_2021 for c in T3_COLS) else T3_OTHER_2019
    rows_keys = ["new_received", "carried_over", *T3_RESULT_ROWS, *other, "total", "carried_forward"]
    cols = ["项目", *(T3_COL_LABELS[c] for c in T3_COLS)]
    rows, keys = [], []
    for r in rows_keys:
        group = T3_GROUP_LABELS.get(r.split(".")[0]) if "." in r else None
        name = labels().get(("t3", "row", r), r)
        rows.append([f"{group}·{name}" if group else name, *(v.get(f"t3.{r}.{c}") for c in T3_COLS)])
        keys.append([None, *(f"t3.{r}.{c}" for c in T3_COLS)])
    return {"columns": cols, "rows": rows, "keys": keys}


def table4(figures) -> dict:
    v = _values(figures)
    cols = ["", *(T4_COL_LABELS[c] for c in (*T4_COLS, "total"))]
    keys = [[None, *(f"t4.{g}.{c}" for c in (*T4_COLS, "total"))] for g in T4_GROUPS]
    rows = [[T4_GROUP_LABELS[g], *(v.get(k) for k in ks[1:])] for g, ks in zip(T4_GROUPS, keys)]
    return {"columns": cols, "rows": rows, "keys": keys}


def table2(figures, template: str | None) -> dict:
    """Table 2 as one row per item: (项目, 指标, 数值) since its rows differ in columns."""
    v = _values(figures)
    layout = T2_2021 if template == "2021" or any(k.endswith(".in_force") for k in v) else T2_2019
    rows, keys = [], []
    for row, cols in layout:
        for c in cols:
            col = labels().get(("t2", "column", c)) or T2_EXTRA_LABELS.get(c, c)
            rows.append([labels().get(("t2", "row", row), row), col, v.get(f"t2.{row}.{c}")])
            keys.append([None, None, f"t2.{row}.{c}"])
    return {"columns": ["信息内容", "指标", "数值"], "rows": rows, "keys": keys}


def highlight_html(text: str, figures, facts=(), selected=()) -> str:
    """The text as HTML with each figure/fact span in a ``<mark>`` (see module docstring)."""
    selected = set(selected)
    spans = []
    for f in figures:
        s = f.get("span")
        if s and 0 <= s[0] < s[1] <= len(text):
            title = f"{f['key']} = {f['value']} ({f.get('raw')})"
            cls = "fig sel" if f["key"] in selected else "fig"
            spans.append((s[0], s[1], cls, f["key"], title))
    for x in facts:
        s = x.get("span")
        if s and 0 <= s[0] < s[1] <= len(text):
            title = f"{x['kind']} = {x.get('value') or ''} ({x.get('text')})"
            spans.append((s[0], s[1], f"fact {x['kind']}", x["kind"], title))
    spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out, pos = [], 0
    for start, end, cls, key, title in spans:
        if start < pos:  # overlaps one already marked
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{cls}" data-key="{html.escape(key)}" title="{html.escape(title)}">'
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
