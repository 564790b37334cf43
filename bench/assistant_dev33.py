"""A thirty-third question set for the assistant on the real dev reports: an afternoon of an
independent reviewer exploring the database.

    python -m bench.assistant_dev33                 # ask, print the score per type
    python -m bench.assistant_dev33 -v              # also every miss with the answer given
    python -m bench.assistant_dev33 --only followup # one question type

Written without seeing the assistant, its lexicons or tests, or the questions of the earlier
sets (``bench.assistant_dev`` … ``assistant_dev32``): only the contract, the gold records and
the report texts. Twelve short conversations (2-4 turns, the last answer scored) the way a
reviewer drifts from broad questions (哪些…, 多少…) to narrower ones (其中乡镇, 只看2020年,
那乡镇里面呢), and 28 single questions: counts per level and year, rankings (最多, 最少, 前三),
totals and a mean, grouped counts (各年度, 按层级), one organ's figures (tables 2-3 and the
narrative), contact details (地址, 邮箱, 传真), the official / office in charge, the problems
of section 五, a phrase search (脱贫攻坚) and two organs not in the corpus. The machinery and
expectations are ``bench.assistant_dev``'s; the expectations are computed from gold.

First run (no expectation corrected afterwards): n 40, right 36, extraction 1, miss 3 — 90.0%.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, G, N, S, T, active, both, chan, contact, count,
                                 count_reports, eq, extreme, fact, fees, gt, litigation, lv, mean,
                                 named, phrase, punishment, requests, review, top, total, wechat,
                                 yr)

TOWN, STREET, CDEPT, CITYDEPT = (lv("township"), lv("subdistrict"), lv("county_dept"),
                                 lv("city_dept"))


def best(fn, pred=lambda r: True, hi=True):
    """The report(s) with the highest (lowest) stated value among those where pred holds."""
    p = extreme(fn, pred, hi)
    return lambda r: p(r, dev.GOLD)


def first_n(fn, n, pred=lambda r: True, hi=True):
    p = top(fn, n, pred, hi)
    return lambda r: p(r, dev.GOLD)


def heads(kind, n=12):
    """The first n characters of each fact of a kind (a problem is long; its head names it)."""
    return lambda reps, pred: [v[:n] for r in reps if pred(r) for v in r.facts.get(kind, [])
                               if v]


def health(r):
    return "卫生健康" in (r.name or "")


CASES = [
    # -- conversations -----------------------------------------------------------------------
    ("followup", ["哪些单位开通了微信公众号？", "其中乡镇有哪些？", "只看2020年的"],
     S(both(chan("wechat"), TOWN, yr(2020)))),
    ("followup", ["2023年一共有多少份年报？", "其中县直部门的有几个？"],
     N(count(both(yr(2023), CDEPT)))),
    ("followup", ["主动公开信息最多的是哪个单位？", "那乡镇里面呢？"],
     S(best(active, TOWN))),
    ("followup", ["各单位微信公众号一共发布了多少条信息？", "只算2023年的"],
     N(total(wechat, yr(2023)))),
    ("followup", ["桦南县2019年的年报", "受理了几件依申请公开？", "联系电话是多少？"],
     T(named("桦南县人民政府"), contact("phones"))),
    ("followup", ["上海市政府办公厅2019年收到多少件政府信息公开申请？", "行政复议呢？",
                  "被提起行政诉讼几件？"],
     N(lambda reps: litigation(dev.pick(reps, "r042")))),
    ("followup", ["省直部门有哪些报告？", "市直部门呢？", "一共几个？"],
     N(count(CITYDEPT))),
    ("followup", ["哪些单位在报告里写了存在的主要问题？", "汕头市医疗保障局具体有哪些问题？"],
     T(named("汕头市医疗保障局"), heads("problem"))),
    ("followup", ["哪些单位写明了分管信息公开的领导？", "大街乡是谁分管的？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("followup", ["2024年有哪些单位发了年报？", "乡镇的有几个？"],
     N(count(both(yr(2024), TOWN)))),
    ("followup", ["行政许可决定数量最多的是哪家单位？", "行政处罚呢？"],
     S(best(punishment))),
    ("followup", ["卫生健康部门的年报有哪些？", "哪家的行政处罚最多？"],
     S(best(punishment, health))),

    # -- counts and lists ---------------------------------------------------------------------
    ("count", ["有多少个街道办事处报送了年报？"], N(count(STREET))),
    ("count", ["2019年的年报一共几份？"], N(count_reports(yr(2019)))),
    ("list", ["哪些单位开设了政务微博？"], S(chan("weibo"))),
    ("list", ["哪些单位用抖音或者视频号发布信息？"], S(chan("video"))),
    ("list", ["主动公开信息超过1000条的有哪些单位？"], S(gt(active, 1000))),
    ("list", ["哪些单位全年没有收到政府信息公开申请？"], S(eq(requests, 0))),

    # -- rankings, totals, groups -------------------------------------------------------------
    ("rank", ["受理依申请公开数量排前三的单位是哪些？"], S(first_n(requests, 3))),
    ("rank", ["主动公开信息条数最少的是哪个单位？"], S(best(active, hi=False))),
    ("rank", ["2020年的乡镇里，微信公众号发文最多的是哪个？"],
     S(best(wechat, both(TOWN, yr(2020))))),
    ("total", ["所有报告的行政复议案件加起来一共多少件？"], N(total(review))),
    ("total", ["2021年各单位主动公开的信息合计多少条？"], N(total(active, yr(2021)))),
    ("total", ["行政处罚决定数量合计是多少？"], N(total(punishment))),
    ("total", ["县直部门平均每家受理多少件依申请公开？"], N(mean(requests, CDEPT))),
    ("group", ["各年度分别有多少份报告？"], G(lambda r: r.year, lambda r: True)),
    ("group", ["按层级统计一下报告数量"], G(lambda r: r.level, lambda r: True)),

    # -- one organ's figures -------------------------------------------------------------------
    ("figure", ["浙江省教育厅2024年收到多少件公开申请？"],
     N(lambda reps: requests(dev.pick(reps, "r095")))),
    ("figure", ["江苏省民政厅微信公众号发了多少条信息？"],
     N(lambda reps: wechat(dev.pick(reps, "r107")))),
    ("figure", ["石家庄市教育局行政事业性收费金额是多少？"],
     N(lambda reps: fees(dev.pick(reps, "r016")))),
    ("figure", ["上海市政府办公厅2019年的申请里，自然人提出的有多少件？"],
     N(lambda reps: dev.pick(reps, "r042").f("t3.new_received.natural"))),
    ("figure", ["大理市2024年主动公开了多少条信息？"],
     N(lambda reps: active(dev.pick(reps, "r129")))),

    # -- contact, officials, problems, phrases -------------------------------------------------
    ("contact", ["来宾市卫健委的联系地址是什么？"],
     T(named("来宾市卫生健康委员会"), contact("address"))),
    ("contact", ["云南省人民政府信息公开的电子邮箱是多少？"],
     T(named("云南省人民政府"), contact("email"))),
    ("contact", ["莆田市商务局的传真号码"], T(named("莆田市商务局"), contact("fax"))),
    ("contact", ["杭州市滨江区民政局在哪里办公？地址给我一下"],
     T(named("杭州市滨江区民政局"), contact("address"))),
    ("official", ["蚌埠市财政局信息公开工作具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("phrase", ["哪些年报提到了脱贫攻坚？"], S(phrase("脱贫攻坚"))),

    # -- organs not in the corpus --------------------------------------------------------------
    ("none", ["北京市海淀区人民政府2022年收到多少件政府信息公开申请？"], NONE),
    ("none", ["广州市人民政府2021年被申请行政复议多少件？"], NONE),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
