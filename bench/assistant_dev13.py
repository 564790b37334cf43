"""A thirteenth question set for the assistant on the real dev reports: the everyday
questions of a provincial or city office reviewer checking the annual reports of the organs
below it.

    python -m bench.assistant_dev13                 # ask, print the score per type
    python -m bench.assistant_dev13 -v              # also every miss with the answer given
    python -m bench.assistant_dev13 --only contact  # one question type

Written without seeing the assistant, its lexicons, its tests or the questions of
``bench.assistant_dev`` … ``assistant_dev12``: only the contract, the gold records and the
report texts. The bread and butter, spread evenly: organs with no requests / more than N
requests (by level, year), how many organs meet a condition, one organ's figure (申请,
主动公开, 复议, 诉讼, 处罚, 许可, 收费), rankings (最多, 最少, 前N名), totals and averages
over a level or a year, contact details, who is in charge of disclosure, channels (微博,
微信公众号, 服务中心, 抖音), phrases in problems and remedies, arithmetic checks and
missing tables, and the simple follow-ups (其中街道呢, 那省直部门呢, 前五名呢, 那2021年呢,
行政诉讼呢). Expectations are computed from gold with ``bench.assistant_dev``'s measures.

First run (before any correction):
    all  40  right 35  extraction 2  miss 3   right 87.5%; assistant's own misses 7.5%
No expectation was changed after it.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (STREET, TOWN, N, S, T, active, both, chan, contact,
                                 count, eq, extreme, fact, fees, gt, licensing, litigation, lv,
                                 mean, named, phrase, punishment, requests, review, top, total,
                                 wechat, yr)

CITYDEPT, PDEPT = lv("city_dept"), lv("province_dept")


def of(fn, name):
    """One organ's figure, the organ typed by its gold name."""
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def ranked(rank):
    """extreme / top take the reports as a second argument: bind them to the set scored."""
    return lambda r: rank(r, dev.GOLD)


def no_t3(r):
    return not r.table("t3")


def has_t4(r):
    return r.table("t4")


CASES = [
    # -- organs with no requests ------------------------------------------------------------
    ("zero", ["2024年有哪些单位全年没有收到政府信息公开申请？"],
     S(both(yr(2024), eq(requests, 0)))),
    ("zero", ["2023年零申请的单位有哪些", "其中街道呢？"],
     S(both(yr(2023), eq(requests, 0), STREET))),
    ("zero", ["哪些乡镇一件申请都没收到？", "那街道办呢？"],
     S(both(STREET, eq(requests, 0)))),

    # -- more than N requests ----------------------------------------------------------------
    ("threshold", ["收到政府信息公开申请超过50件的单位有哪些？"],
     S(gt(requests, 50))),
    ("threshold", ["2019年依申请公开超过10件的是哪些单位"],
     S(both(yr(2019), gt(requests, 10)))),
    ("threshold", ["申请数超过10件的市直部门有哪些？", "那省直部门呢？"],
     S(both(PDEPT, gt(requests, 10)))),

    # -- how many ------------------------------------------------------------------------------
    ("count", ["有多少个乡镇报送了政府信息公开年度报告？"],
     N(count(TOWN))),
    ("count", ["开通了微信公众号的单位有多少家？"],
     N(count(chan("wechat")))),
    ("count", ["零申请的市直部门有几个"],
     N(count(both(CITYDEPT, eq(requests, 0))))),

    # -- one organ's figure --------------------------------------------------------------------
    ("figure", ["桦南县2019年受理了多少件依申请公开？"],
     N(of(requests, "桦南县人民政府"))),
    ("figure", ["上海市政府办公厅2019年被申请行政复议几件？", "那行政诉讼呢？"],
     N(of(litigation, "上海市人民政府办公厅"))),
    ("figure", ["长春市人民政府办公厅的行政复议案件有多少"],
     N(of(review, "长春市人民政府办公厅"))),
    ("figure", ["信丰县卫生健康委行政处罚了多少件？"],
     N(of(punishment, "信丰县卫生健康委"))),
    ("figure", ["新市区的行政许可决定数是多少"],
     N(of(licensing, "高新区(新市区)"))),
    ("figure", ["石家庄市教育局行政事业性收费金额多少万元？"],
     N(of(fees, "石家庄市教育局"))),

    # -- rankings --------------------------------------------------------------------------------
    ("rank", ["哪个单位主动公开的信息最多？", "前五名呢？"],
     S(ranked(top(active, 5)))),
    ("rank", ["依申请公开数量最少的市直部门是哪个"],
     S(ranked(extreme(requests, CITYDEPT, hi=False)))),
    ("rank", ["微信公众号发布信息最多的前三名"],
     S(ranked(top(wechat, 3)))),
    ("rank", ["乡镇里面主动公开条数最多的是哪个？"],
     S(ranked(extreme(active, TOWN)))),

    # -- totals and averages -----------------------------------------------------------------
    ("aggregate", ["2020年各单位主动公开信息加起来一共多少条？"],
     N(total(active, yr(2020)))),
    ("aggregate", ["乡镇平均每个收到多少件申请"],
     N(mean(requests, TOWN))),
    ("aggregate", ["市直部门合计收到多少件政府信息公开申请？"],
     N(total(requests, CITYDEPT))),
    ("aggregate", ["2023年全部单位一共收到多少件申请？", "那2021年呢？"],
     N(total(requests, yr(2021)))),

    # -- contact details ----------------------------------------------------------------------
    ("contact", ["来宾市卫生健康委员会的联系电话是多少？"],
     T(named("来宾市卫生健康委员会"), contact("phones"))),
    ("contact", ["云南省人民政府信息公开工作的通讯地址是什么"],
     T(named("云南省人民政府"), contact("address"))),
    ("contact", ["长春市民政局的电子邮箱"],
     T(named("长春市民政局"), contact("email"))),
    ("contact", ["桦南县政府的邮政编码？"],
     T(named("桦南县人民政府"), contact("postcode"))),

    # -- who is in charge ----------------------------------------------------------------------
    ("official", ["大街乡由哪位领导分管政务公开？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["蚌埠市财政局政务公开由哪些科室负责"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("official", ["福田区集体经济发展服务署具体负责信息公开的是哪个部门？"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),

    # -- channels --------------------------------------------------------------------------------
    ("channel", ["哪些单位开通了政务微博？"],
     S(chan("weibo"))),
    ("channel", ["通过政务服务中心或者党群服务中心公开信息的有哪些单位"],
     S(chan("service_hall"))),
    ("channel", ["2023年利用微信公众号公开信息的单位有哪些？"],
     S(both(yr(2023), chan("wechat")))),
    ("channel", ["用抖音、视频号发布政务信息的单位"],
     S(chan("video"))),

    # -- problems and remedies --------------------------------------------------------------
    ("phrase", ["哪些报告的存在问题部分提到了宣传？"],
     S(phrase("宣传", ("problem",)))),
    ("phrase", ["改进措施里提到加强业务培训的有哪些单位"],
     S(phrase("业务培训", ("remedy",)))),
    ("phrase", ["存在问题里提到“解读”的报告有哪些？"],
     S(phrase("解读", ("problem",)))),

    # -- checks and missing tables -----------------------------------------------------------
    ("check", ["哪些报告表三收支不平衡？"],
     S(dev.balance_fails)),
    ("check", ["2020年的报告里哪些没有附收到和处理政府信息公开申请情况表？"],
     S(both(yr(2020), no_t3))),
    ("check", ["哪些报告填了行政复议、行政诉讼情况表"],
     S(has_t4)),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
