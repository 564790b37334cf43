"""An organ named without its place (商务局, 市商务局, 区民政局) on a page that prints the organ's
unified social credit code: the code's division part gives the place, so the level and places
(texts written for these tests; codes built here with their check character)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.registered import registered_place, valid

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def code(division: str, body: str = "0026548172") -> str:
    """A credit code of an organ (11 = 机构编制, 机关) registered in ``division``, checked."""
    head = "11" + division + body[:9]
    total = sum(CHARS.index(c) * w for c, w in zip(head, WEIGHTS))
    return head + CHARS[(31 - total % 31) % 31]


def organ(text):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ


BODY = "\n一、总体情况\n本年度我局主动公开政府信息86条，收到政府信息公开申请2件。\n"


def test_the_check_character_is_tested():
    good = code("320582")
    assert valid(good)
    assert not valid(good[:-1] + ("0" if good[-1] != "0" else "1"))  # one character off
    assert not valid("110101199003074512")  # an identity-card number of 18 digits


@pytest.mark.parametrize("text, want", [
    # a portal's 索引号 opening with the code; the title names no place
    (f"首页 > 政务公开 > 部门公开\n信息索引号：{code('320582')}/2024-00318\n发布机构：商务局\n"
     "商务局2023年政府信息公开工作年度报告" + BODY,
     ("商务局", "county_dept", ("江苏省", "苏州市", "张家港市"))),
    # the code beside its own label, the name with a bare 市 (a prefecture city's bureau)
    (f"统一社会信用代码: {code('320500', '1234567890')}\n"
     "市市场监督管理局2022年政府信息公开工作年度报告" + BODY,
     ("市市场监督管理局", "city_dept", ("江苏省", "苏州市", None))),
    # a district's bureau named 区民政局 in a metadata table of cells on their own lines
    (f"索引号\n{code('440306', '7788990011')}/2023-11\n主题分类\n民政\n"
     "区民政局2022年度政府信息公开工作年度报告" + BODY,
     ("区民政局", "county_dept", ("广东省", "深圳市", "宝安区"))),
    # a county government's office reporting for its government
    (f"索引号：{code('130121', '5566778899')}/2021-0007\n"
     "县人民政府办公室\n2020年政府信息公开工作年度报告" + BODY,
     ("县人民政府办公室", "county", ("河北省", "石家庄市", "井陉县"))),
])
def test_the_code_places_an_organ_named_without_its_place(text, want):
    o = organ(text)
    assert (o.name, o.level, (o.province, o.city, o.county)) == want


def test_a_code_that_fails_its_check_is_not_read():
    bad = code("320582")
    bad = bad[:-1] + ("0" if bad[-1] != "0" else "1")
    o = organ(f"信息索引号：{bad}/2024-00318\n商务局2023年政府信息公开工作年度报告" + BODY)
    assert o.level is None and o.county is None


def test_two_bodies_codes_say_nothing():
    text = (f"信息索引号：{code('320582')}/2024-00318\n主办单位代码：{code('320500', '1234567890')}\n"
            "商务局2023年政府信息公开工作年度报告" + BODY)
    assert registered_place(text) is None
    assert organ(text).level is None


def test_a_name_with_its_place_keeps_it_whatever_the_code():
    # the host portal's code (a county) on a city bureau's page: the name's own place wins
    o = organ(f"信息索引号：{code('320582')}/2024-00318\n苏州市商务局2023年政府信息公开工作年度报告" + BODY)
    assert (o.name, o.level, o.county) == ("苏州市商务局", "city_dept", None)


def test_a_code_whose_place_has_another_rank_word_is_not_taken():
    # 区民政局 with a county-level city's code: the code is not this organ's place
    o = organ(f"索引号：{code('320582')}/2023-11\n区民政局2022年度政府信息公开工作年度报告" + BODY)
    assert o.county != "张家港市"
