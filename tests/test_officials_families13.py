"""Officials and offices: phrasing families of issue 13 (sentences written for these tests).

Families: the charge said only in section 五 (beside next year's plans), read there only
when 一 and 六 name none; …
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted(f.value for f in facts if f.kind == kind)


_ONE = "一、总体情况\n本年度主动公开政府信息86条，收到申请2件。\n"
_SIX = "六、其他需要报告的事项\n无。\n"


# family: the charge stated only in 五, as the standing arrangement or next year's, in a
# paragraph, a 下一步 sentence or a PDF paste's wrapped line
@pytest.mark.parametrize("five, official, office", [
    ("五、存在的主要问题及改进情况\n公开内容不够全面。2024年，我局将由分管副局长牵头，办公室具体负责，"
     "进一步规范政务公开工作。\n", ["分管副局长"], ["办公室"]),
    ("五、存在的主要问题及改进情况\n本镇政务公开工作由镇长负总责，党政办具体承办，但仍存在更新不及时的问题。"
     "下一步将建立更新提醒机制。\n", ["镇长"], ["党政办"]),
    ("五、存在的主要问题及改进情况\n下一步，我街道将在办事处主任的领导下，由分管副主任\n牵头、党政综合办公室"
     "具体落实，扩大公开范围。\n", ["办事处主任", "分管副主任"], ["党政综合办公室"]),
])
def test_the_charge_stated_only_in_part_five(five, official, office):
    text = _ONE + five + _SIX
    assert _facts(text, "responsible_official") == sorted(official)
    assert _facts(text, "responsible_office") == sorted(office)


@pytest.mark.parametrize("one", [
    "一、总体情况\n本局政务公开工作由局长负总责，综合股具体承办。收到申请2件。\n",
    "一、总体情况\n（一）组织领导。成立以局长为组长的领导小组，领导小组办公室设在综合股。\n",
])
def test_part_five_is_not_read_when_part_one_names_the_charge(one):
    five = ("五、存在的主要问题及改进情况\n2024年，我局将由分管副局长牵头，办公室具体负责，"
            "进一步规范政务公开工作。\n")
    text = one + five + _SIX
    assert _facts(text, "responsible_official") == ["局长"]
    assert _facts(text, "responsible_office") == ["综合股"]


def test_part_five_without_disclosure_names_no_charge():
    five = ("五、存在的主要问题及改进情况\n人员不足。2024年，将由分管副局长牵头开展安全生产检查。\n")
    assert _facts(_ONE + five + _SIX, "responsible_official") == []


# family: offices joined by a word (会同, 协同, 和, 与, 、) before the cue: each is an office
@pytest.mark.parametrize("text, want", [
    ("2022年，县水利局由局办公室会同规划计划股具体组织实施政务公开工作。", ["局办公室", "规划计划股"]),
    ("本局政务公开工作由综合科和信息中心共同负责。", ["信息中心", "综合科"]),
    ("政务公开日常工作由党政办与便民服务中心共同承担。", ["便民服务中心", "党政办"]),
    ("区政府办公室协同区大数据中心负责政务公开平台建设。", ["区大数据中心", "区政府办公室"]),
    ("政务公开工作由办公室、法规科和统计科共同负责。", ["办公室", "法规科", "统计科"]),
])
def test_offices_joined_by_a_word(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # a post joined to an office is no office
    ("政务公开工作由分管领导和办公室负责。", ["办公室"]),
    # every unit of a kind joined to an office is no office
    ("政务公开工作由办公室会同各科室具体落实日常工作。", ["办公室"]),
])
def test_only_offices_are_joined(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


# family: the office's work said as organising it or doing its daily part (具体组织, 落实日常
# 工作), or staffing it (落实专人负责)
@pytest.mark.parametrize("text, want", [
    ("2024年，县统计局政务公开工作由分管副局长负责，局办公室具体组织。", ["局办公室"]),
    ("社区政务公开由街道统筹，街道党政办公室（政务公开办公室）落实日常工作。", ["街道党政办公室（政务公开办公室）"]),
    ("镇长为政务公开第一责任人，党政综合办落实日常事务。", ["党政综合办"]),
    ("我镇把政务公开纳入重点工作，党政办公室落实专人负责日常工作。", ["党政办公室"]),
    ("政务公开工作由综合股落实2名兼职人员具体负责。", ["综合股"]),
])
def test_offices_doing_the_daily_work(text, want):
    assert _facts(text, "responsible_office") == sorted(want)
