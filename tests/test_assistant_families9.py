"""Blind set 9's families of the assistant's own misses, each in several shapes, on a store of
our own (written reports, invented places): a condition on a leader's attribute no report
records (女领导, 年轻干部, 姓张的) said untellable; a place added to the one before (把…也加上) is
a union; a bare tier after a place's bureau list keeps both; 区县 / 县市 / 区县一级 are the
county tier; 各区县…加起来 is one total; a one-character slip of a count word (几分) and a
bare place (大岭) before 的报告 read as meant; 那两个局 after a place is that place's bureaus."""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, record, t3, write_store, converse, name_years, first_line


def _rec(name, short, level, year, figures=None, county=None, city="东湖市", province="东海省",
         facts=()):
    r = record(name, short, level, county, year, figures, facts=facts)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


OFFICIAL = "responsible_official"


def corpus() -> list[dict]:
    return [
        _rec("东湖市人民政府", "东湖市", "city", 2020, {**t3(30)}),
        _rec("南川市人民政府", "南川市", "city", 2021, {**t3(4)}, city="南川市", province="南江省"),
        _rec("甲山县人民政府", "甲山县", "county", 2021, {**T3_ZERO}, county="甲山县",
             facts=[(OFFICIAL, "副县长分管政务公开工作", "副县长")]),
        _rec("信宁县人民政府", "信宁县", "county", 2020, {**t3(2)}, county="信宁县"),
        _rec("东湖市民政局", "民政局", "city_dept", 2020, {**T3_ZERO}),
        _rec("南川市民政局", "民政局", "city_dept", 2021, {**t3(1)}, city="南川市", province="南江省"),
        _rec("甲山县教育局", "教育局", "county_dept", 2020, {**T3_ZERO}, county="甲山县"),
        _rec("信宁县教育局", "教育局", "county_dept", 2021, {**t3(7)}, county="信宁县"),
        _rec("东湖市教育局", "教育局", "city_dept", 2021, {**T3_ZERO}),
        _rec("南川市教育局", "教育局", "city_dept", 2021, {**t3(5)}, city="南川市", province="南江省"),
        _rec("南川市东坪县教育局", "教育局", "county_dept", 2021, {**T3_ZERO}, county="东坪县",
             city="南川市", province="南江省"),
        _rec("信宁县财政局", "财政局", "county_dept", 2021, {**T3_ZERO}, county="信宁县",
             facts=[(OFFICIAL, "副局长分管政务公开工作", "副局长")]),
        # 大岭市: its office's short name is 大岭 too
        _rec("大岭市人民政府办公室", "大岭市政府办", "city_dept", 2021, {**t3(3)}, city="大岭市"),
        _rec("大岭区人民政府", "大岭区", "county", 2022, {**t3(6)}, county="大岭区", city="大岭市"),
        # 南坪区: its government, two bureaus, a subdistrict
        _rec("东湖市南坪区人民政府", "南坪区", "county", 2022, {**t3(8)}, county="南坪区"),
        _rec("东湖市北坪区人民政府", "北坪区", "county", 2022, {**t3(5)}, county="北坪区"),
        _rec("东湖市南坪区教育局", "教育局", "county_dept", 2022, {**T3_ZERO}, county="南坪区"),
        _rec("东湖市南坪区财政局", "财政局", "county_dept", 2022, {**t3(4)}, county="南坪区"),
        _rec("东湖市南坪区和平街道办事处", "和平街道", "subdistrict", 2022, {**t3(2)}, county="南坪区"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families9") / "corpus.db", corpus())


_ask = converse


_rows = name_years


_first = first_line


NANCHUAN = {("南川市人民政府", 2021), ("南川市民政局", 2021), ("南川市教育局", 2021),
            ("南川市东坪县教育局", 2021)}
DALING = {("大岭市人民政府办公室", 2021), ("大岭区人民政府", 2022)}


# -- 1. a leader's attribute no report records: untellable, never every official ------------------
@pytest.mark.parametrize("q,word", [
    ("分管政务公开的是女领导的单位有哪些", "女领导"),
    ("哪些县由年轻干部分管信息公开", "年轻干部"),
    ("姓王的领导分管政务公开的单位", "姓王"),
    ("分管领导是女性的乡镇有几个", "女性"),
    ("分管领导年龄在40岁以下的单位", "年龄"),
    ("少数民族干部分管政务公开的县有哪些", "少数民族干部"),
])
def test_a_leaders_attribute_is_untellable(db, q, word):
    a = ask(db, q)
    assert not a.understood and not a.rows and a.value is None, a.text
    assert word in a.plan.untold and a.plan.untold_person, a.plan.untold
    assert f"不能区分“{word}”" in a.text and "性别" in a.text
    assert a.suggestions and not any(word in s for s in a.suggestions), a.suggestions


def test_the_official_asked_without_an_attribute_is_answered(db):
    a = ask(db, "哪些单位写了分管领导")
    assert a.understood and _rows(a) == {("甲山县人民政府", 2021), ("信宁县财政局", 2021)}, a.text


@pytest.mark.parametrize("q", ["联系人姓名写了的报告有几份", "老百姓的申请有多少件"])
def test_a_name_or_the_people_is_no_surname(db, q):
    assert not ask(db, q).plan.untold


# -- 2. a place added: both places ------------------------------------------------------------------
@pytest.mark.parametrize("turns", [
    ("南川的报告有哪些", "把大岭的也加上"),
    ("南川市的报告有哪些", "再加上大岭市的"),
    ("南川的年报有哪些", "大岭的也算上"),
    ("南川的报告有哪些", "还有大岭的"),
])
def test_an_added_place_widens_to_both(db, turns):
    a = _ask(db, *turns)
    assert a.understood and _rows(a) == NANCHUAN | DALING, a.text
    assert "南川市、大岭市" in _first(a) and "未用到的词" not in _first(a)


def test_an_added_place_keeps_the_kind_and_a_condition_after(db):
    a = _ask(db, "南川的教育局有哪些", "东湖的也算上")
    assert a.plan.organ_names == ("教育局",) and len(a.plan.also_regions) == 1, a.text
    assert ("东湖市教育局", 2021) in _rows(a) and ("南川市教育局", 2021) in _rows(a)
    assert ("东湖市民政局", 2020) not in _rows(a)
    a = _ask(db, "南川的报告有哪些", "把大岭的也加上", "其中收到申请超过3件的")
    assert _rows(a) == {("南川市人民政府", 2021), ("南川市教育局", 2021), ("大岭区人民政府", 2022)}, a.text


@pytest.mark.parametrize("turns,place", [(("南川的报告有哪些", "还有大岭的呢"), "大岭市"),
                                         (("南川的报告有哪些", "把大岭的也加上", "那东坪县的呢"), "东坪县")])
def test_another_place_asked_is_a_switch(db, turns, place):
    a = _ask(db, *turns)
    assert not a.plan.also_regions and a.plan.region[1] == place, a.text


# -- 3. a bare tier after a place's bureau list keeps both ------------------------------------------
@pytest.mark.parametrize("turns,rows", [
    (("东湖的教育局报告有哪些", "县级的"), {("甲山县教育局", 2020), ("信宁县教育局", 2021),
                                     ("东湖市南坪区教育局", 2022)}),
    (("东湖的教育局报告有哪些", "县级的", "其中零申请的"), {("甲山县教育局", 2020),
                                               ("东湖市南坪区教育局", 2022)}),
    (("东湖的教育局报告有哪些", "区县一级的"), {("甲山县教育局", 2020), ("信宁县教育局", 2021),
                                       ("东湖市南坪区教育局", 2022)}),
    (("东湖的财政局报告有哪些", "县级的", "其中零申请的"), {("信宁县财政局", 2021)}),
])
def test_a_tier_follow_up_keeps_the_place_and_kind(db, turns, rows):
    a = _ask(db, *turns)
    assert a.understood and _rows(a) == rows, a.text
    assert a.plan.region == ("city", "东湖市") and a.plan.levels == ("county_dept",), a.text


# -- 4. 区县 / 县市 / 区县一级: the county tier, no place named 区县 ------------------------------------
@pytest.mark.parametrize("q,levels", [
    ("区县教育局有哪些", ("county_dept",)),
    ("县市一级政府的报告有哪些", ("county",)),
    ("区县一级政府有几个", ("county",)),
    ("东湖的区县政府有几个", ("county",)),
    ("县市一级部门有几个", ("county_dept",)),
])
def test_a_county_tier_word_is_a_level(db, q, levels):
    a = ask(db, q)
    assert a.understood and a.plan.levels == levels, a.text
    assert "库中没有“区县" not in a.text and "未用到的词" not in _first(a)


@pytest.mark.parametrize("turns,value", [
    (("教育局收到申请最多的前3家", "区县教育局里最多的是哪个"), 7),
    (("教育局收到申请最多的前3家", "县市教育局里最少的是哪个"), 0),
    (("东湖市政府收到多少申请", "换成县市一级政府呢"), None),
])
def test_a_county_tier_in_a_follow_up(db, turns, value):
    a = _ask(db, *turns)
    assert a.understood and a.plan.metric, a.text
    if value is not None:
        assert a.plan.levels == ("county_dept",) and a.plan.agg in ("max", "min"), a.text
        assert {r[3] for r in a.rows} == {value}, a.text
    else:
        assert a.plan.levels == ("county",), a.text


# -- 5. 各区县…加起来: one total, no grouping ---------------------------------------------------------
@pytest.mark.parametrize("q,value", [
    ("东湖各区县政府收到的申请加起来有多少件", 15),
    ("东湖市各区县政府收到申请合计多少件", 15),
    ("各县区政府一共收到多少件申请", 21),
    ("东湖各区县政府收到的申请总共几件", 15),
])
def test_each_county_added_up_is_one_total(db, q, value):
    a = ask(db, q)
    assert a.understood and a.plan.agg == "sum" and not a.plan.group_by, a.text
    assert a.value == value and a.plan.levels == ("county",), a.text


@pytest.mark.parametrize("q", ["东湖各区县政府收到的申请分别有多少件",
                               "东湖各区县政府收到的申请按县各自合计多少"])
def test_each_county_apart_is_a_grouping(db, q):
    a = ask(db, q)
    assert a.understood and a.plan.group_by == "county", a.text


# -- 6. 几分 for 几份; a bare place before 的报告 -----------------------------------------------------
@pytest.mark.parametrize("q", ["大岭的报告有几分，列出来", "大岭的报告有几份，列出来",
                               "大岭市的年报有几分，分别是哪些"])
def test_a_count_word_slip_and_a_bare_place(db, q):
    a = ask(db, q)
    assert a.understood and _rows(a) == DALING, a.text
    assert a.plan.region == ("city", "大岭市") and not a.plan.organ_ids
    if "几分" in q:
        assert "“几分”按“几份”理解" in _first(a)


@pytest.mark.parametrize("q,value", [("南川的报告有几分", 4), ("大岭的报告有几份", 2)])
def test_a_count_of_a_place_is_a_number(db, q, value):
    a = ask(db, q)
    assert a.understood and a.value == value, a.text


# -- 7. 那两个局 after a place: that place's bureaus --------------------------------------------------
@pytest.mark.parametrize("q,rows", [
    ("南坪区那两个局有没有零申请的？", {("东湖市南坪区教育局", 2022)}),
    ("南坪区这几个局收到多少申请", {("东湖市南坪区教育局", 2022), ("东湖市南坪区财政局", 2022)}),
    ("南坪区的这两个部门有哪些", {("东湖市南坪区教育局", 2022), ("东湖市南坪区财政局", 2022)}),
    ("南坪区这些单位有哪些", {("东湖市南坪区人民政府", 2022), ("东湖市南坪区教育局", 2022),
                      ("东湖市南坪区财政局", 2022), ("东湖市南坪区和平街道办事处", 2022)}),
])
def test_those_bureaus_of_a_place(db, q, rows):
    a = ask(db, q)
    assert a.understood and _rows(a) == rows, a.text
    assert a.plan.region == ("county", "南坪区") and not a.plan.organ_ids, a.text


# -- 5b. 各区县政府…有哪些: the list of those organs, no grouping ----------------------------------------
@pytest.mark.parametrize("q,levels,n", [
    ("各区县政府的年报有哪些", ("county",), 5),
    ("东湖各区县政府的报告有哪些", ("county",), 4),
    ("列出各市政府的报告", ("city",), 2),
])
def test_each_of_a_tier_listed_is_a_list(db, q, levels, n):
    a = ask(db, q)
    assert a.understood and not a.plan.group_by and a.plan.levels == levels, a.text
    assert len(a.rows) == n, a.text


def test_each_of_a_tier_listed_then_another_tier(db):
    a = _ask(db, "各市政府的年报有哪些", "换成县市一级政府呢")
    assert a.understood and not a.plan.group_by and a.plan.levels == ("county",), a.text
    assert len(a.rows) == 5, a.text


# (各区县的报告有几份 counts the county tier's reports: tests/test_assistant_followups13.py, tier_counted)
@pytest.mark.parametrize("q", ["各区县收到申请多少", "各区县分别有几份报告"])
def test_each_of_a_tier_with_a_figure_or_count_is_a_grouping(db, q):
    assert ask(db, q).plan.group_by == "county"
