"""A province or city asked for finds the reports whose organs state only a place inside it:
a district's bureau stating its district (杭州的报告: 滨江区公安分局 stating 滨江区 only), a city
government stating its city (云南的报告: 昆明市人民政府). The gazetteer says where a stated place
lies (``extractor.gazetteer.above``); a name that is two places (朝阳区) and states nothing to
tell them apart is in neither. Reports written for these tests, real place names."""
from __future__ import annotations

import pytest

from extractor.gazetteer import above, available
from test_assistant_questions import T3_ZERO, t3, converse, write_store, placed

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")


_rec = placed


def corpus():
    return [
        _rec("滨江区公安分局", "公安分局", "county_dept", 2022, {**t3(2)}, county="滨江区"),
        _rec("杭州市滨江区民政局", "民政局", "county_dept", 2021, {**T3_ZERO}, city="杭州市", county="滨江区"),
        _rec("杭州市教育局", "教育局", "city_dept", 2020, {**t3(6)}, city="杭州市"),
        _rec("昆明市人民政府", "昆明市", "city", 2020, {**t3(40)}, city="昆明市"),
        _rec("普洱市人民政府办公室", "普洱市人民政府办公室", "city", 2020, {**t3(9)}, city="普洱市"),
        _rec("云南省人民政府", "云南省", "province", 2021, {**t3(120)}, province="云南省"),
        _rec("朝阳区民政局", "民政局", "county_dept", 2023, {**T3_ZERO}, county="朝阳区"),
        _rec("长春市朝阳区教育局", "教育局", "county_dept", 2023, {**t3(1)}, city="长春市", county="朝阳区"),
        _rec("高青县花沟镇人民政府", "花沟镇", "township", 2020, {**T3_ZERO}, county="高青县"),
        _rec("东城区人民政府", "东城区", "county", 2022, {**t3(30)}, county="东城区"),
        # a zone stored under its name with the district's in brackets
        _rec("高新区(新市区)", "高新区(新市区)", "county", 2022, {**t3(13)}, county="高新区(新市区)"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("areas") / "areas.db", corpus())


_ask = converse


def _names(a):
    return {r[0] for r in a.rows}


@pytest.mark.parametrize("place, want", [
    ((None, None, "滨江区"), ("浙江省", "杭州市")),
    ((None, "昆明市", None), ("云南省", "昆明市")),
    ((None, None, "张家港市"), ("江苏省", "苏州市")),     # a county-level city
    ((None, None, "朝阳区"), (None, None)),              # Beijing's and Changchun's
    ((None, "长春市", "朝阳区"), ("吉林省", "长春市")),   # the stated city picks one
    (("浙江省", None, "朝阳区"), ("浙江省", None)),        # a stated province no 朝阳区 is in
    ((None, None, "新市区"), ("新疆维吾尔自治区", "乌鲁木齐市")),  # over 台南市's namesake (no code)
    ((None, "临夏州", None), ("甘肃省", "临夏州")),       # an autonomous prefecture's short form
    ((None, "大理州", None), ("云南省", "大理州")),
])
def test_where_a_stated_place_lies(place, want):
    assert above(*place) == want


@pytest.mark.parametrize("q, want", [
    ("杭州的报告有哪些", {"滨江区公安分局", "杭州市滨江区民政局", "杭州市教育局"}),
    ("杭州市有几份报告", 3),
    ("云南的报告有哪些", {"昆明市人民政府", "普洱市人民政府办公室", "云南省人民政府"}),
    ("浙江省零申请的报告", {"杭州市滨江区民政局"}),
    ("吉林的报告有哪些", {"长春市朝阳区教育局"}),   # 朝阳区 alone is not Changchun's
    ("淄博市的乡镇有哪些", {"高青县花沟镇人民政府"}),
    ("山东的报告有几份", 1),
    ("新疆县级政府的报告有哪些", {"高新区(新市区)"}),
])
def test_a_province_or_city_finds_the_places_inside_it(db, q, want):
    a = _ask(db, q)
    assert (a.value if isinstance(want, int) else _names(a)) == want, a.text


def test_a_place_inside_is_also_left_out_by_an_exclusion(db):
    a = _ask(db, "去掉杭州的，还有几份报告")
    assert a.value == 8, a.text


def test_a_follow_up_narrowing_to_a_level_keeps_the_places_inside(db):
    a = _ask(db, "云南的报告有几份", "其中地级市政府的是哪几份")
    assert _names(a) == {"昆明市人民政府", "普洱市人民政府办公室"}, a.text


def test_the_reading_names_the_place_asked_for(db):
    a = _ask(db, "杭州的报告有哪些")
    assert "杭州市" in a.text.splitlines()[0]


# -- an organ printed in traditional characters is found by its simplified short forms ---------
@pytest.fixture(scope="module")
def tdb(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("trad") / "trad.db", [
        _rec("鹽邊縣教育和體育局", "教育和體育局", "county_dept", 2021, {**t3(3)}, county="鹽邊縣"),
        _rec("臺山市人力資源和社會保障局", "人力資源和社會保障局", "county_dept", 2022, {**T3_ZERO},
             county="臺山市"),
        _rec("盐边县民政局", "民政局", "county_dept", 2021, {**t3(1)}, county="盐边县"),
    ])


@pytest.mark.parametrize("q, want", [
    ("盐边县教体局收到多少申请", 3),
    ("台山市人社局收到几件申请", 0),
    ("鹽邊縣教體局收到多少申请", 3),
])
def test_a_traditional_name_is_found_by_its_simplified_short_form(tdb, q, want):
    a = _ask(tdb, q)
    assert a.value == want, a.text


def test_a_short_form_finds_only_its_own_kind(tdb):
    a = _ask(tdb, "教体局的报告有哪些")
    assert _names(a) == {"鹽邊縣教育和體育局"}, a.text


# -- an organ stating no place is inside the one its name opens with ----------------------------
@pytest.fixture(scope="module")
def zdb(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("zones") / "zones.db", [
        _rec("云南滇中新区临空先进制造业发展局", "临空先进制造业发展局", "other", 2023, {**t3(2)}),
        _rec("昆明经开区招商合作局", "招商合作局", "other", 2022, {**T3_ZERO}),
        _rec("东湖高新区管委会", "东湖高新区管委会", "other", 2021, {**t3(5)}),
        _rec("南昌市东湖区民政局", "民政局", "county_dept", 2021, {**t3(1)}, city="南昌市", county="东湖区"),
        _rec("昆明市人民政府", "昆明市", "city", 2020, {**t3(40)}, city="昆明市"),
    ])


@pytest.mark.parametrize("q, want", [
    ("云南的报告有哪些", {"云南滇中新区临空先进制造业发展局", "昆明经开区招商合作局", "昆明市人民政府"}),
    ("昆明市的报告有哪些", {"昆明经开区招商合作局", "昆明市人民政府"}),
    # 东湖 is 南昌's 东湖区 by its short name, but 东湖高新区 is another body's: never placed so
    ("江西的报告有哪些", {"南昌市东湖区民政局"}),
])
def test_an_organ_stating_no_place_is_inside_the_one_its_name_opens_with(zdb, q, want):
    a = _ask(zdb, q)
    assert _names(a) == want, a.text


def test_a_follow_up_to_another_place_keeps_none_of_the_first_place_s_inside(db):
    # 杭州 finds 滨江区's bureaus by the gazetteer; 那高青县呢 is 高青县's report alone
    for then in ("那高青县呢", "高青县的呢"):
        a = _ask(db, "杭州的报告有哪些", then)
        assert _names(a) == {"高青县花沟镇人民政府"}, a.text
    a = _ask(db, "杭州的报告有哪些", "不限地区呢")
    assert len(a.rows) == len(corpus()), a.text
