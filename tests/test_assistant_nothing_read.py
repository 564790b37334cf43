"""Family (kept-back blindv18 m45, session 15): a question of which nothing but what is asked was
read, its other words left unread (有没有报告连年份都没写的: 连年份都), was answered 有。 with every
report of the store. Those words are its condition: it is said and asked back, never answered as
the unfiltered list. A question asking for every report in so many words is still answered."""
import pytest

from assistant import Conversation

from test_assistant_familiesv import _rec
from test_assistant_questions import t3, write_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [_rec("东溪镇人民政府", "东溪镇", "township", 2022, {**t3(0)}),
            _rec("西岭街道办事处", "西岭街道", "subdistrict", 2023, {**t3(2)}),
            _rec("北河县教育局", "教育局", "county_dept", 2021, {**t3(5)})]
    return write_store(tmp_path_factory.mktemp("nothing_read") / "s.db", recs)


@pytest.mark.parametrize("q", [
    "有没有报告连公章都没盖的？是哪几份",   # (连年份都没写 is read since session 16: rule unstated_meta)
    "哪些报告的落款日期晚于发布日期",
    "有哪些报告附件缺页了",
    "哪些年报被通报批评过",
])
def test_words_left_unread_are_the_condition_never_every_report(db, q):
    a = Conversation(str(db)).ask(q)
    assert not a.reports and a.value is None, a.text
    assert "没能理解这个问题" in a.text, a.text   # said, whichever rule says it


@pytest.mark.parametrize("q", ["一共有多少份年度报告？", "哪些报告", "列出所有年报"])
def test_every_report_asked_for_is_answered(db, q):
    a = Conversation(str(db)).ask(q)
    assert len(a.reports) == 3 or a.value == 3, a.text
