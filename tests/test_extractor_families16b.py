"""Extractor families of session 16 (fixer nar16b; sentences written for these tests, each family in
several shapes, with negatives).

Families: an office staffed for the work with no cue after it (党政办公室配备专职人员1名); a hall that
opens its clause setting up a reading place (行政服务中心设置查阅点) is a service hall too; a title
line that looks like a whole name whose levels.tsv ending runs on over the break (某某街道办 /
事处2023年…)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value or f.text for f in facts if f.kind == kind})


# ---------------------------------------------------------------- an office staffed, no cue after it
@pytest.mark.parametrize("text, office", [
    ("一、总体情况\n我镇扎实推进政务公开，镇长负总责，乡党政办公室配备兼职信息员1名。\n", "乡党政办公室"),
    ("一、总体情况\n局政务公开工作由分管副局长负责，局办公室配齐专职人员2名、兼职人员1名。\n", "局办公室"),
    ("一、总体情况\n街道重视政府信息公开，综合办安排工作人员两名，其他科室配合。\n", "综合办"),
])
def test_an_office_staffed_for_the_work(text, office):
    assert _facts(text, "responsible_office") == [office]


@pytest.mark.parametrize("text", [
    # a sentence about no disclosure work
    "一、总体情况\n全局机构改革顺利完成。\n\n局办公室配备专职人员2名。\n",
    # every unit of a kind staffed (各股室), no office of the organ's
    "一、总体情况\n推进政务公开，各股室明确信息员1名。\n",
])
def test_no_office_staffed_for_the_work(text):
    assert _facts(text, "responsible_office") == []


# ---------------------------------------------------------------- a hall setting up a reading place
_ONE = "一、总体情况\n"
_TWO = "\n二、主动公开政府信息情况\n（详见附表）\n"


@pytest.mark.parametrize("body, want", [
    ("（四）平台建设。区行政服务中心设置政府信息公开查阅点，方便群众查阅。", ["reading_room", "service_hall"]),
    ("县市民服务中心设立政府信息查阅室，配备查询电脑2台。", ["reading_room", "service_hall"]),
    ("平台建设方面，不动产交易大厅开设政府信息公开查阅点。", ["reading_room", "service_hall"]),
    # a building's lobby is no hall
    ("局机关一楼大厅设置政府信息公开查阅点。", ["reading_room"]),
])
def test_a_hall_setting_up_a_reading_place(body, want):
    text = _ONE + body + _TWO
    assert _facts(text, "channel") == want


# ---------------------------------------------------------------- a level ending over a title's break
_BODY = "\n一、总体情况\n本年度收到申请3件。\n"


def _organ(text: str) -> str | None:
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ.name


@pytest.mark.parametrize("title, name", [
    ("成都市武侯区浆洗街街道办\n事处2023年政府信息公开工作年度报告", "成都市武侯区浆洗街街道办事处"),
    ("武侯区浆洗街街道\n办事处2023年政府信息公开工作年度报告", "武侯区浆洗街街道办事处"),
    ("苏州市吴江区松陵街道办\n事处\n2022年政府信息公开工作年度报告", "苏州市吴江区松陵街道办事处"),
])
def test_a_level_ending_over_the_break(title, name):
    assert _organ(title + _BODY) == name


def test_a_whole_name_above_another_body_stays_apart():
    # a host's header (a whole government) above a bureau's line: no name joined over the break
    assert _organ("湖州市人民政府\n民政局2022年政府信息公开工作年度报告" + _BODY) != "湖州市人民政府民政局"
