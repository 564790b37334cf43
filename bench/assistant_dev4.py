"""A fourth question set for the assistant on the real dev reports: the most ordinary shapes a
county reviewer types day to day.

    python -m bench.assistant_dev4                 # ask, print the score per type
    python -m bench.assistant_dev4 -v              # also every miss with the answer given
    python -m bench.assistant_dev4 --only list     # one question type

Written without reading the questions of ``bench.assistant_dev``, ``assistant_dev2`` or
``assistant_dev3``: 哪些…, 有几个…, …是多少, …最多的是, 列出…的问题, one organ's figure or
contact, and follow-ups (那…呢, 其中…). The machinery and expectations are
``bench.assistant_dev``'s and ``bench.assistant_dev2``'s.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, NONE, STREET, TOWN, N, S, T, active, both, chan,
                                 contact, count, eq, fact, fees, gt, licensing, litigation, lv,
                                 mean, named, punishment, requests, review, total, wechat, yr)
from bench.assistant_dev2 import best, one

COUNTY = lv("county")

CASES = [
    # 哪些…
    ("list", ["哪些乡镇收到的依申请公开数量为0？"], S(both(TOWN, eq(requests, 0)))),
    ("list", ["哪些单位通过微博公开信息"], S(chan("weibo"))),
    ("list", ["收到申请超过50件的有哪些"], S(gt(requests, 50))),
    ("list", ["哪些单位的行政处罚数量为0"], S(eq(punishment, 0))),
    ("list", ["哪些单位设置了政府信息公开查阅室"], S(chan("reading_room"))),
    ("list", ["哪些单位没有收到行政复议"], S(eq(review, 0))),
    # 有几个…
    ("count", ["有几个街道办事处"], N(count(STREET))),
    ("count", ["有多少个单位被提起行政诉讼"], N(count(gt(litigation, 0)))),
    ("count", ["有几个单位发布了2020年的年报"], N(count(yr(2020)))),
    ("count", ["县政府有几个"], N(count(COUNTY))),
    # …是多少 / 合计 / 平均
    ("number", ["2021年县直部门共收到多少申请"], N(total(requests, both(CDEPT, yr(2021))))),
    ("number", ["唐村镇人民政府主动公开了多少条信息"], N(one("唐村镇人民政府", active))),
    ("number", ["全部单位主动公开信息一共多少条"], N(total(active))),
    ("number", ["乡镇平均收到多少申请"], N(mean(requests, TOWN))),
    ("number", ["石家庄市教育局行政事业性收费金额是多少"], N(one("石家庄市教育局", fees))),
    ("number", ["平谷区人民政府收到多少申请"], NONE),
    # …最多的是
    ("most", ["2023年收到申请最多的是哪个单位"], S(best(requests, yr(2023)))),
    ("most", ["行政复议最多的是哪个"], S(best(review))),
    ("most", ["主动公开信息最多的乡镇"], S(best(active, TOWN))),
    ("most", ["微信公众号发布信息最多的是"], S(best(wechat))),
    ("most", ["行政许可数量最多的是哪个单位"], S(best(licensing))),
    # 某机关的…
    ("organ", ["乐清市教育局的联系电话是多少"], T(named("乐清市教育局"), contact("phones"))),
    ("organ", ["鄯善县人民政府的网站"], T(named("鄯善县人民政府"), contact("website"))),
    ("organ", ["长春市民政局的邮箱"], T(named("长春市民政局"), contact("email"))),
    ("organ", ["蚌埠市财政局负责信息公开的机构是哪个"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("organ", ["列出汕头市医疗保障局存在的问题"], T(named("汕头市医疗保障局"), fact("problem"))),
    # follow-ups
    ("followup", ["唐村镇人民政府主动公开了多少条信息", "那木塔乡呢"],
     N(one("木塔乡人民政府", active))),
    ("followup", ["2023年有哪些单位", "其中街道有几个"], N(count(both(yr(2023), STREET)))),
    ("followup", ["哪些乡镇收到了申请", "那街道呢"], S(both(STREET, gt(requests, 0)))),
    ("followup", ["列出黄思湾街道存在的问题", "那广东从化经济开发区管理委员会呢"],
     T(named("广东从化经济开发区管理委员会"), fact("problem"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
