"""A sixteenth question set for the assistant on the real dev reports: everyday questions of a
reviewer at a county or city government office checking the reports of the organs below it.

    python -m bench.assistant_dev16                 # ask, print the score per type
    python -m bench.assistant_dev16 -v              # also every miss with the answer given
    python -m bench.assistant_dev16 --only contact  # one question type

Written without seeing the assistant, its lexicons, its tests or the questions of any earlier
set: only the record contract, the gold records and the report texts were read. Spread evenly
over: organs with zero / more than N requests (by level, year, place), counts of organs or
reports, one organ's figure (申请, 主动公开, 行政复议, 行政诉讼, 行政处罚, 行政许可, 规范性文件,
收费), rankings and top N, totals and averages, contact details (电话, 地址, 邮编, 网址, 邮箱),
the official and office in charge, channels, phrases of section 五 (problems / remedies),
reports failing checks or missing tables, and follow-ups (那…呢, 其中…, 只看…, 前N呢,
按年份分组, 这些单位的电话). Organ names are typed the way people shorten them (桦南县,
石家庄教育局, 信丰县卫健委, 新市区, 蚌埠财政局). The machinery and expectations are
``bench.assistant_dev``'s; every expected answer is computed from gold.

First run (40 cases, once, against the assistant as it stood):
    all  40  right 36  extraction 1  miss 3   right 90.0%; assistant's own misses 7.5%
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, STREET, TOWN, G, N, S, T, active, balance_fails, both,
                                 chan, contact, count, count_reports, eq, extreme, fact, fees,
                                 gt, licensing, litigation, lv, mean, named, normative, phrase,
                                 place, punishment, requests, top, total, wechat, yr)

CITY_DEPT, COUNTY = lv("city_dept"), lv("county")


def among(p):
    """A predicate over all reports (extreme, top) made a predicate of one report."""
    return lambda r: p(r, dev.GOLD)


def has_table(t):
    return lambda r: r.table(t)


def no_table(t):
    return lambda r: not r.table(t)


def name_has(s):
    return lambda r: s in (r.name or "")


def year(r):
    return r.year


ZERO = eq(requests, 0)

CASES = [
    # -- organs with zero / more than N requests ------------------------------------------------
    ("zero", ["哪些街道办全年一件依申请都没收到？"], S(both(STREET, ZERO))),
    ("zero", ["2024年收到政府信息公开申请超过50件的单位有哪些"],
     S(both(yr(2024), gt(requests, 50)))),
    ("zero", ["市直部门里零申请的是哪几家"], S(both(CITY_DEPT, ZERO))),
    ("zero", ["县级政府中依申请公开超过10件的有哪些"], S(both(COUNTY, gt(requests, 10)))),

    # -- counts ------------------------------------------------------------------------------------
    ("count", ["乡镇一共交了几份年报？"], N(count_reports(TOWN))),
    ("count", ["开通了微信公众号的县直部门有几个"], N(count(both(CDEPT, chan("wechat"))))),
    ("count", ["长春市的年度报告有几份"], N(count_reports(place("长春市")))),

    # -- one organ's figure ------------------------------------------------------------------------
    ("figure", ["桦南县2019年主动公开了多少条政府信息"],
     N(total(active, named("桦南县人民政府")))),
    ("figure", ["新市区的行政处罚决定有多少件"], N(total(punishment, named("高新区(新市区)")))),
    ("figure", ["信丰县卫健委行政许可是多少"], N(total(licensing, named("信丰县卫生健康委")))),
    ("figure", ["石家庄教育局本年制发了几件规范性文件"],
     N(total(normative, named("石家庄市教育局")))),
    ("figure", ["石家庄市教育局行政事业性收费金额多少"], N(total(fees, named("石家庄市教育局")))),

    # -- rankings and top N ------------------------------------------------------------------------
    ("rank", ["主动公开信息最多的是哪个单位"], S(among(extreme(active)))),
    ("rank", ["县级政府里主动公开条数排前两名的是谁"], S(among(top(active, 2, COUNTY)))),
    ("rank", ["微信公众号发文最少的乡镇是哪个"], S(among(extreme(wechat, TOWN, hi=False)))),

    # -- totals and averages -----------------------------------------------------------------------
    ("total", ["市直部门收到的申请加起来一共多少件"], N(total(requests, CITY_DEPT))),
    ("total", ["乡镇平均每家主动公开多少条信息"], N(mean(active, TOWN))),
    ("total", ["所有报告的行政处罚决定合计多少"], N(total(punishment))),

    # -- contact details ---------------------------------------------------------------------------
    ("contact", ["长春市民政局的地址是什么"],
     T(named("长春市民政局"), contact("address"))),
    ("contact", ["莆田市商务局邮编多少"], T(named("莆田市商务局"), contact("postcode"))),
    ("contact", ["来宾市卫健委的网站网址"], T(named("来宾市卫生健康委员会"), contact("website"))),
    ("contact", ["云南省政府信息公开的联系邮箱是啥"],
     T(named("云南省人民政府"), contact("email"))),

    # -- the official and office responsible -------------------------------------------------------
    ("official", ["大街乡政务公开由哪位领导分管"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["蚌埠财政局政务公开具体由哪些科室负责"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("official", ["福田区集体经济发展服务署哪个部门负责信息公开工作"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),

    # -- channels ----------------------------------------------------------------------------------
    ("channel", ["哪些单位开通了政务微博"], S(chan("weibo"))),
    ("channel", ["设了政务公开栏的街道有哪些"], S(both(STREET, chan("bulletin_board")))),
    ("channel", ["市直部门有谁用抖音、视频号发布信息的"], S(both(CITY_DEPT, chan("video")))),

    # -- phrases of section 五 ----------------------------------------------------------------------
    ("phrase", ["存在问题里提到力量不足的是哪些单位"], S(phrase("力量不足", ("problem",)))),
    ("phrase", ["哪些报告说信息公开不及时"], S(phrase("不及时", ("problem",)))),
    ("phrase", ["改进措施里提到网格化管理的是哪家"], S(phrase("网格化", ("remedy",)))),

    # -- reports failing checks / missing tables ---------------------------------------------------
    ("check", ["有没有表三收支不平衡的报告"], S(balance_fails)),
    ("check", ["哪些报告填了表四（行政复议、行政诉讼）"], S(has_table("t4"))),
    ("check", ["有表二但缺了表三的报告是哪些"], S(both(has_table("t2"), no_table("t3")))),

    # -- follow-ups --------------------------------------------------------------------------------
    ("followup", ["长春市政府办公厅行政复议几件", "那行政诉讼呢"],
     N(total(litigation, named("长春市人民政府办公厅")))),
    ("followup", ["哪些单位全年零申请", "只看乡镇"], S(both(TOWN, ZERO))),
    ("followup", ["主动公开超过1000条的单位", "按年份分组"], G(year, gt(active, 1000))),
    ("followup", ["有哪些商务局的年报", "这些单位的电话"],
     T(name_has("商务局"), contact("phones"))),
    ("followup", ["县直部门哪些开了微信公众号", "其中2023年的"],
     S(both(CDEPT, chan("wechat"), yr(2023)))),
    ("followup", ["收到申请最多的前五个单位", "前三呢"], S(among(top(requests, 3)))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
