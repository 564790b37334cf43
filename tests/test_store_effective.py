"""The effective layer's one narrow row per report (rates, table 3 group totals, scope) and
the Overview and Browse queries that read it."""
from __future__ import annotations

import pytest

import store
from store import browse, overview
from store.corrections import correct_figure, correct_meta, revert

T3 = {"t3.new_received.total": 8, "t3.carried_over.total": 0, "t3.granted.total": 3,
      "t3.partial.total": 1, "t3.unavailable.not_held.total": 2,
      "t3.unavailable.needs_creation.total": 1, "t3.rejected.duplicate.total": 1,
      "t3.total.total": 8, "t3.carried_forward.total": 0}
T4 = {"t4.review.total": 2, "t4.review.corrected": 1, "t4.direct.total": 0,
      "t4.direct.corrected": 0}   # no after_review row: the litigation rates are not stated

MEASURES = ("substantive_rate", "unavailable_rate", "carry_rate", "correction_rate",
            "review_correction_rate", "litigation_correction_rate", "t3_denied_total",
            "t3_unavailable_total", "t3_rejected_total", "t3_other_total", "level")


def measures(db, rid) -> dict:
    row = db.execute(f"SELECT {', '.join(MEASURES)} FROM effective_main_figures "
                     f"WHERE report_id = ?", [rid]).fetchone()
    return dict(zip(MEASURES, row))


def test_rates_and_group_totals_follow_every_correction(store_db, make_record):
    rid = store.save_record(store_db, make_record(figures={**T3, **T4}))
    assert measures(store_db, rid) == {
        "substantive_rate": 0.5, "unavailable_rate": None,   # 无法提供 3. is not stated
        "carry_rate": 0.0, "correction_rate": None, "review_correction_rate": 0.5,
        "litigation_correction_rate": None, "t3_denied_total": None,
        "t3_unavailable_total": 3, "t3_rejected_total": 1, "t3_other_total": None,
        "level": "township"}
    cid = correct_figure(store_db, rid, "t3.total.total", "4")
    added = correct_figure(store_db, rid, "t3.unavailable.unclear.total", "1")
    correct_meta(store_db, rid, "organ.level", "subdistrict")
    m = measures(store_db, rid)
    assert (m["substantive_rate"], m["unavailable_rate"], m["t3_unavailable_total"],
            m["level"]) == (1.0, 1.0, 4, "subdistrict")
    correct_figure(store_db, rid, "t3.partial.total", delete=True)
    correct_figure(store_db, rid, "t3.rejected.duplicate.total", delete=True)
    m = measures(store_db, rid)
    assert (m["substantive_rate"], m["t3_rejected_total"]) == (None, None)
    revert(store_db, added)
    revert(store_db, cid)
    m = measures(store_db, rid)
    assert (m["unavailable_rate"], m["t3_unavailable_total"]) == (None, 3)


def test_a_zero_denominator_has_no_rate(store_db, make_record):
    rid = store.save_record(store_db, make_record(figures={
        "t3.granted.total": 0, "t3.partial.total": 0, "t3.total.total": 0}))
    assert measures(store_db, rid)["substantive_rate"] is None


def _breakdown_from_every_figure(db) -> list[dict]:
    """The Overview breakdown as it was computed before m006: every table 3 figure grouped."""
    case = " ".join(f"WHEN f.key LIKE 't3.{k}.%' THEN '{k}'" for k in overview.OUTCOMES)
    cur = db.execute(
        f"SELECT r.year, CASE {case} END AS outcome, sum(f.value) AS count "
        f"FROM effective_figures f JOIN effective_reports r ON r.report_id = f.report_id "
        f"WHERE f.key LIKE 't3.%.total' AND f.key NOT IN ('t3.new_received.total', "
        f"'t3.carried_over.total', 't3.total.total', 't3.carried_forward.total') "
        f"AND r.year IS NOT NULL GROUP BY 1, 2 HAVING outcome IS NOT NULL ORDER BY 1, 2")
    return [dict(zip(("year", "outcome", "count"), row)) for row in cur]


def test_overview_reads_the_per_report_rows(store_db, make_record):
    store.save_record(store_db, make_record(figures={**T3, **T4}))
    hekou = "青石县河口镇人民政府"
    rid = store.save_record(store_db, make_record(name=hekou, figures={
        "t3.new_received.total": 0, "t3.denied.state_secret.total": 2,
        "t3.denied.third_party.total": 1, "t3.other.no_correction.total": 4}))
    store.save_record(store_db, make_record(name=hekou, year=2020, figures={
        "t3.new_received.total": 5, "t3.granted.total": 5, "t3.other.total": 1}))
    correct_figure(store_db, rid, "t3.denied.third_party.total", "6")
    rows = overview.results_breakdown(store_db)
    assert rows == _breakdown_from_every_figure(store_db)
    assert {(r["year"], r["outcome"]): r["count"] for r in rows} == {
        (2020, "granted"): 5, (2020, "other"): 1,
        (2021, "granted"): 3, (2021, "partial"): 1, (2021, "unavailable"): 3,
        (2021, "rejected"): 1, (2021, "denied"): 8, (2021, "other"): 4}
    assert overview.requests_by_level_year(store_db) == [
        {"level": "township", "year": 2020, "requests": 5, "reports": 1, "from_table": 1, "from_prose": 0},
        {"level": "township", "year": 2021, "requests": 8, "reports": 2, "from_table": 2, "from_prose": 0}]
    assert overview.zero_share_by_county(store_db) == [
        {"county": "青石县", "reports": 3, "zero": 1, "share": 0.333}]


def test_browse_pages_through_every_statement_in_order(store_db, make_record):
    for name, county, year in [("甲镇", "乙县", 2021), ("甲镇", "乙县", 2020),
                               ("丙镇", "甲县", 2021), ("丁镇", None, 2021), ("戊镇", "甲县", 2019)]:
        store.save_record(store_db, make_record(
            name=name, county=county, year=year,
            facts=[("problem", f"{name}{year}问题一", None),
                   ("remedy", f"{name}{year}措施", None),
                   ("problem", f"{name}{year}问题二", None)]))
    every = store_db.execute(
        "SELECT r.county, r.organ_name, r.year, x.kind, x.seq, x.text FROM effective_facts x "
        "JOIN effective_reports r USING (report_id) "
        "WHERE x.kind IN ('problem', 'remedy')").fetchall()
    want = [t for *_, t in sorted(every, key=lambda r: (r[0] is None, r[0] or "", *r[1:5]))]
    pages = [s["text"] for off in range(0, 15, 4) for s in browse.list_statements(
        store_db, limit=4, offset=off)]
    assert pages == want and len(want) == 15
    assert browse.count_statements(store_db) == 15
    assert browse.count_statements(store_db, browse.Filters(region="甲县")) == 6
    assert [s["text"] for s in browse.list_statements(store_db, browse.Filters(year=2020))] == [
        "甲镇2020问题一", "甲镇2020问题二", "甲镇2020措施"]


@pytest.mark.parametrize("status,want", [("failed", 1), ("passed", 1), ("unchecked", 1)])
def test_browse_status_filters(store_db, make_record, status, want):
    def checked(name, ok):
        d = make_record(name=name)
        d["checks"] = [] if ok is None else [{"rule": "t3.balance.total", "ok": ok,
                                               "severity": "hard", "expected": 1, "found": 2,
                                               "message": "x", "keys": []}]
        return d
    for name, ok in [("甲镇", False), ("乙镇", True), ("丙镇", None)]:
        store.save_record(store_db, checked(name, ok))
    assert browse.count_reports(store_db, browse.Filters(status=status)) == want
