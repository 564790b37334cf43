"""A forty-fifth question set for the assistant on the real dev reports: reviewers at the
level above writing the year's assessment of each level's disclosure work.

    python -m bench.assistant_dev45                 # ask, print the score per type
    python -m bench.assistant_dev45 -v              # also every miss with the answer given
    python -m bench.assistant_dev45 --only followup # one question type

Written without reading the assistant, its lexicons or tests, or the questions of any earlier
set (``bench.assistant_dev`` … ``assistant_dev44``): only the contract, the gold records and
the report texts. What an assessment needs: who did / did not receive requests, review or
litigation (乡镇 零申请, 街道办, 行政诉讼, 行政复议, 超过50件); how many organs of a level
(市直部门, 县级政府); totals and averages (乡镇申请合计, 市直部门主动公开, 县直部门平均申请,
2024年平均主动公开); the leading organs (主动公开最多/最少, 微信公众号前三, 行政处罚最多);
particular organs' figures (浙江省教育厅, 高新区（新市区）, 上海市人民政府办公厅, 唐村镇),
contacts (云南省人民政府, 蚌埠市财政局, 长春市民政局) and officials / offices (大街乡,
福田区集体经济发展服务署); channels (政务微博, 公开栏, 抖音); problems and remedies stated
(汕头市医疗保障局, 浑南区民族和宗教事务局); a phrase (保密审查); arithmetic and completeness
(表三不平衡: none in gold; 市直部门未写申请数); follow-ups that narrow or switch; a grouping by
year; and an organ not in the corpus. Expectations are computed from gold with the measures of
``bench.assistant_dev``; the machinery is that module's.

First run (no expectation corrected after it): n 40, right 37, extraction 1, miss 2 (92.5%).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, NONE, STREET, TOWN, G, N, S, T, active, balance_fails,
                                 both, chan, contact, count, count_reports, eq, extreme, fact,
                                 gt, licensing, litigation, lv, mean, named, phrase,
                                 punishment, requests, review, top, total, wechat, yr)

CITYDEPT, COUNTY = lv("city_dept"), lv("county")


def at(p):
    """A measure of the whole corpus (extreme, top) as a one-report predicate."""
    return lambda r: p(r, dev.GOLD)


def of(name, fn):
    """One organ's figure: ``fn`` of the report named ``name`` (None when none is)."""
    def f(reps):
        r = next((r for r in reps if r.name == name), None)
        return fn(r) if r is not None else None
    return f


def review_upheld(r):
    return r.f("t4.review.upheld")


def no_requests_stated(r):
    return requests(r) is None


CASES = [
    # -- who did / did not receive requests, review, litigation --------------------------------
    ("who", ["哪些乡镇全年没有收到政府信息公开申请？"], S(both(TOWN, eq(requests, 0)))),
    ("who", ["今年有哪些街道办事处收到了依申请公开？"], S(both(STREET, gt(requests, 0)))),
    ("who", ["哪些单位被提起了行政诉讼？"], S(gt(litigation, 0))),
    ("who", ["发生过行政复议案件的机关有哪些"], S(gt(review, 0))),
    ("who", ["收到申请超过50件的是哪几家"], S(gt(requests, 50))),
    # -- how many organs ------------------------------------------------------------------------
    ("count", ["市直部门一共有几家报了年报？"], N(count(CITYDEPT))),
    ("count", ["县级政府的年度报告有多少份"], N(count_reports(COUNTY))),
    ("count", ["全年零申请的乡镇有多少个？"], N(count(both(TOWN, eq(requests, 0))))),
    # -- totals and averages --------------------------------------------------------------------
    ("total", ["乡镇收到的信息公开申请合计多少件"], N(total(requests, TOWN))),
    ("total", ["市直部门主动公开的信息总共有多少条？"], N(total(active, CITYDEPT))),
    ("mean", ["县直部门平均每家收到多少件申请？"], N(mean(requests, CDEPT))),
    ("mean", ["2024年的报告里，平均主动公开信息多少条"], N(mean(active, yr(2024)))),
    # -- the leading organs ---------------------------------------------------------------------
    ("top", ["主动公开信息数量最多的是哪个单位？"], S(at(extreme(active)))),
    ("top", ["微信公众号发文最多的前三名是谁"], S(at(top(wechat, 3)))),
    ("top", ["县直部门中主动公开条数最少的是哪家"], S(at(extreme(active, CDEPT, hi=False)))),
    ("top", ["2019年的年报中哪个单位主动公开的信息最多？"], S(at(extreme(active, yr(2019))))),
    ("top", ["行政处罚决定数最多的是哪个单位"], S(at(extreme(punishment)))),
    # -- particular organs' figures -------------------------------------------------------------
    ("organ", ["浙江省教育厅2024年受理了多少件依申请公开？"], N(of("浙江省教育厅", requests))),
    ("organ", ["高新区（新市区）2022年作出了多少件行政许可决定"],
     N(of("高新区(新市区)", licensing))),
    ("organ", ["上海市人民政府办公厅2019年的行政复议案件中维持了几件？"],
     N(of("上海市人民政府办公厅", review_upheld))),
    ("organ", ["邹城市唐村镇2020年主动公开了多少条政府信息"], N(of("唐村镇人民政府", active))),
    # -- contacts, officials, offices ----------------------------------------------------------
    ("contact", ["云南省人民政府信息公开的咨询电话是多少？"],
     T(named("云南省人民政府"), contact("phones"))),
    ("contact", ["蚌埠市财政局的办公地址在哪里"], T(named("蚌埠市财政局"), contact("address"))),
    ("contact", ["长春市民政局的电子邮箱是什么"], T(named("长春市民政局"), contact("email"))),
    ("official", ["龙游县大街乡是哪位领导分管政务公开的"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["深圳市福田区集体经济发展服务署由哪个部门具体负责信息公开？"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),
    # -- channels -------------------------------------------------------------------------------
    ("channel", ["哪些单位通过政务微博发布信息？"], S(chan("weibo"))),
    ("channel", ["乡镇里有哪些利用公开栏公示栏公开政务信息"],
     S(both(TOWN, chan("bulletin_board")))),
    ("channel", ["有哪些单位开通了抖音等短视频账号"], S(chan("video"))),
    # -- problems, remedies, phrases ------------------------------------------------------------
    ("problem", ["汕头市医疗保障局报告的存在问题是什么？"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["浑南区民族和宗教事务局下一步打算怎么改进？"],
     T(named("浑南区民族和宗教事务局"), fact("remedy"))),
    ("phrase", ["哪些报告里提到了保密审查？"], S(phrase("保密审查"))),
    # -- arithmetic and completeness ------------------------------------------------------------
    ("check", ["哪些报告第三部分申请数据收支不平衡？"], S(balance_fails)),
    ("check", ["市直部门里哪些年报没有写明收到申请的数量"],
     S(both(CITYDEPT, no_requests_stated))),
    # -- follow-ups that narrow or switch -------------------------------------------------------
    ("followup", ["哪些单位收到了信息公开申请？", "只看市直部门的"],
     S(both(CITYDEPT, gt(requests, 0)))),
    ("followup", ["县级政府主动公开信息一共多少条", "那县直部门呢？"], N(total(active, CDEPT))),
    ("followup", ["2023年有哪些单位的报告", "其中收到过申请的有哪些"],
     S(both(yr(2023), gt(requests, 0)))),
    ("followup", ["武汉市财政局收到多少件申请", "安庆市财政局呢"],
     N(of("安庆市财政局", requests))),
    # -- grouping, and an organ not in the corpus -----------------------------------------------
    ("group", ["按年份统计一下各年各有多少份报告"], G(lambda r: r.year, lambda r: True)),
    ("none", ["南京市教育局2021年收到多少件政府信息公开申请？"], NONE),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
