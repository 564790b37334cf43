"""``assistant.sectors``: the one lookup of a bare bureau's organs (its sector, whatever the tail
of its family, a second field joined in before the tail, never across the words of 人民政府)."""
from types import SimpleNamespace

import pytest

from assistant.sectors import holds, sector_ids, split_tail


def organs(*names: str):
    return SimpleNamespace(display=dict(enumerate(names, 1)))


@pytest.mark.parametrize("name,store,want", [
    # tails of one family stand for one another
    ("卫健局", ("甲县卫生健康局", "乙市卫生健康委员会", "丙区卫生健康委", "丁县教育局"), (1, 2, 3)),
    ("民政局", ("甲省民政厅", "乙县民政局", "丙县人民政府"), (1, 2)),
    # a second field joined in before the tail, with a connector or without
    ("教育局", ("甲县教育和科学技术局", "乙县教育科学技术局", "丙县教育体育局", "丁县科学技术局"), (1, 2, 3)),
    # a tail of no family stands for itself alone, a second field still joined in
    ("金融办", ("甲市金融工作办", "乙市金融工作局", "丙县金融办"), (1, 3)),
    ("政务服务中心", ("甲县政务服务和大数据中心", "乙县政务服务局", "丙县政务服务中心"), (1, 3)),
])
def test_a_bare_bureau_is_its_sector_s_organs(name, store, want):
    assert sector_ids(name, organs(*store)) == want


@pytest.mark.parametrize("name,store,want", [
    ("民政厅", ("甲市人民政府办公厅", "乙省民政厅"), (2,)),         # 民政 across 人民|政府: none
    ("民政局", ("甲县人民政府国资局", "乙县民政局"), (2,)),
    ("政府办公室", ("甲县人民政府办公室", "乙县政府办公室"), (1, 2)),  # 政府, a word of it: still read
    ("市人民政府办公厅", ("广州市人民政府办公厅", "某县人民政府办公室"), (1,)),
])
def test_a_sector_is_never_read_across_the_words_of_the_government(name, store, want):
    assert sector_ids(name, organs(*store)) == want


def test_holds_reads_the_words_of_the_government_apart():
    assert not holds("桦南县人民政府", "民政") and holds("桦南县民政局", "民政")
    assert holds("桦南县人民政府办公室", "政府办") and holds("桦南县人民政府", "人民政府")


def test_a_name_with_no_tail_of_a_department_is_none():
    assert split_tail("某某街道") is None and sector_ids("某某街道", organs("某某街道")) is None
    assert split_tail("卫生健康委员会") == ("卫生健康", "委员会") and split_tail("区局") is None


@pytest.mark.parametrize("name,store,want", [
    # 厅 typed is a province's department: never a county's or a city's bureau of the sector
    ("水利厅", ("甲省水利厅", "乙市水利和湖泊局", "丙县水利局"), (1,)),
    ("教育厅", ("甲省教育厅", "乙县教育和体育局", "丙市教育局", "丁省教育考试院"), (1,)),
    ("自然资源厅", ("甲省自然资源厅", "乙市自然资源和规划局"), (1,)),
    ("公安厅", ("甲市公安局", "乙县公安局"), ()),
    # the other way round stays: a bureau typed still finds the province's 厅
    ("水利局", ("甲省水利厅", "乙市水利和湖泊局", "丙县水利局"), (1, 2, 3)),
])
def test_a_hall_typed_is_the_provinces_own(name, store, want):
    assert sector_ids(name, organs(*store)) == want
