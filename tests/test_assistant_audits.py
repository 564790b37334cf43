"""Families behind the misses of the blind question sets blind18 and blindv10 (session 11), each
in several shapes on a store of our own (places real, organs and figures invented):

1. audits of what a report does not state: 没写 / 没留(任何)联系方式 is no contact field at all
   (never only no phone; rule contact_none), 没写分管领导 of a kind of organ (哪些管委会…), 没写
   收到多少申请; alone, within a kind or a place, and as a follow-up of a list of reports (甘肃的
   报告有哪些 → 其中没写联系方式的: the scope kept, rule audit_of_listed);
2. 地市一级 / 地级市一级: the city tier, never a grouping by city;
3. an example given in passing (…，像腾冲市气象局那种 / …，比如诺敏苏木): no filter (rule
   example_in_passing);
4. one report pointed at of a name several organs share (四平那份报告: its government's and its
   民政局's; 鄂伦春那个苏木: the 苏木 of that banner and the one named after it): which one is
   asked, each said, never one picked silently (rule which_organ).
"""
from __future__ import annotations

import hashlib
import re

import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, record, t3

GS, YN, NM, JL = "甘肃省", "云南省", "内蒙古自治区", "吉林省"
PHONE = {"phones": ["0931-1234567"]}
OFFICIAL = [("responsible_official", "副市长分管政务公开工作", "副市长")]


def org(name, short, level, year, requests, province, city=None, county=None, contact=PHONE,
        facts=OFFICIAL):
    figures = t3(requests) if requests is not None else {"t2.active.total": 10}
    r = record(name, short, level, county, year, figures, facts=facts, contact=contact)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["source"]["path"] = f"reports/{name}-{year}.txt"
    r["organ"].update(province=province, city=city, county=county)
    return r


def corpus() -> list[dict]:
    return [
        org("天水市人民政府", "天水市人民政府", "city", 2022, 30, GS, "天水市"),
        org("天水市气象局", "气象局", "city_dept", 2022, None, GS, "天水市", contact={}),
        org("清水县人民政府", "清水县人民政府", "county", 2021, 7, GS, "天水市", "清水县",
            contact={"address": "清水县永清镇某路1号"}),
        org("临泽县气象局", "气象局", "county_dept", 2023, 3, GS, "张掖市", "临泽县", contact={}),
        org("腾冲市气象局", "气象局", "county_dept", 2024, None, YN, "保山市", "腾冲市",
            contact={"email": "tcqx@example.cn"}, facts=()),
        org("镇雄县气象局", "气象局", "county_dept", 2022, 5, YN, "昭通市", "镇雄县"),
        org("红河经济开发区管理委员会", "红河经济开发区管委会", "other", 2023, 2, YN, "红河哈尼族彝族自治州",
            contact={}),
        org("曲靖经济技术开发区管理委员会", "曲靖经开区管委会", "other", 2022, 4, YN, "曲靖市",
            facts=()),
        org("包头稀土高新技术产业开发区管理委员会", "包头稀土高新区管委会", "other", 2021, 1, NM,
            "包头市", contact={"website": "www.example.cn"}, facts=()),
        org("四平市人民政府", "四平市人民政府", "city", 2024, 40, JL, "四平市"),
        org("四平市民政局", "民政局", "city_dept", 2021, None, JL, "四平市"),
        org("松原市人民政府", "松原市人民政府", "city", 2023, 12, JL, "松原市"),
        org("松原市教育局", "教育局", "city_dept", 2022, 4, JL, "松原市"),
        org("乾安县教育局", "教育局", "county_dept", 2022, 0, JL, "松原市", "乾安县"),
        org("诺敏苏木人民政府", "诺敏苏木", "township", 2023, 0, NM, "呼伦贝尔市", "鄂伦春自治旗"),
        org("莫力达瓦达斡尔族自治旗鄂伦春民族苏木人民政府", "鄂伦春民族苏木", "township", 2021, 2, NM,
            "呼伦贝尔市", "莫力达瓦达斡尔族自治旗"),
        org("鄂伦春自治旗大杨树镇人民政府", "大杨树镇", "township", 2022, 6, NM, "呼伦贝尔市",
            "鄂伦春自治旗"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("audits") / "audits.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


NO_CONTACT = {"天水市气象局", "临泽县气象局", "红河经济开发区管理委员会"}


# -- 1. what a report does not state --------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("哪些报告没留任何联系方式", NO_CONTACT),
    ("没写联系方式的单位有哪些", NO_CONTACT),
    ("管委会的报告里哪些没写联系方试", {"红河经济开发区管理委员会"}),
    ("甘肃哪些报告没有留联系方式", {"天水市气象局", "临泽县气象局"}),
])
def test_no_contact_is_no_field_at_all(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "contact_none" in a.plan.rules and "未用到" not in first_line(a), first_line(a)
    assert "任何联系方式" in a.text, a.text   # never answered as "no phone"


def test_no_contact_counted(db):
    a = ask(db, "没留任何联系方式的报告有几份")
    assert a.value == 3 and "任何联系方式" in a.text, a.text


def test_no_phone_stays_no_phone(db):
    a = ask(db, "哪些单位没有写联系电话")   # an address, an e-mail or a website is no phone
    assert {"清水县人民政府", "腾冲市气象局"} <= _names(a), a.text
    assert "contact_none" not in a.plan.rules


def test_one_organs_contact_stays_its_phone(db):
    a = ask(db, "天水市人民政府的联系方式是多少")
    assert "0931-1234567" in a.text and "contact_none" not in a.plan.rules, a.text


@pytest.mark.parametrize("q,want", [
    ("哪些管委会没写分管领导是谁", {"曲靖经济技术开发区管理委员会", "包头稀土高新技术产业开发区管理委员会"}),
    ("气象局里哪些没写分管领导", {"腾冲市气象局"}),
])
def test_a_kind_without_an_official(db, q, want):
    a = ask(db, q)
    assert a.plan.negate and _names(a) == want, a.text


@pytest.mark.parametrize("turns,want", [
    (("甘肃的报告有哪些", "其中没写联系方式的"), {"天水市气象局", "临泽县气象局"}),
    (("气象局的报告有哪些", "哪个没写收到多少申请"), {"天水市气象局", "腾冲市气象局"}),
    (("气象局的报告有哪些", "哪些没留联系方式"), {"天水市气象局", "临泽县气象局"}),
    (("云南的报告有哪些", "哪些没写分管领导"), {"腾冲市气象局", "曲靖经济技术开发区管理委员会"}),
])
def test_an_audit_of_the_list_before_keeps_its_scope(db, turns, want):
    a = converse(db, *turns)
    assert _names(a) == want, a.text
    assert "audit_of_listed" in a.plan.rules


def test_an_audit_of_every_report_stands_alone(db):
    a = converse(db, "甘肃的报告有哪些", "所有报告里哪些没写联系方式")
    assert _names(a) == NO_CONTACT, a.text


# -- 2. 地市一级 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("教育局的报告有哪些", "只看地市一级的"), {"松原市教育局"}),
    (("地市一级的教育局报告有哪些",), {"松原市教育局"}),
    (("吉林的报告有哪些", "只要地级市一级的"), {"四平市人民政府", "四平市民政局", "松原市人民政府",
                                        "松原市教育局"}),
])
def test_dishi_yiji_is_the_city_tier(db, turns, want):
    a = converse(db, *turns)
    assert _names(a) == want and not a.plan.group_by, a.text


# -- 3. an example given in passing --------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("气象局的报告有哪些，像腾冲市气象局那种", {"天水市气象局", "临泽县气象局", "腾冲市气象局", "镇雄县气象局"}),
    ("苏木的报告有哪些，比如诺敏苏木", {"诺敏苏木人民政府", "莫力达瓦达斡尔族自治旗鄂伦春民族苏木人民政府"}),
    ("管委会有哪些报告，例如红河经济开发区管委会这样的",
     {"红河经济开发区管理委员会", "曲靖经济技术开发区管理委员会", "包头稀土高新技术产业开发区管理委员会"}),
])
def test_an_example_is_no_filter(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "example_in_passing" in a.plan.rules and "是举例" in first_line(a), first_line(a)


def test_an_example_alone_is_what_is_asked(db):
    a = ask(db, "像腾冲市气象局那种的报告有哪些")
    assert _names(a) == {"腾冲市气象局"}, a.text


# -- 4. one report pointed at of a name several organs share --------------------------------------
@pytest.mark.parametrize("q,organs", [
    ("四平那份报告收到多少申请", {"四平市人民政府", "四平市民政局"}),
    ("松原那份年报收到几件申请", {"松原市人民政府", "松原市教育局", "乾安县教育局"}),
    ("鄂伦春那个苏木收到几件申请", {"诺敏苏木人民政府", "莫力达瓦达斡尔族自治旗鄂伦春民族苏木人民政府"}),
])
def test_one_report_of_a_shared_name_asks_which(db, q, organs):
    a = ask(db, q)
    assert a.value is None and "which_organ" in a.plan.rules, a.text
    assert re.search("哪一[份个]", a.text) and all(o in a.text for o in organs), a.text
    assert {o["label"].strip("按“”") for o in a.options} == organs, a.options


def test_an_option_answers(db):
    a = ask(db, "四平那份报告收到多少申请")
    q2 = next(o["question"] for o in a.options if "民政局" in o["label"])
    assert "那份" not in q2 and "四平市民政局" in q2, q2


def test_a_place_alone_is_still_its_government(db):
    a = ask(db, "四平收到多少申请")
    assert a.value == 40, a.text
