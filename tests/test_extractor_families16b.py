"""Extractor families of session 16 (fixer nar16b; sentences written for these tests, each family in
several shapes, with negatives).

Families: an office staffed for the work with no cue after it (党政办公室配备专职人员1名); a hall that
opens its clause setting up a reading place (行政服务中心设置查阅点) is a service hall too; a labelled
part of section 五 listing its items as clauses joined by ；; a title line that looks like a whole name
whose levels.tsv ending runs on over the break (某某街道办 / 事处2023年…)."""
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


# ---------------------------------------------------------------- a labelled part's clauses joined by ；
_S5 = "一、总体情况\n本局认真落实公开要求。\n五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。\n"
P1, P2 = "栏目信息更新不够及时，个别栏目长期空白", "政策解读形式较为单一"
R1, R2 = "建立栏目更新提醒制度", "运用图解、短视频等形式开展解读"


def _items(body: str) -> list[tuple[str, str]]:
    text = _S5.format(body=body)
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


@pytest.mark.parametrize("body, want", [
    (f"存在的不足：{P1}；{P2}。\n改进措施：{R1}；{R2}。",
     [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]),
    (f"（一）存在的问题\n{P1}；{P2}。\n（二）改进措施\n1.{R1}。\n2.{R2}。",
     [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]),
    (f"问题：{P1}；{P2}。\n措施：将政务公开纳入年度考核；{R2}。",
     [("problem", P1), ("problem", P2), ("remedy", "将政务公开纳入年度考核"), ("remedy", R2)]),
])
def test_a_labelled_part_of_clauses(body, want):
    assert _items(body) == want


@pytest.mark.parametrize("body, want", [
    # a clause leading into the items, or a plan's lead: the paragraph is one item, as printed
    (f"存在的不足：主要是{P1}；{P2}。\n改进措施：{R1}。",
     [("problem", f"主要是{P1}；{P2}"), ("remedy", R1)]),
    (f"存在的不足：{P2}。\n改进措施：下一步，我局将{R1}；{R2}。",
     [("problem", P2), ("remedy", f"下一步，我局将{R1}；{R2}")]),
    # a short clause is no item of its own
    (f"存在的不足：{P1}；较少。\n改进措施：{R1}。",
     [("problem", f"{P1}；较少"), ("remedy", R1)]),
])
def test_a_labelled_paragraph_kept_whole(body, want):
    assert _items(body) == want


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
