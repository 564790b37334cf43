"""Questions about a report contradicting itself (family self_check, assistant/selfcheckq.py):
数字对不上 / 前后矛盾 include the checks of a report against itself (soft), each report said with
the checks it fails in Chinese; 勾稽关系 stays the tables' identities; the title's year against
the period's is its own check; a "none failed" answer says what is checked. A store of our own."""
from __future__ import annotations

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, record, write_store


def _ck(rule, ok, exp, found, msg, severity="soft"):
    return {"rule": rule, "ok": ok, "severity": severity, "expected": exp, "found": found,
            "message": msg, "keys": []}


def _rec(name, short, year, checks):
    r = record(name, short, "township", "青川县", year, {**T3_ZERO})
    r["checks"] = checks
    return r


PART = _ck("n.part_le_whole.wechat", False, 80, 120,
           "正文所述总数与其中分项：第10字处“主动公开政府信息80条”<第30字处“微信公众号发布信息120篇”")
TITLE = _ck("year.title_vs_period", False, 2021, 2022,
            "标题所署年份与统计期限：第5字处“2021年政府信息公开”≠第60字处“统计期限自2022年1月1日”")
AGAIN = _ck("n.restated.active_published", False, 20, 16,
            "正文两处所述同一数字：第9字处“公开信息20条”≠第90字处“公开政府信息16条”")
SUM = _ck("t3.sum.total", False, 3, 4, "办理结果各项之和 = 总计 (total): 3 ≠ 4", "hard")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("selfcheck") / "s.db", [
        _rec("青川县甲镇人民政府", "甲镇", 2023, [PART]),
        _rec("青川县乙镇人民政府", "乙镇", 2022, [TITLE]),
        _rec("青川县丙镇人民政府", "丙镇", 2023, [SUM]),
        _rec("青川县丁镇人民政府", "丁镇", 2023, [AGAIN]),
        _rec("青川县戊镇人民政府", "戊镇", 2023, [_ck("t3.sum.total", True, 3, 3, "ok", "hard"),
                                         _ck("n.restated.active_published", True, 5, 5, "ok")]),
    ])


def names(a):
    return {r[0] for r in a.rows}


@pytest.mark.parametrize("q", ["哪些报告的数字前后对不上", "哪些报告自己前后数字对不上", "数字前后矛盾的报告有哪些",
                               "报告里数字自相矛盾的", "哪些报告数字前后不一致"])
def test_numbers_that_do_not_add_up_include_the_report_against_itself(db, q):
    a = ask(db, q)
    assert a.plan.kind == "check" and not a.plan.check_ok, a.text
    # (the title's year is asked by its own words: 标题上的年份和统计年度不一样)
    assert names(a) == {"青川县甲镇人民政府", "青川县丙镇人民政府", "青川县丁镇人民政府"}, a.text
    # each report with the check it fails, in Chinese
    assert "青川县甲镇人民政府（2023年）：正文所述分项数不大于其所属总数（微信公众号）" in a.text
    assert "青川县丁镇人民政府（2023年）：正文不同段落两次所述同一数字相同（主动公开信息）" in a.text
    assert "青川县丙镇人民政府（2023年）：表三·办理结果各项之和 = 总计" in a.text
    assert "任一勾稽关系或正文前后矛盾" in a.text.split("\n", 1)[0]


@pytest.mark.parametrize("q", ["哪些报告勾稽关系有误？", "表三对不上的报告有几份"])
def test_the_tables_identities_asked_stay_the_tables(db, q):
    a = ask(db, q)
    assert "青川县丙镇人民政府（2023年）：表三·办理结果各项之和 = 总计" in a.text, a.text
    assert "甲镇" not in a.text and "乙镇" not in a.text, a.text


@pytest.mark.parametrize("q", ["标题上的年份和统计年度不一样的报告", "报告标题写的年份和统计时段对不上的是哪几份",
                               "统计年度与标题年份不相符的报告有几份", "标题里的年份跟统计年度不同的单位有几个"])
def test_the_title_year_against_the_period_is_its_check(db, q):
    a = ask(db, q)
    assert a.understood and a.plan.check == "year.title_vs_period", a.text
    assert "青川县乙镇人民政府（2022年）：标题所署年份 = 统计期限的年份" in a.text, a.text
    assert "甲镇" not in a.text and "丙镇" not in a.text, a.text


def test_the_title_year_alone_is_still_no_field_of_the_store(db):
    a = ask(db, "标题年份是2022年的报告有几份")
    assert not a.understood and "库中的报告不能区分“标题年份”" in a.text


def test_all_adding_up_excludes_a_report_failing_a_self_check(db):
    a = ask(db, "勾稽关系正确的报告")
    assert names(a) == {"青川县戊镇人民政府"}, a.text


def test_none_failed_says_the_report_is_checked_against_itself_too(tmp_path):
    path = write_store(tmp_path / "ok.db", [
        _rec("青川县戊镇人民政府", "戊镇", 2023, [_ck("t3.sum.total", True, 3, 3, "ok", "hard"),
                                         _ck("n.part_le_whole.item", True, 5, 3, "ok")])])
    a = ask(path, "哪些报告的数字前后对不上")
    assert "没有找到校验未通过的报告" in a.text, a.text
    assert "报告自身的数字前后是否矛盾" in a.text and "正文所述分项数不大于其所属总数" in a.text, a.text


def test_the_prose_against_the_table_said_failing_is_that_check(tmp_path):
    path = write_store(tmp_path / "prose.db", [
        _rec("青川县己镇人民政府", "己镇", 2023, [_ck("n.requests_vs_t3", False, 5, 4, "正文所述收到申请数 = 表三本年新收总计: 5 ≠ 4")]),
        _rec("青川县甲镇人民政府", "甲镇", 2023, [PART])])
    for q in ("哪些报告正文里说的申请数跟表格对不上", "正文里写的收到申请件数跟表三本年新收对不上的，有哪些？"):
        a = ask(path, q)
        assert a.plan.check == "n.requests_vs_t3", a.text
        assert "校验=正文所述收到申请数 = 表三本年新收总计" in a.text.split("\n", 1)[0]
        assert "青川县己镇人民政府（2023年）：正文所述收到申请数 = 表三本年新收总计" in a.text and "甲镇" not in a.text, a.text
