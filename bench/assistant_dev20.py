"""A twentieth question set for the assistant on the real dev reports: a reviewer preparing a
briefing, one theme per conversation.

    python -m bench.assistant_dev20                 # ask, print the score per type
    python -m bench.assistant_dev20 -v              # also every miss with the answer given
    python -m bench.assistant_dev20 --only disputes # one theme

Written without seeing the assistant, its lexicons, its tests or the questions of the earlier
sets. Themes: requests and how they were handled (收到, 部分公开, 不予公开, 无法提供, 不予处理,
上年结转), disputes (行政复议 / 行政诉讼 and their results), proactive disclosure (主动公开 counts,
规范性文件, 行政许可, 行政处罚, 收费), platforms (政务微博, 微信公众号, 政务服务中心, 公开栏)
and the problems / remedies of section 五. Each theme mixes lists, counts, one value, rankings,
totals and follow-ups. The machinery and expectations are ``bench.assistant_dev``'s; the
expectations are computed from the gold records.

Table 3 result rows: some reports leave the 总计 column blank and fill only the applicant
columns (上海市人民政府办公厅 2019); ``t3_rows`` reads a row's 总计 when stated and otherwise the
sum of its applicant cells, as a reviewer reading the table would.

First run (30 cases): right 19 (63.3%), extraction 2, miss 9 (own misses 30.0%).
"""
from __future__ import annotations

import sys
import unicodedata

from bench import assistant_dev as dev
from bench.assistant_dev import (N, S, T, both, chan, count, count_reports, eq, fact, gt,
                                 licensing, litigation, lv, mean, named, normative, punishment,
                                 requests, review, top, total, wechat, active, fees)

TOWN, STREET, CDEPT = lv("township"), lv("subdistrict"), lv("county_dept")
SH = "上海市人民政府办公厅"


def val(fn, name):
    """One organ's figure, by its gold name."""
    return lambda reps: next(fn(r) for r in reps if r.name == name)


def best(fn, n=1, pred=lambda r: True, hi=True):
    """The first n reports by fn (ties included), over the gold being scored."""
    return lambda r: top(fn, n, pred, hi)(r, dev.GOLD)


def t3_rows(prefix):
    """A table-3 result group: per row its 总计 when stated, else the sum of its applicant
    cells; None when no cell of the group is stated."""
    def fn(r):
        rows: dict = {}
        for k, v in r.figs.items():
            if k.startswith(prefix):
                row, col = k.rsplit(".", 1)
                rows.setdefault(row, {})[col] = v
        if not rows:
            return None
        return sum(c["total"] if "total" in c else sum(c.values()) for c in rows.values())
    return fn


partial = t3_rows("t3.partial.")
denied_any = t3_rows("t3.denied.")
unavailable_any = t3_rows("t3.unavailable.")
rejected_any = t3_rows("t3.rejected.")


def carried_over(r):
    return r.f("t3.carried_over.total")


def fig(key):
    return lambda r: r.f(key)


def said(s, kind):
    """The phrase in the report's gold problems (or remedies), NFKC-normalised (some reports
    print CJK radicals such as ⼒ for 力)."""
    return lambda r: any(s in unicodedata.normalize("NFKC", t) for t in r.facts.get(kind, []))


def has(kind):
    return lambda r: bool(r.facts.get(kind))


def strings(*ss):
    return lambda reps, pred: list(ss)


CASES = [
    # -- requests and how they were handled ----------------------------------------------------
    ("requests", ["上海市人民政府办公厅2019年一共收到了多少件政府信息公开申请？"],
     N(val(requests, SH))),
    ("requests", ["依申请公开的申请数量排前三的是哪几家单位？"],
     S(best(requests, 3))),
    ("requests", ["市直部门一共收到多少件信息公开申请？", "县直部门呢？"],
     N(total(requests, CDEPT))),
    ("requests", ["上海市政府办公厅办理的申请里，不予处理的有多少件？", "因为无法提供而没有公开的呢？"],
     N(val(unavailable_any, SH))),
    ("requests", ["哪些单位有上年结转过来、本年继续办理的申请？"],
     S(gt(carried_over, 0))),
    ("requests", ["各单位部分公开的申请加起来一共多少件？"],
     N(total(partial))),
    ("requests", ["哪些单位对申请作出过不予公开的答复？"],
     S(gt(denied_any, 0))),

    # -- disputes: 行政复议 and 行政诉讼 -----------------------------------------------------------
    ("disputes", ["因政府信息公开被申请行政复议的有哪些单位？"],
     S(gt(review, 0))),
    ("disputes", ["信息公开引起的行政复议案件总共有多少件？", "行政诉讼呢？"],
     N(total(litigation))),
    ("disputes", ["上海市人民政府办公厅的行政复议案件，结果维持的有几件？"],
     N(val(fig("t4.review.upheld"), SH))),
    ("disputes", ["上海市人民政府办公厅还有几件行政复议尚未审结？"],
     N(val(fig("t4.review.pending"), SH))),
    ("disputes", ["有几个乡镇明确说全年没有发生行政复议和行政诉讼？"],
     N(count(both(TOWN, eq(review, 0), eq(litigation, 0))))),
    ("disputes", ["哪个单位因为信息公开被提起的行政诉讼最多？"],
     S(best(litigation))),

    # -- proactive disclosure ------------------------------------------------------------------
    ("proactive", ["主动公开政府信息条数最多的是哪个单位？"],
     S(best(active))),
    ("proactive", ["乡镇主动公开的信息一共有多少条？", "街道的呢？"],
     N(total(active, STREET))),
    ("proactive", ["县直部门平均每家主动公开了多少条政府信息？"],
     N(mean(active, CDEPT))),
    ("proactive", ["本年新制发了规范性文件的有哪些单位？"],
     S(gt(normative, 0))),
    ("proactive", ["行政许可决定数量超过1000件的单位有哪些？"],
     S(gt(licensing, 1000))),
    ("proactive", ["所有报告里的行政处罚决定加起来有多少件？"],
     N(total(punishment))),
    ("proactive", ["行政事业性收费金额最高的是哪个单位？", "它的收费金额是多少万元？"],
     N(val(fees, "石家庄市教育局"))),

    # -- platforms -----------------------------------------------------------------------------
    ("platforms", ["哪些单位开通了政务微博？"],
     S(chan("weibo"))),
    ("platforms", ["依托政务服务中心公开政府信息的单位有几个？"],
     N(count(chan("service_hall")))),
    ("platforms", ["乡镇里有几个用了微信公众号发布信息？", "那用公开栏的有几个？"],
     N(count(both(TOWN, chan("bulletin_board"))))),
    ("platforms", ["微信公众号发布信息条数排前三的是哪些单位？"],
     S(best(wechat, 3))),
    ("platforms", ["哪些街道办设置了公开栏？"],
     S(both(STREET, chan("bulletin_board")))),

    # -- problems and remedies (section 五) ----------------------------------------------------
    ("problems", ["上海市人民政府办公厅在报告里说存在哪些问题？"],
     T(named(SH), strings("理论学习仍需加强", "决策公开仍需进一步加强",
                          "政府网站集约化建设需持续推进", "政策解读方式不够多元"))),
    ("problems", ["哪些单位在存在的问题里提到工作力量不足？"],
     S(said("力量", "problem"))),
    ("problems", ["有几份报告写明了存在的主要问题？"],
     N(count_reports(has("problem")))),
    ("problems", ["浑南区民族和宗教事务局下一步打算怎么改进？"],
     T(named("浑南区民族和宗教事务局"), strings("加大政府信息对外宣传力度"))),
    ("problems", ["改进措施里提到加强培训的有哪些单位？"],
     S(said("培训", "remedy"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
