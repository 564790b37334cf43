"""Metadata and narrative families of the blind set meta_blind18 (session 11), each in several
shapes; sentences written for these tests.

Families: a run-in heading over the work's arrangements (组织保障) names the charge; the office
that only compiled the report (负责汇总) is no office doing the work; assistant posts (镇长助理)
and a centre's head (中心主任) as printed; a maritime administration's level (海事局: other, as
customs); a proactive count beside a clause counting places (19个乡镇…公示) is no channel's
share; section 五 items numbered by their kind's word (问题一：/措施二：); printed leaflets,
village assemblies and the credit publicity system as channels (other).
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import level_of
from extractor.narrative import extract_narrative
from extractor.narrative_figures import figures
from extractor.narrative_items import problems_and_remedies
from extractor.sections import Section


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    vals = [f.value for f in facts if f.kind == kind]
    return sorted(set(vals)) if kind == "channel" else sorted(vals)


_HEAD = "一、总体情况\n"


# family: a heading over the work's arrangements (组织保障, 领导机制, 工作责任, 加强领导), run in or on its
# own line, stands over the charge's sentence, which need not say 公开 itself
@pytest.mark.parametrize("line, official, office", [
    ("（四）组织保障。局主要领导负总责，分管领导具体抓，办公室负责日常工作。", ["主要领导", "分管领导"], ["办公室"]),
    ("（三）组织保障。镇长负总责，党政办具体承办。", ["镇长"], ["党政办"]),
    ("（五）强化组织保障。由分管副局长具体负责，综合股承办日常工作。", ["分管副局长"], ["综合股"]),
    ("（二）健全领导机制。乡长负总责，乡党政办公室具体负责。", ["乡长"], ["乡党政办公室"]),
    ("（一）压实工作责任。局长负总责，办公室具体承办。", ["局长"], ["办公室"]),
    ("（一）强化责任落实。镇长为第一责任人，党政办具体承办。", ["镇长"], ["党政办"]),
    ("一是加强领导。成立以局长为组长的领导小组，办公室负责日常工作。", ["局长"], ["办公室"]),
    ("（三）加强组织建设。\n乡长负总责，党政办具体承办。", ["乡长"], ["党政办"]),
])
def test_a_heading_over_the_arrangements_names_the_charge(line, official, office):
    text = _HEAD + line + "\n二、主动公开政府信息情况\n"
    assert _facts(text, "responsible_official") == sorted(official)
    assert _facts(text, "responsible_office") == sorted(office)


def test_a_heading_of_other_guarantees_is_no_heading_over_the_work():
    text = _HEAD + "（四）经费保障。局长负总责，财务股负责预算。\n二、主动公开政府信息情况\n"
    assert _facts(text, "responsible_official") == []


# family: the office that compiled the report (负责汇总) is not the office doing the work
@pytest.mark.parametrize("text, office", [
    ("本报告依据《中华人民共和国政府信息公开条例》编制，由县人民政府办公室负责汇总。" + _HEAD +
     "全年由常务副县长分管政务公开工作，县政务公开办负责日常工作。\n", ["县政务公开办"]),
    ("本报告由旗政府办公室汇总。" + _HEAD + "政务公开工作由旗政府办公室（政务公开办）负责组织协调。\n",
     ["旗政府办公室（政务公开办）"]),
    ("本报告根据《条例》编制，由区政府办公室负责汇总，统计期限为全年。" + _HEAD + "全年主动公开信息30条。\n", []),
])
def test_the_compiling_office_is_no_office_of_the_work(text, office):
    assert _facts(text, "responsible_office") == office


# family: an assistant to a head (X长助理) and a centre's head (中心主任) are posts as printed
@pytest.mark.parametrize("line, official", [
    ("本镇政务公开工作由镇长助理负责，党政综合办公室负责具体实施。", ["镇长助理"]),
    ("我县政务公开工作由县长助理分管，县政府办公室具体负责。", ["县长助理"]),
    ("成立以区长助理为组长的政务公开工作领导小组。", ["区长助理"]),
    ("中心成立政务公开工作领导小组，由中心主任任组长、副主任任副组长，综合科负责日常工作。", ["中心主任", "副主任"]),
    ("政务公开工作由中心副主任分管，办公室具体负责。", ["中心副主任"]),
])
def test_assistant_and_centre_posts_as_printed(line, official):
    assert _facts(_HEAD + line + "\n", "responsible_official") == sorted(official)


# family: a maritime administration is a unit of the national system (as a customs house); a
# local one (地方海事局) is its place's department
@pytest.mark.parametrize("name, level", [
    ("南通海事局", "other"),
    ("江苏海事局", "other"),
    ("张家港海事局", "other"),
    ("湖州市地方海事局", "city_dept"),
])
def test_a_maritime_administration_level(name, level):
    assert level_of(name) == level


# family: the next clause counting places (N个乡镇, N个村) where something is posted states no
# channel's count: the proactive count before it is the organ's total
@pytest.mark.parametrize("text, value", [
    ("全年通过某某县人民政府网站主动公开信息65条，在全县19个乡镇便民服务中心及村务公开栏公示救助对象信息。", 65),
    ("全年通过门户网站主动公开信息80条，在5个村务公开栏公开。", 80),
    ("全年在县政府网站主动公开信息56条，在全镇14个村公开栏张贴公开材料。", 56),
    # …but a second channel's count of items is a share: no total
    ("全年通过区政府网站主动公开信息120条，在12个社区公开栏公开信息300条。", None),
])
def test_a_count_of_places_beside_a_proactive_count_is_no_share(text, value):
    assert {f.key: f.value for f in figures(text)}.get("n.active_published") == value


def _s5(text: str) -> list[tuple[str, str]]:
    s5 = Section(5, "五", 0, 0, 0, len(text))
    return [(f.kind, f.text) for f in problems_and_remedies(text, s5)]


# family: items numbered by their kind's word (问题一：…；问题二：…; 措施1：…), the word and number
# dropped like a mark, on lines or inline
@pytest.mark.parametrize("text, want", [
    ("问题一：信息公开队伍不稳定，专业能力不足；\n问题二：社区公开栏内容与网站不同步。\n改进措施：加强队伍建设。",
     [("problem", "信息公开队伍不稳定，专业能力不足"), ("problem", "社区公开栏内容与网站不同步"),
      ("remedy", "加强队伍建设")]),
    ("问题一：队伍不稳定。问题二：公开栏不同步。措施一：加强队伍建设。措施二：建立同步更新机制。",
     [("problem", "队伍不稳定"), ("problem", "公开栏不同步"), ("remedy", "加强队伍建设"),
      ("remedy", "建立同步更新机制")]),
    ("存在问题：\n问题1：公开内容不全面；\n问题2：更新不及时。\n改进措施：\n1.扩大公开范围；\n2.建立更新机制。",
     [("problem", "公开内容不全面"), ("problem", "更新不及时"), ("remedy", "扩大公开范围"),
      ("remedy", "建立更新机制")]),
    ("问题一：公开内容不全面，更新不及时。\n改进措施：加强队伍建设。",
     [("problem", "公开内容不全面，更新不及时"), ("remedy", "加强队伍建设")]),
])
def test_items_numbered_by_their_kind_word(text, want):
    assert _s5(text) == want


# family: printed leaflets, village assemblies and the national credit publicity system are
# channels of kind other
@pytest.mark.parametrize("line, want", [
    ("通过办税服务厅电子屏、宣传折页等方式宣传税费政策。", ["bulletin_board", "other", "service_hall"]),
    ("发放政策折页3000份。", ["other"]),
    ("通过各村村务公开栏公开扶贫项目信息，召开村民大会宣讲政策。", ["bulletin_board", "other"]),
    ("通过国家企业信用信息公示系统公示行政许可信息1,067条。", ["other"]),
])
def test_leaflets_assemblies_and_the_credit_system_are_other_channels(line, want):
    assert _facts(_HEAD + line + "\n", "channel") == want
