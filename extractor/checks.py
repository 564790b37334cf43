"""The report's own arithmetic (勾稽关系), computed on its own numbers.

A failed check is a finding about the report, never a reason to change its numbers. A
check that needs a cell the report leaves blank (or that was cut off) is not assessable:
``ok`` is None. Checks of a table the report does not have are not listed at all.
"""
from __future__ import annotations

from . import template as T
from .record import Check, Record
from .sections import find_sections
from .selfcheck import self_checks

T3_COLS = T.t3_cols()
T3_OTHER_2021 = tuple(r.key for r in T.rows("t3", "2021") if r.group == "other")


def _sum(values: dict, keys) -> float | None:
    vals = [values.get(k) for k in keys]
    if any(v is None for v in vals):
        return None
    return round(sum(vals), 6)


def _check(rule, severity, expected, found, keys, what) -> Check:
    if expected is None or found is None:
        ok, msg = None, f"{what}: not assessable (a cell it needs is blank or missing)"
    else:
        ok = abs(expected - found) < 1e-6
        msg = f"{what}: {_fmt(expected)} {'=' if ok else '≠'} {_fmt(found)}"
    return Check(rule=rule, ok=ok, severity=severity, expected=_tidy(expected), found=_tidy(found),
                 message=msg, keys=list(keys))


def _tidy(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _fmt(v) -> str:
    return str(_tidy(v))


def _from_registry(table: str, template: str | None, v: dict, stated_only: bool) -> list[Check]:
    """The identities of ``table`` (lexicons/table_checks.tsv) on the report's numbers; a row
    identity only for the rows the report states (``stated_only``)."""
    out = []
    for ident in T.identities(table, template):
        if stated_only and ident.across_row and not any(k in v for k in ident.keys):
            continue
        out.append(_check(ident.rule, ident.severity, _sum(v, ident.left), _sum(v, ident.right),
                          ident.keys, f"{ident.display} ({ident.rule.rsplit('.', 1)[1]})"))
    return out


def t3_checks(v: dict, template: str | None) -> list[Check]:
    if not any(k.startswith("t3.") for k in v):
        return []
    uses_2021 = template == "2021" or any(f"t3.{r}.{c}" in v for r in T3_OTHER_2021 for c in T3_COLS)
    return _from_registry("t3", "2021" if uses_2021 else "2019", v, stated_only=True)


def t4_checks(v: dict) -> list[Check]:
    return _from_registry("t4", None, v, stated_only=True)


def narrative_checks(v: dict) -> list[Check]:
    out = []
    pairs = [
        ("n.requests_vs_t3", "n.requests_received", ["t3.new_received.total"], "正文所述收到申请数 = 表三本年新收总计"),
        ("n.review_vs_t4", "n.review_cases", ["t4.review.total"], "正文所述行政复议数 = 表四行政复议总计"),
        ("n.litigation_vs_t4", "n.litigation_cases", ["t4.direct.total", "t4.after_review.total"],
         "正文所述行政诉讼数 = 表四两类起诉总计之和"),
    ]
    for rule, nkey, tkeys, what in pairs:
        if nkey in v and any(k in v for k in tkeys):
            out.append(_check(rule, "soft", v[nkey], _sum(v, tkeys), [nkey] + tkeys, what))
    return out


def section5_check(record: Record) -> Check | None:
    problems = [f for f in record.facts if f.kind == "problem"]
    if problems:
        return Check("s5.substantive", True, "soft", None, None,
                     f"第五部分列出 {len(problems)} 个具体问题", [])
    s5 = next((s for s in find_sections(record.text) if s.number == 5), None)
    if s5 is None:
        return None
    body = record.text[s5.body_start:s5.body_end].strip()
    if not body:
        return Check("s5.substantive", None, "soft", None, None, "第五部分无正文（可能被截断）", [])
    return Check("s5.substantive", False, "soft", None, None, "第五部分未列出具体问题", [])


def run_checks(record: Record) -> list[Check]:
    values = {f.key: f.value for f in record.figures}
    t3 = next((t for t in record.tables if t.table == "t3" and t.template), None)
    checks = t3_checks(values, t3.template if t3 else record.template) + t4_checks(values) + narrative_checks(values)
    s5 = section5_check(record)
    if s5:
        checks.append(s5)
    return checks + self_checks(record)
