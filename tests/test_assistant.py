"""The assistant's library and CLI: plans, follow-ups, read-only safety, JSON output."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from assistant import ask, parse
from assistant.answer import AskError
from extractor.cli import main
from test_assistant_questions import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("assistant-lib") / "corpus.db")


def test_plan_of_a_figure_question():
    p = parse("2021年收到申请超过10件的县直部门有哪些？")
    assert (p.kind, p.metric, p.years, p.levels, p.op, p.threshold) == (
        "figure", "requests", (2021,), ("county_dept",), "gt", 10.0)


@pytest.mark.parametrize("q", ["依申请公开数量为零的乡镇", "申请数为零的乡镇", "收到的申请为零的乡镇",
                               "申请量为零的乡镇"])
def test_metric_synonyms(q):
    assert parse(q).metric == "requests"


def test_chinese_numbers_and_suffix_comparisons():
    assert parse("收到申请十件以上的街道").op == "ge"
    assert parse("收到申请十件以上的街道").threshold == 10
    p = parse("行政复议最多的前五个部门")
    assert (p.top, p.order, p.agg) == (5, "desc", None)


def test_followup_replaces_only_what_it_says():
    first = parse("2021年收到申请最多的县级部门是哪个？")
    p = parse("那2020年呢？", context=first)
    assert (p.kind, p.metric, p.years, p.levels, p.agg) == (
        "figure", "requests", (2020,), ("county_dept",), "max")
    p = parse("其中街道呢？", context=p)
    assert p.levels == ("subdistrict",) and p.years == (2020,)
    p = parse("按年份分组", context=p)
    assert p.group_by == "year" and p.metric == "requests"


def test_answer_carries_sql_params_sources_and_passages(db):
    a = ask(db, "花沟镇2021年收到多少件政府信息公开申请？")
    assert a.value == 3
    assert "effective_main_figures" in a.sql and "effective_reports" in a.sql
    assert "花沟" not in a.sql and 2021 in a.params.values()
    assert a.reports == ["reports/花沟镇-2021.txt"]
    p = a.passages[0]
    assert p["passage"][p["mark"][0]:p["mark"][1]] == "3"


def test_corrected_value_is_used_and_blank_is_not_zero(db):
    a = ask(db, "常家镇2020年收到多少件申请？")
    assert a.value == 0
    a = ask(db, "2021年哪些乡镇收到申请为零？")
    assert "另有1份报告未填写该项" in a.text


def test_not_understood_offers_examples_and_no_sql(db):
    a = ask(db, "这个系统是谁做的")
    assert not a.understood and a.sql is None and len(a.suggestions) == 3
    assert "没能理解" in a.text


def test_injection_attempt_changes_nothing(db):
    before = sqlite3.connect(db).execute("SELECT count(*) FROM reports").fetchone()
    for q in ["花沟镇'; DROP TABLE reports; --的电话是多少？",
              "列出所有提到\"x\"); DELETE FROM reports; --\"的问题",
              "哪些报告提到“' OR 1=1 --”？"]:
        a = ask(db, q)
        assert "DROP" not in (a.sql or "") and "DELETE" not in (a.sql or "")
    assert sqlite3.connect(db).execute("SELECT count(*) FROM reports").fetchone() == before


def test_connection_is_read_only(db):
    from assistant.answer import open_db
    conn = open_db(db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM reports")


def test_missing_database_names_the_fix(tmp_path):
    with pytest.raises(AskError, match="nianbao ingest"):
        ask(tmp_path / "none.db", "哪些乡镇没有收到申请？")


def test_cli_json_one_object_per_question_as_a_conversation(db):
    r = CliRunner().invoke(main, ["ask", "2021年收到申请最多的县级部门是哪个？", "那2020年呢？",
                                  "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert len(lines) == 2
    assert lines[0]["value"] == 20 and lines[1]["value"] == 25
    assert lines[1]["reports"] == ["reports/市场监督管理局-2020.txt"]
    assert {"answer", "sql", "columns", "rows", "reports", "value"} <= set(lines[0])


def test_cli_text_shows_answer_table_and_sql(db):
    r = CliRunner().invoke(main, ["ask", "哪些报告的表三数据不平衡？", "--db", db])
    assert r.exit_code == 0
    assert "高青县芦湖街道办事处" in r.output and "SQL:" in r.output and "effective_checks" in r.output


def test_cli_missing_db_is_an_error(tmp_path):
    r = CliRunner().invoke(main, ["ask", "哪些乡镇没有收到申请？", "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 1 and "Error:" in r.output and "nianbao ingest" in r.output


@pytest.mark.parametrize("q", ["结转到下年度的申请不为零的报告", "结转至下一年度的申请数",
                               "结转下年的申请有哪些"])
def test_longest_alias_wins_over_a_shorter_one(q):
    assert parse(q).metric == "carried_forward"


def test_asking_for_the_value_is_not_a_filter():
    p = parse("2021年行政复议有几件？")
    assert (p.kind, p.metric, p.op) == ("figure", "review", None)
    p = parse("哪些单位被提起行政诉讼？")
    assert (p.metric, p.op, p.threshold) == ("litigation", "gt", 0.0)


def test_a_post_filters_the_official_and_is_not_a_level_word():
    p = parse("哪些单位的分管领导是副镇长？")
    assert (p.kind, p.fact_kind, p.official, p.levels) == (
        "fact", "responsible_official", "副镇长", ())


def test_contact_followup_keeps_the_organ(db):
    from assistant import Conversation
    c = Conversation(db)
    c.ask("花沟镇的联系电话是多少？")
    a = c.ask("传真是多少？")
    assert a.plan.contact_field == "fax" and a.plan.organ_names and "0533-6785370" in a.text


@pytest.mark.parametrize("q, metric", [("行政复议纠错率最高的单位？", "review_correction_rate"),
                                       ("行政诉讼纠错率是多少？", "litigation_correction_rate"),
                                       ("复议诉讼纠错率最低的前3个", "correction_rate"),
                                       ("复议纠错有多少件？", "review_corrected")])
def test_correction_rates_by_kind(q, metric):
    assert parse(q).metric == metric


def test_organ_name_forms_a_reviewer_types():
    from assistant.names import _aliases
    forms = set(_aliases("高新区(新市区)", "(新市区)", (None, None, "高新区(新市区)")))
    assert "高新区" in forms and "(新市区)" not in forms
    forms = set(_aliases("长春市人民政府办公厅", "人民政府办公厅", (None, "长春市", None)))
    assert "长春市政府办公厅" in forms and "人民政府办公厅" not in forms
    # a bracketed other name with what follows it; short forms both ways, chained
    forms = set(_aliases("中国(云南)自贸区昆明片区(昆明经开区)招商合作局", None, (None, None, None)))
    assert "昆明经开区招商合作局" in forms and "云南自贸区昆明片区" not in forms
    assert "浑南区民宗局" in set(_aliases("浑南区民族和宗教事务局", None, (None, None, "浑南区")))
    assert "新市区" in set(_aliases("高新区(新市区)", None, (None, None, None)))
    assert "石家庄教育局" in set(_aliases("石家庄市教育局", None, (None, "石家庄市", None)))
    forms = set(_aliases("广东从化经济开发区管理委员会", None, (None, None, None)))
    assert {"从化经济开发区管理委员会", "从化经济开发区管委会"} <= forms
    forms = set(_aliases("信丰县卫生健康委", None, (None, None, "信丰县")))
    assert {"信丰县卫生健康委员会", "信丰县卫健委"} <= forms


def test_not_understood_offers_the_question_with_the_closest_metric(db):
    a = ask(db, "哪些部门的处分决定为零？")
    assert not a.understood and not a.rows and a.value is None
    assert a.suggestions[0] == "哪些部门的处罚决定为零？"
    assert ask(db, a.suggestions[0]).understood


def test_an_unknown_figure_is_not_a_list_of_reports(db):
    for q in ("花沟镇的处分决定有几件？", "哪些部门的处分决定为零？"):
        a = ask(db, q)
        assert not a.understood and not a.reports, a.text


def test_a_followup_naming_reports_keeps_the_previous_condition(db):
    from assistant import Conversation
    c = Conversation(db)
    c.ask("哪些乡镇全年没有收到政府信息公开申请？")
    a = c.ask("那2021年的报告呢？")
    assert a.plan.followup and a.plan.metric == "requests" and a.plan.years == (2021,)
    assert {r[0] for r in a.rows} == {"高青县常家镇人民政府", "沂源县鲁村镇人民政府"}


def test_yes_no_about_reports_is_a_list(db):
    a = ask(db, "有没有国务院部门的报告？")
    assert a.understood and not a.rows and "没有找到" in a.text
    a = ask(db, "有没有街道的报告？")
    assert a.understood and len(a.rows) == 5


def test_metric_parts_must_be_empty_or_any(tmp_path, monkeypatch):
    from assistant import vocab
    from extractor import lexicon
    (tmp_path / "metrics.tsv").write_text(
        "metric\tlabel\tunit\tkeys\tden\tfallback\taliases\tparts\n"
        "x\tX\t件\tt3.total.total\t\t\tX数\tsome\n", encoding="utf-8")
    real = lexicon.load
    monkeypatch.setattr(vocab, "load", lambda name, **kw: real(name, directory=str(tmp_path), **kw)
                        if name == "metrics" else real(name, **kw))
    vocab.metrics.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="parts is 'some'"):
            vocab.metrics()
    finally:
        vocab.metrics.cache_clear()


def test_keywords_of_a_phrase_and_their_radical_twins():
    from assistant.keywords import keywords, radical_twin
    assert keywords("信息公开工作力量不足") == (("力量",), True)
    assert keywords("政策解读") == (("政策", "解读"), False)
    assert radical_twin("工作力量") == "\u2f2f作\u2f12量"   # ⼯作⼒量, as some PDFs print it
