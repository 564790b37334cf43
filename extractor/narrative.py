"""Facts and narrative figures from the prose.

Facts: the responsible official (a post), the responsible office, the channels the organ
publishes through (canonical values), and the problems and remedies of section 五, one item
each. Figures: the ``n.*`` counts the prose states. All vocabulary comes from
``lexicons/`` (posts, offices, channels, cues, figures); this module holds only structure.
Every fact and figure carries a span into ``doc.text`` over its text / raw.

The facts are found by spaCy (``nlp.facts_nlp()``): the lexicons' terms are the SpanRuler's
spans over a character Doc, and the ``*_step`` functions below are its registered components
(officials, offices, channels, section 五), each adding labelled spans to
``doc.spans["facts"]``; ``extract_narrative`` reads them back as record facts.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache

from . import nlp
from .document import Document
from .labels import written_span
from .lexicon import load
from .narrative_channels import channels, channels_in
from .narrative_figures import figures
from .narrative_items import problems_and_remedies, unnumbered_section5
from .narrative_lex import (CLAUSE_END, HAN, SENT_END, STRIP, LexiconValueError, bounds, channel_table,
                            cue, fact, unwrapped)
from .record import Fact, Figure
from .sections import Section, find_sections

_STRIP = STRIP
_SENT_END, _CLAUSE_END, _HAN, _bounds = SENT_END, CLAUSE_END, HAN, bounds

__all__ = ["LexiconValueError", "channel_table", "channels", "cue", "extract_narrative", "figures",
           "problems_and_remedies", "responsible"]


# ---------------------------------------------------------------- lexicons
@lru_cache(maxsize=1)
def _patterns():
    sufs = sorted((r["suffix"] for r in load("offices", required=("suffix",), unique=("suffix",))),
                  key=len, reverse=True)
    suf_alt = "|".join(map(re.escape, sufs))
    office_cues = "|".join(re.escape(c) for c in sorted(cue("office"), key=len, reverse=True))
    seat = "|".join(re.escape(c) for c in sorted(cue("office_seat"), key=len, reverse=True))
    # the group's office sits in another office: 领导小组办公室设在党政办公室
    # …or the disclosure work's body sits in it: 工作机构设在综合科, 日常办事机构设于党政办
    # …or is named as that body: 工作机构为区政府办公室
    roles = "|".join(re.escape(c) for c in sorted(cue("office_role"), key=len, reverse=True))
    # …or fills the field of that body (具体负责科室：办公室)
    field = rf"|(?:{roles})[：:]" if roles else ""
    seated = re.compile(rf"(?:下设办公室[，,]?(?:{seat}|在)|办公室[（(]?(?:{seat})|(?:工作|日常|办事|日常办事|日常工作)机构(?:{seat})"
                        rf"|(?:工作|办事)机构(?:为|是){field})"
                        rf"(?P<office>[{_HAN}]{{0,10}}?(?:{suf_alt}))") if seat else None
    # the office named as the work's body: 党政办作为…的具体承办机构, 办公室是…的工作机构
    role = re.compile(rf"(?P<office>[{_HAN}]{{0,8}}?(?:{suf_alt}))(?:作为|为|是)[^，。；;,\n]{{0,16}}?(?:{roles})") \
        if roles else None
    # the group's own office, not seated anywhere, doing the work: 下设办公室，负责日常工作
    own = re.compile(rf"下设(?P<office>办公室)[，,]?(?:具体|主要|统一)?(?:{office_cues})")
    return seated, re.compile(rf"(?:{suf_alt})$"), role, own


# ---------------------------------------------------------------- helpers
def _region_before(sections: list[Section], number: int, text: str) -> int:
    for s in sections:
        if s.number >= number and s.number != 1:
            return s.start
    return len(text)


_fact = fact


def _says_work(piece: str) -> bool:
    return any(w in piece for w in cue("disclosure_word"))


def _about_disclosure(text: str, s: int, e: int) -> bool:
    """The sentence around [s, e) is about disclosure work: it says 公开 (or another
    ``disclosure_word`` cue: 政府信息, 《条例》), or the sentence
    before it on the same line does (一是完善信息公开机制。建立“主要领导负总责…”的工作体系),
    or the heading line right above its paragraph does."""
    ss, se = _bounds(text, s, e, _SENT_END)
    if _says_work(text[ss:se]):
        return True
    # …or it opens with a heading over the work and a colon ((五)监督保障情况：局长负总责…)
    label = re.match(r"[^：:\n]{1,30}[：:]", text[ss:se])
    if label and _work_heading(label.group(0), ss == 0 or text[ss - 1] == "\n"):
        return True
    # …or the sentence after it on the same line does (…负总责，分管副镇长具体负责。全年公开…)
    if se < len(text) and text[se] != "\n":
        _, ne = _bounds(text, se + 1, se + 1, _SENT_END)
        if _says_work(text[se:ne]):
            return True
    if ss > 0 and text[ss - 1] != "\n":
        ps, _ = _bounds(text, ss - 1, ss - 1, _SENT_END)
        # …or it is a run-in heading over the report's work ((四)监督保障。分管副局长具体负责…)
        return _says_work(text[ps:ss]) or _work_heading(text[ps:ss], ps == 0 or text[ps - 1] == "\n")
    # …or the sentence opens a paragraph under a heading that says it ((一)政务公开组织领导)
    if ss > 0:
        hs = text.rfind("\n", 0, ss - 1) + 1
        heading = text[hs:ss - 1].strip()
        return 0 < len(heading) <= 30 and (_says_work(heading) or _work_heading(heading, True))
    return False


def _work_heading(piece: str, at_line_start: bool) -> bool:
    """``piece`` is a heading over the report's own work (``work_heading`` cues): a line of its
    own, or a run-in heading opening a line ((四)监督保障。), 30 characters at most."""
    piece = piece.strip()
    return at_line_start and 0 < len(piece) <= 30 and any(w in piece for w in cue("work_heading"))


# ---------------------------------------------------------------- officials and offices
def _posts(doc, end: int, start: int = 0) -> list[tuple[int, int]]:
    """The posts (posts.tsv) before ``end``, each with a ``post_prefix`` cue right before it
    (分管副局长, 常务副县长): leftmost first, the longest at a place."""
    posts = nlp.hits(doc, "post", start, end)
    prefixes: dict[int, int] = {}  # end -> the earliest start of a prefix ending there
    for sp in doc.spans.get(nlp.LEXICON, ()):  # every prefix, overlapping ones too
        if sp.label_ == "cue:post_prefix" and sp.end_char <= end:
            prefixes[sp.end_char] = min(prefixes.get(sp.end_char, sp.start_char), sp.start_char)
    cands = sorted({(prefixes.get(s, s), e) for s, e, _ in posts} | {(s, e) for s, e, _ in posts},
                   key=lambda c: (c[0], -c[1]))
    out, last = [], -1
    for s, e in cands:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def _of_other_units(doc, text: str, cs: int, s: int) -> bool:
    """The post at ``s`` belongs to every unit of a kind (各分管领导, 各科室主要负责人,
    村（社区）负责人): 各 or an ``other_unit`` cue right before it, past a bracket."""
    before = re.sub(r"[（(][^（()）]{0,6}[）)]$", "", text[cs:s])
    at = cs + len(before)
    # …or the clause's subject is every unit of a kind (各乡镇（街道）、县级部门明确分管领导)
    ws = max(text.rfind(c, 0, s) for c in _CLAUSE_END) + 1
    return before.endswith("各") or text[ws:s].lstrip().startswith("各") \
        or any(e == at for _, e, _ in nlp.terms(doc, "cue:other_unit", cs, at))


def _officials(doc, end: int, start: int = 0) -> list[Fact]:
    text = nlp.text_of(doc)
    facts, seen = [], set()
    for s, e in _posts(doc, end, start):
        post = text[s:e]
        if not _about_disclosure(text, s, e):
            continue
        cs, ce = _bounds(text, s, e, _CLAUSE_END + "、")
        # the cues are looked for around the post, never inside it (分管领导审定 has no cue),
        # nor inside a word that only holds one (科室负责人组成: 负责人 is no 负责)
        avoid = [(s, e)] + [(a, b) for a, b, _ in nlp.terms(doc, "cue:official_except", cs, ce)]

        def said(role: str, a: int = cs, b: int = ce) -> bool:
            return nlp.has_term(doc, f"cue:{role}", a, b, avoid)

        if said("not_charge"):
            continue
        # a meeting, mailbox or hotline named after a post (局长办公会, 县长信箱) is no person
        if any(a == e for a, _, _ in nlp.terms(doc, "cue:post_thing", e, e + 8)):
            continue
        # each unit's or village's head, not the organ's (各村（社区）主要负责人负责…)
        if _of_other_units(doc, text, cs, s):
            continue
        # the cue must be in this clause, or the clause is one item of a 、-list whose
        # clause carries it (以党委书记为组长、分管领导为副组长)
        wide_s, wide_e = _bounds(text, s, e, _CLAUSE_END)
        # …or the post heads a 、-list whose last item carries it (党组书记、局长全面领导)
        listed = text[e:e + 1] == "、" and said("official", e, wide_e)
        if listed and said("not_charge", e, wide_e):
            continue  # …whose last item is no charge (工委副书记、办事处主任负责全面工作)
        # a cue of role official_of_work counts only with 公开 in the clause (局长为政务公开第一
        # 责任人; not 局长为保密审查第一责任人)
        named = said("official") or "公开" in text[cs:ce] and said("official_of_work")
        # …or the post fills a field naming the role (分管领导：副局长张某; 第一责任人：局长)
        named = named or cs > 0 and text[cs - 1] in "：:" and text[:cs - 1].endswith(cue("official_field"))
        if not named and said("official_of_work"):
            # …or the sentence, or the one before it on its line, names the work (认真落实政府
            # 信息公开各项要求。乡党委副书记、乡长为第一责任人; …为政务公开第一责任人，分管副局长
            # 为直接责任人)
            named = _about_disclosure(text, s, e)
        if not named and not listed and \
                "组长" not in text[wide_s:s] + text[e:wide_e]:
            continue
        # a role word restated by the post after it (主要负责同志即区长) is no second official
        if post.endswith(cue("role_post")) and text.startswith(cue("apposition"), e):
            continue
        # a role word naming the post before it (确定副局长为…分管领导) is no second official
        if post in cue("role_post") and any(
                f.span[1] <= s and f.span[0] >= wide_s
                and re.fullmatch(r"为[^、，,；;组]{0,20}", text[f.span[1]:s]) for f in facts):
            continue
        if post not in seen:
            seen.add(post)
            facts.append(_fact("responsible_official", text, s, e, post))
    return facts


_FILLERS = ("具体", "主要", "共同", "统一", "主动")
# staffing said between an office and its cue (党政办配备专人负责, 党政办公室明确1名工作人员具体负责)
_STAFFED = re.compile(r"(?:明确|安排|配备|指定|确定)(?:[0-9０-９一二两三]+名)?(?:专职|兼职)?"
                      r"(?:工作人员|人员|信息员|专人|干部|同志)?(?:具体|专门)?$")
_ACTING = re.compile(rf"代表[{HAN}]{{1,8}}$")
_HAN_RX = re.compile(f"[{HAN}]")


def _named_offices(doc, end: int, start: int = 0) -> list[tuple[int, int]]:
    """Office names standing right before an ``office`` cue (a ``cue:office`` span): the name
    ends in an ``office_suffix`` span, maybe with its other name in brackets (办公室（政务公开
    科）) and a filler word (具体, 统一 …) before the cue, and starts at most 12 Han characters
    before the suffix (the words before it are trimmed later)."""
    text = nlp.text_of(doc)
    suffix_at: dict[int, int] = {}  # end -> start of the longest office suffix ending there
    for sp in doc.spans.get(nlp.LEXICON, ()):
        if sp.label_ == "office_suffix" and sp.end_char <= end:
            suffix_at[sp.end_char] = min(suffix_at.get(sp.end_char, sp.start_char), sp.start_char)
    seats = cue("office_seat")
    out, last = [], 0
    for c, ce, _ in nlp.hits(doc, "cue:office", start, end):
        if c < last:
            continue
        ks = [c - 2] if text[max(0, c - 2):c] in _FILLERS else []
        staffed = _STAFFED.search(text, max(0, c - 16), c)
        ks += [staffed.start()] if staffed and staffed.start() < c else []
        # …or acting for the organ (区政府办公室代表区政府统筹推进…)
        acting = _ACTING.search(text, max(0, c - 12), c)
        ks += [acting.start()] if acting else []
        for k in ks + [c]:
            b = k
            if k > 0 and text[k - 1] in "）)":  # its other name in brackets
                o = max(text.rfind("（", max(0, k - 12), k), text.rfind("(", max(0, k - 12), k))
                inner = text[o + 1:k - 1] if o >= 0 else ""
                if 1 <= len(inner) <= 10 and all(_HAN_RX.match(ch) for ch in inner) \
                        and not inner.startswith(seats):
                    b = o
            if b not in suffix_at or suffix_at[b] < last:
                continue
            a = suffix_at[b]
            while a > last and a > suffix_at[b] - 12 and _HAN_RX.match(text[a - 1]):
                a -= 1
            out.append((a, k))
            last = ce
            break
    return out


def _offices(doc, end: int, start: int = 0) -> list[Fact]:
    text = nlp.text_of(doc)
    seated, ends_as_office, role, own = _patterns()
    facts, seen, taken = [], set(), []
    seats = []
    if seated:
        for m in seated.finditer(text, start, end):
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se] or "领导小组" in text[ss:se]:
                seats.append(m.span("office"))
    if role:
        for m in role.finditer(text, start, end):
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se]:
                seats.append(m.span("office"))
    seats = [(_after_leads(text, a, b), _office_end(text, a, b, ends_as_office)) for a, b in seats]
    if not seats:
        for m in own.finditer(text, start, end):
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se]:
                seats.append(m.span("office"))
                break
    for a, b in seats:
        if text[a:b] not in seen:
            seen.add(text[a:b])
            facts.append(_fact("responsible_office", text, a, b, text[a:b]))
    for s, e in _named_offices(doc, end, start):
        if not _about_disclosure(text, s, e):
            continue
        # the office name starts after the clause's separator (由/，/、 …)
        name_s = s
        for k in range(e - 1, s - 1, -1):
            if text[k] in "由和及与并的在将时是还均也即则":
                name_s = k + 1
                break
        names = [(name_s, e)]
        # a 、-list of offices before it (预算科、国库科、信息科共同负责); every item is an office
        k = name_s
        while k > 0 and text[k - 1] == "、":
            m2 = re.search(rf"[{_HAN}]{{1,8}}$", text[max(0, k - 9):k - 1])
            if not m2 or not ends_as_office.search(m2.group()):
                break
            ps = k - 1 - len(m2.group())
            names.insert(0, (ps, k - 1))
            k = ps
        for a, b in names:
            val = text[a:b]
            a = _after_leads(text, a, b)
            val = text[a:b]
            if _overlaps(taken, a, b):
                continue
            insort(taken, (a, b))
            # the group's own 办公室 stands for the office it sits in (办公室设在党政办)
            if len(val) < 2 or val in seen or (seats and val == "办公室"):
                continue
            # a kind of unit, not one (各科室负责…, 科室负责人初审)
            if val.startswith("各") or any(val.endswith(w) for w in cue("not_office")):
                continue
            seen.add(val)
            facts.append(_fact("responsible_office", text, a, b, val))
    return facts


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps a span of ``taken`` (sorted, never overlapping each other)."""
    k = bisect_left(taken, (a, b))
    return any(fa < b and a < fb for fa, fb in taken[max(0, k - 1):k + 1])


def _office_end(text: str, a: int, b: int, ends_as_office) -> int:
    """The end of the longest office name starting at ``a`` (设在党政办公室: not 党政办)."""
    for k in (3, 2, 1):
        if b + k <= len(text) and re.fullmatch(rf"[{_HAN}]+", text[b:b + k]) \
                and ends_as_office.search(text[a:b + k]):
            return b + k
    return b


@lru_cache(maxsize=1)
def _leads() -> tuple[str, ...]:
    return tuple(sorted(cue("office_lead"), key=len, reverse=True))


def _after_leads(text: str, a: int, b: int) -> int:
    """Where an office name starts once the words before it are dropped (我乡安排党政办 -> 党政办)."""
    leads = _leads()
    stripped = True
    while stripped:
        stripped = False
        for lead in leads:
            if text.startswith(lead, a) and b - a - len(lead) >= 2:
                a, stripped = a + len(lead), True
                break
    return a


def responsible(text: str, end: int) -> list[Fact]:
    """The leader in charge and the office doing the work, from the text before ``end``."""
    doc = nlp.lexicon_doc(text)
    return _officials(doc, end) + _offices(doc, end)


# ---------------------------------------------------------------- the steps (spaCy components)
def _put(doc, facts: list[Fact]):
    for f in facts:
        nlp.add_fact(doc, f.kind, f.span[0], f.span[1], f.value)
    return doc


def _by_no(text: str) -> dict[int, Section]:
    return {s.number: s for s in find_sections(text)}


def _charge_ranges(text: str) -> list[tuple[int, int]]:
    """Where the leader in charge and the office doing the work are read: before section 二,
    and in 六 (其他需要报告的事项: 我镇政务公开工作由镇长负总责…), never in 五's plans."""
    sections = find_sections(text)
    ranges = [(0, _region_before(sections, 2, text))]
    six = {s.number: s for s in sections}.get(6)
    if six and six.body_start >= ranges[0][1]:
        ranges.append((six.body_start, six.body_end))
    return ranges


def _once(facts: list[Fact]) -> list[Fact]:
    seen: set[str | None] = set()
    return [f for f in facts if not (f.value in seen or seen.add(f.value))]


def officials_step(doc):
    """Component ``nianbao_officials``: the leader in charge (``_charge_ranges``)."""
    text = nlp.text_of(doc)
    return _put(doc, _once([f for a, b in _charge_ranges(text) for f in _officials(doc, b, a)]))


def offices_step(doc):
    """Component ``nianbao_offices``: the office doing the work (``_charge_ranges``)."""
    text = nlp.text_of(doc)
    return _put(doc, _once([f for a, b in _charge_ranges(text) for f in _offices(doc, b, a)]))


def channels_step(doc):
    """Component ``nianbao_channels``: channels everywhere but section 五 (plans and
    problems) and what follows the prose of 六 (signatures, page chrome)."""
    text = nlp.text_of(doc)
    by_no = _by_no(text)
    s5 = by_no.get(5) or unnumbered_section5(text, list(by_no.values()))
    stop = s5.start if s5 else (by_no[6].start if 6 in by_no else len(text))
    first = by_no[1].start if 1 in by_no and by_no[1].start < stop else 0
    # before 一: the preamble's prose lines, never the page's chrome (政府网站 | 政务微博 …)
    ranges = _prose_lines(text, 0, first) + [(first, stop)]
    if 6 in by_no and by_no[6].start >= stop:
        # 六 tells what else was done (the 2021 template's 政务公开工作要点 …): its prose lines,
        # never the page's chrome after it (中国政府网, 无障碍版: no sentence)
        ranges += _prose_lines(text, by_no[6].body_start, by_no[6].body_end)
    return _put(doc, channels_in(doc, ranges))


def _prose_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of text[a:b] that hold a sentence (punctuation), not a link bar's words."""
    return [(a + m.start(), a + m.end()) for m in re.finditer(r"[^\n]+", text[a:b])
            if re.search(r"[。，,；;]", m.group())]


def section5_step(doc):
    """Component ``nianbao_section5``: the problems and remedies of section 五, one item each."""
    text = nlp.text_of(doc)
    sections = find_sections(text)
    s5 = next((s for s in sections if s.number == 5), None) or unnumbered_section5(text, sections)
    return _put(doc, problems_and_remedies(text, s5) if s5 else [])


# ---------------------------------------------------------------- entry point
def facts_of(sdoc, text: str) -> list[Fact]:
    """The facts of a Doc of ``text`` run through ``nlp.facts_nlp()``, in the steps' order;
    the text as written (traditional characters kept), the value as the steps read it."""
    return [Fact(sp.label_, text[sp.start_char:sp.end_char],
                 _as_written(sp.kb_id_ or None, sp.label_, text[sp.start_char:sp.end_char]),
                 [sp.start_char, sp.end_char]) for sp in sdoc.spans.get(nlp.FACTS, ())]


def _as_written(value: str | None, kind: str, written: str) -> str | None:
    """A post's or an office's value as the report writes it (分管副局長 in a report in
    traditional characters), when the text holds it; channel values are the contract's codes."""
    span = None if not value or kind == "channel" else written_span(written, value)
    return written[span[0]:span[1]] if span else value


def extract_narrative(doc: Document, level: str | None = None,
                      year: int | None = None) -> tuple[list[Fact], list[Figure]]:
    """Facts and n.* figures; ``level`` (the organ's, when read) bounds the area whose counts
    are the report's own, ``year`` (the report's, when read) the year they are of."""
    text = doc.text
    # the facts are read on the text with its wrapped line ends taken out (a pasted PDF's
    # 党政⏎办公室承⏎担具体工作), their spans put back on the text as given
    plain, at = unwrapped(text)
    facts = facts_of(nlp.run(plain), plain)
    if plain != text:
        facts = [_put_back(f, at, text) for f in facts]
    return facts, figures(text, level, year)


def _put_back(f: Fact, at: list[int], text: str) -> Fact:
    """A fact read on the unwrapped text, over the text as given (its line ends inside)."""
    s, e = at[f.span[0]], at[f.span[1] - 1] + 1
    return Fact(f.kind, text[s:e], f.value, [s, e])
