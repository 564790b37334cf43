"""A fortieth question set for the assistant on the real dev reports: the questions that the
independent reviewers (the level above the reporting organs) would most often type.

    python -m bench.assistant_dev40                 # ask, print the score per type
    python -m bench.assistant_dev40 -v              # also every miss with the answer given
    python -m bench.assistant_dev40 --only followup # one question type

Written without reading the assistant, its lexicons, its tests or the questions of the
earlier sets (except about ten lines of assistant_dev6's CASES, glimpsed by an over-long sed
after the questions here were planned); only the contract, the gold records and the report
texts were read. Forty conversations in the words of several reviewers: conditions on
figures (zero / over N / any) by level, year and place; counts; one organ's figures (tables
2-4 and narrative); rankings and top N; totals, averages and a grouped total; contacts; the
official and the office in charge; channels; problems and remedies (phrases from gold);
table checks and tables present; and ten 2-3 turn follow-ups (其中…, 那县直部门呢, 传真呢, 只看省直部门…).
Every expectation is computed from gold by ``bench.assistant_dev``'s measures.

First run (current assistant, bench/out/assistant_dev.db, not re-ingested): n 40, right 40,
extraction 0, miss 0 (100.0%). No expectation was changed after the run.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (G, N, S, T, active, balance_fails, both, chan, contact,
                                 count, eq, extreme, fact, gt, lv, mean, named, phrase,
                                 punishment, requests, review, top, total, wechat, yr)

TOWN, STREET, COUNTY = lv("township"), lv("subdistrict"), lv("county")
CDEPT, CITYDEPT, PDEPT = lv("county_dept"), lv("city_dept"), lv("province_dept")

SHANGHAI = "上海市人民政府办公厅"


def ranked(make):
    """A ranking predicate (r, reps) read against all of gold, as S needs (r) only."""
    return lambda r: make(r, dev.GOLD)


def of(name, fn):
    """One organ's figure, by its gold name."""
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def licensing_(r):
    return r.f("t2.licensing.decisions")


def carried_over(r):
    return r.f("t3.carried_over.total")


def review_upheld(r):
    return r.f("t4.review.upheld")


def official(value):
    return lambda r: r.has("responsible_official", value)


def has_t3(r):
    return r.table("t3")


CASES = [
    # -- conditions on figures: zero / over N / any, by level, year, place
    ("filter", ["2023年哪些单位全年没有收到政府信息公开申请？"],
     S(both(yr(2023), eq(requests, 0)))),
    ("filter", ["收到依申请公开超过50件的有哪些单位"], S(gt(requests, 50))),
    ("filter", ["街道办事处里有没有收到过信息公开申请的"], S(both(STREET, gt(requests, 0)))),
    ("filter", ["县直部门主动公开信息超过100条的是哪几家？"],
     S(both(CDEPT, gt(active, 100)))),
    ("filter", ["哪些单位作出过行政处罚决定"], S(gt(punishment, 0))),

    # -- one organ's figures: table 2, table 3, table 4, narrative
    ("organ", ["石家庄市教育局2021年行政处罚决定数量是多少？"],
     N(of("石家庄市教育局", punishment))),
    ("organ", ["高新区（新市区）2022年作出了多少件行政许可决定"],
     N(of("高新区(新市区)", licensing_))),
    ("organ", ["上海市人民政府办公厅2019年上年结转的申请有几件"],
     N(of(SHANGHAI, carried_over))),
    ("organ", ["上海市政府办公厅的行政复议，结果维持的有多少件？"],
     N(of(SHANGHAI, review_upheld))),
    ("organ", ["桦南县2019年通过微信公众号发布了多少条信息"],
     N(of("桦南县人民政府", wechat))),

    # -- rankings and top N
    ("rank", ["主动公开信息数量最多的是哪个单位？"], S(ranked(extreme(active)))),
    ("rank", ["微信公众号发文数排前三的单位"], S(ranked(top(wechat, 3)))),
    ("rank", ["市直部门里收到申请最多的是哪家"],
     S(ranked(extreme(requests, CITYDEPT)))),
    ("rank", ["乡镇中主动公开条数最少的是哪个"],
     S(ranked(extreme(active, TOWN, hi=False)))),

    # -- totals and averages
    ("total", ["全部单位合计收到多少件政府信息公开申请？"], N(total(requests))),
    ("total", ["县级政府主动公开的信息加起来有多少条"], N(total(active, COUNTY))),
    ("total", ["市直部门平均每家收到多少件信息公开申请"], N(mean(requests, CITYDEPT))),
    ("total", ["分年份看，各年收到的依申请公开总数分别是多少？"],
     G(lambda r: r.year, lambda r: True, requests)),

    # -- counts
    ("count", ["这批年报里乡镇一级的有多少家？"], N(count(TOWN))),
    ("count", ["有多少家单位开通了政务微博"], N(count(chan("weibo")))),

    # -- contacts
    ("contact", ["来宾市卫生健康委员会的联系电话是多少"],
     T(named("来宾市卫生健康委员会"), contact("phones"))),
    ("contact", ["蚌埠市财政局办公地址在哪里？"],
     T(named("蚌埠市财政局"), contact("address"))),

    # -- the official and the office in charge
    ("official", ["大街乡政务公开工作由哪位领导负责"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["深圳市福田区集体经济发展服务署哪个部门具体负责信息公开？"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),
    ("official", ["哪些单位写明了由分管领导负责政务公开"], S(official("分管领导"))),

    # -- channels
    ("channel", ["哪些单位用抖音、视频号这类短视频平台发布政务信息？"], S(chan("video"))),

    # -- problems and remedies (phrases from gold)
    ("problem", ["哪些单位在存在的问题里提到工作力量不足"],
     S(phrase("力量不足", ("problem",)))),
    ("problem", ["改进措施中提出要加大宣传力度的有哪些单位？"],
     S(phrase("宣传力度", ("remedy",)))),

    # -- check failures and tables present
    ("check", ["哪些年报附了依申请公开情况统计表（表三）"], S(has_t3)),
    # no report's table 3 fails the balance in gold: the right answer is "none"
    ("check", ["有没有表三收支对不上的报告，就是新收加上年结转不等于办理总数加结转下年的"],
     S(balance_fails)),

    # -- follow-ups (2-3 turns)
    ("followup", ["2020年有哪些乡镇的报告？", "其中主动公开超过100条的呢？"],
     S(both(TOWN, yr(2020), gt(active, 100)))),
    ("followup", ["收到申请最多的是哪个单位", "它的行政复议有几件？"],
     N(of(SHANGHAI, review))),
    ("followup", ["市直部门里哪些收到了依申请公开？", "那县直部门呢？"],
     S(both(CDEPT, gt(requests, 0)))),
    ("followup", ["长春市民政局的联系电话是多少", "传真呢？"],
     T(named("长春市民政局"), contact("fax"))),
    ("followup", ["浙江省教育厅2024年收到多少件申请？", "微信公众号发了多少条"],
     N(of("浙江省教育厅", wechat))),
    ("followup", ["哪些单位开通了政务微博", "只看省直部门"], S(both(chan("weibo"), PDEPT))),
    ("followup", ["2023年的报告有哪些", "其中收到过申请的是哪些", "加起来一共多少件？"],
     N(total(requests, both(yr(2023), gt(requests, 0))))),
    ("followup", ["汕头市医疗保障局存在哪些问题", "改进措施呢？"],
     T(named("汕头市医疗保障局"), fact("remedy"))),
    ("followup", ["平均每个街道主动公开多少条信息", "乡镇呢"], N(mean(active, TOWN))),
    ("followup", ["桦南县人民政府的联系电话", "地址呢？"],
     T(named("桦南县人民政府"), contact("address"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
