"""A nineteenth question set for the assistant on the real dev reports: three reviewers of
the level above the reporting organs sharing one chat.

    python -m bench.assistant_dev19                 # ask, print the score per type
    python -m bench.assistant_dev19 -v              # also every miss with the answer given
    python -m bench.assistant_dev19 --only contact  # one question type

Written without reading the assistant, its lexicons, its tests or the questions of the
earlier sets (only the machinery of ``bench.assistant_dev`` and the head of
``bench.assistant_dev6``), from the gold records and the report texts. Three voices, about a
third of the questions each:

- a young clerk (小王) who types casually: 23年 / 21年, 啊 / 呀 / 哪几个, 卫健委, 桦南县;
- a senior official who writes formal written Chinese: 请列示 / 烦请 / 逾50件 / 何单位;
- an auditor who is precise about numbers: 合计 / 平均值 / 不为零 / 精确的条数.

Types: zero (figures equal to 0 by level and year), over (non-zero / more than N), count
(organs and reports), organ (one organ's figure, one organ not in the corpus), rank
(最多 / 最少 / 前三), total (sums and means), contact (邮箱 / 传真 / 地址), official (分管领导,
负责科室), channel (微博, 抖音, 微信, 公开栏), phrase (wording of 存在问题 / 改进措施), check
(表三不平衡, no tables, table 3 present) and followup (2-3 turns: 那县直部门呢, 微信呢,
复议呢 → 诉讼呢, 仅看2021年度, 邮箱呢). Expectations are computed from the gold records by
``bench.assistant_dev``'s machinery; a blank figure is "not stated", never 0.

First run (against the assistant as it stood, bench/out/assistant_dev.db):
    all  40  right 31  extraction 2  miss 7   right 77.5%; assistant's own misses 17.5%
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, active, balance_fails, both, chan, contact,
                                 count, count_reports, eq, extreme, fact, fees, gt, licensing,
                                 lv, mean, named, phrase, place, punishment, requests, review,
                                 top, total, wechat, yr)

TOWN, STREET, CDEPT, CITYDEPT, PDEPT = (lv("township"), lv("subdistrict"), lv("county_dept"),
                                        lv("city_dept"), lv("province_dept"))


def litigation_only(r):
    """行政诉讼 alone (直接起诉 + 复议后起诉), else the narrative count."""
    v = [r.f("t4.direct.total"), r.f("t4.after_review.total")]
    if None not in v:
        return sum(v)
    return r.f("n.litigation_cases")


def one(fn, pred):
    """The figure of the one gold report where ``pred`` holds (None if not exactly one)."""
    def value(reps):
        hits = [r for r in reps if pred(r)]
        return fn(hits[0]) if len(hits) == 1 else None
    return value


def ranked(p):
    """An extreme/top predicate (r, reps) read over the reports being scored."""
    return lambda r: p(r, dev.GOLD)


def no_tables(r):
    return not any(r.table(t) for t in ("t2", "t3", "t4"))


def has_office(r):
    return r.has("responsible_office")


CASES = [
    # -- zero figures by level and year ---------------------------------------------------
    # clerk
    ("zero", ["23年街道办哪些是零申请的呀"],
     S(both(STREET, yr(2023), eq(requests, 0)))),
    # official
    ("zero", ["请列示2020年度依申请公开收件数为零的乡镇。"],
     S(both(TOWN, yr(2020), eq(requests, 0)))),
    # auditor
    ("zero", ["县直部门中行政处罚决定数为0的报告有哪些？"],
     S(both(CDEPT, eq(punishment, 0)))),

    # -- non-zero / more than N ---------------------------------------------------------------
    # auditor
    ("over", ["主动公开信息超过1000条的市直部门有哪些？"],
     S(both(CITYDEPT, gt(active, 1000)))),
    # official
    ("over", ["收到政府信息公开申请逾50件的单位，请予列出。"],
     S(gt(requests, 50))),
    # clerk
    ("over", ["行政许可不是0的有哪几家"],
     S(gt(licensing, 0))),

    # -- counts -------------------------------------------------------------------------------
    # official
    ("count", ["本次汇总的乡镇年报共涉及多少个乡镇？"],
     N(count(TOWN))),
    # clerk
    ("count", ["21年县直部门的报告有几份"],
     N(count_reports(both(CDEPT, yr(2021))))),
    # auditor
    ("count", ["收到申请为零的街道办事处共有几个？"],
     N(count(both(STREET, eq(requests, 0))))),

    # -- one organ's figures --------------------------------------------------------------------
    # auditor
    ("organ", ["信丰县卫健委2023年行政处罚决定数是多少？"],
     N(one(punishment, named("信丰县卫生健康委")))),
    # official
    ("organ", ["石家庄市教育局2021年度行政事业性收费金额为多少？"],
     N(one(fees, named("石家庄市教育局")))),
    # clerk
    ("organ", ["浙江省教育厅收了多少个申请啊"],
     N(one(requests, named("浙江省教育厅")))),
    # clerk
    ("organ", ["哈尔滨市教育局21年收到多少申请"],
     NONE),

    # -- rankings -------------------------------------------------------------------------------
    # auditor
    ("rank", ["主动公开条数最多的是哪个单位？"],
     S(ranked(extreme(active)))),
    # clerk
    ("rank", ["微信公众号发文前三名是哪几家"],
     S(ranked(top(wechat, 3)))),
    # official
    ("rank", ["县直部门中主动公开信息数量最少者为何单位？"],
     S(ranked(extreme(active, CDEPT, hi=False)))),

    # -- totals and means -------------------------------------------------------------------------
    # auditor
    ("total", ["2019年所有报告收到的政府信息公开申请合计多少件？"],
     N(total(requests, yr(2019)))),
    # clerk
    ("total", ["乡镇平均每家主动公开多少条啊"],
     N(mean(active, TOWN))),
    # auditor
    ("total", ["省直部门主动公开条数的平均值是多少？"],
     N(mean(active, PDEPT))),

    # -- contacts -----------------------------------------------------------------------------------
    # official
    ("contact", ["烦请提供来宾市卫生健康委员会的电子邮箱。"],
     T(named("来宾市卫生健康委员会"), contact("email"))),
    # auditor
    ("contact", ["莆田市商务局的传真号是多少"],
     T(named("莆田市商务局"), contact("fax"))),
    # official
    ("contact", ["云南省人民政府信息公开工作机构的办公地址在何处？"],
     T(named("云南省人民政府"), contact("address"))),

    # -- the official / office in charge ----------------------------------------------------------
    # clerk
    ("official", ["大街乡谁分管政务公开啊"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    # official
    ("official", ["蚌埠市财政局政务公开工作由哪些科室具体负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    # auditor
    ("official", ["哪些报告写明了具体负责政务公开的办公室或科室？"],
     S(has_office)),

    # -- channels -------------------------------------------------------------------------------------
    # clerk
    ("channel", ["有抖音或者视频号的单位有哪些"],
     S(chan("video"))),
    # official
    ("channel", ["2020年各乡镇中通过微信公众号公开信息的有哪些？"],
     S(both(TOWN, yr(2020), chan("wechat")))),
    # auditor
    ("channel", ["设置了信息公开栏的街道办事处有几个？"],
     N(count(both(STREET, chan("bulletin_board"))))),

    # -- phrases in problems and remedies -------------------------------------------------------------
    # clerk
    ("phrase", ["问题里说工作力量不足的是哪几个"],
     S(phrase("力量不足", ("problem",)))),
    # official
    ("phrase", ["存在的主要问题中涉及政策解读的单位有哪些？"],
     S(phrase("解读", ("problem",)))),
    # auditor
    ("phrase", ["改进措施中提出加强业务培训的报告是哪几份？"],
     S(phrase("业务培训", ("remedy",)))),

    # -- checks and missing tables ----------------------------------------------------------------------
    # auditor
    ("check", ["哪些报告表三收支不平衡？"],
     S(balance_fails)),
    # official
    ("check", ["市直部门中未附统计表格的报告有哪些？"],
     S(both(CITYDEPT, no_tables))),
    # clerk
    ("check", ["有表三数据的报告有哪几份"],
     S(lambda r: r.table("t3"))),

    # -- follow-ups ----------------------------------------------------------------------------------------
    # clerk
    ("followup", ["2023年街道办收到申请为零的有哪些", "那县直部门呢"],
     S(both(CDEPT, yr(2023), eq(requests, 0)))),
    # official
    ("followup", ["桦南县人民政府2019年主动公开政府信息多少条？",
                  "其中通过微信公众号发布多少条？"],
     N(one(wechat, named("桦南县人民政府")))),
    # auditor
    ("followup", ["上海市政府办公厅2019年收到申请多少件", "行政复议呢", "行政诉讼呢"],
     N(one(litigation_only, both(named("上海市人民政府办公厅"), yr(2019))))),
    # clerk
    ("followup", ["主动公开最多的县直部门是哪个", "那市直部门呢"],
     S(ranked(extreme(active, CITYDEPT)))),
    # official
    ("followup", ["开通政务微博的单位有哪些？", "仅看2021年度。"],
     S(both(chan("weibo"), yr(2021)))),
    # auditor
    ("followup", ["长春市民政局的联系电话是多少", "邮箱呢"],
     T(named("长春市民政局"), contact("email"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
