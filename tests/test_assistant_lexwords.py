"""The word lists of the assistant's readers are data (lexicons/question_blanks.tsv,
question_group_top.tsv, question_dropped_filters.tsv, question_year_shift_around.tsv,
question_each.tsv, question_template_said.tsv, question_rank_followup.tsv,
question_sum_words.tsv): every file loads with the roles its reader asks for, and each reader
still reads its family in several shapes from those rows."""
from __future__ import annotations

import pytest

from assistant import lexwords
from assistant.blanks import blanks_left_out
from assistant.grouptop import read_group_top
from assistant.queryplan import QueryPlan
from assistant.widen import drop_filters, read_dropped
from assistant.words import Text
from assistant.yearshift import year_shift
from extractor.lexicon import LexiconError

ROLES = {
    "question_blanks": ("blank", "left_out", "leave_out", "only", "filled", "field"),
    "question_group_top": ("group", "most"),
    "question_sum_words": ("figures", "joined", "over", "turns", "groups"),
    "question_dropped_filters": ("field", "drop", "drop_after", "name"),
    "question_year_shift_around": ("lead", "tail", "end"),
    "question_each": ("each",),
    "question_template_said": ("typo", "onward", "template"),
    "question_rank_followup": ("lead", "place", "who"),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_each_file_loads_with_its_roles(name):
    assert {r["role"] for r in lexwords.rows(name)} == set(ROLES[name])
    for role in ROLES[name]:
        ws = lexwords.words(name, role)
        assert ws and list(ws) == sorted(ws, key=len, reverse=True)   # longest first


def test_a_role_no_row_has_is_an_error_naming_the_roles():
    with pytest.raises(LexiconError, match=r"question_group_top.tsv: no row of role 'biggest' "
                                           r"\(roles: group, most\)"):
        lexwords.words("question_group_top", "biggest")


def test_a_value_outside_the_valid_ones_is_an_error():
    with pytest.raises(LexiconError, match=r"most '最多' has value 'max' \(valid: min\)"):
        lexwords.values("question_group_top", "most", ("min",))


@pytest.mark.parametrize("q, said", [
    ("平均每家收到几件申请，没填的不算", "没填的不算"),            # blank + 的 + left_out
    ("各县直部门的总数，空着的那些一律除外", "空着的那些一律除外"),
    ("不算那些没有提供数据的单位，平均多少", "不算那些没有提供数据的单位"),   # leave_out first
    ("只统计有数字的报告，最多的是谁", "只统计有数字的报告"),          # 只 + only + filled
])
def test_blanks_left_out_are_read(q, said):
    t = Text(q)
    assert blanks_left_out(t) == f"“{said}”：未填写该项的报告本来就不计入"
    assert said not in t.s   # taken


@pytest.mark.parametrize("q", ["电话没写的不算", "表三空着的除外", "不填写就不算数"])
def test_blanks_of_a_field_or_no_blank_phrase_are_not_read(q):
    assert blanks_left_out(Text(q)) is None


def _group_top(q, group_by=None, agg=None):
    p = QueryPlan(group_by=group_by, agg=agg)
    fired: list = []
    read_group_top(p, q, Text(q), lambda k, v, rule: setattr(p, k, v), fired)
    return p.group_by, p.group_top, p.agg, fired


def test_group_top_reads_its_words():
    assert _group_top("按年份合计，哪一年最多", "year", "max") == ("year", "max", None, ["group_top"])
    assert _group_top("各级加起来，最低的是哪一级") == ("level", "min", None, ["group_top"])
    assert _group_top("各省份收到的申请汇总后哪个省份最小") == ("province", "min", None, ["group_top"])
    assert _group_top("哪一年收到的申请最多") == (None, None, None, [])   # no sum word, no grouping
    assert _group_top("按年份分组，哪个县最多", "year") == ("year", None, None, [])


@pytest.mark.parametrize("q, dropped", [
    ("不限年份呢", ("years",)),
    ("那所有层级的呢", ("levels",)),
    ("地区都可以", ("region",)),
    ("不管格式，年度不限", ("years", "template")),
    ("不限年报", ()),   # 年 of 年报 is no year
])
def test_dropped_filters_are_read(q, dropped):
    assert read_dropped(Text(q)) == dropped


def test_a_dropped_filter_is_named_in_the_note():
    plan = drop_filters(QueryPlan(years=(2021,), levels=("township",)), ("years", "levels"))
    assert (plan.years, plan.levels) == ((), ())
    assert plan.notes[-1] == "不限年份、层级：去掉了上一问的这项条件"


@pytest.mark.parametrize("q, hit", [
    ("上一年呢", ("上一年", -1)),
    ("那么下一年度的情况？", ("下一年度", 1)),
    ("换成去年那份的", ("去年", -1)),
    ("再看看次年的数字吗", ("次年", 1)),
    ("上一年收到多少申请", None),   # more than a relative year: the other rules'
])
def test_a_relative_year_asked_alone_is_read(q, hit):
    assert year_shift(q) == hit


@pytest.mark.parametrize("q, said, note", [
    ("2019版模版的报告有哪些", "2019版模板的报告有哪些", "“模版”按“模板”理解"),   # typo
    ("用新模本的单位", "用新模板的单位", "“模本”按“模板”理解"),
    ("2021年以后的新模板有几份", "2021版模板有几份",                           # onward + template
     "“2021年以后的…模板”按2021版模板理解（不是2021年以后各年）"),
    ("2021年起使用的表格样式", "2021版表格样式", "“2021年起使用的…模板”按2021版模板理解（不是2021年以后各年）"),
    ("2021开始的格式", "2021版格式", "“2021开始的…模板”按2021版模板理解（不是2021年以后各年）"),
])
def test_template_said_reads_its_rows(q, said, note):
    from assistant.templatesaid import template_said
    assert template_said(q) == (said, note)


@pytest.mark.parametrize("q", ["模本本子", "2019年以后的模板", "2021年以后各年的申请", "2021年以后收到多少"])
def test_template_said_leaves_other_words(q):
    from assistant.templatesaid import template_said
    assert template_said(q) == (q, None)


@pytest.mark.parametrize("q, asked", [
    ("第二名呢", (2, False)),                      # place
    ("那么第3位是谁", (3, False)),                 # lead + place + who
    ("再看看倒数第二高是哪家？", (2, True)),
    ("那个第五是哪个机关呢", (5, False)),
    ("看看第十个", (10, False)),
])
def test_rank_followup_reads_its_rows(q, asked):
    from assistant.rankfollow import rank_asked
    assert rank_asked(q) == asked


@pytest.mark.parametrize("q", ["第二名的电话呢", "这第二名呢", "第二十一名呢", "第二名哪个部门"])
def test_rank_followup_is_only_those_words(q):
    from assistant.rankfollow import rank_asked
    assert rank_asked(q) is None
