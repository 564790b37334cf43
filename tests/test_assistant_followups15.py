"""Follow-ups that lost the scope before and scope words read wrong (session 10 blind13 /
blindv6), each in several shapes on a store of our own (places real, organs and figures
invented):

1. point_into (assistant/pointinto.py, lexicons/question_point_back.tsv): 里面 / 当中 / 那份 / 这家
   anywhere in a follow-up after a list keep the list's place, organs, levels and years;
2. place_taken_out: 去掉乌鲁木齐的 after 新疆的报告 is 新疆 less 乌鲁木齐, never every report but its;
3. level_added / organ_added with the same place said again (再加上福建的乡镇): both, never a switch;
4. level words 县里的部门 / 市里的部门: that tier's departments only;
5. list words 都给我 / 都列出来 / 全都: every one listed, never which one asked;
6. place kinds: 地区 read only joined to another kind (盟和地区), 只要苏木的 read after 只要;
7. untold_mentioned: 问题里提到兼职 searches the word, and a follow-up keeps it;
8. 省政府（办公厅）: the province government, never an office of a department;
9. held_instead (assistant/heldinstead.py): 乌镇街道办 where 乌镇 is a 镇 says it is a 乡镇 with its
   report; 浑南区民政局 where the place holds other departments says which, each offered.
"""
from __future__ import annotations


import pytest

from assistant import ask
from test_assistant_questions import converse, first_line, placed, t3

ZJ, FJ, XJ, NM, LN = "浙江省", "福建省", "新疆维吾尔自治区", "内蒙古自治区", "辽宁省"


org = placed   # a record stating only the places given, its contact and facts


def corpus() -> list[dict]:
    return [
        org("义乌市财政局", "财政局", "county_dept", 2021, t3(2), ZJ, "金华市", "义乌市",
            contact={"phones": ["0579-85550001"]}),
        org("义乌市自然资源局", "自然资源局", "county_dept", 2022, t3(5), ZJ, "金华市", "义乌市"),
        org("义乌市稠城街道办事处", "稠城街道", "subdistrict", 2021, t3(0), ZJ, "金华市", "义乌市"),
        org("义乌市佛堂镇人民政府", "佛堂镇", "township", 2022, t3(0), ZJ, "金华市", "义乌市"),
        org("金华市财政局", "财政局", "city_dept", 2021, t3(9), ZJ, "金华市",
            contact={"phones": ["0579-82460002"]}),
        org("绍兴市上虞区财政局", "财政局", "county_dept", 2020, t3(1), ZJ, "绍兴市", "上虞区",
            contact={"phones": ["0575-82120003"]}),
        org("绍兴市上虞区百官街道办事处", "百官街道", "subdistrict", 2022, t3(0), ZJ, "绍兴市", "上虞区"),
        org("桐乡市乌镇镇人民政府", "乌镇镇", "township", 2024, t3(1), ZJ, "嘉兴市", "桐乡市"),
        org("永泰县民政局", "民政局", "county_dept", 2022, t3(4), FJ, "福州市", "永泰县"),
        org("永泰县教育局", "教育局", "county_dept", 2022, t3(6), FJ, "福州市", "永泰县"),
        org("永泰县嵩口镇人民政府", "嵩口镇", "township", 2022, t3(3), FJ, "福州市", "永泰县"),
        org("福州市民政局", "民政局", "city_dept", 2022, t3(50), FJ, "福州市"),
        org("乌鲁木齐市天山区民政局", "民政局", "county_dept", 2021, t3(7), XJ, "乌鲁木齐市", "天山区"),
        org("乌鲁木齐市水务局", "水务局", "city_dept", 2021, t3(2), XJ, "乌鲁木齐市"),
        org("喀什地区教育局", "教育局", "city_dept", 2021, t3(8), XJ, "喀什地区"),
        org("和田地区行政公署", "和田地区", "city", 2022, t3(3), XJ, "和田地区"),
        org("阿拉善盟生态环境局", "生态环境局", "city_dept", 2022, t3(1), NM, "阿拉善盟"),
        org("四子王旗红格尔苏木人民政府", "红格尔苏木", "township", 2023, t3(0), NM, "乌兰察布市", "四子王旗",
            facts=[("problem", "信息公开工作人员多为兼职，力量不足", None)]),
        org("土默特左旗察素齐镇人民政府", "察素齐镇", "township", 2023, t3(1), NM, "呼和浩特市", "土默特左旗",
            facts=[("problem", "工作人员均为兼职，业务不熟", None)]),
        org("沈阳市浑南区国资局", "国资局", "county_dept", 2022, t3(0), LN, "沈阳市", "浑南区"),
        org("沈阳市浑南区民族和宗教事务局", "民族和宗教事务局", "county_dept", 2021, t3(0), LN, "沈阳市", "浑南区"),
        org("沈阳市民政局", "民政局", "city_dept", 2022, t3(12), LN, "沈阳市"),
        org("辽宁省人民政府办公厅", "辽宁省政府办", "province", 2022, t3(20), LN),
        org("福建省人民政府", "福建省", "province", 2021, t3(30), FJ),
        org("福建省财政厅", "财政厅", "province_dept", 2021, t3(4), FJ),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("followups15") / "f15.db", corpus())


def _names(a) -> set[str]:
    return {r[0] for r in a.rows}


# -- 1. a follow-up pointing into the list before ---------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("义乌市的报告有哪些", "街道的里面哪些零申请"), {"义乌市稠城街道办事处"}),
    (("义乌市有哪些报告", "乡镇当中哪些零申请"), {"义乌市佛堂镇人民政府"}),
    (("浙江的报告有哪些", "街道里面有哪些零申请的"), {"义乌市稠城街道办事处", "绍兴市上虞区百官街道办事处"}),
    (("义乌市有哪些报告", "2022年那份是哪个单位的"), {"义乌市自然资源局", "义乌市佛堂镇人民政府"}),
])
def test_a_followup_pointing_into_the_list_keeps_its_scope(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "point_into" in a.plan.rules, a.plan.rules


@pytest.mark.parametrize("turns,phone", [
    (("义乌市有哪些报告", "财政局那份留的电话"), "0579-85550001"),
    (("上虞区的报告有哪些", "财政局那份的联系电话是多少"), "0575-82120003"),
    (("金华市有哪些报告", "这里面财政局的电话"), None),   # 金华市 holds two 财政局: both said
])
def test_one_of_the_listed_is_asked_of_the_list(db, turns, phone):
    a = converse(db, *turns)
    assert a.understood and not a.options, a.text
    if phone:
        assert phone in a.text and "不止一个" not in a.text, a.text
    else:
        assert "0579-85550001" in a.text and "0579-82460002" in a.text, a.text


@pytest.mark.parametrize("turns,want", [
    (("永泰县民政局的报告", "2022年那份收到了多少申请"), 4),
    (("福州市民政局的报告", "那份收到了几件申请"), 50),
])
def test_that_one_keeps_the_organ(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text


def test_a_text_s_inside_is_no_pointing_back(db):
    from assistant.pointinto import pointing_word
    assert pointing_word("哪些报告的问题里面提到兼职") is None
    assert pointing_word("街道的里面哪些零申请") == "里面"
    assert pointing_word("财政局那份留的电话") == "那份"


def test_a_question_of_all_reports_stands_alone(db):
    a = converse(db, "义乌市的报告有哪些", "所有报告里面哪些零申请")
    assert "point_into" not in a.plan.rules and len(_names(a)) > 2, a.text


# -- 2. a place taken out of the place before -------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("新疆的报告有哪些", "去掉乌鲁木齐的"), {"喀什地区教育局", "和田地区行政公署"}),
    (("新疆的报告有哪些", "乌鲁木齐的不要"), {"喀什地区教育局", "和田地区行政公署"}),
    (("浙江的报告有哪些", "除了义乌市的"), {"金华市财政局", "绍兴市上虞区财政局", "绍兴市上虞区百官街道办事处",
                                       "桐乡市乌镇镇人民政府"}),
])
def test_a_place_taken_out_of_the_place_before(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text
    assert "place_taken_out" in a.plan.rules and "以外" in first_line(a), first_line(a)


def test_a_place_named_after_the_taking_out_is_that_place_whole(db):
    a = converse(db, "新疆的报告有哪些", "去掉乌鲁木齐的", "那浙江的呢")
    assert a.plan.less_regions == () and "桐乡市乌镇镇人民政府" in _names(a), a.text


# -- 3. a level added, the same place said again ----------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("福建的县直部门一共收到多少申请", "再加上福建的乡镇"), 13),
    (("福建的乡镇一共收到多少申请", "把福建的县直部门也算上"), 13),
    (("福建的县直部门收到的申请合计", "再加上乡镇"), 13),
])
def test_a_level_added_with_the_same_place_is_both(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.value == want, a.text
    assert "level_added" in a.plan.rules, a.plan.rules


@pytest.mark.parametrize("turns", [("福建的县直部门一共收到多少申请", "再加上浙江的乡镇"),
                                   ("浙江的街道收到的申请合计", "把福建的县直部门也加上")])
def test_another_place_with_another_level_is_said_never_summed(db, turns):
    a = converse(db, *turns)
    assert not a.understood and a.value is None, a.text
    body = a.text.split("\n", 1)[1]
    assert body.startswith("“") and "两个不同的范围" in body.split("。")[0], a.text


def test_another_place_with_the_same_level_is_both_places(db):
    a = converse(db, "福建的乡镇一共收到多少申请", "再加上浙江的乡镇")
    assert a.understood and a.value == 3 + 0 + 0 + 1, a.text


# -- 4. 县里的部门 --------------------------------------------------------------------------------
@pytest.mark.parametrize("turns,level", [
    (("县里的部门一共收到多少申请",), ("county_dept",)),
    (("2022年收到的申请合计", "只算县里的部门"), ("county_dept",)),
    (("2022年收到的申请合计", "只算市里的部门"), ("city_dept",)),
    (("省里的部门有哪些报告",), ("province_dept",)),
])
def test_a_tier_s_departments_said_plainly(db, turns, level):
    a = converse(db, *turns)
    assert a.understood and a.plan.levels == level, first_line(a)


# -- 5. every one of them -----------------------------------------------------------------------
@pytest.mark.parametrize("q", ["财政局的联系电话都给我", "财政局的电话都列出来", "财政局的联系电话全都告诉我"])
def test_all_of_them_is_listed_never_which_one(db, q):
    a = ask(db, q)
    assert a.understood and not a.options, a.text
    for phone in ("0579-85550001", "0579-82460002", "0575-82120003"):
        assert phone in a.text, a.text


def test_one_phone_asked_still_asks_which(db):
    a = ask(db, "财政局的联系电话是多少")
    assert a.options and "不止一个" in a.text, a.text


# -- 6. place kinds ---------------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("盟和地区的单位报告都列出来", {"阿拉善盟生态环境局", "喀什地区教育局", "和田地区行政公署"}),
    ("地区和盟的报告有哪些", {"阿拉善盟生态环境局", "喀什地区教育局", "和田地区行政公署"}),
])
def test_di_qu_joined_to_another_kind_is_read(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "未用到" not in first_line(a), first_line(a)


def test_di_qu_alone_is_places_in_general(db):
    a = ask(db, "各地区的报告有几份")
    assert "地名以“地区”结尾" not in first_line(a), first_line(a)


@pytest.mark.parametrize("turns", [("内蒙古的乡镇报告", "只要苏木的"), ("内蒙古的乡镇报告", "只看苏木的")])
def test_a_kind_after_only_is_read(db, turns):
    a = converse(db, *turns)
    assert a.understood and _names(a) == {"四子王旗红格尔苏木人民政府"}, a.text


# -- 7. a word of who does the work, searched -----------------------------------------------------
@pytest.mark.parametrize("turns,want", [
    (("哪些单位的问题里提到兼职",), {"四子王旗红格尔苏木人民政府", "土默特左旗察素齐镇人民政府"}),
    (("哪些单位的问题里提到兼职", "只看乡镇"), {"四子王旗红格尔苏木人民政府", "土默特左旗察素齐镇人民政府"}),
    (("哪些报告写了兼职",), {"四子王旗红格尔苏木人民政府", "土默特左旗察素齐镇人民政府"}),
])
def test_a_staff_word_after_mentioning_is_searched(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.plan.phrase == "兼职" and _names(a) == want, a.text


def test_a_staff_word_asked_of_the_work_is_still_untold(db):
    a = ask(db, "哪些单位的信息公开是兼职人员在做")
    assert not a.understood and "“兼职人员”" in a.text, a.text


# -- 8. a government and its office in brackets ---------------------------------------------------
@pytest.mark.parametrize("q,level", [("省政府（办公厅）的报告有几份", "province"),
                                     ("省政府(办公厅)的报告有哪些", "province"),
                                     ("县政府（办公室）的报告有几份", "county")])
def test_a_government_s_office_in_brackets_is_the_government(db, q, level):
    a = ask(db, q)
    assert a.understood and a.plan.levels == (level,) and not a.plan.organ_ids, a.text
    assert "“办公" not in a.text and "机关=" not in first_line(a), a.text


# -- 9. what is held instead ------------------------------------------------------------------------
@pytest.mark.parametrize("q", ["乌镇街道办的报告有吗", "乌镇街道的报告有哪些"])
def test_a_township_asked_as_a_subdistrict_is_said_and_offered(db, q):
    a = ask(db, q)
    body = a.text.split("\n", 1)[1]
    assert body.startswith("库中的“乌镇”是乡镇，不是街道"), a.text
    assert "桐乡市乌镇镇人民政府" in body and not a.rows, a.text
    assert [o["label"] for o in a.options] == ["按“桐乡市乌镇镇人民政府”"], a.options


@pytest.mark.parametrize("q", ["浑南区民政局2022年收到多少申请", "浑南区民政局的报告有哪些"])
def test_a_place_s_other_departments_are_said_and_offered(db, q):
    a = ask(db, q)
    assert a.value is None and not a.rows, a.text
    assert "浑南区的报告有" in a.text and "沈阳市浑南区国资局" in a.text, a.text
    assert {o["label"] for o in a.options} == {"按“沈阳市浑南区国资局”", "按“沈阳市浑南区民族和宗教事务局”"}


def test_a_bureau_kind_at_a_tier_is_no_other_level(db):
    a = ask(db, "省民政厅收到多少申请")
    assert "other_level" not in a.plan.rules, a.text


@pytest.mark.parametrize("q,want", [
    ("新疆除了乌鲁木齐的报告有哪些", {"喀什地区教育局", "和田地区行政公署"}),
    ("新疆的报告有哪些，乌鲁木齐的不算", {"喀什地区教育局", "和田地区行政公署"}),
    ("浙江省去掉义乌市的街道报告", {"绍兴市上虞区百官街道办事处"}),
])
def test_a_place_less_another_in_one_question(db, q, want):
    a = ask(db, q)
    assert a.understood and _names(a) == want, a.text
    assert "以外）" in first_line(a), first_line(a)


@pytest.mark.parametrize("turns,want", [
    (("新疆的报告有哪些", "去掉乌鲁木齐和喀什的"), {"和田地区行政公署"}),
    (("新疆的报告有哪些", "乌鲁木齐和喀什的不要"), {"和田地区行政公署"}),
    (("新疆去掉乌鲁木齐和喀什的报告",), {"和田地区行政公署"}),
    (("去掉乌鲁木齐和喀什的新疆报告",), {"和田地区行政公署"}),
])
def test_several_places_taken_out_together(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text


def test_places_taken_out_with_none_kept_are_every_other_report(db):
    a = ask(db, "去掉乌鲁木齐和喀什的报告有哪些")
    names = _names(a)
    assert "和田地区行政公署" in names and "喀什地区教育局" not in names \
        and "乌鲁木齐市水务局" not in names, a.text


@pytest.mark.parametrize("turns,want", [
    (("内蒙古的报告有哪些", "里面苏木的有哪些"), {"四子王旗红格尔苏木人民政府"}),
    (("浙江的报告有哪些", "里面上虞区的有哪些"), {"绍兴市上虞区财政局", "绍兴市上虞区百官街道办事处"}),
])
def test_a_followup_opening_with_within_keeps_the_place(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and _names(a) == want, a.text


@pytest.mark.parametrize("turns,want", [
    (("浙江的报告有哪些", "其中上虞区的那几份收到多少申请"), {"绍兴市上虞区财政局", "绍兴市上虞区百官街道办事处"}),
    (("义乌市有哪些报告", "那几份各收到多少申请"), {"义乌市财政局", "义乌市自然资源局", "义乌市稠城街道办事处",
                                          "义乌市佛堂镇人民政府"}),
])
def test_those_few_ask_their_figures_never_a_count(db, turns, want):
    a = converse(db, *turns)
    assert a.understood and a.plan.agg is None and _names(a) == want, a.text


@pytest.mark.parametrize("q,levels", [("县里的单位有几份报告", ("county", "county_dept")),
                                      ("市里的单位有哪些报告", ("city", "city_dept"))])
def test_a_tier_s_units_are_its_government_and_departments(db, q, levels):
    a = ask(db, q)
    assert set(a.plan.levels) == set(levels), first_line(a)


def test_a_city_s_bureau_offers_only_that_tier(db):
    a = ask(db, "金华市民政局收到多少申请")   # 金华市 holds a city 财政局; 义乌市's are county bureaus
    assert {o["label"] for o in a.options} == {"按“金华市财政局”"}, (a.text, a.options)


@pytest.mark.parametrize("q", ["桐乡市乌镇街道的报告有吗", "桐乡乌镇街道办收到几件申请"])
def test_a_township_asked_as_a_subdistrict_in_its_place(db, q):
    a = ask(db, q)
    assert "other_level" in a.plan.rules and "桐乡市乌镇镇人民政府" in a.text and not a.rows, a.text
