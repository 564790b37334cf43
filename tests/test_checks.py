from pathlib import Path

from extractor import extract
from extractor.checks import run_checks
from extractor.record import Figure, Record

FIXTURES = Path(__file__).parent / "fixtures"


def record_with(values: dict, template="2019") -> Record:
    figs = [Figure(k, v, "件", "table", str(v), [0, 1]) for k, v in values.items()]
    return Record(source={}, text="x", template=template, figures=figs)


def by_rule(checks):
    return {c.rule: c for c in checks}


def test_consistent_report_passes_every_hard_check():
    rec = extract(FIXTURES / "word_export_2019.txt")
    hard = [c for c in rec.checks if c.severity == "hard"]
    assert len(hard) == 7 + 7 + 23 + 3
    assert all(c.ok is True for c in hard), [c.message for c in hard if not c.ok]


def test_wrong_total_is_a_finding_and_numbers_stay_as_printed():
    v = {f"t4.review.{c}": n for c, n in zip(("upheld", "corrected", "other", "pending", "total"), (1, 2, 0, 1, 5))}
    rec = record_with(v)
    c = by_rule(run_checks(rec))["t4.sum.review"]
    assert (c.ok, c.expected, c.found, c.severity) == (False, 4, 5, "hard")
    assert rec.figure("t4.review.total").value == 5  # never repaired


def test_blank_cell_makes_check_not_assessable():
    v = {"t3.new_received.total": 3, "t3.carried_over.total": 0, "t3.total.total": 3}
    c = by_rule(run_checks(record_with(v)))["t3.balance.total"]
    assert c.ok is None and c.found is None


def test_row_totals_and_balance():
    cols = ("natural", "commercial", "research", "ngo", "legal", "other_org")
    v = {f"t3.new_received.{c}": 1 for c in cols} | {"t3.new_received.total": 7}
    checks = by_rule(run_checks(record_with(v)))
    assert checks["t3.row_total.new_received"].ok is False
    assert checks["t3.row_total.new_received"].expected == 6


def test_2021_other_rows_sum():
    rows = ["granted", "partial", "denied.state_secret", "denied.law_prohibited", "denied.safety_stability",
            "denied.third_party", "denied.internal_affairs", "denied.process_info", "denied.enforcement_file",
            "denied.admin_query", "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
            "rejected.petition", "rejected.duplicate", "rejected.publication", "rejected.excessive",
            "rejected.confirm", "other.no_correction", "other.unpaid_fee", "other.other"]
    v = {f"t3.{r}.total": 1 for r in rows} | {"t3.total.total": 21}
    assert by_rule(run_checks(record_with(v, "2021")))["t3.sum.total"].ok is True


def test_narrative_vs_table_is_soft():
    v = {"n.requests_received": 5, "t3.new_received.total": 4, "n.litigation_cases": 2,
         "t4.direct.total": 1, "t4.after_review.total": 1}
    checks = by_rule(run_checks(record_with(v)))
    assert checks["n.requests_vs_t3"].ok is False and checks["n.requests_vs_t3"].severity == "soft"
    assert checks["n.litigation_vs_t4"].ok is True
    assert "n.review_vs_t4" not in checks  # nothing to compare


def test_no_table_no_table_checks():
    assert not [c for c in run_checks(record_with({})) if c.rule.startswith(("t3", "t4"))]
