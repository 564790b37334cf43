"""Families of questions from the blind rounds (session 6), each in several shapes, on a store
written here (every name invented): a word that would change the answer is read or said, never
dropped; a name the store holds only nearly (a branch, a one-character typo, several organs of
one bureau name, one organ of several years) is asked back with the readings to choose."""
from __future__ import annotations

import pytest

from assistant import Conversation, ask
from test_assistant_questions import T3_ZERO, record, t3, write_store


def _rec(name, short, level, county, year, figures=None, facts=(), contact=None, city="松原市",
         province="山东省", checks=()):
    d = record(name, short, level, county, year, figures, facts=facts, contact=contact, checks=checks)
    d["organ"]["city"], d["organ"]["province"] = city, province
    d["source"]["path"] = f"reports/{name}-{year}.txt"
    return d


def corpus() -> list[dict]:
    return [
        _rec("柳河县卫生健康局", "卫生健康局", "county_dept", "柳河县", 2023, {**T3_ZERO},
             facts=[("problem", "政府网站建设相对滞后，部分栏目更新不及时", None),
                    ("remedy", "加快网站改版", None), ("channel", "政府网站", "portal")],
             contact={"phones": ["0431-5550001"]}),
        _rec("桐江县卫生健康委员会", "卫生健康委员会", "county_dept", "桐江县", 2023, {**t3(3)},
             facts=[("problem", "微信公众号信息更新不够及时", None),
                    ("channel", "政府网站", "portal"), ("channel", "微信公众号", "wechat")]),
        _rec("桐江县民政局", "民政局", "county_dept", "桐江县", 2021, {**t3(4)}),
        _rec("柳河县民政局", "民政局", "county_dept", "柳河县", 2021, {**t3(9)}),
        _rec("松原市财政局", "财政局", "city_dept", None, 2019, {**t3(15)},
             facts=[("remedy", "完善制度", None), ("remedy", "加强培训", None),
                    ("remedy", "强化考核", None)],
             contact={"website": "czj.songyuan.example.cn"},
             checks=[("t3.balance.total", True, "ok"), ("t3.balance.natural", None, "blank"),
                     ("n.requests_vs_t3", True, "ok")]),
        _rec("松原市财政局", "财政局", "city_dept", None, 2020, {**t3(5)},
             checks=[("t3.balance.total", False, "5 ≠ 4"), ("n.requests_vs_t3", True, "ok")]),
        _rec("松原市生态环境局东山分局", "东山分局", "county_dept", "东山区", 2022, {**t3(4)}),
        _rec("山东省教育厅", "教育厅", "province_dept", None, 2021, {**t3(7)}, city=None),
        _rec("柳河县教育和科学技术局", "教育和科学技术局", "county_dept", "柳河县", 2020, {**t3(2)}),
        _rec("桐江县教育局", "教育局", "county_dept", "桐江县", 2021, {**T3_ZERO}),
        _rec("松原市教育局", "教育局", "city_dept", None, 2021, {**t3(10)}),
        _rec("柳河县公安局", "公安局", "county_dept", "柳河县", 2021, {**t3(6)},
             contact={"phones": ["0431-5550002"]}),
        _rec("桐江县公安局", "公安局", "county_dept", "桐江县", 2021, {**t3(8)},
             contact={"phones": ["0431-5550003"]}),
        _rec("柳河县人民政府", "柳河县", "county", "柳河县", 2021, {**t3(30)}),
        _rec("柳河县住房和建设局", "住房和建设局", "county_dept", "柳河县", 2021, {**t3(11)}),
        _rec("柳河县白石镇人民政府", "白石镇", "township", "柳河县", 2021, {**T3_ZERO},
             facts=[("responsible_official", "副镇长分管政务公开工作", "副镇长"),
                    ("responsible_office", "党政办公室具体负责", "党政办公室")]),
        _rec("柳河县白石镇人民政府", "白石镇", "township", "柳河县", 2022, {**T3_ZERO}),
        _rec("柳河县青松鎮人民政府", "青松鎮", "township", "柳河县", 2021, {**t3(1)},
             facts=[("responsible_official", "副鎮長分管政務公開工作", "副鎮長"),
                    ("responsible_office", "黨政辦公室具體負責", "黨政辦公室")]),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families") / "corpus.db", corpus())


def _organs(a) -> set[str]:
    return {r[0] for r in a.rows}


def _first(a) -> str:
    """The answer's first sentence after the reading line."""
    body = a.text.split("\n", 1)[1] if "\n" in a.text else a.text
    return body.split("。", 1)[0]


def _asks(a, *options):
    assert not a.reports and a.value is None and a.options, a.text
    labels = " ".join(o["label"] for o in a.options)
    for o in options:
        assert o in labels, labels


# -- a condition said of several organs is a filter (有没有零申请的 of a sector) ---------------

@pytest.mark.parametrize("q", ["卫健部门有没有零申请的？列一下", "卫生健康系统有没有零申请的",
                               "有没有零申请的卫健部门"])
def test_have_any_zero_of_a_sector_is_the_condition(db, q):
    a = ask(db, q)
    assert _organs(a) == {"柳河县卫生健康局"}, a.text


def test_have_any_zero_of_one_organ_is_its_value(db):
    a = ask(db, "白石镇是零申请吗")
    assert a.value == 0 and "白石镇" in a.text


# -- one report found for a figure is the number ------------------------------------------------

@pytest.mark.parametrize("q,value", [("柳河县2021年民政局的申请量", 9), ("桐江县民政局收到几件申请", 4),
                                     ("2021年柳河县的民政局收到多少申请", 9)])
def test_one_report_of_a_place_s_bureau_is_its_number(db, q, value):
    a = ask(db, q)
    assert a.value == value and len(a.reports) == 1, a.text


# -- a bracketed other tail: 教育局（厅） is 教育局 or 教育厅 --------------------------------------

@pytest.mark.parametrize("q", ["教育局（厅）的报告有几份", "教育厅（局）的报告有几份", "教育局(厅)有几份报告"])
def test_a_bracketed_other_tail_is_either_name(db, q):
    a = ask(db, q)
    assert a.value == 4, a.text   # two 教育局, 教育和科学技术局 and 教育厅


def test_a_bracketed_other_tail_then_a_level_taken_away(db):
    c = Conversation(db)
    c.ask("教育局（厅）的报告有几份")
    a = c.ask("去掉市级的")
    assert a.value == 3, a.text


def test_a_bureau_joined_with_a_long_second_field_is_of_its_kind(db):
    a = ask(db, "县级教育局一共几份报告")
    assert a.value == 2, a.text   # 桐江县教育局 and 柳河县教育和科学技术局


@pytest.mark.parametrize("q,value", [("2023年县级卫健局收到的申请合计多少", 3), ("卫健委有几份报告", 2),
                                     ("卫生健康局的报告有几份", 2)])
def test_a_bureau_name_covers_its_kind_named_with_either_tail(db, q, value):
    a = ask(db, q)   # 柳河县卫生健康局 and 桐江县卫生健康委员会: one kind, 局 here, 委 there
    assert a.value == value, a.text


# -- an organ of several years, a figure asked with no year: which year? -----------------------

@pytest.mark.parametrize("q", ["松原市财政局收到多少申请", "松原市财政局收到多少件申请？",
                               "松原市财政局的申请数是多少"])
def test_one_organ_of_several_years_asks_which_year(db, q):
    a = ask(db, q)
    _asks(a, "2019", "2020")
    assert "2019年15件" in a.text and "2020年5件" in a.text   # both said, with their years


@pytest.mark.parametrize("q", ["白石镇收到多少申请", "白石镇是零申请吗"])
def test_one_organ_of_several_years_stating_one_value_is_that_number(db, q):
    a = ask(db, q)
    assert a.value == 0 and not a.options and "2021年" in a.text and "2022年" in a.text, a.text


def test_one_organ_of_several_years_with_a_year_or_a_total_answers(db):
    assert ask(db, "松原市财政局2019年收到多少申请").value == 15
    assert ask(db, "松原市财政局历年收到的申请合计多少").value == 20
    a = ask(db, "松原市财政局各年收到多少申请")
    assert a.understood and "2019年 15件" in a.text and "2020年 5件" in a.text


def test_choosing_a_year_option_answers_it(db):
    a = ask(db, "松原市财政局收到多少申请")
    opt = next(o for o in a.options if "2020" in o["label"])
    assert ask(db, opt["question"]).value == 5


# -- a follow-up asking the items of the organ in context ---------------------------------------

@pytest.mark.parametrize("second", ["那它提了几条整改措施", "它写了几条改进措施", "那它有几条改进措施呢"])
def test_a_follow_up_counting_items_of_the_organ_in_context(db, second):
    c = Conversation(db)
    c.ask("松原市财政局2019年的网站是什么")
    a = c.ask(second)
    assert a.value == 3 and a.plan.kind == "text" and not a.plan.contact_field, a.text


# -- a problem phrase naming a channel is a search of the problems ------------------------------

@pytest.mark.parametrize("q", ["哪些单位在存在问题里提到了网站建设方面的不足？",
                               "存在问题中提到网站建设的单位有哪些",
                               "哪些报告的问题部分说到了网站建设",
                               "哪些报告的问题写到了网站更新不及时"])
def test_a_channel_word_in_a_problem_phrase_is_searched_in_the_problems(db, q):
    a = ask(db, q)
    assert _organs(a) == {"柳河县卫生健康局"}, a.text
    assert a.plan.kind == "text" and not a.plan.channel


def test_a_channel_asked_of_organs_stays_a_channel(db):
    a = ask(db, "哪些单位通过政府网站公开信息")
    assert _organs(a) == {"柳河县卫生健康局", "桐江县卫生健康委员会"}, a.text


# -- a kind of place the store has none of (旗, 苏木) is said, never dropped ---------------------

@pytest.mark.parametrize("q,word", [("各旗、苏木的年报零申请情况", "苏木"), ("苏木的报告有几份", "苏木"),
                                    ("各旗收到申请最多的是哪个", "旗"), ("嘎查的报告有哪些", "嘎查"),
                                    ("村委会的报告有几份", "村委会"), ("社区居委会零申请的有哪些", "居委会"),
                                    ("各自治州的报告有几份", "自治州")])
def test_a_place_kind_the_store_lacks_is_said(db, q, word):
    a = ask(db, q)
    assert not a.reports and a.value in (None, 0), a.text
    assert "库中没有" in _first(a) and word in _first(a), a.text


# -- a branch of the bureau named is all the store holds: asked back -----------------------------

@pytest.mark.parametrize("q", ["松原市生态环境局收到几件申请", "松原市生态环境局2022年收到多少申请"])
def test_a_bureau_held_only_as_its_branch_is_offered(db, q):
    a = ask(db, q)
    _asks(a, "松原市生态环境局东山分局")


def test_a_bureau_of_a_held_place_with_no_report_is_said(db):
    a = ask(db, "松原市水利局收到几件申请")
    assert not a.reports and a.value is None
    assert "库中没有" in a.text and "水利局" in a.text.split("\n")[0] + _first(a)


# -- a bureau typed abbreviated in a place that holds it: read as it, said first ---------------

@pytest.mark.parametrize("q", ["柳河县住建局收到几件申请", "柳河县2021年住建局的申请量"])
def test_an_abbreviated_bureau_of_a_place_is_read_and_said(db, q):
    a = ask(db, q)
    assert a.value == 11, a.text
    assert "“住建局”按“柳河县住房和建设局”理解" in a.text.split("\n")[0]


# -- a post or an office printed in traditional characters is found by the simplified filter ---

@pytest.mark.parametrize("q", ["哪些单位的分管领导是副镇长", "由副镇长分管的乡镇有哪些",
                               "政务公开由党政办公室具体负责的单位有哪些"])
def test_a_traditional_post_or_office_is_found_by_the_simplified_filter(db, q):
    a = ask(db, q)
    assert _organs(a) == {"柳河县白石镇人民政府", "柳河县青松鎮人民政府"}, a.text


def test_a_deputy_printed_in_traditional_is_still_no_chief(db):
    a = ask(db, "哪些单位的分管领导是镇长")
    assert not a.reports, a.text


# -- a one-character typo of a held place before a bureau: asked back ----------------------------

@pytest.mark.parametrize("q", ["杨河县卫生健康局零申请吗", "杨河县卫生健康局收到几件申请", "杨河县公安局的电话"])
def test_a_typo_of_a_held_county_is_asked_back(db, q):
    a = ask(db, q)
    _asks(a, "柳河县")


# -- a bare bureau name of several organs, one value asked: which one? ---------------------------

@pytest.mark.parametrize("q", ["公安局的联系电话多少", "公安局的电话是多少"])
def test_a_contact_of_a_shared_bureau_name_asks_which(db, q):
    a = ask(db, q)
    _asks(a, "柳河县公安局", "桐江县公安局")


def test_contacts_of_a_listed_kind_are_listed(db):
    a = ask(db, "各公安局的联系电话")
    assert _organs(a) == {"柳河县公安局", "桐江县公安局"}, a.text


def test_a_place_kind_the_store_holds_filters_by_the_name_s_place(tmp_path):
    import store
    path = tmp_path / "banner.db"
    db = store.connect(path)
    for d in (_rec("红杉旗人民政府", "红杉旗", "county", "红杉旗", 2021, {**t3(2)}),
              _rec("红杉旗教育局", "教育局", "county_dept", "红杉旗", 2021, {**T3_ZERO}),
              _rec("柳河县红旗镇人民政府", "红旗镇", "township", "柳河县", 2021, {**T3_ZERO}),
              _rec("柳河县人民政府", "柳河县", "county", "柳河县", 2021, {**t3(30)})):
        store.save_record(db, d)
    db.conn.close()
    a = ask(str(path), "各旗的报告有哪些")
    assert _organs(a) == {"红杉旗人民政府", "红杉旗教育局"}, a.text   # never 红旗镇
    a = ask(str(path), "各旗零申请的有哪些")
    assert _organs(a) == {"红杉旗教育局"}, a.text
    a = ask(str(path), "各旗、苏木的报告有哪些")
    assert not a.reports and "苏木" in _first(a), a.text   # one kind absent: said, not dropped


# -- a kind no report says it is: said, never the level inside it -------------------------------

@pytest.mark.parametrize("q,word", [("副省级城市的报告有哪些", "副省级城市"), ("计划单列市收到多少申请", "计划单列市"),
                                    ("贫困县零申请的有哪些", "贫困县")])
def test_a_kind_no_report_tells_is_said_not_answered(db, q, word):
    a = ask(db, q)
    assert not a.understood and not a.reports and a.value is None
    assert word in _first(a), a.text


@pytest.mark.parametrize("q,value", [("州级部门有几份报告", 3), ("州直部门收到申请合计多少", 30),
                                     ("市辖区政府的报告有几份", 1)])   # the county tier (区 and 县 alike)
def test_more_tier_words_are_levels(db, q, value):
    a = ask(db, q)   # the city tier's: 松原市财政局 ×2, 松原市教育局
    assert a.understood and a.value == value, a.text


@pytest.mark.parametrize("q", ["收到申请超过5件的县直部门有哪些", "收到申请5件以上的县直部门有哪些",
                               "县直部门收到申请多于5件的有哪些"])
def test_a_threshold_read_is_never_said_unread(db, q):
    a = ask(db, q)
    first = a.text.split("\n", 1)[0]
    assert "条件=大于5" in first or "条件=不少于5" in first, first
    assert "未用到的词" not in first, first


# -- a shortfall said with no 提到 is searched in the problems, never every report ---------------

@pytest.mark.parametrize("q,organ", [("哪些单位栏目更新不及时", "柳河县卫生健康局"),
                                     ("信息更新不够及时的有哪些单位", "桐江县卫生健康委员会"),
                                     ("哪些县直部门网站建设相对滞后", "柳河县卫生健康局")])
def test_a_shortfall_said_is_searched_in_the_problems(db, q, organ):
    a = ask(db, q)
    assert organ in _organs(a) and len(a.reports) <= 2, a.text


def test_a_figure_below_a_number_is_still_a_condition(db):
    a = ask(db, "收到申请不足5件的县直部门有哪些")
    assert a.plan.kind == "figure" and a.plan.op == "lt", a.text


@pytest.mark.parametrize("q", ["白石镇政务公开由哪个部门牵头", "白石镇政务公开是哪个单位负责"])
def test_which_department_leads_asks_the_office(db, q):
    a = ask(db, q)
    assert "党政办公室" in a.text and a.plan.fact_kind == "responsible_office", a.text


# -- per province / city: a grouping, never dropped ---------------------------------------------

@pytest.mark.parametrize("q,group", [("各省分别有几份报告", "province"), ("按地市统计收到的申请", "city"),
                                     ("按省份统计报告份数", "province")])
def test_per_province_or_city_is_a_grouping(db, q, group):
    a = ask(db, q)
    assert a.understood and a.plan.group_by == group, a.text
    assert "山东省" in a.text if group == "province" else "松原市" in a.text


@pytest.mark.parametrize("second,value", [("2019年的", 15), ("那2020年呢", 5), ("要2020年的", 5)])
def test_the_year_asked_back_is_answered_by_a_follow_up(db, second, value):
    c = Conversation(db)
    c.ask("松原市财政局收到多少申请")
    a = c.ask(second)
    assert a.value == value, a.text


def test_every_year_of_one_organ_is_each_year_s_value(db):
    a = ask(db, "松原市财政局历年收到的申请")
    assert a.understood and all(w in a.text for w in ("2019年", "15件", "2020年", "5件")), a.text


@pytest.mark.parametrize("q", ["东山分局收到多少申请", "东山分局2022年收到几件申请"])
def test_a_branch_typed_by_its_own_tail_is_read_and_said(db, q):
    a = ask(db, q)
    assert a.value == 4, a.text


@pytest.mark.parametrize("q", ["柳林县的报告有几份", "柳林县卫生健康局收到几件申请", "松滋市财政局收到多少申请"])
def test_a_real_place_one_character_off_a_held_one_is_said_absent_never_offered(db, q):
    a = ask(db, q)   # 柳林县 / 松滋市 are places of their own (the gazetteer's), not slips of 柳河县 / 松原市
    assert not a.reports and a.value is None and not a.options, a.text
    assert "库中没有" in a.text


# -- a place with a kind of organ typed short (滨江民政), a government the place has no report of

@pytest.mark.parametrize("q,want", [("桐江民政 申请数", 4), ("柳河公安 电话", "0431-5550002"),
                                    ("柳河县的公安收到多少申请", 6)])
def test_a_place_and_a_kind_typed_short_is_its_organ_read_and_said(db, q, want):
    a = ask(db, q)
    assert (a.value == want) if isinstance(want, int) else (want in a.text), a.text
    assert "理解" in a.text.split("\n")[0]


@pytest.mark.parametrize("turns", [["桐江县人民政府的报告有几份"], ["柳河县公安局收到多少申请", "那桐江县人民政府呢"]])
def test_a_government_the_place_has_no_report_of_is_said(db, turns):
    c = Conversation(db)
    for q in turns:
        a = c.ask(q)
    assert not a.reports and a.value is None and "库中没有“桐江县人民政府”" in a.text, a.text


@pytest.mark.parametrize("q", ["柳河县都有哪些单位的年报", "柳河县一共有几份报告"])
def test_a_place_asked_what_it_holds_is_the_place(db, q):
    a = ask(db, q)
    assert a.plan.region and not a.plan.organ_ids, a.text


def test_a_bureau_of_a_held_place_one_character_off_is_asked_back(db):
    a = ask(db, "柳河县卫生建康局收到多少申请")   # 建 for 健
    _asks(a, "柳河县卫生健康局")


@pytest.mark.parametrize("q,kind", [("哪些税务局收到申请", "税务"), ("哪些高校收到了申请", "高校"),
                                    ("气象局的报告有几份", "气象")])
def test_a_kind_of_bureau_the_store_lacks_is_said_never_every_report(db, q, kind):
    a = ask(db, q)
    assert not a.reports and a.value is None and "库中没有" in a.text and kind in a.text, a.text


@pytest.mark.parametrize("turns,value", [(["松原市财政局2019年收到多少申请", "它列了几个改进措施"], 3),
                                         (["松原市财政局2019年写了几个措施"], 3),
                                         (["有几个县直部门写了问题"], 2)])
def test_how_many_problems_counts_items_how_many_organs_counts_organs(db, turns, value):
    c = Conversation(db)
    for q in turns:
        a = c.ask(q)
    assert a.value == value, a.text


@pytest.mark.parametrize("q,value", [("十四五期间的报告有几份", 15), ("十三五时期的报告有几份", 3)])
def test_a_five_year_plan_period_is_its_years(db, q, value):
    a = ask(db, q)   # 2021—2025 / 2016—2020 (2019 ×1, 2020 ×2 in this store)
    assert a.value == value, a.text


@pytest.mark.parametrize("q", ["2021年上半年收到多少申请", "第一季度的报告有几份"])
def test_a_part_of_a_year_is_said_never_the_whole_year(db, q):
    a = ask(db, q)
    assert not a.understood and a.value is None and "不能区分" in a.text, a.text


@pytest.mark.parametrize("turns,value", [(["松原市财政局2019年办理的申请里，新收的有多少件"], 15),
                                         (["桐江县民政局收到的申请中，部分公开的有几件"], 0)])
def test_the_requests_named_as_a_domain_are_no_second_figure(db, turns, value):
    c = Conversation(db)
    for q in turns:
        a = c.ask(q)
    assert a.understood and a.value == value and not a.plan.other_metrics, a.text


def test_a_reason_s_negation_is_no_zero_condition(db):
    a = ask(db, "松原市财政局2019年因为无法提供而没有公开的有几件")
    assert a.plan.metric == "unavailable" and a.plan.op is None, a.text


@pytest.mark.parametrize("q,word", [("垂直管理部门的报告", "垂直管理部门"), ("国有企业的报告有几份", "国有企业"),
                                    ("哪些派出机构收到了申请", "派出机构")])
def test_kinds_no_report_tells_are_said_first_never_a_sector(db, q, word):
    a = ask(db, q)
    assert not a.understood and not a.reports and word in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("second", ["柳河县的", "柳河县公安局", "柳河县的呢"])
def test_the_organ_asked_back_is_answered_by_a_follow_up_naming_it(db, second):
    c = Conversation(db)
    first = c.ask("公安局的联系电话多少")
    assert first.options and not first.reports
    a = c.ask(second)
    assert "0431-5550002" in a.text and "0431-5550003" not in a.text, a.text


@pytest.mark.parametrize("q,value", [("乡镇（街道）有几份报告", 3), ("街镇的报告有几份", 3),
                                     ("县（市、区）政府的报告有几份", 1), ("市州部门有几份报告", 3)])
def test_bracketed_and_joined_level_words(db, q, value):
    a = ask(db, q)   # 白石镇 ×2 and 青松鎮 (no subdistrict here); 柳河县; the city's three
    assert a.value == value, a.text


@pytest.mark.parametrize("q", ["哪些单位的联系电话是空的", "联系电话为空的单位有哪些"])
def test_a_contact_said_empty_lists_those_without_it(db, q):
    a = ask(db, q)
    assert "柳河县卫生健康局" not in _organs(a) and "桐江县民政局" in _organs(a), a.text
    assert "没有写" in a.text.split("\n")[0]


# -- a check said to pass (核对上, 一致, 平衡): the reports with one met and none failed -----------

@pytest.mark.parametrize("q,want", [("表三能核对上的报告有几份", 1), ("收支平衡的报告有几份", 1),
                                    ("正文写的收到申请件数和表三一致的报告有几份", 2),
                                    ("哪些报告的表三数据不平衡", 1)])
def test_a_check_said_to_pass_or_fail(db, q, want):
    a = ask(db, q)
    assert a.plan.kind == "check" and (a.value == want or len(a.reports) == want), a.text


@pytest.mark.parametrize("q", ["要做表三的平衡校验：哪份年报的新收加上年结转不等于办结加结转下年度",
                               "正文写的收到申请和表三不一致的报告有几份"])
def test_a_check_word_with_a_failure_said_is_the_failing_check(db, q):
    a = ask(db, q)
    assert a.plan.kind == "check" and not a.plan.check_ok, a.text


def test_the_requests_a_figure_is_of_are_no_second_figure(db):
    a = ask(db, "哪些单位对申请作出过部分公开的答复")
    assert a.understood and a.plan.metric == "partial" and not a.plan.other_metrics, a.text


# -- a place or a year taken away (blind set 5's family after its first run: 去掉上海的 was read
#    as 上海 only, 去掉2019年度的 as 2019 only: the exclusion word must never be dropped)
_COUNTY_DEPT = {"柳河县": ["卫生健康局", "民政局", "教育和科学技术局", "公安局", "住房和建设局"],
                "桐江县": ["卫生健康委员会", "民政局", "教育局", "公安局"], "东山区": ["东山分局"]}


@pytest.mark.parametrize("turns,place", [
    (["县级部门的报告有哪些", "去掉柳河县的"], "柳河县"),
    (["县级部门的报告有哪些", "不要桐江县的"], "桐江县"),
    (["县级部门的报告有哪些（桐江县的除外）"], "桐江县"),
    (["除了柳河县，县级部门的报告有哪些"], "柳河县"),
])
def test_a_place_taken_away_leaves_every_other_place(db, turns, place):
    c = Conversation(db)
    for q in turns:
        a = c.ask(q)
    first = a.text.split("\n")[0]
    assert f"地区={place}以外" in first, first
    names = {r.split("/")[-1].split("-")[0] for r in a.reports}
    assert names and not any(n.startswith(place) for n in names), names
    assert len(a.reports) == sum(len(v) for k, v in _COUNTY_DEPT.items() if k != place)


def test_a_place_taken_away_then_asked_again_is_that_place(db):
    c = Conversation(db)
    for q in ["县级部门的报告有哪些", "去掉柳河县的", "那柳河县的呢"]:
        a = c.ask(q)
    names = {r.split("/")[-1].split("-")[0] for r in a.reports}
    assert names and all(n.startswith("柳河县") for n in names), names


@pytest.mark.parametrize("turns", [["县级部门的报告有几份", "去掉2021年的"], ["除了2021年，县级部门的报告有几份"],
                                   ["县级部门的报告有几份", "2021年的不算"]])
def test_a_year_taken_away(db, turns):
    c = Conversation(db)
    for q in turns:
        a = c.ask(q)
    assert "2021以外" in a.text.split("\n")[0], a.text
    assert a.value == 4   # 柳河县卫生健康局 2023, 桐江县卫生健康委员会 2023, 柳河县教育和科学技术局 2020, 东山分局 2022


@pytest.mark.parametrize("q", ["县里的卫健局（卫生健康部门）有哪些", "县级民政局（民政系统）有哪些", "县里的公安局(公安口)有哪些"])
def test_a_bureau_restated_by_its_sector_in_brackets_keeps_its_tier(db, q):
    a = ask(db, q)   # blind set 5's family after its first run: （…部门） had added every department level
    first = a.text.split("\n")[0]
    assert "层级=县级部门" in first and "市级部门" not in first, first
    assert a.reports and all("松原市" not in r and "山东省" not in r for r in a.reports)


@pytest.mark.parametrize("q,want", [("松原市财政局2020年比2019年少收到多少件申请", 10),   # 少: how much less
                                    ("松原市财政局2019年比2020年多收到几件申请", 10),
                                    ("柳河县白石镇人民政府2022年比2021年多收到多少申请", 0)])
def test_one_organ_two_years_against_each_other_gives_the_difference(db, q, want):
    a = ask(db, q)   # blind set 5's family after its first run: both values were only listed
    assert a.value == want, a.text
    first = a.text.split("\n")[0]
    assert "之差" in first, first


def test_a_difference_with_a_blank_year_lists_what_is_stated(db):
    a = ask(db, "柳河县白石镇人民政府2023年比2021年多收到多少申请")   # no 2023 report: no difference
    assert a.value is None, a.text


# blind set 6's families after its first run
def _county_dept_years():
    return [r["year"] for r in corpus() if r["organ"]["level"] == "county_dept"]


@pytest.mark.parametrize("q,first", [("21年起的县级部门报告有几份", "2021—2050"), ("22年以后县级部门的报告有几份", "2022—2050")])
def test_a_two_digit_year_opening_a_range(db, q, first):
    a = ask(db, q)
    start = int(first[:4])
    assert first in a.text.split("\n")[0], a.text
    assert a.value == sum(1 for y in _county_dept_years() if y >= start)


@pytest.mark.parametrize("q", ["2019老模板的报告有几份", "用2019旧格式的报告有几份"])
def test_a_template_year_before_old_or_new_is_the_template(db, q):
    a = ask(db, q)
    first = a.text.split("\n")[0]
    assert "模板=2019版" in first and "年份" not in first, first


@pytest.mark.parametrize("q,want", [("松原市财政局2019年和2020年收到的申请差多少", 10),
                                    ("松原市财政局2020年与2019年的申请数相差几件", 10)])
def test_two_years_and_how_far_apart(db, q, want):
    a = ask(db, q)
    assert a.value == want, a.text


def test_pending_cases_are_some_not_none(db):
    a = ask(db, "有没有单位申请结转到下一年还没办完的")
    first = a.text.split("\n")[0]
    assert "条件=大于0" in first and "等于0" not in first, first
