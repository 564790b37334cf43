"""A thirty-fifth question set for the assistant on the real dev reports: staff of a
municipal 政务公开办 in their first week with the tool, asking about the organs below them.

    python -m bench.assistant_dev35                 # ask, print the score per type
    python -m bench.assistant_dev35 -v              # also every miss with the answer given
    python -m bench.assistant_dev35 --only value    # one question type

Written without reading the assistant, its lexicons, its tests or the questions of
``bench.assistant_dev`` … ``assistant_dev34`` / ``assistant_dev36``: only the contract, the
gold records and the report texts. The questions are in the reviewers' own words (polite and
long, or short), not template terms: single values (依申请公开, 行政复议, 被起诉, 收费, 行政许可,
行政处罚, 微信公众号), lists by channel / level / year / place, counts, totals, averages,
rankings (最多, 最少, 前三), contacts (电话, 邮箱, 地址, 传真), who is in charge and which office,
problems and remedies, reports that lack a table or do not add up, an organ not in the corpus,
a grouped answer by year, and follow-ups (那2023年的呢 / 结转到下一年度的呢 / 乡镇呢).
Expectations are computed from gold with ``bench.assistant_dev``'s measures.

First run (no expectation changed afterwards): n 40, right 35, extraction 2, miss 3
(87.5% right; assistant's own misses 7.5%).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, G, both, chan, contact, count, count_reports,
                                 extreme, fact, fees, gt, licensing, litigation, lv, mean,
                                 named, phrase, place, punishment, requests, review, top,
                                 total, wechat, active, yr, balance_fails)

TOWN, STREET, CDEPT, CITYDEPT = lv("township"), lv("subdistrict"), lv("county_dept"), lv("city_dept")


def S2(p):
    """A set whose predicate needs all reports (extreme / top)."""
    return S(lambda r: p(r, dev.GOLD))


def one(fn, pred):
    """The value ``fn`` of the one report where ``pred`` holds (None if not exactly one)."""
    def v(reps):
        vals = [fn(r) for r in reps if pred(r)]
        return vals[0] if len(vals) == 1 else None
    return v


def key(k):
    return lambda r: r.f(k)


def has(kind):
    return lambda r: r.has(kind)


def t2_no_t3(r):
    return r.table("t2") and not r.table("t3")


def review_or_suit(r):
    return gt(review, 0)(r) or gt(litigation, 0)(r)


SH = named("上海市人民政府办公厅")

CASES = [
    # -- single values --------------------------------------------------------------------
    ("value", ["你好，想问一下桦南县2019年一共受理了多少件依申请公开？"],
     N(one(requests, named("桦南县人民政府")))),
    ("value", ["上海市政府办公厅2019年被申请行政复议的有几件"],
     N(one(review, SH))),
    ("value", ["石家庄市教育局2021年行政事业性收费金额是多少"],
     N(one(fees, named("石家庄市教育局")))),
    ("value", ["高新区（新市区）2022年行政许可办了多少件"],
     N(one(licensing, named("高新区(新市区)")))),
    ("value", ["信丰县卫健委2023年作出的行政处罚决定数是多少？"],
     N(one(punishment, named("信丰县卫生健康委")))),
    ("value", ["长春市人民政府办公厅2024年因为政府信息公开被起诉了几次"],
     N(one(litigation, named("长春市人民政府办公厅")))),
    ("value", ["麻烦帮忙查一下江苏省民政厅2021年微信公众号一共发布了多少条信息，谢谢"],
     N(one(wechat, named("江苏省民政厅")))),
    ("none", ["海淀区人民政府2022年收到多少件信息公开申请？"], NONE),
    # -- lists ------------------------------------------------------------------------------
    ("list", ["2023年的报告中，哪些单位用了微信公众号发布信息？"],
     S(both(yr(2023), chan("wechat")))),
    ("list", ["哪些单位开通了政务微博"], S(chan("weibo"))),
    ("list", ["通过公开栏、公示栏公开信息的有哪些单位？"], S(chan("bulletin_board"))),
    ("list", ["哪些街道的年报写了工作中存在的问题"], S(both(STREET, has("problem")))),
    ("list", ["哪些单位发生了政府信息公开方面的行政复议或者行政诉讼？"], S(review_or_suit)),
    ("list", ["有哪些单位收取了行政事业性收费"], S(gt(fees, 0))),
    ("list", ["长春市的单位有哪些交了年报？"], S(place("长春市"))),
    # -- counts -----------------------------------------------------------------------------
    ("count", ["区县政府部门一共有几个报了年报？"], N(count(CDEPT))),
    ("count", ["2024年度的年报一共有几份"], N(count_reports(yr(2024)))),
    ("count", ["提到召开新闻发布会或者通过报刊、广播电视发布信息的单位有多少个"],
     N(count(chan("press")))),
    # -- totals and averages ----------------------------------------------------------------
    ("total", ["市直部门主动公开的信息加起来一共多少条？"], N(total(active, CITYDEPT))),
    ("mean", ["街道办事处平均每家主动公开了多少条信息"], N(mean(active, STREET))),
    ("total", ["所有单位的行政许可决定数合计是多少"], N(total(licensing))),
    ("group", ["按年度分别统计一下各有多少份报告"], G(lambda r: r.year, lambda r: True)),
    # -- rankings ---------------------------------------------------------------------------
    ("rank", ["哪个单位主动公开的信息条数最多？"], S2(extreme(active))),
    ("rank", ["微信公众号发文数量排前三的是哪几家"], S2(top(wechat, 3))),
    ("rank", ["市直部门里收到申请最多的是哪个单位"], S2(extreme(requests, CITYDEPT))),
    ("rank", ["乡镇里面主动公开最少的是哪个？"], S2(extreme(active, TOWN, hi=False))),
    # -- contacts ---------------------------------------------------------------------------
    ("contact", ["桦南县政府信息公开的联系电话是多少？"],
     T(named("桦南县人民政府"), contact("phones"))),
    ("contact", ["云南省人民政府信息公开的电子邮箱是什么"],
     T(named("云南省人民政府"), contact("email"))),
    ("contact", ["长春市民政局在什么地方？把地址给我一下"],
     T(named("长春市民政局"), contact("address"))),
    ("contact", ["莆田市商务局的传真号码"], T(named("莆田市商务局"), contact("fax"))),
    # -- who is in charge, problems, remedies -----------------------------------------------
    ("narrative", ["大街乡的政务公开是哪位领导分管的"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("narrative", ["蚌埠市财政局的政务公开具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("narrative", ["汕头市医疗保障局年报里讲了哪些存在的问题"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("narrative", ["深圳市福田区集体经济发展服务署下一步打算怎么改进？"],
     T(named("深圳市福田区集体经济发展服务署"), fact("remedy"))),
    ("phrase", ["哪些单位在存在的问题里提到政策解读做得不够？"],
     S(phrase("解读", kinds=("problem",)))),
    # -- tables missing, figures that do not add up -----------------------------------------
    ("check", ["哪些报告有表二，但是缺了表三？"], S(t2_no_t3)),
    ("check", ["帮我核一下，有没有报告表三里本年新收加上年结转，跟办结总数加结转下年对不上的？"],
     S(balance_fails)),
    # -- follow-ups -------------------------------------------------------------------------
    ("followup", ["2021年有哪些市直部门报了年报？", "那2023年的呢"],
     S(both(CITYDEPT, yr(2023)))),
    ("followup", ["上海市政府办公厅2019年收到多少信息公开申请", "结转到下一年度的有多少件？"],
     N(one(key("t3.carried_forward.total"), SH))),
    ("followup", ["区县政府部门一共收到多少件政府信息公开申请？", "乡镇呢？"],
     N(total(requests, TOWN))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
