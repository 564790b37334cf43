"""A third question set for the assistant on the real dev reports: what reviewers ask that the
first two sets under-cover.

    python -m bench.assistant_dev3                 # ask, print the score per type
    python -m bench.assistant_dev3 -v              # also every miss with the answer given
    python -m bench.assistant_dev3 --only share    # one question type

Written without reading ``bench.assistant_dev``'s or ``bench.assistant_dev2``'s questions:
同比 / 比去年, per-county and per-year sums and means, shares (占比, 百分之多少), 排名前 / 后 N,
organ names partial or mistyped, relative years (去年 / 今年: the store has no "this year",
so they must not be guessed), several contact fields at once, counts of missing contacts,
negations (没有 / 未 / 无), and follow-ups that point back (这些 / 它们).

The machinery is ``bench.assistant_dev``'s; two expectations are added here:

- ``UNKNOWN``: the assistant must say it did not understand (a question it cannot answer
  right, such as a share, is never answered with a number);
- ``GM(key, pred, fn)``: a grouped answer whose value per group is the mean of ``fn``.
"""
from __future__ import annotations

import sys
from collections import defaultdict

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, NONE, STREET, TOWN, G, N, S, T, active, both, chan,
                                 contact, count, eq, gt, litigation, lv, mean, named,
                                 requests, review, total, yr)
from bench.assistant_dev2 import best, contacts, first_n, no, one

COUNTY = lv("county")
ALL = lambda r: True  # noqa: E731
ZERO_REQ = eq(requests, 0)
UNKNOWN = ("unknown",)


def share(fn, scope, value):
    """Of the reports in ``scope`` that state ``fn``, the share whose ``fn`` equals ``value``."""
    def of(reps):
        vals = [fn(r) for r in reps if scope(r) and fn(r) is not None]
        return sum(v == value for v in vals) / len(vals) if vals else None
    return of


def GM(key, pred, fn):
    return ("gmean", key, pred, fn)


def has_contact(field_):
    return lambda r: bool(contact(field_)([r], ALL))


CASES = [
    # 同比: no organ of the dev corpus has two years, so nothing is comparable
    ("yoy", ["哪些单位收到的申请比去年增加了"], S(lambda r: False)),
    ("yoy", ["桦南县政府收到的申请同比增加了吗"], NONE),
    ("yoy", ["唐村镇主动公开数比去年多了还是少了"], NONE),
    ("yoy", ["主动公开同比下降的乡镇有哪些"], S(lambda r: False)),
    # sums and means per county / per year
    ("group", ["按县区统计收到申请的合计"], G(lambda r: r.county, ALL, requests)),
    ("group", ["各年度主动公开信息的平均数"], GM(lambda r: r.year, ALL, active)),
    ("group", ["按年份统计乡镇收到的申请总数"], G(lambda r: r.year, TOWN, requests)),
    ("group", ["各层级行政复议案件合计"], G(lambda r: r.level, ALL, review)),
    ("group", ["2021年按区县汇总主动公开数"], G(lambda r: r.county, yr(2021), active)),
    ("aggregate", ["街道平均收到多少件申请"], N(mean(requests, STREET))),
    ("aggregate", ["2023年度所有单位收到的申请加起来是多少"], N(total(requests, yr(2023)))),
    ("aggregate", ["县级部门行政诉讼一共多少件"], N(total(litigation, CDEPT))),
    # shares: the reports meeting a condition among those in scope that state the figure; a
    # share of sums (乡镇的申请占全部申请) is not supported, so not understood
    ("share", ["收到申请为零的乡镇占多少比例"], N(share(requests, TOWN, 0))),
    ("share", ["没有行政复议的单位占百分之多少"], N(share(review, ALL, 0))),
    ("share", ["乡镇收到的申请占全部申请的比重"], UNKNOWN),
    # ranking
    ("rank", ["收到申请排名前三的单位"], S(first_n(requests, 3))),
    ("rank", ["主动公开信息排名后五位的乡镇"], S(first_n(active, 5, TOWN, hi=False))),
    ("rank", ["行政复议最多的前2个县级部门"], S(first_n(review, 2, CDEPT))),
    ("rank", ["2021年收到申请倒数前三的单位"], S(first_n(requests, 3, yr(2021), hi=False))),
    # organs named in part or with a typo
    ("organ", ["桦南县政府收到了多少申请"], N(one("桦南县人民政府", requests))),
    ("organ", ["崇礼镇主动公开了多少条"], N(one("眉山市东坡区崇礼镇人民政府", active))),
    ("organ", ["底张街道的申请数"], N(one("西咸新区底张街道办事处", requests))),
    ("organ", ["桦楠县收到多少申请"], N(one("桦南县人民政府", requests))),
    ("organ", ["长春民政局的行政复议数"], NONE),   # not stated in its report
    # relative years: no "this year" is defined, so not guessed
    ("relyear", ["去年收到申请最多的乡镇"], UNKNOWN),
    ("relyear", ["今年主动公开了多少条"], UNKNOWN),
    ("relyear", ["2023年度收到申请最多的单位"], S(best(requests, yr(2023)))),
    ("relyear", ["本年度行政复议总数"], UNKNOWN),
    # contacts
    ("contact", ["有几个单位没有写联系电话"], N(count(no(has_contact("phones"))))),
    ("contact", ["哪些街道没有公布邮编"], S(both(STREET, no(has_contact("postcode"))))),
    ("contact", ["唐村镇的地址、电话"],
     T(named("唐村镇人民政府"), contacts("address", "phones"))),
    ("contact", ["木塔乡的邮编和地址是什么"],
     T(named("木塔乡人民政府"), contacts("postcode", "address"))),
    # negations
    ("neg", ["没有收到申请的街道有哪些"], S(both(STREET, ZERO_REQ))),
    ("neg", ["未开通微信公众号的县级政府"], S(both(COUNTY, no(chan("wechat"))))),
    ("neg", ["无行政复议案件的县级部门"], S(both(CDEPT, eq(review, 0)))),
    ("neg", ["哪些乡镇没有被提起行政诉讼"], S(both(TOWN, eq(litigation, 0)))),
    ("neg", ["主动公开不为零的街道"], S(both(STREET, gt(active, 0)))),
    # follow-ups pointing back
    ("followup", ["哪些街道没有收到申请", "它们的地址"],
     S(both(STREET, ZERO_REQ))),   # none of them states an address: the rows say 未写
    ("followup", ["收到申请最多的县级部门", "它的联系电话和邮编"],
     S(best(requests, CDEPT))),   # its report states neither: the row says 未写
    ("followup", ["各年度收到申请合计", "平均呢"], GM(lambda r: r.year, ALL, requests)),
]

_expected, _matches = dev.expected, dev.matches


def expected(exp, reps):
    if exp[0] == "unknown":
        return "（不理解）"
    if exp[0] == "gmean":
        _, key, pred, fn = exp
        vals = defaultdict(list)
        for r in reps:
            if pred(r) and fn(r) is not None:
                vals[key(r)].append(fn(r))
        return {k: sum(v) / len(v) for k, v in vals.items()}
    return _expected(exp, reps)


def matches(exp, want, got: dict) -> bool:
    if exp[0] == "unknown":
        return got.get("understood") is False and got.get("value") is None
    if exp[0] == "gmean":
        rows = {r[0]: r[-1] for r in got.get("rows") or []} if got.get("understood", True) else {}
        return rows.keys() == want.keys() and all(dev.close(rows[k], want[k]) for k in want)
    return _matches(exp, want, got)


def main(argv=None) -> int:
    dev.CASES, dev.expected, dev.matches = CASES, expected, matches
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
