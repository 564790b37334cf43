"""Families behind session 17's organ-name misses (fixer qa17c), each in several shapes on a
store of our own (places real, organs, figures and phones invented):

1. own_government_office (assistant/planorgans.py): a place's government's office (省政府办公厅,
   市人民政府办公室, 县政府办) named where the store holds no organ of that name is the place's
   government, said; none held is "库中没有…" with what the place holds, never every report of the
   place answered 有.
2. short forms of organ names (lexicons/organ_abbreviations.tsv): 粮储局, 行署, 行署办, 国资委,
   住建委, 外办, 环保厅 beside the ones held before (发改委, 住建局, 市监局, 林草局, 应急局, 医保局,
   退役军人局, 人社局).
3. branch_by_county (assistant/names.py): a city bureau's branch named by its county
   (沂南生态环境分局 for 临沂市生态环境局沂南分局).
4. tier_bodies_counted (assistant/answer.py): a tier's character and a bureau counted or listed
   is every body of it; a province's short name never leaves 省水利厅 as one organ's name.
5. short_form_read (assistant/unread.py): 经开区管委会 is 经济技术开发区's, said; 经济开发区
   asked by its own name.
"""
from __future__ import annotations

import hashlib

import pytest

from test_assistant_questions import converse, record, t3


def org(name, short, level, year, new, province, city=None, county=None, phone=None, address=None):
    r = record(name, short, level, county, year, t3(new),
               contact={"phones": [phone] if phone else [], "address": address})
    r["source"]["sha256"] = hashlib.sha256(f"{name}{short}{year}".encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


JX, SD, GD, NM = "江西省", "山东省", "广东省", "内蒙古自治区"


def corpus() -> list[dict]:
    return [
        # 1. places with departments and no government (江西省, 赣州市, 信丰县); one government held
        org("江西省水利厅", "水利厅", "province_dept", 2022, 30, JX),
        org("赣州市教育局", "教育局", "city_dept", 2022, 12, JX, "赣州市"),
        org("信丰县民政局", "民政局", "county_dept", 2022, 4, JX, "赣州市", "信丰县"),
        org("信丰县应急管理局", "应急管理局", "county_dept", 2022, 2, JX, "赣州市", "信丰县",
            phone="0797-3331111"),
        org("南康区人民政府", "南康区", "county", 2021, 50, JX, "赣州市", "南康区", phone="0797-6660000"),
        # 2. short forms
        org("国家粮食和物资储备局", "国家粮食和物资储备局", "national_dept", 2023, 40, None,
            address="北京市西城区某某路1号"),
        org("兴安盟行政公署", "兴安盟行政公署", "city", 2022, 20, NM, "兴安盟", phone="0482-8200000"),
        org("和田地区行政公署办公室", "和田地区行政公署办公室", "city", 2024, 8, "新疆维吾尔自治区",
            "和田地区", phone="0903-2000000"),
        org("九江市国有资产监督管理委员会", "国有资产监督管理委员会", "city_dept", 2022, 3, JX, "九江市",
            phone="0792-1111111"),
        org("九江市住房和城乡建设委员会", "住房和城乡建设委员会", "city_dept", 2022, 6, JX, "九江市"),
        org("九江市外事办公室", "外事办公室", "city_dept", 2022, 1, JX, "九江市", phone="0792-2222222"),
        org("江西省生态环境厅", "生态环境厅", "province_dept", 2022, 25, JX),
        org("九江市发展和改革委员会", "发展和改革委员会", "city_dept", 2022, 9, JX, "九江市"),
        org("九江市住房和城乡建设局", "住房和城乡建设局", "city_dept", 2021, 7, JX, "九江市"),
        org("九江市市场监督管理局", "市场监督管理局", "city_dept", 2022, 11, JX, "九江市"),
        org("九江市林业和草原局", "林业和草原局", "city_dept", 2022, 2, JX, "九江市"),
        org("九江市医疗保障局", "医疗保障局", "city_dept", 2022, 5, JX, "九江市"),
        org("九江市退役军人事务局", "退役军人事务局", "city_dept", 2022, 1, JX, "九江市"),
        org("九江市人力资源和社会保障局", "人力资源和社会保障局", "city_dept", 2022, 13, JX, "九江市"),
        # 3. a city bureau's branches in its counties
        org("临沂市生态环境局沂南分局", "沂南县", "county_dept", 2022, 6, SD, "临沂市", "沂南县",
            phone="0539-3200000"),
        org("深圳市公安局南山分局", "南山区", "county_dept", 2023, 77, GD, "深圳市", "南山区"),
        # 4. two provinces' 水利厅 (江西's above) and a 商务厅 held by its bare name too
        org("山西省水利厅", "水利厅", "province_dept", 2023, 18, "山西省"),
        org("省商务厅", "省商务厅", "province_dept", 2021, 5, None),
        org("江西省商务厅", "商务厅", "province_dept", 2022, 9, JX),
        # 5. zones
        org("南昌经济技术开发区管理委员会", "南昌经开区管委会", "other", 2022, 3, JX, "南昌市"),
        org("九江经济开发区管理委员会", "九江经济开发区管理委员会", "other", 2022, 2, JX, "九江市",
            phone="0792-3333333"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("families17c") / "f17c.db", corpus())


def _names(a) -> set[str]:
    return {r.get("organ") for r in a.rows if r.get("organ")} if a.rows else set()


# -- 1. a place's government's office, absent: said absent with what the place holds -----------
@pytest.mark.parametrize("q,level,place", [
    ("江西省政府办公厅的年报库里有吗？", "province", "江西省"),
    ("江西省人民政府办公厅有几份报告", "province", "江西省"),
    ("赣州市人民政府办公室的年报有几份", "city", "赣州市"),
    ("赣州市政府办的报告有吗", "city", "赣州市"),
    ("信丰县政府办的电话是多少", "county", "信丰县"),
    ("信丰县人民政府办公室2022年收到多少申请", "county", "信丰县"),
])
def test_an_absent_governments_office_is_said_absent(db, q, level, place):
    a = converse(db, q)
    assert a.plan.levels == (level,) and a.plan.region[1] == place, a.text
    assert "own_government_office" in a.plan.rules, a.plan.rules
    assert "库中没有" in a.text and f"{place}的报告：" in a.text, a.text
    assert "有。" not in a.text, a.text


def test_a_held_governments_office_is_its_report(db):
    a = converse(db, "南康区政府办的电话")
    assert "0797-6660000" in a.text and "government_office_of" in a.plan.rules, a.text
    a = converse(db, "南康区人民政府办公室2023年的报告有吗")
    assert "库中没有2023年" in a.text and "2021年1份" in a.text, a.text


def test_the_place_itself_is_still_every_report(db):
    a = converse(db, "信丰县的报告有几份")
    assert a.plan.levels == () and "2份" in a.text, a.text


# -- 2. short forms of organ names -------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("国家粮储局的联系地址是哪里？", "北京市西城区某某路1号"),
    ("粮储局2023年收到多少申请", "40"),
    ("兴安盟行署的电话", "0482-8200000"),
    ("兴安盟行署2022年收到多少件申请", "20"),
    ("和田地区行署办的联系电话", "0903-2000000"),
    ("和田行署办公室有几份年报", "1份"),
    ("九江市国资委的电话是多少", "0792-1111111"),
    ("九江国资委收到多少申请", "3"),
    ("九江市住建委的年报有几份", "1份"),
    ("九江外办的电话", "0792-2222222"),
    ("江西省环保厅收到多少申请", "25"),
    ("九江市发改委收到多少申请", "9"),
    ("九江住建局2021年收到多少申请", "7"),
    ("九江市市监局收到多少申请", "11"),
    ("九江林草局收到多少申请", "2"),
    ("九江市医保局收到多少申请", "5"),
    ("九江退役军人局收到多少申请", "1"),
    ("九江市人社局收到多少申请", "13"),
])
def test_a_short_form_finds_the_organ(db, q, want):
    a = converse(db, q)
    assert a.understood and want in a.text and "库中没有" not in a.text, a.text


# -- 3. a branch bureau by its county ------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("沂南生态环境分局的电话", "0539-3200000"),
    ("沂南县生态环境分局有几份年报", "1份"),
    ("沂南生态环境分局2022年收到多少申请", "6"),
    ("南山公安分局收到多少申请", "77"),
    ("南山区公安分局的年报有哪些", "深圳市公安局南山分局"),
])
def test_a_branch_is_found_by_its_county(db, q, want):
    a = converse(db, q)
    assert a.understood and want in a.text and "库中没有" not in a.text, a.text


def test_a_branch_of_a_county_not_held_is_absent(db):
    a = converse(db, "沂水生态环境分局的电话")
    assert "0539-3200000" not in a.text and "库中没有“沂水生态环境分局”" in a.text, a.text


# -- 4. a tier's bureau counted or listed: every body of it ------------------------------------
@pytest.mark.parametrize("q,want", [
    ("省水利厅的年报一共几份？", {"江西省水利厅", "山西省水利厅"}),
    ("省水利厅有哪些报告", {"江西省水利厅", "山西省水利厅"}),
    ("省商务厅的报告一共有几份", {"省商务厅", "江西省商务厅"}),
    ("省商务厅有哪些年报", {"省商务厅", "江西省商务厅"}),
])
def test_a_tiers_bureau_counted_is_all_its_bodies(db, q, want):
    a = converse(db, q)
    assert all(w in a.text for w in want) and "哪一个" not in a.text, a.text


def test_a_tiers_bureau_for_one_value_is_asked(db):
    a = converse(db, "省商务厅收到多少申请")
    assert "哪一个" in a.text and not a.understood, a.text


def test_a_province_short_name_leaves_no_tiers_name():
    from assistant.names import _aliases
    forms = set(_aliases("湖北省水利厅", "水利厅", ("湖北省", None, None)))
    assert "省水利厅" not in forms and "水利厅" in forms, forms


# -- 5. 经开区 is 经济技术开发区's short form -----------------------------------------------------
def test_a_zone_short_form_is_read_and_said(db):
    a = converse(db, "经开区管委会的年报有几份")
    assert "南昌经济技术开发区管理委员会" in a.text and "九江经济开发区" not in a.text.split("\n", 1)[1], a.text
    assert "不含“经济开发区管理委员会”" in a.text and "short_form_read" in a.plan.rules, a.text
    a = converse(db, "经济开发区管委会有哪些报告")
    assert "九江经济开发区管理委员会" in a.text and "南昌" not in a.text, a.text
    a = converse(db, "九江经开区管委会的电话")   # a zone named: its committee, whichever full form
    assert "0792-3333333" in a.text, a.text
