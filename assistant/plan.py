"""Question -> ``QueryPlan``: what is asked for, with which filters, compared how.

``parse(question, organs, context=None)`` reads a reviewer's question with the lexicons
(``assistant.vocab``) and the organ names of the store (``assistant.names.OrganIndex``):

1. quoted phrases (“公开内容不够深”), years (2021年, 2019-2021年), organ names, regions;
2. the vocabulary, forward longest match on the remaining characters: metric aliases
   (metrics.tsv), level words, comparison / aggregate / grouping / contact / channel /
   check words (question_words.tsv);
3. numbers after a comparison (超过10件, 前5个, 10件以上);
4. a metric still missing is looked for fuzzily (rapidfuzz) among the jieba words.

The plan's ``kind`` is one of ``figure`` (a metric of reports), ``contact``, ``fact``,
``text`` (full-text over problems / remedies / report text), ``check`` (failed checks),
``coverage`` (a table not filled in), ``reports`` (reports themselves), ``unknown``.

With a ``context`` (the previous plan), a question may be a follow-up (``assistant.followup``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz, process

from . import vocab
from .followup import follow_up

BLANK = "\u3000"
KINDS = ("figure", "contact", "fact", "text", "check", "coverage", "reports", "unknown")
LEVEL_NAMES = {"township": "乡镇", "subdistrict": "街道", "county": "县级政府",
               "county_dept": "县级部门", "city": "市级政府", "city_dept": "市级部门",
               "province": "省级政府", "province_dept": "省级部门", "national_dept": "国务院部门",
               "other": "其他"}


@dataclass
class QueryPlan:
    kind: str = "unknown"
    metric: str | None = None
    other_metrics: tuple[str, ...] = ()  # more metrics named (行政复议和行政诉讼): not answered
    contact_field: str | None = None
    contact_fields: tuple[str, ...] = ()  # several asked at once (地址和电话): all of them, in order
    fact_kind: str | None = None
    channel: str | None = None
    official: str | None = None          # filter: the responsible official's post contains this
    negate: bool = False                 # channel / fact condition negated (没有通过微信)
    phrase: str | None = None            # full-text phrase
    text_kinds: tuple[str, ...] = ()     # problem / remedy / text
    check: str | None = None             # rule prefix, or "*" for any hard check
    table: str | None = None             # t2. / t3. / t4. (coverage, or narrows a check)
    levels: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    template: str | None = None          # 2019 | 2021: the report template (2019版, 新版)
    region: tuple[str, str] | None = None   # (column, value): ("county", "高青县")
    organ_ids: tuple[int, ...] = ()
    organ_names: tuple[str, ...] = ()
    report_ids: tuple[int, ...] = ()     # filter: the previous answer's reports (这些单位的电话)
    op: str | None = None                # gt ge lt le eq ne stated
    threshold: float | None = None
    threshold2: float | None = None      # the upper end, for between
    vs_mean: bool = False                # the threshold is the mean (超过平均值)
    agg: str | None = None               # max min avg sum count
    count_unit: str = "organ"            # count organs (多少个乡镇) or reports (多少份报告)
    top: int | None = None
    order: str | None = None             # asc | desc (with top)
    group_by: str | None = None          # year | level | county
    yoy: str | None = None               # up | down | change: against the organ's year before
    covered: bool = False                # coverage: the table IS filled in (填写了表四)
    listing: bool = False                # asks for a list (哪些, 列出): no single value
    given: tuple[str, ...] = ()          # fields this question set itself (for follow-ups)
    notes: tuple[str, ...] = ()          # what was understood, in words
    unmatched: tuple[str, ...] = ()      # organ names close to a word that matched nothing
    tokens: tuple[str, ...] = ()         # the question's jieba words
    followup: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        """What was understood, in Chinese (used in answers and for unknown questions)."""
        parts = []
        if self.years:
            parts.append("年份 " + "、".join(str(y) for y in self.years))
        if self.template:
            parts.append(f"模板 {self.template}版")
        if self.region:
            parts.append(f"地区 {self.region[1]}")
        if self.organ_names:
            parts.append("机关 " + "、".join(self.organ_names))
        if self.levels:
            parts.append("层级 " + "、".join(LEVEL_NAMES.get(lv, lv) for lv in self.levels))
        if self.metric:
            parts.append("指标 " + vocab.metrics()[self.metric].label)
        if self.report_ids:
            parts.append(f"上一个回答的{len(self.report_ids)}份报告")
        if self.contact_field:
            parts.append("联系方式 " + "、".join(_FIELD_NAMES.get(f, f) for f in
                                              self.contact_fields or (self.contact_field,)))
        if self.fact_kind:
            parts.append("事项 " + _FIELD_NAMES.get(self.fact_kind, self.fact_kind))
        if self.channel:
            parts.append(("不通过" if self.negate else "通过") + "渠道 " + self.channel)
        if self.official:
            parts.append("分管领导 " + self.official)
        if self.phrase:
            parts.append(f"短语“{self.phrase}”")
        if self.check:
            parts.append("校验 " + ("任一勾稽关系" if self.check == "*" else self.check + "*"))
        if self.table and self.kind == "coverage":
            parts.append(("填写了 " if self.covered else "未填写 ")
                         + {"t2.": "表二", "t3.": "表三", "t4.": "表四"}[self.table])
        if self.yoy:
            parts.append("与上年相比" + {"up": "增加", "down": "减少", "change": "有变化"}[self.yoy])
        if self.op:
            thr = "平均值" if self.vs_mean else "" if self.threshold is None else _num(self.threshold)
            if self.op == "between":
                thr = f"{_num(self.threshold)}和{_num(self.threshold2)}之间"
            parts.append(f"条件 {_OP_TEXT[self.op]}{thr}")
        if self.agg:
            parts.append({"max": "最多", "min": "最少", "avg": "平均", "sum": "合计",
                          "count": "计数"}[self.agg])
        if self.top:
            parts.append(f"{'前' if self.order != 'asc' else '后'}{self.top}个")
        if self.group_by:
            parts.append("按" + {"year": "年份", "level": "层级", "county": "县"}[self.group_by] + "分组")
        return "；".join(parts) if parts else "（没有识别出任何条件）"


_FIELD_NAMES = {"phones": "联系电话", "address": "地址", "postcode": "邮编", "fax": "传真",
                "email": "电子邮箱", "website": "网址", "responsible_official": "分管领导",
                "responsible_office": "负责机构", "channel": "公开渠道"}
_OP_TEXT = {"between": "介于", "gt": "大于", "ge": "不少于", "lt": "少于", "le": "不超过", "eq": "等于",
            "ne": "不等于", "stated": "已填写", "blank": "未填写"}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_NUM = r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_UNIT = r"\s*(%|件|个|条|份|家|名|万元|元|项|次)?"
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|到|至)\s*((?:19|20)\d{2})\s*年?度?")
_YEAR = re.compile(r"((?:19|20)\d{2})(?!\s*年?版)\s*(?:年度|年)?")   # 2019版 is a template
_QUOTED = re.compile(r"[\"“”「『'‘](.+?)[\"“”」』'’]")
_MENTION = re.compile(r"了?([^\u3000？?。，,！!的]+?)(?:的(?:报告|问题|措施|内容|单位)?|字样|内容|吗|呢|$|[？?。，,！!\u3000])")
_BETWEEN = re.compile(_NUM + r"\s*(?:件|个|条|份|次)?\s*(到|至|和|与|-|~|～)\s*" + _NUM
                      + r"\s*(?:件|个|条|份|次)?\s*之间")
_MEAN = re.compile(r"了?(?:全部|所有|总体|整体)?(?:的)?(?:平均值|平均水平|平均数|均值|平均)")
_OFFICIAL = re.compile(r"由([\u4e00-\u9fff]{2,8}?)(?:分管|负责|主管)")


def cn_number(s: str) -> float | None:
    if not s:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            return None
    return float(total + cur)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def normalise(question: str) -> str:
    return "".join(unicodedata.normalize("NFKC", question or "").split())


class _Text:
    """The question with consumed characters blanked, so nothing is matched twice."""

    def __init__(self, s: str):
        self.chars = list(s)

    @property
    def s(self) -> str:
        return "".join(self.chars)

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = BLANK


def _forward_match(text: str, table: dict, max_len: int):
    out, i, n = [], 0, len(text)
    while i < n:
        for j in range(min(n, i + max_len), i, -1):
            w = text[i:j]
            if BLANK not in w and w in table:
                out.append((i, j, w))
                i = j
                break
        else:
            i += 1
    return out


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


def parse(question: str, organs=None, context: QueryPlan | None = None) -> QueryPlan:
    global _TABLE
    if _TABLE is None:
        _TABLE = _vocab_table()
    table, max_len = _TABLE
    p = QueryPlan()
    given: list[str] = []
    notes: list[str] = []

    def set_(name, value):
        setattr(p, name, value)
        if name not in given:
            given.append(name)

    # 1. a quoted phrase, as typed (NFKC would change its punctuation)
    question = "".join((question or "").split())
    m = _QUOTED.search(question)
    if m and m.group(1).strip():
        set_("phrase", m.group(1).strip())
        question = question[:m.start()] + "“”" + question[m.end():]
    q = normalise(question)
    t = _Text(q)
    p.tokens = tuple(vocab.cut(q))
    # years
    years: list[int] = []
    for m in _YEAR_RANGE.finditer(t.s):
        a, b = sorted((int(m.group(1)), int(m.group(2))))
        years.extend(range(a, b + 1))
        t.take(m.start(), m.end())
    for m in _YEAR.finditer(t.s):
        years.append(int(m.group(1)))
        t.take(m.start(), m.end())
    if years:
        set_("years", tuple(sorted(set(years))))
    # official filter: 由副镇长分管的乡镇
    m = _OFFICIAL.search(t.s)
    if m and _find_post(m.group(1)):   # 由副镇长分管, not 由哪个部门负责
        set_("official", _find_post(m.group(1)))
        t.take(m.start(), m.end())
        set_("kind", "reports")
    # organs and regions (before level words: 花沟镇 holds 镇)
    if organs is not None:
        level_present = any(w in t.s for w in vocab.level_words() if len(w) >= 2)
        found = organs.find(t.s)
        starts = {s for s, _, _ in found}
        for s, e, name in found:
            if name in organs.regions and (level_present or _region_context(q, e)
                                           or e in starts):   # 高新区教育局: a place's 教育局
                continue
            if _unknown_place_before(t.s, s, organs):
                continue   # 平谷区教育局 in a store without 平谷区: not every 教育局
            ids = tuple(sorted(organs.names[name]))
            set_("organ_ids", tuple(sorted(set(p.organ_ids) | set(ids))))
            set_("organ_names", p.organ_names + (name,))
            t.take(s, e)
        for s, e, name in organs.find_regions(t.s):
            set_("region", organs.regions[name])
            t.take(s, e)
    # a post named in a question about the official in charge filters by it (分管领导是副镇长;
    # before the level words, which would take 镇 of 副镇长)
    asks_official = [w for w, (role, value) in vocab.words().items()
                     if role == "fact" and value == "responsible_official" and w in t.s]
    if not p.official and asks_official:
        rest = _blank_question_words(t.s, asks_official)   # 分管领导 is the question
        post = _find_post(rest)
        if post:
            set_("official", post)
            t.take(rest.index(post), rest.index(post) + len(post))
    # vocabulary
    before_vocab = t.s
    channel_spans: list[tuple[int, int]] = []
    metric_len = 0
    which = False
    trend = None
    mention_end = None
    cmp_words: list[tuple[int, int, str]] = []
    bottom_first = False
    for s, e, w in _forward_match(t.s, table, max_len):
        for role, value in table[w]:
            if role == "metric":
                if e - s > metric_len:
                    if p.metric and p.metric != value:
                        p.other_metrics += (p.metric,)
                    metric_len = e - s
                    set_("metric", value)
                elif value != p.metric:
                    p.other_metrics += (value,)
            elif role == "level":
                set_("levels", tuple(dict.fromkeys(p.levels + tuple(value.split(",")))))
            elif role == "cmp":
                cmp_words.append((s, e, value))
            elif role == "agg":
                set_("agg", "count" if value == "count_reports" else value)
                if value.startswith("count"):
                    set_("count_unit", "report" if value == "count_reports" else "organ")
                n = re.match(r"的?" + _NUM + r"(?:个|家|名|份)", t.s[e:])
                if value in ("max", "min") and n and cn_number(n.group(1)):
                    set_("top", int(cn_number(n.group(1))))   # 最多的三个 = 前三
                    set_("order", "desc" if value == "max" else "asc")
                    t.take(e, e + n.end())
            elif role == "top":
                n = re.match(r"\s*" + _NUM, t.s[e:])
                if n and cn_number(n.group(1)):
                    set_("top", int(cn_number(n.group(1))))
                    # 倒数前三: the last three (倒数 without a number sets the order)
                    set_("order", "asc" if bottom_first else value)
                    t.take(e, e + n.end())
                elif value == "asc":
                    bottom_first = True
            elif role == "group":
                set_("group_by", value)
            elif role == "contact":
                if not p.contact_field:
                    set_("contact_field", value)
                if value not in p.contact_fields:
                    p.contact_fields += (value,)
            elif role in ("refer", "relyear", "share"):
                # refer: 这些 / 它们 point at the previous answer's reports; relyear (去年) and
                # share (占比) make the question one the assistant cannot answer (answer.ask)
                if role not in given:
                    given.append(role)
            elif role == "template":
                set_("template", value)
            elif role == "fact":
                set_("fact_kind", value)
            elif role == "channel":
                set_("channel", value)
                channel_spans.append((s, e))
            elif role == "check":
                set_("check", value)
            elif role == "coverage":
                if "coverage" not in given:
                    given.append("coverage")
            elif role == "coverage_table":
                set_("table", value)
            elif role == "text":
                set_("text_kinds", tuple(dict.fromkeys(p.text_kinds + (value,))))
                if value == "any":
                    mention_end = e
            elif role == "neg":
                set_("negate", True)
            elif role == "stated":
                if "stated" not in given:
                    given.append("stated")
            elif role == "list":   # which: 哪些; each: 各, 所有
                p.listing = True
                which = which or value == "which"
            elif role == "noun":   # noun_organ: 几个单位 counts organs, not reports
                for g in ("noun", f"noun_{value}"):
                    if g not in given:
                        given.append(g)
            elif role == "yoy":
                set_("yoy", p.yoy or "change")
            elif role == "trend":
                trend = value
        t.take(s, e)
    if p.yoy and trend:
        p.yoy = trend
    m = re.search(r"哪" + _NUM + r"(?:个|家|名|位)", q)
    if m and p.agg in ("max", "min") and not p.top and cn_number(m.group(1)):
        set_("top", int(cn_number(m.group(1))))   # 哪三个单位收到的申请最多 = 前三
        set_("order", "desc" if p.agg == "max" else "asc")
    # 提到政务新媒体 (no quotes): the words after 提到 that are no vocabulary are the phrase
    if mention_end is not None and not p.phrase:
        m = _MENTION.match(t.s, mention_end)
        if m and len(m.group(1)) >= 2:
            set_("phrase", m.group(1))
            t.take(m.start(1), m.end(1))
    # 在10件到100件之间
    m = _BETWEEN.search(t.s)
    if m:
        lo, hi = sorted(cn_number(m.group(i)) for i in (1, 3))
        set_("op", "between"), set_("threshold", lo), set_("threshold2", hi)
        t.take(m.start(), m.end())
    # comparisons (the number follows the word, or precedes 以上/以下)
    weak, asked = None, False
    if any(v == "yesno" for _, _, v in cmp_words) and not p.organ_ids:
        p.listing = which = True   # 有没有乡镇收到过申请: are there any (a list)
    for s, e, value in cmp_words:
        if value == "ask" or (value == "yesno" and p.organ_ids):
            asked = True   # 有几件 / 是多少: the value itself is asked for, not a filter
        elif value in ("eq0",):
            set_("op", "eq"), set_("threshold", 0.0)
        elif value == "gt0":
            set_("op", "gt"), set_("threshold", 0.0)
        elif value == "gt0_weak" or (value == "gt0_list" and (which or p.agg == "count")):
            weak = ("gt", 0.0)
        elif value.endswith("_suffix"):
            n = re.search(_NUM + _UNIT + r"\s*$", q[:s])
            if n and cn_number(n.group(1)) is not None:
                set_("op", value.split("_")[0])
                set_("threshold", _scale(cn_number(n.group(1)), n.group(2)))
        else:
            n = re.match(r"\s*了?" + _NUM + _UNIT, q[e:])
            if n and cn_number(n.group(1)) is not None:
                set_("op", value)
                set_("threshold", _scale(cn_number(n.group(1)), n.group(2)))
            elif _MEAN.match(q, e):   # 超过平均值: the mean of the reports compared
                set_("op", value), set_("threshold", None), set_("vs_mean", True)
                if p.agg == "avg":
                    p.agg = None
                    given.remove("agg")
    for marker, on in (("cond", p.op is not None),
                       ("ask", any(v == "ask" for _, _, v in cmp_words))):
        if on:   # a condition or a value was asked for: a question about a figure
            given.append(marker)
    if "coverage" in given and p.metric and not p.table:
        set_("op", "blank"), set_("threshold", None)   # 哪些街道未填报收到申请数: left blank
    if weak and p.op is None and ("agg" not in given or p.agg == "count") and not asked:
        set_("op", weak[0]), set_("threshold", weak[1])
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
                set_("metric", vocab.metric_aliases()[hit[0]])
                notes.append(f"“{w}”按“{hit[0]}”理解")
                break
    if p.metric is None:   # a one-character typo of a metric word: 申清数, 行政复义, 微信发部
        hit = _typo_metric(before_vocab, t.s)
        if hit:
            s, e, alias = hit
            set_("metric", vocab.metric_aliases()[alias])
            notes.append(f"“{q[s:e]}”按“{alias}”理解")
            if any(a < e and s < b for a, b in channel_spans):   # 微信 was part of it
                p.channel = None
                given.remove("channel")
    # 沙柳市商务局的网站是什么: the portal of a named organ (or of a place's organs: 沙柳县人民政府
    # 的网站) is its website (a contact field)
    if (p.channel == "portal" and (p.organ_ids or p.region) and p.contact_field in (None, "website")
            and not p.metric and not p.fact_kind and "通过" not in q and not p.negate
            and any(w in q for w in vocab.website_words())):
        p.channel = None
        given.remove("channel")
        set_("contact_field", "website")
        p.contact_fields = tuple(dict.fromkeys(("website",) + p.contact_fields))
    if len(p.contact_fields) > 1:   # 地址和电话: every field asked; one field stays contact_field
        given.append("contact_fields")
    else:
        p.contact_fields = ()
    if organs is not None and not p.organ_ids:
        rest = t.s.replace(BLANK, " ")
        p.unmatched = tuple(w for w, _ in organs.fuzzy(rest))
    if "share" in given and p.metric and vocab.metrics()[p.metric].is_ratio:
        given.remove("share")   # 实质性公开率是百分之多少: the rate itself is a share
    _decide_kind(p, given, q)
    p.other_metrics = tuple(m for m in dict.fromkeys(p.other_metrics) if m != p.metric)
    if p.other_metrics and p.kind == "figure" and not _all_of(p, q):
        p.kind = "unknown"   # never answer the first figure and drop the rest
    p.given = tuple(given)
    p.notes = tuple(notes)
    if context is not None:
        return follow_up(context, p, q)
    return p


_PLACE_END = ("县", "区", "市", "州", "旗")
_NOT_PLACE = re.compile(r"[的有是在各所哪几多少全每和与或及中了年为把被对级本我该其]")


def _unknown_place_before(s: str, start: int, organs) -> bool:
    """A place name the store does not hold right before an organ's short name (平谷区 in
    平谷区教育局): the question is about that place's organ, not the ones in the store."""
    for n in (3, 4, 5):
        w = s[max(0, start - n):start]
        if len(w) == n and w.endswith(_PLACE_END) and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            return not (_NOT_PLACE.search(w) or w in organs.regions or w in organs.names
                        or w[:-1] in organs.regions)
    return False


_NOT_TYPO = set("的了吗呢是有几多少么和与或及在")


def _typo_metric(s: str, left: str) -> tuple[int, int, str] | None:
    """The longest metric alias (3+ characters) that a run of ``s`` spells with exactly one
    character different, not the first (申清数 for 申请数; 行政复义 for 行政复议; 微信发部 for
    微信发布). ``left`` is ``s`` after the vocabulary took its words: the different character
    must be one no word took, never a particle (微信的 is no 微信发), and a 3-character alias
    must differ in its middle and overlap no word at all (公开栏 is a channel, 公开信 no 公开率)."""
    best = None
    for alias in vocab.metric_aliases():
        n = len(alias)
        if n < 3 or (best and n <= best[1] - best[0]):
            continue
        for i in range(len(s) - n + 1):
            w = s[i:i + n]
            if BLANK in w or w[0] != alias[0]:
                continue
            diff = [k for k in range(n) if w[k] != alias[k]]
            if len(diff) != 1:
                continue
            c = i + diff[0]
            if left[c] == BLANK or s[c] in _NOT_TYPO or (n == 3 and (
                    diff[0] != 1 or BLANK in left[i:i + n])):
                continue
            if _common_word(s, c):
                continue   # 处分决定: a real word, another thing (offered, never assumed)
            best = (i, i + n, alias)
            break
    return best


def _common_word(s: str, c: int) -> bool:
    """Whether the character at ``c`` makes a common word with a neighbour (jieba's
    dictionary: 处分 is one, 申清 and 发部 are none)."""
    freq = vocab.tokenizer().FREQ
    return any((freq.get(s[a:a + 2]) or 0) >= 50 for a in (c - 1, c) if 0 <= a and a + 2 <= len(s))


_POSTS: tuple[str, ...] | None = None


def _find_post(s: str) -> str | None:
    """The longest post of lexicons/posts.tsv in ``s`` (党委副书记 over 副书记)."""
    global _POSTS
    if _POSTS is None:
        from extractor.lexicon import load
        _POSTS = tuple(sorted((r["post"] for r in load("posts", required=("post",),
                                                         unique=("post",))), key=len, reverse=True))
    return next((post for post in _POSTS if post in s), None)


def _blank_question_words(s: str, words) -> str:
    """``s`` with the question's own words blanked (分管领导 in 分管领导是副镇长), except where
    one is part of a longer post (领导 in 主要领导)."""
    _find_post("")
    posts = [(m.start(), m.end()) for post in _POSTS for m in re.finditer(re.escape(post), s)]
    chars = list(s)
    for w in words:
        for m in re.finditer(re.escape(w), s):
            if not any(a <= m.start() and m.end() <= b and b - a > len(w) for a, b in posts):
                chars[m.start():m.end()] = BLANK * len(w)
    return "".join(chars)


def _region_context(q: str, end: int) -> bool:
    """高青县的… / 高青县各… / 高青县有哪些报告: a region, not the county government."""
    if q[end:].startswith(("有哪些", "有几", "有多少", "共有", "一共", "总共", "全部", "所有")):
        return True
    return q[end:end + 1] in ("的", "各", "所", "内", "下", "中") and not q[end:].startswith(
        ("的联系", "的电话", "的地址", "的邮编", "的传真", "的邮箱", "的网址"))


def _all_of(p: QueryPlan, q: str) -> bool:
    """行政复议和行政诉讼都为零: one condition that every named figure meets (same unit; no 或,
    no ranking, grouping or sum, which would need one figure)."""
    units = {vocab.metrics()[m].unit for m in (p.metric, *p.other_metrics)}
    return (p.op not in (None, "stated") and len(units) == 1 and "或" not in q
            and not (p.group_by or p.top or p.yoy or p.vs_mean or p.agg in ("max", "min", "avg", "sum")))


def _scale(v: float, unit: str | None) -> float:
    return v / 100 if unit == "%" else v


def _decide_kind(p: QueryPlan, given: list[str], q: str) -> None:
    if p.kind != "unknown":
        pass
    elif p.check:
        p.kind = "check"
    elif p.table and ("coverage" in given or not p.metric):
        # 没有填写表三 / 没有表二: not filled in; 填写了表四 / 有表四: filled in
        p.kind = "coverage"
        p.covered = "coverage" not in given and not (p.op == "eq" and p.threshold == 0)
    elif p.contact_field:
        p.kind = "contact"
    elif p.fact_kind:
        p.kind = "fact"
    elif p.phrase and (p.text_kinds or not p.metric):
        p.kind = "text"
    elif p.metric:
        p.kind = "figure"
    elif p.channel and ("ask" in given or p.agg in ("max", "min", "avg", "sum")):
        pass   # 新闻发布会召开了几次 / 微信发了多少条: a figure we do not know, not a channel list
    elif p.channel:
        p.kind = "fact"
        p.fact_kind = "channel"
    elif p.text_kinds and (p.organ_ids or p.levels or p.years):
        p.kind = "text"
    elif "cond" in given or "ask" in given or p.agg in ("max", "min", "avg"):
        pass   # 哪些部门的处分决定为零: a figure we do not know, not a list of reports
    elif p.agg == "count" and p.organ_ids and not p.levels and "noun" not in given:
        pass   # 木塔乡有几个人: a count of something we do not know, not of its reports
    elif (p.agg == "count" or "报告" in q or "noun" in given or p.organ_ids
          or (p.listing and (p.levels or p.region or p.years)) or p.template):
        p.kind = "reports"
    if p.kind != "unknown" and "kind" not in given:
        given.append("kind")
    if p.kind == "text" and not p.text_kinds:
        p.text_kinds = ("text",)
    if p.kind == "text" and "any" in p.text_kinds:
        kinds = tuple(k for k in p.text_kinds if k != "any")
        p.text_kinds = kinds or ("text",)
    if p.kind == "reports" and p.agg in ("sum", "count") and "报告" in q:
        p.agg, p.count_unit = "count", "report"   # 一共有多少份报告: a count of reports
    if p.kind == "figure" and p.agg == "count" and p.organ_ids and not p.levels:
        p.agg = None  # 花沟镇收到多少个申请: one value, not a count of reports
    if p.kind == "figure" and p.agg in ("max", "min") and p.top:
        p.order = "desc" if p.agg == "max" else "asc"
        p.agg = None
    if p.kind == "fact" and p.channel and not p.fact_kind:
        p.fact_kind = "channel"
    if p.kind == "fact" and p.fact_kind == "channel" and p.op == "eq" and p.threshold == 0:
        p.negate, p.op, p.threshold = True, None, None   # 没有微信公众号的乡镇
    if p.kind == "contact" and p.op == "eq" and p.threshold == 0:
        p.negate = True   # 哪些单位没有写联系电话
    if p.kind == "contact" and p.agg == "count" and not p.organ_ids:
        p.listing = True   # 有几个单位没有写联系电话: the organs counted
    if p.kind not in ("figure", "unknown", "reports"):
        p.op, p.threshold = None, None   # 有 / 没有 said of a table or a fact, not a figure
        for name in ("op", "threshold"):
            if name in given:
                given.remove(name)
