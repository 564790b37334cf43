"""One definition per derived figure, shared by Browse, Overview, the exports and the assistant.

A derived figure is a row of ``lexicons/metrics.tsv`` (the assistant's registry of what can
be asked): ``keys`` summed when every key is stated, else ``fallback`` summed (收到申请数:
table 3's 本年新收申请总计, else the number the prose states). Here only the metrics whose
keys and fallback are main figures (``store.measures.MAIN_FIGURES``, one column each in
``effective_main_figures``) are served, as SQL over that table (alias ``m``):

- ``value_sql(metric)``: the value; ``source_sql(metric)``: 'table' | 'prose' | NULL, which
  one it came from.
- ``value(db, report_id, metric)``: ``{"value", "source", "label", "source_label"}`` of one
  report (source_label 表三 / 正文 / 未填写).

``REQUESTS = "requests"``: 收到申请数. The assistant's answer for one report should equal
``value(db, rid, "requests")``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extractor.lexicon import load

from .measures import MAIN_FIGURES, column

REQUESTS = "requests"
SOURCE_LABELS = {"table": "表格", "prose": "正文"}


@dataclass(frozen=True)
class Derived:
    metric: str
    label: str
    unit: str
    keys: tuple[str, ...]
    fallback: tuple[str, ...]


def _split(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split(",") if x.strip())


@lru_cache(maxsize=1)
def registry() -> dict[str, Derived]:
    """The metrics.tsv rows that are plain sums of main figures (no ratio, no 'any' parts)."""
    out = {}
    for r in load("metrics", required=("metric", "label", "keys")):
        keys, fallback = _split(r["keys"]), _split(r.get("fallback", ""))
        if r.get("den") or r.get("parts") or not all(k in MAIN_FIGURES for k in keys + fallback):
            continue
        out[r["metric"]] = Derived(r["metric"], r["label"], r.get("unit", ""), keys, fallback)
    return out


def get(metric: str) -> Derived:
    try:
        return registry()[metric]
    except KeyError:
        raise KeyError(f"no derived figure '{metric}'; known: {', '.join(registry())}") from None


def _sum(keys, alias: str) -> str:
    cols = [f"{alias}.{column(k)}" for k in keys]
    if not cols:
        return "NULL"
    stated = " AND ".join(f"{c} IS NOT NULL" for c in cols)
    return f"(CASE WHEN {stated} THEN {' + '.join(cols)} END)"


def value_sql(metric: str, alias: str = "m") -> str:
    d = get(metric)
    return f"coalesce({_sum(d.keys, alias)}, {_sum(d.fallback, alias)})"


def source_sql(metric: str, alias: str = "m") -> str:
    d = get(metric)
    return (f"(CASE WHEN {_sum(d.keys, alias)} IS NOT NULL THEN 'table' "
            f"WHEN {_sum(d.fallback, alias)} IS NOT NULL THEN 'prose' END)")


def value(db, report_id: int, metric: str = REQUESTS) -> dict:
    d = get(metric)
    row = db.execute(f"SELECT {value_sql(metric)}, {source_sql(metric)} FROM effective_main_figures m "
                     f"WHERE m.report_id = ?", [report_id]).fetchone()
    v, src = row if row else (None, None)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return {"value": v, "source": src, "label": d.label,
            "source_label": SOURCE_LABELS.get(src, "未填写")}
