"""A report against itself outside its tables' identities (extractor/selfcheck.py, family
self_check): the same figure stated twice, a part larger than its whole, the prose against table
2, the title's year against the period's. Every passage below is written for these tests."""
from __future__ import annotations

import pytest

from extractor.record import Figure, Organ, Record
from extractor.selfcheck import part_le_whole, prose_vs_t2, restated, rule_prefixes, self_checks, title_vs_period
from store import labels as L


def rec(text: str, level: str = "township", year: int | None = 2023, figures=()) -> Record:
    return Record(source={"path": "x.txt"}, text=text, organ=Organ(level=level), year=year,
                  figures=list(figures))


def cell(text: str, key: str, raw: str) -> Figure:
    """A table cell of ``text``: its first ``raw`` after the table's row label."""
    s = text.index(raw, text.index("规范性文件\t"))
    return Figure(key, int(raw), "件", "table", raw, [s, s + len(raw)])


def only(checks, prefix):
    got = [c for c in checks if c.rule.startswith(prefix)]
    assert len(got) <= 1, got
    return got[0] if got else None


def spans_quote(text: str, c, *raws):
    for (s, e), raw in zip(c.spans, raws):
        assert raw in text[s:e] or text[s:e] in raw, (text[s:e], raw)


# -- 1. the same figure stated twice -------------------------------------------------------------

RESTATED = [
    # two parts of the report, the same whole
    ("一、总体情况\n（一）主动公开情况\n2023年，我镇主动公开政府信息45条。\n（四）平台建设情况\n全年我镇主动公开政府信息52条，信息更新及时。",
     "n.restated.active_published", 45, 52),
    # the same channel named both times
    ("（一）主动公开\n本年度，我局通过区政府门户网站公开信息30条。\n（四）平台建设\n我局在区政府门户网站设置专栏，全年通过门户网站公开政府信息28条。",
     "n.restated.active_published", 30, 28),
    # the WeChat account's posts, said in two parts
    ("（一）主动公开\n我镇通过微信公众号发布信息60条。\n（四）平台建设\n全年微信公众号发布信息66条。",
     "n.restated.wechat_posts", 60, 66),
    # applications said in 总体情况 and again in 依申请公开
    ("（一）总体情况\n全年我乡共收到政府信息公开申请6件，均按时答复。\n（二）依申请公开\n本年度我乡收到政府信息公开申请8件，办结8件。",
     "n.restated.requests_received", 6, 8),
]


@pytest.mark.parametrize("text,rule,first,other", RESTATED)
def test_a_figure_stated_again_with_another_count_fails(text, rule, first, other):
    c = only(restated(rec(text)), "n.restated.")
    assert c is not None and c.rule == rule and c.ok is False and c.severity == "soft"
    assert (c.expected, c.found) == (first, other)
    spans_quote(text, c, f"{first}", f"{other}")
    assert f"“" in c.message and str(first) in c.message and str(other) in c.message


@pytest.mark.parametrize("text", [
    # the same count said twice agrees
    "（一）主动公开\n我镇主动公开政府信息45条。\n（四）平台建设\n全年我镇主动公开政府信息45条。",
])
def test_a_figure_stated_again_with_the_same_count_passes(text):
    c = only(restated(rec(text)), "n.restated.")
    assert c is not None and c.ok is True and c.expected == c.found == 45


@pytest.mark.parametrize("text", [
    # a breakdown of the whole (其中 …)
    "（一）主动公开\n我镇主动公开政府信息120条。\n（四）平台建设\n其中，我镇通过门户网站主动公开政府信息80条。",
    # last year's count, or a change
    "（一）主动公开\n我镇主动公开政府信息120条。\n（四）对比\n上年我镇主动公开政府信息90条。",
    "（一）主动公开\n我镇主动公开政府信息120条。\n（四）对比\n同比主动公开政府信息增加30条。",
    # approximate
    "（一）主动公开\n我镇主动公开政府信息120条。\n（四）平台建设\n全年我镇主动公开政府信息约130条。",
    # a running total against the year's
    "（一）主动公开\n2023年我镇主动公开政府信息120条。\n（四）平台建设\n截至目前，我镇累计主动公开政府信息3000条。",
    # the whole county's, in a township's report
    "（一）主动公开\n我镇主动公开政府信息120条。\n（四）平台建设\n全县主动公开政府信息900条。",
    # one channel's share against the whole
    "（一）主动公开\n我镇主动公开政府信息150条。\n（四）平台建设\n我镇通过政府网站主动公开信息100条。",
    # one kind of information
    "（一）主动公开\n我局主动公开政府信息150条。\n（四）平台建设\n主动公开财政预决算信息12条。",
    # another unit (条 against 篇)
    "（一）主动公开\n我镇通过微信公众号发布信息60条。\n（四）平台建设\n我镇通过微信公众号发布信息75篇。",
    # one paragraph's list (总数…：各类…) is no second place
    "（一）主动公开\n全年主动公开政府信息总数171条：工作动态信息124条，通知公告34条。",
])
def test_a_count_that_is_no_second_statement_of_the_figure_is_not_compared(text):
    c = only(restated(rec(text)), "n.restated.")
    assert c is None or c.ok is True, c


# -- 2. a part larger than its whole ---------------------------------------------------------------

PARTS = [
    ("全年主动公开政府信息80条，其中通过“某某镇”微信公众号发布信息120篇。", "n.part_le_whole.wechat", 80, 120),
    ("我局通过政府网站公开信息300条，通过政务新媒体公开信息500条。其中，政务微博发布信息950条、抖音号发布作品20条。",
     "n.part_le_whole.weibo", 800, 950),
    ("本年度共收到政府信息公开申请4件，其中自然人申请6件。", "n.part_le_whole.item", 4, 6),
]


@pytest.mark.parametrize("text,rule,whole,part", PARTS)
def test_a_part_larger_than_its_whole_fails(text, rule, whole, part):
    c = only(part_le_whole(text), rule)
    assert c is not None and c.ok is False and c.severity == "soft"
    assert (c.expected, c.found) == (whole, part)
    assert str(part) in text[c.spans[1][0]:c.spans[1][1]]


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息180条，其中通过微信公众号发布信息120篇、政府网站发布信息60条。",
    "本年度共收到政府信息公开申请4件，其中自然人申请3件，法人或其他组织申请1件。",
])
def test_parts_within_their_whole_pass(text):
    checks = part_le_whole(text)
    assert checks and all(c.ok is True for c in checks), checks


@pytest.mark.parametrize("text", [
    # a running total as the part
    "全年发布信息80条，其中公众号自开通以来累计发布信息2000条。",
    # an approximate whole
    "全年发布信息1200余条，其中公众号发布信息1500条。",
    # reactions, not items
    "全年发布信息50条，其中公众号回复网民留言60条。",
    "全年发布信息50条，其中单条信息最高阅读300次。",
    # another unit class
    "全年发布信息10条，其中转发上级文件15件。",
    # another year, or a change
    "全年主动公开信息100条，其中较上年增加150条。",
    # 其中 opening a paragraph: what it is part of is not beside it
    "全年主动公开信息100条。\n其中，微信公众号发布信息150条。",
    # a whole's number wrapped over a line (13⏎56条 is 1356)
    "全年主动公开政府信息13\n56条，其中微信公众号发布412条。",
    "全年主动公开政府信息1,2\n08条，其中行政处罚信息673条。",
    # a ； closes the 其中 list: what follows is another channel's own count
    "全年通过门户网站主动公开政府信息286条，其中政策文件19条、通知公告20条；通过某某公众号发布信息377条。",
    # a part through another channel than the whole's
    "全年通过门户网站主动公开信息200条，其中公众号推送信息300条。",
    # 其中 of a part itself (对其中一件…, 对其中两件…)
    "收到申请后，对其中一件予以公开，对其中两件部分公开。",
])
def test_a_part_not_comparable_with_a_whole_is_not_a_failure(text):
    assert all(c.ok is not False for c in part_le_whole(text)), part_le_whole(text)


# -- 3. the prose against table 2 -------------------------------------------------------------------

T2_2021 = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规范性文件\t3\t0\t7\n"
T2_2019 = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规范性文件\t4\t4\t9\n"


@pytest.mark.parametrize("prose,table,key,raw,prose_n,table_n", [
    ("2023年，我区制发行政规范性文件2件。\n", T2_2021, "t2.normative.made", "3", 2, 3),
    ("全年印发规范性文件5件，均按程序公开。\n", T2_2021, "t2.normative.made", "3", 5, 3),
    ("本年度公开规范性文件6件。\n", T2_2019, "t2.normative.new_published", "4", 6, 4),
])
def test_a_prose_count_the_table_states_otherwise_fails(prose, table, key, raw, prose_n, table_n):
    text = prose + table
    c = only(prose_vs_t2(text, rec(text, figures=[cell(text, key, raw)])), "n.prose_vs_t2.")
    assert c is not None and c.rule == "n.prose_vs_t2.normative" and c.ok is False
    assert (c.expected, c.found) == (prose_n, table_n)
    assert text[c.spans[1][0]:c.spans[1][1]] == raw and str(prose_n) in text[c.spans[0][0]:c.spans[0][1]]


@pytest.mark.parametrize("prose", [
    "现行有效规范性文件12件。\n",
    "清理规范性文件8件，废止2件。\n",
    "全县制发规范性文件20件。\n",
    "较上年多制发规范性文件2件。\n",
])
def test_a_prose_count_of_another_thing_is_not_compared(prose):
    text = prose + T2_2021
    assert prose_vs_t2(text, rec(text, figures=[cell(text, "t2.normative.made", "3")])) == []


def test_a_prose_count_the_table_agrees_with_passes_and_none_without_a_table():
    text = "本年度制发规范性文件3件。\n" + T2_2021
    c = only(prose_vs_t2(text, rec(text, figures=[cell(text, "t2.normative.made", "3")])), "n.prose_vs_t2.")
    assert c.ok is True
    assert prose_vs_t2("本年度制发规范性文件3件。", rec("本年度制发规范性文件3件。")) == []


# -- 4. the title's year against the period's ------------------------------------------------------

@pytest.mark.parametrize("text,title,period", [
    ("某某镇人民政府2020年政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n",
     2020, 2021),
    ("根据条例规定，我镇编制了《某某镇2022年政府信息公开工作年度报告》。所列数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n",
     2022, 2023),
])
def test_a_title_year_other_than_the_period_fails(text, title, period):
    c = title_vs_period(text)
    assert c is not None and c.rule == "year.title_vs_period" and c.ok is False
    assert (c.expected, c.found) == (title, period)
    assert [text[s:e] for s, e in c.spans] == [str(title), str(period)]


@pytest.mark.parametrize("text,ok", [
    ("某某县民政局2023年政府信息公开工作年度报告\n本报告统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n", True),
    # no period stated: nothing to compare
    ("某某县民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局…\n", None),
    # a cited notice's year is no title
    ("某某县民政局2023年政府信息公开工作年度报告\n根据《某某县人民政府办公室关于做好2022年政府信息公开工作年度报告编制工作的通知》要求，"
     "本报告统计时间为2023年1月1日至12月31日。\n一、总体情况\n", True),
])
def test_a_title_year_the_period_agrees_with_passes(text, ok):
    c = title_vs_period(text)
    assert (c.ok if c else None) is ok


# -- the registry, the record and the labels -------------------------------------------------------

def test_each_rule_is_registered_with_its_chinese_text():
    assert set(rule_prefixes()) == {"n.restated.", "n.part_le_whole.", "n.prose_vs_t2.", "year.title_vs_period"}
    assert L.check("n.restated.active_published") == "正文不同段落两次所述同一数字相同（主动公开信息）"
    assert L.check("n.part_le_whole.wechat") == "正文所述分项数不大于其所属总数（微信公众号）"
    assert L.check("n.part_le_whole.item") == "正文所述分项数不大于其所属总数（所列分项）"
    assert L.check("n.prose_vs_t2.normative") == "正文所述件数 = 表二本年数（规范性文件）"
    assert L.check("year.title_vs_period") == "标题所署年份 = 统计期限的年份"
    assert L.check_family("n.part_le_whole.weibo") == "正文所述分项数不大于其所属总数"


def test_a_failed_self_check_is_shown_with_both_passages_and_its_spans_are_in_the_record():
    text = RESTATED[0][0]
    r = rec(text)
    r.checks = self_checks(r)
    c = next(c for c in r.to_dict()["checks"] if c["rule"] == "n.restated.active_published")
    assert len(c["spans"]) == 2 and c["severity"] == "soft"
    shown = L.check_message(c)
    assert "主动公开政府信息45条" in shown and "主动公开政府信息52条" in shown
    assert Record.from_dict(r.to_dict()).checks[0].spans == c["spans"]


def test_a_check_of_a_table_keeps_its_json_shape():
    r = rec("x")
    from extractor.record import Check
    r.checks = [Check("t3.sum.total", True, "hard", 1, 1, "m", [])]
    assert "spans" not in r.to_dict()["checks"][0]
