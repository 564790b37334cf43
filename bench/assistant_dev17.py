"""A seventeenth question set for the assistant on the real dev reports: a provincial
政务公开办 reviewer comparing levels and summing across them.

    python -m bench.assistant_dev17                 # ask, print the score per type
    python -m bench.assistant_dev17 -v              # also every miss with the answer given
    python -m bench.assistant_dev17 --only level    # one question type

Written without reading the assistant, its lexicons, its tests or the questions of the
earlier sets: only the record contract, the gold records and the report texts. The
reviewer looks across every level (省直部门, 市级政府, 市直部门, 县级政府, 县直部门, 乡镇,
街道, 国务院部门) and year: which level received the most requests, how many organs of a
level stated a figure, averages and totals per level, top N within a level, the reports of
one place, one organ's figures across tables (表二 行政许可 / 行政处罚, 表三 结转, 表四
复议 / 诉讼 / 维持), contact and responsible office of one organ, channels and template
(2019版 / 2021版) per level, and 2- and 3-turn follow-ups (那市直部门呢 / 其中… / 只看…年 /
行政诉讼呢). Expectations are computed from gold with ``bench.assistant_dev``'s measures.

First run: 30 questions, 26 right, 0 extraction, 4 misses (86.7% right): 三级分别收到多少
(listed reports, no per-level groups), 县直部门写明申请数的有几个 (read as ">0"), 复议结果
维持的有几件 (gave the 复议 total 7), 县直部门有哪些通过微信公众号 (read as "stated
n.wechat_posts" instead of the channel).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, G, N, S, T, active, both, chan, contact, count, eq,
                                 extreme, fact, litigation, lv, named, pick, place,
                                 punishment, requests, review, top, total, mean, wechat, yr)

PROV, PDEPT, CITY, CDEPT_C, COUNTY, CDEPT, TOWN, STREET, NDEPT = (
    lv("province"), lv("province_dept"), lv("city"), lv("city_dept"), lv("county"),
    lv("county_dept"), lv("township"), lv("subdistrict"), lv("national_dept"))


def t2019(r):
    """The 2019 table 2 (本年新制作 / 上一年项目数量), as the figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


def t2021(r):
    """The 2021 table 2 (本年制发 / 本年废止 / 现行有效)."""
    return any(k.endswith((".made", ".repealed", ".in_force")) for k in r.figs)


def licensing(r):
    return r.f("t2.licensing.decisions")


def stated(fn):
    return lambda r: fn(r) is not None


def ranked(maker, *args, **kw):
    """extreme / top take (report, all reports): bind the reports being scored."""
    p = maker(*args, **kw)
    return lambda r: p(r, dev.GOLD)


def fig(rid, key):
    """One figure of one report (by id), from the reports being scored."""
    return lambda reps: pick(reps, rid).f(key)


def of(rid, fn):
    return lambda reps: fn(pick(reps, rid))


def contacts(*fields):
    return lambda reps, pred: [c for f in fields for c in contact(f)(reps, pred)]


CASES = [
    # -- levels compared -----------------------------------------------------------------
    ("level", ["省级政府、市级政府和县级政府这三级，分别收到了多少件政府信息公开申请？"],
     G(lambda r: r.level, lv("province", "city", "county"), requests)),
    ("level", ["县直部门中，有几个单位在年报里写明了本年收到的申请数量？"],
     N(count(both(CDEPT, stated(requests))))),
    ("level", ["市直部门平均每家收到多少件依申请公开？"],
     N(mean(requests, CDEPT_C))),
    ("level", ["主动公开信息条数排名前三的县级政府是哪几个"],
     S(ranked(top, active, 3, COUNTY))),
    ("level", ["省直部门里，哪个单位的微信公众号发布信息最多？"],
     S(ranked(extreme, wechat, PDEPT))),
    ("level", ["全部乡镇主动公开的政府信息合计有多少条？"],
     N(total(active, TOWN))),
    ("level", ["街道办事处里零申请的有几家"],
     N(count(both(STREET, eq(requests, 0))))),
    ("level", ["县直部门里受理政府信息公开申请最多的是哪个单位？"],
     S(ranked(extreme, requests, CDEPT))),
    ("level", ["国务院部门报送的年报都有哪些？"],
     S(NDEPT)),
    ("table2", ["统计一下县直部门作出的行政处罚决定，加起来一共多少件"],
     N(total(punishment, CDEPT))),
    ("level", ["请列出市直部门中主动公开数量排前两名的单位"],
     S(ranked(top, active, 2, CDEPT_C))),
    ("year", ["按年度汇总一下县直部门收到的申请数"],
     G(lambda r: r.year, CDEPT, requests)),
    # -- places and single organs ----------------------------------------------------------
    ("place", ["上海市的年报有哪几份？"],
     S(place("上海市"))),
    ("organ", ["龙游县大街乡由哪位领导分管政务公开工作？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("organ", ["蚌埠市财政局的政务公开具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("table3", ["上海市人民政府办公厅2019年结转下年度继续办理的申请是多少件？"],
     N(fig("r042", "t3.carried_forward.total"))),
    ("table4", ["上海市政府办公厅2019年行政复议案件中，结果维持的有几件"],
     N(fig("r042", "t4.review.upheld"))),
    ("table2", ["高新区（新市区）2022年作出的行政许可决定有多少件？"],
     N(fig("r062", "t2.licensing.decisions"))),
    ("contact", ["来宾市卫生健康委员会的联系电话和电子邮箱是多少？"],
     T(named("来宾市卫生健康委员会"), contacts("phones", "email"))),
    ("contact", ["云南省人民政府信息公开工作的通讯地址和邮编"],
     T(named("云南省人民政府"), contacts("address", "postcode"))),
    ("none", ["南京市财政局2021年收到多少件申请？"],
     NONE),
    # -- channels and template per level ---------------------------------------------------
    ("channel", ["县直部门当中，有哪些通过微信公众号发布政务信息？"],
     S(both(CDEPT, chan("wechat")))),
    ("channel", ["有几个乡镇利用公开栏或公示栏公开信息？"],
     N(count(both(TOWN, chan("bulletin_board"))))),
    ("template", ["县直部门的年报里，哪些用的是2021版的新表格？"],
     S(both(CDEPT, t2021))),
    ("template", ["还在沿用2019版模板的乡镇有哪些"],
     S(both(TOWN, t2019))),
    ("table4", ["县直部门里行政复议和行政诉讼都是零的有哪些单位？"],
     S(both(CDEPT, eq(review, 0), eq(litigation, 0)))),
    # -- follow-ups --------------------------------------------------------------------------
    ("followup", ["省直部门一共收到多少件政府信息公开申请？", "那市直部门呢？"],
     N(total(requests, CDEPT_C))),
    ("followup", ["上海市政府办公厅2019年因政府信息公开被申请行政复议多少件？", "行政诉讼呢"],
     N(of("r042", litigation))),
    ("followup", ["列出乡镇的报告", "其中零申请的", "只看2024年的"],
     S(both(TOWN, eq(requests, 0), yr(2024)))),
    ("followup", ["市直部门有哪些", "其中2023年的呢", "这些里面零申请的是哪几个"],
     S(both(CDEPT_C, yr(2023), eq(requests, 0)))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
