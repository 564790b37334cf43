"""Consistent table numbers for one synthetic report, how they are printed, and the audit
that says which contract checks the printed numbers fail.

``make_tables(rng, template, level, opts)`` returns ``(values, shown, failed)``:
``values`` maps figure key -> gold value (absent when the cell is blank), ``shown`` maps
figure key -> printed cell text ('' for a blank cell), ``failed`` the check rules that an
injected error makes fail (also recomputed by ``audit``).
"""
from __future__ import annotations

import random

from .gen_tables import T3_COLS, T4_COLS, T4_GROUPS, t2_keys, t3_result_rows, t3_rows

SMALL = {"township", "subdistrict", "county_dept", "other"}
ERROR_KINDS = ["t3.row_total", "t3.sum", "t3.balance", "t4.sum", "n.requests_vs_t3"]


def _skewed(rng: random.Random, scale: int) -> int:
    """Mostly small, sometimes large counts."""
    return int(rng.paretovariate(1.6) * scale) - scale + (1 if rng.random() < 0.5 else 0)


def _t3(rng, template, level, zero, distinct, pool):
    results = t3_result_rows(template)
    cols = T3_COLS[:-1]
    v: dict[str, dict[str, int]] = {}
    if distinct:
        for r in results + ["carried_over", "carried_forward"]:
            v[r] = {c: pool.pop() for c in cols}
    else:
        scale = 2 if level in SMALL else 12
        busy = ["granted", "partial", "unavailable.not_held", "rejected.petition", "rejected.duplicate",
                "unavailable.needs_creation", "denied.process_info", "denied.third_party"]
        for r in results + ["carried_over", "carried_forward"]:
            v[r] = {c: 0 for c in cols}
            if zero:
                continue
            active = r in busy and rng.random() < 0.7 or rng.random() < 0.08
            if r in ("carried_over", "carried_forward"):
                active = rng.random() < 0.35
            if active:
                v[r]["natural"] = max(0, _skewed(rng, scale))
                for c in cols[1:]:
                    if rng.random() < (0.35 if c in ("commercial", "other_org") else 0.08):
                        v[r][c] = max(0, _skewed(rng, max(1, scale // 3)))
        if not zero and not any(v["granted"].values()):
            v["granted"]["natural"] = 1 + rng.randrange(3)
    v["total"] = {c: sum(v[r][c] for r in results) for c in cols}
    v["new_received"] = {c: v["total"][c] + v["carried_forward"][c] - v["carried_over"][c] for c in cols}
    for c in cols:  # carried-over larger than what was handled: bring it down
        if v["new_received"][c] < (1 if distinct else 0):
            if distinct:
                return None
            v["carried_over"][c] += v["new_received"][c]
            v["new_received"][c] = 0
    out = {}
    for r, row in v.items():
        for c in cols:
            out[f"t3.{r}.{c}"] = row[c]
        out[f"t3.{r}.total"] = sum(row.values())
    return out


def _t4(rng, level, zero, distinct, pool):
    out = {}
    for g in T4_GROUPS:
        for c in T4_COLS[:-1]:
            if distinct:
                out[f"t4.{g}.{c}"] = pool.pop()
            elif zero or rng.random() < (0.75 if level in SMALL else 0.35):
                out[f"t4.{g}.{c}"] = 0
            else:
                out[f"t4.{g}.{c}"] = max(0, _skewed(rng, 1 if level in SMALL else 4))
        out[f"t4.{g}.total"] = sum(out[f"t4.{g}.{c}"] for c in T4_COLS[:-1])
    return out


def _amount(rng, big: bool) -> float:
    return round(rng.uniform(0.5, 4000 if big else 300), rng.choice([0, 1, 2, 2, 2]))


def _t2(rng, template, level, zero, distinct, pool):
    big = level not in SMALL
    out = {}
    for key in t2_keys(template):
        if distinct:
            out[key] = pool.pop()
        elif key.endswith((".amount",)):
            out[key] = 0 if zero or rng.random() < 0.5 else _amount(rng, big)
        elif zero or rng.random() < (0.7 if not big else 0.3):
            out[key] = 0
        else:
            out[key] = max(0, _skewed(rng, 3 if not big else 20))
    if template == "2019":
        for r in ("rules", "normative"):
            out[f"t2.{r}.new_published"] = out[f"t2.{r}.new_made"] if not distinct else out[f"t2.{r}.new_published"]
            if not distinct:
                out[f"t2.{r}.total"] += out[f"t2.{r}.new_published"]
        for r in ("licensing", "services", "punishment", "coercion", "fees"):
            k = f"t2.{r}.change"
            if out[k] and (distinct and rng.random() < 0.5 or not distinct and rng.random() < 0.3):
                out[k] = -out[k]
        if distinct:
            out["t2.procurement.amount"] = out["t2.procurement.amount"] + pool.pop() / 100
    elif distinct:
        out["t2.fees.amount"] = out["t2.fees.amount"] + pool.pop() / 100
    if level in ("township", "subdistrict") and not distinct:
        for r in ("rules",):
            for k in list(out):
                if k.startswith(f"t2.{r}."):
                    out[k] = 0
    return out


def _fmt_amount(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def _show(rng, key: str, value, template: str) -> str:
    """The printed form of one cell."""
    if key.endswith(".change") and value:
        if value > 0:
            return rng.choice([f"增{value}", f"+{value}", str(value)])
        return rng.choice([f"减{-value}", f"-{-value}", f"-{-value}"])
    if key == "t2.procurement.amount":
        yuan = round(value * 10000)
        r = rng.random()
        if value and r < 0.2 and abs(yuan - value * 10000) < 1e-6:
            return f"{yuan}元"
        if r < 0.45:
            return f"{_fmt_amount(value)}万元"
        return _fmt_amount(value)
    if key == "t2.fees.amount":
        return _fmt_amount(value)
    return str(value)


def audit(fig: dict[str, float], template: str) -> list[str]:
    """The contract's checks on these (printed) figures; returns the rules that fail."""
    failed = []
    results = t3_result_rows(template)

    def eq(a, b):
        return abs(a - b) < 1e-6

    def get(keys):
        vals = [fig.get(k) for k in keys]
        return None if any(x is None for x in vals) else vals

    for c in T3_COLS:
        vals = get([f"t3.{r}.{c}" for r in ("new_received", "carried_over", "total", "carried_forward")])
        if vals and not eq(vals[0] + vals[1], vals[2] + vals[3]):
            failed.append(f"t3.balance.{c}")
        vals = get([f"t3.{r}.{c}" for r in results + ["total"]])
        if vals and not eq(sum(vals[:-1]), vals[-1]):
            failed.append(f"t3.sum.{c}")
    for r in t3_rows(template):
        vals = get([f"t3.{r}.{c}" for c in T3_COLS])
        if vals and not eq(sum(vals[:-1]), vals[-1]):
            failed.append(f"t3.row_total.{r}")
    for g in T4_GROUPS:
        vals = get([f"t4.{g}.{c}" for c in T4_COLS])
        if vals and not eq(sum(vals[:-1]), vals[-1]):
            failed.append(f"t4.sum.{g}")
    pairs = [("n.requests_vs_t3", ["n.requests_received"], ["t3.new_received.total"]),
             ("n.review_vs_t4", ["n.review_cases"], ["t4.review.total"]),
             ("n.litigation_vs_t4", ["n.litigation_cases"], ["t4.direct.total", "t4.after_review.total"])]
    for rule, left, right in pairs:
        a, b = get(left), get(right)
        if a and b and not eq(sum(a), sum(b)):
            failed.append(rule)
    return failed


def make_tables(rng: random.Random, template: str, level: str, *, zeros: float, distinct: bool,
                blank_cells: float, error: str | None):
    """Values (gold) and printed texts for tables 2-4, with an optional injected error."""
    zero = not distinct and rng.random() < zeros
    for _attempt in range(200):
        pool = rng.sample(range(1, 2000), 400) if distinct else []
        t3 = _t3(rng, template, level, zero, distinct, pool)
        if t3 is None:
            continue
        values = {**_t2(rng, template, level, zero, distinct, pool), **t3,
                  **_t4(rng, level, zero, distinct, pool)}
        if not distinct or len(set(values.values())) == len(values):
            break
    else:  # pragma: no cover - the pool is wide enough
        raise RuntimeError("could not draw distinct table values")
    key = None
    if error in ("t3.row_total", "t3.sum", "t3.balance", "t4.sum"):
        delta = rng.choice([1, 2, 3, 10, -1]) if not distinct else 2000 + rng.randrange(500)
        if error == "t3.row_total":
            key = f"t3.{rng.choice(['new_received', 'granted', 'partial', 'total'])}.total"
        elif error == "t3.sum":
            key = f"t3.total.{rng.choice(T3_COLS[:-1])}"
        elif error == "t3.balance":
            key = f"t3.carried_forward.{rng.choice(T3_COLS)}"
        else:
            key = f"t4.{rng.choice(T4_GROUPS)}.total"
        values[key] = max(0, values[key] + delta) if values[key] + delta >= 0 else values[key] + abs(delta)
    shown = {k: _show(rng, k, v, template) for k, v in values.items()}
    if blank_cells and not distinct:
        for k, v in list(values.items()):
            # a blank makes a check unassessable: keep the injected error's table whole
            if v == 0 and not (key and k[:3] == key[:3]) and rng.random() < blank_cells:
                shown[k] = ""
                del values[k]
    return values, shown
