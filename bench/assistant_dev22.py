"""A twenty-second question set for the assistant on the real dev reports: an experienced
reviewer who has read many of these annual reports and now asks the database what they
would otherwise look up by hand, across the whole range.

    python -m bench.assistant_dev22                 # ask, print the score per type
    python -m bench.assistant_dev22 -v              # also every miss with the answer given
    python -m bench.assistant_dev22 --only contact  # one question type

Written without reading the assistant, its lexicons or tests, or the questions of the
other sets (``bench.assistant_dev`` … ``assistant_dev21``): only the machinery of
``bench.assistant_dev``, the record contract and the gold records / report texts. 40
conversations: figures of table 2 (收费金额, 行政许可, 规范性文件), table 3 (申请数, 结转下年度)
and table 4 (复议维持, 诉讼); rankings (最多, 前三, 最少), totals and means, counts of organs,
organs by level / year / place, thresholds (超过…), contacts (电话, 邮箱, 地址和邮编),
responsible officials and offices, channels (政务微博, 抖音/视频号),
problems and remedies as the gold states them, a phrase in section 五, the table-3 balance
check, a missing table 3, the 2019 template in a 2023 report, a per-year grouping, an organ
not in the corpus, and 那…呢 / 只看… / 行政诉讼呢 follow-ups. Every expectation is computed
from gold with the measures of ``bench.assistant_dev``; a blank figure is "not stated".

First run: 40 questions, 36 right, 3 extraction errors (前三 主动公开: 乌鲁木齐市 8989 read
as its total; 微信公众号 sum 7813 vs 9629; 县直部门 by year: an extra 2022 report), 1 own miss
(杭州市民政局, not in the corpus, answered with 杭州市滨江区民政局): right 90.0%, the
assistant's own misses 2.5%. No expectation was changed after the run.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, G, N, S, T, active, balance_fails, both, chan, contact,
                                 count, eq, extreme, fact, fees, gt, licensing,
                                 litigation, lv, mean, named, normative, phrase, place,
                                 requests, top, total, wechat, yr)

TOWN, STREET, COUNTY, CDEPT, CITYDEPT, PROV = (lv("township"), lv("subdistrict"), lv("county"),
                                              lv("county_dept"), lv("city_dept"),
                                              lv("province"))


def ranked(p):
    """A ranking measure (``extreme`` / ``top``) over the reports being scored."""
    return lambda r: p(r, dev.GOLD)


def one(name, fn, year=None):
    """One organ's figure, as its report (of that year, when given) states it."""
    def value(reps):
        for r in reps:
            if r.name == name and (year is None or r.year == year):
                return fn(r)
        return None
    return value


def fig(key):
    return lambda r: r.f(key)


def t2019(r):
    """The 2019 table 2 (本年新制作 / 上一年项目数量), as the gold figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


def has_problem(r):
    return r.has("problem")


def contacts(*fields):
    return lambda reps, pred: [c for f in fields for c in contact(f)(reps, pred)]


SH = "上海市人民政府办公厅"

CASES = [
    # -- table 3 / table 4 of one report ---------------------------------------------------
    ("table3", ["上海市人民政府办公厅2019年一共收到多少件政府信息公开申请？"],
     N(one(SH, requests, 2019))),
    ("table3", ["上海市政府办公厅2019年有多少件申请结转到下年度继续办理？"],
     N(one(SH, fig("t3.carried_forward.total"), 2019))),
    ("table4", ["上海市人民政府办公厅2019年行政复议结果维持的有几件？"],
     N(one(SH, fig("t4.review.upheld"), 2019))),
    ("table4", ["2019年上海市政府办公厅因信息公开被提起行政诉讼多少件？"],
     N(one(SH, litigation, 2019))),
    # -- table 2 ---------------------------------------------------------------------------
    ("table2", ["石家庄市教育局2021年行政事业性收费金额是多少？"],
     N(one("石家庄市教育局", fees, 2021))),
    ("table2", ["新市区2022年行政许可决定有多少件？"],
     N(one("高新区(新市区)", licensing, 2022))),
    ("table2", ["哪些单位当年新制发了规范性文件？"],
     S(gt(normative, 0))),
    # -- rankings --------------------------------------------------------------------------
    ("rank", ["行政许可决定数量最多的是哪个单位？"],
     S(ranked(extreme(licensing)))),
    ("rank", ["主动公开信息条数排前三的是哪几家？"],
     S(ranked(top(active, 3)))),
    ("rank", ["县级政府里哪家主动公开的信息最少？"],
     S(ranked(extreme(active, COUNTY, hi=False)))),
    # -- totals, means, counts -------------------------------------------------------------
    ("total", ["所有年报里微信公众号发布的信息加起来一共多少条？"],
     N(total(wechat))),
    ("mean", ["县级政府平均每家主动公开多少条信息？"],
     N(mean(active, COUNTY))),
    ("mean", ["2024年的年报平均每份收到几件信息公开申请？"],
     N(mean(requests, yr(2024)))),
    ("count", ["有几个乡镇在年报里提到用微信公众号公开信息？"],
     N(count(both(TOWN, chan("wechat"))))),
    ("count", ["全年没有收到一件政府信息公开申请的单位有多少个？"],
     N(count(eq(requests, 0)))),
    # -- organs by level / year / place, thresholds -----------------------------------------
    ("level", ["2024年有哪些乡镇报了年报？"],
     S(both(TOWN, yr(2024)))),
    ("place", ["长春市都有哪些单位的年报？"],
     S(place("长春市"))),
    ("threshold", ["收到信息公开申请超过50件的单位有哪些？"],
     S(gt(requests, 50))),
    ("threshold", ["主动公开信息超过400条的县直部门有哪些？"],
     S(both(CDEPT, gt(active, 400)))),
    # -- contacts ---------------------------------------------------------------------------
    ("contact", ["邹城市唐村镇政府信息公开的联系电话是多少？"],
     T(named("唐村镇人民政府"), contact("phones"))),
    ("contact", ["来宾市卫健委的电子邮箱是多少？"],
     T(named("来宾市卫生健康委员会"), contact("email"))),
    ("contact", ["东至县木塔乡的地址和邮编是什么？"],
     T(named("木塔乡人民政府"), contacts("address", "postcode"))),
    # -- officials and offices --------------------------------------------------------------
    ("official", ["大街乡的政务公开是哪位领导分管的？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["昆明经开区招商合作局由哪位领导分管信息公开工作？"],
     T(named("中国(云南)自贸易区昆明片区(昆明经开区)招商合作局"),
       fact("responsible_official"))),
    ("office", ["蚌埠市财政局的政务公开具体由哪些科室负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("office", ["福田区集体经济发展服务署的信息公开由哪个部门具体负责？"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),
    # -- channels ---------------------------------------------------------------------------
    ("channel", ["哪些单位开通了政务微博发布信息？"],
     S(chan("weibo"))),
    ("channel", ["县直部门里有谁用抖音、视频号这类短视频平台公开信息？"],
     S(both(CDEPT, chan("video")))),
    # -- problems, remedies, phrases ---------------------------------------------------------
    ("problem", ["汕头市医疗保障局在年报里自查出了哪些问题？"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("remedy", ["浑南区民族和宗教事务局下一步准备怎么改进？"],
     T(named("浑南区民族和宗教事务局"), fact("remedy"))),
    ("phrase", ["哪些单位在存在的问题里提到政策解读做得不够？"],
     S(phrase("解读", kinds=("problem",)))),
    # -- checks, missing tables, templates, grouping ----------------------------------------
    ("check", ["有没有表三对不上账的报告，新收加上年结转不等于办结加结转下年度的？"],
     S(balance_fails)),
    ("missing", ["哪些年报有表二但是没有表三的数据？"],
     S(lambda r: r.table("t2") and not r.table("t3"))),
    ("template", ["2023年的报告里还有用2019版旧表格的吗？"],
     S(both(yr(2023), t2019))),
    ("group", ["县直部门的年报按年份分别有多少份？"],
     G(lambda r: r.year, CDEPT)),
    # -- follow-ups and an organ not in the corpus ------------------------------------------
    ("followup", ["2019年市直部门有哪些报告？", "那2023年呢？"],
     S(both(CITYDEPT, yr(2023)))),
    ("followup", ["浙江省教育厅2024年收到多少件信息公开申请？", "微信公众号发了多少条？"],
     N(one("浙江省教育厅", wechat, 2024))),
    ("followup", ["哪些街道办事处的年报写了存在的问题？", "只看2021年的"],
     S(both(STREET, yr(2021), has_problem))),
    ("followup", ["长春市人民政府办公厅2024年收到多少件申请？", "行政诉讼呢？"],
     N(one("长春市人民政府办公厅", litigation, 2024))),
    ("none", ["杭州市民政局2021年收到多少件信息公开申请？"],
     NONE),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
