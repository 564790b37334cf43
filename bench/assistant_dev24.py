"""A twenty-fourth question set for the assistant on the real dev reports: one named organ
at a time, the names typed the way reviewers really type them.

    python -m bench.assistant_dev24                 # ask, print the score per type
    python -m bench.assistant_dev24 -v              # also every miss with the answer given
    python -m bench.assistant_dev24 --only contact  # one question type

Written without seeing the assistant, its lexicons or tests, nor the questions of the earlier
sets (``bench.assistant_dev`` … ``assistant_dev23``). Organ names come from the gold records
and are typed as people do: the full name, the name without 人民政府 / 办事处 (桦南县, 木塔乡政府,
和平街道), place + short bureau name (信丰县卫健委, 汕头市医保局, 浑南区民宗局, 东阳市自然资源局),
the name without the province or city prefix (浙江教育厅, 滨江区民政局), full-width brackets
(高新区（新市区）). Asked: figures of tables 2-4 and the narrative, yes / no (有没有行政诉讼,
是不是零申请, 有没有抖音号: scored by the number or the report behind the yes / no), contact
details, the official / office in charge, problems and remedies, the template and the year
of the report; organs that are not in the corpus (expectation NONE) and comparisons of two
named organs. The machinery and expectations are ``bench.assistant_dev``'s.

First run (no expectation corrected afterwards): n 30, right 26, extraction 0, miss 4, right
86.7%. Misses: 清江浦区政府是零申请吗 (read as a filter, not a yes/no); 那它的网站呢 after a
phone question (answered the phone again); 从化经济开发区管委会下一步怎么改进 (organ and remedy not
recognised); 底张街道…用的是哪版模板 (listed the report, no template named).
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, N, S, T, active, both, chan, contact, extreme, fact,
                                 fees, licensing, litigation, named, punishment, requests,
                                 review, total, wechat)


def upheld(r):
    """表四 行政复议 结果维持."""
    return r.f("t4.review.upheld")


def carried_forward(r):
    """表三 结转下年度继续办理 (总计)."""
    return r.f("t3.carried_forward.total")


def t2019(r):
    """Table 2 in the 2019 format (本年新制作 / 上一年项目数量), as the figures show it."""
    return any(k.startswith(("t2.rules.new_", "t2.normative.new_")) or k.endswith(".prev")
               for k in r.figs)


def t2021(r):
    """Table 2 in the 2021 format (本年制发 / 本年废止 / 现行有效)."""
    return any(k.endswith((".made", ".repealed", ".in_force")) for k in r.figs)


def template(reps, pred):
    """The template year of the matching reports, as a string the answer must hold."""
    return ["2019" if t2019(r) else "2021" for r in reps if pred(r) and (t2019(r) or t2021(r))]


def year(reps, pred):
    return [str(r.year) for r in reps if pred(r) and r.year]


def one_of(*names):
    return lambda r: (r.name or "") in names


def most(fn, *names):
    """Of the named organs, the report(s) with the most of ``fn``."""
    return lambda r: extreme(fn, one_of(*names))(r, dev.GOLD)


def figure(fn, name):
    return N(total(fn, named(name)))


CASES = [
    # -- figures of one organ: narrative and tables 2-4 ----------------------------------------
    ("figure", ["桦南县2019年主动公开了多少条政府信息？"],
     figure(active, "桦南县人民政府")),
    ("figure", ["东阳市自然资源局收到多少件政府信息公开申请"],
     figure(requests, "东阳市自然资源和规划局")),
    ("figure", ["信丰县卫健委2023年作出行政处罚决定多少件？"],
     figure(punishment, "信丰县卫生健康委")),
    ("figure", ["高新区（新市区）行政许可处理决定有多少件"],
     figure(licensing, "高新区(新市区)")),
    ("figure", ["石家庄市教育局行政事业性收费金额是多少万元"],
     figure(fees, "石家庄市教育局")),
    ("figure", ["上海市政府办公厅2019年行政复议结果维持的有几件"],
     figure(upheld, "上海市人民政府办公厅")),
    ("figure", ["梅河口和平街道主动公开了多少条信息"],
     figure(active, "梅河口市和平街道办事处")),
    ("figure", ["浙江教育厅2024年收到了多少件依申请公开"],
     figure(requests, "浙江省教育厅")),
    ("figure", ["长春市政府2024年被提起行政诉讼几件"],
     figure(litigation, "长春市人民政府办公厅")),

    # -- yes / no: the number or the report behind the answer ---------------------------------
    ("yesno", ["汕头市医保局有没有行政诉讼？"],
     figure(litigation, "汕头市医疗保障局")),
    ("yesno", ["涵江区民政局是不是零申请"],
     figure(requests, "涵江区民政局")),
    ("yesno", ["清江浦区政府是零申请吗"],
     figure(requests, "清江浦区人民政府")),
    ("yesno", ["滨江区民政局有没有被申请行政复议"],
     figure(review, "杭州市滨江区民政局")),
    ("yesno", ["普宁市公安局有没有开通抖音号"],
     S(both(named("普宁市公安局"), chan("video")))),

    # -- contact details --------------------------------------------------------------------------
    ("contact", ["莆田市商务局的联系电话是多少"],
     T(named("莆田市商务局"), contact("phones"))),
    ("contact", ["木塔乡政府的地址在哪里"],
     T(named("木塔乡人民政府"), contact("address"))),
    ("contact", ["长春市民政局的电子邮箱是什么"],
     T(named("长春市民政局"), contact("email"))),
    ("contact", ["唐村镇人民政府的联系电话是多少", "那它的网站呢"],
     T(named("唐村镇人民政府"), contact("website"))),

    # -- official / office in charge ------------------------------------------------------------
    ("official", ["大街乡政务公开工作由哪位领导负责"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("office", ["福田区集体经济发展服务署信息公开由哪个部门具体负责"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),
    ("office", ["蚌埠市财政局政务公开具体由哪个科室负责"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),

    # -- problems and remedies -------------------------------------------------------------------
    ("problem", ["浑南区民宗局存在哪些问题和不足"],
     T(named("浑南区民族和宗教事务局"), fact("problem"))),
    ("remedy", ["从化经济开发区管委会下一步怎么改进信息公开工作"],
     T(named("广东从化经济开发区管理委员会"), fact("remedy"))),

    # -- template and year of the report ---------------------------------------------------------
    ("template", ["西咸新区底张街道2023年的年报用的是哪版模板"],
     T(named("西咸新区底张街道办事处"), template)),
    ("year", ["代县卫健局的年报是哪一年的"],
     T(named("代县卫生健康局"), year)),

    # -- organs not in the corpus -----------------------------------------------------------------
    ("none", ["朝阳区教育局2021年收到多少件依申请公开？"], NONE),
    ("none", ["嘉兴市医保局信息公开的联系电话是多少"], NONE),
    ("none", ["山亭区人民政府有没有行政诉讼案件"], NONE),

    # -- two named organs compared ----------------------------------------------------------------
    ("compare", ["武汉市财政局和安庆市财政局，哪个收到的信息公开申请多？"],
     S(most(requests, "武汉市财政局", "安庆市财政局"))),
    ("compare", ["唐村镇和大五里镇谁的微信公众号发布信息多"],
     S(most(wechat, "唐村镇人民政府", "大五里镇"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
