"""A sixth question set for the assistant on the real dev reports: a provincial or city
reviewer asking across many organs.

    python -m bench.assistant_dev6                 # ask, print the score per type
    python -m bench.assistant_dev6 -v              # also every miss with the answer given
    python -m bench.assistant_dev6 --only table2   # one question type

Written without reading the questions of ``bench.assistant_dev`` … ``assistant_dev5``: by
level (省直部门, 市直部门, 市级政府, 县级政府, 国务院部门), by place names of the gold, table 2
(规章, 规范性文件, 行政许可, 行政处罚, 行政强制, 收费金额), table 4 (复议, 诉讼), narrative
(分管领导, 公开渠道), template (2019版 / 2021版, 新版 / 旧版) and the follow-ups 那市直部门呢 /
只看2022年. The machinery and expectations are ``bench.assistant_dev``'s.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, both, chan, count, eq, extreme, fact, fees, gt,
                                 litigation, lv, named, normative, place, punishment,
                                 requests, review, rules, total, yr)

PDEPT, CDEPT, CITY, COUNTY, NDEPT = (lv("province_dept"), lv("city_dept"), lv("city"),
                                     lv("county"), lv("national_dept"))


def coercion(r):
    return r.f("t2.coercion.decisions")


def upheld(r):
    return r.f("t4.review.upheld")


def t2019(r):
    """The 2019 table 2 (本年新制作 / 上一年项目数量), as the gold figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


def t2021(r):
    """The 2021 table 2 (本年制发 / 本年废止 / 现行有效)."""
    return any(k.endswith((".made", ".repealed", ".in_force")) for k in r.figs)



CASES = [
    # by level
    ("level", ["省直部门的年报有哪些"], S(PDEPT)),
    ("level", ["市直部门一共有几个"], N(count(CDEPT))),
    ("level", ["2024年市级政府的报告"], S(both(CITY, yr(2024)))),
    ("level", ["县级政府收到的申请合计多少件"], N(total(requests, COUNTY))),
    ("level", ["国务院部门有哪些"], S(NDEPT)),
    # by place
    ("place", ["长春市的单位有哪些"], S(place("长春市"))),
    # the gold states no request figure for 乌恰县: nothing to find, never a 0
    ("place", ["乌恰县收到多少申请"], NONE),
    # table 2
    ("table2", ["哪些市直部门制发了规范性文件"], S(both(CDEPT, gt(normative, 0)))),
    ("table2", ["行政处罚决定超过100件的单位"], S(gt(punishment, 100))),
    ("table2", ["行政事业性收费金额最高的是哪个单位"], S(lambda r: extreme(fees)(r, dev.GOLD))),
    ("table2", ["各单位制发规章合计多少件"], N(total(rules))),
    ("table2", ["行政强制决定最多的单位"], S(lambda r: extreme(coercion)(r, dev.GOLD))),
    # table 4
    ("table4", ["行政复议结果维持的有哪些单位"], S(gt(upheld, 0))),
    ("table4", ["行政诉讼为零的市直部门"], S(both(CDEPT, eq(litigation, 0)))),
    ("table4", ["哪些单位被申请了行政复议"], S(gt(review, 0))),
    # narrative
    ("narrative", ["哪些报告由分管领导负责政务公开"],
     S(lambda r: r.has("responsible_official", "分管领导"))),
    ("narrative", ["临夏州公安局的分管领导是谁"],
     T(named("临夏州公安局"), fact("responsible_official"))),
    ("narrative", ["开通政务微博的市直部门有哪些"], S(both(CDEPT, chan("weibo")))),
    ("narrative", ["通过新闻发布会公开信息的县级政府"], S(both(COUNTY, chan("press")))),
    # template
    ("template", ["哪些报告用的是2019版格式"], S(t2019)),
    ("template", ["采用新版模板的市直部门"], S(both(CDEPT, t2021))),
    # follow-ups
    ("followup", ["省直部门收到的申请合计", "那市直部门呢"], N(total(requests, CDEPT))),
    ("followup", ["开通微信公众号的县级政府", "只看2022年"],
     S(both(COUNTY, chan("wechat"), yr(2022)))),
    ("followup", ["市直部门行政处罚决定合计", "只看2023年"],
     NONE),   # no 2023 city department states 行政处罚 in the gold: never a 0
    ("followup", ["哪些省直部门开通了微信", "那市直部门呢"], S(both(CDEPT, chan("wechat")))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
