"""A forty-fourth question set for the assistant on the real dev reports: the reviewers one
level up, by level, each writing the way they would.

    python -m bench.assistant_dev44                 # ask, print the score per type
    python -m bench.assistant_dev44 -v              # also every miss with the answer given
    python -m bench.assistant_dev44 --only contact  # one question type

Written without reading the assistant, its lexicons, its tests, nor the questions of
``bench.assistant_dev`` … ``assistant_dev43`` / ``assistant_dev45``: only the contract, the
gold records and the report texts. Three kinds of reviewer: a county office checking its
townships and subdistricts (木塔乡, 唐村镇, 大街乡, 原村乡, 马头铺镇, 崇礼镇, 黄思湾街道,
东大街街道), a county / city office checking county governments and departments (桦南县,
清水县, 高新区(新市区), 平阳县公安局, 东阳市自然资源和规划局), and a city office checking
its departments and city governments (石家庄市教育局, 长春市人民政府办公厅, 来宾市卫健委,
汕头市医疗保障局, 上海市人民政府办公厅). They ask about requests, proactive disclosure,
review and litigation, table 2, fees, officials, offices, contacts, channels, problems,
remedies, checks and missing tables; as lists, counts, single values, rankings, totals,
averages, groups and follow-ups. The machinery and expectations are
``bench.assistant_dev``'s.

First run (current assistant, bench/out/assistant_dev.db):
    all  40  right 37  extraction 1  miss 2   right 92.5%; assistant's own misses 5.0%
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, G, N, S, T, active, balance_fails, both, chan, contact,
                                 count, eq, extreme, fact, fees, gt, lv, named,
                                 normative, phrase, punishment, requests, review,
                                 top, total, mean, wechat, yr)

TOWN, STREET, COUNTY, CDEPT, CITY, CITYDEPT = (lv("township"), lv("subdistrict"), lv("county"),
                                               lv("county_dept"), lv("city"), lv("city_dept"))


def val(fn, pred):
    """The one organ's stated figure (None when the report does not state it)."""
    def f(reps):
        vals = [fn(r) for r in reps if pred(r)]
        assert len(vals) == 1, vals
        return vals[0]
    return f


def among(p):
    """A predicate over the whole corpus (extreme, top) made into one over a report."""
    return lambda r: p(r, dev.GOLD)


def no_table(t):
    return lambda r: not r.table(t)


def review_upheld(r):
    return r.f("t4.review.upheld")


def official(post):
    return lambda r: r.has("responsible_official", post)


def year(r):
    return r.year


CASES = [
    # -- a county office reviewing its townships and subdistricts -------------------------
    ("active", ["木塔乡2024年主动公开了多少条政府信息？"],
     N(val(active, named("木塔乡人民政府")))),
    ("contact", ["唐村镇信息公开的咨询电话是多少"],
     T(named("唐村镇人民政府"), contact("phones"))),
    ("official", ["大街乡政务公开是哪位领导牵头的？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("office", ["大街乡信息公开领导小组办公室设在哪个部门"],
     T(named("大街乡人民政府"), fact("responsible_office"))),
    ("channel", ["开通了微信公众号的乡镇有哪些"],
     S(both(TOWN, chan("wechat")))),
    ("total", ["2020年各乡镇主动公开的信息加起来一共多少条？"],
     N(total(active, both(TOWN, yr(2020))))),
    ("requests", ["哪些乡镇全年没有收到政府信息公开申请"],
     S(both(TOWN, eq(requests, 0)))),
    ("ranking", ["乡镇里主动公开条数最少的是哪个"],
     S(among(extreme(active, TOWN, hi=False)))),
    ("mean", ["乡镇平均每家主动公开多少条信息？"],
     N(mean(active, TOWN))),
    ("missing", ["乡镇的年报里哪些没有主动公开情况表（表二）的数据？"],
     S(both(TOWN, no_table("t2")))),
    ("contact", ["新乐市马头铺镇的电子邮箱"],
     T(named("马头铺镇人民政府"), contact("email"))),
    ("contact", ["原村乡的年报在哪个网站可以查阅？"],
     T(named("原村乡"), contact("website"))),
    ("problem", ["黄思湾街道在报告里说存在哪些问题"],
     T(named("黄思湾街道"), fact("problem"))),
    ("problem", ["哪些街道办提到信息公开不及时的问题？"],
     S(both(STREET, phrase("不及时", ("problem",))))),
    ("count", ["2023年有几个街道办事处报了年报"],
     N(count(both(STREET, yr(2023))))),
    ("wechat", ["汉台区东大街街道办事处2020年微信公众号发了多少条信息？"],
     N(val(wechat, named("东大街街道办事处")))),

    # -- a county / city office reviewing county governments and departments ---------------
    ("followup", ["桦南县2019年主动公开了多少条信息？", "那依申请公开收到几件？"],
     N(val(requests, named("桦南县人民政府")))),
    ("ranking", ["县级政府里主动公开信息最多的是哪个县"],
     S(among(extreme(active, COUNTY)))),
    ("table2", ["高新区(新市区)2022年行政处罚决定数量是多少？"],
     N(val(punishment, named("高新区(新市区)")))),
    ("contact", ["平阳县公安局地址"],
     T(named("平阳县公安局"), contact("address"))),
    ("requests", ["东阳市自然资源和规划局2023年收到多少件信息公开申请"],
     N(val(requests, named("东阳市自然资源和规划局")))),
    ("total", ["县直部门合计收到多少件政府信息公开申请？"],
     N(total(requests, CDEPT))),
    ("fees", ["县直部门里行政事业性收费金额最高的是哪家？"],
     S(among(extreme(fees, CDEPT)))),
    ("table2", ["县直部门中哪些单位有行政处罚决定（大于0件）"],
     S(both(CDEPT, gt(punishment, 0)))),
    ("remedy", ["浑南区民族和宗教事务局下一步准备怎么改进？"],
     T(named("浑南区民族和宗教事务局"), fact("remedy"))),
    ("followup", ["哪些单位开通了政务微博？", "其中县直部门有哪些？"],
     S(both(CDEPT, chan("weibo")))),

    # -- a city office reviewing its departments and city governments ----------------------
    ("requests", ["市直部门里收到申请超过10件的有哪些？"],
     S(both(CITYDEPT, gt(requests, 10)))),
    ("followup", ["长春市人民政府办公厅2024年收到多少件申请？", "行政复议呢？"],
     N(val(review, named("长春市人民政府办公厅")))),
    ("fees", ["石家庄市教育局2021年行政事业性收费金额是多少万元"],
     N(val(fees, named("石家庄市教育局")))),
    ("table2", ["石家庄市教育局制发了几件规范性文件？"],
     N(val(normative, named("石家庄市教育局")))),
    ("phrase", ["市政府的报告里哪些提到了新闻发布会"],
     S(both(CITY, phrase("新闻发布会")))),
    ("problem", ["汕头市医疗保障局存在哪些不足？"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("mean", ["市直部门主动公开信息平均多少条"],
     N(mean(active, CITYDEPT))),
    ("ranking", ["2019年收到申请最多的前三家是哪些"],
     S(among(top(requests, 3, yr(2019))))),
    ("review", ["上海市人民政府办公厅2019年行政复议结果维持的有几件？"],
     N(val(review_upheld, named("上海市人民政府办公厅")))),
    ("followup", ["市直部门里收到申请最多的是哪个？", "那县直部门呢？"],
     S(among(extreme(requests, CDEPT)))),
    ("official", ["哪些单位明确由分管领导负责政务公开工作？"],
     S(official("分管领导"))),
    ("check", ["有没有哪家的表三收支对不上（新收+上年结转≠办理合计+结转下年）？"],
     S(balance_fails)),
    ("none", ["江山市人民政府2022年收到多少件申请？"],
     NONE),
    ("grouped", ["按年份统计，各年收到的政府信息公开申请各有多少件？"],
     G(year, lambda r: True, requests)),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
