"""A place question says how many reports it could not place (issue 14: never silently
narrower than asked). A report stating no place at all (市政府, a township name many provinces
hold, a report naming no organ) is neither in 浙江 nor out of it: the answer counts the reports
known to be there and says how many in the same scope state no place, uncounted. Not said when
the question names its organs, takes a place out (去掉…的: the unplaced are kept) or of a
national body (a ministry lies in no province). A store of our own (real places, invented
organs and figures)."""
from __future__ import annotations

import re

import pytest

from assistant import ask
from extractor.gazetteer import available
from test_assistant_questions import T3_ZERO, converse, placed, t3, write_store

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")

ZJ, GD = "浙江省", "广东省"


def corpus() -> list[dict]:
    return [
        placed("杭州市滨江区民政局", "民政局", "county_dept", 2021, {**t3(3)}, ZJ, "杭州市", "滨江区"),
        placed("磐安县尖山镇人民政府", "尖山镇", "township", 2021, {**T3_ZERO}, ZJ, "金华市", "磐安县"),
        placed("义乌市人民政府", "义乌市", "county", 2022, {**t3(40)}, ZJ, "金华市", "义乌市"),
        placed("广州市花都区统计局", "统计局", "county_dept", 2022, {**t3(6)}, GD, "广州市", "花都区"),
        # stating no place: a township name of no one province, a city government by its
        # short form only, a subdistrict office named by its level word alone
        placed("太平镇人民政府", "太平镇", "township", 2021, {**T3_ZERO}),
        placed("新华镇人民政府", "新华镇", "township", 2022, {**t3(2)}),
        placed("市人民政府办公室", "市政府办公室", "city", 2021, {**t3(9)}),
        # a national body: in no province, never counted as unplaced
        placed("国家统计局", "国家统计局", "national_dept", 2021, {**t3(30)}),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("placeunknown") / "p.db", corpus())


def _unplaced(a) -> int | None:
    m = re.search(r"另有(\d+)份报告未写明所在地", a.text)
    return int(m.group(1)) if m else None


@pytest.mark.parametrize("q, n", [
    ("浙江的报告有几份", 3),            # a count: the three unplaced, not the ministry
    ("浙江省有哪些报告", 3),            # a list
    ("浙江的乡镇有哪些", 2),            # with a level: only unplaced townships
    ("2022年浙江的报告", 1),            # with a year
    ("浙江收到申请一共多少件", 3),       # a total of a figure
    ("广州的报告有几份", 3),            # a city
])
def test_a_place_answer_says_the_reports_stating_no_place(db, q, n):
    a = ask(db, q)
    assert a.understood
    assert _unplaced(a) == n, a.text


@pytest.mark.parametrize("q", [
    "去掉浙江的报告有几份",     # taken out: the unplaced are among the answer already
    "义乌市人民政府收到多少申请",  # a named organ: its place does not filter it
    "乡镇的报告有几份",         # no place asked
])
def test_no_note_where_no_place_filters(db, q):
    a = ask(db, q)
    assert _unplaced(a) is None, a.text


def test_the_note_follows_a_place_switched_in_a_follow_up(db):
    a = converse(db, "广东的报告有几份", "那浙江的乡镇呢")
    assert _unplaced(a) == 2, a.text
