"""Rule government_office_of (assistant/planorgans.py): a government's name with its office after
it (二七区政府办, 某县政府办公室, 某市政府办公厅) where the store holds the government's report and no
report of the office is answered from the government's report — the report its office writes —
and the reading says so; never silently. Places real, organs and figures invented.
"""
from __future__ import annotations

import pytest

from test_assistant_questions import converse, record, t3, write_store


def corpus() -> list[dict]:
    return [
        record("金水区人民政府", "金水区", "county", "金水区", 2022, t3(31),
               contact={"email": "jsqgk@example.cn", "phones": ["0371-65550101"]}),
        record("登封市人民政府", "登封市", "county", "登封市", 2022, t3(12),
               contact={"email": "dfgk@example.cn", "phones": ["0371-62870000"]}),
        record("开封市人民政府", "开封市", "city", None, 2022, t3(140),
               contact={"email": "kfzwgk@example.cn"}),
        # a government's office that publishes a report of its own, stored at the county's level
        record("巩义市人民政府办公室", "巩义市政府办", "county", "巩义市", 2022, t3(4),
               contact={"email": "gyban@example.cn"}),
        record("金水区教育局", "教育局", "county_dept", "金水区", 2022, t3(2)),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("govoffice17") / "g.db", corpus())


@pytest.mark.parametrize("q,gov,value", [
    ("金水区政府办的邮箱是啥", "金水区政府", "jsqgk@example.cn"),
    ("登封市政府办公室的电子邮箱发我一下", "登封市政府", "dfgk@example.cn"),
    ("开封市政府办公厅邮箱多少", "开封市政府", "kfzwgk@example.cn"),
])
def test_office_of_a_government_answered_from_its_report_and_said(db, q, gov, value):
    a = converse(db, q)
    first = a.text.splitlines()[0]
    assert first.startswith("我理解为：")
    assert f"按“{gov}”的报告理解" in first, first
    assert value in a.text


def test_office_figure_question_is_said_too(db):
    a = converse(db, "金水区政府办2022年收到多少政府信息公开申请")
    assert "按“金水区政府”的报告理解" in a.text.splitlines()[0]
    assert a.value == 31


@pytest.mark.parametrize("q", [
    "金水区政府办理了多少政府信息公开申请",   # 办理: a verb, no office
    "金水区政府的邮箱是啥",                   # the government itself
    "巩义市政府办的邮箱是啥",                 # the office's own report is stored: its name
])
def test_no_office_note_where_none_is_read(db, q):
    a = converse(db, q)
    assert "的报告理解（政府办公室" not in a.text, a.text.splitlines()[0]


def test_office_report_stored_is_the_one_answered(db):
    a = converse(db, "巩义市政府办的邮箱是啥")
    assert "gyban@example.cn" in a.text
