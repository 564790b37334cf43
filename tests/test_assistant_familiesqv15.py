"""The families behind the misses of the blind set blindv15 (a reviewer new to the job: everyday
words, short names, loose follow-ups), each in several shapes, on a store of our own (written
reports, invented names):

1. a kind of place after 哪个 / 哪家 / 几个 and a verb (哪个苏木开了微信公众号) is read, never dropped;
2. a kind of place said in a follow-up after organs of a kind (气象局的报告 → 只要旗的) narrows them;
   after a kind of place (旗政府 → 那盟的呢) it is the other kind instead;
3. 被告 / 被人告 (过, 了几次) is 行政诉讼: a condition or the figure, never dropped;
4. 谁管这事 asks the official in charge, 哪个科办 the office, 怎么改 the remedies;
5. a place kind's government said as a tier (地区行署那一级) is every organ of such places;
6. a post right before a verb of being in charge (宣传委员管公开的, 常务副旗长分管) filters by it;
7. two figures of one organ asked at once (复议和诉讼分别多少) are each answered;
8. a zone's name with 政府 (清河工业园区政府) is its 管委会; a zone's short form (经开区) is found
   spelled out (经济技术开发区);
9. 市政府 / 市级 asked of a county-level city (东溪的报告 → 这里面市政府…) is that city's own tier.
"""
from __future__ import annotations

import pytest

from assistant import ask
from test_assistant_familiesv import _rec
from test_assistant_questions import T3_ZERO, converse, first_line, t3, t4, write_store

_OFFICIAL = "responsible_official"
_OFFICE = "responsible_office"


def corpus() -> list[dict]:
    nm = "内蒙古自治区"
    return [
        # banners, a sumu, a town, banner bureaus, a league
        _rec("白泉旗人民政府", "白泉旗", "county", 2022, {**t3(12), **t4(direct=2)}, province=nm, county="白泉旗",
             facts=[(_OFFICIAL, "常务副旗长分管政务公开工作", "常务副旗长")]),
        _rec("青柳旗人民政府", "青柳旗", "county", 2023, {**t3(7), **T3_ZERO}, province=nm, county="青柳旗",
             facts=[(_OFFICIAL, "旗长分管政务公开工作", "旗长")]),
        _rec("白泉旗红柳苏木人民政府", "红柳苏木", "township", 2023, {**T3_ZERO}, province=nm, county="白泉旗",
             facts=[(_OFFICIAL, "分管副苏木达负责政务公开", "分管副苏木达"),
                    ("channel", "微信公众号", "wechat")]),
        _rec("青柳旗沙湾镇人民政府", "沙湾镇", "township", 2022, {**t3(3)}, province=nm, county="青柳旗",
             facts=[(_OFFICIAL, "宣传委员分管政务公开工作", "宣传委员"),
                    ("channel", "微信公众号", "wechat")]),
        _rec("黑水旗巴音苏木人民政府", "巴音苏木", "township", 2023, {**T3_ZERO}, province=nm, county="黑水旗",
             facts=[(_OFFICIAL, "苏木达分管政务公开", "苏木达")]),
        _rec("白泉旗气象局", "气象局", "county_dept", 2021, {**t3(1)}, province=nm, county="白泉旗"),
        _rec("金山盟行政公署", "金山盟", "city", 2022, {**t3(20)}, province=nm, city="金山盟",
             facts=[(_OFFICE, "盟行署办公室政务公开科负责日常工作", "盟行署办公室政务公开科")]),
        _rec("金山盟生态环境局", "生态环境局", "city_dept", 2022, {**t3(4)}, province=nm, city="金山盟"),
        # prefectures (地区) and their bodies
        _rec("石门地区行政公署办公室", "石门地区行署办", "city", 2023, {**t3(8)}, city="石门地区"),
        _rec("石门地区教育局", "教育局", "city_dept", 2023, {**t3(2)}, city="石门地区"),
        # elsewhere: weather bureaus, a county government sued, towns
        _rec("临河县气象局", "气象局", "county_dept", 2022, {**t3(0)}, province="东海省", county="临河县"),
        _rec("临河县人民政府", "临河县", "county", 2022, {**t3(30), **t4(review=3, direct=1)},
             province="东海省", county="临河县"),
        _rec("临河县桃源镇人民政府", "桃源镇", "township", 2023, {**t3(2), **t4(direct=1)},
             province="东海省", county="临河县",
             facts=[(_OFFICIAL, "宣传委员负责政务公开工作", "宣传委员"), ("channel", "微信公众号", "wechat")]),
        _rec("临河县公安分局", "公安分局", "county_dept", 2022, {**t3(5), **t4(direct=2, after=1)},
             province="东海省", county="临河县"),
        _rec("望江区公安分局", "公安分局", "county_dept", 2023, {**t3(6), **t4(review=1)},
             province="东海省", county="望江区"),
        # zones
        _rec("清河工业园区管理委员会", "清河工业园区管委会", "other", 2022, {**t3(83), **t4(review=4, direct=5)},
             province="东海省", city="清河市",
             facts=[("remedy", "全面梳理园区公开事项清单", None), ("remedy", "畅通企业诉求反映渠道", None)]),
        _rec("南湖经济技术开发区管理委员会", "南湖经开区管委会", "other", 2021, {**t3(19)},
             province="东海省", city="南湖市",
             facts=[("remedy", "提高政策解读质量", None)]),
        _rec("清河市人民政府", "清河市", "city", 2022, {**t3(300)}, province="东海省", city="清河市"),
        # a county-level city and its bodies
        _rec("东溪市人民政府", "东溪市", "county", 2023, {**t3(186)}, province="东海省", city="清河市",
             county="东溪市"),
        _rec("东溪市人民政府", "东溪市", "county", 2021, {**t3(126)}, province="东海省", city="清河市",
             county="东溪市"),
        _rec("东溪市文化旅游局", "文化旅游局", "county_dept", 2023, {**t3(4)}, province="东海省", city="清河市",
             county="东溪市"),
        _rec("东溪市大岭镇人民政府", "大岭镇", "township", 2022, {**t3(3)}, province="东海省", city="清河市",
             county="东溪市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("familiesqv15") / "qv15.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


def _understood(a) -> None:
    line = first_line(a)
    assert a.understood and "没有读懂" not in line and "未用到" not in line, a.text


# -- 1. a kind of place after 哪个 / 哪家 / 几个, then a verb --------------------------------------
@pytest.mark.parametrize("q,want", [
    ("哪个苏木开了微信公众号", {"白泉旗红柳苏木人民政府"}),
    ("哪家苏木开通了微信公众号", {"白泉旗红柳苏木人民政府"}),
    ("哪个旗有微信公众号", {"白泉旗红柳苏木人民政府", "青柳旗沙湾镇人民政府"}),
])
def test_a_place_kind_after_which_is_read(db, q, want):
    a = ask(db, q)
    _understood(a)
    assert _names(a) == want, a.text


def test_a_place_kind_after_how_many_is_counted(db):
    a = ask(db, "有几个苏木开通了微信公众号")
    _understood(a)
    assert a.value == 1, a.text


# -- 2. a kind of place in a follow-up narrows the organs before -----------------------------------
@pytest.mark.parametrize("turns,want", [
    (("气象局有哪些报告", "内蒙古的那几个", "只要旗的"), {"白泉旗气象局"}),
    (("气象局有哪些报告", "只要旗的"), {"白泉旗气象局"}),
    (("气象局的报告有哪些", "其中旗的呢"), {"白泉旗气象局"}),
    (("气象局有哪些报告", "旗的呢"), {"白泉旗气象局"}),
])
def test_a_place_kind_narrows_the_kind_before(db, turns, want):
    a = converse(db, *turns)
    _understood(a)
    assert _names(a) == want, a.text
    assert "place_kind_narrowed" in a.plan.rules


def test_a_place_kind_none_of_the_kind_before_is_in_finds_none(db):
    a = converse(db, "气象局有哪些报告", "只看苏木的")
    assert not a.rows and not a.value, a.text


def test_another_place_kind_after_a_place_kind_is_instead(db):
    a = converse(db, "内蒙古的旗政府报告有哪些", "那盟的呢")
    assert _names(a) == {"金山盟行政公署", "金山盟生态环境局"}, a.text
    assert "place_kind_narrowed" not in a.plan.rules


# -- 3. 被告 / 被人告: litigation --------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("东海的县政府哪些被人告过", {"临河县人民政府"}),
    ("东海的县市政府哪些被告过", {"临河县人民政府"}),
    ("哪些乡镇被人告过", {"临河县桃源镇人民政府"}),
    ("哪些乡镇被告过", {"临河县桃源镇人民政府"}),
])
def test_sued_is_a_litigation_condition(db, q, want):
    a = ask(db, q)
    _understood(a)
    assert a.plan.metric == "litigation" and a.plan.op == "gt", a.text
    assert _names(a) == want, a.text


@pytest.mark.parametrize("q,value", [("公安分局一共被告了几次", 3), ("公安分局被人告了几次，加起来", 3),
                                     ("临河县政府被告了几次", 1)])
def test_sued_how_often_is_the_litigation_figure(db, q, value):
    a = ask(db, q)
    assert a.plan.metric == "litigation" and a.value == value, a.text


# -- 4. 谁管这事, 哪个科办, 怎么改 -------------------------------------------------------------------
@pytest.mark.parametrize("q", ["白泉旗红柳苏木谁管这事", "白泉旗红柳苏木谁在管政务公开", "白泉旗红柳苏木谁管"])
def test_who_is_in_charge_asks_the_official(db, q):
    a = ask(db, q)
    assert a.plan.fact_kind == _OFFICIAL and "分管副苏木达" in a.text, a.text


@pytest.mark.parametrize("q", ["黑水旗巴音乡谁管这事", "黑水旗巴音镇谁分管政务公开"])
def test_a_township_typed_with_another_tail_finds_the_sumu(db, q):
    a = ask(db, q)   # 巴音乡 where the store holds 巴音苏木 (no 乡 of that name): the sumu's official
    assert a.plan.fact_kind == _OFFICIAL and "苏木达" in a.text, a.text


@pytest.mark.parametrize("q", ["金山盟行署那边具体哪个科办公开的", "金山盟行署哪个科办负责公开",
                               "金山盟行政公署是哪个科负责的"])
def test_which_section_asks_the_office(db, q):
    a = ask(db, q)
    assert a.plan.fact_kind == _OFFICE and "政务公开科" in a.text, a.text


@pytest.mark.parametrize("q", ["清河工业园区管委会2022年说下一步怎么改", "清河工业园区管委会准备怎么整改",
                               "清河工业园区管委会打算怎么改", "清河工业园区管委会打算怎么整改"])
def test_how_to_fix_asks_the_remedies(db, q):
    a = ask(db, q)
    _understood(a)
    assert a.plan.text_kinds == ("remedy",) and "畅通企业诉求反映渠道" in a.text, a.text


# -- 5. a place kind's government said as a tier ----------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("地区行署那一级的报告有哪几份", {"石门地区行政公署办公室", "石门地区教育局"}),
    ("盟行署这一级有哪些报告", {"金山盟行政公署", "金山盟生态环境局"}),
])
def test_a_government_word_as_a_tier_is_every_organ_of_the_places(db, q, want):
    a = ask(db, q)
    _understood(a)
    assert _names(a) == want and "place_kind_tier" in a.plan.rules, a.text


def test_a_government_word_alone_is_the_governments_only(db):
    a = ask(db, "地区行署的报告有哪些")
    assert _names(a) == {"石门地区行政公署办公室"}, a.text


# -- 6. a post right before a verb of being in charge -----------------------------------------------
@pytest.mark.parametrize("q,post,want", [
    ("哪些乡镇是宣传委员管公开的", "宣传委员", {"青柳旗沙湾镇人民政府", "临河县桃源镇人民政府"}),
    ("哪些乡镇宣传委员负责这块", "宣传委员", {"青柳旗沙湾镇人民政府", "临河县桃源镇人民政府"}),
    ("哪几个旗是常务副旗长管公开的", "常务副旗长", {"白泉旗人民政府"}),
    ("哪个旗是旗长分管的", "旗长", {"青柳旗人民政府"}),
])
def test_a_post_in_charge_filters_by_it(db, q, post, want):
    a = ask(db, q)
    _understood(a)
    assert a.plan.official == post and _names(a) == want, a.text


# -- 7. two figures of one organ asked at once -------------------------------------------------------
@pytest.mark.parametrize("q", ["清河工业园区管委会复议和诉讼分别多少", "清河工业园区管委会复议和诉讼各有多少件",
                               "清河工业园区管委会的行政复议和行政诉讼分别是多少"])
def test_two_figures_of_one_organ_are_each_answered(db, q):
    a = ask(db, q)
    _understood(a)
    assert "行政复议数为4件" in a.text and "行政诉讼数为5件" in a.text, a.text
    assert [r[0] for r in a.rows] == ["行政复议数", "行政诉讼数"], a.rows


def test_two_figures_added_stay_one_sum(db):
    a = ask(db, "清河工业园区管委会复议和诉讼一共多少")
    assert a.value == 9, a.text


# -- 8. a zone's government is its committee; a zone's short form spelled out ------------------------
@pytest.mark.parametrize("q,value", [("清河工业园区政府2022年收了多少件申请", 83),
                                     ("清河工业园区人民政府收到多少申请", 83)])
def test_a_zone_government_is_its_committee(db, q, value):
    a = ask(db, q)
    assert a.value == value and "zone_government" in a.plan.rules, a.text
    assert "管委会" in first_line(a), a.text


@pytest.mark.parametrize("q", ["南湖经开区有哪些报告", "南湖经开区政府有哪些报告", "南湖经开区2021年说下一步怎么改"])
def test_a_zone_short_form_finds_its_committee(db, q):
    a = ask(db, q)
    _understood(a)
    assert _names(a) == {"南湖经济技术开发区管理委员会"}, a.text


def test_a_city_government_is_no_zone(db):
    a = ask(db, "清河市政府收到多少申请")
    assert a.value == 300 and "zone_government" not in a.plan.rules, a.text


# -- 9. 市政府 / 市级 of a county-level city ----------------------------------------------------------
def test_a_county_level_citys_government_in_a_follow_up(db):
    a = converse(db, "东溪的报告有哪些", "这里面市政府2023年收了几件申请")
    assert a.value == 186 and "county_city_tier" in a.plan.rules, a.text


@pytest.mark.parametrize("q,want", [
    ("东溪的市政府有哪些报告", {("东溪市人民政府", 2023), ("东溪市人民政府", 2021)}),
    ("东溪的市级部门有哪些报告", {("东溪市文化旅游局", 2023)}),
])
def test_a_county_level_citys_own_tier(db, q, want):
    a = ask(db, q)
    assert {(r[0], r[2]) for r in a.rows} == want, a.text


def test_a_prefecture_citys_government_stays_its_tier(db):
    a = ask(db, "清河的市政府有哪些报告")
    assert _names(a) == {"清河市人民政府"} and "county_city_tier" not in a.plan.rules, a.text
