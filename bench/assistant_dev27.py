"""A twenty-seventh question set for the assistant on the real dev reports: reviewers at
county, city and provincial level typing either very short keyword queries (桦南县电话,
行政复议总数, 主动公开前三) or long, wordy questions with a sentence of context first.

    python -m bench.assistant_dev27                 # ask, print the score per type
    python -m bench.assistant_dev27 -v              # also every miss with the answer given

Written without seeing the assistant, its lexicons, its tests or the questions of any
earlier set: only the contract, the gold records and the report texts. It covers table 2
(处罚, 收费, 规范性文件, 集中采购), table 3 (申请人类型, 新收加结转, 平衡校验), table 4
(复议, 诉讼, 维持), the narrative figures (主动公开, 微信, 申请数), levels, places, years,
contact details, the responsible official / office, channels, problems and remedies, a
check across reports and two follow-ups. Every expectation is computed from gold by the
machinery of ``bench.assistant_dev``.

First run (no expectation changed afterwards): n 30, right 25, extraction 1, miss 4 —
right 83.3%, assistant's own misses 13.3%.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, active, balance_fails, both, chan, contact,
                                 count_reports, eq, extreme, fact, fees, gt, litigation, lv,
                                 mean, named, normative, phrase, place, punishment, requests,
                                 review, top, total, wechat, yr)


def fig(key):
    return lambda r: r.f(key)


def best(fn, pred=lambda r: True):
    """The reports with the highest stated ``fn`` (among ``pred``), as gold says."""
    return lambda r: extreme(fn, pred)(r, dev.GOLD)


def first_n(fn, n):
    return lambda r: top(fn, n)(r, dev.GOLD)


def of(name, fn):
    """A figure of one named organ (its reports summed: here always one report)."""
    return total(fn, named(name))


def new_plus_carried(r):
    a, b = r.f("t3.new_received.total"), r.f("t3.carried_over.total")
    return None if a is None or b is None else a + b


SH = "上海市人民政府办公厅"

CASES = [
    # -- contacts ----------------------------------------------------------------------------
    ("contact", ["桦南县电话"], T(named("桦南县人民政府"), contact("phones"))),
    ("contact", ["云南省政府邮箱"], T(named("云南省人民政府"), contact("email"))),
    ("contact", ["我们准备给来宾市卫生健康委员会寄一份整改通知。他们年报里留的通信地址是什么？"],
     T(named("来宾市卫生健康委员会"), contact("address"))),

    # -- table 2 -----------------------------------------------------------------------------
    ("table2", ["代县处罚"], N(of("代县卫生健康局", punishment))),
    ("table2", ["石家庄教育局收费"], N(of("石家庄市教育局", fees))),
    ("table2", ["省里在梳理各单位规范性文件的制发情况。本年度新制发了规范性文件的单位有哪些？"],
     S(gt(normative, 0))),
    ("table2", ["上海市政府办公厅2019年政府集中采购金额是多少万元？"],
     N(of(SH, fig("t2.procurement.amount")))),

    # -- table 3 -----------------------------------------------------------------------------
    ("table3", ["表三按申请人类型分列。2019年上海市政府办公厅收到的申请中，商业企业提出的有多少件？"],
     N(of(SH, fig("t3.new_received.commercial")))),
    ("table3", ["我在核对上海市政府办公厅2019年的表三。本年新收加上上年结转的申请一共是多少件？"],
     N(of(SH, new_plus_carried))),
    ("check", ["市里要做表三的平衡校验。有没有哪份年报的新收加上年结转不等于办结合计加结转下年度？"],
     S(balance_fails)),

    # -- table 4 -----------------------------------------------------------------------------
    ("table4", ["行政复议总数"], N(total(review))),
    ("table4", ["长春市政府办公厅2024年被提起的行政诉讼有几件？"],
     N(of("长春市人民政府办公厅", litigation))),
    ("table4", ["上海市政府办公厅2019年的行政复议，结果维持的有几件？"],
     N(of(SH, fig("t4.review.upheld")))),

    # -- narrative figures -------------------------------------------------------------------
    ("narrative", ["我们在核查省直部门的年报。浙江省教育厅2024年全年共收到多少件政府信息公开申请？"],
     N(of("浙江省教育厅", requests))),
    ("narrative", ["市里要汇总各地微信公众号的运营情况。所有报告中，微信公众号发布信息条数最多的是哪个单位？"],
     S(best(wechat))),
    ("narrative", ["乡镇平均主动公开多少条"], N(mean(active, lv("township")))),
    ("narrative", ["主动公开前三"], S(first_n(active, 3))),
    ("narrative", ["我是市政府办的，想了解零申请的情况。2023年的年报里，有多少份报告本年新收政府信息公开申请为0件？"],
     N(count_reports(both(yr(2023), eq(requests, 0))))),

    # -- responsible official / office -------------------------------------------------------
    ("official", ["大街乡人民政府政务公开具体由哪个部门负责"],
     T(named("大街乡人民政府"), fact("responsible_office"))),
    ("official", ["蚌埠市财政局的政务公开由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),

    # -- problems / remedies -----------------------------------------------------------------
    ("problem", ["省里准备督促整改。汕头市医疗保障局在年报里自己查找出了哪些问题？"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["浑南区民宗局整改措施"], T(named("浑南区民族和宗教事务局"), fact("remedy"))),
    ("problem", ["哪些单位在存在的问题里提到力量不足？"],
     S(phrase("力量不足", kinds=("problem",)))),

    # -- channels, phrases -------------------------------------------------------------------
    ("channel", ["有政务微博的"], S(chan("weibo"))),
    ("channel", ["提到抖音的报告"], S(phrase("抖音"))),

    # -- follow-ups --------------------------------------------------------------------------
    ("followup", ["武汉市财政局2019年主动公开了多少条信息", "安庆市财政局呢"],
     N(of("安庆市财政局", active))),
    ("followup", ["列出所有市直部门", "只看2023年"], S(both(lv("city_dept"), yr(2023)))),

    # -- levels, places, organs not in the corpus --------------------------------------------
    ("level", ["国务院部门"], S(lv("national_dept"))),
    ("place", ["长春市有哪些单位发了年报"], S(place("长春市"))),
    ("none", ["宁波市教育局2021年收到多少申请"], NONE),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
