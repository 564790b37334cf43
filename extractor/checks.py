"""The report's own arithmetic (勾稽关系), computed on its own numbers.

A failed check is a finding about the report, never a reason to change its numbers. A
check that needs a cell the report leaves blank (or that was cut off) is not assessable:
``ok`` is None. Checks of a table the report does not have are not listed at all.
"""
from __future__ import annotations

from .record import Check, Record
from .sections import find_sections

T3_COLS = ("natural", "commercial", "research", "ngo", "legal", "other_org", "total")
T3_RESULT_ROWS = (
    "granted", "partial",
    "denied.state_secret", "denied.law_prohibited", "denied.safety_stability", "denied.third_party",
    "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.admin_query",
    "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
    "rejected.petition", "rejected.duplicate", "rejected.publication", "rejected.excessive",
    "rejected.confirm",
)
T3_OTHER_2019 = ("other",)
T3_OTHER_2021 = ("other.no_correction", "other.unpaid_fee", "other.other")
T3_ROWS = ("new_received", "carried_over") + T3_RESULT_ROWS + T3_OTHER_2019 + T3_OTHER_2021 + (
    "total", "carried_forward")
T4_GROUPS = ("review", "direct", "after_review")
T4_COLS = ("upheld", "corrected", "other", "pending")


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


def t3_checks(v: dict, template: str | None) -> list[Check]:
    out = []
    if not any(k.startswith("t3.") for k in v):
        return out
    for col in T3_COLS:
        a = [f"t3.new_received.{col}", f"t3.carried_over.{col}"]
        b = [f"t3.total.{col}", f"t3.carried_forward.{col}"]
        out.append(_check(f"t3.balance.{col}", "hard", _sum(v, a), _sum(v, b), a + b,
                          f"本年新收+上年结转 = 办理结果总计+结转下年度 ({col})"))
    uses_2021 = template == "2021" or any(f"t3.{r}.{c}" in v for r in T3_OTHER_2021 for c in T3_COLS)
    other_rows = T3_OTHER_2021 if uses_2021 else T3_OTHER_2019
    for col in T3_COLS:
        parts = [f"t3.{r}.{col}" for r in T3_RESULT_ROWS + other_rows]
        out.append(_check(f"t3.sum.{col}", "hard", _sum(v, parts), v.get(f"t3.total.{col}"),
                          parts + [f"t3.total.{col}"], f"办理结果各项之和 = 总计 ({col})"))
    for row in T3_ROWS:
        if not any(f"t3.{row}.{c}" in v for c in T3_COLS):
            continue
        parts = [f"t3.{row}.{c}" for c in T3_COLS[:-1]]
        out.append(_check(f"t3.row_total.{row}", "hard", _sum(v, parts), v.get(f"t3.{row}.total"),
                          parts + [f"t3.{row}.total"], f"六类申请人之和 = 总计 ({row})"))
    return out


def t4_checks(v: dict) -> list[Check]:
    out = []
    for g in T4_GROUPS:
        if not any(k.startswith(f"t4.{g}.") for k in v):
            continue
        parts = [f"t4.{g}.{c}" for c in T4_COLS]
        out.append(_check(f"t4.sum.{g}", "hard", _sum(v, parts), v.get(f"t4.{g}.total"),
                          parts + [f"t4.{g}.total"], f"维持+纠正+其他+尚未审结 = 总计 ({g})"))
    return out


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
    checks = t3_checks(values, record.template) + t4_checks(values) + narrative_checks(values)
    s5 = section5_check(record)
    if s5:
        checks.append(s5)
    return checks
