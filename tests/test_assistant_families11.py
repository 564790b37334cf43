"""Blind sets 10 and v2's families of the assistant's own misses (issue 14), each in several
shapes, on a store of our own (written reports, invented places):

1. ``list_after_count``: a count word inside the thing asked (几个镇的报告, 那几份报告) and a list
   word after it (都有哪些, 里面哪些是零申请): the list is asked, its count said with it.
2. ``count_typo``: a count word typed with a character that sounds as its own (多少分 for
   多少份, 几分 for 几份): read as the count word, and said.
3. ``longer_kind``: a kind of organ ending in a shorter one that is an organ's short name too
   (开发区管委会; 管委会 one organ's short name): the longer kind, never every 管委会.
4. ``metric_typo``: a two-character metric word typed by its sound (申情 for 申请), read and said."""
from __future__ import annotations

import hashlib

import pytest

from assistant import ask
from test_assistant_questions import T3_ZERO, record, t3, write_store, first_line


def _rec(name, short, level, year, figures=None, county=None, city="东湖市", province="东海省"):
    r = record(name, short, level, county, year, figures)
    r["source"]["sha256"] = hashlib.sha256((name + str(year)).encode()).hexdigest()
    r["organ"].update(province=province, city=city, county=county)
    return r


def corpus() -> list[dict]:
    return [
        _rec("东湖市人民政府", "东湖市", "city", 2021, {**t3(30)}),
        _rec("东湖市临河区青石镇人民政府", "青石镇", "township", 2021, {**T3_ZERO}, county="临河区"),
        _rec("东湖市临河区白沙镇人民政府", "白沙镇", "township", 2021, {**t3(3)}, county="临河区"),
        _rec("东湖市临河区红岭镇人民政府", "红岭镇", "township", 2022, {**T3_ZERO}, county="临河区"),
        _rec("东湖市临河区东门街道办事处", "东门街道", "subdistrict", 2021, {**t3(2)}, county="临河区"),
        _rec("东湖市临河区西门街道办事处", "西门街道", "subdistrict", 2022, {**t3(1)}, county="临河区"),
        _rec("南川市人民政府", "南川市", "city", 2021, {**t3(8)}, city="南川市", province="南江省"),
        _rec("南川市北塘镇人民政府", "北塘镇", "township", 2021, {**T3_ZERO}, city="南川市",
             province="南江省"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families11") / "corpus.db", corpus())


TOWNS = {"东湖市临河区青石镇人民政府", "东湖市临河区白沙镇人民政府", "东湖市临河区红岭镇人民政府"}
ZERO = {"东湖市临河区青石镇人民政府", "东湖市临河区红岭镇人民政府"}


# -- 1. a count word inside the thing asked, a list word after it: the list -----------------------
@pytest.mark.parametrize("q,names", [
    ("临河区几个镇的年报都有哪些", TOWNS),
    ("临河区那几个镇的报告有哪些", TOWNS),
    ("东海省那几份报告里面哪些是零申请", ZERO),
    ("临河区几个乡镇里哪些是零申请", ZERO),
])
def test_a_list_word_after_the_count_word_asks_the_list(db, q, names):
    a = ask(db, q)
    assert {r[0] for r in a.rows} == names and a.value is None, a.text


@pytest.mark.parametrize("q,n", [("临河区有几个镇", 3), ("哪些镇是零申请，一共几个", 3),
                                ("东海省零申请的报告有几份", 2)])
def test_a_count_asked_after_the_list_word_stays_a_count(db, q, n):
    assert ask(db, q).value == n


# -- 2. a count word typed with a character sounding as its own ----------------------------------
@pytest.mark.parametrize("q,n", [
    ("街道办的报告一共有多少分", 2),
    ("临河区乡镇的报告有多少分", 3),
    ("东湖市一共有几分报告", 6),
    ("2021年的报告有多少分？", 6),
])
def test_a_count_word_typed_by_its_sound_is_read(db, q, n):
    a = ask(db, q)
    assert a.value == n, a.text
    assert "按“" in a.text, a.text


@pytest.mark.parametrize("q", ["临河区的报告平均多少分钟能办完", "零申请的乡镇占多少分之一"])
def test_another_word_is_no_count_typo(db, q):
    assert "按“" not in first_line(ask(db, q))


# -- 3. 开发区管委会: the committees of a development zone, never every 管委会 (a 新区's) ---------
@pytest.fixture(scope="module")
def zones(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("families11z") / "corpus.db", [
        _rec("东湖经济技术开发区管理委员会", "东湖经开区管委会", "other", 2023, {**t3(5)}),
        _rec("南川高新技术产业开发区管理委员会", "南川高新区管委会", "other", 2023, {**t3(9)},
             city="南川市", province="南江省"),
        _rec("西江新区管理委员会", "管委会", "other", 2023, {**t3(20)}),   # its short name the kind
        _rec("东湖市人民政府", "东湖市", "city", 2023, {**t3(30)}),
    ])


ZONES = {"东湖经济技术开发区管理委员会", "南川高新技术产业开发区管理委员会"}


@pytest.mark.parametrize("q", ["2023年开发区管委会的报告有哪些", "开发区管委会有哪些报告",
                               "哪些开发区管委会是2023年的报告"])
def test_a_zone_committee_is_a_development_zone_one(zones, q):
    a = ask(zones, q)
    assert {r[0] for r in a.rows} == ZONES, a.text


def test_the_zone_committee_asked_the_most(zones):
    a = ask(zones, "开发区管委会里收到申请最多的是哪个")
    assert a.value == 9 and "南川高新技术产业开发区管理委员会" in a.text, a.text


def test_every_committee_is_still_every_one(zones):
    a = ask(zones, "管委会的报告有哪些")
    assert {r[0] for r in a.rows} == ZONES | {"西江新区管理委员会"}, a.text


# -- 4. a two-character metric word typed by its sound (申情 for 申请) ---------------------------
@pytest.mark.parametrize("q,n", [("临河区的镇一共收到多少件申情", 3), ("白沙镇2021年收了几件申情", 3),
                                ("东湖市人民政府的申情有多少件", 30)])
def test_a_metric_word_typed_by_its_sound_is_read(db, q, n):
    a = ask(db, q)
    assert a.value == n and "“申情”按“申请”理解" in a.text, a.text


def test_a_common_word_is_no_metric_typo(db):
    assert "按“" not in first_line(ask(db, "临河区的镇收到几件申请"))
