"""An eighteenth question set for the assistant on the real dev reports: terse, keyword-style
queries as typed into a search box or a phone chat (2 to 10 characters, few question words),
plus a few two-turn terse follow-ups (街道呢, 2023呢, 前3).

    python -m bench.assistant_dev18                 # ask, print the score per type
    python -m bench.assistant_dev18 -v              # also every miss with the answer given

Written without reading the assistant, its lexicons or tests, or the questions of
``bench.assistant_dev`` … ``assistant_dev17``: organ names, places and officials are taken
from the gold records and report texts of /work/shared/corpus/dev. Expectations are computed
from gold with the machinery and measures of ``bench.assistant_dev``.

First run (before any correction): n 30, right 22, extraction 2, miss 6 (right 73.3%; own misses 20.0%).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, active, both, chan, contact, count, eq,
                                 extreme, fact, fees, gt, licensing, litigation, lv, named,
                                 phrase, place, punishment, requests, review, top, total,
                                 wechat, yr)

TOWN, STREET, CDEPT, CITYDEPT, PDEPT, COUNTY = (lv("township"), lv("subdistrict"),
                                               lv("county_dept"), lv("city_dept"),
                                               lv("province_dept"), lv("county"))


def best(fn, pred=lambda r: True, hi=True):
    """The report(s) with the highest (lowest) stated ``fn`` among ``pred``, over the records
    being scored (gold, or the extraction for the extraction check)."""
    p = extreme(fn, pred, hi)
    return lambda r: p(r, dev.GOLD)


def first_n(fn, n, pred=lambda r: True):
    p = top(fn, n, pred)
    return lambda r: p(r, dev.GOLD)


def val(fn, pred):
    """``fn`` of the one report where ``pred`` holds (None when it is not exactly one)."""
    def v(reps):
        hits = [r for r in reps if pred(r)]
        return fn(hits[0]) if len(hits) == 1 else None
    return v


def heads(kind, n=10):
    """The opening characters of each narrative fact of ``kind`` (a problem is long)."""
    return lambda reps, pred: [v[:n] for v in fact(kind)(reps, pred)]


CASES = [
    # -- who: sets --------------------------------------------------------------------------
    ("set", ["无申请 街道"], S(both(STREET, eq(requests, 0)))),
    ("set", ["县直部门 申请0件"], S(both(CDEPT, eq(requests, 0)))),
    ("set", ["申请量 第一"], S(best(requests))),
    ("set", ["省直 微博"], S(both(PDEPT, chan("weibo")))),
    ("set", ["乡镇 公众号"], S(both(TOWN, chan("wechat")))),
    ("set", ["街道 公示栏"], S(both(STREET, chan("bulletin_board")))),
    ("set", ["抖音 单位"], S(phrase("抖音"))),
    ("set", ["有诉讼案件"], S(gt(litigation, 0))),
    ("set", ["行政许可 最多"], S(best(licensing))),
    ("set", ["微信发文 前三"], S(first_n(wechat, 3))),
    ("set", ["县政府 主动公开 最多"], S(best(active, COUNTY))),
    # -- how many / how much ------------------------------------------------------------------
    ("number", ["2023 市直 主动公开 总数"], N(total(active, both(CITYDEPT, yr(2023))))),
    ("number", ["行政处罚 合计"], N(total(punishment))),
    ("number", ["2020 乡镇 几个"], N(count(both(TOWN, yr(2020))))),
    ("number", ["2024 申请 合计"], N(total(requests, yr(2024)))),
    ("number", ["上海 2019 复议"], N(val(review, both(place("上海"), yr(2019))))),
    ("number", ["长春市政府 诉讼"], N(val(litigation, named("长春市人民政府办公厅")))),
    ("number", ["石家庄教育局 收费"], N(val(fees, named("石家庄市教育局")))),
    ("number", ["普宁公安 微信条数"], N(val(wechat, named("普宁市公安局")))),
    # -- contact and narrative ----------------------------------------------------------------
    ("contact", ["桦南县 联系电话"], T(named("桦南县人民政府"), contact("phones"))),
    ("contact", ["唐村镇 地址"], T(named("唐村镇人民政府"), contact("address"))),
    ("contact", ["云南省政府 邮箱"], T(named("云南省人民政府"), contact("email"))),
    ("contact", ["滨江民政 邮编"], T(named("杭州市滨江区民政局"), contact("postcode"))),
    ("contact", ["嘉兴市财政局 电话"], NONE),
    ("narrative", ["大街乡 负责领导"], T(named("大街乡人民政府"), fact("responsible_official"))),
    ("narrative", ["蚌埠财政局 具体负责科室"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("narrative", ["汕头医保 问题"], T(named("汕头市医疗保障局"), heads("problem"))),
    # -- terse follow-ups -----------------------------------------------------------------------
    ("followup", ["2020 乡镇 几个", "街道呢"], N(count(both(STREET, yr(2020))))),
    ("followup", ["2024 申请 合计", "2023呢"], N(total(requests, yr(2023)))),
    ("followup", ["乡镇 主动公开", "前3"], S(first_n(active, 3, TOWN))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
