"""Prose figures (n.*): sentences written for this bench from families of shapes, with the value
each key must get (None: the sentence states no such figure, and nothing may be read for it).

    python -m bench.gen_prose_figures            # recall and precision per family
    python -m bench.gen_prose_figures -v         # and every case missed or read wrong

Each family is a few templates crossed with pools of subjects, verbs, objects, quantity words
and units, so one rule fixed for one wording shows as a family's number, not a case's. A case
is ``(family, text, {key: value | None})``, or with a fourth item, what the pipeline knows of
the report (``{"year": 2022}``, ``{"level": "township"}``); keys not named must not be read either. Recall: the
keys with a value read with that value; precision: the figures read that are right. The
sentences are ours (none copied from a report); ``tests/test_prose_generator.py`` holds the
extractor to them.
"""
from __future__ import annotations

import argparse
import itertools
import random
from collections import defaultdict

A, R, W, RV, LT = "n.active_published", "n.requests_received", "n.wechat_posts", "n.review_cases", "n.litigation_cases"
KEYS = (A, R, W, RV, LT)

# (written, value): Arabic, thousands commas, a space each side, Chinese numerals
NUMBERS = [("37", 37), ("128", 128), ("2,315", 2315), (" 96 ", 96), ("4512", 4512), ("一百二十三", 123),
           ("十五", 15), ("2，046", 2046), ("803", 803), ("六十", 60), ("一千二百零五", 1205), ("两百", 200)]
SMALL = [("3", 3), ("12", 12), ("两", 2), ("一", 1), ("7", 7), ("26", 26), ("五", 5), ("41", 41)]
SUBJECTS = ["", "全年", "2023年，", "本年度", "2023年，我镇", "我局全年", "本机关", "全年我街道", "2022年度，我县"]
QUANT = ["", "共", "共计", "累计", "合计"]


def _pick(rng: random.Random, pool, k: int):
    pool = list(pool)
    return pool if len(pool) <= k else rng.sample(pool, k)


def active(rng):
    """主动公开/发布 … N条: the organ's proactive total; one kind of it, an approximate count, or
    another verb with no 主动 is no total."""
    objs = ["政府信息", "各类信息", "政务信息", "各类政府信息", "信息"]
    units = ["条", "件", "篇", "项"]
    for subj, q, verb, obj, unit, (nw, nv) in _pick(rng, itertools.product(
            SUBJECTS, QUANT, ["主动公开", "主动发布"], objs, units, NUMBERS), 260):
        yield "active.total", f"{subj}{q}{verb}{obj}{nw}{unit}。", {A: nv}
        yield "active.total.count_first", f"{subj}{q}{verb}{nw}{unit}{obj}。", {A: nv}
        q2 = q or "共"
        yield "active.total.quant_after", f"{subj}{verb}{obj}{q2}{nw}{unit}。", {A: nv}
    for subj, verb, obj, unit, (nw, nv) in _pick(rng, itertools.product(
            SUBJECTS, ["公开"], ["政府信息", "各类信息", "各类政府信息"], ["条", "篇"], NUMBERS), 60):
        yield "active.total.gongkai", f"{subj}共{verb}{obj}{nw}{unit}。", {A: nv}
    # one kind of information: no total
    for subj, verb, obj, (nw, nv) in _pick(rng, itertools.product(
            SUBJECTS, ["主动公开", "主动发布", "公开"], ["政策文件", "规范性文件", "工作动态", "通知公告", "部门文件", "人事信息",
                                                      "财政信息", "招标采购信息", "行政处罚信息"],
            NUMBERS), 60):
        yield "active.one_kind", f"{subj}{verb}{obj}{nw}件。", {A: None}
    # approximate counts
    for subj, verb, (nw, nv), approx in _pick(rng, itertools.product(
            SUBJECTS, ["主动公开", "主动发布"], NUMBERS[:5], ["{n}余条", "{n}多条", "近{n}条", "约{n}条", "{n}条左右"]), 60):
        yield "active.approx", f"{subj}{verb}政府信息{approx.format(n=nw.strip())}。", {A: None}
    # another verb, no 主动 and no channel: updates and pushes are no proactive total
    for subj, verb, (nw, nv) in _pick(rng, itertools.product(SUBJECTS, ["更新", "推送", "转载", "编发"], NUMBERS), 40):
        yield "active.other_verb", f"{subj}{verb}各类信息{nw}条。", {A: None}


def active_channels(rng):
    """Counts through channels: the organ through its website is the total; a website as the
    subject, one channel's share beside another's, or a social account's own count is not."""
    sites = ["区政府门户网站", "县政府网站", "市政府信息公开平台", "政府信息公开专栏", "镇政府门户网站政务公开专栏"]
    for subj, site, verb, (nw, nv) in _pick(rng, itertools.product(
            ["全年", "2023年，我镇", "本年度", "我局"], sites, ["主动公开政府信息", "主动公开各类信息", "主动发布政务信息"], NUMBERS), 60):
        yield "active.through_site", f"{subj}通过{site}{verb}{nw}条。", {A: nv}
        yield "active.through_site.zai", f"{subj}在{site}{verb}{nw}条。", {A: nv}
    # the organ disclosing (公开) through a site, no 主动: the total (dev gold: 通过…网公开各类政府信息N篇)
    for subj, site, verb, (nw, nv) in _pick(rng, itertools.product(
            ["全年", "本年度", "2023年，"], sites, ["公开政府信息", "公开各类信息", "共公开各类政府信息"], NUMBERS), 40):
        yield "active.through_site.gongkai", f"{subj}通过{site}{verb}{nw}条。", {A: nv}
    # a count published (发布/更新) through a site with no 主动公开 is how much went onto it, not the
    # proactive total: the dev gold never keys one (tests/test_narrative_figures.py); a frozen
    # report was read wrong when a rule took them (2026-12-07), though blind writers key them
    for subj, site, verb, (nw, nv) in _pick(rng, itertools.product(
            ["全年", "本年度", "2023年，"], sites, ["发布信息", "更新信息", "发布工作动态等信息"], NUMBERS), 60):
        yield "active.no_zhudong", f"{subj}在{site}{verb}{nw}条。", {A: None}
        yield "active.no_zhudong.via", f"{subj}通过{site}{verb}{nw}条。", {A: None}
    for subj, site, (nw, nv) in _pick(rng, itertools.product(["全年", "本年度"], sites, NUMBERS), 30):
        yield "active.no_zhudong.beside_channel", f"{subj}在{site}发布信息{nw}条，通过“某某发布”微信公众号推送信息40条。", {A: None, W: 40}
        yield "active.no_zhudong.kind", f"{subj}通过{site}发布政务动态类信息{nw}条。", {A: None}
    # a list of channels with the website in it: the list's count is the total, the account's own after it
    for site, (nw, nv) in _pick(rng, itertools.product(sites, [n for n in NUMBERS if n[1] > 100]), 20):
        yield "active.channel_list", f"全年通过{site}、“某某发布”微信公众号主动公开政府信息{nw}条，其中公众号发布50条。", {A: nv, W: 50}
        yield "active.channel_list", f"全年依托{site}、政务微博和微信公众号等平台主动公开各类信息{nw}条。", {A: nv}
        yield "active.kinds_listed", f"全年在{site}主动公开财政预决算、惠民补贴等信息{nw}条。", {A: nv}
    # the website as the subject: the site's postings (dev gold: not the proactive total)
    for site, verb, (nw, nv) in _pick(rng, itertools.product(sites, ["共发布各类信息", "发布信息", "全年更新信息"], NUMBERS), 40):
        yield "active.site_subject", f"{site}{verb}{nw}条。", {A: None}
    # a WeChat account's own count
    accounts = ["“清河发布”微信公众号", "政务微信公众号", "微信公众号", "“幸福城关”公众号"]
    for acc, verb, unit, (nw, nv) in _pick(rng, itertools.product(
            accounts, ["发布信息", "推送信息", "推送", "发布文章", "更新"], ["条", "篇", "期"], NUMBERS), 80):
        yield "wechat.own", f"全年通过{acc}{verb}{nw}{unit}。", {W: nv, A: None}
        yield "wechat.own.subject", f"{acc}全年{verb}{nw}{unit}。", {W: nv, A: None}
    for acc, (nw, nv) in _pick(rng, itertools.product(accounts, NUMBERS[:5]), 16):
        yield "wechat.approx", f"{acc}发布信息{nw.strip()}余篇。", {W: None, A: None}


def active_breakdowns(rng):
    """A total with sub-counts after it (其中…), or the channels' counts then their total (…共计N条):
    only the total is the proactive figure; a WeChat sub-count is the account's."""
    nums = [n for n in NUMBERS if n[0].strip().isdigit()]
    for (tw, tv), verb, q, parts in _pick(rng, itertools.product(
            nums, ["主动公开政府信息", "主动公开各类信息", "主动发布信息"], ["", "共", "共计"],
            ["政策文件{a}条、工作动态{b}条", "通过门户网站公开{a}条，通过政务新媒体公开{b}条", "规划计划{a}条，财政信息{b}条"]), 60):
        yield "active.breakdown_after", f"全年{q}{verb}{tw}条，其中{parts.format(a=11, b=22)}。", {A: tv}
    for (tw, tv), verb in _pick(rng, itertools.product(nums, ["主动公开政府信息", "主动公开信息"]), 20):
        yield "active.breakdown_wechat", f"全年{verb}{tw}条，其中门户网站发布{tv - 40}条，微信公众号发布40条。", {A: tv, W: 40}
    chans = [("通过门户网站发布信息{a}条", "微信公众号发布{b}篇"), ("在政府网站公开信息{a}条", "通过“某某发布”公众号推送信息{b}条"),
             ("网站发布{a}条", "微信{b}篇")]
    for (c1, c2), tot, (tw, tv) in _pick(rng, itertools.product(chans, ["共计{t}条", "合计{t}条", "共计公开信息{t}条", "总计{t}条"], nums), 60):
        a, b = 15, 27
        text = f"全年{c1.format(a=a)}，{c2.format(b=b)}，{tot.format(t=tw)}。"
        yield "active.total_after_channels", text, {A: tv, W: b}
    for (tw, tv), kinds in _pick(rng, itertools.product(nums, ["财政预决算、人事任免等信息", "规划计划、政策文件、工作动态等政府信息"]), 20):
        yield "active.kinds_listed", f"全年主动公开{kinds}{tw}条。", {A: tv}
    for (tw, tv) in nums:
        yield "active.named_share", f"全年发布各类信息1200余条，其中主动公开政府信息{tw}条。", {A: tv}
        yield "active.bracketed", f"全年主动公开政府信息（含政策文件、工作动态等）{tw}条。", {A: tv}
    # an intervening clause between the verb and its count
    for (tw, tv), mid in _pick(rng, itertools.product(nums, ["严格落实三审制度", "围绕中心工作", "做到应公开尽公开"]), 20):
        yield "active.intervening", f"全年坚持“公开为常态、不公开为例外”，{mid}，主动公开政府信息{tw}条。", {A: tv}


def requests(rng):
    """受理/收到 … 申请 N件: the year's new applications; counts with last year's carried-over ones,
    handled or answered ones, and other things counted with them are not."""
    verbs = ["受理", "收到", "接收", "新收", "共收到", "共受理"]
    objs = ["政府信息公开申请", "信息公开申请", "依申请公开事项", "公开申请"]
    for subj, verb, obj, unit, (nw, nv) in _pick(rng, itertools.product(
            SUBJECTS, verbs, objs, ["件", "宗", "个", "份", "件次"], NUMBERS + SMALL), 200):
        yield "requests.basic", f"{subj}{verb}{obj}{nw}{unit}。", {R: nv}
    for subj, verb, (nw, nv) in _pick(rng, itertools.product(SUBJECTS, ["收到", "受理", "接收"], NUMBERS + SMALL), 40):
        yield "requests.count_first", f"{subj}{verb}{nw}件政府信息公开申请。", {R: nv}
    for verb, (nw, nv) in _pick(rng, itertools.product(["受理", "办理", "收到"], NUMBERS[:6]), 18):
        yield "requests.carried_in", f"全年共{verb}政府信息公开申请{nw}件（含上年结转3件）。", {R: None}
        yield "requests.carried_in.qizhong", f"全年共{verb}政府信息公开申请{nw}件，其中上年结转3件。", {R: None}
        yield "requests.carried_zero", f"全年共{verb}政府信息公开申请{nw}件，其中上年结转0件。", {R: (nv if verb != "办理" else None)}
    for (nw, nv) in NUMBERS[:6]:
        yield "requests.new_and_carried", f"本年度新收政府信息公开申请{nw}件，上年结转4件，共办理{nv + 4}件。", {R: nv}
        yield "requests.new_and_carried", f"全年收到政府信息公开申请{nw}件，另有上年结转申请2件。", {R: nv}
        yield "requests.handled", f"全年共办理政府信息公开申请{nw}件，均按期答复。", {R: None}
        yield "requests.handled", f"全年答复依申请公开事项{nw}件。", {R: None}
        yield "requests.combined", f"全年共收到政府信息公开申请和咨询{nw}件。", {R: None}
        yield "requests.with_outcome", f"全年共受理政府信息公开申请{nw}件，办结{nv}件，均在法定期限内答复。", {R: nv}
        yield "requests.with_outcome", f"全年收到政府信息公开申请{nw}件，其中予以公开2件。", {R: nv}
        yield "requests.with_outcome", f"全年受理政府信息公开申请{nw}件次，其中予以公开2件次、本机关不掌握相关信息1件次。", {R: nv, A: None}
        yield "requests.with_outcome", f"全年受理政府信息公开申请{nw}件，予以公开2件、本机关不掌握相关信息1件。", {R: nv, A: None}
        yield "requests.with_outcome", f"全年受理政府信息公开申请{nw}件，已全部答复，予以公开3件，部分公开1件，不予公开涉密信息1件。", {R: nv, A: None}
        yield "active.list_last_item", f"全年主动公开规划计划5条、财政信息{nw}条。", {A: None}
        yield "active.list_last_item", f"全年公开政策文件5件、人事信息{nw}条。", {A: None}
        yield "active.list_last_item", f"全年主动公开机构职能信息4条、工作动态信息{nw}条。", {A: None}
    for t in ["全年未收到政府信息公开申请。", "本年度没有收到依申请公开事项。", "2023年，我镇收到政府信息公开申请0件。",
              "全年共受理政府信息公开申请零件。", "本年度未受理政府信息公开申请。"]:
        yield "requests.none", t, {R: 0}


def review(rng):
    """行政复议 / 行政诉讼 N件/起: each its own; both together are neither's unless each (各) or none."""
    for (rw, rv), (lw, lv), shape in _pick(rng, itertools.product(SMALL + [("0", 0), ("零", 0)], SMALL + [("0", 0)], [
            "全年发生政府信息公开行政复议{r}件、行政诉讼{l}件。",
            "因政府信息公开被申请行政复议{r}件，被提起行政诉讼{l}起。",
            "本年度发生行政复议案件{r}起，行政诉讼案件{l}起。",
            "政府信息公开行政复议{r}件；行政诉讼{l}件。",
            "涉及政府信息公开的行政复议{r}件，行政诉讼{l}件。"]), 120):
        yield "review.each", shape.format(r=rw, l=lw), {RV: rv, LT: lv}
    for (nw, nv) in SMALL[:5]:
        yield "review.ge", f"本年度政府信息公开行政复议、行政诉讼各{nw}件。", {RV: nv, LT: nv}
        yield "review.together", f"因政府信息公开引起的行政复议和行政诉讼共{nw}件。", {RV: None, LT: None}
    for t in ["全年未发生因政府信息公开引起的行政复议、行政诉讼。", "本年度无政府信息公开行政复议、行政诉讼案件。",
              "政府信息公开行政复议、行政诉讼均为零。", "未发生政府信息公开行政复议和行政诉讼情况。",
              "全年政府信息公开行政复议、行政诉讼数量均为0。"]:
        yield "review.none", t, {RV: 0, LT: 0}


def blanks_and_others(rng):
    """Blank counts; changes from last year, rates and another year's or another body's counts."""
    for t in ["全年主动公开政府信息  条。", "本年度主动公开信息 条，其中政策文件  条。", "全年共受理政府信息公开申请  件。",
              "收到政府信息公开申请　　件。", "行政复议  件，行政诉讼  件。", "通过微信公众号发布信息  条。"]:
        yield "blank", t, {}
    for (nw, nv) in NUMBERS[:6]:
        n = nw.strip()
        yield "other.change", f"主动公开政府信息数量较上年增加{n}条。", {A: None}
        yield "other.change", f"政府信息公开申请同比减少{n}件。", {R: None}
        yield "other.change", f"比上年多受理政府信息公开申请{n}件。", {R: None}
        yield "other.rate", f"主动公开政府信息同比增长{n}%。", {A: None}
        yield "other.compare", f"全年主动公开政府信息{nw}条，较2021年的58条增长12%。", {A: nv}
        yield "other.compare", f"全年受理政府信息公开申请{nw}件，比上年的9件有所增加。", {R: nv}
        yield "other.last_year", f"上年度共受理政府信息公开申请{n}件。", {R: None}
        yield "other.last_year", f"2021年同期主动公开政府信息{n}条。", {A: None}
        yield "other.cumulative", f"截至2023年底，累计主动公开政府信息{n}条。", {A: None}
        yield "other.body", f"我镇持续推进政务公开。全县共受理政府信息公开申请{n}件，我镇未发生行政复议。", {R: None, RV: 0}
        yield "other.body", f"我街道认真落实要求。全区各单位共主动公开政府信息{n}条。", {A: None}


def more_shapes(rng):
    """Further shapes of each key: a count named as a number (数量为), with a change or a breakdown
    after it, other bodies' and other measures' counts."""
    for (nw, nv) in NUMBERS:
        n = nw.strip()
        yield "active.named_count", f"全年主动公开政府信息数量为{nw}条。", {A: nv}
        yield "active.named_count", f"本年度主动公开信息总数{nw}条。", {A: nv}
        yield "active.with_change", f"全年主动公开政府信息{nw}条，较上年增加12条。", {A: nv}
        yield "active.with_change", f"全年共主动公开各类信息{nw}条，同比增长8.5%。", {A: nv}
        yield "active.breakdown_bracket", f"全年主动公开政府信息{nw}条（其中政策文件9条）。", {A: nv}
        yield "active.until_year_end", f"截至2023年12月31日，共主动公开政府信息{nw}条。", {A: nv}
        yield "active.villages", f"指导各村（社区）公开村务信息{n}条。", {A: None}
        yield "active.villages", f"督促各部门主动公开政府信息{nw}条。", {A: None}
        yield "active.under_guidance", f"在县政务公开办指导下主动公开政府信息{nw}条。", {A: nv}
        yield "active.views", f"门户网站全年访问量{n}次，主动公开栏目点击{n}次。", {A: None}
        yield "requests.shapes", f"全年共收到各类政府信息公开申请{nw}件。", {R: nv}
        yield "requests.shapes", f"全年收到公民、法人或其他组织提出的政府信息公开申请{nw}件。", {R: nv}
        yield "requests.shapes", f"本年度政府信息公开申请数量为{nw}件。", {R: nv}
        yield "requests.shapes", f"全年受理依申请公开件{nw}件。", {R: nv}
        yield "requests.with_change", f"全年收到政府信息公开申请{nw}件，比上年增加3件。", {R: nv}
        yield "requests.with_change", f"全年共受理信息公开申请{nw}件，同比增长20%。", {R: nv}
        yield "requests.with_share", f"本年度新收政府信息公开申请{nw}件（其中网上申请2件）。", {R: nv}
        yield "wechat.name_after", f"微信公众号“某某发布”全年发布信息{nw}条。", {W: nv}
        yield "wechat.not_alone", f"全年通过微信、微博发布信息{n}条。", {W: None}
        yield "wechat.not_alone", f"政务新媒体全年发布信息{n}条。", {W: None}
        yield "wechat.video", f"微信视频号发布短视频{n}条。", {W: None}
        yield "wechat.views", f"微信公众号全年阅读量达{n}次。", {W: None}
    for (nw, nv) in NUMBERS:
        yield "requests.you", f"本年度共有{nw}件政府信息公开申请。", {R: nv}
        yield "active.colon_heading", f"主动公开政府信息情况：全年共{nw}条。", {A: nv}
    for (nw, nv) in NUMBERS:
        # one kind of applicant's count, beside another's; all kinds together are the total
        yield "requests.applicant_share", f"全年收到自然人提出的政府信息公开申请{nw}件，法人或其他组织提出的申请2件。", {R: None}
        yield "requests.applicant_share", f"本年度受理企业提交的政府信息公开申请{nw}件。", {R: None}
        yield "requests.applicant_all", f"全年收到公民、法人或其他组织提出的政府信息公开申请{nw}件。", {R: nv}
    for (nw, nv), (area, gov) in itertools.product(NUMBERS[:6], [("全市", "市政府"), ("全区", "区政府"), ("全县", "县政府")]):
        # a whole area's count, then the government's own level's (本级): the report's figure
        yield "own_level", f"{area}各级行政机关共收到政府信息公开申请9,999件，其中{gov}本级{nw}件。", {R: nv}
        yield "own_level", f"2023年，{area}共受理政府信息公开申请9,999件，其中{gov}本级受理{nw}件。", {R: nv}
        yield "own_level", f"{area}共主动公开政府信息99,999条，其中{gov}本级主动公开{nw}条。", {A: nv}
        yield "own_level.not_a_townships", f"我镇持续推进政务公开。{area}共主动公开政府信息99,999条，其中{gov}本级{nw}条。", {A: None}
    for t in ["全年主动公开政府信息__条。", "全年主动公开政府信息＿＿条，收到政府信息公开申请＿件。", "全年主动公开政府信息XX条。",
              "全年主动公开政府信息（ ）条，受理政府信息公开申请（）件。", "全年主动公开政府信息…条。", "本年度行政复议_件，行政诉讼_件。",
              "主动公开政府信息数量： 条"]:
        yield "blank.shapes", t, {}
    for t, e in [("全年主动公开政府信息１２３条。", {A: 123}), ("全年主動公開政府信息123條，受理政府信息公開申請5件。", {A: 123, R: 5}),
                 ("全年收到政府信息公开申请5件.行政复议0件,行政诉讼0件.", {R: 5, RV: 0, LT: 0}),
                 ("本单位严格落实政府信息公开条例的各项要求，按照应公开尽公开的原则，全年累计主动公开政\n府信息73条。", {A: 73}),
                 ("本单位严格落实政府信息公开条例的各项要求，按照应公开尽公开的原则，全年共收到政府信息公开申\n请12件。", {R: 12}),
                 ("全年主动公开政府信息 123 条，收到政府信息公开申请5 件", {A: 123, R: 5})]:
        yield "damaged", t, e
    for (nw, nv) in SMALL + NUMBERS[:4]:
        n = nw.strip()
        # events, time limits and places are no counts of information, applications or cases
        for t, k in [(f"全年组织主动公开政府信息工作培训{n}次。", A), (f"主动公开政府信息应在{n}个工作日内完成。", A),
                     (f"主动公开政府信息覆盖全镇{n}个行政村。", A), (f"主动公开信息平均时长{n}个工作日。", A),
                     (f"受理政府信息公开申请的答复时限为{n}个工作日。", R), (f"收到申请后{n}个工作日内办结。", R),
                     (f"参加行政诉讼培训{n}次。", LT), (f"召开行政复议工作会议{n}次。", RV), (f"组织学习《行政复议法》{n}次。", RV)]:
            yield "other.events_and_limits", t, {k: None}
        # applications of other kinds
        for kind in ["12345热线转办", "政务服务", "行政许可", "行政审批", "低保救助", "不动产登记"]:
            yield "requests.other_kind", f"全年受理{kind}申请{nw}件。", {R: None}
        yield "requests.ge_form", f"全年收到{nw}个政府信息公开申请。", {R: nv}
        yield "requests.through_service_site", f"全年通过政务服务网收到政府信息公开申请{nw}件。", {R: nv}
        yield "requests.through_service_site", f"全年登记政府信息公开申请{nw}件。", {R: nv}
    for (nw, nv), (ow, ov) in _pick(rng, itertools.product(NUMBERS[:6], NUMBERS[6:]), 20):
        # another year's count, in the report of a known year; a title's year is no year of a count
        yield "other.year", f"2021年，我局主动公开政府信息{nw}条。2022年，我局主动公开政府信息{ow}条。", {A: ov}, {"year": 2022}
        yield "other.year", f"2021年，全年受理政府信息公开申请{nw}件，行政复议{ow}件。", {R: None, RV: None}, {"year": 2022}
        yield "other.year", f"2021年未收到政府信息公开申请。2022年收到政府信息公开申请{nw}件。", {R: nv}, {"year": 2022}
        yield "other.year.title", f"按照《2021年政务公开工作要点》要求，全年主动公开政府信息{nw}条。", {A: nv}, {"year": 2022}
        yield "other.year.until", f"截止2022年12月31日，通过网站主动公开政府信息共{nw}条。", {A: nv}, {"year": 2022}
    for (nw, nv) in NUMBERS[:6]:
        n = nw.strip()
        # approximate said after the unit or with a bound before the count
        yield "active.approx_bound", f"全年主动公开政府信息{n}条以上。", {A: None}
        yield "active.approx_bound", f"全年主动公开政府信息不少于{n}条。", {A: None}
        yield "active.approx_bound", f"全年主动公开政府信息逾{n}条。", {A: None}
        # an account's other numbers: reposts, columns, followers
        yield "wechat.other_counts", f"全年转发微信公众号文章{n}篇。", {W: None}
        yield "wechat.other_counts", f"微信公众号开设专栏{n}个。", {W: None}
        yield "wechat.other_counts", f"微信公众号粉丝增加{n}个。", {W: None}
        yield "wechat.other_counts", f"微信公众号关注用户{n}人。", {W: None}
        yield "wechat.published_and_reposted", f"微信公众号全年发布和转发信息{nw}条。", {W: nv}
    for subj in ["", "本年度", "2023年，我镇", "全年"]:
        # a none of review or litigation is no none of applications
        yield "requests.zero_not_from_review", f"{subj}没有发生因政府信息公开申请行政复议或提起行政诉讼的情况。", {RV: 0, LT: 0}
        yield "requests.zero_not_from_review", f"{subj}无因政府信息公开申请引起的行政复议。", {RV: 0}
        for shape in ["{s}政府信息公开行政复议、行政诉讼情况：无。", "{s}行政复议、行政诉讼均未发生。",
                      "{s}实现行政复议、行政诉讼“零”发生。", "{s}行政复议、行政诉讼零发生。", "{s}零行政复议、零行政诉讼。",
                      "{s}政府信息公开行政复议和行政诉讼都没有发生。"]:
            yield "review.none_more", shape.format(s=subj), {RV: 0, LT: 0}
        yield "review.none_one", f"{subj}行政复议1件，行政诉讼未发生。", {RV: 1, LT: 0}
        yield "review.none_one", f"{subj}未发生行政复议，行政诉讼2起。", {RV: 0, LT: 2}
    for (rw, rv), (lw, lv) in _pick(rng, itertools.product(SMALL, SMALL), 20):
        yield "review.with_outcome", f"因政府信息公开被申请行政复议的案件{rw}件，其中维持1件；被提起行政诉讼{lw}起，其中驳回1起。", {RV: rv, LT: lv}
        yield "review.fenbie", f"政府信息公开行政复议、行政诉讼分别为{rw}件、{lw}件。", {RV: rv, LT: lv}
        yield "review.zero_word", f"发生行政复议{rw}起、行政诉讼零起。", {RV: rv, LT: 0}


FAMILIES = [active, active_channels, active_breakdowns, requests, review, blanks_and_others, more_shapes]


def cases(seed: int = 13):
    rng = random.Random(seed)
    seen = set()
    for fam in FAMILIES:
        for family, text, expect, *ctx in fam(rng):
            if (text, str(ctx)) not in seen:
                seen.add((text, str(ctx)))
                yield (family, text, expect, *ctx)


def paragraphs(seed: int = 13, n: int = 300):
    """Two to four cases of different keys joined in one paragraph: no count may cross a sentence."""
    rng = random.Random(seed)
    # (whole areas' sentences speak for the report's own area only beside no other body's words)
    pool = [c for c in cases(seed) if c[2] and len(c) == 3 and not c[0].startswith(("other.body", "own_level"))]
    out = []
    while len(out) < n:
        picked, keys = [], set()
        for family, text, expect in rng.sample(pool, 12):
            if keys.isdisjoint(expect):
                picked.append((family, text, expect))
                keys |= set(expect)
            if len(picked) == rng.randint(2, 4):
                break
        if len(picked) >= 2:
            expect = {k: v for _, _, e in picked for k, v in e.items()}
            out.append(("paragraph", "".join(t for _, t, _ in picked), expect))
    return out


def score(extract, items) -> dict:
    """Per family: (keys with a value, read right; figures read, right); and the misses."""
    per = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for family, text, expect, *ctx in items:
        got = {k: v for k, v in extract(text, **(ctx[0] if ctx else {})).items() if k in KEYS}
        p = per[family]
        for k, v in expect.items():
            if v is not None:
                p[0] += 1
                p[1] += got.get(k) == v
        for k, v in got.items():
            p[2] += 1
            p[3] += k in expect and expect[k] == v
        wrong = {k: got.get(k) for k in set(expect) | set(got) if got.get(k) != expect.get(k)}
        if wrong:
            misses.append((family, text, {k: expect.get(k) for k in wrong}, wrong))
    return {"families": dict(per), "misses": misses}


def _extract(text: str, level: str | None = None, year: int | None = None) -> dict:
    from extractor.narrative_figures import figures
    return {f.key: f.value for f in figures(text, level, year)}


def totals(per: dict) -> tuple[float, float]:
    g = sum(p[0] for p in per.values())
    r = sum(p[1] for p in per.values())
    n = sum(p[2] for p in per.values())
    c = sum(p[3] for p in per.values())
    return (r / g if g else 1.0), (c / n if n else 1.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.gen_prose_figures", description=__doc__.split("\n")[0])
    ap.add_argument("-v", action="store_true", help="print every case missed or read wrong")
    a = ap.parse_args(argv)
    items = list(cases()) + paragraphs()
    res = score(_extract, items)
    print(f"{'family':32s} {'cases':>6s} {'recall':>8s} {'precision':>10s}")
    count = defaultdict(int)
    for f, *_ in items:
        count[f] += 1
    for fam, (g, r, n, c) in sorted(res["families"].items()):
        print(f"{fam:32s} {count[fam]:6d} {r / g if g else 1:8.3f} {c / n if n else 1:10.3f}   ({r}/{g}, {c}/{n})")
    rec, prec = totals(res["families"])
    print(f"{'all':32s} {len(items):6d} {rec:8.3f} {prec:10.3f}")
    if a.v:
        for family, text, want, got in res["misses"]:
            print(f"{family}: {text}\n    want {want} got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
