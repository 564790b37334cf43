"""Whether a count found in the prose is the figure its pattern names (``narrative_figures``):
the guards that need no more than the text around the count, their words in
``lexicons/figure_cues.tsv`` and ``lexicons/cues.tsv``.

- a 复议/诉讼 count stated for both together (行政复议和行政诉讼3件) unless zero or each (各1件);
- an application count for one way of asking or one kind of applicant (网上申请5件, 收到自然人提出
  的…申请10件), or with last year's carried-over ones in it (含上年结转2件) unless new (新收);
- another year's count (上年度共受理…, 2021年同期…; 2021年，… in the 2022 report);
- no count at all: approximate, ordinal, a rate, a change from last year, other bodies' (指导各村…),
  applications of another kind (行政许可申请) or counted with other things, outcomes, a blank total.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load
from .narrative_lex import cue
from .numbers import parse_count

# the units a count is printed in
_UNITS = "条次|件次|人次|件|条|宗|个|篇|起|次|项|份|期|则|例"
_CJK = "\u4e00-\u9fff"
# a unit standing alone where a count should be (信息  条): a blank total
_BLANK = re.compile(rf"[^\d\s][ \u3000\xa0]+(?:{_UNITS})|[ \u3000\xa0]{{2,}}(?:{_UNITS})")
CLAUSE_ENDS = "，,；;。！？!?"
# a count inside a list (4条、工作动态信息2,315条 / 一百二十三条), no capture
_COUNT = r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+|[零〇一二两三四五六七八九十百千万]+)"


@lru_cache(maxsize=1)
def figure_cues() -> dict[str, dict[str, int]]:
    """role -> {cue: rank} (``lexicons/figure_cues.tsv``; rank 0 where none is given)."""
    out: dict[str, dict[str, int]] = {}
    for r in load("figure_cues", required=("role", "cue"), unique=("role", "cue")):
        out.setdefault(r["role"], {})[r["cue"]] = int(r.get("rank") or 0)
    return out


def _fc(role: str) -> dict[str, int]:
    return figure_cues().get(role, {})


# what may open a sentence before its subject: a time word (2020年，全年，本年度)
_TIME_OPENER = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d\s*年度?|本年度|今年|全年)?[ \t\u3000]*[，,]?[ \t\u3000]*")


def _shared(text: str, key: str, m_start: int, ns: int, value, ss: int) -> bool:
    """A 复议/诉讼 count stated for both together (行政复议和行政诉讼3件) is neither's,
    unless zero or said of each."""
    if key not in ("n.review_cases", "n.litigation_cases"):
        return False
    gap = text[m_start:ns]
    if key == "n.review_cases":
        both = "诉讼" in gap
    else:
        i = text.rfind("复议", ss, m_start)
        # (复议后诉讼: suits brought after a review, one kind of litigation, not both)
        both = i >= 0 and not re.search(rf"\d|{_UNITS}|[{CLAUSE_ENDS}]", text[i + 2:m_start]) \
            and text[i + 2:i + 3] != "后"
    if not both or value == 0:
        return False
    if "分别" in gap:  # 复议、诉讼分别为1件、2件: the first count is 复议's, the next 诉讼's
        first = bool(re.search(r"分别(?:为|是|有)?$", gap))
        return first == (key == "n.litigation_cases")
    return not any(w in gap for w in _fc("each"))


def _share(key: str, group: str, ns_in_group: int) -> bool:
    """An application count for one way of asking or one kind of applicant (网上申请5件)."""
    if key != "n.requests_received":
        return False
    i = group.rfind("申请", 0, ns_in_group)
    if i >= 0 and any(group[max(0, i - len(w)):i] == w for w in _fc("share")):
        return True
    # one kind of applicant named before it (收到自然人提出的…申请10件); all kinds together are
    # the total (公民、法人或其他组织提出的…)
    head = group[:i if i >= 0 else ns_in_group].replace("法人或其他组织", "法人")
    kinds = {r for w, r in _fc("applicant").items() if w in head}
    return len(kinds) == 1


def _carried(text: str, key: str, group: str, e: int, se: int) -> bool:
    """Whether the application count (its phrase ``group``, ending at ``e``) includes last
    year's carried-over ones: said in its own phrase (申请（含上年结转）47件) or right after it
    (，其中上年结转3件 / ，其中1件为上年结转); a carried-over count of 0 leaves it the new ones."""
    if key != "n.requests_received" or any(w in group for w in _fc("new")):
        return False
    carried, includes = _fc("carried"), _fc("includes")
    for x in includes:
        i = group.find(x)
        if i >= 0 and any(w in group[i:] for w in carried):
            return True
    after = text[e:se]
    # a breakdown in brackets right after it with carried-over ones in it (（上年结转3件，新收42件）)
    paren = re.match(r"[ \u3000]*[（(]([^）)]*)[）)]", after)
    if paren:
        # (…a change from last year in it is no breakdown: 申请5件（较上年增加2件）)
        inside = re.sub(rf"(?:{'|'.join(_fc('compared'))})[^{CLAUSE_ENDS}]{{0,4}}?(?:{'|'.join(_fc('change'))})"
                        rf"[^{CLAUSE_ENDS}]*", "", paren.group(1))
        # (…one that leaves the carried-over ones out is no breakdown either: 27件（不含上年结转2件）,
        # （上年结转2件未计入）, （另有上年结转2件）)
        if any(w in inside for w in _fc("excludes")) and any(w in inside for w in carried):
            return False
        for w in carried:
            i = inside.find(w)
            if i >= 0 and not re.match(r"[至到入]?下", inside[i + len(w):]):
                m = re.search(r"\d+|[零〇]", inside[i + len(w):])
                return not (m and parse_count(m.group()) == 0 and not re.search(r"\d", inside[:i]))
    # a breakdown into new and carried-over ones follows (其中新收22件，上年结转3件): the new
    # ones are the year's count, this one is not
    for x in includes:
        i = after.find(x)
        if i >= 0 and any(w in after[i:] for w in _fc("new")) and any(w in after[i:] for w in carried):
            return True
    for w in carried:
        i = after.find(w)
        if i < 0 or re.match(r"[至到入]?下", after[i + len(w):]):
            continue   # 结转至下年度: carried forward out of this year, no carried-over one
        pre = after[:i]
        at = max(pre.rfind(x) for x in includes)
        if at < 0 or any(x in pre[max(0, at - 1):] for x in _fc("excludes")):
            continue   # (不含上年结转的2件: left out, the count is the new ones)
        own = pre[at:]   # from 其中/含 to the carried-over words
        if re.search(rf"[{CLAUSE_ENDS}]", own) or re.search(r"\d", pre[:at]):
            continue   # said of another count (，答复38件（含上年度结转2件）)
        for x in sorted(carried, key=len, reverse=True):
            own = own.replace(x, "")   # (上一年度 holds no count)
        nums = re.findall(r"\d+|[零〇一二两三四五六七八九十]+", own)
        if not nums:
            # 其中上年结转N件: said of this count; none carried over (0件) leaves it the new ones
            m = re.match(rf"[^{CLAUSE_ENDS}\d]{{0,6}}?(\d+|[零〇])", after[i + len(w):])
            return not (m and parse_count(m.group(1)) == 0)
        if len(nums) == 1:
            return parse_count(nums[0]) != 0   # 其中1件为上年结转
    return False


def _other_year(clause: str) -> bool:
    """Whether a count's clause (up to the count) speaks of another year: it opens with one
    (上年度共受理…, 去年…) or compares with one (2021年同期…); carried-over ones (上年结转) are not."""
    head = clause[_TIME_OPENER.match(clause).end():]
    return any(head.startswith(w) and not re.match(r"[度的]?结转", head[len(w):]) for w in _fc("other_year")) \
        or any(w in clause for w in _fc("other_period"))


def _another_year(text: str, ss: int, cs: int, upto: int, year: int | None) -> bool:
    """Whether the clause up to a count (or, naming none, its sentence's opening) names years, none
    of them the report's (2021年同期…, 2021年，我局…); years inside a title (《2021年…要点》) do not
    count. Unknown when the report's year is."""
    if not year:
        return False
    years = re.findall(r"((?:19|20)\d\d)[ \u3000]*年", re.sub(r"《[^》]*》", "", text[cs:upto]))
    if not years:
        opening = re.match(r"[ \t\u3000]*((?:19|20)\d\d)[ \u3000]*年", text[ss:cs])
        years = [opening.group(1)] if opening else []
    return bool(years) and all(int(y) != year for y in years)


def _not_a_count(text: str, key: str, ms: int, ns: int, not_wechat: list[str], cs: int | None = None) -> bool:
    """Whether the number at ``ns`` (its phrase from ``ms``) is no count of ``key``: an
    approximate or ordinal number, a rate, a change from last year, applications counted with other things, the
    outcomes of cases, a blank total, or a WeChat cue reaching it past another channel."""
    phrase = text[ms:ns]
    if any(text[max(0, ns - len(w)):ns] == w for w in cue("approx_before")):
        return True
    if text[max(0, ns - 1):ns] == "第":
        return True  # an ordinal (第二十条), not a count
    if any(w in phrase for w in _fc("rate")):
        return True  # a rate or a share (纠错率为0), no count
    if re.search(rf"(?:{'|'.join(_fc('compared'))})[^{CLAUSE_ENDS}]{{0,8}}?(?:{'|'.join(_fc('change'))})了?$", phrase):
        return True  # a difference from last year (较上年增加7件), no count
    clause = text[ms if cs is None else min(cs, ms):ns]
    if re.search(rf"(?:{'|'.join(_fc('compared'))})(?:[^{CLAUSE_ENDS}]{{0,2}}?)(?:{'|'.join(_fc('change'))})", clause):
        return True  # the change said before its verb (比上年多受理…申请9件)
    head = clause[_TIME_OPENER.match(clause).end():]
    if any(head.startswith(w) for w in _fc("change")) and cs is not None \
            and re.search(rf"(?:{'|'.join(_fc('compared'))})[^{CLAUSE_ENDS}]{{0,6}}[，,]?[ \u3000]*$", text[max(0, cs - 12):cs]):
        return True  # the change opens the clause after the comparison (与上年相比，减少受理…4件)
    if any(w in re.sub(r"(?:指导|帮助|协助|督促)下", "", clause) for w in _fc("others_verb")):
        return True  # other bodies' count the organ guides (指导各村公开村务信息37条; 在…指导下 is its own)
    if _other_year(clause):
        return True  # last year's count (上年度共受理…, 2021年同期…)
    if key == "n.requests_received" and any(phrase[:phrase.rfind("申请")].endswith(w) for w in _fc("other_application")):
        return True  # applications of another kind (行政许可申请, 12345热线转办申请)
    if key == "n.requests_received" and any(w in re.sub(r"(?:不含|不包括|除)[^，。；）)]*", "", phrase)
                                            for w in _fc("combined")):
        return True  # applications counted together with inquiries or complaints
    if key in ("n.review_cases", "n.litigation_cases") and any(w in phrase for w in _fc("outcome")):
        return True  # the cases' outcomes (结果维持2件), not how many there were
    if _BLANK.search(phrase):
        return True  # a blank total: the unit stands where its count was left out
    return key == "n.wechat_posts" and any(w in phrase for w in not_wechat)  # past another channel
