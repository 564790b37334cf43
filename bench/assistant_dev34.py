"""A thirty-fourth question set for the assistant on the real dev reports: the questions the
independent reviewers (the offices above the reporting organs) most often type when they
check a batch of 政府信息公开工作年度报告.

    python -m bench.assistant_dev34                 # ask, print the score per type
    python -m bench.assistant_dev34 -v              # also every miss with the answer given
    python -m bench.assistant_dev34 --only followup # one question type

Written without reading the assistant, its lexicons, its tests or the questions of the
earlier sets (``bench.assistant_dev`` … ``assistant_dev33``); only the gold records and the
report texts were read. Forty conversations, spread over: conditions on a figure (为零 /
超过N / 有没有) by level, year and place; counts of reports and organs; one organ's figure
from table 2, table 4 or the prose; rankings (最多 / 最少 / 前三 / 前五); totals and
averages; contact details; the leader and the office in charge; channels; problems and
remedies in the reports' own words; table checks and missing tables; and ten 2-3 turn
follow-ups (那市直部门呢 / 只看县直部门 / 电话呢 / 平均呢 / 它的行政处罚…). The machinery
and expectations are ``bench.assistant_dev``'s; every expected answer is computed from gold.

First run (against the assistant as it stood; no expectation changed since):
    all 40, right 33, extraction 3, miss 4 (right 82.5%; assistant's own misses 10.0%)
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (N, S, T, active, balance_fails, both, chan, contact,
                                 count, count_reports, eq, extreme, fact, fees, gt, licensing,
                                 litigation, lv, mean, named, phrase, pick, place, punishment,
                                 requests, review, top, total, wechat, yr)

TOWN, STREET, CDEPT = lv("township"), lv("subdistrict"), lv("county_dept")
COUNTY, CITY_DEPT, PDEPT = lv("county"), lv("city_dept"), lv("province_dept")


def over_all(p):
    """A ranking predicate p(r, reps) read over the whole record set being scored."""
    return lambda r: p(r, dev.GOLD)


def no_table(t):
    """The report states no figure of table ``t`` (t2 / t3 / t4)."""
    return lambda r: not r.table(t)


def of(rid, fn):
    """One report's figure."""
    return lambda reps: fn(pick(reps, rid))


def lead(kind, n=12):
    """The opening words of each gold item of ``kind``: what a full answer must quote."""
    return lambda reps, pred: [v[:n] for r in reps if pred(r) for v in r.facts.get(kind, [])]


# (type, questions of one conversation, expectation of the last answer)
CASES = [
    # -- conditions on a figure, by level / year / place ---------------------------------
    ("condition", ["2023年哪些街道办事处全年没有收到政府信息公开申请？"],
     S(both(STREET, yr(2023), eq(requests, 0)))),
    ("condition", ["主动公开政府信息超过1000条的单位有哪些"],
     S(gt(active, 1000))),
    ("condition", ["乡镇和街道里面，有谁收到过依申请公开的申请吗"],
     S(both(lv("township", "subdistrict"), gt(requests, 0)))),
    ("condition", ["哪些单位发生了因政府信息公开引起的行政复议"],
     S(gt(review, 0))),
    ("condition", ["行政处罚决定超过10件的是哪些报告"],
     S(gt(punishment, 10))),
    ("condition", ["长春市有哪些单位报了年报？"],
     S(place("长春市"))),

    # -- counts ---------------------------------------------------------------------------
    ("count", ["2020年度的年报总共有几份"],
     N(count_reports(yr(2020)))),
    ("count", ["开通政务微博的有几家单位？"],
     N(count(chan("weibo")))),

    # -- one organ's figures (tables 2-4 and the prose) ------------------------------------
    ("organ", ["高新区（新市区）2022年行政许可办了多少件"],
     N(of("r062", licensing))),
    ("organ", ["上海市人民政府办公厅2019年共受理政府信息公开申请多少件？"],
     N(of("r042", requests))),
    ("organ", ["长春市人民政府办公厅2024年因政府信息公开被申请行政复议几件"],
     N(of("r126", review))),
    ("organ", ["石家庄市教育局2021年行政事业性收费金额多少万元"],
     N(of("r016", fees))),
    ("organ", ["信丰县卫健委2023年作出行政处罚多少件？"],
     N(of("r069", punishment))),

    # -- rankings -------------------------------------------------------------------------
    ("ranking", ["哪个单位主动公开的信息最多？"],
     S(over_all(extreme(active)))),
    ("ranking", ["收到政府信息公开申请数量排名前三的单位"],
     S(over_all(top(requests, 3)))),
    ("ranking", ["2023年主动公开信息条数最少的是哪家"],
     S(over_all(extreme(active, yr(2023), hi=False)))),
    ("ranking", ["微信公众号发布信息数量前五名是哪些单位"],
     S(over_all(top(wechat, 5)))),

    # -- totals and averages --------------------------------------------------------------
    ("total", ["2024年各单位共收到多少件信息公开申请"],
     N(total(requests, yr(2024)))),
    ("total", ["乡镇平均每家主动公开了多少条政府信息？"],
     N(mean(active, TOWN))),

    # -- contacts -------------------------------------------------------------------------
    ("contact", ["莆田市商务局信息公开的联系电话是多少"],
     T(named("莆田市商务局"), contact("phones"))),
    ("contact", ["云南省人民政府的政府信息公开邮箱是什么"],
     T(named("云南省人民政府"), contact("email"))),

    # -- official and office in charge ----------------------------------------------------
    ("official", ["大街乡人民政府由哪位领导负责政务公开工作？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["深圳市福田区集体经济发展服务署信息公开工作由哪个部门具体负责"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),

    # -- channels -------------------------------------------------------------------------
    ("channel", ["哪些单位通过抖音、短视频或者直播这类视频渠道公开信息"],
     S(chan("video"))),
    ("channel", ["设有信息公开查阅点的乡镇有哪些？"],
     S(both(TOWN, chan("reading_room")))),

    # -- problems and remedies ------------------------------------------------------------
    ("problem", ["哪些报告提到对外宣传的力度不够？"],
     S(phrase("对外宣传的力度不够"))),
    ("problem", ["问题部分写了政策解读方式不够多元的是哪个单位"],
     S(phrase("政策解读方式不够多元"))),

    # -- checks and missing tables --------------------------------------------------------
    ("check", ["哪些报告表三的数对不上，新收加上年结转不等于办理总数加结转下年的"],
     S(balance_fails)),
    ("check", ["2020年的乡镇报告中哪些没有第二部分主动公开情况的表格"],
     S(both(TOWN, yr(2020), no_table("t2")))),
    ("check", ["省级和市级政府里哪些年报缺少行政复议行政诉讼情况表？"],
     S(both(lv("province", "city"), no_table("t4")))),

    # -- follow-ups (2-3 turns) -----------------------------------------------------------
    ("followup", ["主动公开超过500条的县级政府有哪些", "那市直部门呢"],
     S(both(CITY_DEPT, gt(active, 500)))),
    ("followup", ["桦南县人民政府2019年收到几件申请", "微信公众号发了多少条"],
     N(of("r027", wechat))),
    ("followup", ["上海市人民政府办公厅2019年收到多少申请", "行政复议呢", "行政诉讼呢"],
     N(of("r042", litigation))),
    ("followup", ["2021年收到申请为零的单位有哪些", "只看县直部门"],
     S(both(CDEPT, yr(2021), eq(requests, 0)))),
    ("followup", ["哪些单位开通了政务微博", "其中省直部门有哪些"],
     S(both(chan("weibo"), PDEPT))),
    ("followup", ["2020年有哪些乡镇报告", "主动公开合计多少条", "平均呢"],
     N(mean(active, both(TOWN, yr(2020))))),
    ("followup", ["长春市民政局的联系地址在哪", "电话呢"],
     T(named("长春市民政局"), contact("phones"))),
    ("followup", ["行政许可决定数量最多的是哪个单位", "它的行政处罚有多少件"],
     N(of("r062", punishment))),
    ("followup", ["汕头市医疗保障局的报告里说了哪些问题", "改进措施是什么"],
     T(named("汕头市医疗保障局"), lead("remedy"))),
    ("followup", ["2022年的报告有几份", "其中县级政府有几个"],
     N(count(both(COUNTY, yr(2022))))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
