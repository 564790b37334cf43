"""The passages of the report texts an answer rests on: where each value of its rows stands."""
from __future__ import annotations

import json

from .queryplan import QueryPlan
from .say import metric_of
from .sqlbase import CONTACT_COLUMNS as CONTACT_COLUMNS_SQL

PASSAGE_CONTEXT = 40
MAX_PASSAGES = 20


def passages(conn, plan: QueryPlan, cols: list[str], raw: list) -> list[dict]:
    """The source passages of an answer's rows (a figure's, a fact's, a phrase's or a contact
    value's span in its report's text, with ``PASSAGE_CONTEXT`` characters around), at most
    ``MAX_PASSAGES`` rows, three passages a row."""
    ix = {c: i for i, c in enumerate(cols)}
    out = []
    metric = metric_of(plan)
    for r in raw[:MAX_PASSAGES]:
        rid = r[ix["report_id"]]
        spans: list[tuple[int, int, str]] = []
        if plan.kind == "figure" and metric:
            marks = ", ".join("?" * len(metric.all_keys()))
            for key, s, e in conn.execute(
                    f"SELECT key, span_start, span_end FROM effective_figures WHERE report_id = ? "
                    f"AND key IN ({marks}) AND span_start IS NOT NULL ORDER BY span_start",
                    [rid, *metric.all_keys()]):
                spans.append((s, e, key))
        elif "span_start" in ix and r[ix["span_start"]] is not None:
            spans.append((r[ix["span_start"]], r[ix["span_end"]], plan.fact_kind or ""))
        elif "hit" in ix and r[ix["hit"]] is not None and r[ix["kind"]] == "text" \
                and r[ix["hit"]] >= 0:
            spans.append((r[ix["hit"]], r[ix["hit"]] + len(plan.phrase or ""), "text"))
        elif plan.kind == "contact":
            text = None
            for f in plan.contact_fields or (plan.contact_field,):
                raw_v = r[ix["c_" + CONTACT_COLUMNS_SQL[f]]] if plan.contact_fields else r[ix["value"]]
                if not raw_v:
                    continue
                vals = json.loads(raw_v) if f == "phones" else [raw_v]
                text = _text(conn, rid) if text is None else text
                for v in vals:
                    s = text.find(v)
                    if s >= 0:
                        spans.append((s, s + len(v), f))
        if "kind" in ix and r[ix["kind"]] in ("problem", "remedy") and not spans:
            out.append({"report_id": rid, "source": r[ix["source_path"]], "key": r[ix["kind"]],
                        "start": None, "end": None, "passage": r[ix["text"]]})
            continue
        for s, e, key in spans[:3]:
            out.append(_passage(conn, rid, r[ix["source_path"]], key, s, e))
    return out


def _text(conn, rid: int) -> str:
    row = conn.execute("SELECT text FROM report_texts WHERE report_id = ?", [rid]).fetchone()
    return row[0] if row else ""


def _passage(conn, rid, source, key, s, e) -> dict:
    lo = max(0, s - PASSAGE_CONTEXT)
    row = conn.execute("SELECT substr(text, ?, ?) FROM report_texts WHERE report_id = ?",
                       [lo + 1, e - lo + PASSAGE_CONTEXT, rid]).fetchone()
    body = row[0] if row else ""
    return {"report_id": rid, "source": source, "key": key, "start": s, "end": e,
            "passage": body, "mark": [s - lo, e - lo]}
