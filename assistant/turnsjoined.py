"""The two answers before combined (family turns_joined): 浏阳市政府2021年收了多少申请 → 2023年呢 →
多了多少 (the two years' difference), 湄潭县政府2022年收到几件申请 → 2025年的呢 → 两年加起来 (their
sum), 宁夏有几份报告 → 青海的呢 → 两个省加起来收到多少申请 (the two places together).

The words are lexicons/question_turns_joined.tsv (the sum words: question_sum_words.tsv role turns). ``joined_context(question, history, organs)``:
when ``question`` says a sum of the two scopes asked before (a ``both`` word with a ``sum`` word:
两个省加起来), or a difference (多了多少, 少了几件, 差多少) of the two years of one question asked
before, and names no scope of its own, the plan of the last answer with the two scopes joined
(years, places, organs or levels: the one they differ in) — a difference of two years as the
rule year_difference reads it (its sign following the word) — for the question to follow up;
else None. What was joined is said in the first line (``QueryPlan.joined``, moved to the notes
by ``joined_said``). ``joined_values``: a difference of two places' or two organs' values
(宁夏收到多少申请 → 青海呢 → 差多少), said from the two answers. ``against_year``: 比2021年多了多少
right after one organ's figure of one year, that year's against the year said."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexwords import alternation
from .queryplan import SCOPE_GIVEN, QueryPlan, years_text
from .sumwords import alternation as sum_words
from .words import num_text

_LEX = "question_turns_joined"
_ROLES = ("sum", "more", "less", "gap")


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    # the sum words are lexicons/question_sum_words.tsv's (role turns)
    return re.compile("|".join(f"(?P<{r}>{sum_words('turns') if r == 'sum' else alternation(_LEX, r)})"
                               for r in ("both", *_ROLES)))


def _said(question: str) -> tuple[str | None, bool]:
    """The combining role said in ``question`` (sum, more, less, gap) and whether the two
    scopes are said together (两年, 两个省)."""
    role, both = None, False
    for m in _words().finditer(question):
        if m.lastgroup == "both":
            both = True
        elif role is None:
            role = m.lastgroup
    return role, both


def _scopes(p: QueryPlan) -> dict:
    return {"years": tuple(p.years), "region": (p.region, tuple(p.also_regions)),
            "organs": tuple(sorted(set(p.organ_ids))), "levels": tuple(p.levels)}


def _place_names(p: QueryPlan) -> list[str]:
    return [r[1] for r in (p.region, *p.also_regions) if r]


def joined_context(question: str, history: list, organs) -> QueryPlan | None:
    role, both = _said(question)
    if role is None or (role == "sum" and not both) or len(history) < 2:
        return None
    a1, a2 = history[-2], history[-1]
    if not (a1.understood and a2.understood and a1.plan is not None and a2.plan is not None):
        return None
    p1, p2 = a1.plan, a2.plan
    from .plan import parse
    own = parse(question, organs)
    if SCOPE_GIVEN & set(own.given) or own.yoy or own.year_diff:
        return None   # 浙江和福建加起来 / 比上一年少了几件: a scope or a comparison of its own
    s1, s2 = _scopes(p1), _scopes(p2)
    differ = [k for k in s1 if s1[k] != s2[k]]
    if len(differ) != 1 or p1.region_not or p2.region_not:
        return None
    dim = differ[0]
    said = "".join(m.group(0) for m in _words().finditer(question))
    if role == "sum":
        out = _union(p1, p2, dim)
        what = {"years": "年份 " + years_text(out.years),
                "region": "地区 " + "、".join(_place_names(out)),
                "organs": "机关 " + "、".join(out.organ_names),
                "levels": "层级 两问的层级"}[dim]
        out.joined = f"“{said}”按前两问的范围合起来：{what}"
    else:
        # a difference: of one question's two years (each turn one year, the same figure)
        if dim != "years" or len(p1.years) != 1 or len(p2.years) != 1 or p1.metric != p2.metric \
                or p2.kind != "figure" or not p2.metric or (own.metric and own.metric != p2.metric):
            return None
        y1, y2 = p2.years[0], p1.years[0]   # the later turn's year against the earlier's
        out = replace(p2, years=tuple(sorted({y1, y2})), year_diff=(y1, y2), year_gap=role == "gap",
                      year_less=role == "less", agg=None, top=None, listing=False)
        word = {"more": "多多少", "less": "少多少", "gap": "相差多少"}[role]
        out.joined = f"“{said}”按前两问的两个年份相比：{y1}年比{y2}年{word}"
    out.given = tuple(dict.fromkeys(out.given + ({"years": "years", "region": "region",
                                                   "organs": "organ_ids", "levels": "levels"}[dim],)))
    out.rules = out.rules_plus("turns_joined")
    return out


def _union(p1: QueryPlan, p2: QueryPlan, dim: str) -> QueryPlan:
    """The later plan with its scope of ``dim`` joined to the earlier's."""
    if dim == "years":
        return replace(p2, years=tuple(sorted({*p1.years, *p2.years})))
    if dim == "region":
        places = tuple(dict.fromkeys(r for r in (p1.region, *p1.also_regions, p2.region, *p2.also_regions) if r))
        return replace(p2, region=places[0], also_regions=places[1:])
    if dim == "organs":
        return replace(p2, organ_ids=tuple(sorted({*p1.organ_ids, *p2.organ_ids})),
                       organ_names=tuple(dict.fromkeys((*p1.organ_names, *p2.organ_names))))
    return replace(p2, levels=tuple(dict.fromkeys((*p1.levels, *p2.levels))))


@lru_cache(maxsize=1)
def _both() -> re.Pattern:
    return re.compile(alternation(_LEX, "both"))


def read_both(t) -> None:
    """两个省 / 两年 of a question following a joined context: read (the scopes joined), taken
    from ``t`` (an ``words.Text``)."""
    for m in list(_both().finditer(t.s)):
        t.take(m.start(), m.end())


def joined_said(p: QueryPlan, context: QueryPlan) -> QueryPlan:
    """A follow-up of a joined context: what was joined said in its notes (once: the plan
    keeps no ``joined`` for the turn after)."""
    if not context.joined:
        return p
    if p.followup:
        p = replace(p, notes=(*p.notes, context.joined), rules=p.rules_plus("turns_joined"))
    return replace(p, joined="")


def _scope_name(p: QueryPlan) -> str:
    """The scope of one answer before, as said (湄潭县政府2022年 / 宁夏回族自治区)."""
    who = "、".join(p.organ_names) or "、".join(_place_names(p)) or "全部报告"
    return who + (years_text(p.years) + "年" if p.years else "")


_AGAINST_FIRST = re.compile(r"^\s*(?:那|那么)?\s*(?:比|较|跟|和|与|同)")
# 吉林省政府办公厅比它多了多少: one of the two answers before, said first, against the other
_SUBJECT_AGAINST_IT = re.compile(r"^\s*(?:那|那么)?[^比较跟和与同，,？?]{2,}?(?:比|较|跟|和|与|同)\s*"
                                 r"(?:它|他|她|这个|那个|这家|那家|前者|后者|前一个|后一个)")


def _named_against(own: QueryPlan, s1: dict, s2: dict) -> int | None:
    """Which of the two answers before (1, 2) the question names as the one compared against,
    by its organs or its place alone (比吉林省政府办公厅少了多少), else None."""
    if not set(own.given) & SCOPE_GIVEN or set(own.given) & (SCOPE_GIVEN - {"organ_ids", "region"}):
        return None
    mine = _scopes(own)
    for no, s in ((1, s1), (2, s2)):
        if (mine["organs"] and mine["organs"] == s["organs"]) or (own.region and mine["region"] == s["region"]
                                                                   and not mine["organs"]):
            return no
    return None


def joined_values(question: str, history: list, organs):
    """差多少 / 多了多少 after two answers of one figure, each one value, of two places or two
    organs (宁夏收到多少申请 → 青海呢 → 差多少; 比宁夏少了多少: the one named is compared against):
    the difference of the two values said, as an ``Answer`` (a difference of two years is
    ``joined_context``'s); else None."""
    role, _ = _said(question)
    if role not in ("more", "less", "gap") or len(history) < 2:
        return None
    a1, a2 = history[-2], history[-1]
    if not (a1.understood and a2.understood and a1.plan is not None and a2.plan is not None):
        return None
    p1, p2 = a1.plan, a2.plan
    if "turns_joined" in p1.rules or "turns_joined" in p2.rules:
        return None   # a difference or a sum said before: no value of one scope
    numbers = all(isinstance(a.value, (int, float)) and not isinstance(a.value, bool) for a in (a1, a2))
    if not numbers or p2.kind != "figure" or not p2.metric or p1.metric != p2.metric \
            or p1.agg != p2.agg or p1.listing or p2.listing:
        return None
    from .plan import parse
    own = parse(question, organs)
    s1, s2 = _scopes(p1), _scopes(p2)
    named = _named_against(own, s1, s2) if _AGAINST_FIRST.match(question) else None
    # 比吉林省政府办公厅少了多少: the one compared against
    if named == 2:   # 比青海的多了多少 after 青海 then 吉林 asked: the other against it
        a1, a2, p1, p2, s1, s2 = a2, a1, p2, p1, s2, s1
    subject = _named_against(own, s1, s2) if named is None and _SUBJECT_AGAINST_IT.match(question) else None
    if subject == 1:   # 吉林…比它多了多少 after 吉林 then 青海 asked: 吉林 against the other
        a1, a2, p1, p2, s1, s2 = a2, a1, p2, p1, s2, s1
    named = named or subject
    if (SCOPE_GIVEN & set(own.given) and not named) or own.yoy or own.year_diff \
            or (own.metric and own.metric != p2.metric):
        return None
    differ = [k for k in s1 if s1[k] != s2[k]]
    if not differ or "years" in differ and len(differ) == 1:
        return None   # the same scope, or two years: joined_context's
    from . import vocab
    from .result import Answer
    v1, v2 = a1.value, a2.value
    value = abs(v2 - v1) if role == "gap" else v1 - v2 if role == "less" else v2 - v1
    m = vocab.metric(p2.metric)
    n1, n2 = _scope_name(p1), _scope_name(p2)
    word = "多" if v2 >= v1 else "少"
    said = "".join(x.group(0) for x in _words().finditer(question))
    fmt = lambda v: f"{num_text(v)}{m.unit}"
    asked_other = (role == "less" and v2 > v1) or (role == "more" and v2 < v1)
    text = (f"{n2}{m.label}比{n1}{word}{fmt(abs(v2 - v1))}（{n2}{fmt(v2)}，{n1}{fmt(v1)}，"
            f"即前两问的答案）。" + (f"问的是{'少' if role == 'less' else '多'}多少，实际是{word}，差值记为"
                           f"{fmt(value)}。" if asked_other else ""))
    plan = replace(p2, notes=(f"“{said}”按前两问的答案相比：{n2}与{n1}",), unread=(), doubts=(),
                   joined="", followup=True)
    plan.rules = plan.rules_plus("turns_joined")
    return Answer(question=question, text=text, understood=True, plan=plan, value=value,
                  reports=[*a1.reports, *a2.reports], report_ids=[*a1.report_ids, *a2.report_ids])


@lru_cache(maxsize=1)
def _against() -> re.Pattern:
    from .planyears import DIFF_YEAR, DIFF_WORD
    # 比2021年多了多少 / 跟2021年比，少了几件 / 和2021年相比少了多少
    said = (r"(?:(?:比|较)\s*" + DIFF_YEAR + r"\s*年?度?(?:的)?(?:相比较?|比较|对比)?"
            r"|(?:跟|和|与|同)\s*" + DIFF_YEAR + r"\s*年?度?(?:的)?(?:相比较?|比较|对比|比))")
    # 25年的呢？比22年多了多少 / 2023年的，和2021年比差多少: the year switched to said first
    now = (r"(?:(?:那|那么)?(?P<now>" + DIFF_YEAR.replace("(", "(?:", 1) + r")\s*年?度?(?:的)?(?:呢|那)?"
           r"[？?，,。\s]*)?")
    return re.compile(r"^" + now + r"(?:那|那么)?" + said + r"[，,]?[^？?。，,\d]{0,8}?" + DIFF_WORD
                      + r"[^？?。，,\d]{0,4}[？?。!！]*$")


def against_year(prev: QueryPlan, q: str) -> QueryPlan | None:
    """比2021年多了多少 right after one organ's figure of one year (浏阳市政府2021年收了多少申请 →
    2023年呢 → 比2021年多了多少; or the year switched to said first, 25年的呢？比22年多了多少): that
    year's value against the year said (rule year_difference,
    its sign by the word); else None."""
    m = _against().match(q)
    if not m or prev.kind != "figure" or not prev.metric or len(prev.years) != 1 \
            or len(set(prev.organ_ids)) != 1 or prev.agg or prev.top or prev.listing:
        return None
    from .planyears import LESS_WORDS, full_year
    y1 = full_year(m.group("now")) if m.group("now") else prev.years[0]
    now_at = m.re.groupindex["now"]
    y2 = full_year(next(g for i, g in enumerate(m.groups(), 1) if i != now_at and g and g.isdigit()))
    if y1 == y2:
        return None
    out = replace(prev, years=tuple(sorted({y1, y2})), year_diff=(y1, y2), year_gap=False,
                  year_less=m.group("dir") in LESS_WORDS, followup=True, unread=(), doubts=(), residue="")
    out.given = tuple(dict.fromkeys(prev.given + ("years", "year_diff")))
    out.notes = (f"按上一问的{y1}年与{y2}年相比",)
    out.rules = prev.rules_plus("followup", "year_difference")
    return out


_BREAK = re.compile(r"[？?，,。；;！!]")


def difference_after(question: str) -> tuple[str, str] | None:
    """青海省政府办公厅呢？差多少 (two questions in one turn: another scope, then the difference
    of the two answers): the question before the difference and the difference asked, when the
    last clause asks only a difference (差多少, 多了多少) and the clause before none; else None."""
    cuts = [m.end() for m in _BREAK.finditer(question.rstrip("？?。！! "))]
    if not cuts:
        return None
    head, tail = question[:cuts[-1]].strip(), question[cuts[-1]:].strip()
    bare = head.rstrip("？?，,。；;！! ")
    if not (bare.endswith("呢") or head[-1] in "？?") or "比" in head:
        return None   # 跟2021年比，少了几件: one question, its comparison said first
    role, _ = _said(tail)
    if role not in ("more", "less", "gap") or _said(head)[0] is not None or not head.rstrip("？?，,。；;！! "):
        return None
    from .plan import parse
    own = parse(tail, None)
    if SCOPE_GIVEN & set(own.given) or own.metric or own.yoy or own.year_diff:
        return None   # 比2021年多了多少 / 申请差多少: a comparison of its own
    return head, tail


def difference_untold(question: str, against_it: bool = False) -> str | None:
    """The difference word of ``question`` when it asks one (差多少 / 多了多少; with
    ``against_it``, only against an answer before: 吉林比它多了多少), for an answer that could
    not compute it to say so; else None."""
    role, _ = _said(question)
    if role not in ("more", "less", "gap") or (against_it and not _SUBJECT_AGAINST_IT.match(question)):
        return None
    return next(m.group(0) for m in _words().finditer(question) if m.lastgroup == role)
