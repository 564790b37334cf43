"""Follow-ups, completeness and the shape of answers (issue 14, session 15 blind25 / blindv16 /
blindv17), each family in several shapes on a store of our own (places and organs invented):

1. kind_within_place: a place said with 的 and no noun after a list or count of a bare kind
   (水利厅的报告有几份 → 东海省的是哪几份) narrows the kind to the place, never replaces it;
2. audit_of_listed through a pointing word (这里面哪些没写联系电话): those of the list WITHOUT it;
3. level_quoted / examples before a level: “其他”单位 is the level, never a phrase; 开发区、交易中心
   这类其他单位 the level, the kinds before it examples;
4. a government's own office (青石县人民政府办公室 at the county's level) is that government's
   report: 青石县政府的报告 hold it, its years asked list them with their reports;
5. together_clause: …，包括地区下面的县和开发区 after a place: the whole place, no level;
6. one_by_tail: 北岭区那个署 with two 署 there: asked which; one 署: that organ;
7. government_office: 省级政府办公厅 / 县级人民政府办公室: that tier's government;
8. …的报告有多少 (no figure, assistant/kind.py): the reports counted.
"""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, record, t3, write_store

DH, XS = "东海省", "西山省"


def _one(name, short, level, year, province, city=None, county=None, figures=None, facts=(), contact=None):
    r = record(name, short, level, county, year, figures or {**t3(1)}, facts=facts, contact=contact)
    r["source"]["sha256"] = hashlib.sha256(f"{name}{year}s15b".encode()).hexdigest()
    r["source"]["path"] = f"reports/{name}-{year}.txt"
    r["organ"].update(province=province, city=city, county=county)
    return r


_PROBLEM = [("problem", "政务公开栏目更新不够及时", None)]


def corpus() -> list[dict]:
    return [
        _one("东海省水利厅", "水利厅", "province_dept", 2021, DH),
        _one("东海省水利厅", "水利厅", "province_dept", 2022, DH),
        _one("西山省水利厅", "水利厅", "province_dept", 2022, XS),
        _one("东湖市民政局", "民政局", "city_dept", 2022, DH, "东湖市"),
        _one("东海省人民政府", "东海省", "province", 2021, DH, figures={**t3(5)}),
        _one("西山省人民政府办公厅", "西山省", "province", 2021, XS, figures={**t3(10)}),
        _one("西山省人民政府办公厅", "西山省", "province", 2022, XS, figures={**t3(20)}),
        _one("青石县人民政府", "青石县", "county", 2021, DH, "东湖市", "青石县", figures={**t3(3)}),
        _one("青石县人民政府办公室", "青石县政府办", "county", 2022, DH, "东湖市", "青石县", figures={**t3(4)}),
        _one("青石县人民政府", "青石县", "county", 2023, DH, "东湖市", "青石县", figures={**t3(5)}),
        _one("青石县民政局", "民政局", "county_dept", 2022, DH, "东湖市", "青石县",
             contact={"phones": ["0571-1234567"]}),
        _one("青石县教育局", "教育局", "county_dept", 2022, DH, "东湖市", "青石县"),
        _one("青石县财政局", "财政局", "county_dept", 2021, DH, "东湖市", "青石县"),
        _one("北岭区建筑工务署", "建筑工务署", "county_dept", 2020, DH, "东湖市", "北岭区", facts=_PROBLEM),
        _one("北岭区集体资产服务署", "集体资产服务署", "county_dept", 2021, DH, "东湖市", "北岭区", facts=_PROBLEM),
        _one("北岭区住房和建设局", "住房和建设局", "county_dept", 2023, DH, "东湖市", "北岭区", facts=_PROBLEM),
        _one("南江区城市更新署", "城市更新署", "county_dept", 2021, DH, "东湖市", "南江区", facts=_PROBLEM),
        _one("南江区民政局", "民政局", "county_dept", 2021, DH, "东湖市", "南江区", facts=_PROBLEM),
        _one("东湖高新技术产业开发区管理委员会", "管委会", "other", 2021, DH, "东湖市", facts=_PROBLEM),
        _one("东湖市公共资源交易中心", "交易中心", "other", 2022, DH, "东湖市"),
        _one("东湖综合保税区管理局", "保税区管理局", "other", 2022, DH, "东湖市"),
        _one("白河地区教育局", "教育局", "city_dept", 2022, XS, "白河地区"),
        _one("白河县托木镇人民政府", "托木镇", "township", 2021, XS, "白河地区", "白河县"),
        _one("白河经济开发区管理委员会", "管委会", "other", 2023, XS, "白河地区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("s15scope") / "s15scope.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a place after a list of a bare kind: the kind in that place ------------------------------
@pytest.mark.parametrize("turns", [
    ("水利厅的报告有几份？", "东海省的是哪几份？"),
    ("水利厅的报告有哪些", "东海省的有哪些"),
    ("水利厅的报告有哪些", "东海的呢"),
])
def test_a_place_after_a_kind_narrows_the_kind(db, turns):
    a = converse(db, *turns)
    assert _names(a) == {"东海省水利厅"} and len(a.rows) == 2, a.text


def test_a_year_after_a_kind_still_narrows_it(db):
    a = converse(db, "水利厅的报告有哪些", "2022年的是哪几份")
    assert _names(a) == {"东海省水利厅", "西山省水利厅"} and {r[2] for r in a.rows} == {2022}, a.text


def test_a_place_after_a_named_organ_still_replaces_it(db):
    a = converse(db, "青石县民政局的报告有哪些", "南江区呢")
    assert "青石县民政局" not in _names(a), a.text


# -- 2. which of a list do not state a contact --------------------------------------------------
@pytest.mark.parametrize("follow", ["这里面哪些没写联系电话", "其中哪些没写联系电话", "哪些没写联系电话",
                                    "这些里面哪几个没留电话"])
def test_which_of_the_list_state_no_phone(db, follow):
    a = converse(db, "2022年的县直部门有哪些？", follow)
    assert _names(a) == {"青石县教育局"}, a.text


def test_the_phones_of_the_list_are_still_their_phones(db):
    a = converse(db, "2022年的县直部门有哪些？", "这里面的联系电话是多少")
    assert "0571-1234567" in a.text, a.text


# -- 3. a quoted level, examples before a level -------------------------------------------------
_OTHER_NO_PROBLEMS = {"东湖市公共资源交易中心", "东湖综合保税区管理局", "白河经济开发区管理委员会"}


@pytest.mark.parametrize("q", ["开发区、交易中心这类“其他”单位里，谁没写存在的问题？",
                               "“其他”单位里哪些没写存在的问题",
                               "其他类单位里哪些没写存在的问题",
                               "开发区、交易中心这类其他单位里，谁没写存在的问题？"])
def test_a_quoted_level_is_the_level(db, q):
    a = ask(db, q)
    assert _names(a) == _OTHER_NO_PROBLEMS, a.text
    assert "短语" not in first_line(a), first_line(a)


def test_a_quoted_word_after_mention_stays_a_phrase(db):
    a = ask(db, "哪些报告提到“其他”")
    assert "短语=“其他”" in first_line(a) and "层级" not in first_line(a), first_line(a)


@pytest.mark.parametrize("q", ["“乡镇”有几份报告", "其他类有几份报告"])
def test_a_quoted_or_bare_level_counts_its_reports(db, q):
    a = ask(db, q)
    assert a.value == (1 if "乡镇" in q else 4), a.text


# -- 4. a government's own office -----------------------------------------------------------------
@pytest.mark.parametrize("q", ["青石县政府自己的年报有哪几年的？", "青石县人民政府的年报有哪几年"])
def test_a_governments_years_hold_its_offices_report(db, q):
    a = ask(db, q)
    assert "3个年份" in a.text and len(a.reports) == 3, a.text


def test_a_governments_reports_hold_its_office(db):
    a = ask(db, "青石县政府的报告有哪些")
    assert _names(a) == {"青石县人民政府", "青石县人民政府办公室"} and len(a.rows) == 3, a.text


def test_the_office_asked_by_name_is_the_office_alone(db):
    a = ask(db, "青石县政府办公室的报告有哪些")
    assert _names(a) == {"青石县人民政府办公室"}, a.text


def test_a_governments_one_figure_asks_which_year_over_its_office_too(db):
    a = ask(db, "青石县政府收到多少申请")
    assert "which_year" in a.plan.rules and "3个年度" in a.text and len(a.options) == 3, a.text


# -- 5. a closing clause including what is under the place ---------------------------------------
@pytest.mark.parametrize("q", ["白河地区的报告有哪些，包括地区下面的县和开发区？",
                               "白河地区有几份报告，连同它下属的各县",
                               "白河地区的报告有哪些，包括下面的乡镇"])
def test_a_clause_including_what_is_under_a_place_is_the_whole_place(db, q):
    a = ask(db, q)
    assert "层级" not in first_line(a) and "库中没有" not in a.text, a.text
    assert a.value == 3 or len(a.rows) == 3, a.text
    assert "无法判断是否属于包括" not in a.text and "属于连同" not in a.text


# -- 6. 那个署: one organ by its name's tail -------------------------------------------------------
@pytest.mark.parametrize("q", ["北岭区那个署年报里说存在啥问题", "北岭那个署的报告有哪些"])
def test_a_tail_of_two_organs_of_the_place_is_asked(db, q):
    a = ask(db, q)
    assert not a.rows and len(a.options) == 2 and "哪一个" in a.text, a.text
    assert {o["label"] for o in a.options} == {"按“北岭区建筑工务署”", "按“北岭区集体资产服务署”"}


def test_a_tail_of_one_organ_of_the_place_is_that_organ(db):
    a = ask(db, "南江区那个署存在什么问题")
    assert _names(a) == {"南江区城市更新署"}, a.text


def test_an_option_re_typed_answers_that_organ(db):
    a = ask(db, "北岭区那个署年报里说存在啥问题")
    b = ask(db, a.options[0]["question"])
    assert len(_names(b)) == 1 and _names(b) <= {"北岭区建筑工务署", "北岭区集体资产服务署"}, b.text


# -- 7. a tier's government said with its office ---------------------------------------------------
def test_a_tier_government_office_is_that_tier(db):
    a = converse(db, "省级政府办公厅有哪些报告", "其中2021年的", "这几家收到申请加起来多少")
    assert a.value == 15, a.text
    b = ask(db, "县级人民政府办公室的报告有几份")
    assert b.value == 3 and "库中没有" not in b.text, b.text


# -- 8. …的报告有多少: a count of reports -----------------------------------------------------------
@pytest.mark.parametrize("q,n", [("省级政府的报告有多少", 3), ("2022年的年报一共多少", 10),
                                 ("水利厅的报告有多少", 3)])
def test_how_many_reports_with_no_figure_counts_them(db, q, n):
    a = ask(db, q)
    assert a.value == n, a.text
