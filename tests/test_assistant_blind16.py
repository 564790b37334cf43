"""Families behind the misses of the blind question set blind16 (session 11), each in several
shapes on a store of our own (places real, organs and figures invented):

1. year_difference with years said short: 19年和20年…差了多少 / 20年比19年少几件 (the 年 needed);
2. which_year_more: two years named and 哪年 / 哪一年 … 多 / 少: the larger (smaller) one named;
3. template said short: 19年那版模板 / 21版表格 / 19年的表格模板 is the template, never the year
   (19年的报告 stays the year);
4. glue words: 直属 between a tier and 部门 / 单位 (县区直属部门: county departments), 那边 / 这边 /
   这一带 after a place (广东那边街道: no name 那边街道), 被人告上法院 / 告到法院 (litigation);
5. report_year_asked: …的报告是哪一年的 (one report: its year the value; 看不出是哪一年的 is not it);
6. count_names: a count of few reports names them and carries them (a follow-up narrowing a
   list, 只看县级部门的, shows what it counted);
7. refer_several: 它 after an answer listing several organs' reports stating different values
   asks which one (one value whatever is meant: answered).
"""
from __future__ import annotations


import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, placed, t3, t4

JS, GD, ZJ = "江苏省", "广东省", "浙江省"


def org(name, short, level, year, figures, province, city=None, county=None, template=None):
    return placed(name, short, level, year, figures, province, city, county, template=template,
                  path_by_name=True)


def _fig(new, review=0, litigation=0, active=None):
    d = {**t3(new), **t4(review=review, direct=litigation)}
    if active is not None:
        d["t2.active.total"] = active
    return d


def corpus() -> list[dict]:
    return [
        org("南通市财政局", "财政局", "city_dept", 2019, _fig(21), JS, "南通市"),
        org("南通市财政局", "财政局", "city_dept", 2020, _fig(9), JS, "南通市"),
        org("如皋市民政局", "民政局", "county_dept", 2021, _fig(3), JS, "南通市", "如皋市"),
        org("如皋市民政局", "民政局", "county_dept", 2022, _fig(8), JS, "南通市", "如皋市"),
        org("如皋市教育局", "教育局", "county_dept", 2021, _fig(0, litigation=2), JS, "南通市", "如皋市"),
        org("如皋市如城街道办事处", "如城街道", "subdistrict", 2022, _fig(0), JS, "南通市", "如皋市",
            template="2019"),
        org("如皋市搬经镇人民政府", "搬经镇", "township", 2021, _fig(0), JS, "南通市", "如皋市",
            template="2019"),
        org("如皋市白蒲镇人民政府", "白蒲镇", "township", 2022, _fig(1), JS, "南通市", "如皋市"),
        org("佛山市南海区桂城街道办事处", "桂城街道", "subdistrict", 2021, _fig(4), GD, "佛山市", "南海区"),
        org("佛山市南海区大沥镇人民政府", "大沥镇", "township", 2020, _fig(0), GD, "佛山市", "南海区"),
        org("佛山市南海区财政局", "财政局", "county_dept", 2020, _fig(0, litigation=1), GD, "佛山市", "南海区"),
        org("东莞市东城街道办事处", "东城街道", "subdistrict", 2023, _fig(2), GD, "东莞市"),
        org("湖州市吴兴区民政局", "民政局", "county_dept", 2022, _fig(5), ZJ, "湖州市", "吴兴区"),
        org("湖州市吴兴区教育局", "教育局", "county_dept", 2021, _fig(0), ZJ, "湖州市", "吴兴区"),
        org("湖州市财政局", "财政局", "city_dept", 2021, _fig(12), ZJ, "湖州市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("blind16") / "b16.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a difference of two years said short ----------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("南通市财政局19年和20年收到的申请差了多少件", 12),
    ("如皋市民政局21年跟22年收到的申请相差几件", 5),
    ("南通市财政局20年比19年少收到多少件申请", 12),   # 少…多少: how much less (session 12: the sign follows the word)
])
def test_a_difference_of_two_short_years(db, q, want):
    a = ask(db, q)
    assert a.understood and a.value == want, a.text
    assert "year_difference" in a.plan.rules


# -- 2. which of two years is the larger --------------------------------------------------------
@pytest.mark.parametrize("q,year,value", [
    ("南通市财政局2019年跟2020年比哪年收到的申请多", 2019, 21),
    ("如皋市民政局21年和22年哪一年收到的申请少", 2021, 3),
    ("如皋市民政局的话，2021年和2022年比哪一年收到的申请多一些", 2022, 8),
])
def test_the_larger_of_two_years_is_named(db, q, year, value):
    a = ask(db, q)
    assert a.understood and a.value == value and len(a.reports) == 1, a.text
    assert f"{year}年" in a.text and "which_year_more" in a.plan.rules, a.text
    assert "未用到" not in first_line(a), first_line(a)


# -- 3. a template's year said short ------------------------------------------------------------
@pytest.mark.parametrize("q,template", [
    ("乡镇里还在用19年那版表格模板的有几个", "2019"),
    ("街道还在套19年的模板的有哪些", "2019"),
    ("用21版表格的县级部门有哪些", "2021"),
])
def test_a_short_template_year_is_the_template(db, q, template):
    a = ask(db, q)
    assert a.plan.template == template and a.plan.years == (), first_line(a)


def test_a_short_year_alone_stays_a_year(db):
    a = ask(db, "21年的乡镇报告有几份")
    assert a.plan.years == (2021,) and a.plan.template is None, first_line(a)


def test_the_old_template_counted_short(db):
    a = ask(db, "乡镇一级还在用19年那版模板的有几个")
    assert a.value == 2 and "搬经镇" in a.text and "大沥镇" in a.text, a.text   # 2020: the old one


# -- 4. glue words: 直属, 那边, 告上法院 ----------------------------------------------------------
@pytest.mark.parametrize("q,levels", [
    ("县区直属部门里零申请的有几个", ("county_dept",)),
    ("县直属单位收到申请最多的是哪个", ("county_dept",)),
    ("市直属部门有哪些报告", ("city_dept",)),
])
def test_zhishu_is_no_kind(db, q, levels):
    a = ask(db, q)
    assert a.understood and a.plan.levels == levels, a.text
    assert "直属" not in a.text.split("\n", 1)[1], a.text


@pytest.mark.parametrize("q,want", [
    ("广东那边街道的年报帮我列一下", {"佛山市南海区桂城街道办事处", "东莞市东城街道办事处"}),
    ("江苏这边的乡镇报告有哪些", {"如皋市搬经镇人民政府", "如皋市白蒲镇人民政府"}),
    ("浙江这一带县级部门的报告有哪些", {"湖州市吴兴区民政局", "湖州市吴兴区教育局"}),
])
def test_a_place_pointed_at_with_nabian(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "库中没有" not in a.text and "未用到" not in first_line(a), a.text


@pytest.mark.parametrize("q", ["被人告上法院的单位有几家", "哪些单位被告到法院了", "被人起诉的部门有哪些"])
def test_taken_to_court_is_litigation(db, q):
    a = ask(db, q)
    assert a.understood and a.plan.metric == "litigation", a.text
    assert "法院" not in first_line(a), first_line(a)


# an organ having been sued or reviewed, said as what happened to it (被告到法院 / 被起诉 / 被申请复议):
# in a question asking which organs, the ones it happened to (more than 0), never every organ's value
@pytest.mark.parametrize("q,metric,want", [
    ("2021年被告到法院的县级部门有哪些", "litigation", {"如皋市教育局"}),
    ("被人告上法庭的单位有哪些", "litigation", {"如皋市教育局", "佛山市南海区财政局"}),
    ("哪些部门被起诉了", "litigation", {"如皋市教育局", "佛山市南海区财政局"}),
    ("被申请行政复议的单位有哪些", "review", set()),
])
def test_sued_or_reviewed_is_more_than_none(db, q, metric, want):
    a = ask(db, q)
    assert a.understood and a.plan.metric == metric and a.plan.op == "gt" and a.plan.threshold == 0, first_line(a)
    assert _names(a) == want, a.text


def test_sued_counted(db):
    a = ask(db, "被告到法院的有几家")
    assert a.value == 2 and a.plan.op == "gt" and "如皋市教育局" in a.text and "佛山市南海区财政局" in a.text, a.text


def test_one_organ_sued_asks_its_value(db):
    a = ask(db, "如皋市教育局被起诉了几次")
    assert a.value == 2 and a.plan.op is None, a.text


# -- 5. a report's year asked -------------------------------------------------------------------
@pytest.mark.parametrize("q,year", [
    ("白蒲镇那份报告到底是哪一年的", 2022),
    ("东城街道的年报是哪年的", 2023),
    ("湖州市财政局的报告是什么年度的", 2021),
])
def test_the_year_of_one_report(db, q, year):
    a = ask(db, q)
    assert a.understood and a.value == year and f"{year}年" in a.text, a.text
    assert "report_year_asked" in a.plan.rules


def test_the_years_of_several_reports_are_listed(db):
    a = ask(db, "南通市财政局的报告是哪年的")
    assert a.value is None and {r[2] for r in a.rows} == {2019, 2020}, a.text


def test_a_report_without_its_year_is_no_year_asked(db):
    from assistant.plan import parse
    assert not parse("哪些报告看不出是哪一年的").year_asked


# -- 6. a count names the few reports it counted ----------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("浙江的报告有几份", "只看县级部门的"), {"湖州市吴兴区民政局", "湖州市吴兴区教育局"}),
    (("广东的报告有几份", "只要街道的"), {"佛山市南海区桂城街道办事处", "东莞市东城街道办事处"}),
    (("2021年零申请的有几个",), {"如皋市教育局", "如皋市搬经镇人民政府", "湖州市吴兴区教育局"}),
])
def test_a_count_carries_what_it_counted(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == len(want) and len(a.reports) == len(want), a.text
    assert all(n in a.text for n in want), a.text


def test_a_count_of_many_is_the_count_alone(db):
    from assistant import countnames
    a = ask(db, "报告一共有几份")
    assert a.value == len(corpus()) > countnames.FEW and a.reports == [], a.text


# -- 7. 它 after a list of several ------------------------------------------------------------
@pytest.mark.parametrize("turns", [
    ("湖州的报告有哪些", "它收到多少申请"),
    ("如皋市的乡镇报告有哪些", "它收到了几件申请"),
    ("广东的街道有哪些报告", "它的申请收到多少"),
])
def test_it_after_several_asks_which(db, turns):
    a = converse(db, *turns)
    assert a.value is None and not a.reports and len(a.options) >= 2, a.text
    assert "哪一个" in a.text and "refer_several" in a.plan.rules, a.text


def test_it_after_several_stating_one_value_answers_it(db):
    # 搬经镇 and 白蒲镇 both state 0 行政复议: whichever is meant, the answer is the same
    a = converse(db, "如皋市的乡镇报告有哪些", "它的行政复议有几件")
    assert a.understood and not a.options and "refer_several" not in a.plan.rules, a.text


def test_one_site_written_two_ways_is_one_value():
    from assistant.pointback import differ_by_organ
    cols = ["organ", "level", "year", "value", "source"]
    assert not differ_by_organ([["甲镇", "township", 2021, "www.a.gov.cn", ""],
                                ["乙镇", "township", 2020, "http://www.a.gov.cn/", ""]], cols)
    assert differ_by_organ([["甲镇", "township", 2021, 3, ""], ["乙镇", "township", 2020, 4, ""]], cols)
    assert not differ_by_organ([["甲镇", "township", 2021, 3, ""], ["甲镇", "township", 2020, 4, ""]], cols)


def test_it_after_one_answers_it(db):
    a = converse(db, "江苏哪个单位收到的申请最多", "它的行政复议有几件")
    assert a.understood and a.value == 0 and "refer_several" not in a.plan.rules, a.text


def test_they_after_several_answers_all(db):
    a = converse(db, "湖州的报告有哪些", "它们收到多少申请")
    assert a.understood and "refer_several" not in a.plan.rules and len(a.rows) == 3, a.text
