"""A thirtieth question set for the assistant on the real dev reports: a county government
office (县政府办公室) checking its townships, subdistricts and county departments, and now
and then comparing with other places in the corpus.

    python -m bench.assistant_dev30                 # ask, print the score per type
    python -m bench.assistant_dev30 -v              # also every miss with the answer given
    python -m bench.assistant_dev30 --only zero     # one question type

Written without seeing the assistant (its code and lexicons), its tests, or the questions of
the earlier sets: only the record contract, the gold records and the report texts. Forty
conversations, from a few words to a formal sentence: zero-request organs (零申请), one
organ's figures, lists and counts under conditions, rankings, totals and averages, contact
details, who is in charge (分管领导, 负责科室), channels (微博, 抖音/视频号, 公开栏, 服务中心),
problems and remedies by exact phrases of the gold, checks (表三平衡, 新收加结转), missing
tables or blank figures, an organ not in the corpus, and follow-ups. The machinery and
expectations are ``bench.assistant_dev``'s; the answers are computed from gold.

First run (no expectation corrected afterwards): n 40, right 39, extraction 1, miss 0 — right
97.5%; the assistant's own misses 0.0%.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, active, balance_fails, both, chan, contact,
                                 count, eq, extreme, fact, gt, licensing, lv,
                                 mean, named, phrase, place, punishment, requests, review,
                                 top, total, wechat, yr)

TOWN, STREET, CDEPT, COUNTY = lv("township"), lv("subdistrict"), lv("county_dept"), lv("county")
BASE = lv("township", "subdistrict")


def of(name, fn):
    """One organ's figure, the organ named as in gold."""
    return lambda reps: fn(next(r for r in reps if r.name == name))


def ranked(p):
    """A ranking predicate (extreme / top) over the reports being scored."""
    return lambda r: p(r, dev.GOLD)


def no_table(t):
    return lambda r: not r.table(t)


def blank(fn):
    return lambda r: fn(r) is None


def new_plus_carried(name):
    def fn(reps):
        r = next(x for x in reps if x.name == name)
        a, b = r.f("t3.new_received.total"), r.f("t3.carried_over.total")
        return None if a is None or b is None else a + b
    return fn


CASES = [
    # -- zero-request organs (零申请) --
    ("zero", ["哪些乡镇零申请？"], S(both(TOWN, eq(requests, 0)))),
    ("zero", ["2023年全年没有收到政府信息公开申请的街道办事处有哪些"],
     S(both(STREET, yr(2023), eq(requests, 0)))),
    ("zero", ["县直部门中全年一件信息公开申请都没收到的有几家？"],
     N(count(both(CDEPT, eq(requests, 0))))),

    # -- one organ's figures --
    ("organ", ["唐村镇2020年主动公开了多少条信息"], N(of("唐村镇人民政府", active))),
    ("organ", ["桦南县政府微信公众号全年发了多少条"], N(of("桦南县人民政府", wechat))),
    ("organ", ["信丰县卫生健康委2023年行政处罚多少件？"],
     N(of("信丰县卫生健康委", punishment))),
    ("organ", ["请问高新区(新市区)2022年的行政许可决定数量是多少"],
     N(of("高新区(新市区)", licensing))),
    ("organ", ["作个对比，上海市人民政府办公厅2019年因政府信息公开被申请行政复议的有几件？"],
     N(of("上海市人民政府办公厅", review))),

    # -- lists and counts under conditions --
    ("list", ["主动公开信息超过3000条的县级政府有哪些"], S(both(COUNTY, gt(active, 3000)))),
    ("list", ["县直部门里哪些开通了政务微博"], S(both(CDEPT, chan("weibo")))),
    ("list", ["哪些街道办事处通过政务服务中心、党群服务中心公开信息？"],
     S(both(STREET, chan("service_hall")))),
    ("count", ["乡镇和街道里有多少家用微信公众号发布政务信息"],
     N(count(both(BASE, chan("wechat"))))),
    ("list", ["邹城市的乡镇报了哪些年报"], S(both(TOWN, place("邹城市")))),

    # -- rankings --
    ("rank", ["乡镇里主动公开信息最多的是哪个"], S(ranked(extreme(active, TOWN)))),
    ("rank", ["微信公众号发文数量排前三的单位"], S(ranked(top(wechat, 3)))),
    ("rank", ["县直部门主动公开条数最少的是哪家？"],
     S(ranked(extreme(active, CDEPT, hi=False)))),
    ("rank", ["上海市人民政府办公厅和长春市人民政府办公厅比，哪个收到的申请更多？"],
     S(ranked(extreme(requests, lambda r: r.name in ("上海市人民政府办公厅",
                                                      "长春市人民政府办公厅"))))),

    # -- totals and averages --
    ("total", ["街道办事处主动公开信息总共多少条"], N(total(active, STREET))),
    ("total", ["乡镇平均每个收到几件依申请公开？"], N(mean(requests, TOWN))),
    ("total", ["县直部门的行政处罚决定加起来一共多少件"], N(total(punishment, CDEPT))),

    # -- contacts --
    ("contact", ["唐村镇联系电话"], T(named("唐村镇人民政府"), contact("phones"))),
    ("contact", ["平阳县公安局办公地址在哪里？"], T(named("平阳县公安局"), contact("address"))),
    ("contact", ["木塔乡人民政府的邮政编码是多少"], T(named("木塔乡人民政府"), contact("postcode"))),
    ("contact", ["龙游县大街乡年报上留的传真号码是多少？"],
     T(named("大街乡人民政府"), contact("fax"))),

    # -- who is in charge --
    ("charge", ["大街乡的政务公开工作是哪个领导分管的"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("charge", ["蚌埠市财政局政务公开工作具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("charge", ["福田区集体经济发展服务署由哪个部门负责信息公开工作"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),

    # -- channels --
    ("channel", ["有哪些单位用抖音或者视频号发布政务信息"], S(chan("video"))),
    ("channel", ["乡镇中哪些通过政务公开栏、宣传栏公开信息？"],
     S(both(TOWN, chan("bulletin_board")))),

    # -- problems and remedies --
    ("problem", ["汕头市医疗保障局年报里说存在哪些问题"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["哪些单位在存在的主要问题中写了“有待进一步提升”？"],
     S(phrase("有待进一步提升", ("problem",)))),
    ("problem", ["浑南区民族和宗教事务局下一步准备怎么改进"],
     T(named("浑南区民族和宗教事务局"), fact("remedy"))),

    # -- checks and missing tables / blank figures --
    ("check", ["帮我核对一下，哪些年报表三的收支不平衡（新收加结转不等于办结加结转下年）"],
     S(balance_fails)),
    ("check", ["上海市人民政府办公厅2019年本年新收申请加上年结转一共是多少件"],
     N(new_plus_carried("上海市人民政府办公厅"))),
    ("missing", ["哪些县直部门的年报里没有第二部分主动公开政府信息情况表的数据？"],
     S(both(CDEPT, no_table("t2")))),

    # -- follow-ups and an organ not in the corpus --
    ("followup", ["县直部门哪些是零申请", "那街道办事处呢"], S(both(STREET, eq(requests, 0)))),
    ("followup", ["木塔乡的联系电话是多少", "地址呢？"],
     T(named("木塔乡人民政府"), contact("address"))),
    ("followup", ["桦南县2019年收到几件信息公开申请", "主动公开了多少条"],
     N(of("桦南县人民政府", active))),
    ("followup", ["县直部门里哪些开通了微信公众号", "一共几家？"],
     N(count(both(CDEPT, chan("wechat"))))),
    ("none", ["桦南县教育局2021年收到多少件政府信息公开申请"], NONE),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
