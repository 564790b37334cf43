"""Question -> ``QueryPlan``: what is asked for, with which filters, compared how.

``parse(question, organs, context=None)`` reads a reviewer's question with the lexicons
(``assistant.vocab``) and the organ names of the store (``assistant.names.OrganIndex``):

1. the text rewritten, a quoted phrase (“公开内容不够深”) taken out as typed
   (``assistant.planrewrite``); years (2021年, 2019-2021年: ``assistant.planyears``),
   organ names, regions, sectors (``assistant.planorgans``);
2. the vocabulary, forward longest match on the remaining characters: metric aliases
   (metrics.tsv), level words, comparison / aggregate / grouping / contact / channel /
   check words (question_words.tsv), each read by the rule of its role
   (``assistant.vocabscan.ROLE_RULES``);
3. numbers after a comparison (超过10件, 前5个, 10件以上);
4. a metric still missing is looked for fuzzily (rapidfuzz) among the jieba words.
5. ``assistant.refine``: what a negation covers, the narrowest metric, a table column, a
   share of figures; ``assistant.itemcount``: a comparison said of how many problems /
   remedies a report lists; ``assistant.kind``: the kind of question.

A bureau named bare (卫健局, 民政局, 交通局) is every body of its sector whatever the tail of
its family (``assistant.sectors``); a level said right before it (省卫健委, 县里的卫健局) its
tier.

The plan's ``kind`` is one of ``figure`` (a metric of reports), ``contact``, ``fact``,
``text`` (full-text over problems / remedies / report text), ``check`` (failed checks),
``coverage`` (a table not filled in), ``reports`` (reports themselves), ``unknown``.

With a ``context`` (the previous plan), a question may be a follow-up (``assistant.followup``).
Every step credits a named rule of ``assistant.rules`` (``QueryPlan.rules``); what no rule
read is the plan's ``unread`` words, those that would change the answer its ``doubts``
(``assistant.unread``).
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from . import vocab
from .allzero import all_zero_tables, read_all_zero
from .blanks import blanks_left_out, without_blank_amounts
from .bureaus import shortfall_phrase
from .followup import follow_up
from .grouptop import read_group_top
from .inventory import read_inventory, read_yes_no
from .plancmp import read_comparisons
from .inclusion import apply as apply_inclusion
from .itemcount import item_condition, item_spans, within
from .keywords import stop_words
from .pickyear import read_pick_year
from .turnsjoined import joined_said, read_both
from .kind import all_of, decide_kind, organs_counted
from .officesaid import read_office_said
from .placekind import place_kind, town_tail
from .planorgans import read_organs, tier_of_bodies
from .planrewrite import rewrite
from .percond import split_conditions
from .joinconds import condition_of_another, join_conditions
from .phrasealts import split_alternatives
from .placenone import unread_places_held_nowhere
from .metricsum import sum_said
from .sumwords import pattern as sum_words
from .facets import read_facets
from .changepct import percent_followup, read_change_percent
from .countsaid import count_said
from .organdiff import read_organ_diff
from .planyears import read_years
from .leveltypo import level_slip
from .relyear import read_relative_years
from .bothchannels import both_channels
from .yearasked import read_which_year_more, read_year_asked
from .queryplan import CONTACT_FIELDS, QueryPlan
from .examples import names_something as _names_something
from .bothsources import both_sources
from .refine import untold_mentioned
from .selfcheckq import title_year_check
from .refine import (bare_requests, check_passed, figure_share, figure_vs_figure, in_column,
                     narrowest_metric, negated)
from .rules import rule_of
from .namepart import pointed_doubts, read_name_part
from .placescope import city_proper, county_city_tier
from .unread import account, condition_words, organ_type, unstated_meta
from .widen import read_dropped, read_dropped_place
from .vocabscan import scan
from .eachsaid import SEVERAL, each_said
from .words import (BLANK, NUM, Text, blank_question_words, cn_number, find_post, post_said, post_in_charge,
                    office_suffixes, typo_metric, typo_word,
                    count_typo, listed_typo, metric_sound_typo, post_typo, contact_sound_typo)

_WHICH_MORE = re.compile(r"(谁|哪个|哪家|哪一个|哪一家)[^，,。？?]*?(多|高|大|少|低|小)(?:一些|一点|些)?"
                         r"[呀啊吗呢吧]?[？?。！!]*$")
_VIA_WECHAT = re.compile(r"(通过|利用|借助|依托|运用|用)了?(官方)?(政务)?(微信|公众号)")
_LIST_TOO = re.compile(r"[，,、；;]\s*(?:请|麻烦)?(?:都|全部|一一|分别)?(?:列出来|列出|列一下|列举|列个清单|分别是哪|都是哪|是哪些|有哪些)")
# 几个镇的年报都有哪些 / 那几份报告里面哪些是零申请: a count word inside the thing asked, a list
# word after it and no count word after that (rule list_after_count)
# (税务局那几份报告，哪些没写…: the clause after the comma asks the list)
# (平遥几个镇哪个零申请: 哪个 / 哪家 / 哪几个 ask the list too, unless 最 follows: 哪个最多)
_LIST_AFTER_COUNT = re.compile(r"(?:几|多少)[个份家篇所][^？?。；;几]*?(?:哪些|哪个|哪家|哪几[个家])(?![^几多]*最)[^几多]*$")
_POSTS_ASKED = re.compile(r"(多少|几)条|条数")
_MENTION = re.compile(r"了?([^\u3000？?。，,！!的]+?)(?:的(?:报告|问题|措施|内容|单位)?|字样|内容|吗|呢|$|[？?。，,！!\u3000])")
_BETWEEN = re.compile(NUM + r"\s*(?:件|个|条|份|次)?\s*(到|至|和|与|-|~|～)\s*" + NUM
                      + r"\s*(?:件|个|条|份|次)?\s*之间")
# 还没办完 / 尚未办结: the cases still pending (carried forward), its 没 no zero
_ASPECT = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?=方面|的|$|[？?。，,！!])")   # 网站建设(方面)
_OFFICE_BY = re.compile(r"由([\u4e00-\u9fff]{2,10}?)(?:牵头|具体)?(?:负责|承办|办理)")
_OFFICIAL = re.compile(r"由([\u4e00-\u9fff]{2,8}?)(?:分管|负责|主管)")


def _vocab_table() -> tuple[dict, int]:
    table: dict[str, list[tuple[str, str]]] = {}
    for a, mid in vocab.metric_aliases().items():
        table.setdefault(a, []).append(("metric", mid))
    for w, levels in vocab.level_words().items():
        table.setdefault(w, []).append(("level", ",".join(levels)))
    for w, rv in vocab.words().items():
        table.setdefault(w, []).append(rv)
    return table, max(len(w) for w in table)


_TABLE: tuple[dict, int] | None = None
_BOUNDS = ("gt", "lt", "ge", "le", "ge_suffix", "le_suffix")   # 超过 / 低于 / 以上 …


def parse(question: str, organs=None, context: QueryPlan | None = None) -> QueryPlan:
    global _TABLE
    if _TABLE is None:
        _TABLE = _vocab_table()
    table, max_len = _TABLE
    p = QueryPlan()
    given: list[str] = []
    notes: list[str] = []
    fired: list[str] = []

    def set_(name, value, rule=None):
        setattr(p, name, value)
        if name not in given:
            given.append(name)
        rule = rule or rule_of(name)
        if rule and rule not in fired:
            fired.append(rule)

    question, q, kinds_listed = rewrite(question, p, set_, fired, notes)   # assistant/planrewrite.py
    t = Text(q)
    p.tokens = tuple(vocab.cut(q))
    blanks = blanks_left_out(t)   # 没写的不算: the default restated, no condition 未填写
    if blanks:
        notes.append(blanks)
        fired.append("blanks_left_out")
    not_template = read_years(t, p, set_, fired, notes)   # assistant/planyears.py
    read_pick_year(t, set_)   # 里面最新那一年的那份: the list's report of its last year (assistant/pickyear.py)
    p.dropped = read_dropped(t)   # 不限年份 / 不分层级: a filter a follow-up takes away
    if p.dropped:
        fired.append("filter_dropped")
    unstated_meta(t, set_)   # 哪些报告没写明机关: the reports with no organ name
    read_facets(t, q, p, set_, fired)   # 问题和措施两项都写了 / 缺了哪几项要素 (assistant/facets.py)
    # official filter: 由副镇长分管的乡镇
    m = _OFFICIAL.search(t.s)
    if m and find_post(m.group(1)):   # 由副镇长分管, not 由哪个部门负责; 由常务副县长分管: that post
        set_("official", post_said(m.group(1))[0])
        t.take(m.start(), m.end())
        set_("kind", "reports")
    said = None if p.official else post_in_charge(t.s)   # 宣传委员管公开的 / 常务副旗长分管 (no 由)
    if said:
        set_("official", said[0]), t.take(said[1], said[2]), set_("kind", "reports")
    m = _OFFICE_BY.search(t.s)
    if m and m.group(1).endswith(office_suffixes()) and not re.search(r"[哪谁何啥]|什么", m.group(1)):
        # 由办公室牵头负责的单位: that office (由哪个办公室负责 asks it)
        set_("office", m.group(1))
        t.take(m.start(), m.end())
        set_("kind", "reports")
    if not p.office:   # 是党政综合办公室具体负责的 / 负责机构是党政办的: said without 由
        read_office_said(t, set_)   # assistant/officesaid.py
    # 各旗、苏木 / 自治州 / 村委会: a kind of place standing as a word, by how its names end
    # (before the names: 自治 of a misread organ name is no name of it)
    town_tail(t, organs, p, set_, notes)   # 只要乡不要镇: the townships named 乡 (assistant/placekind.py)
    place_kind(t, organs, p, set_)
    # organs and regions (before level words: 花沟镇 holds 镇)
    if organs is not None:
        read_organs(t, q, organs, p, set_, fired)   # assistant/planorgans.py
        if read_dropped_place(t, q, p):   # 不限云南，所有市政府的: no place (assistant/widen.py)
            given[:] = [g for g in given if g != "region"]
            fired.append("place_dropped")
        proper = city_proper(q, p)
        if proper:   # 广州市区: the whole city, said first (rule city_proper)
            notes.append(proper)
            fired.append("city_proper")
    # a post named in a question about the official in charge filters by it (分管领导是副镇长;
    # before the level words, which would take 镇 of 副镇长)
    asks_official = [w for w, (role, value) in vocab.words().items()
                     if role == "fact" and value == "responsible_official" and w in t.s]
    if not p.official and asks_official:
        rest = blank_question_words(t.s, asks_official)   # 分管领导 is the question
        said = post_said(rest)   # 分管领导是常务副县长: the post with the word narrowing it
        if said:
            set_("official", said[0])
            t.take(said[1], said[1] + len(said[0]))
    read_inventory(p, t, set_, fired)   # 库里都有哪几年的年报 / 浙江收了哪些县市区的报告
    read_all_zero(p, t, fired, notes)   # 表格里每一格都是0: the tables of zeros only
    # vocabulary
    before_vocab = t.s
    sc = scan(p, q, t, set_, given, table, max_len, fired)   # assistant/vocabscan.py
    (channel_spans, which, trend, mention_end, cmp_words, text_at, metric_at, excluded,
     table_at, contact_at, missing_at) = (
        sc.channel_spans, sc.which, sc.trend, sc.mention_end, sc.cmp_words, sc.text_at,
        sc.metric_at, sc.excluded, sc.table_at, sc.contact_at, sc.missing_at)
    both_sources(p, q, t, table_at, given, fired)   # 正文写0件或者表三是0的都算: the one figure
    read_relative_years(p, sc.relyears, organs, set_, given, notes, fired)   # 去年: the store's latest less one
    if both_channels(p, q, sc.channel_at):   # 既有公开栏又设了查阅点: each channel (assistant/bothchannels.py)
        fired.append("channels_both")
    if p.yoy and trend:
        p.yoy = trend
    if not_template and p.template:
        set_("template_not", True, "template_excluded")
    organ_type(t, q, organs, p, set_)   # 哪些海关单位 / 财政系统: a kind of organ
    if not p.group_by and each_said(q, SEVERAL):   # 省级、市级和县级政府分别收到多少: per level / year
        if len(p.levels) > 1 and not p.excluded_levels:
            set_("group_by", "level")
        elif len(p.years) > 1:
            set_("group_by", "year")
    read_group_top(p, q, t, set_, fired, sc.agg_at)   # 按年份汇总…，哪一年最多: the largest group named
    read_year_asked(p, q, t, set_)   # 那份报告是哪一年的 (assistant/yearasked.py)
    bare = bare_requests(q, metric_at)
    added = list(dict.fromkeys(v for _, _, v in sorted(metric_at) if v not in bare))
    said_sum = len(added) > 1 and sum_said(q, [(a, b) for a, b, v in metric_at if v in added])
    if len(added) > 1 and (sum_words("figures").search(q) or said_sum) and vocab.sum_of(added):
        set_("metric", vocab.sum_of(added))   # 新收到的申请加上上年结转的: one figure, their sum
        if said_sum:   # 复议加诉讼一共 / 行政复议和行政诉讼合计 (assistant/metricsum.py)
            fired.append("metric_sum")
        p.other_metrics = ()
    else:
        narrowest_metric(p, bare)
    if p.metric == "wechat_posts" and _VIA_WECHAT.search(q) and not (
            p.agg not in (None, "count") or p.top or p.op or p.group_by or _POSTS_ASKED.search(q)):
        # 通过微信公众号发布政务信息的县直部门: the channel, not the number of posts
        set_("metric", None)
        given.remove("metric")
        set_("channel", "wechat")
    if p.channel == "wechat" and not p.metric and not p.negate and (
            p.agg in ("max", "min", "sum", "avg", "median") or p.top or _POSTS_ASKED.search(q)):
        # 官方公众号发布了多少条信息 / 哪个单位通过微信公众号发布的信息最多: its posts, a figure
        set_("metric", "wechat_posts")
        p.channel = None
        given.remove("channel")
    if excluded:   # 除了乡镇街道以外 / 不是县直部门的: every other level
        from extractor.record import LEVELS
        if p.levels and set(p.levels) - set(excluded):
            # 省级的报告，省政府的不算: the levels named less those (a report of no stated level
            # is none of them)
            set_("levels", tuple(lv for lv in p.levels if lv not in excluded), "level_excluded")
        else:
            set_("levels", tuple(lv for lv in (p.levels or LEVELS) if lv not in excluded))
            set_("excluded_levels", tuple(dict.fromkeys(excluded)))
    more = _WHICH_MORE.search(q) if (len(p.organ_names) > 1 or p.also_regions) \
        and not p.agg and not p.top else None
    if more:   # A和B谁收到的申请多 / 桦南县跟清水县比哪个多: the larger (smaller) of the organs named;
        # 鄂尔多斯和兴安盟哪个多: of the reports of the places joined (rule places_joined)
        set_("agg", "min" if more.group(2) in "少低小" else "max")
    read_which_year_more(p, q, t, set_)   # 2022年跟2025年比哪年多 (assistant/yearasked.py)
    read_organ_diff(p, q, t, given, fired)   # A和B谁收到的申请多，多多少 (assistant/organdiff.py)
    m = re.search(r"哪" + NUM + r"(?:个|家|名|位|份)", q)
    if m and p.agg in ("max", "min") and not p.top and cn_number(m.group(1)):
        set_("top", int(cn_number(m.group(1))))   # 哪三个单位收到的申请最多 = 前三
        set_("order", "desc" if p.agg == "max" else "asc")
        t.take(m.start(), m.end())   # 哪5份 / 哪三家: read, the top N
    # 提到政务新媒体 (no quotes): the words after 提到 that are no vocabulary are the phrase
    if mention_end is not None and not p.phrase:
        m = _MENTION.match(t.s, mention_end)
        whole = _MENTION.match(q, mention_end)   # 说工作力量不足的: 不足 is a word, and the phrase's
        cut = m and m.end(1) < len(t.s) and t.s[m.end(1)] == BLANK
        if cut and whole and whole.group(1).startswith(m.group(1)) \
                and len(whole.group(1)) - len(m.group(1)) <= 4 \
                and not _names_something(whole.group(1)[len(m.group(1)):]):
            m = whole
        elif cut:   # 提到了利用公开栏公开信息: cut by a channel, a figure …: that is the question
            m = None
        if m and len(m.group(1)) >= 2 and m.group(1) not in stop_words():   # 写了存在的…: no phrase
            set_("phrase", m.group(1))
            t.take(m.start(1), m.end(1))
            if split_alternatives(p):   # 提到工作人员或者工作力量: any of them
                fired.append("phrase_alternatives")
        elif p.channel and not p.group_by and not ("," in p.channel and kinds_listed):
            # 提到抖音 / 提到政务新媒体: the word, not every channel of it; 提到政务新媒体（公众号、
            # 微博、抖音这些）: the channels listed, any of them (rule channel_group)
            items = bool({"problem", "remedy"} & set(p.text_kinds))
            for a, b in channel_spans:
                # 问题里提到网站建设方面的不足: in the problems or remedies, a channel with a word
                # after it (建设, 更新, 管理) is what they say, never a channel filter
                tail = _ASPECT.match(q, b) if items else None
                if tail and _names_something(tail.group(1)):
                    tail = None
                b = tail.end(1) if tail else b
                if a - mention_end <= 1 and re.fullmatch(r"了?", q[mention_end:a]) \
                        and re.match(r"(?:的|方面|$|[？?。，,！!])", q[b:]):
                    if not tail and q[a:b] in vocab.channel_names():
                        fired.append("channel_named")   # 提到政务微博: the channel it names in full
                        break
                    set_("phrase", q[a:b])
                    t.take(a, b)
                    fired.append("channel_in_text")
                    p.channel = None
                    given.remove("channel")
                    break
    if mention_end is not None and not p.phrase and untold_mentioned(p, q, mention_end, given):
        fired.append("untold_mentioned")   # 问题里提到兼职: the word searched, never untold
        if not p.untold and "untold" in fired:
            fired.remove("untold")
    if "any" in p.text_kinds and not p.phrase:   # 涉及多少个乡镇: no phrase, no text question
        p.text_kinds = tuple(k for k in p.text_kinds if k != "any")
        if not p.text_kinds:
            given.remove("text_kinds")
    # 在10件到100件之间
    m = _BETWEEN.search(t.s)
    if m:
        lo, hi = sorted(cn_number(m.group(i)) for i in (1, 3))
        set_("op", "between"), set_("threshold", lo), set_("threshold2", hi)
        t.take(m.start(), m.end())
    # comparisons (the number follows the word, or precedes 以上/以下)
    # one organ named (花沟镇是零申请吗): its value answers a yes-no; a sector, a kind or a bureau
    # name of several organs (卫健部门有没有零申请的): the condition lists those meeting it
    one_organ = len(set(p.organ_ids)) == 1
    if read_yes_no(p, q, cmp_words, one_organ, fired):
        p.listing = which = True   # 有没有乡镇收到过申请: are there any (a list)
    conds: list = []   # each condition read: several are joined (assistant/joinconds.py)
    weak, asked = read_comparisons(p, q, t, cmp_words, set_, given, one_organ, which, conds)
    for marker, on in (("cond", p.op is not None),
                       ("ask", any(v == "ask" for _, _, v in cmp_words))):
        if on:   # a condition or a value was asked for: a question about a figure
            given.append(marker)
    others = ([(a, b) for a, b, _ in contact_at + text_at + table_at]   # no figure's words
              + [(a, a + 1) for a in missing_at] + list(channel_spans))
    if split_conditions(p, q, metric_at, cmp_words):   # 收到过申请、但复议和诉讼都是0
        fired.append("metric_conditions")
    elif join_conditions(p, q, t.s, conds, metric_at, others):   # 不到10件、但又不是零的 / 零申请、主动公开不到50条
        fired.append("conditions_joined")
    elif condition_of_another(p, q, t.s, conds, metric_at, others):   # 零申请的乡镇平均主动公开多少条
        fired.append("condition_of_another")
    figure_vs_figure(p, q, metric_at, set_, given)   # 微信发布的比主动公开的还多
    # 浏览量超过了访问量: a bound read with nothing it bounds (no number, mean or figure after it)
    dangling = [(s, e) for s, e, v in cmp_words
                if v in _BOUNDS and q[s:e] in condition_words() and p.op is None
                and not p.vs_metric and not p.vs_mean and not p.phrase and not p.metric_conds]
    if "coverage" in given and p.metric:   # 表二里规章的现行有效件数没填: that figure, blank
        set_("op", "blank"), set_("threshold", None)   # 哪些街道未填报收到申请数: left blank
    if p.op is None and p.agg in (None, "count") and not p.top and not asked:
        count_said(p, q, t, metric_at, set_, given)   # 写明0件申请 / 诉讼2件: equal to it
    if "stated" in given and p.metric and p.op is None and "coverage" not in given:
        set_("op", "stated")   # 写明了本年收到的申请数量: stated, 0 included (never > 0)
        given.append("cond")
    if weak and p.op is None and ("agg" not in given or p.agg == "count") and not asked:
        p.op, p.threshold = weak   # 有 / 收到: "any"; not said, so a follow-up keeps its condition
    # a metric not found by alias: fuzzy among the jieba words
    if p.metric is None:
        rest = t.s.replace(BLANK, " ")
        aliases = list(vocab.metric_aliases())
        for w in vocab.cut(rest):
            w = w.strip()
            if len(w) < 3 or w in table:
                continue
            hit = process.extractOne(w, aliases, scorer=fuzz.ratio, score_cutoff=80)
            if hit:
                set_("metric", vocab.metric_aliases()[hit[0]], "metric_fuzzy")
                notes.append(f"“{w}”按“{hit[0]}”理解")
                at = t.s.find(w)
                if at >= 0:
                    t.take(at, at + len(w))
                break
    if p.metric is None:   # a one-character typo of a metric word: 申清数, 行政复义, 微信发部
        hit = typo_metric(before_vocab, t.s)
        if hit:
            s, e, alias = hit
            set_("metric", vocab.metric_aliases()[alias], "metric_typo")
            t.take(s, e)
            notes.append(f"“{q[s:e]}”按“{alias}”理解")
            if any(a < e and s < b for a, b in channel_spans):   # 微信 was part of it
                p.channel = None
                given.remove("channel")
    # 沙柳市商务局的网站是什么: the portal of a named organ (or of a place's organs: 沙柳县人民政府
    # 的网站) is its website (a contact field)
    if (p.channel == "portal" and (p.organ_ids or p.region or (context and context.kind == "contact"))
            and p.contact_field in (None, "website")
            and not p.metric and not p.fact_kind and "通过" not in q and not p.negate
            and any(w in q for w in vocab.website_words())):
        p.channel = None
        given.remove("channel")
        set_("contact_field", "website")
        p.contact_fields = tuple(dict.fromkeys(("website",) + p.contact_fields))
    if (p.channel == "hotline" and (p.organ_ids or p.region) and not p.metric and not p.fact_kind
            and "通过" not in q and not p.negate and p.contact_field in (None, "phones")):
        p.channel = None   # 桦南县的热线电话是多少: its phone (a contact field), no channel list
        given.remove("channel")
        set_("contact_field", "phones")
    if len(p.fact_kinds) > 1:   # 谁负责 哪个科室: every fact asked (rule facts_several)
        given.append("fact_kinds")
        fired.append("facts_several")
    if len(p.contact_fields) > 1:   # 地址和电话: every field asked; one field stays contact_field
        given.append("contact_fields")
    else:
        p.contact_fields = ()
    if organs is not None and not p.organ_ids:
        rest = t.s.replace(BLANK, " ")
        p.unmatched = tuple(w for w, _ in organs.fuzzy(rest))
    read_change_percent(p, q, t, given, fired)   # 比19年下降了百分之几: a change, no share
    if "share" in given and p.metric and vocab.metric(p.metric).is_ratio:
        given.remove("share")   # 实质性公开率是百分之多少: the rate itself is a share
    elif "share" in given and p.metric and p.op is None:
        ratio = figure_share(q, metric_at, p.metric, p.column)
        if ratio:   # 结转下年度的申请占办理总计的百分比 / 行政复议结果维持的比例: one figure of another
            p.metric, p.other_metrics = ratio, ()
            given.remove("share")
            if p.column:   # 申请里自然人占了百分之多少: the column is in the ratio (rule column_share)
                p.column = None
                given.remove("column")
                fired.append("column_share")
    if "own_year" in fired and p.agg in ("sum", "avg") and not p.years:
        # 本年度行政复议总数: a total over every year is no "this year's" total; which year is
        # asked (as 今年), never summed over all
        given.append("relyear")
        notes[:] = [n for n in notes if "各报告自己的年度" not in n]
    if item_condition(p, given, q, t):   # 问题不少于三条: the items a report lists, counted
        fired.append("item_count")
        dangling = [(s, e) for s, e in dangling if not within(item_spans(q), s, e)]   # 3条及以上的问题
    dangling = tuple(q[s:e] for s, e in dangling)
    title_year_check(p, t, q, given, fired)   # 标题上的年份和统计年度不一样: the self check
    check_passed(p, q)   # 表三能核对上 / 正文和表三一致: the check that passes, no figure asked
    shortfall_phrase(p, t, q, set_)   # 公开内容不够全面的单位: a problem said, searched in the texts
    decide_kind(p, given, q)
    if p.kind == "reports" and p.agg == "count" and organs_counted(p, q) and "报告" not in q:
        fired.append("organs_counted")   # 交易中心有几家: the organs of a kind counted
    if p.kind == "reports" and p.agg == "count" and _LIST_TOO.search(q):
        p.agg = None   # 有几份，列出来: the list (its count said with it), not the number alone
        p.listing = True
    elif (p.kind in ("reports", "figure") and p.agg in ("count", "count_reports")
          and _LIST_AFTER_COUNT.search(without_blank_amounts(q))):   # 哪些没写收到多少申请
        p.agg = None   # 几个镇的年报都有哪些: the list, not the number
        p.listing = True
        fired.append("list_after_count")
    negs = missing_at + [a for a, _, v in cmp_words if v == "eq0"]
    all_zero_tables(p, table_at)   # 表二表三都是0: each of them stated, its cells all 0
    if p.kind == "coverage" and len({t_ for _, _, t_ in table_at}) > 1:
        # 填了表二但没有表三 / 有表三但没填表四 / 表三有数据但表四空白: each table filled in, or not
        state = negated(q, table_at, negs, after_last=True)
        if len(set(state.values())) > 1:
            p.tables = tuple((t_, not missing) for t_, missing in state.items())
    if p.kind == "text" and p.negate and len(p.text_kinds) > 1:
        # 列了问题但没写改进措施: the kinds right after a 没 are missing, the others present
        state = negated(q, text_at, negs)
        if len(set(state.values())) > 1:
            p.text_missing = tuple(k for k, missing in state.items() if missing)
    if p.kind == "contact" and not p.organ_ids and len(contact_at) > 1:
        # 留了联系电话但没写电子邮箱的单位: each field given, or not
        state = negated(q, contact_at, negs)
        if len(set(state.values())) > 1:
            p.contact_missing = tuple(f for f, missing in state.items() if missing)
            p.negate, p.listing = False, True
    if p.kind == "contact" and p.contact_any and p.negate and not p.contact_fields:
        # 没写联系方式 / 没留任何联系方式: no contact field at all, never only no phone
        p.contact_fields, p.listing = CONTACT_FIELDS, True
        given.append("contact_fields")
        fired.append("contact_none")
    p.other_metrics = tuple(m for m in dict.fromkeys(p.other_metrics) if m != p.metric)
    p.any_metric = bool(p.other_metrics) and "或" in q   # 行政复议或者行政诉讼: any of them
    if p.other_metrics and p.kind == "figure" and not all_of(p):
        p.kind = "unknown"   # never answer the first figure and drop the rest
    p.given = tuple(given)
    p.notes = (*notes, *p.notes)   # (a kind listed with none in the store: rule kinds_joined)
    if context is not None and context.joined:   # 两个省加起来 after two answers: the scopes joined
        read_both(t)
    p.residue = t.s
    account(p, t.s)
    if read_name_part(p, q, organs):   # 平潭的报告: the organs whose name holds it (assistant/namepart.py)
        fired.append("name_part")
    pointed_doubts(p, q)   # 火星岛里哪家: the scope not understood, said (assistant/namepart.py)
    apply_inclusion(p, p.inclusion)   # 省政府、直辖市的都算: held against the scope read (assistant/inclusion.py)
    p.unread_conditions = tuple(dict.fromkeys(p.unread_conditions + dangling))
    p.rules = tuple(fired) + (("unread_condition",) if p.unread_conditions else ())
    post = None if p.quoted else post_typo(question)   # 付局长: 副局长 (rule post_typo)
    if post:
        p = parse(question.replace(post[0], post[1], 1), organs, context)
        p.notes = (*p.notes, f"“{post[0]}”按“{post[1]}”理解")
        p.rules = p.rules_plus("post_typo")
        return p
    typo = None if p.quoted else (listed_typo(question) or typo_word(p.unread))   # 和计: 合计
    if not typo and not p.quoted and p.kind == "unknown":
        # 报告一共有多少分: 多少份; 收到多少件申情: 申请; when nothing else was read
        typo = count_typo(question) or (None if p.metric else metric_sound_typo(question)) \
            or contact_sound_typo(question)   # 联系电化: 联系电话
    if typo and typo[0] in question:   # 零申情: read as 零申请, and said so
        p = parse(question.replace(typo[0], typo[1], 1), organs, context)
        p.notes = (*p.notes, f"“{typo[0]}”按“{typo[1]}”理解")
        p.rules = p.rules_plus("word_typo")
        return p
    slip = None if p.quoted else level_slip(q, t.s, organs)   # 街到办: 街道办 (assistant/leveltypo.py)
    if slip and len(slip[1]) == 1 and slip[0] in question:   # one level word that close: read as it
        p = parse(question.replace(slip[0], slip[1][0], 1), organs, context)
        p.notes = (*p.notes, f"“{slip[0]}”按“{slip[1][0]}”理解")
        p.rules = p.rules_plus("level_typo")
        p.level_slip = (slip[0], *slip[1])   # the answer reads the question so too (answer._ask)
        return p
    if slip:   # 县级单门: 县级单位 or 县级部门? asked back (askback.unread_condition)
        p.unread_conditions = (*p.unread_conditions, slip[0])
        p.level_slip = (slip[0], *slip[1])
        p.rules = p.rules_plus("level_typo")
    if context is not None and not unread_places_held_nowhere(p.unread, organs):
        # 增长还是下降，百分之几 after one organ's year: against its year before (assistant/changepct.py)
        p = percent_followup(context, p, q) or follow_up(context, p, q, organs)
        p = joined_said(p, context)   # 两年加起来: what was joined said (assistant/turnsjoined.py)
    return in_column(county_city_tier(tier_of_bodies(p), q), "column" in given)
