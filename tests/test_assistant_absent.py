"""A named condition the store cannot satisfy is said in the answer's first sentence, never
dropped: an organ or place named beside one the store holds, a year, a level in a place,
an organ in a year the store has no report of."""
from __future__ import annotations

import pytest

from assistant import Conversation, ask
from assistant.absent import without_words
from assistant.words import normalise
from test_assistant_questions import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("absent") / "corpus.db")


def _body(a) -> str:
    return a.text.split("\n", 1)[1]


@pytest.mark.parametrize("q,unknown", [
    ("花沟镇和洛西镇2021年收到多少件申请？", "洛西镇"),
    ("洛西镇和花沟镇2021年收到多少件申请？", "洛西镇"),
    ("花沟镇、洛西街道2021年收到多少件申请？", "洛西街道"),   # 街道 of the unknown name filters nothing
    ("2021年花沟镇与洛西乡收到的申请各是多少", "洛西乡"),
])
def test_an_unknown_organ_beside_a_known_one_is_said_first_and_the_known_answered(db, q, unknown):
    a = ask(db, q)
    first_line = a.text.split("\n", 1)[0]
    assert f"库中没有“{unknown}”的报告" in first_line
    assert _body(a).startswith(f"库中没有“{unknown}”的报告")
    assert a.reports == ["reports/花沟镇-2021.txt"] and a.value in (3, None)   # 各是多少: a list
    assert a.absent_names == [unknown]


def test_an_unknown_place_beside_a_known_place_is_said(db):
    a = ask(db, "高青县和洛西县的乡镇有几份报告？")
    assert _body(a).startswith("库中没有“洛西县”的报告")
    assert a.value == 6   # 高青县's township reports: 花沟镇 ×3, 常家镇 ×2, 黑里寨镇


def test_a_name_glued_to_a_known_place_is_not_answered_as_the_place(db):
    a = ask(db, "高青县西湖镇2021年收到多少件申请？")
    assert not a.reports and a.value is None


@pytest.mark.parametrize("q,said", [
    ("2030年收到申请最多的乡镇是哪个？", "库中没有2030年的报告（库中报告的年份：2020、2021、2022年）"),
    ("二〇三〇年的报告有几份？", "库中没有2030年的报告"),
    ("沂源县的县级部门有哪些？", "库中没有沂源县县级部门的报告（沂源县的报告：乡镇"),
    ("花沟镇2019年收到多少件申请？", "库中没有2019年"),
    ("鲁村镇2020年收到多少件申请？", "库中没有2020年鲁村镇的报告（鲁村镇的报告：2021年1份）"),
])
def test_a_scope_the_store_has_no_report_of_is_said_first(db, q, said):
    a = ask(db, q)
    assert _body(a).startswith(said), a.text
    assert not a.reports


def test_a_year_alone_absent_is_marked_on_its_chip(db):
    a = ask(db, "2030年的报告有几份？")
    assert "年份=2030（库中没有）" in a.text.split("\n", 1)[0]
    assert a.absent == ["years"]


def test_an_empty_answer_of_a_scope_that_has_reports_says_no_absence(db):
    a = ask(db, "2021年哪些街道收到的行政复议超过100件？")
    assert "库中没有" not in a.text and a.absent == []


def test_a_follow_up_changing_the_year_to_one_absent_says_it(db):
    c = Conversation(db)
    c.ask("2021年收到申请最多的县级部门是哪个？")
    a = c.ask("那2030年呢？")
    assert _body(a).startswith("库中没有2030年的报告")


def test_years_in_chinese_digits_and_full_width_are_years():
    assert normalise("二〇二三年收到多少") == "2023年收到多少"
    assert normalise("二零一九版模板") == "2019版模板"
    assert normalise("２０２１年") == "2021年"
    assert normalise("一二三四五") == "一二三四五"   # no year without 年 / 版 after it


def test_without_words_keeps_the_join_between_the_rest():
    assert without_words("花沟镇和洛西镇收到多少", ["洛西镇"]) == "花沟镇收到多少"
    assert without_words("花沟镇、洛西镇和唐坊镇收到多少", ["洛西镇"]) == "花沟镇和唐坊镇收到多少"


# -- set 47's families (their first run missed these) -------------------------------------------

def test_a_template_glossed_with_its_year_is_no_year(db):
    a = ask(db, "按旧版（2019）格式填报的乡镇有哪些")
    assert a.plan.template == "2019" and a.plan.years == ()


def test_the_report_s_own_year_is_no_filter_in_a_list_but_a_total_asks(db):
    a = ask(db, "本年度收到申请超过2件的有哪些")
    assert a.understood and a.plan.years == () and "各报告自己的年度" in a.text.split("\n")[0]
    assert {r[0] for r in a.rows} >= {"高青县花沟镇人民政府"}
    assert not ask(db, "本年度行政复议总数").understood   # a total over every year is no year's
    assert ask(db, "本年度新收申请超过2件的有哪些").understood   # 本年度新收: the table's words


def test_a_typo_next_to_a_common_word_across_the_alias_is_read(db):
    a = ask(db, "主动工开信息最多的乡镇")
    assert a.plan.metric == "active"
    assert ask(db, "花沟镇的处分决定有几件？").plan.metric is None   # 处分: a word of its own


def test_a_follow_up_naming_another_place_or_organ_replaces_the_scope(db):
    c = Conversation(db)
    c.ask("沂源县的报告有哪些？")
    a = c.ask("花沟镇呢？")
    assert a.plan.region is None and {r[0] for r in a.rows} == {"高青县花沟镇人民政府"}
    c = Conversation(db)
    c.ask("花沟镇的报告有哪些？")
    a = c.ask("沂源县呢？")
    assert a.plan.organ_ids == () and a.plan.region == ("county", "沂源县")


# -- set 48's families ----------------------------------------------------------------------------

def test_a_tier_before_a_shared_bureau_name_is_its_level(db):
    a = ask(db, "县级教育局有哪些")
    assert a.plan.levels == ("county_dept",)
    assert "市级" not in a.plan.unread


def test_a_ministry_name_inside_a_sector_word_is_no_organ(db):
    from assistant.names import OrganIndex
    from assistant.answer import open_db
    from assistant.plan import parse
    organs = OrganIndex.of(open_db(db))
    organs_names = dict(organs.names)
    organs.names["自然资源部"] = {999}   # a ministry in the store
    try:
        p = parse("自然资源部门收到多少申请", organs)
        assert "organ_name" not in p.rules and p.organ_names == ("自然资源部门",)   # the sector
    finally:
        organs.names.clear()
        organs.names.update(organs_names)


def test_have_any_with_a_year_after_it_is_no_comparison(db):
    a = ask(db, "有没有2021年的街道报告")
    assert a.understood and a.plan.op is None and a.plan.years == (2021,)


def test_all_but_one_level_keeps_the_reports_of_no_stated_level(tmp_path):
    import store
    from test_assistant_questions import record, t3
    path = tmp_path / "lv.db"
    db = store.connect(path)
    store.save_record(db, record("高青县花沟镇人民政府", "花沟镇", "township", "高青县", 2021, {**t3(0)}))
    store.save_record(db, record("高青县教育局", "教育局", "county_dept", "高青县", 2021, {**t3(0)}))
    nolevel = record("某某中心", "某某中心", None, None, 2021, {**t3(0)})
    nolevel["source"]["path"] = "reports/nolevel.txt"
    store.save_record(db, nolevel)
    db.conn.close()
    a = ask(str(path), "除了乡镇以外的报告有几份")
    assert a.value == 2


def test_a_tiered_bureau_the_store_lacks_is_never_answered_over_every_report(db):
    a = ask(db, "市级税务局有几份报告")
    assert a.value is None and not a.reports
    assert "库中没有“税务局”" in a.text


def test_two_unknown_places_are_both_named_without_the_join(db):
    a = ask(db, "洛阳市和郑州市的报告有几份")
    assert a.value is None and "“洛阳市”“郑州市”" in a.text and "和郑州市" not in a.text.split("\n", 1)[1]


def test_the_own_tier_words_are_levels(db):
    assert ask(db, "市本级部门有几份报告").plan.levels == ("city_dept",)
    assert set(ask(db, "县本级收到多少申请").plan.levels) == {"county", "county_dept"}


def test_a_place_inside_a_known_place_is_asked_back_as_the_whole_name(db):
    a = ask(db, "高青县洛西镇2021年收到多少件申请？")
    assert not a.reports and a.value is None
    assert "库中没有“高青县洛西镇”" in a.text


def test_a_government_s_own_office_is_still_that_government(db):
    a = ask(db, "高青县人民政府办公室2021年收到多少件申请？")
    assert "库中没有" not in a.text
    assert all(r[0] == "高青县人民政府" for r in a.rows) and a.rows


def test_sectors_after_a_place_and_two_sectors_are_read(db):
    a = ask(db, "高青县的教育部门有几份报告")
    assert a.plan.organ_names == ("教育部门",) and a.plan.region == ("county", "高青县")
    b = ask(db, "教育部门和市场监督部门各有几份报告")
    assert b.plan.organ_names == ("教育部门", "市场监督部门")


def test_tiers_and_above_are_levels(db):
    assert set(ask(db, "县级以上政府的报告有几份").plan.levels) == {"county", "city", "province"}
    assert "city_dept" in ask(db, "市级以上部门收到申请最多的是哪个").plan.levels


def test_every_year_but_one_and_every_template_but_one(db):
    a = ask(db, "除了2020年以外的乡镇报告有几份")
    assert a.plan.excluded_years == (2020,) and a.plan.years == ()
    assert "年份=2020以外" in a.text.split("\n")[0]
    every = ask(db, "乡镇报告有几份").value
    only = ask(db, "2020年的乡镇报告有几份").value
    assert a.value == every - only
    c = Conversation(db)
    c.ask("除了2020年以外的乡镇报告有几份")
    assert c.ask("那2021年呢？").plan.excluded_years == ()


def test_a_sector_after_question_words_is_read(db):
    a = ask(db, "哪些教育部门收到了申请")   # 教育: a kind of the lexicon, read by its rule
    assert a.plan.organ_ids and "教育" in a.plan.organ_names[0]
    b = ask(db, "哪些市场监督部门收到了申请")   # no kind of the lexicon: the sector's end
    assert b.plan.organ_names == ("市场监督部门",)
    assert ask(db, "哪些部门收到了申请").plan.organ_names == ()   # 部门 alone: every department


def test_a_bare_county_is_a_level_and_each_of_two_years_groups(db):
    a = ask(db, "一共有几个县")
    assert a.plan.levels == ("county",) and a.value == 1   # 高青县人民政府, never every report
    b = ask(db, "2020年和2021年的乡镇报告各有几份")
    assert b.plan.group_by == "year"


def test_how_many_cities_or_provinces_is_a_level_and_a_count(db):
    a = ask(db, "一共有几个市")
    assert a.plan.levels == ("city",) and a.plan.agg == "count"
    assert ask(db, "有多少个省交了年报").plan.levels == ("province",)
    assert ask(db, "全县的乡镇有几份报告").plan.levels == ("township",)   # 全县: no condition


def test_a_bare_bureau_name_covers_its_kind():
    """教育局 typed bare: every education bureau, 教育体育局 and 教育和体育局 too; 公安局: a city
    bureau's district branch too; never another kind (教育局 is no 卫生健康局)."""
    from types import SimpleNamespace

    from assistant.sectors import sector_ids
    organs = SimpleNamespace(display={1: "甲县教育局", 2: "乙县教育体育局", 3: "丙县教育和体育局",
                                      4: "丁县卫生健康局", 5: "某市公安局某区分局", 6: "某市公安局",
                                      7: "戊县文化和旅游局"})
    assert sector_ids("教育局", organs) == (1, 2, 3)
    assert sector_ids("公安局", organs) == (5, 6)
    assert sector_ids("旅游局", organs) == (7,)   # 文化和旅游局 is the tourism bureau
    assert sector_ids("统计局", organs) == ()
