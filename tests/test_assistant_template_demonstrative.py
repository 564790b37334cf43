"""A template's year with a demonstrative before its 版 (2019年那版表格, 2021年这版格式) is the
template, never the year; a year with a demonstrative before 报告 (2019年那些报告) stays a year.
Questions written for this test, on the tests' own store."""
from __future__ import annotations

import pytest

from assistant import ask
from test_assistant_questions import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("tmpl") / "corpus.db")


@pytest.mark.parametrize("q, template, year", [
    ("用2019年那版表格格式的报告有几份", "2019", None),
    ("2019年那版模板的报告有哪些", "2019", None),
    ("用2021年这版格式的报告有几份", "2021", None),
    ("2019年那个版本的表格填了哪些", "2019", None),
    ("2019年那些报告有几份", None, 2019),
])
def test_a_demonstrative_before_the_templates_word(db, q, template, year):
    a = ask(db, q)
    assert (a.plan.template, a.plan.years) == (template, (year,) if year else ()), a.text
