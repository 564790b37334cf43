"""Narrative figures: the ``n.*`` counts the prose states (``lexicons/figures.tsv``).

Each row of ``figures.tsv`` is a pattern over one clause of one line; the first row (in file
order) whose match survives the guards wins for its key. The text is first mended where a
PDF or a web page broke a word (a space or a wrapped line inside 申请, a page mark and its running
header between two lines of a sentence: ``mend_breaks``); spans point into the text as given. Guards, vocabulary in ``lexicons/cues.tsv`` and
``lexicons/figure_cues.tsv``:

- a ``distractor`` in the count's clause, up to the count (信箱, 解读 …; one two clauses
  before it is about something else) unless it is part of a ``distractor_except`` phrase
  (今年以来, 和转载); a running total in the sentence (``cumulative_since`` such as 截至,
  then a ``cumulative`` word such as 累计, before the count); an approximate count (近/约
  before it, 余/多 after it never match); an ordinal (第二十条); a row's ``exclude`` words
  inside the match; a row's ``needs`` words absent from the sentence;
- a blank total (``主动公开信息  条``): a unit standing alone between the cue and the count;
- one item of a list (``主动公开组织机构信息3条、财政信息16条``) or one channel's share when
  the next clause states another channel's (``通过网站公开…754条,通过新媒体公开…``);
- a WeChat count whose cue reaches the number past another channel (公众号和微博共…);
- a 复议/诉讼 count stated for both together (行政复议和行政诉讼3件) unless it is zero or
  said of each (各1件);
- an application count that includes last year's carried-over ones (含上年结转2件),
  unless the count is of new ones (新收); one for a way of asking or a kind of applicant
  (网上申请5件, 自然人申请12件);
- a count of a whole area larger than the report's own (a township's report saying
  全市共受理申请N件): another body's figure; the report's own area from how it names itself
  (我镇), else from the organ's level; a whole area's count, or a level's organs' together
  (县本级…), followed by the organ's own level's (区政府本级受理…) in its sentence or in the next
  one opening with 其中 gives way to it;
- a publishing verb without 主动 (``via`` rows: 全年共发布政府信息N条) counts only when no
  channel is named in its clause before the count (门户网站共发布… is the website's own count)
  and the channels before it in the sentence are not social or platform accounts alone
  (依托公众号，共发布… is the account's count);
- a website's count without 主动 or a total word (``via`` = sole: 在某网站专栏发布信息N条) counts
  only as its paragraph's one count of items published, under the proactive part's heading;
- a change from last year (较上年增加7件); 复议/诉讼 cases the organ decides as the review
  body or a court tries (审理行政复议案件).

The guards that need only the text around a count (applications, cases, other years, no count at
all) are in ``figure_guards``.

Damaged text: a count whose unit was dropped is read only right before a clause end or a
``boundary`` word (``信息1363微博…``), never before 年/月/%.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .figure_guards import (_CJK, CLAUSE_ENDS, _COUNT, _TIME_OPENER, _UNITS, _another_year, _carried, _fc, _not_a_count,
                            _share, _shared)
from .lexicon import load
from .narrative_lex import SENT_END, bounds, channel_table, cue, wrapped_breaks
from .numbers import parse_count
from .places import simplify
from .record import Figure

# (thousands commas half- or full-width: 2,315 / 2，315)
_NUM = r"(?P<num>\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+|[零〇一二两三四五六七八九十百千万]+)"
# a space may stand between a count and its unit (共计 844 条)
_UNIT = rf"[ \u3000\xa0]?(?P<unit>{_UNITS})"
_UNITS_KEPT = ("件", "条", "元")


def _words(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split(",") if w.strip())


@lru_cache(maxsize=None)
def key_unit(key: str) -> str:
    """The unit a key counts in (``lexicons/narrative_keys.tsv``), for a count printed without one."""
    return next((r.get("unit") or "件" for r in load("narrative_keys", required=("key",)) if r["key"] == key), "件")


@lru_cache(maxsize=1)
def _unitless_end() -> str:
    words = "|".join(map(re.escape, sorted(_fc("boundary"), key=len, reverse=True)))
    return rf"(?P<nounit>)(?=[{CLAUSE_ENDS}]|{words})" if words else rf"(?P<nounit>)(?=[{CLAUSE_ENDS}])"


@lru_cache(maxsize=1)
def patterns():
    """(key, regex, fixed value, unit for a fixed value, exclude words, needed words, via, loose)
    per row; a row with a count comes twice: with its unit, then (loose) with the unit
    dropped, tried only when no row found the key."""
    strict, loose = [], []
    for r in load("figures", required=("key", "pattern"), unique=("key", "pattern")):
        # a negated class never crosses a line: a figure is stated within one line, and a match
        # that ran over a heading's line end would hide the real one right after it
        pat = r["pattern"].replace("[^", "[^\n")
        rest = (r.get("value", ""), r.get("unit", ""), _words(r.get("exclude", "")), _words(r.get("needs", "")),
                r.get("via") or "")
        # (a space may stand before the count too: 主动公开 96 条政府信息)
        strict.append((r["key"], re.compile(pat.replace("{N}", r"[ \u3000\xa0]?" + _NUM + _UNIT)), *rest, False))
        if "{N}" in pat:
            # (never the first digits of a number with thousands commas: 4,400余条 is no 4)
            loose.append((r["key"], re.compile(pat.replace("{N}", r"(?P<num>(?<![\d,，])\d+)(?![,，]\d{3}(?!\d))" + _unitless_end())),
                          *rest, True))
    return strict + loose


_GAP = r"(?:[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*|[ \u3000\xa0])"
# (damaged: a space after each digit, 1 1 2条, or after a thousands comma, 1, 036条, or before
# one, the line wrapped there: 3⏎,126条)
_BROKEN_NUMBER = re.compile(rf"(?<=[{_CJK}])\d{{1,5}}(?:[,，]\d{{1,3}})?[,，]?"
                            rf"(?:(?:{_GAP}\d{{1,4}}|(?<=\d){_GAP}[,，]\d{{3}}(?!\d))"
                            rf"(?:[,，]\d{{1,3}})*[,，]?){{1,4}}"
                            rf"(?<![,，])[ \u3000\xa0]?(?:{_UNITS})")
_GAP_IN_NUMBER = re.compile(rf"(?<=[\d,，]){_GAP}(?=[,，]?\d)")


def mend_breaks(text: str) -> tuple[str, list[int]]:
    """The text with a space inside a run of Chinese removed (申 请) and a wrapped line joined
    between two characters of a word or a number (``narrative_lex.wrapped``: a long line of
    prose that stops mid-sentence; ``narrative_lex.chrome_breaks``: page chrome between two
    lines of a sentence); and, per character kept, its offset."""
    drop = set()
    # (not before a unit: 信息  条 is a blank total, and stays one)
    for m in re.finditer(rf"(?<=[{_CJK}])[ \t\u3000\xa0]+(?=[{_CJK}])(?!{_UNITS})", text):
        drop.update(range(m.start(), m.end()))
    # a count broken by a line end or a stray space (信息13⏎56条, 信息5,6⏎08条, 发布19 8篇): its
    # first digits right after the words, its last ones right before a unit
    for m in _BROKEN_NUMBER.finditer(text):
        for g in _GAP_IN_NUMBER.finditer(text, m.start(), m.end()):
            drop.update(range(g.start(), g.end()))
    # (two numbers on two lines stay two numbers, unless broken inside prose, above)
    for s, e in wrapped_breaks(text):
        drop.update(range(s, e))
    if not drop:
        return text, list(range(len(text) + 1))
    keep = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in keep), keep + [len(text)]


def distracted(before: str) -> bool:
    """Whether the clause up to the count (``before``) makes it no narrative figure."""
    for phrase in cue("distractor_except"):
        before = before.replace(phrase, "")
    return any(d in before for d in cue("distractor"))


def cumulative(before: str) -> bool:
    """Whether the sentence up to the count is a running total (截至 … 累计)."""
    for since in cue("cumulative_since"):
        i = before.find(since)
        if i >= 0 and any(w in before[i:] for w in cue("cumulative")):
            return True
    return False


def self_rank(text: str) -> int | None:
    """The size of the area the report speaks for, from how it names itself most (我镇 = 1);
    None when it never does."""
    counts: dict[int, int] = {}
    for w, rank in _fc("self").items():
        n = text.count(w)
        if n:
            counts[rank] = counts.get(rank, 0) + n
    return max(counts, key=lambda r: (counts[r], -r)) if counts else None


def clause_scope(clause: str) -> int:
    return max((rank for w, rank in _fc("scope").items() if w in clause), default=0)


def _sentence_scope(text: str, ss: int, start: int) -> int:
    """The area a sentence's subject is, when the sentence opens with a whole area (2020年，全县
    各级行政机关…，受理…147件): its later clauses, which name no subject of their own, count for that
    area too, unless one turns to the report's own (…，我镇…)."""
    head = text[ss:start]
    rest = head[_TIME_OPENER.match(head).end():]
    rank = max((r for w, r in _fc("scope").items() if rest.startswith(w)), default=0)
    return 0 if rank and any(w in rest for w in _fc("self")) else rank


def _whole_then_own(text: str, cs: int, end: int, se: int) -> bool:
    """Whether the count ending at ``end`` (its clause from ``cs``, its sentence ending at ``se``)
    is a whole's, an area's (全县…) or a level's organs together (县本级…, ``level_whole``), whose
    own level's share (县政府本级…) follows in the sentence or in the next one when that opens
    with 其中 (…合计12,486条。其中，县政府本级主动公开…)."""
    clause, wholes = text[cs:end], tuple(_fc("level_whole"))
    if not (clause_scope(clause) > 0 or any(w in clause for w in wholes)):
        return False
    after = text[end:se]
    nxt = se + 1
    while nxt < len(text) and text[nxt] in " \t\r\n\u3000\xa0":
        nxt += 1
    if text.startswith("其中", nxt):
        after += text[nxt:bounds(text, nxt, nxt, SENT_END)[1]]
    for w in wholes:
        after = after.replace(w, "")
    return any(w in after for w in _fc("own_level"))


def _part(text: str, key: str, ss: int, se: int, cs: int, e: int, social: list[str]) -> bool:
    """Whether the proactive count ending at ``e`` is one item of a list or one channel's
    share: a 、-list item follows it, or the clause before or after it states the same
    verb's count through another channel."""
    if key != "n.active_published":
        return False
    # the channels' counts, then their total closing the sentence (…，微信公众号发布27篇，共计96条), or
    # closing its part before a semicolon (…公开栏公开信息62条，共计157条；通过公众号…) when no breakdown
    # (其中…) is between (759条，其中…，各业务室共计公开信息650条；…: an item of the count's own)
    after = text[e:se]
    total = (rf"[，,；;][^{CLAUSE_ENDS}]{{0,12}}?(?:共计|合计|总计|总共)(?:公开|发布)?[^{CLAUSE_ENDS}\d]{{0,8}}?"
             rf"\d[\d,，]*[ \u3000]?[条篇项件]")
    if re.search(total + r"(?=[ \u3000]?[。；;!！?？]?$)", after):
        return True
    part = re.search(total + r"(?=[ \u3000]?[；;])", after)
    if part and "其中" not in after[:part.start()]:
        return True
    if re.match(rf"[、][^{CLAUSE_ENDS}]{{0,24}}?{_COUNT}[ \u3000]?(?:{_UNITS})", text[e:se]) and names_a_kind(text[cs:e]):
        return True
    if not re.search(r"通过|依托|利用|^\s*在", text[cs:e]):
        return False
    ce = e
    while ce < se and text[ce] not in "，,；;":
        ce += 1
    nxt = text[ce + 1:se]
    nxt = nxt[:min([len(nxt)] + [nxt.find(c) for c in "，,；;" if c in nxt])]
    prev = text[ss:max(ss, cs - 1)]
    prev = prev[max([-1] + [prev.rfind(c) for c in "，,；;"]) + 1:]
    # the same verb through another channel that is no social account (those are not in the
    # proactive total: 在网站主动公开信息705条,在公众号发布信息1511条 keeps 705)
    return any(re.search(r"通过|依托|利用|^\s*在", c) and "公开" in c and not any(w in c for w in social)
               and _states_items(c) for c in (prev, nxt))


# a heading's number (（一）, 2.) and a heading of a few words ending its line or before 。/：
_HEAD_NO = r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?[ \t\u3000]*"
_RUN_IN_HEAD = re.compile(_HEAD_NO + r"(?P<h>[^\n。，,；;：:]{2,16})[。：:]")
_LINE_HEAD = re.compile(_HEAD_NO + r"(?P<h>[^\n。，,；;：:]{2,16})[。：:]?[ \t\u3000]*")


def _under_proactive_head(text: str, start: int) -> bool:
    """Whether the count at ``start`` stands in the part on proactive disclosure: its line opens
    with that part's heading ((一)主动公开。…), or the line above it is that heading alone."""
    heads = tuple(_fc("proactive_head"))
    ls = text.rfind("\n", 0, start) + 1
    m = _RUN_IN_HEAD.match(text, ls, start)
    if m and any(w in m.group("h") for w in heads):
        return True
    k = ls - 1
    while k > 0 and not text[text.rfind("\n", 0, k) + 1:k].strip(" \t\r\u3000"):
        k = text.rfind("\n", 0, k)   # blank lines above
    if k <= 0:
        return False
    above = text[text.rfind("\n", 0, k) + 1:k].rstrip("\r")
    m = _LINE_HEAD.fullmatch(above)
    return bool(m) and any(w in m.group("h") for w in heads)


def _sole_count(text: str, start: int, end: int) -> bool:
    """Whether the count text[start:end] is the only count of items published (条/篇) in its
    paragraph (line), the counts of a breakdown of it (其中…38条) aside."""
    ps = text.rfind("\n", 0, start) + 1
    pe = text.find("\n", end)
    pe = len(text) if pe < 0 else pe
    for m in re.finditer(r"\d[\d,，]*[ \u3000]?[条篇]", text[ps:pe]):
        a = ps + m.start()
        if start <= a < end:
            continue
        cs = max([ps] + [text.rfind(c, ps, a) + 1 for c in "，,；;。"])
        if not text[cs:a].lstrip(" \u3000").startswith("其中"):
            return False
    return True


def _states_items(clause: str) -> bool:
    """Whether ``clause`` states a count of items (公开信息120条), not only a count of places or
    units that names what it counts after it (在全县19个乡镇便民服务中心…公示: 个 then a noun)."""
    # (nor a count of a board's or a bulletin's issues: 通过公开栏公开低保等事项12期 counts no items
    # beside the website's 34条, unless the items in them follow: 推送52期256条)
    return any(not (m.group("unit") == "个" and re.match(rf"[{_CJK}]", clause[m.end():m.end() + 1])
                    and not clause.startswith(("信息", "条"), m.end()))
               and not (m.group("unit") == "期" and not re.match(r"[^\d]{0,4}?\d+[ \u3000]?[条篇]", clause[m.end():]))
               for m in re.finditer(rf"\d+[ \u3000]?(?P<unit>{_UNITS})", clause))


def _through_channel(text: str, cs: int, end: int) -> bool:
    """Whether a channel is named in the clause of a count published without 主动, before its
    number (门户网站共发布各类信息N条, 通过网站、公众号累计发布信息N条): the channels' own count,
    which the dev gold never keys as the organ's proactive total."""
    aliases, ignored = channel_table()
    seg = text[cs:end]
    return any(a in seg for a in aliases if a not in ignored) or any(w in seg for w in _fc("account"))


def _social_only(text: str, ss: int, cs: int, start: int, social: list[str]) -> bool:
    """Whether the channels a publishing verb counts through (named in its clause, else in the
    nearest clause before it in the sentence) are social accounts alone (通过“某某”微信公众号
    发布信息45条; 依托某某微信公众号平台，发布…): that is the account's count, not the organ's
    total. A list with a website, a screen or a board in it is the total's (门户网站、公众号…)."""
    accounts = social + list(_fc("account"))
    aliases = [a for a in channel_table()[0] if a not in channel_table()[1]] + accounts
    seg_start, seg_end = cs, start
    while True:
        seg = text[seg_start:seg_end]
        if any(a in seg for a in aliases):
            items = [i for i in re.split(r"[、和及与/]", seg) if i.strip()]
            return all(any(w in i for w in accounts) for i in items)
        if seg_start <= ss:
            return False
        seg_end = seg_start - 1   # the clause before, back to the sentence's start
        seg_start = max([ss] + [text.rfind(c, ss, seg_end) + 1 for c in "，,；;"])


def _named_share(text: str, ss: int, m: re.Match) -> bool:
    """A count said to be the proactive one (其中…主动公开政府信息327条) inside the breakdown of a
    total that is no count (发布各类信息1200余条): the only proactive figure the sentence has.
    (Under a published count with no 主动 (发布信息1500条，其中主动公开…) it is not: a frozen
    report read so lost its figure, 2026-12-07.)"""
    if not re.match(r"主动(?:公开|发布)", m.group()):
        return False
    before = text[ss:text.rfind("其中", ss, m.start())]
    return not re.search(rf"\d[ \u3000]?(?:{_UNITS})", before)


def _earlier_item(gap: str) -> bool:
    """Whether the words from a proactive count's verb up to its number (``gap``) hold an earlier
    item's count of a list (公开规划计划5条、财政信息12: the 12 is one item's), the count not being
    the list's total (…，共计20)."""
    if not re.search(rf"\d[ \u3000]?(?:{_UNITS})[ \u3000]*[、，,；;和及]", gap):
        return False
    tail = re.split(r"[、，,；;和及]", gap)[-1]
    # (a total after the items, or the organ's own level's inside a whole area's: 其中县政府本级主动公开37)
    return not re.search(r"共计|合计|总计|总共|共", tail) and not any(w in tail for w in _fc("own_level"))


def names_a_kind(phrase: str) -> bool:
    """Whether the information counted in ``phrase`` is of one kind (组织机构信息3条), not all
    of it (政府信息120条, 各类政务信息)."""
    m = re.search(r"(?:公开|发布)(?P<q>[^公开发布]*?)信息[^信息]*$", phrase)
    if not m:
        return True
    q = m.group("q")
    for w in _fc("generic"):
        q = q.replace(w, "")
    return bool(q.strip())


def _qualifier(phrase: str) -> str | None:
    """The words between a publishing verb and 信息 in ``phrase`` (公开财政预决算等信息 → 财政预决算等),
    None when it has no such object."""
    m = re.search(r"(?:公开|发布)(?P<q>[^公开发布]*?)信息[^信息]*$", phrase)
    return m.group("q") if m else None


def _narrow_kind(phrase: str, organ: str | None = None) -> bool:
    """Whether a proactive count's information is qualified by a narrow kind alone (主动公开人事信息,
    财政信息), with no list of kinds (等) and not all of that kind (各类财政信息: a finance bureau's total),
    nor the kind the organ is named for (规划和自然资源局 主动公开规划土地类信息: all it publishes)."""
    q = _qualifier(phrase)
    if q is None or re.search(rf"[等、各\d{CLAUSE_ENDS}]", q):
        return False  # a list of kinds (其他类…信息共计N条 after a list), or all of a kind (各类财政信息)
    kinds = [w for w in _fc("kind") if w in q]
    return bool(kinds) and not (organ and all(w in organ for w in kinds))


# the WeChat account is the last of a list of channels (门户网站、“某某发布”微信公众号), whose
# items state no count of their own (微博发布1172条、微信公众号发布945篇 are two counts)
_LISTED = re.compile(r"[、和及与][ \u3000]*(?:[“\"「『][^”\"」』]{0,24}[”\"」』])?[ \u3000]*$")


def figures(text: str, level: str | None = None, year: int | None = None, organ: str | None = None) -> list[Figure]:
    """The n.* figures of ``text``; ``level``, the organ's level when known, gives the area the
    report speaks for when its words never say (我镇, 本县): a township's report quoting the
    county's count (全县共受理…) is no figure of its own; ``year``, the report's year when known:
    a count said of another year (2021年，我局主动公开…98条 in the 2022 report) is none; ``organ``, its
    name when known: a count of the kind it is named for is its total (规划和自然资源局: 规划…信息)."""
    return [f for f, _ in _survivors(text, level, year, organ, first_only=True)]


def mentions(text: str, level: str | None = None, year: int | None = None,
             organ: str | None = None) -> list[Figure]:
    """Every statement of an n.* figure's count that the guards of ``figures`` keep, in pattern
    then text order (a passage matched by two rows once): the figure is the first of its key;
    the others are the report saying it again (``selfcheck`` compares them). Counts read with
    their unit only (never a damaged text's unitless one, nor a fixed-value statement)."""
    out: list[Figure] = []
    for f, loose in _survivors(text, level, year, organ, first_only=False):
        if loose or f.raw.strip()[:1] not in "0123456789零〇一二两三四五六七八九十百千万":
            continue
        if any(g.key == f.key and g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in out):
            continue
        out.append(f)
    return out


def _survivors(text: str, level: str | None, year: int | None, organ: str | None, first_only: bool):
    """(figure, read without its unit) for each match that survives the guards; with
    ``first_only`` the first of each key only (the rows in file order)."""
    src = text
    simple = simplify(src)  # traditional characters matched as simplified (one to one)
    text, at = mend_breaks(simple if len(simple) == len(src) else src)
    chan, ignored = channel_table()
    social = [a for a, v in chan.items() if set(v) & {"wechat", "weibo", "video"}]
    not_wechat = [a for a, v in chan.items() if "wechat" not in v and a not in ignored]
    own = self_rank(text)
    # a report made by summing its area's reports (在汇总各县（市、区）…年度报告的基础上编制): the
    # whole area's counts are its own, the 本级 share only a part of them
    summed = any(w in text[:1500] for w in _fc("aggregate"))
    if own is None and level:
        own = _fc("level").get(level)
    done = set()
    for key, rx, fixed, fixed_unit, exclude, needs, via, loose in patterns():
        if first_only and key in done:
            continue
        for m in rx.finditer(text):
            ss, se = bounds(text, m.start(), m.end(), SENT_END)
            # a distractor counts in the clause of the match (留言 two clauses before a
            # WeChat count is another matter); a running total in the whole sentence
            cs = max([ss] + [text.rfind(c, ss, m.start()) + 1 for c in "，,；;"])
            # (a match that runs over clauses answers for all of them)
            if distracted(text[min(cs, m.start()):m.end()]) or cumulative(text[ss:m.end()]):
                continue
            if any(w in m.group() for w in exclude):
                continue
            if needs and not any(w in text[ss:se] for w in needs):
                continue
            last = max([cs] + [text.rfind(c, cs, m.end()) + 1 for c in "，,；;"])
            if key == "n.active_published" and any(w in text[last:m.end()] for w in social) \
                    and _social_only(text, ss, last, m.end(), social):
                continue  # social accounts' count (a list with the website in it is the total's)
            if key == "n.wechat_posts" and _LISTED.search(text[cs:m.start()]) \
                    and not re.search(r"\d", text[cs:m.start()]) \
                    and any(w in text[cs:m.start()] for w in not_wechat):
                continue   # 通过门户网站、“某某”微信公众号发布信息N条: all the channels' count
            if key == "n.active_published" and "其中" in text[ss:m.start()] and not _named_share(text, ss, m) \
                    and not any(w in text[text.rfind("其中", ss, m.start()):m.start()]
                                for w in (*_fc("self"), *_fc("own_level"))):
                continue  # inside the breakdown (其中…) of a total stated before it, unless 其中我镇…
                # or 其中本级…: the organ's own inside a portal's or an area's whole
            if not summed and _whole_then_own(text, cs, m.end(), se):
                continue  # a whole area's count, the organ's own level's (本级) said after it
            if via == "1" and (_social_only(text, ss, cs, m.start(), social) or _through_channel(text, cs, m.end())
                        or (own is None and clause_scope(text[cs:m.end()]) > 0)):
                continue  # an account's own count, a channel's (门户网站共发布…), or a whole area's (全县共发布…)
            if key == "n.active_published" and _narrow_kind(m.group(), organ):
                continue  # a count of one narrow kind (主动公开人事信息12条)
            if "\n" in m.group() or re.search(r"[\t|｜]", src[at[m.start()]:at[m.end() - 1] + 1]):
                continue  # across a line or a table cell's border (a tab the mending dropped
                # between two words: 尚未审结⇥总计⇥未经复议): no sentence of prose
            if own is not None and max(clause_scope(text[cs:m.end()]), _sentence_scope(text, ss, m.start())) > own:
                continue  # a count of a larger area than the report's own
            if _another_year(text, ss, cs, m.start("num") if "num" in m.re.groupindex and m.group("num") else m.end(),
                             year):
                continue  # another year's count (2021年，…98条 in the 2022 report)
            if "num" in m.re.groupindex and m.group("num") is not None:
                ns = m.start("num")
                if _not_a_count(text, key, m.start(), ns, not_wechat, cs):
                    continue
                if key == "n.active_published" and _earlier_item(text[m.start():ns]):
                    continue  # the last item of a list the verb counts (公开规划计划5条、财政信息12条)
                if key in ("n.review_cases", "n.litigation_cases") and any(w in text[cs:ns] for w in _fc("handler")):
                    continue  # cases the organ (or a court) decides as the review body (审理行政复议案件35件)
                value = parse_count(m.group("num"))
                if value is None:
                    continue
                if loose and (text[ns - 1:ns].isdigit() or re.match(r"(?:19|20)\d\d$", m.group("num"))
                              or text[ns - 2:ns] not in _fc("loose_after")):
                    continue  # a year, digits glued to others, or a number not right after the figure's noun
                unit = m.group("unit") if "unit" in m.re.groupindex else None
                s, e = ns, m.end("unit") if unit else m.end("num")
                if unit and any(text.startswith(w, e) for w in _fc("counted")):
                    continue  # a count of what is named after it (等六个部分, 开设12个专栏)
                if unit == "个" and any(w in text[m.start():ns] for w in _fc("counted")):
                    continue  # columns or accounts counted (微信公众号开设专栏3个)
                if unit == "个" and re.match(rf"[{_CJK}]", text[e:e + 1]) \
                        and not text.startswith(("申请", "信息", "案件", "事项", "政府", "依申请"), e):
                    continue  # N个 then a noun counts that noun (12个领域, 3个工作日)
                if unit and any(text[e:].lstrip(" \u3000").startswith(w) for w in _fc("approx_after")):
                    continue  # approximate (300条左右)
                if key in ("n.wechat_posts", "n.active_published") and unit == "期":
                    # issues, then the items in them (推送52期256条): the items are the posts
                    items = re.match(rf"[^{CLAUSE_ENDS}\d]{{0,4}}?(?P<num>\d+)[ \u3000]?(?P<unit>条|篇)", text[e:se])
                    if items:
                        value, unit = parse_count(items.group("num")), items.group("unit")
                        s, e = e + items.start("num"), e + items.end("unit")
                    elif key == "n.active_published":
                        continue  # a board's or a bulletin's issues (公示栏公开…信息142期): no items counted
                if via == "sole" and not (_sole_count(text, m.start(), e) and _under_proactive_head(text, m.start())):
                    continue  # a website's count beside another count of items published, or
                    # outside the part on proactive disclosure
                if _part(text, key, ss, se, cs, e, social) or _shared(text, key, m.start(), ns, value, ss) \
                        or _carried(text, key, m.group(), e, se) or _share(key, m.group(), ns - m.start()):
                    continue
            else:
                if not fixed:
                    continue
                if key == "n.requests_received" and re.match(rf"[^{CLAUSE_ENDS}]{{0,12}}?(?:复议|诉讼)", text[m.end():]):
                    continue  # a none of reviews or suits brought over applications (没有因…申请行政复议…)
                if key in ("n.review_cases", "n.litigation_cases") and any(
                        w in text[m.end():m.end() + 6].split("，")[0] for w in (*_fc("outcome"), *_fc("handler"))) \
                        or any(w in text[cs:m.start()] or "作为" + w in text[ss:m.start()] for w in _fc("handler")):
                    continue  # none of an outcome (无行政诉讼败诉案件, 无…复议纠错), or the organ as the
                    # review body (作为复议机关，全年无复议案件被诉): not none of the cases against it
                value, unit = parse_count(fixed), fixed_unit or None
                s, e = m.span()
            S, E = at[s], at[e - 1] + 1
            unit = unit or key_unit(key)
            yield Figure(key, value, unit if unit in _UNITS_KEPT else (unit or "件"),
                         "narrative", src[S:E], [S, E]), loose
            done.add(key)
            if first_only:
                break
