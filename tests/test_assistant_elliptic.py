"""Follow-ups of a list (session 11, the kept-back blindv9's own misses, each a family tested here
in several shapes on a store of our own):

1. a scope said with 的 and no noun after it (乡镇的有哪些 / 2021年的有哪些 / 县级部门的有几个) after a
   list is the ones of that list: the place before kept (广西的报告 → 乡镇的有哪些 → 零申请的呢 never
   answers every province's townships);
2. 那份 / 这份 picking one report of the list before and asking its figure (2022年那份主动公开了多少条)
   is that report's value, not a list of one.
"""
from __future__ import annotations

import pytest

from assistant import Conversation
from test_assistant_blind16 import _fig, org

GX, JS = "广西壮族自治区", "江苏省"


def corpus() -> list[dict]:
    return [
        org("南宁市青秀区南湖街道办事处", "南湖街道", "subdistrict", 2022, _fig(0), GX, "南宁市", "青秀区"),
        org("横州市六景镇人民政府", "六景镇", "township", 2022, _fig(0), GX, "南宁市", "横州市"),
        org("横州市峦城镇人民政府", "峦城镇", "township", 2021, _fig(3), GX, "南宁市", "横州市"),
        org("横州市民政局", "民政局", "county_dept", 2021, _fig(2), GX, "南宁市", "横州市"),
        org("如皋市搬经镇人民政府", "搬经镇", "township", 2021, _fig(0), JS, "南通市", "如皋市"),
        org("如皋市白蒲镇人民政府", "白蒲镇", "township", 2022, _fig(0), JS, "南通市", "如皋市"),
        org("苏州工业园区管理委员会", "管委会", "other", 2022, {**_fig(5), "n.active_published": 6215}, JS, "苏州市"),
        org("泰州医药高新技术产业开发区管理委员会", "管委会", "other", 2023, {**_fig(1), "n.active_published": 1047}, JS,
            "泰州市"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from test_assistant_questions import write_store
    return write_store(tmp_path_factory.mktemp("elliptic") / "e.db", corpus())


def _chat(db, *qs):
    c = Conversation(db)
    return [c.ask(q) for q in qs]


def _names(a) -> set[str]:
    return {n for n in ("南湖街道", "六景镇", "峦城镇", "民政局", "搬经镇", "白蒲镇") if n in a.text}


@pytest.mark.parametrize("qs, want", [
    (("广西的报告", "乡镇的有哪些"), {"六景镇", "峦城镇"}),
    (("广西的报告", "乡镇的有哪些", "零申请的呢"), {"六景镇"}),
    (("广西的报告有哪些", "2021年的有哪些"), {"峦城镇", "民政局"}),
    (("横州市的报告", "县级部门的是哪些"), {"民政局"}),
])
def test_a_scope_with_de_and_no_noun_narrows_the_list_before(db, qs, want):
    a = _chat(db, *qs)[-1]
    assert _names(a) == want, a.text
    assert "广西" in a.text.split("\n")[0] or "横州市" in a.text.split("\n")[0], a.text


def test_counted_with_de_narrows_too(db):
    a = _chat(db, "广西的报告有哪些", "乡镇的有几个")[-1]
    assert a.value == 2, a.text


def test_a_question_with_its_own_noun_stands_alone(db):
    a = _chat(db, "广西的报告有哪些", "乡镇的报告有哪些")[-1]
    assert {"搬经镇", "白蒲镇"} <= _names(a), a.text   # 报告 said: a question of its own


@pytest.mark.parametrize("qs, value", [
    (("江苏有哪些管委会", "2022年那份主动公开了多少条"), 6215),
    (("江苏的管委会有哪些", "2023年这份主动公开多少条"), 1047),
])
def test_that_one_report_of_the_list_gives_its_value(db, qs, value):
    a = _chat(db, *qs)[-1]
    assert a.value == value and len(a.reports) == 1 and not a.plan.listing, a.text


def test_a_condition_within_the_list_still_lists(db):
    a = _chat(db, "江苏有哪些管委会", "里面哪些主动公开超过1000条")[-1]
    assert a.plan.listing and len(a.reports) == 2, a.text
