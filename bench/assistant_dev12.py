"""A twelfth question set for the assistant on the real dev reports: a reviewer auditing the
quality and completeness of the reports across years.

    python -m bench.assistant_dev12                 # ask, print the score per type
    python -m bench.assistant_dev12 -v              # also every miss with the answer given
    python -m bench.assistant_dev12 --only check    # one question type

Written without reading the assistant, its lexicons or tests, or the questions of
``bench.assistant_dev`` … ``assistant_dev11``: arithmetic checks (表三 新收+上年结转 = 办理总计
+结转下年度, 表四 各栏之和 = 总计, 正文与表三的申请数), which tables a report filled (表二 /
表三 / 表四, 表格空白), cells left blank (现行有效件数没填, 表三只有新收和结转), the 2019 vs
2021 template (defined from the gold figure keys, as ``assistant_dev6``'s helpers do), years
and year ranges with per-year counts and totals, places with reports in several years,
missing contact details (邮箱 / 传真 / 地址), reports naming no responsible official, section
五 (问题 without 改进措施), levels and places combined, and follow-ups (那2023年呢, 其中县级
政府呢, 按年份分组). Expectations are computed from gold with ``bench.assistant_dev``'s
machinery; three expectations are honestly empty (no report fails the checks; no organ has
reports of several years in the dev gold).

First run: n 30, right 9, extraction 4, miss 17 → right 30.0%; assistant's own misses
56.7%. (Two of the misses, the per-year counts, differ only by the assistant's extra
"年份未写 1份" group: this set counts dated reports only.)
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, G, active, balance_fails, both, contact,
                                 count_reports, lv, named, place, requests, t4_fails, total,
                                 yr)

TOWN, STREET, COUNTY, CDEPT = lv("township"), lv("subdistrict"), lv("county"), lv("city_dept")


def t2019(r):
    """The 2019 table 2 (本年新制作 / 上一年项目数量), as the gold figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


def t2021(r):
    """The 2021 table 2 (本年制发 / 本年废止 / 现行有效)."""
    return any(k.endswith((".made", ".repealed", ".in_force")) for k in r.figs)


def template(r):
    return "2019" if t2019(r) else "2021" if t2021(r) else None


def dated(r):
    return r.year is not None


def any_table(r):
    return r.table("t2") or r.table("t3") or r.table("t4")


def balance_ok(r):
    """表三平衡 can be checked (a column with its four cells stated) and holds."""
    cols = {k.rsplit(".", 1)[1] for k in r.figs if k.startswith("t3.new_received.")}
    checked = [c for c in cols
               if None not in [r.f(f"t3.{row}.{c}") for row in
                               ("new_received", "carried_over", "total", "carried_forward")]]
    return bool(checked) and not dev.balance_fails(r)


def requests_agree(r):
    """The prose's applications received = 表三 本年新收 总计, both stated."""
    a, b = r.f("n.requests_received"), r.f("t3.new_received.total")
    return a is not None and b is not None and a == b


def in_force_blank(r):
    """2021 table 2 with 规章 本年制发 stated but its 现行有效件数 left blank."""
    return t2021(r) and r.f("t2.rules.made") is not None and r.f("t2.rules.in_force") is None


def t3_results_blank(r):
    """表三 gives 本年新收 and 上年结转 but none of the results (予以公开 … 总计)."""
    return (r.table("t3") and r.f("t3.new_received.total") is not None
            and any(k.startswith("t3.carried_over.") for k in r.figs)
            and not any(k.startswith(("t3.granted.", "t3.partial.", "t3.total."))
                        for k in r.figs))


def multi_year(r):
    """An organ (by name) with reports of more than one year in the corpus."""
    if not r.name:
        return False
    return len({x.year for x in dev.GOLD if x.name == r.name and x.year is not None}) > 1


def has_c(field_):
    return lambda r: bool(r.contact.get(field_))


def no_c(field_):
    return lambda r: not r.contact.get(field_)


def has_f(kind):
    return lambda r: r.has(kind)


def no_f(kind):
    return lambda r: not r.has(kind)


def years_of(reps, pred):
    return [str(r.year) for r in reps if pred(r) and r.year is not None]


CASES = [
    # -- arithmetic checks --------------------------------------------------------------------
    ("check", ["哪些报告表三不平衡，也就是本年新收加上年结转不等于办理结果总计加结转下年度？"],
     S(balance_fails)),
    ("check", ["表四里行政复议、行政诉讼各栏加起来跟总计对不上的报告有没有？"],
     S(t4_fails)),
    ("check", ["表三平衡关系核对一致（新收+上年结转=办理总计+结转下年度）的报告有哪些？"],
     S(balance_ok)),
    ("check", ["正文里写的收到申请件数和表三本年新收总数一致的报告有哪些？"],
     S(requests_agree)),
    # -- which tables were filled -------------------------------------------------------------
    ("table", ["哪些报告填了表二，但是没有表三的数据？"],
     S(lambda r: r.table("t2") and not r.table("t3"))),
    ("table", ["有表三但没填表四的报告"],
     S(lambda r: r.table("t3") and not r.table("t4"))),
    ("table", ["有多少份报告的表格全是空白，一个表格数据都没有？"],
     N(count_reports(lambda r: not any_table(r)))),
    # -- blank cells --------------------------------------------------------------------------
    ("blank", ["哪份报告表二里规章的现行有效件数没填？"],
     S(in_force_blank)),
    ("blank", ["表三只填了本年新收和上年结转、办理结果都没填的报告是哪些？"],
     S(t3_results_blank)),
    # -- template -----------------------------------------------------------------------------
    ("template", ["哪些报告用的是2019版的表格模板？"],
     S(t2019)),
    ("template", ["用2021年新版模板的报告有哪些？", "其中乡镇的呢？"],
     S(both(t2021, TOWN))),
    ("template", ["2021年以后的报告里还在用旧版（2019版）表格的是哪家？"],
     S(lambda r: t2019(r) and r.year is not None and r.year >= 2021)),
    ("template", ["新旧两版模板各有几份报告？"],
     G(template, lambda r: template(r) is not None)),
    # -- years --------------------------------------------------------------------------------
    ("year", ["按年份统计一下各年的报告数量"],
     G(lambda r: r.year, dated)),
    ("year", ["2022年的报告有哪些？", "其中县级政府呢？"],
     S(both(yr(2022), COUNTY))),
    ("year", ["2020年有哪些街道办事处的报告？", "那2023年呢？"],
     S(both(yr(2023), STREET))),
    ("year", ["2024年各单位一共收到多少件政府信息公开申请？"],
     N(total(requests, yr(2024)))),
    ("year", ["各年度主动公开的信息一共多少条？按年份分组"],
     G(lambda r: r.year, dated, active)),
    ("year", ["乡镇的报告有多少份？", "按年份分组"],
     G(lambda r: r.year, both(TOWN, dated))),
    # -- places and organs across years -------------------------------------------------------
    ("multiyear", ["上海的年报有哪几份？分别是哪年的？"],
     T(place("上海"), years_of)),
    ("multiyear", ["长春市有哪几年的报告？", "那长春2019年的呢？"],
     NONE),
    ("multiyear", ["有没有同一个单位提交了不止一个年度的报告？"],
     S(multi_year)),
    # -- contact details ----------------------------------------------------------------------
    ("contact", ["留了联系电话但没写电子邮箱的单位有哪些？"],
     S(lambda r: has_c("phones")(r) and no_c("email")(r))),
    ("contact", ["写了通讯地址但没留传真号码的报告"],
     S(lambda r: has_c("address")(r) and no_c("fax")(r))),
    ("contact", ["哪些单位公布了电子邮箱？", "其中市直部门呢？"],
     S(both(has_c("email"), CDEPT))),
    ("contact", ["云南省人民政府的年报留的传真是多少？"],
     T(named("云南省人民政府"), contact("fax"))),
    ("contact", ["县级政府里哪些报告没写地址？"],
     S(both(COUNTY, no_c("address")))),
    # -- responsible official, section 五 ------------------------------------------------------
    ("official", ["哪些乡镇的报告没写明由哪位领导分管政务公开？"],
     S(both(TOWN, no_f("responsible_official")))),
    ("official", ["写明了分管领导的报告有哪些？", "其中2024年的呢？"],
     S(both(has_f("responsible_official"), yr(2024)))),
    ("official", ["只写了存在的问题、没写改进措施的报告有哪些？"],
     S(both(has_f("problem"), no_f("remedy")))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
