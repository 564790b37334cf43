"""A ninth question set for the assistant on the real dev reports: a reviewer reading the
narrative parts of many reports.

    python -m bench.assistant_dev9                 # ask, print the score per type
    python -m bench.assistant_dev9 -v              # also every miss with the answer given
    python -m bench.assistant_dev9 --only phrase   # one question type

Written without seeing the assistant, its lexicons or tests, or the questions of
``bench.assistant_dev`` … ``assistant_dev8``: only the contract, the gold records and the
report texts. Questions: who is in charge of 政务公开 in one organ (分管领导, 工作机构/科室),
which organs name one (乡镇, 县直部门), disclosure channels (微信公众号, 政务微博, 抖音/视频号,
公开栏, 便民服务中心, 查阅点, 热线, 报纸广播电视) with counts, negations (没有…的街道) and
follow-ups (其中乡镇呢, 那2024年呢), one organ's contact details (电话, 传真, 邮箱, 地址, 邮编,
网址; an organ not in the corpus), and phrase searches in the problems (存在的主要问题), the
remedies (改进措施) and the whole text, alone or with a level or year, including phrases that
occur nowhere. The machinery and expectations are ``bench.assistant_dev``'s; problems and
remedies are matched against the gold ``problem`` / ``remedy`` facts.

First run (current assistant, bench/out/assistant_dev.db):
    all   40  right 33  extraction 0  miss 7   right 82.5%; assistant's own misses 17.5%
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (CDEPT, NONE, STREET, TOWN, N, S, T, both, chan, contact,
                                 count, count_reports, fact, lv, named, phrase, yr)

CITY, CITYDEPT, PDEPT = lv("city"), lv("city_dept"), lv("province_dept")


def has(kind):
    return lambda r: r.has(kind)


def no(pred):
    return lambda r: not pred(r)


def either(*preds):
    return lambda r: any(p(r) for p in preds)


def problem(s):
    return phrase(s, kinds=("problem",))


def remedy(s):
    return phrase(s, kinds=("remedy",))


def contacts(*fields):
    return lambda reps, pred: [c for f in fields for c in contact(f)(reps, pred)]


def n_facts(kind, pred):
    """How many items of one kind the reports where ``pred`` holds list."""
    return lambda reps: sum(len(r.facts.get(kind, [])) for r in reps if pred(r))


DAJIE = named("大街乡人民政府")
BENGBU_FIN = named("蚌埠市财政局")
FUTIAN = named("深圳市福田区集体经济发展服务署")
KUNMING_ZS = named("中国(云南)自贸易区昆明片区(昆明经开区)招商合作局")
SHANGHAI19 = named("上海市人民政府办公厅")

CASES = [
    # -- who is in charge --------------------------------------------------------------------
    ("official", ["龙游县大街乡信息公开工作由哪位领导分管？"],
     T(DAJIE, fact("responsible_official"))),
    ("official", ["蚌埠市财政局政务公开具体由哪些科室负责"],
     T(BENGBU_FIN, fact("responsible_office"))),
    ("official", ["福田区集体经济发展服务署哪个部门负责信息公开？"],
     T(FUTIAN, fact("responsible_office"))),
    ("official", ["昆明经开区招商合作局谁分管信息公开工作"],
     T(KUNMING_ZS, fact("responsible_official"))),
    ("official", ["哪些报告写明了信息公开工作的分管领导？"],
     S(has("responsible_official"))),
    ("followup", ["哪些乡镇写了政务公开的分管领导", "那县直部门呢？"],
     S(both(CDEPT, has("responsible_official")))),

    # -- channels ------------------------------------------------------------------------------
    ("channel", ["多少个乡镇开通了微信公众号？"],
     N(count(both(TOWN, chan("wechat"))))),
    ("followup", ["开通政务微博的单位有哪些", "其中省直部门呢？"],
     S(both(PDEPT, chan("weibo")))),
    ("negation", ["哪些街道没有提到微信公众号？"],
     S(both(STREET, no(chan("wechat"))))),
    ("phrase", ["报告里提到“新闻发布会”的有哪些？"],
     S(phrase("新闻发布会"))),
    ("channel", ["有哪些市级政府通过报纸、广播电视等媒体公开政府信息"],
     S(both(CITY, chan("press")))),
    ("channel", ["开通了抖音或者视频号的单位有几个"],
     N(count(chan("video")))),
    ("channel", ["哪些街道依托便民服务中心或政务服务大厅公开信息"],
     S(both(STREET, chan("service_hall")))),
    ("channel", ["乡镇和街道里，哪些利用公开栏公示政府信息？"],
     S(both(either(TOWN, STREET), chan("bulletin_board")))),
    ("channel", ["把热线电话作为公开渠道的是哪家单位"],
     S(chan("hotline"))),
    ("channel", ["同时开通微信公众号和微博的单位有多少家"],
     N(count(both(chan("wechat"), chan("weibo"))))),
    ("followup", ["2020年有多少个乡镇有微信公众号", "那2024年呢"],
     N(count(both(TOWN, yr(2024), chan("wechat"))))),
    ("followup", ["开通微信公众号的单位有哪些", "其中乡镇呢？"],
     S(both(TOWN, chan("wechat")))),

    # -- contact details -------------------------------------------------------------------------
    ("contact", ["来宾市卫健委的联系电话是多少"],
     T(named("来宾市卫生健康委员会"), contact("phones"))),
    ("contact", ["长春市民政局的传真号码？"],
     T(named("长春市民政局"), contact("fax"))),
    ("contact", ["云南省人民政府信息公开的电子邮箱是什么"],
     T(named("云南省人民政府"), contact("email"))),
    ("contact", ["莆田市商务局的办公地址在哪里"],
     T(named("莆田市商务局"), contact("address"))),
    ("contact", ["桦南县政府的邮政编码"],
     T(named("桦南县人民政府"), contact("postcode"))),
    ("contact", ["唐村镇政府的网址是多少？"],
     T(named("唐村镇人民政府"), contact("website"))),
    ("contact", ["海淀区教育局的联系电话是多少？"], NONE),
    ("contact", ["清江浦区人民政府的地址和电话"],
     T(named("清江浦区人民政府"), contacts("address", "phones"))),

    # -- problems and remedies -----------------------------------------------------------------
    ("phrase", ["列出问题部分提到“培训”的报告"],
     S(problem("培训"))),
    ("phrase", ["哪些报告的整改措施里有“培训”二字？"],
     S(remedy("培训"))),
    ("followup", ["存在的问题里说到“宣传”的有哪些？", "那改进措施呢？"],
     S(remedy("宣传"))),
    ("phrase", ["有哪些报告提到了区块链"],
     S(phrase("区块链"))),
    ("phrase", ["问题中写到“力量不足”的单位"],
     S(problem("力量不足"))),
    ("phrase", ["哪些街道的存在问题里提到了“及时”？"],
     S(both(STREET, problem("及时")))),
    ("phrase", ["2021年的报告里，问题部分说到“解读”的有哪些"],
     S(both(yr(2021), problem("解读")))),
    ("phrase", ["市直部门中，哪些在存在问题里提到新媒体？"],
     S(both(CITYDEPT, problem("新媒体")))),
    ("phrase", ["哪些报告的存在问题提到人工智能"],
     S(problem("人工智能"))),
    ("count", ["有多少份报告写了存在的主要问题？"],
     N(count_reports(has("problem")))),
    ("negation", ["哪些报告列了问题但没写改进措施"],
     S(both(has("problem"), no(has("remedy"))))),
    ("count", ["上海市政府办公厅2019年报告里列了几条存在的问题"],
     N(n_facts("problem", both(SHANGHAI19, yr(2019))))),
    ("problem", ["汕头市医保局存在哪些问题？"],
     T(named("汕头市医疗保障局"), fact("problem"))),
    ("problem", ["浑南区民宗局的改进措施是什么"],
     T(named("浑南区民族和宗教事务局"), fact("remedy"))),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
