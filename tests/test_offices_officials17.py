"""Responsible offices and officials: families of session 17 (sentences written for these tests,
each family in several shapes, with negatives).

Families: the office that handles the applications (登记受理, 统一登记, 审核把关 in a sentence about
申请), two of them where two are named; an office with a verb glued before it (实行党政办公室统一
受理); one office found with and without its rank word (镇党政办 / 党政办) is one; the leader who
signs off the answers when the report ties no other to the work; a role word (主要领导, 分管领导)
restating a post of its kind named before it in its sentence."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

LEAD = "一、总体情况\n2024年，本单位经济平稳运行。"


def _facts(text: str, kind: str) -> list[str]:
    text = LEAD + text + "\n二、主动公开政府信息情况\n略。\n"
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == kind})


# ---------------------------------------------------------------- offices handling the applications
@pytest.mark.parametrize("text,offices", [
    ("政府信息公开申请由党政办公室登记受理，按期答复。", ["党政办公室"]),
    ("依申请公开件由综合办公室受理登记后转承办科室办理。", ["综合办公室"]),
    ("收到的公开申请由局办公室统一登记，法规科审核把关后答复申请人。", ["局办公室", "法规科"]),
    ("对群众的信息公开申请，街道党政办统一登记，司法所审核把关后按时答复。", ["司法所", "街道党政办"]),
])
def test_the_office_handling_the_applications(text, offices):
    assert _facts(text, "responsible_office") == sorted(offices)


@pytest.mark.parametrize("text", [
    # the same words outside a sentence about applications: no office by them
    "来访群众由便民服务中心登记受理后转相关部门。",
    "全年由档案室统一登记各类文件，财务股审核把关各项支出。",
])
def test_handling_words_without_applications(text):
    assert _facts(text, "responsible_office") == []


@pytest.mark.parametrize("text,office", [
    ("依申请公开工作实行党政办公室统一受理、承办股室限时办理的机制。", "党政办公室"),
    ("信息发布实行办公室统一审核把关，严格落实保密审查。依申请公开实行综合科具体承办。", "综合科"),
])
def test_a_verb_before_the_office_is_no_part_of_it(text, office):
    assert office in _facts(text, "responsible_office")
    assert not any(v.startswith(("依申请", "信息发布")) for v in _facts(text, "responsible_office"))


@pytest.mark.parametrize("text,office", [
    ("明确党政办为政务公开工作的具体承办机构。申请件由镇党政办统一受理。", "镇党政办"),
    ("办公室具体负责政务公开日常工作。依申请公开由局办公室统一受理。", "局办公室"),
    ("县政府办公室具体负责政务公开工作。办公室承担日常工作。", "县政府办公室"),
])
def test_one_office_with_and_without_its_rank_word(text, office):
    assert _facts(text, "responsible_office") == [office]


def test_two_offices_sharing_a_last_word_stay_two():
    assert _facts("政务公开办公室具体负责公开工作，局办公室负责信息发布。", "responsible_office") \
        == ["局办公室", "政务公开办公室"]


# ---------------------------------------------------------------- the leader who signs off
@pytest.mark.parametrize("text,posts", [
    ("申请公开件由党政办公室登记受理，分管副镇长审签后统一答复。", ["分管副镇长"]),
    ("依申请公开件由镇党政办统一受理，经分管副镇长审核后答复。", ["分管副镇长"]),
    ("对政府信息公开申请，办公室提出答复意见，报分管副局长签发。", ["分管副局长"]),
])
def test_the_leader_signing_off_the_answers(text, posts):
    assert _facts(text, "responsible_official") == posts


@pytest.mark.parametrize("text,posts", [
    # a leader in charge named elsewhere: the one signing off is no second
    ("镇长为政务公开第一责任人。申请公开件由党政办公室登记受理，分管副镇长审签后答复。", ["镇长"]),
    # sign-off outside applications: none
    ("信息发布前由分管副局长审核把关后发布。", []),
])
def test_a_signer_is_no_leader_beside_one_in_charge(text, posts):
    assert _facts(text, "responsible_official") == posts


# ---------------------------------------------------------------- role words restating a post
@pytest.mark.parametrize("text,posts", [
    ("成立以局长任组长、分管副局长任副组长的政务公开领导小组，形成主要领导亲自抓、分管领导具体抓的工作格局。",
     ["分管副局长", "局长"]),
    ("镇长任政务公开工作领导小组组长，副镇长任副组长，构建主要负责人总负责、分管负责人具体抓的公开工作体系。",
     ["副镇长", "镇长"]),
])
def test_role_words_restating_posts(text, posts):
    assert _facts(text, "responsible_official") == posts


@pytest.mark.parametrize("text,posts", [
    # a role of the other kind is a second person (the deputy in charge besides the head)
    ("局长为政务公开第一责任人，分管领导具体负责政务公开工作。", ["分管领导", "局长"]),
    # the role word alone names the leaders
    ("形成主要领导亲自抓、分管领导具体抓的政务公开工作格局。", sorted(["分管领导", "主要领导"])),
])
def test_role_words_that_restate_nothing(text, posts):
    assert _facts(text, "responsible_official") == posts


def test_a_deputy_secretary_is_restated_by_no_deputy_role():
    text = "镇成立由镇党委副书记、镇长任组长，分管领导任副组长的政务公开工作领导小组。"
    assert _facts(text, "responsible_official") == sorted(["党委副书记", "镇长", "分管领导"])
