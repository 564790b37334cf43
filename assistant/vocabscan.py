"""The vocabulary pass of ``assistant.plan.parse``: the question's words matched longest first
against the lexicons (metric aliases, level words, ``question_words.tsv``), each read by the
rule of its role.

``ROLE_RULES`` is the registry: a lexicon role -> (the rule of ``assistant/rules.py`` it is
credited to, the handler that reads it into the plan). A handler gets the ``Scan`` (the plan,
the question, what the pass has collected for the steps after it) and the word's span and
value. ``scan(...)`` runs the pass and returns the ``Scan``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import vocab
from .eachsaid import APART, each_said
from .sumwords import pattern as sum_words
from .unread import opens_kind
from .words import NUM, cn_number, forward_match

# right after a level word: 省政府自己的不算 / 街道除外 / 乡镇的不计入 (rule level_excluded)
_EXCLUDE_AFTER = re.compile(r"(?:自己|本身|本级)?的?(?:报告|年报)?(?:不算在内|不算|除外|不计入?|不统计|不包括在内|不含在内|不在内)")
_EXCLUDE = re.compile(r"(除了|除去|除|不是|不属于|非|不包括|不含|排除|去掉|去除|剔除|刨除|不看|不要算|不用算|不要|不算|不计)$")   # right before a level word


@dataclass
class Scan:
    p: object
    q: str
    t: object
    set_: object
    given: list
    metric_len: int = 0
    which: bool = False                  # 哪些 (not only 各 / 所有)
    trend: str | None = None
    mention_end: int | None = None       # where 提到 ends: the phrase follows
    bottom_first: bool = False           # 倒数 before a 前N
    cmp_words: list = field(default_factory=list)
    text_at: list = field(default_factory=list)
    metric_at: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    table_at: list = field(default_factory=list)
    contact_at: list = field(default_factory=list)
    missing_at: list = field(default_factory=list)   # 没填 / 缺少 / 空白
    channel_spans: list = field(default_factory=list)
    channel_at: list = field(default_factory=list)   # (start, end, channel) of each channel word
    said_in_text: list = field(default_factory=list)
    agg_at: list = field(default_factory=list)   # untold words said of the problems (rule said_in_text)
    rules: list = field(default_factory=list)    # rules a handler names besides its role's
    relyears: list = field(default_factory=list)  # (word, value) of 今年 / 去年 (assistant/relyear.py)
    tier_words: list = field(default_factory=list)  # (start, end) of 县里 / 市里 taken politely

    def mark(self, name: str) -> None:
        if name not in self.given:
            self.given.append(name)


def _metric(c: Scan, s, e, value):
    p = c.p
    c.metric_at.append((s, e, value))
    if e - s > c.metric_len:
        if p.metric and p.metric != value:
            p.other_metrics += (p.metric,)
        c.metric_len = e - s
        c.set_("metric", value)
    elif value != p.metric:
        p.other_metrics += (value,)


def _level(c: Scan, s, e, value):
    q = c.q
    ex = _EXCLUDE.search(q[max(0, s - 4):s])
    after = _EXCLUDE_AFTER.match(q, e)   # 省政府自己的不算 / 省政府除外: said after the level
    if ex or after or (c.excluded and re.fullmatch(r"[和与及、或]", q[s - 1:s] or "-")):   # 除了乡镇和街道以外
        c.excluded.extend(value.split(","))
        if ex:   # the word that excludes is read with it (去掉市级的: no name 去掉市)
            at = max(0, s - 4)
            c.t.take(at + ex.start(), at + ex.end())
        if after:
            c.t.take(after.start(), after.end())
    elif _widens_named(c, s, value):
        # 县里的局里面…哪个部门: the generic word after a level named asks which one of those,
        # never every level it covers (family level_not_widened)
        c.rules.append("level_not_widened")
    else:
        c.set_("levels", tuple(dict.fromkeys(c.p.levels + tuple(value.split(",")))))


# right before a generic level word, words that do widen it on purpose (其他部门 / 所有部门)
_WIDEN_SAID = re.compile(r"(?:其他|其它|其余|别的|所有|全部|各个?|各级|全体|整个)的?$")


def _widens_named(c: Scan, s, value) -> bool:
    """Whether the level word at ``s`` covers several levels, all of them wider than the
    levels already read (县里的局 … 哪个部门): it names no level of its own then."""
    levels = value.split(",")
    return (len(levels) > 1 and bool(c.p.levels) and set(c.p.levels) < set(levels)
            and not _WIDEN_SAID.search(c.q[max(0, s - 3):s]))


def _cmp(c: Scan, s, e, value):
    c.cmp_words.append((s, e, value))


_STATS = ("max", "min", "avg", "median", "sum")
_JOINED = re.compile(r"[值数]?(?:和|与|及|以及|跟|、|还有|，)")


def _agg(c: Scan, s, e, value):
    prev = c.agg_at[-1] if c.agg_at else None
    c.agg_at.append((s, e, value))
    if prev and prev[2] in _STATS and value in _STATS and c.p.agg in _STATS \
            and value != c.p.agg and value not in c.p.also_aggs and _JOINED.fullmatch(c.q[prev[1]:s]):
        # 中位数和平均数 / 最大值和平均值: each statistic said (rule median)
        c.set_("also_aggs", c.p.also_aggs + (value,), "median" if value == "median" else None)
        return
    c.set_("agg", "count" if value == "count_reports" else value,
           "median" if value == "median" else None)   # 中位数: rule median
    if value.startswith("count"):
        c.set_("count_unit", "report" if value == "count_reports" else "organ")
    n = re.match(r"的?" + NUM + r"(?:个|家|名|份)", c.t.s[e:])
    if value in ("max", "min") and n and cn_number(n.group(1)):
        c.set_("top", int(cn_number(n.group(1))))   # 最多的三个 = 前三
        c.set_("order", "desc" if value == "max" else "asc")
        c.t.take(e, e + n.end())


def _top(c: Scan, s, e, value):
    n = re.match(r"\s*" + NUM, c.t.s[e:])
    if n and cn_number(n.group(1)):
        c.set_("top", int(cn_number(n.group(1))))
        # 倒数前三: the last three (倒数 without a number sets the order)
        c.set_("order", "asc" if c.bottom_first else value)
        c.t.take(e, e + n.end())
    elif value == "asc":
        c.bottom_first = True


# 各市州政府的年报有哪些: the list of those organs (no figure, no count asked), no grouping
_LISTED = re.compile(r"哪些|哪几|列出|列一下")
_COUNTED = re.compile(r"多少|几|数量|合计|总")
# 各区县的报告有几份 / 各区县零申请的有几家: the tier's reports (organs) counted, one number (rule
# tier_counted); 各区县分别有几份 / 每个区县几份 keep the grouping
_UNITS_COUNTED = re.compile(r"(?:几|多少)(?:份|家|个)")


def _group(c: Scan, s, e, value):
    w = c.q[s:e]
    listed = _LISTED.search(c.q) and not _COUNTED.search(c.q) and not c.metric_at
    counted = _UNITS_COUNTED.search(c.q, e)
    # 各区县…加起来 / 合计 / 总共 (lexicons/question_sum_words.tsv role over): one total over them;
    # 分别 / 各自 / 按 / 每个 keep the grouping (lexicons/question_each.tsv, assistant/eachsaid.py APART)
    if w.startswith("各") and (sum_words("over").search(c.q) or listed or counted) \
            and not each_said(c.q, APART):
        # 各区县政府收到的申请加起来: the sum over the county tier, no grouping
        from . import vocab
        words = vocab.level_words()
        for j in range(min(len(c.q), s + 9), s + 1, -1):
            if c.q[s + 1:j] in words and j >= e:
                c.t.take(e, j)
                _level(c, s + 1, j, ",".join(words[c.q[s + 1:j]]))
                c.mark("total_over_each")
                return
    c.set_("group_by", value)


def _contact(c: Scan, s, e, value):
    if value == "any":   # 联系方式: the phone asked, every field when said missing (rule contact_none)
        c.p.contact_any, value = True, "phones"
    c.contact_at.append((s, e, value))
    if not c.p.contact_field:
        c.set_("contact_field", value)
    if value not in c.p.contact_fields:
        c.p.contact_fields += (value,)


def _marker(role):
    """refer: 这些 / 它们 point at the previous answer's reports; share (占比) makes the
    question one the assistant cannot answer (answer.ask); stated: 填写了."""
    return lambda c, s, e, value: c.mark(role)


def _relyear(c: Scan, s, e, value):
    """去年 / 前年: kept with its offset for assistant/relyear.py; marked, so with no store
    (or 近两年) the question stays not understood."""
    c.relyears.append((c.q[s:e], value))
    c.mark("relyear")


def _template(c: Scan, s, e, value):
    if value == "ask":
        c.set_("template_asked", True)   # 用的是哪版模板: the template is the answer
    else:
        c.set_("template", value)


def _column(c: Scan, s, e, value):
    c.set_("column", value)


def _multiyear(c: Scan, s, e, value):
    # same: an organ with two reports or more of one year (同一个单位同一年有两份报告)
    c.set_("same_year_twice" if value == "same" else "multi_year", True)


# 谁负责哪个科室 / 分管领导和负责机构: two facts asked, each a question or joined (rule facts_several);
# never a word inside a name (领导小组办公室设在哪个部门: the office only)
_FACT_ASKED = re.compile(r"谁|哪|什么|啥")
_FACT_JOINED = re.compile(r"[和及与、，,也又]|以及|还有")   # 既没写分管领导也没写负责科室: both


def _fact(c: Scan, s, e, value):
    prev = getattr(c, "fact_span", None)
    if c.p.fact_kind and c.p.fact_kind != value and value != "channel" and c.p.fact_kind != "channel" \
            and prev and (_FACT_ASKED.search(c.q[prev[0]:prev[1]])
                          or _FACT_JOINED.search(c.q[min(prev[1], s):max(prev[1], s)])):
        # 谁负责 哪个科室: the official and the office, both asked (one stays fact_kind)
        c.p.fact_kinds = tuple(dict.fromkeys((*(c.p.fact_kinds or (c.p.fact_kind,)), value)))
        return
    c.fact_span = (s, e)
    c.set_("fact_kind", value)


def _channel(c: Scan, s, e, value):
    # 政务新媒体 / 两微一端: a group of channels, any of them (rule channel_group)
    c.set_("channel", value, "channel_group" if "," in value else None)
    c.channel_spans.append((s, e))
    c.channel_at.append((s, e, value))


def _check(c: Scan, s, e, value):
    c.set_("check", value)


def _check_ok(c: Scan, s, e, value):   # 核对上 / 一致 / 平衡: the check passes
    c.set_("check", value)
    c.set_("check_ok", True, "check_ok")


def _coverage(c: Scan, s, e, value):
    c.missing_at.append(s)
    c.mark("coverage")


def _coverage_table(c: Scan, s, e, value):
    c.table_at.append((s, e, value))
    if not c.p.table:
        c.set_("table", value)


def _text(c: Scan, s, e, value):
    if value == "any" and _metric_heads().match(c.q, e):
        # 写了主动公开条数的几家 / 写了收到申请数的: that figure stated (as 写明了; rule metric_stated)
        c.mark("stated")
        c.rules.append("metric_stated")
        return
    c.text_at.append((s, e, value))
    c.set_("text_kinds", tuple(dict.fromkeys(c.p.text_kinds + (value,))))
    if value == "any":
        c.mention_end = e


@lru_cache(maxsize=1)
def _metric_heads() -> re.Pattern:
    """A metric alias of two characters or more (主动公开, 申请数), 收到 / 的 before it allowed."""
    aliases = sorted((a for a in vocab.metric_aliases() if len(a) >= 2), key=len, reverse=True)
    return re.compile("(?:收到的?|的)?(?:" + "|".join(map(re.escape, aliases)) + ")")


def _neg(c: Scan, s, e, value):
    c.set_("negate", True)


def _list(c: Scan, s, e, value):   # which: 哪些; each: 各, 所有
    c.p.listing = True
    c.which = c.which or value == "which"


def _noun(c: Scan, s, e, value):   # noun_organ: 几个单位 counts organs, not reports
    c.mark("noun")
    c.mark(f"noun_{value}")


def _yoy(c: Scan, s, e, value):
    c.set_("yoy", c.p.yoy or "change")


def _trend(c: Scan, s, e, value):
    c.trend = value


def _untold(c: Scan, s, e, value):   # 副省级城市: no report says it is one
    if value == "staff" and c.mention_end is not None and c.mention_end <= s \
            and {"problem", "remedy"} & set(c.p.text_kinds):
        # 问题里说工作人员是兼职: what the problems say, searched in their text (rule
        # said_in_text), never the staffing no field records
        c.said_in_text.append((s, e))
        return
    if value == "person_next":   # 姓张的: the surname is the character after
        if e >= len(c.q) or c.q[e] in "名氏" or (s and c.q[s - 1] == "百"):
            return   # 姓名 (a contact's), 百姓: no surname asked
        e += 1
        c.t.take(s, e)
    c.set_("untold", c.p.untold + (c.q[s:e],))
    if value.startswith("person"):
        c.set_("untold_person", True)
    if value == "field":   # 标题上的年份: a field of the report no store keeps
        c.set_("untold_field", True)
    if value == "staff":   # 兼职人员: who does the work, no field records it
        c.set_("untold_staff", True)


def _polite(c: Scan, s, e, value):
    # 请问, 帮我查一下: taken so no name is read into them, no condition; 县里 / 市里 (a tier's
    # place word) is kept to be read or said (rule tier_said)
    if _TIER_PLACE.fullmatch(c.q[s:e]) and _TIER_SCOPE.match(c.q, s):
        c.tier_words.append((s, e))


# a tier's place word taken politely (县里, 市里面): no name read into it, but a level said when
# it is a scope (县里的报告, 区里的也算), never the asker's own (省里在梳理…, 市里要做…)
_TIER_PLACE = re.compile(r"[省市县区](?:里|里面|里头)")
_TIER_SCOPE = re.compile(r"[省市县区]里[面头]?的")


ROLE_RULES = {
    "metric": ("metric_alias", _metric), "level": ("level_word", _level),
    "cmp": ("comparison", _cmp), "agg": ("aggregate", _agg), "top": ("top_n", _top),
    "group": ("group", _group), "contact": ("contact", _contact),
    "refer": ("reference", _marker("refer")), "relyear": ("reference", _relyear),
    "share": ("share", _marker("share")), "template": ("template", _template),
    "column": ("metric_alias", _column), "multiyear": ("aggregate", _multiyear),
    "fact": ("fact", _fact), "channel": ("channel", _channel), "check": ("check", _check),
    "check_ok": ("check_ok", _check_ok),
    "coverage": ("coverage", _coverage), "coverage_table": ("coverage", _coverage_table),
    "text": ("text", _text), "neg": ("channel", _neg), "stated": ("comparison", _marker("stated")),
    "list": ("listing", _list), "noun": ("listing", _noun), "yoy": ("year_on_year", _yoy),
    "trend": ("year_on_year", _trend), "polite": ("polite", _polite),
    "untold": ("untold", _untold),
}


def _closes_unread_word(q: str, left: str, s: int) -> bool:
    """Whether ``s`` falls inside a word the tokenizer cuts from ``q`` whose characters before
    ``s`` no earlier step read (新区 of 新区里面, 某县 of 某县里面): the filler starting at ``s``
    (区里, 县里) would cut a name part in two (family "a name part then a pointing word")."""
    pos = 0
    for w in vocab.cut(q):
        if pos < s < pos + len(w):
            return left[pos:s] == q[pos:s]
        pos += len(w)
        if pos > s:
            break
    return False


def scan(p, q: str, t, set_, given: list, table: dict, max_len: int, fired: list) -> Scan:
    """The vocabulary pass over ``t`` (the question with what earlier steps read blanked)."""
    c = Scan(p, q, t, set_, given)
    for s, e, w in forward_match(t.s, table, max_len):
        if all(role == "polite" for role, _ in table[w]) and (
                opens_kind(t.s, s, e) or _closes_unread_word(c.q, t.s, s)):
            # 宁夏统计局: the kind 统计 of an organ's name, never 统计 (count) said politely;
            # 开发区里 / 新区里面 / 某县里: the kind or name part (cut whole) then 里, never the filler 区里
            continue
        for role, value in table[w]:
            rule, handler = ROLE_RULES[role]
            handler(c, s, e, value)
            if rule not in fired:
                fired.append(rule)
        t.take(s, e)
    fired.extend(r for r in dict.fromkeys(c.rules) if r not in fired)
    for s, e in c.said_in_text:   # left for the phrase after 说 / 提到 to hold
        t.chars[s:e] = list(q[s:e])
    if not c.p.levels and c.tier_words:   # 县里的报告: a level said and no level read, never
        # dropped silently: the reading says it was not applied (rule tier_said)
        words = "”“".join(dict.fromkeys(q[s:e] for s, e in c.tier_words))
        p.notes = (*p.notes, f"“{words}”没有按层级筛选（答案含各层级）")
        fired.append("tier_said")
    if c.said_in_text:   # the untold reading did not stand
        fired[:] = [r for r in fired if r != "untold" or c.p.untold] + ["said_in_text"]
    return c
