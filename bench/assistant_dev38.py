"""A thirty-eighth question set for the assistant on the real dev reports: county and city
reviewers of mixed experience typing in a chat.

    python -m bench.assistant_dev38                 # ask, print the score per type
    python -m bench.assistant_dev38 -v              # also every miss with the answer given
    python -m bench.assistant_dev38 --only table2   # one question type

Written without reading the assistant, its lexicons, its tests or the questions of the
earlier sets (``bench.assistant_dev`` … ``assistant_dev37``); only the machinery of
``bench.assistant_dev``, the contract, the gold records and the report texts were read.
Each question is in a reviewer's own words: some in the template's terms (本年新收政府信息
公开申请, 予以公开, 行政复议结果维持, 现行有效件数, 勾稽关系), some plain (收到的申请,
公开了多少, 卫健部门), some terse (上海 2019 行政诉讼 多少). Topics: requests, proactive
disclosure, review and litigation, table 2, contacts, officials, channels, problems and
remedies, checks and missing tables; by level, year, place or one organ; as lists, counts,
single values, rankings, totals, averages, groups and follow-ups. Every expectation is
computed from the gold records with ``bench.assistant_dev``'s measures.

First run (no expectation changed after it): n 40, right 36, extraction 1, miss 3 —
right 90.0%; assistant's own misses 7.5%.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, G, N, S, T, active, balance_fails, both, chan, contact,
                                 count, eq, extreme, fact, fees, granted, gt, litigation, lv,
                                 mean, named, normative, phrase, punishment, requests, review,
                                 top, total, wechat, yr)

TOWN, STREET, COUNTY, CDEPT, CITYDEPT = (lv("township"), lv("subdistrict"), lv("county"),
                                         lv("county_dept"), lv("city_dept"))


def at(p):
    """A measure over all reports (extreme, top) as a one-report predicate."""
    return lambda r: p(r, dev.GOLD)


def val(name, fn):
    """One organ's single value, by its gold name."""
    def v(reps):
        hits = [fn(r) for r in reps if r.name == name and fn(r) is not None]
        return hits[0] if len(hits) == 1 else None
    return v


def upheld(r):
    return r.f("t4.review.upheld")


def rules_in_force(r):
    return r.f("t2.rules.in_force")


def name_has(s):
    return lambda r: s in (r.name or "")


def t2019(r):
    """The 2019 table 2 (本年新制作数量 / 上一年项目数量), as the gold figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


CASES = [
    # -- requests (table 3 / narrative) --
    ("requests", ["桦南县2019年本年新收政府信息公开申请多少件"],
     N(val("桦南县人民政府", requests))),
    ("requests", ["东阳市自然资源和规划局收到的申请有多少"],
     N(val("东阳市自然资源和规划局", requests))),
    ("rank", ["县直部门里收到申请最多的是哪家"],
     S(at(extreme(requests, CDEPT)))),
    ("count", ["有几个街道办全年没收到申请"],
     N(count(both(STREET, eq(requests, 0))))),
    ("total", ["市直部门一共收到多少件申请"],
     N(total(requests, CITYDEPT))),
    ("mean", ["县级政府平均每家收到多少申请？"],
     N(mean(requests, COUNTY))),
    ("list", ["本年新收申请超过50件的单位有哪些"],
     S(gt(requests, 50))),
    ("followup", ["2021年哪些单位收到了申请", "2024年呢"],
     S(both(yr(2024), gt(requests, 0)))),
    ("requests", ["本年度办理结果里予以公开大于0的报告有哪些"],
     S(gt(granted, 0))),
    ("none", ["哈尔滨市教育局2021年收到多少政府信息公开申请"],
     NONE),
    # -- review and litigation --
    ("followup", ["长春市人民政府办公厅2024年被申请行政复议几件", "行政诉讼呢"],
     N(val("长春市人民政府办公厅", litigation))),
    ("review", ["哪些单位被申请过行政复议"],
     S(gt(review, 0))),
    ("review", ["上海市政府办公厅2019年行政复议结果维持的有几件"],
     N(val("上海市人民政府办公厅", upheld))),
    ("review", ["上海 2019 行政诉讼 多少"],
     N(val("上海市人民政府办公厅", litigation))),
    # -- proactive disclosure --
    ("rank", ["主动公开条数排前三的"],
     S(at(top(active, 3)))),
    ("total", ["街道一共主动公开了多少条信息"],
     N(total(active, STREET))),
    ("followup", ["市直部门主动公开的信息加起来多少条", "那县直部门呢"],
     N(total(active, CDEPT))),
    ("rank", ["哪个单位微信公众号发的信息最多"],
     S(at(extreme(wechat)))),
    # -- table 2 --
    ("followup", ["高新区(新市区)2022年行政许可多少件", "行政处罚呢"],
     N(val("高新区(新市区)", punishment))),
    ("table2", ["石家庄市教育局2021年行政事业性收费金额"],
     N(val("石家庄市教育局", fees))),
    ("table2", ["哪些单位本年制发了规范性文件"],
     S(gt(normative, 0))),
    ("table2", ["现行有效规章不是0的有哪些"],
     S(gt(rules_in_force, 0))),
    ("table2", ["卫健部门的行政处罚决定加起来多少"],
     N(total(punishment, name_has("卫生健康")))),
    ("rank", ["行政处罚最多的是谁"],
     S(at(extreme(punishment)))),
    # -- contacts --
    ("contact", ["木塔乡信息公开咨询电话"],
     T(named("木塔乡人民政府"), contact("phones"))),
    ("contact", ["来宾市卫健委的电子邮箱是多少"],
     T(named("来宾市卫生健康委员会"), contact("email"))),
    ("contact", ["桦南县人民政府的联系地址"],
     T(named("桦南县人民政府"), contact("address"))),
    ("contact", ["莆田市商务局的传真号码"],
     T(named("莆田市商务局"), contact("fax"))),
    # -- officials --
    ("official", ["大街乡是谁分管政务公开的"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["蚌埠市财政局信息公开由哪些科室负责"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("official", ["哪些单位明确由副局长分管信息公开"],
     S(lambda r: r.has("responsible_official", "副局长"))),
    # -- channels --
    ("channel", ["哪些乡镇用微信公众号发布信息"],
     S(both(TOWN, chan("wechat")))),
    ("channel", ["设了公开栏的街道有哪些"],
     S(both(STREET, chan("bulletin_board")))),
    ("group", ["各层级分别有多少家用了微信公众号"],
     G(lambda r: r.level, chan("wechat"))),
    # -- problems and remedies --
    ("problem", ["黄思湾街道存在哪些问题"],
     T(named("黄思湾街道"), fact("problem"))),
    ("problem", ["哪些单位在存在的问题里提到力量不足"],
     S(phrase("力量不足", kinds=("problem",)))),
    ("remedy", ["汕头市医疗保障局下一步怎么改进"],
     T(named("汕头市医疗保障局"), fact("remedy"))),
    # -- checks and missing tables --
    ("check", ["2023年还在用2019版旧表格的是哪家"],
     S(both(yr(2023), t2019))),
    ("check", ["表三勾稽关系不平衡的报告有哪些"],
     S(balance_fails)),
    ("check", ["2023年的报告哪些附了表三"],
     S(both(yr(2023), lambda r: r.table("t3")))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
