"""Responsible offices and officials: families of session 16 (sentences written for these tests,
each family in several shapes, with negatives).

Families: an office charged with publishing the organ's information (负责信息发布, 负责信息收集和
发布, 负责信息的审核发布) does the disclosure work though its sentence never says 公开; an office
that carries the work forward (具体推进); a leader who studies the work at a dedicated meeting
(专题研究, 研究部署)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == kind})


@pytest.mark.parametrize("text,office", [
    ("2024年，全镇经济平稳运行。乡党政办公室安排2名工作人员兼职负责信息发布。\n", "乡党政办公室"),
    ("2024年，全镇经济平稳运行。街道综合办公室明确一名干部负责信息收集和发布，发布前由科室负责人初审。\n", "街道综合办公室"),
    ("2024年，全镇经济平稳运行。局办公室配备专人负责信息的审核发布，确保内容准确。\n", "局办公室"),
    ("2024年，全镇经济平稳运行。按照政务公开工作分工，由分管副局长统筹，局办公室具体推进，各股室配合。\n", "局办公室"),
])
def test_the_office_doing_the_work(text, office):
    assert _facts(text, "responsible_office") == [office]


@pytest.mark.parametrize("text", [
    # a support task, or work that is no publishing and no disclosure
    "2024年，全镇经济平稳运行。信息中心负责网站技术保障和信息发布平台运维。\n",
    "2024年，全镇经济平稳运行。局办公室负责财务工作。\n",
    "2024年，全镇经济平稳运行。办公室负责新闻发布会的组织。\n",
])
def test_no_office_doing_the_work(text):
    assert _facts(text, "responsible_office") == []


@pytest.mark.parametrize("text,posts", [
    ("2024年，全镇经济平稳运行。局主要负责同志专题研究政务公开工作，分管副局长具体抓。\n", ["主要负责同志", "分管副局长"]),
    ("2024年，全镇经济平稳运行。县长专题研究部署政务公开工作2次。\n", ["县长"]),
    ("2024年，全镇经济平稳运行。镇长多次研究部署政府信息公开工作。\n", ["镇长"]),
])
def test_a_leader_studying_the_work(text, posts):
    assert _facts(text, "responsible_official") == sorted(posts)


def test_a_meeting_named_after_a_post_is_no_leader():
    assert _facts("2024年，全镇经济平稳运行。局长办公会专题研究政务公开工作3次。\n", "responsible_official") == []
