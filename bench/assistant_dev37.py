"""A thirty-seventh question set for the assistant on the real dev reports: what the
independent reviewers (the level above the reporting organs) would most often type.

    python -m bench.assistant_dev37                 # ask, print the score per type
    python -m bench.assistant_dev37 -v              # also every miss with the answer given
    python -m bench.assistant_dev37 --only followup # one question type

Written without seeing the assistant, its lexicons, its tests, or the questions of the earlier
sets (``bench.assistant_dev`` … ``assistant_dev36`` and the other helpers' sets); only the
contract, the gold records and the report texts were read. 40 conversations: conditions on
figures (为零 / 超过N / 不为零) by level, year and place; counts (几份 / 几个); one organ's figures
(table 2, table 3, narrative); rankings and top N; totals, averages and a per-year breakdown;
contacts (电话, 传真, 邮箱); the official and the office in charge; channels (微博, 短视频,
微信公众号, 发布会); problems and remedies (gold phrases 力量不足 and 培训, one organ's
problems); check failures and missing tables; and ten 2-3 turn follow-ups (…呢, 其中…,
只看…, 它们一共…). The machinery and expectations are ``bench.assistant_dev``'s; every
expected answer is computed from gold.

First run (current assistant, bench/out/assistant_dev.db):
    all  40  right 37  extraction 2  miss 1   right 92.5%; assistant's own misses 2.5%
No expectation was changed after the run. The two extraction errors both come from r052
(普宁市公安局): gold reads 1816 as its WeChat post count ("在各公众号中推出…信息1816条"), but
extraction does not. The one miss is 信息公开工作由办公室牵头负责的单位有哪些 (responsible_office).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, STREET, TOWN, G, N, S, T, active, balance_fails, both,
                                 chan, contact, count, count_reports, eq, extreme, fact, fees,
                                 gt, licensing, litigation, lv, mean, named, phrase, pick,
                                 punishment, requests, review, top, total, wechat, yr)

CITY, COUNTY, CITYDEPT = lv("city"), lv("county"), lv("city_dept")


def X(p):
    """A ranking predicate p(r, reps) made into a plain one over the reports being scored."""
    return lambda r: p(r, dev.GOLD)


def one(rid, fn):
    """One report's figure (by its file id, the same in gold and extraction)."""
    return lambda reps: fn(pick(reps, rid))


def no_table(t):
    return lambda r: not r.table(t)


def office(value):
    return lambda r: r.has("responsible_office", value)


CASES = [
    # -- conditions on figures, by level / year / place ---------------------------------------
    ("condition", ["2023年哪些单位全年没有收到政府信息公开申请？"],
     S(both(yr(2023), eq(requests, 0)))),
    ("condition", ["乡镇中主动公开政府信息超过200条的有哪些"],
     S(both(TOWN, gt(active, 200)))),
    ("condition", ["县直部门里行政处罚决定数不是0的有哪几个？"],
     S(both(CDEPT, gt(punishment, 0)))),
    ("condition", ["微信公众号发布信息超过1000条的单位"],
     S(gt(wechat, 1000))),
    ("condition", ["2019年哪些单位收到过政府信息公开申请"],
     S(both(yr(2019), gt(requests, 0)))),

    # -- counts ------------------------------------------------------------------------------
    ("count", ["2019年度的年报一共有几份？"], N(count_reports(yr(2019)))),
    ("count", ["一共有多少个街道办事处报送了年报"], N(count(STREET))),

    # -- one organ's figures -------------------------------------------------------------------
    ("organ", ["新市区2022年行政许可决定有多少件"], N(one("r062", licensing))),
    ("organ", ["石家庄市教育局2021年行政事业性收费金额是多少"], N(one("r016", fees))),
    ("organ", ["信丰县卫健委行政处罚了多少件？"], N(one("r069", punishment))),
    ("organ", ["桦南县的微信公众号一年发了多少条信息"], N(one("r027", wechat))),

    # -- rankings and top N --------------------------------------------------------------------
    ("rank", ["微信公众号发文量排前三的单位是哪几个"], S(X(top(wechat, 3)))),
    ("rank", ["市直部门中主动公开条数最少的是哪个？"],
     S(X(extreme(active, CITYDEPT, hi=False)))),
    ("rank", ["依申请公开数量排名前五的单位"], S(X(top(requests, 5)))),

    # -- totals, averages, breakdowns ----------------------------------------------------------
    ("total", ["所有年报里的政府信息公开申请加起来有多少件"], N(total(requests))),
    ("total", ["乡镇平均每家主动公开多少条信息？"], N(mean(active, TOWN))),
    ("total", ["2021年度微信公众号发布信息总数是多少"], N(total(wechat, yr(2021)))),
    ("total", ["按年度统计一下各有几份年报"], G(lambda r: r.year, lambda r: True)),

    # -- contacts ------------------------------------------------------------------------------
    ("contact", ["云南省人民政府信息公开的联系电话"],
     T(named("云南省人民政府"), contact("phones"))),
    ("contact", ["莆田市商务局的传真是多少？"], T(named("莆田市商务局"), contact("fax"))),

    # -- official and office in charge ----------------------------------------------------------
    ("official", ["大街乡的信息公开工作由哪位领导分管"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["蚌埠市财政局信息公开具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("official", ["信息公开工作由办公室牵头负责的单位有哪些"], S(office("办公室"))),

    # -- channels ------------------------------------------------------------------------------
    ("channel", ["哪些单位开通了政务微博？"], S(chan("weibo"))),
    ("channel", ["有哪些单位用抖音、视频号这类短视频平台发布信息"], S(chan("video"))),

    # -- problems and remedies -------------------------------------------------------------------
    ("problem", ["哪些年报在存在问题里提到工作力量不足"],
     S(phrase("力量不足", ("problem",)))),
    ("problem", ["汕头市医疗保障局存在哪些主要问题"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["哪些单位的改进措施里提到要加强培训？"], S(phrase("培训", ("remedy",)))),

    # -- checks and missing tables -----------------------------------------------------------------
    ("check", ["哪些报告表三的勾稽关系不平衡"], S(balance_fails)),
    ("check", ["2023年的年报中哪些没有主动公开情况的表格（表二）"],
     S(both(yr(2023), no_table("t2")))),

    # -- follow-ups ------------------------------------------------------------------------------
    ("followup", ["长春市人民政府办公厅2024年收到多少件申请？", "行政复议呢？"],
     N(one("r126", review))),
    ("followup", ["来宾市卫生健康委员会的电话是多少", "邮箱呢"],
     T(named("来宾市卫生健康委员会"), contact("email"))),
    ("followup", ["哪些乡镇通过微信公众号公开信息", "其中2020年的呢"],
     S(both(TOWN, chan("wechat"), yr(2020)))),
    ("followup", ["县直部门一共有几份年报", "其中2021年的呢"],
     N(count_reports(both(CDEPT, yr(2021))))),
    ("followup", ["微信公众号发文最多的是哪家", "那主动公开最多的呢？"],
     S(X(extreme(active)))),
    ("followup", ["清江浦区人民政府收到多少申请", "它的联系电话是多少"],
     T(named("清江浦区人民政府"), contact("phones"))),
    ("followup", ["市级政府有哪些", "其中通过新闻发布会公开信息的呢"],
     S(both(CITY, chan("press")))),
    ("followup", ["哪些单位收到的申请是0件", "只看县直部门"],
     S(both(CDEPT, eq(requests, 0)))),
    ("followup", ["上海市人民政府办公厅2019年行政复议多少件", "行政诉讼呢"],
     N(one("r042", litigation))),
    ("followup", ["主动公开信息超过1000条的有哪些单位", "只看县级政府", "它们一共公开了多少条"],
     N(total(active, both(COUNTY, gt(active, 1000))))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
