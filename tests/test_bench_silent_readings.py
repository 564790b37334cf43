"""bench.silent_readings: an answer whose reading drops a year, province, level or kind the
question names is listed; one that states it, or says it could not read it, is not."""
from __future__ import annotations

import pytest

from bench.silent_readings import _words, suspects

WORDS = _words()


def ans(question: str, answer: str) -> dict:
    return {"set": "t", "questions": [question], "answer": answer}


@pytest.mark.parametrize("question, answer, want", [
    ("福建乡镇和街道里零申请的", "我理解为：层级=乡镇；地区=道里区；条件=等于0\n库中没有道里区乡镇的报告。", ["地区 福建"]),
    ("2021年零申请的有几份", "我理解为：条件=等于0；统计=报告份数\n共3份。", ["年份 2021"]),
    ("县直部门有几份报告", "我理解为：统计=报告份数\n共40份。", ["层级 县直部门"]),
    ("海关的报告有几份", "我理解为：统计=报告份数\n共153份。", ["机关类别 海关"]),
])
def test_a_dropped_condition_is_listed(question, answer, want):
    assert suspects(ans(question, answer), *WORDS) == want


@pytest.mark.parametrize("question, answer", [
    ("福建的乡镇报告有几份", "我理解为：层级=乡镇；地区=福建省；统计=报告份数\n共2份。"),
    ("2021年零申请的有几份", "我理解为：年份=2021；条件=等于0\n共3份。"),
    ("海关的报告有几份", "我理解为：机关类别=海关\n库中没有“海关”的报告。"),
    ("用2019版表格的报告有几份", "我理解为：模板=2019版；统计=报告份数\n共18份。"),
    # words of another sense: 民政 in 人民政府, 统计 as a verb, 邮政 of 邮政编码
    ("县级人民政府的报告有几份", "我理解为：层级=县级政府；统计=报告份数\n共20份。"),
    ("按年份统计一下报告数量", "我理解为：分组=按年份\n…"),
    ("桦南县政府的邮政编码", "我理解为：机关=桦南县政府；联系方式=邮编\n…"),
])
def test_a_stated_or_said_condition_is_not(question, answer):
    assert suspects(ans(question, answer), *WORDS) == []
