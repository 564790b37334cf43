"""The measures of the question sets, the way a reviewer reads a report, over the gold records
(or the extracted ones): the helper library whose names a set's expectations are written in.

A report is a ``Rep`` (id, organ name, level, county, year, figures, facts, contact, text).
Expectations (``bench/questions/*.json``, ``expect``) are expressions over these names:

- ``S(pred)``: the answer's ``reports`` are exactly the files of the reports where ``pred`` holds;
- ``N(fn)``: ``value`` equals the number ``fn(reports)``;
- ``T(pred, strings)``: the right reports, and the answer's text holds every string;
- ``NONE``: nothing to find (an organ not in the corpus): no value and no reports;
- ``G(key, pred, fn=None)``: a grouped answer: per group the number of reports where ``pred``
  holds, or the sum of ``fn`` over them (a report whose key is not stated is in no group);
- ``GM(key, pred, fn)``: per group the mean of ``fn``; ``UNKNOWN``: must be "not understood".

Measures: ``requests``, ``review``, ``litigation``, ``active``, ``wechat`` … (one report's
figure, None when not stated), ``lv``/``yr``/``place``/``named``/``chan`` (predicates),
``count``/``count_reports``/``total``/``mean``/``extreme``/``top`` (over the reports).
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "bench" / "out"
DEV = Path("/work/shared/corpus/dev")
NIANBAO = (sys.executable, "-m", "extractor")   # this checkout's CLI (the venv's script may be another's)


# -- the reports, as gold (or extraction) says ---------------------------------------------

@dataclass
class Rep:
    id: str
    name: str | None
    level: str | None
    county: str | None
    year: int | None
    figs: dict
    facts: dict = field(default_factory=dict)     # kind -> [value or text]
    contact: dict = field(default_factory=dict)
    text: str = ""
    template: str | None = None

    def f(self, key):
        return self.figs.get(key)

    def has(self, kind, value=None):
        vals = self.facts.get(kind, [])
        return bool(vals) if value is None else any(value in (v or "") for v in vals)

    def place(self, where: str) -> bool:
        return self.county == where or where in (self.name or "")

    def table(self, t: str) -> bool:
        return any(k.startswith(t + ".") for k in self.figs)


def load_gold(pairs=None) -> list[Rep]:
    """Gold records with their texts: the dev corpus's, or ``pairs`` of (gold file, text file)."""
    if pairs is None:
        pairs = [(p, DEV / (p.name[:-len(".gold.json")] + ".txt"))
                 for p in sorted((DEV / "gold").glob("*.gold.json"))]
    out = []
    for gp, tp in pairs:
        d = json.loads(gp.read_text(encoding="utf-8"))
        o = d.get("organ") or {}
        out.append(Rep(tp.stem, o.get("name"), o.get("level"), o.get("county"), d.get("year"),
                       d.get("figures") or {}, d.get("facts") or {}, d.get("contact") or {},
                       tp.read_text(encoding="utf-8"), d.get("template")))
    return out


def load_extracted(db: Path) -> list[Rep]:
    res = subprocess.run([*NIANBAO, "export", "--db", str(db), "--format", "jsonl"],
                         capture_output=True, text=True, check=True)
    out = []
    for line in res.stdout.splitlines():
        d = json.loads(line)
        o = d["organ"]
        facts = defaultdict(list)
        for f in d["facts"]:
            facts[f["kind"]].append(f["value"] if f["value"] is not None else f["text"])
        contact = {k: v for k, v in (d.get("contact") or {}).items() if v}
        out.append(Rep(Path(d["source"]["path"]).stem, o.get("name"), o.get("level"),
                       o.get("county"), d.get("year"),
                       {f["key"]: f["value"] for f in d["figures"]}, dict(facts), contact,
                       d["text"], d.get("template")))
    return out


# -- measures, the way a reviewer reads a report ---------------------------------------------

def first(r: Rep, *keys):
    return next((r.f(k) for k in keys if r.f(k) is not None), None)


def all_of(r: Rep, *keys):
    vals = [r.f(k) for k in keys]
    return None if None in vals else sum(vals)


def rows_sum(r: Rep, prefix: str):
    """A result group of table 3 (不予公开, 无法提供): the sum of its rows' totals stated."""
    vals = [v for k, v in r.figs.items() if k.startswith(prefix) and k.endswith(".total")]
    return sum(vals) if vals else None


def requests(r):
    return first(r, "t3.new_received.total", "n.requests_received")


def review(r):
    return first(r, "t4.review.total", "n.review_cases")


def litigation(r):
    v = all_of(r, "t4.direct.total", "t4.after_review.total")
    return v if v is not None else r.f("n.litigation_cases")


def active(r):
    return r.f("n.active_published")


def wechat(r):
    return r.f("n.wechat_posts")


def normative(r):
    return first(r, "t2.normative.made", "t2.normative.new_made")


def rules(r):
    return first(r, "t2.rules.made", "t2.rules.new_made")


def licensing(r):
    return r.f("t2.licensing.decisions")


def punishment(r):
    return r.f("t2.punishment.decisions")


def fees(r):
    return r.f("t2.fees.amount")


def granted(r):
    return r.f("t3.granted.total")


def denied(r):
    return rows_sum(r, "t3.denied.")


def unavailable(r):
    return rows_sum(r, "t3.unavailable.")


def eq(fn, v):
    return lambda r: fn(r) is not None and fn(r) == v


def gt(fn, v):
    return lambda r: fn(r) is not None and fn(r) > v


def lv(*levels):
    return lambda r: r.level in levels


def yr(*years):
    return lambda r: r.year in years


def both(*preds):
    return lambda r: all(p(r) for p in preds)


def chan(value):
    return lambda r: value in r.facts.get("channel", [])


def place(where):
    return lambda r: r.place(where)


def named(name):
    return lambda r: (r.name or "") == name


def stated(fn, reps, pred=lambda r: True):
    return [fn(r) for r in reps if pred(r) and fn(r) is not None]


def total(fn, pred=lambda r: True):
    return lambda reps: sum(stated(fn, reps, pred))


def mean(fn, pred=lambda r: True):
    return lambda reps: (lambda v: sum(v) / len(v) if v else None)(stated(fn, reps, pred))


def count(pred):
    """How many organs: reports of one name are one organ; an unnamed report is its own."""
    return lambda reps: len({r.name or r.id for r in reps if pred(r)})


def count_reports(pred):
    return lambda reps: sum(1 for r in reps if pred(r))


def extreme(fn, pred=lambda r: True, hi=True):
    def p(r, reps):
        vals = stated(fn, reps, pred)
        return bool(vals) and pred(r) and fn(r) == (max(vals) if hi else min(vals))
    return p


def top(fn, n, pred=lambda r: True, hi=True):
    def p(r, reps):
        vals = sorted(stated(fn, reps, pred), reverse=hi)
        if not pred(r) or fn(r) is None or not vals:
            return False
        edge = vals[min(n, len(vals)) - 1]
        return fn(r) >= edge if hi else fn(r) <= edge
    return p


def phrase(s, kinds=("text",)):
    """The phrase in the report text, or in its gold problems / remedies."""
    def p(r):
        if "text" in kinds:
            return s in r.text
        return any(s in t for k in kinds for t in r.facts.get(k, []))
    return p


def balance_fails(r):
    """表三不平衡: new + carried over != total + carried forward, in a column fully stated."""
    cols = {k.rsplit(".", 1)[1] for k in r.figs if k.startswith("t3.new_received.")}
    for c in cols:
        v = [r.f(f"t3.{row}.{c}") for row in ("new_received", "carried_over", "total",
                                               "carried_forward")]
        if None not in v and v[0] + v[1] != v[2] + v[3]:
            return True
    return False


def t4_fails(r):
    for g in ("review", "direct", "after_review"):
        v = [r.f(f"t4.{g}.{c}") for c in ("upheld", "corrected", "other", "pending", "total")]
        if None not in v and sum(v[:4]) != v[4]:
            return True
    return False


# -- expectations ------------------------------------------------------------------------------

def S(pred):
    return ("set", pred)


NONE = ("none",)   # an organ not in the corpus: no number and no reports, never a made-up one


def N(fn):
    return ("number", fn)


def T(pred, strings):
    return ("text", pred, strings)


def G(key, pred, fn=None):
    return ("groups", key, pred, fn)


def GM(key, pred, fn):
    return ("gmean", key, pred, fn)


UNKNOWN = ("unknown",)   # the assistant must say it did not understand


def contact(field_):
    return lambda reps, pred: [c for r in reps if pred(r) for c in
                               (r.contact.get(field_) if isinstance(r.contact.get(field_), list)
                                else [r.contact.get(field_)]) if c]


def fact(kind):
    return lambda reps, pred: [v for r in reps if pred(r) for v in r.facts.get(kind, [])]


TOWN, STREET, CDEPT = lv("township"), lv("subdistrict"), lv("county_dept")

# (type, questions of one conversation, expectation of the last answer)

GOLD: list[Rep] = []   # the reports of the expectation being computed (one list, refilled)


def pick(reps, rid):
    return next(r for r in reps if r.id == rid)


def expected(exp, reps):
    GOLD[:] = reps
    kind = exp[0]
    if kind == "unknown":
        return "（不理解）"
    if kind == "gmean":
        _, key, pred, fn = exp
        vals = defaultdict(list)
        for r in reps:
            if pred(r) and fn(r) is not None:
                vals[key(r)].append(fn(r))
        return {k: sum(v) / len(v) for k, v in vals.items()}
    if kind == "set":
        return {r.id for r in reps if exp[1](r)}
    if kind == "number":
        return exp[1](reps)
    if kind == "text":
        return ({r.id for r in reps if exp[1](r)}, exp[2](reps, exp[1]))
    if kind == "none":
        return None
    _, key, pred, fn = exp
    reps = [r for r in reps if key(r) is not None]   # no year / level / county: in no group
    if fn is None:
        return dict(Counter(key(r) for r in reps if pred(r)))
    sums: dict = defaultdict(int)
    for r in reps:
        if pred(r) and fn(r) is not None:
            sums[key(r)] += fn(r)
    return dict(sums)


def close(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def matches(exp, want, got: dict) -> bool:
    if exp[0] == "unknown":
        return got.get("understood") is False and got.get("value") is None
    if exp[0] == "gmean":
        rows = {r[0]: r[-1] for r in got.get("rows") or []} if got.get("understood", True) else {}
        return rows.keys() == want.keys() and all(close(rows[k], want[k]) for k in want)
    if exp[0] == "none":
        return got.get("value") is None and not got.get("reports")
    if not got.get("understood", True) or "reports" not in got:
        return False
    stems = {Path(p).stem for p in got.get("reports") or []}
    kind = exp[0]
    if kind == "set":
        return stems == want
    if kind == "number":
        return want is not None and close(got.get("value"), want)
    if kind == "text":
        ids, strings = want
        return stems == ids and bool(strings) and all(s in got["answer"] for s in strings)
    rows = {r[0]: r[-1] for r in got.get("rows") or []}
    return rows == want


def show(want) -> str:
    if isinstance(want, set):
        return "{" + ", ".join(sorted(want)) + "}"
    if isinstance(want, tuple):
        return show(want[0]) + " " + "、".join(want[1])
    return str(want)


