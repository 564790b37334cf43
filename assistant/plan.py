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

With a ``context`` (the previous plan), a question that sets no kind of its own (那2020年呢？,
其中街道呢？, 按年份分组, 前5个呢) is a follow-up: the previous plan with what it sets replaced.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace

from rapidfuzz import fuzz, process

from . import vocab

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
    contact_field: str | None = None
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
    region: tuple[str, str] | None = None   # (column, value): ("county", "高青县")
    organ_ids: tuple[int, ...] = ()
    organ_names: tuple[str, ...] = ()
    op: str | None = None                # gt ge lt le eq ne stated
    threshold: float | None = None
    agg: str | None = None               # max min avg sum count
    count_unit: str = "organ"            # count organs (多少个乡镇) or reports (多少份报告)
    top: int | None = None
    order: str | None = None             # asc | desc (with top)
    group_by: str | None = None          # year | level | county
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
        if self.region:
            parts.append(f"地区 {self.region[1]}")
        if self.organ_names:
            parts.append("机关 " + "、".join(self.organ_names))
        if self.levels:
            parts.append("层级 " + "、".join(LEVEL_NAMES.get(lv, lv) for lv in self.levels))
        if self.metric:
            parts.append("指标 " + vocab.metrics()[self.metric].label)
        if self.contact_field:
            parts.append("联系方式 " + self.contact_field)
        if self.fact_kind:
            parts.append("事项 " + self.fact_kind)
        if self.channel:
            parts.append(("不通过" if self.negate else "通过") + "渠道 " + self.channel)
        if self.official:
            parts.append("分管领导 " + self.official)
        if self.phrase:
            parts.append(f"短语“{self.phrase}”")
        if self.check:
            parts.append("校验 " + ("任一勾稽关系" if self.check == "*" else self.check + "*"))
        if self.table and self.kind == "coverage":
            parts.append("未填写 " + {"t2.": "表二", "t3.": "表三", "t4.": "表四"}[self.table])
        if self.op:
            parts.append(f"条件 {_OP_TEXT[self.op]}{'' if self.threshold is None else _num(self.threshold)}")
        if self.agg:
            parts.append({"max": "最多", "min": "最少", "avg": "平均", "sum": "合计",
                          "count": "计数"}[self.agg])
        if self.top:
            parts.append(f"{'前' if self.order != 'asc' else '后'}{self.top}个")
        if self.group_by:
            parts.append("按" + {"year": "年份", "level": "层级", "county": "县"}[self.group_by] + "分组")
        return "；".join(parts) if parts else "（没有识别出任何条件）"


_OP_TEXT = {"gt": "大于", "ge": "不少于", "lt": "少于", "le": "不超过", "eq": "等于",
            "ne": "不等于", "stated": "已填写"}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_NUM = r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_UNIT = r"\s*(%|件|个|条|份|家|名|万元|元|项|次)?"
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|到|至)\s*((?:19|20)\d{2})\s*年?度?")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度|年)?")
_QUOTED = re.compile(r"[\"“”「『'‘](.+?)[\"“”」』'’]")
_FOLLOW_START = ("那", "那么", "其中", "再", "换成", "改成", "如果是", "如果", "还有", "只看", "仅看")
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
    if m:
        set_("official", m.group(1))
        t.take(m.start(), m.end())
        set_("kind", "reports")
    # organs and regions (before level words: 花沟镇 holds 镇)
    if organs is not None:
        level_present = any(w in t.s for w in vocab.level_words() if len(w) >= 2)
        for s, e, name in organs.find(t.s):
            if name in organs.regions and (level_present or _region_context(q, e)):
                continue
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
        rest = t.s
        for w in sorted(asks_official, key=len, reverse=True):   # 分管领导 is the question
            rest = rest.replace(w, BLANK * len(w))
        post = _find_post(rest)
        if post:
            set_("official", post)
            t.take(rest.index(post), rest.index(post) + len(post))
    # vocabulary
    metric_len = 0
    cmp_words: list[tuple[int, int, str]] = []
    for s, e, w in _forward_match(t.s, table, max_len):
        for role, value in table[w]:
            if role == "metric":
                if e - s > metric_len:
                    metric_len = e - s
                    set_("metric", value)
            elif role == "level":
                set_("levels", tuple(dict.fromkeys(p.levels + tuple(value.split(",")))))
            elif role == "cmp":
                cmp_words.append((s, e, value))
            elif role == "agg":
                set_("agg", "count" if value == "count_reports" else value)
                if value.startswith("count"):
                    set_("count_unit", "report" if value == "count_reports" else "organ")
            elif role == "top":
                n = re.match(r"\s*" + _NUM, t.s[e:])
                if n and cn_number(n.group(1)):
                    set_("top", int(cn_number(n.group(1))))
                    set_("order", value)
                    t.take(e, e + n.end())
            elif role == "group":
                set_("group_by", value)
            elif role == "contact":
                set_("contact_field", value)
            elif role == "fact":
                set_("fact_kind", value)
            elif role == "channel":
                set_("channel", value)
            elif role == "check":
                set_("check", value)
            elif role == "coverage":
                if "coverage" not in given:
                    given.append("coverage")
            elif role == "coverage_table":
                set_("table", value)
            elif role == "text":
                set_("text_kinds", tuple(dict.fromkeys(p.text_kinds + (value,))))
            elif role == "neg":
                set_("negate", True)
        t.take(s, e)
    # comparisons (the number follows the word, or precedes 以上/以下)
    weak, asked = None, False
    for s, e, value in cmp_words:
        if value == "ask":
            asked = True   # 有几件 / 是多少: the value itself is asked for, not a filter
        elif value in ("eq0",):
            set_("op", "eq"), set_("threshold", 0.0)
        elif value == "gt0":
            set_("op", "gt"), set_("threshold", 0.0)
        elif value == "gt0_weak":
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
    if weak and p.op is None and "agg" not in given and not asked:
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
    # 沙柳市商务局的网站是什么: the portal of one named organ is its website (a contact field)
    if (p.channel == "portal" and p.organ_ids and p.contact_field in (None, "website")
            and not p.metric and not p.fact_kind and "通过" not in q and not p.negate
            and any(w in q for w in vocab.website_words())):
        p.channel = None
        given.remove("channel")
        set_("contact_field", "website")
    if organs is not None and not p.organ_ids:
        rest = t.s.replace(BLANK, " ")
        p.unmatched = tuple(w for w, _ in organs.fuzzy(rest))
    _decide_kind(p, given, q)
    p.given = tuple(given)
    p.notes = tuple(notes)
    if context is not None and _is_contact_followup(p, context):
        return _contact_followup(context, p)
    if context is not None and _is_followup(q, p):
        return merge(context, p)
    return p


_FILTERS = ("organ_ids", "levels", "region")


def _is_contact_followup(p: QueryPlan, context: QueryPlan) -> bool:
    """地址在哪里？ after 洛西镇的联系电话是多少？: a contact field with no organ of its own."""
    return (p.kind == "contact" and not any(f in p.given for f in _FILTERS)
            and any(getattr(context, f) for f in _FILTERS))


def _contact_followup(prev: QueryPlan, new: QueryPlan) -> QueryPlan:
    """The contact field asked for, of the previous question's organs / levels / region."""
    out = replace(new, organ_ids=prev.organ_ids, organ_names=prev.organ_names,
                  levels=prev.levels, region=prev.region,
                  years=new.years if "years" in new.given else prev.years, followup=True)
    out.given = tuple(dict.fromkeys(new.given + tuple(f for f in _FILTERS + ("years",)
                                                      if f in prev.given)))
    return out


_POSTS: tuple[str, ...] | None = None


def _find_post(s: str) -> str | None:
    """The longest post of lexicons/posts.tsv in ``s`` (党委副书记 over 副书记)."""
    global _POSTS
    if _POSTS is None:
        from extractor.lexicon import load
        _POSTS = tuple(sorted((r["post"] for r in load("posts", required=("post",),
                                                         unique=("post",))), key=len, reverse=True))
    return next((post for post in _POSTS if post in s), None)


def _region_context(q: str, end: int) -> bool:
    """高青县的… / 高青县各… : a region, not the county government."""
    return q[end:end + 1] in ("的", "各", "所", "内", "下", "中") and not q[end:].startswith(
        ("的联系", "的电话", "的地址", "的邮编", "的传真", "的邮箱", "的网址"))


def _scale(v: float, unit: str | None) -> float:
    return v / 100 if unit == "%" else v


def _decide_kind(p: QueryPlan, given: list[str], q: str) -> None:
    if p.kind != "unknown":
        pass
    elif p.check:
        p.kind = "check"
    elif "coverage" in given and p.table:
        p.kind = "coverage"
    elif p.contact_field:
        p.kind = "contact"
    elif p.fact_kind:
        p.kind = "fact"
    elif p.phrase and (p.text_kinds or not p.metric):
        p.kind = "text"
    elif p.metric:
        p.kind = "figure"
    elif p.channel:
        p.kind = "fact"
        p.fact_kind = "channel"
    elif p.text_kinds and (p.organ_ids or p.levels or p.years):
        p.kind = "text"
    elif p.agg == "count" or "报告" in q or p.organ_ids or (p.levels and "哪些" in q):
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


def _is_followup(q: str, p: QueryPlan) -> bool:
    bare = q.rstrip("？?。.!！")
    if bare.startswith(_FOLLOW_START) or bare.endswith("呢"):
        return True
    own = {"metric", "contact_field", "fact_kind", "phrase", "check", "coverage", "channel",
           "official"}
    return not (own & set(p.given)) and p.kind in ("unknown", "reports") and bool(p.given)


def merge(prev: QueryPlan, new: QueryPlan) -> QueryPlan:
    """The previous plan with what the follow-up question set replaced."""
    out = replace(prev)
    kind_fields = {"metric": "figure", "contact_field": "contact", "fact_kind": "fact",
                   "phrase": "text", "check": "check"}
    for name in new.given:
        if name in ("kind", "coverage"):
            continue
        setattr(out, name, getattr(new, name))
        if name in kind_fields:
            out.kind = kind_fields[name]
    if "organ_ids" in new.given and "levels" not in new.given:
        out.levels = ()
    if "levels" in new.given and "organ_ids" not in new.given:
        out.organ_ids, out.organ_names = (), ()
    if "top" in new.given and "agg" not in new.given:
        out.agg = None
    if "agg" in new.given and "top" not in new.given:
        out.top, out.order = None, None
    if "agg" in new.given and out.agg in ("max", "min") and "op" not in new.given:
        out.op, out.threshold = None, None
    if out.kind == "figure" and out.agg in ("max", "min") and out.top:
        out.order = "desc" if out.agg == "max" else "asc"
        out.agg = None
    out.followup = True
    out.given = tuple(dict.fromkeys(prev.given + new.given))
    out.notes = new.notes
    out.unmatched = new.unmatched
    return out
