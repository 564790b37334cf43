"""A forty-third question set for the assistant on the real dev reports: the questions the
independent reviewers who judge the project would most often type.

    python -m bench.assistant_dev43                 # ask, print the score per type
    python -m bench.assistant_dev43 -v              # also every miss with the answer given
    python -m bench.assistant_dev43 --only followup # one question type

Written without reading the assistant, its lexicons, its tests, or the questions of
``bench.assistant_dev`` … ``assistant_dev42`` (only the machinery of ``bench.assistant_dev``
and the layout of ``assistant_dev6``): conditions on figures (零 / 超过N / 不为零) by level,
year and place; counts; one organ's figures (tables 2-4 and the narrative); rankings and top
N; totals, averages and a per-year grouping; contact details; the official and the office in
charge; channels; problems and remedies (phrases of the gold); check failures and missing
tables; and nine 2-3 turn follow-ups. Several people's wording, real organ names, places,
years and phrases of the gold. Expectations are computed from the gold records with the
measures of ``bench.assistant_dev``; a blank figure is "not stated", never 0.

First run (against the assistant as it stood, bench/out/assistant_dev.db):
    all  40  right 40  extraction 0  miss 0   right 100.0%
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (N, S, T, active, balance_fails, both, chan, contact, count,
                                 eq, extreme, fact, fees, gt, licensing, litigation, lv, mean,
                                 named, phrase, place, punishment, requests, review, top,
                                 total, wechat, yr)

TOWN, STREET = lv("township"), lv("subdistrict")
COUNTY, CITY, PDEPT = lv("county"), lv("city"), lv("province_dept")


def fig(key):
    return lambda r: r.f(key)


def best(fn, pred=lambda r: True, hi=True):
    """The report(s) with the highest (lowest) stated value, among those where pred holds."""
    return lambda r: extreme(fn, pred, hi)(r, dev.GOLD)


def topn(fn, n, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, dev.GOLD)


def of(name, fn):
    """One organ's figure, as gold states it (None when not stated)."""
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def official(value):
    return lambda r: r.has("responsible_official", value)


def no_table(t):
    return lambda r: not r.table(t)


def year(r):
    return r.year


# (type, questions of one conversation, expectation of the last answer)
CASES = [
    # -- conditions on figures, by level / year / place --------------------------------------
    ("condition", ["哪些乡镇全年没有收到政府信息公开申请？"],
     S(both(TOWN, eq(requests, 0)))),
    ("condition", ["2023年依申请公开数量为零的单位有哪些"],
     S(both(yr(2023), eq(requests, 0)))),
    ("condition", ["收到信息公开申请超过50件的单位"],
     S(gt(requests, 50))),
    ("condition", ["主动公开信息超过1000条的县级政府有哪些？"],
     S(both(COUNTY, gt(active, 1000)))),
    ("condition", ["行政许可处理决定数量不为0的是哪几家"],
     S(gt(licensing, 0))),
    ("condition", ["哪些单位有因政府信息公开被申请行政复议的案件"],
     S(gt(review, 0))),
    ("place", ["长春市的单位一共收到多少件政府信息公开申请？"],
     N(total(requests, place("长春市")))),

    # -- counts -------------------------------------------------------------------------------
    ("count", ["一共有多少个乡镇报送了年报"],
     N(count(TOWN))),
    ("count", ["有几家单位通过政务微博发布政府信息？"],
     N(count(chan("weibo")))),

    # -- one organ's figures -----------------------------------------------------------------
    ("organ", ["上海市人民政府办公厅因政府信息公开被提起行政诉讼几件"],
     N(of("上海市人民政府办公厅", litigation))),
    ("organ", ["石家庄市教育局2021年行政事业性收费金额是多少万元？"],
     N(of("石家庄市教育局", fees))),
    ("organ", ["高新区(新市区)行政许可处理决定有多少件"],
     N(of("高新区(新市区)", licensing))),
    ("organ", ["信丰县卫生健康委2023年作出了多少件行政处罚决定？"],
     N(of("信丰县卫生健康委", punishment))),
    ("organ", ["江苏省民政厅全年主动公开了多少条信息"],
     N(of("江苏省民政厅", active))),

    # -- rankings and top N -------------------------------------------------------------------
    ("rank", ["哪个单位主动公开的信息条数最多？"],
     S(best(active))),
    ("rank", ["依申请公开数量排名前三的单位是哪些"],
     S(topn(requests, 3))),
    ("rank", ["乡镇中主动公开数量最多的是哪个乡镇"],
     S(best(active, TOWN))),

    # -- totals, averages, groups -------------------------------------------------------------
    ("total", ["全部年报合计收到多少件政府信息公开申请？"],
     N(total(requests))),
    ("total", ["乡镇平均每家主动公开多少条政府信息"],
     N(mean(active, TOWN))),
    ("total", ["按年份统计一下各有几份年度报告"],
     dev.G(year, lambda r: True)),

    # -- contacts -----------------------------------------------------------------------------
    ("contact", ["云南省人民政府政府信息公开的联系电话是多少？"],
     T(named("云南省人民政府"), contact("phones"))),
    ("contact", ["桦南县政府信息公开的办公地址在哪里"],
     T(named("桦南县人民政府"), contact("address"))),

    # -- official and office in charge --------------------------------------------------------
    ("official", ["大街乡政务公开工作是哪位领导分管的？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["哪些单位是由副局长分管信息公开工作的"],
     S(official("副局长"))),

    # -- channels -----------------------------------------------------------------------------
    ("channel", ["哪些单位开通了抖音或视频号来发布政务信息？"],
     S(chan("video"))),
    ("channel", ["乡镇和街道里有哪些用了政务公开栏"],
     S(both(lv("township", "subdistrict"), chan("bulletin_board")))),

    # -- problems and remedies ----------------------------------------------------------------
    ("problem", ["哪些单位在存在的问题里提到工作力量不足？"],
     S(phrase("力量不足", ("problem",)))),
    ("problem", ["汕头市医疗保障局年报里说存在哪些主要问题"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["改进措施里提到要加强培训的有哪些单位？"],
     S(phrase("培训", ("remedy",)))),

    # -- checks and missing tables ------------------------------------------------------------
    ("check", ["表三勾稽关系不平衡的报告有哪些"],
     S(balance_fails)),
    ("check", ["哪些乡镇的年报没有主动公开政府信息情况表？"],
     S(both(TOWN, no_table("t2")))),

    # -- follow-ups (2-3 turns) ---------------------------------------------------------------
    ("followup", ["哪些单位收到的申请超过50件", "其中市级政府呢"],
     S(both(gt(requests, 50), CITY))),
    ("followup", ["上海市人民政府办公厅2019年收到多少件申请", "上年结转了多少件",
                  "结转下年度继续办理的呢"],
     N(of("上海市人民政府办公厅", fig("t3.carried_forward.total")))),
    ("followup", ["县直部门里有几个零申请的", "街道办事处呢"],
     N(count(both(STREET, eq(requests, 0))))),
    ("followup", ["2023年主动公开最多的是哪家", "2024年呢"],
     S(best(active, yr(2024)))),
    ("followup", ["浙江省教育厅收到多少件申请", "微信公众号发了多少条"],
     N(of("浙江省教育厅", wechat))),
    ("followup", ["哪些单位开设了政务微博", "只看省直部门的"],
     S(both(chan("weibo"), PDEPT))),
    ("followup", ["县级政府主动公开信息合计多少条", "平均呢"],
     N(mean(active, COUNTY))),
    ("followup", ["临夏州公安局微信公众号发布了多少条信息", "信息公开工作由谁负责"],
     T(named("临夏州公安局"), fact("responsible_official"))),
    ("followup", ["莆田市商务局的联系电话是多少", "传真号码呢"],
     T(named("莆田市商务局"), contact("fax"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
