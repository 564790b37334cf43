"""Facts and narrative figures from the prose.

Facts: the responsible official (a post), the responsible office, the channels the organ
publishes through (canonical values), and the problems and remedies of section 五, one item
each. Figures: the ``n.*`` counts the prose states. All vocabulary comes from
``lexicons/`` (posts, offices, channels, cues, figures); this module holds only structure
(the officials here; the offices in ``narrative_offices``, the about-the-work guard in
``narrative_scope``).
Every fact and figure carries a span into ``doc.text`` over its text / raw.

The facts are found by spaCy (``nlp.facts_nlp()``): the lexicons' terms are the SpanRuler's
spans over a character Doc, and the ``*_step`` functions below are its registered components
(officials, offices, channels, section 五), each adding labelled spans to
``doc.spans["facts"]``; ``extract_narrative`` reads them back as record facts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import nlp
from .document import Document
from .labels import written_span
from .narrative_channels import channels, channels_in
from .narrative_figures import figures
from .narrative_items import problems_and_remedies, unnumbered_section5
from .narrative_lex import (CLAUSE_END, HAN, SENT_END, STRIP, LexiconValueError, bounds, channel_table,
                            cue, fact, unwrapped)
from .narrative_offices import about_applications, fullest, offices
from .narrative_scope import about_disclosure
from .record import Fact, Figure
from .sections import Section, find_sections

_STRIP = STRIP
_SENT_END, _CLAUSE_END, _HAN, _bounds = SENT_END, CLAUSE_END, HAN, bounds

__all__ = ["LexiconValueError", "channel_table", "channels", "cue", "extract_narrative", "figures",
           "problems_and_remedies", "responsible"]


# ---------------------------------------------------------------- helpers
def _region_before(sections: list[Section], number: int, text: str) -> int:
    for s in sections:
        if s.number >= number and s.number != 1:
            return s.start
    return len(text)


_fact = fact


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


_QUOTES_OPEN, _QUOTES_CLOSE = "“‘「『\"", "”’」』\""


_SLOGAN_REACH = 40   # how far a quoted slogan runs on either side of a post in it


def _in_slogan(text: str, s: int, e: int) -> bool:
    """The post stands inside a quoted phrase (形成“主要领导亲自抓、分管领导具体抓”的工作格局):
    an opening quote before it and a closing one after it, within a slogan's reach, with no
    quote between: a slogan's word, no one in charge."""
    before, after = text[max(0, s - _SLOGAN_REACH):s], text[e:e + _SLOGAN_REACH]
    o = max(before.rfind(q) for q in "“「『")
    c = [after.find(q) for q in "”」』" if q in after]
    return o >= 0 and not any(q in before[o + 1:] for q in "”」』") and bool(c) \
        and not any(q in after[:min(c)] for q in "“「『")


def _head_named(doc, text: str, s: int, e: int, end: int) -> bool:
    """Whether the sentence of the post at ``s`` names a head by another post (局长, 局党委书记),
    not a deputy's (分管副局长, 分管领导: 副 or 分管 in it)."""
    ss, se = _bounds(text, s, e, _SENT_END)
    return any((a, b) != (s, e) and "副" not in text[a:b] and not text[a:b].startswith("分管")
               for a, b in _posts(doc, min(se, end), ss))


def _of_other_units(doc, text: str, cs: int, s: int, e: int) -> bool:
    """The post at ``s`` belongs to every unit of a kind (各分管领导, 各科室主要负责人,
    村（社区）负责人): 各 or an ``other_unit`` cue right before it, past a bracket."""
    before = re.sub(r"[（(][^（()）]{0,6}[）)]$", "", text[cs:s])
    at = cs + len(before)
    # …but each of the organ's deputies made the group's deputy heads is the organ's own
    # (由局长任组长、各分管副局长任副组长; 各副镇长为副组长)
    if before.endswith("各") and "副" in text[s:e] and re.match(r"[任为]副?组长", text[e:e + 4]):
        return False
    # …or the clause's subject is every unit of a kind (各乡镇（街道）、县级部门明确分管领导)
    ws = max(text.rfind(c, 0, s) for c in _CLAUSE_END) + 1
    return before.endswith("各") or text[ws:s].lstrip().startswith("各") \
        or any(e == at for _, e, _ in nlp.terms(doc, "cue:other_unit", cs, at)) \
        or _each_unit(text[ws:s])


def _each_unit(clause: str) -> bool:
    """Whether the clause up to a post says every unit of a kind has one (全县各乡镇、县直各单位
    均明确1名分管领导; 各科室都确定一名分管领导): 各, a unit word (``other_unit``, ``each_unit_kind``),
    then an ``each_unit`` word (均, 都) before the post."""
    rx = _each_unit_rx()
    return bool(rx and rx.search(clause))


@lru_cache(maxsize=1)
def _each_unit_rx() -> re.Pattern | None:
    units = "|".join(map(re.escape, sorted(set(cue("other_unit") + cue("each_unit_kind")), key=len, reverse=True)))
    each = "|".join(map(re.escape, cue("each_unit")))
    return re.compile(rf"各[^，,；;。\n]{{0,4}}?(?:{units})[^，,；;。\n]{{0,12}}?(?:{each})") if units and each else None


def _officials(doc, end: int, start: int = 0) -> list[Fact]:
    text = nlp.text_of(doc)
    facts, slogans, signers, seen = [], [], [], set()
    for s, e in _posts(doc, end, start):
        post = text[s:e]
        if not about_disclosure(text, s, e):
            continue
        cs, ce = _bounds(text, s, e, _CLAUSE_END + "、")
        # the cues are looked for around the post, never inside it (分管领导审定 has no cue),
        # nor inside a word that only holds one (科室负责人组成: 负责人 is no 负责)
        avoid = [(s, e)] + [(a, b) for a, b, _ in nlp.terms(doc, "cue:official_except", cs, ce)]

        def said(role: str, a: int = cs, b: int = ce) -> bool:
            return nlp.has_term(doc, f"cue:{role}", a, b, avoid)

        # …but a charge of the work's checking is a charge (分管领导负责审核把关: ``charged_check``)
        checks = [(a, b) for a, b, _ in nlp.terms(doc, "cue:charged_check", cs, ce)]
        if nlp.has_term(doc, "cue:not_charge", cs, ce, avoid + checks):
            # …but the one who signs off the answers to applications (申请由党政办公室登记受理，
            # 分管副镇长审签后答复) is the one leader the report ties to the work when it names no other
            if about_applications(text, s) and post not in seen and not _of_other_units(doc, text, cs, s, e):
                seen.add(post)
                signers.append(_fact("responsible_official", text, s, e, post))
            continue
        # a meeting, mailbox or hotline named after a post (局长办公会, 县长信箱) is no person
        if any(a == e for a, _, _ in nlp.terms(doc, "cue:post_thing", e, e + 8)):
            continue
        # a post in quotation marks is a slogan's word (实行“一把手”负总责，由局长任组长): the
        # system of charge, its holder named by his post where one is; where the sentence names
        # none but deputies (实行“一把手”负总责，分管副局长具体抓), the quoted word is his only name
        quoted = text[s - 1:s] in _QUOTES_OPEN and text[e:e + 1] in _QUOTES_CLOSE
        if quoted and _head_named(doc, text, s, e, end):
            continue
        # each unit's or village's head, not the organ's (各村（社区）主要负责人负责…)
        if _of_other_units(doc, text, cs, s, e):
            continue
        # the cue must be in this clause, or the clause is one item of a 、-list whose
        # clause carries it (以党委书记为组长、分管领导为副组长)
        wide_s, wide_e = _bounds(text, s, e, _CLAUSE_END)
        # …or the post heads a 、-list whose last item carries it (党组书记、局长全面领导)
        listed = text[e:e + 1] == "、" and said("official", e, wide_e)
        # …or whose last item is the work's 第一责任人 (镇党委副书记、镇长为政务公开第一责任人;
        # 局党组书记、局长为第一责任人 after a sentence on the disclosure work): one person's posts
        listed = listed or text[e:e + 1] == "、" and said("official_of_work", e, wide_e) and (
            "公开" in text[wide_s:wide_e] or about_disclosure(text, s, e))
        # …or it follows, after 、, a post already found in charge: one person's titles
        # (分管领导为党组成员、副局长; 由局长、党组书记主抓 is found from the cue after it)
        listed = listed or text[s - 1:s] == "、" and any(f.span[1] == s - 1 for f in facts + slogans)
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
            named = about_disclosure(text, s, e)
        if not named and not listed and \
                "组长" not in text[wide_s:s] + text[e:wide_e]:
            continue
        # a role word restated by the post after it (主要负责同志即区长) is no second official
        if post.endswith(cue("role_post")) and text.startswith(cue("apposition"), e):
            continue
        # a role word restating a post of its kind named before it in its sentence (以局长任组长、
        # 分管副局长任副组长…，形成主要领导亲自抓、分管领导具体抓的格局: 主要领导 is 局长) is no second official
        if post in cue("role_post") and _restates(text, s, e, post, facts):
            continue
        # a role word naming the post before it (确定副局长为…分管领导) is no second official
        if post in cue("role_post") and any(
                f.span[1] <= s and f.span[0] >= wide_s
                and re.fullmatch(r"为[^、，,；;组]{0,20}", text[f.span[1]:s]) for f in facts):
            continue
        if post not in seen:
            seen.add(post)
            # a quoted slogan's posts (形成“主要领导亲自抓、分管领导具体抓”的工作格局) restate the
            # charge the text names outside it: they count only when nothing else names one
            (slogans if _in_slogan(text, s, e) and not quoted else facts).append(
                _fact("responsible_official", text, s, e, post))
    return facts or slogans or signers


def _deputy(post: str) -> bool:
    """A deputy's post or role (分管副局长, 副主任, 分管领导), not a head's (局长, 主要领导); a
    party deputy secretary (党委副书记) is no deputy of the government's head."""
    return bool(re.search("副(?!书记)", post)) or post.startswith("分管")


def _restates(text: str, s: int, e: int, post: str, facts: list[Fact]) -> bool:
    """Whether the role word ``post`` at ``s`` restates a post of its kind (a head's, a
    deputy's) already found earlier in its sentence."""
    ss, _ = _bounds(text, s, e, _SENT_END)
    return any(ss <= f.span[0] < s and f.value not in cue("role_post") and _deputy(f.value or "") == _deputy(post)
               for f in facts)


def responsible(text: str, end: int) -> list[Fact]:
    """The leader in charge and the office doing the work, from the text before ``end``."""
    doc = nlp.lexicon_doc(text)
    return _officials(doc, end) + offices(doc, end)


# ---------------------------------------------------------------- the steps (spaCy components)
def _put(doc, facts: list[Fact]):
    for f in facts:
        nlp.add_fact(doc, f.kind, f.span[0], f.span[1], f.value)
    return doc


def _by_no(text: str) -> dict[int, Section]:
    return {s.number: s for s in find_sections(text)}


def _charge_ranges(text: str) -> list[tuple[int, int]]:
    """Where the leader in charge and the office doing the work are read: before section 二,
    and in 六 (其他需要报告的事项: 我镇政务公开工作由镇长负总责…); 五 only through ``_charged``."""
    sections = find_sections(text)
    ranges = [(0, _region_before(sections, 2, text))]
    six = {s.number: s for s in sections}.get(6)
    if six and six.body_start >= ranges[0][1]:
        ranges.append((six.body_start, six.body_end))
    return ranges


def _five_range(text: str) -> list[tuple[int, int]]:
    """Section 五's body: read for the charge only when 一 and 六 state none (the standing
    arrangement said once, beside next year's work: 2024年，我局将由分管副局长牵头，办公室具体负责)."""
    sections = find_sections(text)
    s5 = next((s for s in sections if s.number == 5), None) or unnumbered_section5(text, sections)
    return [(s5.body_start, s5.body_end)] if s5 else []


def _charged(doc, read) -> list[Fact]:
    """The facts ``read`` finds in the charge's ranges, or else in section 五 (``_five_range``)."""
    text = nlp.text_of(doc)
    facts = _once([f for a, b in _charge_ranges(text) for f in read(doc, b, a)])
    return facts or _once([f for a, b in _five_range(text) for f in read(doc, b, a)])


def _once(facts: list[Fact]) -> list[Fact]:
    seen: set[str | None] = set()
    return [f for f in facts if not (f.value in seen or seen.add(f.value))]


def officials_step(doc):
    """Component ``nianbao_officials``: the leader in charge (``_charged``)."""
    return _put(doc, _charged(doc, _officials))


def offices_step(doc):
    """Component ``nianbao_offices``: the office doing the work (``_charged``)."""
    return _put(doc, fullest(_charged(doc, offices)))


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


def extract_narrative(doc: Document, level: str | None = None, year: int | None = None,
                      organ: str | None = None) -> tuple[list[Fact], list[Figure]]:
    """Facts and n.* figures; ``level`` (the organ's, when read) bounds the area whose counts
    are the report's own, ``year`` (the report's, when read) the year they are of, ``organ`` (its
    name, when read) the kind of information all of its own is (``narrative_figures.figures``)."""
    text = doc.text
    # the facts are read on the text with its wrapped line ends taken out (a pasted PDF's
    # 党政⏎办公室承⏎担具体工作), their spans put back on the text as given
    plain, at = unwrapped(text)
    facts = _posts_over_membership(facts_of(nlp.run(plain), plain), plain)
    if plain != text:
        facts = [_put_back(f, at, text) for f in facts]
    return facts, figures(text, level, year, organ)


def _posts_over_membership(facts: list[Fact], text: str) -> list[Fact]:
    """A party membership title before the post it goes with (党组成员、副局长; 党委委员、副镇长)
    says who the post's holder is, not a second official: the post alone (``member_title``),
    with a body's word read before it too (县政府党组成员、副县长; 镇政府党委委员、副镇长)."""
    members = tuple(cue("member_title"))
    starts = {f.span[0] for f in facts if f.kind == "responsible_official"}
    return [f for f in facts if not (
        f.kind == "responsible_official" and (f.value or "").endswith(members)
        and any(re.fullmatch(r"[、，,\s]?", text[f.span[1]:k]) for k in starts if k >= f.span[1]))]


def _put_back(f: Fact, at: list[int], text: str) -> Fact:
    """A fact read on the unwrapped text, over the text as given (its line ends inside)."""
    s, e = at[f.span[0]], at[f.span[1] - 1] + 1
    return Fact(f.kind, text[s:e], f.value, [s, e])
