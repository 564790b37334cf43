"""Corrections: figures, facts, metadata, revert, flags, validation, the CLI's messages."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import store
from extractor.cli import main
from store import corrections as corr
from store.errors import StoreError


@pytest.fixture
def db_rid(store_db, make_record):
    rid = store.save_record(store_db, make_record(
        figures={"t3.new_received.total": 5, "n.wechat_posts": 155},
        facts=[("channel", "微信公众号", "wechat"), ("responsible_official", "副镇长分管", "副镇长"),
               ("problem", "公开内容不够全面", None)]))
    return store_db, rid


def figures(db, rid):
    return {k: (v, c) for k, v, c in db.execute(
        "SELECT key, value, corrected FROM effective_figures WHERE report_id = ?", [rid])}


def facts(db, rid):
    return sorted((k, v, t) for k, v, t in db.execute(
        "SELECT kind, value, text FROM effective_facts WHERE report_id = ?", [rid]))


def test_figure_set_add_delete_and_machine_kept(db_rid):
    db, rid = db_rid
    corr.correct_figure(db, rid, "t3.new_received.total", "7", note="表格", by="alice")
    corr.correct_figure(db, rid, "t3.total.total", "7")
    corr.correct_figure(db, rid, "n.wechat_posts", delete=True)
    assert figures(db, rid) == {"t3.new_received.total": (7, 1), "t3.total.total": (7, 1)}
    assert db.execute("SELECT value FROM figures WHERE report_id = ? AND key = 'n.wechat_posts'",
                      [rid]).fetchone() == (155,)
    row = db.execute("SELECT t3_new_received_total, t3_total_total, n_wechat_posts FROM "
                     "effective_main_figures WHERE report_id = ?", [rid]).fetchone()
    assert row == (7, 7, None)
    c = corr.list_corrections(db, rid)[0]
    assert (c["by"], c["note"], c["old_value"], c["new_value"]) == ("alice", "表格", "5", 7)


def test_latest_wins_and_revert_restores(db_rid):
    db, rid = db_rid
    first = corr.correct_figure(db, rid, "t3.new_received.total", "7")
    second = corr.correct_figure(db, rid, "t3.new_received.total", "8")
    assert figures(db, rid)["t3.new_received.total"] == (8, 1)
    corr.revert(db, second)
    assert figures(db, rid)["t3.new_received.total"] == (7, 1)
    corr.revert(db, first)
    assert figures(db, rid)["t3.new_received.total"] == (5, 0)
    with pytest.raises(StoreError, match=f"correction {first} was already reverted"):
        corr.revert(db, first)


def test_fact_add_delete_set(db_rid):
    db, rid = db_rid
    corr.add_fact(db, rid, "channel", "weibo", text="政务微博")
    corr.delete_fact(db, rid, "channel", "wechat")
    corr.set_fact(db, rid, "responsible_official", "党委副书记")
    corr.add_fact(db, rid, "problem", "公开形式单一")
    assert facts(db, rid) == [
        ("channel", "weibo", "政务微博"), ("problem", None, "公开内容不够全面"),
        ("problem", None, "公开形式单一"), ("responsible_official", "党委副书记", "党委副书记")]
    with pytest.raises(StoreError) as e:
        corr.delete_fact(db, rid, "channel", "wechat")
    assert str(e.value) == f"report {rid} has no channel fact with value or text 'wechat'; it has: weibo"


def test_metadata_and_organ_relink(store_db, make_record):
    db = store_db
    a = store.save_record(db, make_record(name="白河镇人民政府", county=None, year=2021))
    b = store.save_record(db, make_record(name="青石县白河镇人民政府", year=2022))
    assert db.execute("SELECT count(DISTINCT organ_id) FROM reports").fetchone() == (2,)
    corr.correct_meta(db, a, "organ.name", "青石县白河镇人民政府")
    corr.correct_meta(db, a, "organ.county", "青石县")
    corr.correct_meta(db, a, "contact.phones", "0533-1234567，0533-7654321")
    corr.correct_meta(db, a, "year", "2021")
    row = db.execute("SELECT organ_name, county, phones, organ_id FROM effective_reports "
                     "WHERE report_id = ?", [a]).fetchone()
    organ_b = db.execute("SELECT organ_id FROM reports WHERE id = ?", [b]).fetchone()[0]
    assert row == ("青石县白河镇人民政府", "青石县", '["0533-1234567", "0533-7654321"]', organ_b)
    assert db.execute("SELECT organ_name FROM reports WHERE id = ?", [a]).fetchone() == ("白河镇人民政府",)


def test_reingest_keeps_corrections_and_flags_changed_machine_value(store_db, make_record):
    db = store_db
    rec = make_record(figures={"t3.new_received.total": 5, "t3.total.total": 5})
    rid = store.save_record(db, rec)
    kept = corr.correct_figure(db, rid, "t3.total.total", "6")
    changed = corr.correct_figure(db, rid, "t3.new_received.total", "7")
    rec["figures"][0]["value"] = 4  # the extractor now reads 4 where it read 5
    assert store.save_record(db, rec) == rid
    flags = {c["id"]: (c["machine_changed"], c["machine_now"]) for c in corr.list_corrections(db, rid)}
    assert flags == {kept: (0, None), changed: (1, "4")}
    assert figures(db, rid) == {"t3.new_received.total": (7, 1), "t3.total.total": (6, 1)}


def test_rechecks_follow_corrections(store_db, make_record):
    db = store_db
    rid = store.save_record(db, make_record(figures={"n.requests_received": 3, "t3.new_received.total": 5}))
    rule = "SELECT ok, origin FROM effective_checks WHERE report_id = ? AND rule = 'n.requests_vs_t3'"
    assert db.execute(rule, [rid]).fetchone() is None  # the test record carries no checks
    cid = corr.correct_figure(db, rid, "n.requests_received", "5")
    assert db.execute(rule, [rid]).fetchone() == (1, "recheck")
    corr.revert(db, cid)
    assert db.execute(rule, [rid]).fetchone() is None


@pytest.mark.parametrize("args, message", [
    (["--key", "t3.new_recieved.total", "--value", "3"],
     "Error: unknown key 't3.new_recieved.total'. Did you mean t3.new_received.total?"),
    (["--key", "t3.total.total", "--value", "abc"],
     "Error: value 'abc' for t3.total.total is not a number; give digits, e.g. --value 12\n"),
    (["--key", "organ.level", "--value", "village"],
     "Error: 'village' is not a level; valid levels: township, subdistrict, county, county_dept, "
     "city, city_dept, province, province_dept, national_dept, other\n"),
    (["--key", "template", "--value", "2020"],
     "Error: '2020' is not a template; valid templates: 2019, 2021\n"),
    (["--fact-kind", "channel", "--add", "telegram"],
     "Error: 'telegram' is not a channel; valid channels: portal, wechat, weibo, app, video, "
     "bulletin_board, service_hall, reading_room, hotline, press, other\n"),
    (["--fact-kind", "slogan", "--add", "x"],
     "Error: unknown fact kind 'slogan'; valid kinds: responsible_official, responsible_office, "
     "channel, problem, remedy\n"),
])
def test_cli_rejects_bad_input(tmp_path, make_record, args, message):
    db_path = tmp_path / "n.db"
    store.save_record(store.connect(db_path), make_record(figures={"t3.total.total": 5}))
    r = CliRunner().invoke(main, ["correct", "--db", str(db_path), "--report", "1", *args])
    assert r.exit_code == 1
    assert r.stderr.startswith(message)
    assert store.connect(db_path).execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_cli_correct_fact_meta_revert(tmp_path, make_record):
    db_path = tmp_path / "n.db"
    store.save_record(store.connect(db_path), make_record(facts=[("channel", "微信公众号", "wechat")]))
    inv = lambda *a: CliRunner().invoke(main, ["correct", "--db", str(db_path), *a])  # noqa: E731
    assert inv("--report", "青石县白河镇人民政府@2021", "--fact-kind", "channel", "--add", "weibo").stdout \
        == "correction 1 saved for report 1\n"
    assert inv("--report", "1", "--fact-kind", "channel", "--delete", "--value", "wechat").exit_code == 0
    assert inv("--report", "1", "--key", "organ.level", "--value", "county").exit_code == 0
    assert inv("--revert", "3").stdout == "reverted correction 3 of report 1\n"
    db = store.connect(db_path)
    assert facts(db, 1) == [("channel", "weibo", "weibo")]
    assert db.execute("SELECT level FROM effective_reports").fetchone() == ("township",)
    r = inv("--report", "99", "--key", "year", "--value", "2020")
    assert (r.exit_code, r.stderr) == (1, "Error: no report with id 99; list them with "
                                          "`nianbao export --db FILE --format csv`\n")


def test_two_reviewers_on_two_connections_keep_both(tmp_path, make_record):
    path = tmp_path / "n.db"
    a, b = store.connect(path), store.connect(path)
    rid = store.save_record(a, make_record(figures={"t3.total.total": 5}))
    corr.correct_figure(a, rid, "t3.total.total", "6", by="alice")
    corr.correct_meta(b, rid, "organ.level", "county", by="bob")
    assert [c["by"] for c in corr.list_corrections(a)] == ["alice", "bob"]
