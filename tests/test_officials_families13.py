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


# family: an office named for the work (its name says 公开; no group word) before its seat,
# or the group's 办公室 restated as an office (即): that office, not where it sits
@pytest.mark.parametrize("text, want", [
    ("2023年，省政府政务公开工作由省政府分管副秘书长协调推进，省政务公开办公室（设在省政府办公厅）负责日常工作。",
     ["省政务公开办公室"]),
    ("市政务公开办公室设在市政府办公室，负责全市政务公开日常工作。", ["市政务公开办公室"]),
    ("调整政务公开工作领导小组，领导小组办公室即区政务公开办，设在区政府办公室，负责日常工作。", ["区政务公开办"]),
    ("成立政务公开领导小组，领导小组办公室即党政综合办，负责日常工作。", ["党政综合办"]),
])
def test_an_office_named_for_the_work_not_its_seat(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # the group's office sits in an office: that office does the work (the dev gold's reading)
    ("成立政务公开工作领导小组，领导小组办公室设在县政务公开办公室。", ["县政务公开办公室"]),
    ("镇政务公开领导小组办公室设在党政综合办公室，负责日常工作。", ["党政综合办公室"]),
    ("成立政务公开工作专班，专班办公室（设在街道党政办公室）负责日常工作。", ["街道党政办公室"]),
])
def test_a_groups_office_is_where_it_sits(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


# family: the leader's charge said as a verb of leading the work (抓总, 直接抓, 亲自研究, 亲自推动)
@pytest.mark.parametrize("text, want", [
    ("2022年，街道坚持党工委书记抓总、办事处主任负责、分管副主任具体抓的政务公开工作格局。",
     ["党工委书记", "分管副主任", "办事处主任"]),
    ("政务公开工作由分管副县长直接抓，县政府办公室具体承办。", ["分管副县长"]),
    ("局主要领导对政务公开工作亲自研究、亲自部署。", ["主要领导"]),
    ("镇长亲自推动政务公开工作，全年专题研究2次。", ["镇长"]),
])
def test_leading_verbs_name_the_official(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


def test_leading_verbs_about_other_work_name_no_official():
    assert _facts("镇长亲自研究部署安全生产工作，全年检查12次。", "responsible_official") == []


# family: the work's body named first, then the office said to be it (主管部门是…, 牵头单位为…),
# and the office's own line of business (归口负责)
@pytest.mark.parametrize("text, want", [
    ("政务公开工作的主管部门是县政府办公室。", ["县政府办公室"]),
    ("全县政务公开工作的牵头单位为县政务公开办，各乡镇明确专人负责。", ["县政务公开办"]),
    ("我局政务公开工作的责任科室为办公室，信息由各科室提供。", ["办公室"]),
    ("政务公开工作由综合股归口负责。", ["综合股"]),
])
def test_the_body_of_the_work_named_first(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


def test_a_body_named_outside_the_work_is_no_office():
    assert _facts("本中心主管部门为县政府办公室。全年开展培训3次。", "responsible_office") == []


# family: one person's titles as a 、-list after the cue (分管领导为党组成员、副局长): the post is
# listed; a party membership title before it only says who holds it (narrative._posts_over_membership)
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n本局政务公开工作由办公室负责，分管领导为党组成员、副局长。", ["副局长"]),
    ("政务公开工作分管领导：党工委委员、副主任。", ["副主任"]),
    ("2024年，明确由党委委员、副镇长分管政务公开工作。", ["副镇长"]),
])
def test_one_persons_titles_after_the_cue(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # the members after the one in charge are no officials
    ("政务公开工作由镇长负责，党委委员、宣传委员、组织委员为小组成员。", ["镇长"]),
    ("以镇长为组长、党委委员为成员，负责政务公开工作。", ["镇长"]),
])
def test_members_listed_after_are_not_in_charge(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


# family: the organ's own word before its office (我街道, 本机关, 本部门, 本厅): no part of the name
@pytest.mark.parametrize("text, want", [
    ("政务公开工作由我街道党政办公室具体负责。", ["党政办公室"]),
    ("本机关办公室负责政务公开日常工作。", ["办公室"]),
    ("政务公开工作由本部门综合科具体负责。", ["综合科"]),
    ("本厅办公室承担政务公开日常工作。", ["办公室"]),
])
def test_the_organs_own_word_before_its_office(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


# family: the post given the charge of checking the work (负责审核把关, 负责信息审核和发布) is in
# charge; one step of a review chain (分管领导审核, 负责终审, 经…审定) is not
@pytest.mark.parametrize("text, want", [
    ("（三）政府信息管理。局分管领导负责审核把关，办公室统筹协调，各科室按职责提供公开信息。", ["分管领导"]),
    ("2024年，我局政务公开工作由分管副局长负责，由办公室主任具体负责信息审核和发布。", ["办公室主任", "分管副局长"]),
    ("镇政务公开工作由分管副镇长负责内容审核，党政办具体承办。", ["分管副镇长"]),
])
def test_a_charge_of_checking_the_work(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text", [
    "信息公开实行三审制，科室负责人负责初审，办公室主任负责复审，分管领导负责终审。",
    "政务公开信息实行科室初核、分管领导审核、主要领导签发的三级审核制度。",
    "需要公开的事项由联络员整理，经分管领导审定后在网站公开。",
])
def test_a_step_of_a_review_chain_is_no_charge(text):
    assert _facts(text, "responsible_official") == []
