"""A fifth question set for the assistant on the real dev reports: the issue's own examples,
reworded the way different reviewers type them.

    python -m bench.assistant_dev5                 # ask, print the score per type
    python -m bench.assistant_dev5 -v              # also every miss with the answer given
    python -m bench.assistant_dev5 --only zero     # one question type

Written without reading the questions of ``bench.assistant_dev`` … ``assistant_dev4``:
零申请的乡镇, 2021年申请最多的县级部门, 某镇的电话, 问题里提到某句话, 表三不平衡, and the
follow-ups 那2020年呢 / 其中街道呢 / 按年份分组 in two- and three-turn conversations, with
synonyms (依申请公开, 申请件数, 街道办/街办, 县直单位, 没填/未填报, 电话号码/联系方式). The
machinery and expectations are ``bench.assistant_dev``'s and ``bench.assistant_dev2``'s.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, STREET, TOWN, G, N, S, T, balance_fails, both, contact,
                                 count, eq, named, phrase, requests, yr)
from bench.assistant_dev2 import best

ZERO = eq(requests, 0)
BLANK = lambda r: requests(r) is None  # noqa: E731
YEAR = lambda r: r.year  # noqa: E731


def problem(s):
    return phrase(s, ("problem",))


CASES = [
    # 零申请
    ("zero", ["哪些乡镇全年零申请"], S(both(TOWN, ZERO))),
    ("zero", ["依申请公开为零的乡镇有哪些？"], S(both(TOWN, ZERO))),
    ("zero", ["没有收到政府信息公开申请的街道办有哪些"], S(both(STREET, ZERO))),
    ("zero", ["哪几个乡镇2024年申请件数是0"], S(both(TOWN, yr(2024), ZERO))),
    ("zero", ["哪些街道未填报收到申请数"], S(both(STREET, BLANK))),
    # 最多
    ("most", ["2021年哪个县直单位收到的申请最多"], S(best(requests, both(CDEPT, yr(2021))))),
    ("most", ["县级部门里2021年政府信息公开申请数量最多的是"],
     S(best(requests, both(CDEPT, yr(2021))))),
    ("most", ["2021年依申请公开最多的县级部门"], S(best(requests, both(CDEPT, yr(2021))))),
    # 电话
    ("organ", ["马头铺镇的电话号码"], T(named("马头铺镇人民政府"), contact("phones"))),
    ("organ", ["唐村镇联系方式是什么"], T(named("唐村镇人民政府"), contact("phones"))),
    ("organ", ["木塔乡电话多少"], T(named("木塔乡人民政府"), contact("phones"))),
    ("organ", ["原村乡的联系电话"], T(named("原村乡"), contact("phones"))),
    # 问题里的话
    ("problem", ["列出所有提到“有待进一步提升”的问题"], S(problem("有待进一步提升"))),
    ("problem", ["哪些报告的问题里提到了宣传"], S(problem("宣传"))),
    ("problem", ["存在问题中说到'不及时'的有哪些单位"], S(problem("不及时"))),
    # 表三
    ("balance", ["表三数据不平衡的报告有哪些"], S(balance_fails)),
    ("balance", ["哪些单位的表3不平"], S(balance_fails)),
    ("balance", ["表三对不上的有几个"], N(count(balance_fails))),
    # follow-ups
    ("followup", ["哪些乡镇零申请", "那2020年呢"], S(both(TOWN, ZERO, yr(2020)))),
    ("followup", ["2021年收到申请最多的县直部门", "那2023年呢"],
     S(best(requests, both(CDEPT, yr(2023))))),
    ("followup", ["哪些单位没有收到申请", "其中街道办呢"], S(both(STREET, ZERO))),
    ("followup", ["哪些单位没有收到申请", "按年份分组"], G(YEAR, ZERO)),
    ("followup", ["零申请的乡镇有几个", "街办呢", "那2023年呢"],
     N(count(both(STREET, ZERO, yr(2023))))),
    ("followup", ["唐村镇的电话号码", "那马头铺镇呢"],
     T(named("马头铺镇人民政府"), contact("phones"))),
    ("followup", ["表三不平衡的有哪些", "按年度统计一下"], G(YEAR, balance_fails)),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
