"""The assistant on the real dev reports: reviewers' questions, answers computed from gold.

    python -m bench.assistant_dev                 # ingest the dev corpus, ask, print the score
    python -m bench.assistant_dev -v              # also every failing question with both answers
    python -m bench.assistant_dev --cli           # ask through `nianbao ask --json` (slower)
    python -m bench.assistant_dev --json          # one JSON object per question
    python -m bench.assistant_dev --only followup # one question type

The corpus (/work/shared/corpus/dev/*.txt) is ingested into bench/out/assistant_dev.db
(kept; ``--fresh`` re-ingests). Each case is a conversation: its questions are asked in one
``Conversation`` (one ``nianbao ask`` call with ``--cli``) and its last answer is scored
against an expectation computed here, with plain Python, from the hand-made gold records
(/work/shared/corpus/dev/gold/*.json) and, for phrase searches, the report texts:

- ``S(pred)``: the answer's ``reports`` are exactly the files of the gold reports where
  ``pred`` holds;
- ``N(fn)``: ``value`` equals the number ``fn(gold reports)``;
- ``T(pred, fn)``: the right reports, and the answer's text holds every string ``fn`` gives
  (a phone, an address, an official's post);
- ``NONE``: nothing to find (an organ not in the corpus): no value and no reports;
- ``G(key, pred, fn=None)``: a grouped answer: per group (``key`` of a report) the number of
  reports where ``pred`` holds, or the sum of ``fn`` over them; a report whose key is not
  stated is in no group (the assistant names those reports in its text, not as a group;
  six of the sets' writers chose so on their own, two had counted them as a group).

A question not understood is a miss whatever it returned. A miss whose answer equals the
expectation computed the same way from the extracted records (``nianbao export``) instead of
gold is an extraction error, counted apart from the assistant's own misses.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
DEV = Path("/work/shared/corpus/dev")
NIANBAO = (sys.executable, "-m", "extractor")   # this checkout's CLI (the venv's script may be another's)


# -- the reports, as gold (or extraction) says ---------------------------------------------

@dataclass
class Rep:
    id: str
    name: str | None
    level: str | None
    county: str | None
    year: int | None
    figs: dict
    facts: dict = field(default_factory=dict)     # kind -> [value or text]
    contact: dict = field(default_factory=dict)
    text: str = ""

    def f(self, key):
        return self.figs.get(key)

    def has(self, kind, value=None):
        vals = self.facts.get(kind, [])
        return bool(vals) if value is None else any(value in (v or "") for v in vals)

    def place(self, where: str) -> bool:
        return self.county == where or where in (self.name or "")

    def table(self, t: str) -> bool:
        return any(k.startswith(t + ".") for k in self.figs)


def load_gold() -> list[Rep]:
    out = []
    for p in sorted((DEV / "gold").glob("*.gold.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        o = d.get("organ") or {}
        text = (DEV / f"{d['id']}.txt").read_text(encoding="utf-8")
        out.append(Rep(d["id"], o.get("name"), o.get("level"), o.get("county"), d.get("year"),
                       d.get("figures") or {}, d.get("facts") or {}, d.get("contact") or {},
                       text))
    return out


def load_extracted(db: Path) -> list[Rep]:
    res = subprocess.run([*NIANBAO, "export", "--db", str(db), "--format", "jsonl"],
                         capture_output=True, text=True, check=True)
    out = []
    for line in res.stdout.splitlines():
        d = json.loads(line)
        o = d["organ"]
        facts = defaultdict(list)
        for f in d["facts"]:
            facts[f["kind"]].append(f["value"] if f["value"] is not None else f["text"])
        contact = {k: v for k, v in (d.get("contact") or {}).items() if v}
        out.append(Rep(Path(d["source"]["path"]).stem, o.get("name"), o.get("level"),
                       o.get("county"), d.get("year"),
                       {f["key"]: f["value"] for f in d["figures"]}, dict(facts), contact,
                       d["text"]))
    return out


# -- measures, the way a reviewer reads a report ---------------------------------------------

def first(r: Rep, *keys):
    return next((r.f(k) for k in keys if r.f(k) is not None), None)


def all_of(r: Rep, *keys):
    vals = [r.f(k) for k in keys]
    return None if None in vals else sum(vals)


def rows_sum(r: Rep, prefix: str):
    """A result group of table 3 (不予公开, 无法提供): the sum of its rows' totals stated."""
    vals = [v for k, v in r.figs.items() if k.startswith(prefix) and k.endswith(".total")]
    return sum(vals) if vals else None


def requests(r):
    return first(r, "t3.new_received.total", "n.requests_received")


def review(r):
    return first(r, "t4.review.total", "n.review_cases")


def litigation(r):
    v = all_of(r, "t4.direct.total", "t4.after_review.total")
    return v if v is not None else r.f("n.litigation_cases")


def active(r):
    return r.f("n.active_published")


def wechat(r):
    return r.f("n.wechat_posts")


def normative(r):
    return first(r, "t2.normative.made", "t2.normative.new_made")


def rules(r):
    return first(r, "t2.rules.made", "t2.rules.new_made")


def licensing(r):
    return r.f("t2.licensing.decisions")


def punishment(r):
    return r.f("t2.punishment.decisions")


def fees(r):
    return r.f("t2.fees.amount")


def granted(r):
    return r.f("t3.granted.total")


def denied(r):
    return rows_sum(r, "t3.denied.")


def unavailable(r):
    return rows_sum(r, "t3.unavailable.")


def eq(fn, v):
    return lambda r: fn(r) is not None and fn(r) == v


def gt(fn, v):
    return lambda r: fn(r) is not None and fn(r) > v


def lv(*levels):
    return lambda r: r.level in levels


def yr(*years):
    return lambda r: r.year in years


def both(*preds):
    return lambda r: all(p(r) for p in preds)


def chan(value):
    return lambda r: value in r.facts.get("channel", [])


def place(where):
    return lambda r: r.place(where)


def named(name):
    return lambda r: (r.name or "") == name


def stated(fn, reps, pred=lambda r: True):
    return [fn(r) for r in reps if pred(r) and fn(r) is not None]


def total(fn, pred=lambda r: True):
    return lambda reps: sum(stated(fn, reps, pred))


def mean(fn, pred=lambda r: True):
    return lambda reps: (lambda v: sum(v) / len(v) if v else None)(stated(fn, reps, pred))


def count(pred):
    """How many organs: reports of one name are one organ; an unnamed report is its own."""
    return lambda reps: len({r.name or r.id for r in reps if pred(r)})


def count_reports(pred):
    return lambda reps: sum(1 for r in reps if pred(r))


def extreme(fn, pred=lambda r: True, hi=True):
    def p(r, reps):
        vals = stated(fn, reps, pred)
        return bool(vals) and pred(r) and fn(r) == (max(vals) if hi else min(vals))
    return p


def top(fn, n, pred=lambda r: True, hi=True):
    def p(r, reps):
        vals = sorted(stated(fn, reps, pred), reverse=hi)
        if not pred(r) or fn(r) is None or not vals:
            return False
        edge = vals[min(n, len(vals)) - 1]
        return fn(r) >= edge if hi else fn(r) <= edge
    return p


def phrase(s, kinds=("text",)):
    """The phrase in the report text, or in its gold problems / remedies."""
    def p(r):
        if "text" in kinds:
            return s in r.text
        return any(s in t for k in kinds for t in r.facts.get(k, []))
    return p


def balance_fails(r):
    """表三不平衡: new + carried over != total + carried forward, in a column fully stated."""
    cols = {k.rsplit(".", 1)[1] for k in r.figs if k.startswith("t3.new_received.")}
    for c in cols:
        v = [r.f(f"t3.{row}.{c}") for row in ("new_received", "carried_over", "total",
                                               "carried_forward")]
        if None not in v and v[0] + v[1] != v[2] + v[3]:
            return True
    return False


def t4_fails(r):
    for g in ("review", "direct", "after_review"):
        v = [r.f(f"t4.{g}.{c}") for c in ("upheld", "corrected", "other", "pending", "total")]
        if None not in v and sum(v[:4]) != v[4]:
            return True
    return False


# -- expectations ------------------------------------------------------------------------------

def S(pred):
    return ("set", pred)


NONE = ("none",)   # an organ not in the corpus: no number and no reports, never a made-up one


def N(fn):
    return ("number", fn)


def T(pred, strings):
    return ("text", pred, strings)


def G(key, pred, fn=None):
    return ("groups", key, pred, fn)


def contact(field_):
    return lambda reps, pred: [c for r in reps if pred(r) for c in
                               (r.contact.get(field_) if isinstance(r.contact.get(field_), list)
                                else [r.contact.get(field_)]) if c]


def fact(kind):
    return lambda reps, pred: [v for r in reps if pred(r) for v in r.facts.get(kind, [])]


TOWN, STREET, CDEPT = lv("township"), lv("subdistrict"), lv("county_dept")

# (type, questions of one conversation, expectation of the last answer)
CASES = [
    # figures: which reports meet a condition
    ("figure_set", ["哪些乡镇全年没有收到政府信息公开申请？"], S(both(TOWN, eq(requests, 0)))),
    ("figure_set", ["收到申请超过10件的有哪些？"], S(gt(requests, 10))),
    ("figure_set", ["列出收到申请数为零的街道"], S(both(STREET, eq(requests, 0)))),
    ("figure_set", ["哪些县直部门没有收到申请？"], S(both(CDEPT, eq(requests, 0)))),
    ("figure_set", ["主动公开信息超过1000条的单位有哪些？"], S(gt(active, 1000))),
    ("figure_set", ["哪些报告的行政复议为零？"], S(eq(review, 0))),
    ("figure_set", ["行政诉讼不为零的有哪些？"], S(gt(litigation, 0))),
    ("figure_set", ["哪些机关发生了行政复议？"], S(gt(review, 0))),
    ("figure_set", ["微信公众号发布信息超过1000条的有哪些？"], S(gt(wechat, 1000))),
    ("figure_set", ["哪些单位本年制发了规范性文件？"], S(gt(normative, 0))),
    ("figure_set", ["请列出制发规章数为0的报告"], S(eq(rules, 0))),
    ("figure_set", ["行政处罚决定超过100件的有哪些？"], S(gt(punishment, 100))),
    ("figure_set", ["哪些报告的行政许可决定数不为零？"], S(gt(licensing, 0))),
    ("figure_set", ["予以公开数为0的报告有哪些？"], S(eq(granted, 0))),
    ("figure_set", ["哪些报告有不予公开的申请？"], S(gt(denied, 0))),
    ("figure_set", ["有哪些单位的行政事业性收费金额不为零？"], S(gt(fees, 0))),
    ("figure_set", ["2024年没有收到申请的有哪些？"], S(both(yr(2024), eq(requests, 0)))),
    ("figure_set", ["2023年收到政府信息公开申请的有哪些单位？"], S(both(yr(2023), gt(requests, 0)))),
    ("figure_set", ["主动公开少于100条的乡镇"], S(both(TOWN, lambda r: active(r) is not None
                                                         and active(r) < 100))),
    ("figure_set", ["收到申请在50件以上的市级部门有哪些？"],
     S(both(lv("city_dept"), lambda r: requests(r) is not None and requests(r) >= 50))),
    ("figure_set", ["哪些单位的无法提供数不为零？"], S(gt(unavailable, 0))),
    ("figure_set", ["行政复议和行政诉讼都为零的乡镇有哪些？"],
     S(both(TOWN, eq(review, 0), eq(litigation, 0)))),
    ("figure_set", ["全年未收到依申请公开的乡镇有哪些"], S(both(TOWN, eq(requests, 0)))),
    ("figure_set", ["哪些单位有行政诉讼"], S(gt(litigation, 0))),
    ("figure_set", ["收到申请不少于15件的有哪些"],
     S(lambda r: requests(r) is not None and requests(r) >= 15)),
    ("figure_set", ["收到申请数超过平均值的有哪些"],
     S(lambda r: requests(r) is not None
       and requests(r) > sum(stated(requests, GOLD)) / len(stated(requests, GOLD)))),
    # how many
    ("count", ["有多少个乡镇没有收到申请？"], N(count(both(TOWN, eq(requests, 0))))),
    ("count", ["2020年有几个街道报告？"], N(count_reports(both(STREET, yr(2020))))),
    ("count", ["一共有多少份报告？"], N(count_reports(lambda r: True))),
    ("count", ["2021年共有多少份年报？"], N(count_reports(yr(2021)))),
    ("count", ["县直部门有几个？"], N(count(CDEPT))),
    ("count", ["收到申请超过50件的有几个？"], N(count(gt(requests, 50)))),
    ("count", ["通过微博公开信息的有多少个单位？"], N(count(chan("weibo")))),
    ("count", ["多少个乡镇通过微信公众号公开信息？"], N(count(both(TOWN, chan("wechat"))))),
    ("count", ["没有填写表三的报告有多少份？"], N(count_reports(lambda r: not r.table("t3")))),
    ("count", ["2024年有几份乡镇的报告？"], N(count_reports(both(TOWN, yr(2024))))),
    ("count", ["行政诉讼不为零的单位有几个？"], N(count(gt(litigation, 0)))),
    ("count", ["市级部门一共有多少个？"], N(count(lv("city_dept")))),
    ("count", ["2019年的报告有几份？"], N(count_reports(yr(2019)))),
    ("count", ["街道中有几个没有收到申请"], N(count(both(STREET, eq(requests, 0))))),
    ("count", ["申请数为0的县级部门有多少个"], N(count(both(CDEPT, eq(requests, 0))))),
    ("count", ["长春市有几份报告"], N(count_reports(place("长春市")))),
    ("count", ["有几份报告没有填写表二"], N(count_reports(lambda r: not r.table("t2")))),
    ("count", ["主动公开信息超过200条的乡镇有几个"], N(count(both(TOWN, gt(active, 200))))),
    ("count", ["2021年收到申请的单位有几个"], N(count(both(yr(2021), gt(requests, 0))))),
    # one organ's figure
    ("organ_figure", ["桦南县收到多少件政府信息公开申请？"], N(lambda g: requests(pick(g, "r027")))),
    ("organ_figure", ["东阳市自然资源和规划局收到申请多少件？"], N(lambda g: requests(pick(g, "r032")))),
    ("organ_figure", ["清江浦区政府2021年收到了几件申请？"], N(lambda g: requests(pick(g, "r044")))),
    ("organ_figure", ["浙江省教育厅主动公开了多少条信息？"], N(lambda g: active(pick(g, "r095")))),
    ("organ_figure", ["桦南县政府微信公众号发布了多少条信息？"], N(lambda g: wechat(pick(g, "r027")))),
    ("organ_figure", ["长春市政府办公厅的行政复议有几件？"], N(lambda g: review(pick(g, "r126")))),
    ("organ_figure", ["上海市人民政府办公厅2019年的行政诉讼案件数是多少？"],
     N(lambda g: litigation(pick(g, "r042")))),
    ("organ_figure", ["高新区的行政处罚决定有多少件？"], N(lambda g: punishment(pick(g, "r062")))),
    ("organ_figure", ["石家庄市教育局的行政事业性收费金额是多少？"], N(lambda g: fees(pick(g, "r016")))),
    ("organ_figure", ["原村乡主动公开多少条？"], N(lambda g: active(pick(g, "r037")))),
    ("organ_figure", ["安庆市财政局收到多少申请？"], N(lambda g: requests(pick(g, "r106")))),
    ("organ_figure", ["武汉市财政局主动公开信息多少条？"], N(lambda g: active(pick(g, "r101")))),
    ("organ_figure", ["唐村镇微信发布了多少条信息？"], N(lambda g: wechat(pick(g, "r087")))),
    ("organ_figure", ["大五里镇是否收到过政府信息公开申请？"], N(lambda g: requests(pick(g, "r089")))),
    ("organ_figure", ["石家庄市教育局有没有行政处罚？"], N(lambda g: punishment(pick(g, "r016")))),
    ("organ_figure", ["东大街街道办事处2020年主动公开了多少条政府信息？"],
     N(lambda g: active(pick(g, "r011")))),
    ("organ_figure", ["高新区制发了几件规范性文件？"], N(lambda g: normative(pick(g, "r062")))),
    ("organ_figure", ["原村乡2024年收到申请了吗"], N(lambda g: requests(pick(g, "r037")))),
    ("organ_figure", ["花沟镇收到多少申请？"], NONE),
    # most, least, top N
    ("rank", ["收到申请最多的是哪个单位？"], S(lambda r: extreme(requests)(r, GOLD))),
    ("rank", ["2021年收到申请最多的县级部门是哪个？"],
     S(lambda r: extreme(requests, both(CDEPT, yr(2021)))(r, GOLD))),
    ("rank", ["主动公开信息最多的县级政府是哪个？"],
     S(lambda r: extreme(active, lv("county"))(r, GOLD))),
    ("rank", ["主动公开条数最少的乡镇是哪个？"],
     S(lambda r: extreme(active, TOWN, hi=False)(r, GOLD))),
    ("rank", ["收到申请数排名前三的单位"], S(lambda r: top(requests, 3)(r, GOLD))),
    ("rank", ["微信发布信息最多的前5个单位"], S(lambda r: top(wechat, 5)(r, GOLD))),
    ("rank", ["主动公开数量排名前三的市级部门"],
     S(lambda r: top(active, 3, lv("city_dept"))(r, GOLD))),
    ("rank", ["2024年主动公开最多的是哪个？"], S(lambda r: extreme(active, yr(2024))(r, GOLD))),
    ("rank", ["行政许可决定最多的是谁？"], S(lambda r: extreme(licensing)(r, GOLD))),
    ("rank", ["哪个街道主动公开的信息最多？"], S(lambda r: extreme(active, STREET)(r, GOLD))),
    ("rank", ["收到申请最少的市级政府"], S(lambda r: extreme(requests, lv("city"), hi=False)(r, GOLD))),
    ("rank", ["请问收到申请数量最多的三个单位"], S(lambda r: top(requests, 3)(r, GOLD))),
    ("rank", ["哪个市级部门主动公开的信息最少"],
     S(lambda r: extreme(active, lv("city_dept"), hi=False)(r, GOLD))),
    ("rank", ["行政许可决定数排名前三"], S(lambda r: top(licensing, 3)(r, GOLD))),
    # aggregates
    ("aggregate", ["乡镇平均收到多少件申请？"], N(mean(requests, TOWN))),
    ("aggregate", ["2020年各单位主动公开信息合计多少条？"], N(total(active, yr(2020)))),
    ("aggregate", ["县直部门一共收到多少件申请？"], N(total(requests, CDEPT))),
    ("aggregate", ["所有报告合计收到多少件政府信息公开申请？"], N(total(requests))),
    ("aggregate", ["街道平均主动公开多少条信息？"], N(mean(active, STREET))),
    ("aggregate", ["市级部门收到申请的合计是多少？"], N(total(requests, lv("city_dept")))),
    ("aggregate", ["2023年收到申请的总数"], N(total(requests, yr(2023)))),
    ("aggregate", ["微信公众号发布信息的平均数是多少？"], N(mean(wechat))),
    ("aggregate", ["乡镇主动公开信息总共多少条？"], N(total(active, TOWN))),
    ("aggregate", ["县级政府平均主动公开多少条？"], N(mean(active, lv("county")))),
    ("aggregate", ["省级部门微信发布信息总和"], N(total(wechat, lv("province_dept")))),
    ("aggregate", ["2020年乡镇主动公开信息的平均值"], N(mean(active, both(TOWN, yr(2020))))),
    ("aggregate", ["所有街道主动公开的信息一共多少条"], N(total(active, STREET))),
    # channels
    ("channel", ["哪些乡镇通过微信公众号公开信息？"], S(both(TOWN, chan("wechat")))),
    ("channel", ["哪些单位开通了政务微博？"], S(chan("weibo"))),
    ("channel", ["有哪些报告用抖音或视频号发布信息？"], S(chan("video"))),
    ("channel", ["没有通过政府网站公开的有哪些？"], S(lambda r: not chan("portal")(r))),
    ("channel", ["哪些街道设置了公开栏？"], S(both(STREET, chan("bulletin_board")))),
    ("channel", ["通过新闻发布会公开信息的市政府有哪些？"], S(both(lv("city"), chan("press")))),
    ("channel", ["哪些县级部门有微信公众号？"], S(both(CDEPT, chan("wechat")))),
    ("channel", ["有政务服务中心的乡镇和街道"], S(both(lv("township", "subdistrict"),
                                                   chan("service_hall")))),
    ("channel", ["哪些报告提到了查阅点或阅览室？"], S(chan("reading_room"))),
    ("channel", ["哪些报告提到“政务新媒体”？"], S(phrase("政务新媒体"))),
    ("channel", ["2024年通过门户网站公开的乡镇有哪些？"], S(both(TOWN, yr(2024), chan("portal")))),
    ("channel", ["没有微信公众号的街道有哪些？"], S(both(STREET, lambda r: not chan("wechat")(r)))),
    ("channel", ["列出开通微信公众号的县直部门"], S(both(CDEPT, chan("wechat")))),
    ("channel", ["哪些乡镇没有开通微信公众号"], S(both(TOWN, lambda r: not chan("wechat")(r)))),
    ("channel", ["哪些单位通过短视频公开"], S(chan("video"))),
    ("channel", ["江苏省民政厅用了哪些公开渠道"], S(named("江苏省民政厅"))),
    # officials and offices
    ("official", ["哪些报告写了分管领导是副局长？"], S(lambda r: r.has("responsible_official", "副局长"))),
    ("official", ["大街乡的政府信息公开工作由谁分管？"],
     T(named("大街乡人民政府"), fact("responsible_official"))),
    ("official", ["哪些单位由主要领导负责政务公开？"], S(lambda r: r.has("responsible_official", "主要领导"))),
    ("official", ["负责政务公开的领导是党委书记的有哪些？"],
     S(lambda r: r.has("responsible_official", "党委书记"))),
    ("official", ["哪些报告写明了政府信息公开工作的负责机构？"], S(lambda r: r.has("responsible_office"))),
    ("official", ["蚌埠市财政局的政务公开由哪个部门负责？"],
     T(named("蚌埠市财政局"), fact("responsible_office"))),
    ("official", ["分管领导是乡长的有哪些？"], S(lambda r: r.has("responsible_official", "乡长"))),
    ("official", ["哪些乡镇写了政务公开的分管领导？"], S(both(TOWN, lambda r: r.has("responsible_official")))),
    ("official", ["临夏州公安局的分管领导是谁"], T(named("临夏州公安局"), fact("responsible_official"))),
    # contact
    ("contact", ["马头铺镇的联系电话是多少？"], T(named("马头铺镇人民政府"), contact("phones"))),
    ("contact", ["桦南县政府的地址在哪里？"], T(named("桦南县人民政府"), contact("address"))),
    ("contact", ["木塔乡的邮编是多少？"], T(named("木塔乡人民政府"), contact("postcode"))),
    ("contact", ["长春市民政局的电子邮箱是什么？"], T(named("长春市民政局"), contact("email"))),
    ("contact", ["莆田市商务局的传真号码"], T(named("莆田市商务局"), contact("fax"))),
    ("contact", ["乐清市教育局的网址是什么？"], T(named("乐清市教育局"), contact("website"))),
    ("contact", ["来宾市卫生健康委员会的联系电话"], T(named("来宾市卫生健康委员会"), contact("phones"))),
    ("contact", ["云南省政府办公厅的邮政编码是多少？"], T(lambda r: r.id == "r067", contact("postcode"))),
    ("contact", ["唐村镇的联系方式"], T(named("唐村镇人民政府"), contact("phones"))),
    ("contact", ["平阳县公安局的通讯地址"], T(named("平阳县公安局"), contact("address"))),
    ("contact", ["哪些单位公布了电子邮箱？"], S(lambda r: bool(r.contact.get("email")))),
    ("contact", ["木塔乡的联系电话"], T(named("木塔乡人民政府"), contact("phones"))),
    ("contact", ["哪些单位没有写联系电话"], S(lambda r: not r.contact.get("phones"))),
    # problems and remedies
    ("text", ["黄思湾街道存在哪些问题？"], S(both(named("黄思湾街道"), lambda r: r.has("problem")))),
    ("text", ["汕头市医疗保障局的改进措施是什么？"], S(both(named("汕头市医疗保障局"),
                                                       lambda r: r.has("remedy")))),
    ("text", ["列出所有提到“工作力量不足”的问题"], S(phrase("工作力量不足", ("problem",)))),
    ("text", ["哪些报告的问题提到“新媒体”？"], S(phrase("新媒体", ("problem",)))),
    ("text", ["哪些报告提到“公开专栏”？"], S(phrase("公开专栏"))),
    ("text", ["哪些街道的存在问题中提到“及时”？"], S(both(STREET, phrase("及时", ("problem",))))),
    ("text", ["2021年的报告中存在哪些问题？"], S(both(yr(2021), lambda r: r.has("problem")))),
    ("text", ["哪些报告的改进措施提到“培训”？"], S(phrase("培训", ("remedy",)))),
    ("text", ["哪些报告提到“一网通办”？"], S(phrase("一网通办"))),
    ("text", ["哪些报告的问题中提到“宣传”"], S(phrase("宣传", ("problem",)))),
    ("text", ["哪些报告提到了政务新媒体"], S(phrase("政务新媒体"))),
    # checks
    ("check", ["哪些报告的表三数据不平衡？"], S(balance_fails)),
    ("check", ["哪些报告勾稽关系有误？"], S(lambda r: balance_fails(r) or t4_fails(r))),
    ("check", ["2019年有没有表三不平衡的报告？"], S(both(yr(2019), balance_fails))),
    # coverage
    ("coverage", ["哪些报告没有填写表三？"], S(lambda r: not r.table("t3"))),
    ("coverage", ["哪些乡镇没有填写表三？"], S(both(TOWN, lambda r: not r.table("t3")))),
    ("coverage", ["2023年哪些报告没有表二？"], S(both(yr(2023), lambda r: not r.table("t2")))),
    ("coverage", ["哪些报告填写了表四？"], S(lambda r: r.table("t4"))),
    # reports by year, level, region
    ("reports", ["2019年有哪些报告？"], S(yr(2019))),
    ("reports", ["列出所有街道的报告"], S(STREET)),
    ("reports", ["请列出长春市的报告"], S(place("长春市"))),
    ("reports", ["有哪些省级部门的报告？"], S(lv("province_dept"))),
    ("reports", ["乐清市有哪些单位报送了年报？"], S(place("乐清市"))),
    ("reports", ["2022年有几份报告？"], N(count_reports(yr(2022)))),
    ("reports", ["东坡区的报告有哪些？"], S(place("东坡区"))),
    ("reports", ["有没有国务院部门的报告？"], S(lv("national_dept"))),
    ("reports", ["列出2020年和2021年的乡镇报告"], S(both(TOWN, yr(2020, 2021)))),
    ("reports", ["市政府的报告有哪些？"], S(lv("city"))),
    ("reports", ["2024年有哪些乡镇报告"], S(both(TOWN, yr(2024)))),
    ("reports", ["哪些省级政府的报告"], S(lv("province"))),
    # year on year (one report per organ here: nothing to compare, and it must say so)
    ("yoy", ["哪些单位收到的申请比上年增加了？"], S(lambda r: False)),
    ("yoy", ["主动公开信息同比下降的乡镇有哪些？"], S(lambda r: False)),
    # follow-ups
    ("followup", ["哪些乡镇全年没有收到申请？", "那2020年呢？"],
     S(both(TOWN, yr(2020), eq(requests, 0)))),
    ("followup", ["2021年收到申请最多的县级部门是哪个？", "那2023年呢？"],
     S(lambda r: extreme(requests, both(CDEPT, yr(2023)))(r, GOLD))),
    ("followup", ["收到申请超过10件的有哪些？", "其中市级部门呢？"],
     S(both(lv("city_dept"), gt(requests, 10)))),
    ("followup", ["主动公开信息超过1000条的有哪些？", "按年份分组"],
     G(lambda r: r.year, gt(active, 1000))),
    ("followup", ["马头铺镇的联系电话是多少？", "地址呢？"],
     T(named("马头铺镇人民政府"), contact("address"))),
    ("followup", ["乡镇平均收到多少件申请？", "街道呢？"], N(mean(requests, STREET))),
    ("followup", ["哪些县直部门有微信公众号？", "那市直部门呢？"], S(both(lv("city_dept"), chan("wechat")))),
    ("followup", ["2020年有哪些街道报告？", "2021年呢？"], S(both(STREET, yr(2021)))),
    ("followup", ["收到申请最多的是哪个单位？", "前三名呢？"], S(lambda r: top(requests, 3)(r, GOLD))),
    ("followup", ["浙江省教育厅收到多少件申请？", "主动公开呢？"], N(lambda g: active(pick(g, "r095")))),
    ("followup", ["哪些乡镇通过微信公众号公开？", "其中2020年的呢？"],
     S(both(TOWN, yr(2020), chan("wechat")))),
    ("followup", ["哪些单位制发了规范性文件？", "有几个？"], N(count(gt(normative, 0)))),
    ("followup", ["花沟镇的联系电话是多少？", "2021年有哪些报告？"], S(yr(2021))),
    ("followup", ["哪些乡镇没有收到申请？", "列出所有街道的报告"], S(STREET)),
    ("followup", ["2022年收到申请的有哪些", "2021年呢"], S(both(yr(2021), gt(requests, 0)))),
    ("followup", ["收到申请最多的县级部门", "最少的呢"],
     S(lambda r: extreme(requests, CDEPT, hi=False)(r, GOLD))),
    ("followup", ["乡镇收到申请合计", "街道呢", "县直部门呢"], N(total(requests, CDEPT))),
    ("followup", ["桦南县政府的联系电话", "邮编呢"], T(named("桦南县人民政府"), contact("postcode"))),
    ("followup", ["县级部门一共收到多少件申请？", "按年份分组"],
     G(lambda r: r.year, CDEPT, requests)),
]

GOLD: list[Rep] = []


def pick(reps, rid):
    return next(r for r in reps if r.id == rid)


def expected(exp, reps):
    global GOLD
    GOLD = reps
    kind = exp[0]
    if kind == "set":
        return {r.id for r in reps if exp[1](r)}
    if kind == "number":
        return exp[1](reps)
    if kind == "text":
        return ({r.id for r in reps if exp[1](r)}, exp[2](reps, exp[1]))
    if kind == "none":
        return None
    _, key, pred, fn = exp
    reps = [r for r in reps if key(r) is not None]   # no year / level / county: in no group
    if fn is None:
        return dict(Counter(key(r) for r in reps if pred(r)))
    sums: dict = defaultdict(int)
    for r in reps:
        if pred(r) and fn(r) is not None:
            sums[key(r)] += fn(r)
    return dict(sums)


# -- asking and scoring --------------------------------------------------------------------------

def ask_all(db: Path, cli: bool, cases) -> list[dict]:
    out = []
    if not cli:
        from assistant import Conversation
    for _, questions, _ in cases:
        if cli:
            res = subprocess.run([*NIANBAO, "ask", *questions, "--db", str(db), "--json"],
                                 capture_output=True, text=True)
            lines = res.stdout.splitlines()
            out.append(json.loads(lines[-1]) if lines else {"answer": res.stderr})
        else:
            conv = Conversation(str(db))
            for q in questions:
                a = conv.ask(q)
            out.append(a.to_dict())
    return out


def close(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def matches(exp, want, got: dict) -> bool:
    if exp[0] == "none":
        return got.get("value") is None and not got.get("reports")
    if not got.get("understood", True) or "reports" not in got:
        return False
    stems = {Path(p).stem for p in got.get("reports") or []}
    kind = exp[0]
    if kind == "set":
        return stems == want
    if kind == "number":
        return want is not None and close(got.get("value"), want)
    if kind == "text":
        ids, strings = want
        return stems == ids and bool(strings) and all(s in got["answer"] for s in strings)
    rows = {r[0]: r[-1] for r in got.get("rows") or []}
    return rows == want


def show(want) -> str:
    if isinstance(want, set):
        return "{" + ", ".join(sorted(want)) + "}"
    if isinstance(want, tuple):
        return show(want[0]) + " " + "、".join(want[1])
    return str(want)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(OUT / "assistant_dev.db"))
    ap.add_argument("--fresh", action="store_true", help="re-ingest the corpus")
    ap.add_argument("--cli", action="store_true", help="ask through `nianbao ask --json`")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--only", metavar="TYPE", help="ask only the questions of one type")
    args = ap.parse_args(argv)
    db = Path(args.db)
    if args.fresh and db.exists():
        db.unlink()
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*NIANBAO, "ingest", str(DEV), "--db", str(db)], check=True,
                       capture_output=True)
    gold, extracted = load_gold(), load_extracted(db)
    cases = [c for c in CASES if args.only in (None, c[0])]
    answers = ask_all(db, args.cli, cases)
    by_type: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for (qtype, questions, exp), got in zip(cases, answers):
        want = expected(exp, gold)
        ok = matches(exp, want, got)
        verdict = "ok"
        if not ok:
            verdict = "extraction" if matches(exp, expected(exp, extracted), got) else "miss"
        by_type[qtype][verdict] += 1
        if args.json:
            print(json.dumps({"type": qtype, "questions": questions, "verdict": verdict,
                              "expected": show(want), "answer": got.get("answer"),
                              "value": got.get("value")}, ensure_ascii=False))
        if verdict != "ok":
            misses.append((qtype, questions, verdict, want, got))
    if args.json:
        return 0
    print(f"{'type':<14}{'n':>4}{'right':>7}{'extraction':>12}{'miss':>6}")
    tot = Counter()
    for t, c in by_type.items():
        n = sum(c.values())
        tot.update(c)
        print(f"{t:<14}{n:>4}{c['ok']:>7}{c['extraction']:>12}{c['miss']:>6}")
    n = sum(tot.values())
    print(f"{'all':<14}{n:>4}{tot['ok']:>7}{tot['extraction']:>12}{tot['miss']:>6}"
          f"   right {tot['ok'] / n:.1%}; assistant's own misses {tot['miss'] / n:.1%}")
    for qtype, questions, verdict, want, got in misses:
        print(f"\n[{qtype}] {verdict}: {' → '.join(questions)}\n  expected: {show(want)}")
        if args.verbose:
            stems = sorted(Path(p).stem for p in got.get("reports") or [])
            text = re.sub(r"\s+", " ", str(got.get("answer")))[:300]
            print(f"  got: value={got.get('value')} reports={{{', '.join(stems)}}}\n"
                  f"  answer: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
