"""The varied store's families of the assistant's own misses (blindv13), each in several shapes,
on a store of our own (real place names where the gazetteer decides, invented organs):

1. an item a report wrapped across lines (a PDF pasted at a fixed width: 加强⏎培训) is said as one
   line, never with a space inside its sentence (assistant/unwrap.py);
2. the office doing the work named as a filter without 由 (是党政综合办公室具体负责的, 负责机构是
   党政办的, 党政办公室负责的街道), and found however the report shortened it (党政综合办公室 finds
   党政综合办; assistant/officesaid.py, lexicons/question_office_short.tsv);
3. a post with a word narrowing it (常务副县长, 常务副旗长; lexicons/question_post_prefixes.tsv) is
   that post, never every 副县长 and never a place's name (常务副县 / 那常务副旗), in a follow-up too;
4. two kinds of place joined with a word of place after the first (盟里和地区, 盟下面和地区) are
   both kinds, never the first alone;
5. 厅局 / 省里的厅局 are the provinces' departments (lexicons/question_levels.tsv);
6. a name pointed at loosely, a demonstrative between two of its parts (平潭那个实验区 for the
   organs whose names hold 平潭 … 实验区; 苏州那个工业园区; 东湖那个高新区 when 高新区 is another
   organ's name): those organs, asked back when they differ, never every report with the words
   unread;
7. kinds of organ listed as examples before their kind (开发区、新区这些管委会): the kind asked, the
   examples said, never "库中没有开发区的报告".
"""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from assistant.unwrap import one_line
from extractor.gazetteer import available
from test_assistant_questions import converse, first_line, record, t3, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")


def org(name, short, level, year, figures=None, facts=(), province=None, city=None, county=None):
    """A record of ``name`` with its facts, stating only the places given (a sha256 of its own)."""
    r = record(name, short, level, county, year, figures, facts=facts)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


def _off(v):
    return ("responsible_office", f"{v}具体负责", v)


def _post(v):
    return ("responsible_official", f"{v}分管政务公开工作", v)


def corpus() -> list[dict]:
    return [
        # offices, named whole and short
        org("青石县白河镇人民政府", "白河镇", "township", 2021, t3(2), [_off("党政综合办公室")],
            province="山东省", county="青石县"),
        org("青石县黑水镇人民政府", "黑水镇", "township", 2022, t3(3), [_off("党政综合办")],
            province="山东省", county="青石县"),
        org("青石县东关街道办事处", "东关街道", "subdistrict", 2022, t3(1), [_off("党政办公室")],
            province="山东省", county="青石县"),
        org("青石县西关街道办事处", "西关街道", "subdistrict", 2023, t3(4), [_off("街道党政办")],
            province="山东省", county="青石县"),
        org("青石县南岭街道办事处", "南岭街道", "subdistrict", 2023, t3(5), [_off("综合科")],
            province="山东省", county="青石县"),
        # posts: executive deputies and deputies in charge
        org("青石县人民政府", "青石县", "county", 2021, t3(30),
            [_post("常务副县长"), ("remedy", "加强政务公开\n业务培训", None),
             ("remedy", "完善依申请公开\n办理流程", None)], province="山东省", county="青石县"),
        org("白云县人民政府", "白云县", "county", 2022, t3(20), [_post("分管副县长")],
            province="山东省", county="白云县"),
        org("红山县人民政府", "红山县", "county", 2022, t3(25), [_post("常务副县长")],
            province="山东省", county="红山县"),
        org("乌拉特前旗人民政府", "乌拉特前旗", "county", 2022, t3(6), [_post("常务副旗长")],
            province="内蒙古自治区", county="乌拉特前旗"),
        org("杭锦旗人民政府", "杭锦旗", "county", 2023, t3(7), [_post("分管副旗长")],
            province="内蒙古自治区", county="杭锦旗"),
        # 盟 / 地区 organs
        org("锡林郭勒盟林业局", "林业局", "city_dept", 2021, t3(3), province="内蒙古自治区",
            city="锡林郭勒盟"),
        org("阿拉善盟行政公署", "阿拉善盟", "city", 2022, t3(9), province="内蒙古自治区", city="阿拉善盟"),
        org("和田地区教育局", "教育局", "city_dept", 2023, t3(8), province="新疆维吾尔自治区",
            city="和田地区"),
        org("塔城地区行政公署办公室", "塔城地区", "city", 2024, t3(12), province="新疆维吾尔自治区",
            city="塔城地区"),
        # provinces' and the state's departments
        org("山东省水利厅", "水利厅", "province_dept", 2022, t3(40), [("channel", "政务微博", "weibo")],
            province="山东省"),
        org("山东省民政厅", "民政厅", "province_dept", 2023, t3(0), province="山东省"),
        org("国家档案局", "国家档案局", "national_dept", 2022, t3(15), [("channel", "政务微博", "weibo")]),
        # a zone's two organs, and zones' committees
        org("平潭综合实验区经济发展局", "平潭综合实验区经济发展局", "other", 2022, t3(4),
            province="福建省", city="福州市"),
        org("平潭综合实验区管理委员会", "平潭综合实验区管理委员会", "other", 2019, t3(43),
            province="福建省", city="福州市"),
        org("青石经济开发区管理委员会", "青石经济开发区管理委员会", "other", 2022, t3(10),
            province="山东省"),
        org("白云新区管理委员会", "白云新区管理委员会", "other", 2023, t3(20), province="山东省"),
        org("红山保税区管理委员会", "红山保税区管理委员会", "other", 2021, t3(6), province="山东省"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("familiesv13") / "varied.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. wrapped items said as one line ------------------------------------------------------------
@pytest.mark.parametrize("raw,said", [
    ("同步审签、\n同步部署", "同步审签、同步部署"),
    ("推动均\n衡发展", "推动均衡发展"),
    ("加强培训 \n 提高能力", "加强培训提高能力"),
    ("open\ndata", "open data"),
    ("没有换行", "没有换行"),
    ("加强组织建设。\n\n针对人员不足", "加强组织建设。\n\n针对人员不足"),   # a paragraph break: kept
    ("持续提高能力。\n \n努力提高", "持续提高能力。\n \n努力提高"),
    (None, None),
])
def test_one_line_joins_a_wrapped_sentence(raw, said):
    assert one_line(raw) == said


@pytest.mark.parametrize("q", ["青石县政府2021年的整改措施是啥", "青石县人民政府的改进措施有哪些",
                               "青石县政府下一步怎么改进"])
def test_a_wrapped_remedy_is_quoted_as_one_line(db, q):
    a = ask(db, q)
    assert "加强政务公开业务培训" in a.text and "完善依申请公开办理流程" in a.text, a.text


# -- 2. the office said without 由 ----------------------------------------------------------------
@pytest.mark.parametrize("q", [
    "哪些单位是党政综合办公室具体负责的",
    "负责机构是党政综合办的有哪些",
    "党政综合办公室负责的乡镇有哪些",
    "哪些乡镇是党政综合办牵头负责的",
])
def test_an_office_said_without_you_is_the_filter_in_its_short_form_too(db, q):
    a = ask(db, q)
    assert a.understood and _names(a) == {"青石县白河镇人民政府", "青石县黑水镇人民政府"}, a.text
    assert "负责机构=" in first_line(a) and "库中没有" not in a.text, a.text


@pytest.mark.parametrize("q,n", [("哪些街道是党政办公室具体负责的", 2), ("由党政办公室负责的报告有几份", 2),
                                 ("负责科室是综合科的有几份", 1)])
def test_an_office_and_its_short_form_counted(db, q, n):
    a = ask(db, q)
    assert a.understood and (a.value == n or len(a.rows) == n), a.text


@pytest.mark.parametrize("q", ["青石县人民政府办理的申请有多少件", "青石县政府办理的申请一共几件"])
def test_an_organ_handling_requests_is_no_office(db, q):
    a = ask(db, q)
    assert "负责机构=" not in first_line(a) and a.value == 30, a.text


def test_asking_which_office_is_no_filter(db):
    a = ask(db, "白河镇是哪个科室具体负责的")
    assert a.understood and "党政综合办公室" in a.text and "负责机构=" not in first_line(a), a.text


# -- 3. a post with the word narrowing it ---------------------------------------------------------
@pytest.mark.parametrize("q", ["分管领导是常务副县长的县政府", "由常务副县长分管的县政府有哪些",
                               "常务副县长分管的有哪些"])
def test_an_executive_deputy_is_that_post(db, q):
    a = ask(db, q)
    assert a.understood and _names(a) == {"青石县人民政府", "红山县人民政府"}, a.text
    assert "常务副县长" in first_line(a) and "库中没有" not in a.text, a.text


@pytest.mark.parametrize("turns,names", [
    (("分管领导是常务副县长的县政府", "那常务副旗长分管的呢"), {"乌拉特前旗人民政府"}),
    (("分管领导是常务副县长的县政府", "那副旗长分管的呢"), {"乌拉特前旗人民政府", "杭锦旗人民政府"}),
    (("分管领导是副县长的县政府",), {"青石县人民政府", "白云县人民政府", "红山县人民政府"}),
])
def test_a_post_in_a_follow_up_and_the_bare_post(db, turns, names):
    a = converse(db, *turns)
    assert a.understood and _names(a) == names, a.text


# -- 4. kinds of place joined with a word of place between -----------------------------------------
@pytest.mark.parametrize("q", ["盟里和地区一级单位的报告有哪些，列一下", "盟下面和地区的单位有哪些报告",
                               "地区里和盟里的单位报告有哪些", "盟和地区的报告有哪些"])
def test_two_kinds_of_place_with_a_word_of_place_between(db, q):
    a = ask(db, q)
    assert a.understood and _names(a) == {"锡林郭勒盟林业局", "阿拉善盟行政公署", "和田地区教育局",
                                          "塔城地区行政公署办公室"}, a.text
    assert "未用到的词" not in first_line(a), a.text


def test_a_kind_of_place_with_its_word_of_place(db):
    a = ask(db, "盟下属的单位有几份报告")
    assert a.understood and a.value == 2 and "未用到的词" not in first_line(a), a.text


# -- 5. 厅局 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("q,names", [
    ("国家部委和省里的厅局，哪些开了政务微博", {"山东省水利厅", "国家档案局"}),
    ("省里的厅局哪些开了政务微博", {"山东省水利厅"}),
    ("各厅局的报告有哪些", {"山东省水利厅", "山东省民政厅"}),
    ("厅局里哪些零申请", {"山东省民政厅"}),
])
def test_ting_ju_are_the_provinces_departments(db, q, names):
    a = ask(db, q)
    assert a.understood and _names(a) == names, a.text
    assert "厅局" not in first_line(a).split("注意")[-1] or "注意" not in first_line(a), a.text


@pytest.mark.parametrize("q,n", [("省级的报告有几份？不要算省里的厅局", 0), ("国家部委和省里的厅局有几份，不用算国家部委", 2)])
def test_ting_ju_excluded_or_kept(db, q, n):
    a = ask(db, q)
    assert a.understood and a.value == n and "未用到的词" not in first_line(a), a.text


# -- 6. a name pointed at loosely ------------------------------------------------------------------
@pytest.mark.parametrize("q", ["平潭那个实验区收到多少申请", "平潭这个实验区收到几件申请"])
def test_a_name_pointed_at_loosely_asks_between_its_organs(db, q):
    a = ask(db, q)
    assert not a.reports and a.value is None, a.text
    assert "平潭综合实验区经济发展局" in a.text and "平潭综合实验区管理委员会" in a.text, a.text
    assert "请问" in a.text, a.text


def test_a_name_pointed_at_loosely_lists_its_organs(db):
    a = ask(db, "平潭那个实验区的报告有哪些")
    assert a.understood and _names(a) == {"平潭综合实验区经济发展局", "平潭综合实验区管理委员会"}, a.text


def test_a_name_pointed_at_loosely_after_a_place(db):
    a = ask(db, "平潭那个管委会收到多少申请")
    assert a.understood and a.value == 43, a.text


# -- 7. kinds listed as examples before their kind ----------------------------------------------
@pytest.mark.parametrize("q,value", [
    ("开发区、新区这些管委会的报告一共几份", 4),
    ("开发区这类管委会有几份", 4),
    ("开发区、新区、保税区之类的管委会收到申请合计多少", 79),
])
def test_kinds_listed_before_their_kind_are_examples(db, q, value):
    a = ask(db, q)
    assert a.understood and a.value == value, a.text
    assert "是举例" in first_line(a) and "库中没有" not in a.text, a.text


def test_places_listed_before_a_kind_are_still_the_filter(db):
    a = ask(db, "山东、内蒙古这些省的报告有几份")
    assert a.understood and "山东省" in first_line(a) and "是举例" not in first_line(a), a.text


@pytest.fixture(scope="module")
def zones(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("familiesv13z") / "zones.db", [
        org("高新区(新市区)", "高新区", "county", 2022, t3(13), province="新疆维吾尔自治区"),
        org("东湖高新区管委会", "东湖高新区管委会", "other", 2021, t3(67), province="湖北省", city="武汉市"),
    ])


@pytest.mark.parametrize("q", ["东湖那个高新区收到多少申请", "东湖这个高新区收到几件申请"])
def test_a_name_pointed_at_loosely_whose_tail_is_another_name(zones, q):
    a = ask(zones, q)
    assert a.understood and a.value == 67 and "东湖…高新区" in first_line(a), a.text
