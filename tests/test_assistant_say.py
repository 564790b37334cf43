"""``assistant.sayrows.say_rows`` on rows given directly: one organ's two years asked against each
other (Y1年比Y2年多多少), the year → value map read once for the difference and for the years
that have none."""
import pytest

from assistant.answer import Answer
from assistant.queryplan import QueryPlan
from assistant.say import metric_of
from assistant.sayrows import say_rows


def said(rows, year_diff=(2021, 2020), gap=False):
    plan = QueryPlan(kind="figure", metric="requests", year_diff=year_diff, year_gap=gap)
    a = Answer(question="", text="", understood=True, rows=[list(r) for r in rows], plan=plan)
    say_rows(a, plan, metric_of(plan))
    return a


@pytest.mark.parametrize("rows,want", [
    ([("甲镇", 0, 2021, 12), ("甲镇", 0, 2020, 5)], 7),
    ([("甲镇", 0, 2020, 5), ("甲镇", 0, 2021, 2)], -3),
    ([("甲镇", 0, 2021, 0), ("甲镇", 0, 2020, 0)], 0),
    # a year printed twice, once blank: the value stated is that year's
    ([("甲镇", 0, 2021, 12), ("甲镇", 0, 2021, None), ("甲镇", 0, 2020, 5)], 7),
])
def test_two_years_stated_give_their_difference(rows, want):
    a = said(rows)
    assert a.value == want and a.text.startswith("甲镇2021年"), a.text


def test_the_gap_asked_is_its_size():
    assert said([("甲镇", 0, 2021, 2), ("甲镇", 0, 2020, 5)], gap=True).value == 3


@pytest.mark.parametrize("rows,missing", [
    ([("甲镇", 0, 2020, 5)], "2021年"),                              # no report of one year
    ([("甲镇", 0, 2021, None), ("甲镇", 0, 2020, 5)], "2021年"),      # the figure left blank
    ([("甲镇", 0, 2021, None), ("甲镇", 0, 2020, None)], "2021年、2020年"),
])
def test_a_year_with_no_value_gives_no_difference(rows, missing):
    a = said(rows)
    assert a.value is None and a.text.startswith(f"无法计算差值：甲镇{missing}没有报告或未填写"), a.text
