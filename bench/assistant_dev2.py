"""A second, independent question set for the assistant on the real dev reports.

    python -m bench.assistant_dev2                 # ask, print the score per type
    python -m bench.assistant_dev2 -v              # also every miss with the answer given
    python -m bench.assistant_dev2 --only organ    # one question type

Written without looking at ``bench.assistant_dev``'s questions (which the assistant was tuned
on), in the registers reviewers use in a chat box: terse, polite, colloquial, with full-width
digits, 一/两/三 numerals, missing or full-width punctuation and near-miss typos. The
machinery (the store, the measures, the expectations, scoring and the extraction-error
split) is ``bench.assistant_dev``'s; only the conversations and their expectations are new.
Expected answers are computed here from the hand-made gold records.
"""
from __future__ import annotations

import sys

from bench import assistant_dev as dev
from bench.assistant_dev import (NONE, CDEPT, STREET, TOWN, G, N, S, T, active, balance_fails,
                                 both, chan, contact, count, count_reports, eq, extreme, fact,
                                 fees, gt, licensing, litigation, lv, mean, named, phrase,
                                 punishment, requests, review, t4_fails, top, total, wechat,
                                 yr, normative)

DEPT = lv("county_dept", "city_dept", "province_dept", "national_dept")
CITYDEPT = lv("city_dept")
COUNTY = lv("county")


def lt(fn, v):
    return lambda r: fn(r) is not None and fn(r) < v


def coercion(r):
    return r.f("t2.coercion.decisions")


def no(pred):
    return lambda r: not pred(r)


def one(name, fn):
    """The figure of the one report of this organ (full gold name)."""
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def best(fn, pred=lambda r: True, hi=True):
    return lambda r: extreme(fn, pred, hi)(r, dev.GOLD)


def first_n(fn, n, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, dev.GOLD)


def channels_known(r):
    return bool(r.facts.get("channel"))


def contacts(*fields):
    return lambda reps, pred: [s for f in fields for s in contact(f)(reps, pred)]


ZERO_REQ = eq(requests, 0)

CASES = [
    # -- zero ------------------------------------------------------------------------------
    ("zero", ["乡镇申请数为0的"], S(both(TOWN, ZERO_REQ))),
    ("zero", ["有哪些乡镇一件申请都没收到"], S(both(TOWN, ZERO_REQ))),
    ("zero", ["请帮我查一下哪些街道全年没有收到信息公开申请？"], S(both(STREET, ZERO_REQ))),
    ("zero", ["行政复议为零的单位有哪些"], S(eq(review, 0))),
    ("zero", ["哪些单位没有被提起行政诉讼?"], S(eq(litigation, 0))),
    ("zero", ["行政处罚决定是0的部门"], S(both(DEPT, eq(punishment, 0)))),
    ("zero", ["行政许可数量为零的乡镇"], S(both(TOWN, eq(licensing, 0)))),
    ("zero", ["没有制发规范性文件的单位"], S(eq(normative, 0))),
    ("zero", ["2020年没收到申请的乡镇有几个"], N(count(both(TOWN, yr(2020), ZERO_REQ)))),
    ("zero", ["县级部门中申请量为0的有哪些?"], S(both(CDEPT, ZERO_REQ))),
    ("zero", ["行政强制为0的"], S(eq(coercion, 0))),
    ("zero", ["收费金额为0的单位"], S(eq(fees, 0))),
    ("zero", ["申清数为零的街道"], S(both(STREET, ZERO_REQ))),
    ("zero", ["行政复义为0的单位"], S(eq(review, 0))),
    ("zero", ["哪些单位依申请公开是零件"], S(ZERO_REQ)),
    # -- compare ---------------------------------------------------------------------------
    ("compare", ["收到申请超过５０件的单位"], S(gt(requests, 50))),
    ("compare", ["申请数大于10的县区有哪些"], S(both(COUNTY, gt(requests, 10)))),
    ("compare", ["主动公开信息超过1000条的"], S(gt(active, 1000))),
    ("compare", ["微信发布超过一千条的单位有哪些？"], S(gt(wechat, 1000))),
    ("compare", ["行政许可决定多于100件的"], S(gt(licensing, 100))),
    ("compare", ["主动公开条数少于100的乡镇"], S(both(TOWN, lt(active, 100)))),
    ("compare", ["微信公众号发布信息不到100条的"], S(lt(wechat, 100))),
    ("compare", ["行政处罚超过十件的部门有哪些"], S(both(DEPT, gt(punishment, 10)))),
    ("compare", ["收到申请超过10件的市级部门"], S(both(CITYDEPT, gt(requests, 10)))),
    ("compare", ["收到申请超过两件的乡镇？"], S(both(TOWN, gt(requests, 2)))),
    # -- rank ------------------------------------------------------------------------------
    ("rank", ["收到申请最多的乡镇是哪个"], S(best(requests, TOWN))),
    ("rank", ["哪个街道主动公开的信息最多？"], S(best(active, STREET))),
    ("rank", ["微信发布数最少的是哪个单位"], S(best(wechat, hi=False))),
    ("rank", ["申请量前三名"], S(first_n(requests, 3))),
    ("rank", ["主动公开数量排名前5的县级部门"], S(first_n(active, 5, CDEPT))),
    ("rank", ["行政许可最多的单位"], S(best(licensing))),
    ("rank", ["2023年收到申请最多的是哪家"], S(best(requests, yr(2023)))),
    ("rank", ["哪个市直部门主动公开最少"], S(best(active, CITYDEPT, hi=False))),
    ("rank", ["行政处罚决定数最多的前两个"], S(first_n(punishment, 2))),
    ("rank", ["行政复议案件最多的是谁"], S(best(review))),
    ("rank", ["微信发部最多的两个单位"], S(first_n(wechat, 2))),
    ("rank", ["主动公开数最多的前３个乡镇"], S(first_n(active, 3, TOWN))),
    ("rank", ["实质性公开率最高的是哪个单位"], S(lambda r: False)),
    # -- aggregate -------------------------------------------------------------------------
    ("aggregate", ["乡镇一共收到多少申请"], N(total(requests, TOWN))),
    ("aggregate", ["所有单位主动公开信息合计多少条"], N(total(active))),
    ("aggregate", ["街道平均主动公开多少条信息？"], N(mean(active, STREET))),
    ("aggregate", ["2021年收到的申请总数"], N(total(requests, yr(2021)))),
    ("aggregate", ["县级部门平均收到几件申请"], N(mean(requests, CDEPT))),
    ("aggregate", ["有多少个乡镇的报告"], N(count(TOWN))),
    ("aggregate", ["2024年有几份报告"], N(count_reports(yr(2024)))),
    ("aggregate", ["微信发布总条数是多少"], N(total(wechat))),
    ("aggregate", ["行政许可决定一共多少件"], N(total(licensing))),
    ("aggregate", ["按年份统计收到的申请数"], G(lambda r: r.year, lambda r: True, requests)),
    ("aggregate", ["2020年乡镇平均主动公开多少条"], N(mean(active, both(TOWN, yr(2020))))),
    ("aggregate", ["行政复议一共有多少起"], N(total(review))),
    ("aggregate", ["新闻发布会召开了几次"], NONE),
    # -- organ (one organ's figure; full, short, prefixed names) ----------------------------
    ("organ", ["唐村镇收到多少申请"], N(one("唐村镇人民政府", requests))),
    ("organ", ["邹城市唐村镇人民政府主动公开了多少条信息？"], N(one("唐村镇人民政府", active))),
    ("organ", ["桦南县微信发布了多少条"], N(one("桦南县人民政府", wechat))),
    ("organ", ["请问木塔乡主动公开信息数"], N(one("木塔乡人民政府", active))),
    ("organ", ["浙江省教育厅收到几件申请"], N(one("浙江省教育厅", requests))),
    ("organ", ["上海市人民政府办公厅2019年行政复议多少件"],
     N(one("上海市人民政府办公厅", review))),
    ("organ", ["高新区行政许可多少"], N(one("高新区(新市区)", licensing))),
    ("organ", ["石家庄市教育局收费金额"], N(one("石家庄市教育局", fees))),
    ("organ", ["长春市政府办公厅收到申请数？"], N(one("长春市人民政府办公厅", requests))),
    ("organ", ["和平街道微信发了多少条"], N(one("梅河口市和平街道办事处", wechat))),
    ("organ", ["东阳市自然资源和规划局的申请量"], N(one("东阳市自然资源和规划局", requests))),
    ("organ", ["信丰县卫健委行政处罚多少件"], N(one("信丰县卫生健康委", punishment))),
    ("organ", ["江苏省民政厅微信公众号发布数量"], N(one("江苏省民政厅", wechat))),
    ("organ", ["花沟镇收到多少申请"], NONE),
    ("organ", ["清水县主动公开了多少条"], N(one("清水县人民政府", active))),
    # -- contact ---------------------------------------------------------------------------
    ("contact", ["唐村镇的联系电话是多少"], T(named("唐村镇人民政府"), contact("phones"))),
    ("contact", ["请问长春市民政局的地址在哪"], T(named("长春市民政局"), contact("address"))),
    ("contact", ["来宾市卫健委的邮箱"], T(named("来宾市卫生健康委员会"), contact("email"))),
    ("contact", ["木塔乡邮编"], T(named("木塔乡人民政府"), contact("postcode"))),
    ("contact", ["平阳县公安局网址是什么？"], T(named("平阳县公安局"), contact("website"))),
    ("contact", ["清江浦区政府电话"], T(named("清江浦区人民政府"), contact("phones"))),
    ("contact", ["云南省政府的传真号码"], T(named("云南省人民政府"), contact("fax"))),
    ("contact", ["桦南县的联系地址和电话"],
     T(named("桦南县人民政府"), contacts("address", "phones"))),
    # -- official --------------------------------------------------------------------------
    ("official", ["大街乡谁分管政务公开"], T(named("大街乡人民政府"),
                                             fact("responsible_official"))),
    ("official", ["大街乡哪个科室负责信息公开工作"], T(named("大街乡人民政府"),
                                                     fact("responsible_office"))),
    ("official", ["蚌埠市财政局由哪个科室具体负责"], T(named("蚌埠市财政局"),
                                                     fact("responsible_office"))),
    ("official", ["深圳市福田区集体经济发展服务署负责部门"],
     T(named("深圳市福田区集体经济发展服务署"), fact("responsible_office"))),
    ("official", ["分管领导是副局长的单位有哪些"],
     S(lambda r: r.has("responsible_official", "副局长"))),
    # -- channel ---------------------------------------------------------------------------
    ("channel", ["哪些单位开通了政务微博"], S(chan("weibo"))),
    ("channel", ["没有用微信的乡镇"], S(both(TOWN, channels_known, no(chan("wechat"))))),
    ("channel", ["桦南县用了哪些渠道公开信息"], S(named("桦南县人民政府"))),
    ("channel", ["通过新闻发布会发布信息的单位"], S(chan("press"))),
    ("channel", ["利用公开栏公开的乡镇有哪些"], S(both(TOWN, chan("bulletin_board")))),
    ("channel", ["有抖音或者视频号的单位"], S(chan("video"))),
    ("channel", ["使用政务服务中心公开的有几个"], N(count(chan("service_hall")))),
    # -- text (problems and remedies) ------------------------------------------------------
    ("text", ['列出所有提到"集约化"的问题'], S(phrase("集约化", ("problem",)))),
    ("text", ["哪些报告的问题里提到培训"], S(phrase("培训", ("problem",)))),
    ("text", ["汕头市医疗保障局存在哪些问题"], S(named("汕头市医疗保障局"))),
    ("text", ["列出黄思湾街道的问题"], S(named("黄思湾街道"))),
    ("text", ["上海市政府办公厅的整改措施有哪些"], S(named("上海市人民政府办公厅"))),
    ("text", ["哪些单位在整改措施里提到“业务培训”"], S(phrase("业务培训", ("remedy",)))),
    ("text", ["提到解读的问题"], S(phrase("解读", ("problem",)))),
    ("text", ['哪些单位的问题提到"宣传"'], S(phrase("宣传", ("problem",)))),
    # -- check -----------------------------------------------------------------------------
    ("check", ["表三不平衡的报告有哪些"], S(balance_fails)),
    ("check", ["哪些报告勾稽关系有问题"], S(lambda r: balance_fails(r) or t4_fails(r))),
    ("check", ["行政复议诉讼表合计对不上的"], S(t4_fails)),
    # -- table -----------------------------------------------------------------------------
    ("table", ["有表四的报告"], S(lambda r: r.table("t4"))),
    ("table", ["没有表二的报告有几份"], N(count_reports(lambda r: not r.table("t2")))),
    # -- year over year --------------------------------------------------------------------
    ("yoy", ["2019年到2021年每年收到多少申请"],
     G(lambda r: r.year, yr(2019, 2020, 2021), requests)),
    ("yoy", ["各年度主动公开总数"], G(lambda r: r.year, lambda r: True, active)),
    # -- follow-ups ------------------------------------------------------------------------
    ("followup", ["2021年收到申请最多的县级部门", "那2023年呢"],
     S(best(requests, both(CDEPT, yr(2023))))),
    ("followup", ["申请为0的乡镇", "其中街道呢"], S(both(STREET, ZERO_REQ))),
    ("followup", ["主动公开最多的单位", "前三名呢"], S(first_n(active, 3))),
    ("followup", ["微信发布超过100条的单位", "只看2020年的"],
     S(both(gt(wechat, 100), yr(2020)))),
    ("followup", ["乡镇主动公开合计", "街道呢", "平均呢"], N(mean(active, STREET))),
    ("followup", ["哪些乡镇申请为0", "这些单位的电话"],
     T(both(TOWN, ZERO_REQ), contact("phones"))),
    ("followup", ["唐村镇收到多少申请", "主动公开呢"], N(one("唐村镇人民政府", active))),
    ("followup", ["县级部门收到申请总数", "按年份分组"],
     G(lambda r: r.year, CDEPT, requests)),
]


def main(argv=None) -> int:
    dev.CASES = CASES
    return dev.main(argv)


if __name__ == "__main__":
    sys.exit(main())
