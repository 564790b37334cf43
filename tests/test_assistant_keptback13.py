"""Families of session 13's kept-back question sets (blind22, blindv14), each in several shapes on
a store of our own (places real, organs and figures invented):

1. a statistic asked right after a report scope said with no asking word (新疆的县级政府报告 →
   主动公开加起来多少条; 公共资源交易中心的报告 → 主动公开最多的是哪家): the scope's reports were
   answered as a list, so the statistic is of them, never of every report (blindv14 m52, m55
   answered over all 446 reports);
2. a tier word said with 政府 or 部门 (地市级政府, 地市一级部门): that tier's governments or
   departments only, as 市级政府 is (blindv14 m59 read 地市级政府 as both).
"""
from __future__ import annotations


import pytest

from test_assistant_questions import converse, first_line, placed, t3


def org(name, short, level, year, figures, province, city=None, county=None):
    return placed(name, short, level, year, figures, province, city, county, path_by_name=True)


def corpus() -> list[dict]:
    return [
        org("乌恰县人民政府", "乌恰县", "county", 2022, {**t3(3), "n.active_published": 100}, "新疆维吾尔自治区",
            "克孜勒苏柯尔克孜自治州", "乌恰县"),
        org("伊宁县人民政府", "伊宁县", "county", 2022, {**t3(5), "n.active_published": 300}, "新疆维吾尔自治区",
            "伊犁哈萨克自治州", "伊宁县"),
        org("鄯善县人民政府", "鄯善县", "county", 2023, {**t3(0)}, "新疆维吾尔自治区", "吐鲁番市", "鄯善县"),
        org("德阳市公共资源交易中心", "公共资源交易中心", "other", 2023, {**t3(1), "n.active_published": 900},
            "四川省", "德阳市"),
        org("鹤壁市公共资源交易中心", "公共资源交易中心", "other", 2023, {**t3(2), "n.active_published": 400},
            "河南省", "鹤壁市"),
        org("宜春市人民政府", "宜春市", "city", 2023, {**t3(150), "n.active_published": 50000}, "江西省", "宜春市"),
        org("赣州市人民政府", "赣州市", "city", 2023, {**t3(120), "n.active_published": 30000}, "江西省", "赣州市"),
        org("宜春市市场监督管理局", "市场监督管理局", "city_dept", 2023, {**t3(130), "n.active_published": 700},
            "江西省", "宜春市"),
        org("赣州市教育局", "教育局", "city_dept", 2023, {**t3(20), "n.active_published": 600}, "江西省", "赣州市"),
        org("鹤壁经济技术开发区管理委员会", "鹤壁经济技术开发区", "other", 2023, {**t3(4), "n.active_published": 80},
            "河南省", "鹤壁市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("kept13") / "k13.db", corpus())


# -- 1. a statistic of the reports a bare scope listed -----------------------------------------
@pytest.mark.parametrize("first, then, want", [
    ("新疆的县级政府报告", "主动公开加起来多少条", 400),
    ("新疆的县级政府报告", "主动公开一共多少条", 400),
    ("新疆县级政府的年报", "收到申请合计多少件", 8),
    ("公共资源交易中心的报告", "主动公开平均多少条", 650),
])
def test_a_sum_or_mean_after_a_bare_scope_is_of_its_reports(db, first, then, want):
    a = converse(db, first, then)
    assert a.value == want, a.text


@pytest.mark.parametrize("then", ["主动公开最多的是哪家", "哪家主动公开最多"])
def test_a_ranking_after_a_bare_scope_is_among_its_reports(db, then):
    a = converse(db, "公共资源交易中心的报告", then)
    assert a.rows and "德阳市公共资源交易中心" in a.rows[0][0], a.text
    assert "宜春市人民政府" not in a.text


def test_a_statistic_of_every_report_is_still_asked_so(db):
    a = converse(db, "公共资源交易中心的报告", "所有报告里主动公开最多的是哪家")
    assert a.rows and "宜春市人民政府" in a.rows[0][0], a.text


# -- 2. a tier word with 政府 / 部门 ------------------------------------------------------------
@pytest.mark.parametrize("q, want", [
    ("地市级政府的报告有几份", 2), ("地市级人民政府的报告有几份", 2), ("地市一级政府的报告有几份", 2),
    ("地市级部门的报告有几份", 2), ("地级市一级政府部门的报告有几份", 2), ("地市级的报告有几份", 4),
])
def test_a_tier_with_government_or_department(db, q, want):
    a = converse(db, q)
    assert a.value == want, a.text


def test_only_the_tier_s_governments_after_a_list(db):
    a = converse(db, "2023年收到申请超过100件的有哪些", "只看地市级政府")
    names = {r[0] for r in a.rows}
    assert any("宜春市人民政府" in n for n in names) and not any("市场监督管理局" in n for n in names), a.text
    assert "市级政府" in first_line(a) and "市级部门" not in first_line(a)


# -- 3. a kind ending where a filler begins (开发区里面: 开发区, never the filler 区里) ------------
@pytest.mark.parametrize("q", ["开发区里哪家收到的申请最多", "开发区里面哪家收到的申请最多"])
def test_a_kind_before_li_is_the_kind(db, q):
    a = converse(db, q)
    assert "开发区" in first_line(a) and "没有读懂" not in first_line(a), a.text
    assert a.rows and "开发区" in a.rows[0][0], a.text


def test_li_opening_a_question_is_still_the_filler(db):
    from assistant.vocabscan import _closes_unread_word
    a = converse(db, "区里想了解零申请的县政府有几个")
    assert a.value == 1 and "没有读懂" not in first_line(a), a.text   # 鄯善县
    for q, at in (("区里想了解零申请的乡镇", 0), ("我们区里想了解零申请的乡镇", 2)):
        assert not _closes_unread_word(q, q, at)   # 区里 opens its own word: the filler
    assert _closes_unread_word("开发区里面哪家", "开发区里面哪家", 2)   # 区 inside 开发区


def test_within_a_kind_said_with_limian(db):
    a = converse(db, "交易中心里面哪家主动公开最多")
    assert a.rows and "德阳市公共资源交易中心" in a.rows[0][0], a.text


@pytest.mark.parametrize("q", ["交易中心里哪家主动公开最多", "公共资源交易中心里哪家主动公开最多"])
def test_within_a_kind_said_with_li(db, q):
    a = converse(db, q)
    assert a.rows and "德阳市公共资源交易中心" in a.rows[0][0], a.text


def test_the_filler_is_cut_out_of_no_kind():
    from assistant import vocab
    assert vocab.cut("开发区里哪家收到的申请最多")[:2] == ["开发区", "里"]
