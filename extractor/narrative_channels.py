"""The channels an organ publishes through, from the prose: the ``channel`` terms of
``lexicons/channels.tsv`` found by the lexicon Doc (and aliases a stray space broke), mapped
to the contract's canonical values; a channel used zero times, another body's, or named in a
``not_channel`` sentence is none, nor a unit the reader is told to contact (``contact_call``)
or the office doing the work (街道政务服务中心负责: a unit, not a place of publication, unless
it runs a reading place); a reading place set up in a hall names the hall too."""
from __future__ import annotations

import re
from functools import lru_cache

from . import nlp
from .figure_guards import _UNITS
from .narrative_lex import HAN, SENT_END, bounds, channel_table, cue, fact
from .record import Fact

_ZERO_USE = re.compile(r"(?<![0-9.])0\s*(?:次|篇|场|期|个|条)")
def channels(text: str, ranges: list[tuple[int, int]], directory: str | None = None) -> list[Fact]:
    """The channels named in ``ranges`` of ``text`` (aliases from ``directory``'s channels.tsv
    when given)."""
    return channels_in(nlp.lexicon_doc(text, directory), ranges, directory)


def channels_in(doc, ranges, directory=None) -> list[Fact]:
    """The channels named in ``ranges`` of a lexicon Doc (its terms in ``doc.spans``)."""
    text = nlp.text_of(doc)
    table, ignore = channel_table(directory)
    facts, seen = [], set()
    # the office doing the work, when a hall is named as it (具体工作由街道政务服务中心负责)
    offices = nlp.fact_spans(doc, "responsible_office")
    for a, b in ranges:
        hits = nlp.hits(doc, "channel", a, b)
        blocked = [(s, e) for s, e, t in hits if t in ignore]
        for s, e, alias in hits + _broken_hits(text, a, b, directory) + _newspapers(text, a, b):
            if alias in ignore or any(bs <= s <= be + 2 for bs, be in blocked):
                continue
            # a Latin or digit alias inside a longer run is no alias (12345 in 0531-12345678),
            # nor a number that is a count (公开信息12350条)
            if alias.isascii() and (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum()
                                    or e < len(text) and text[e].isascii() and text[e].isalnum()
                                    or alias.isdigit() and re.match(rf"[ \u3000]?(?:{_UNITS})", text[e:e + 3])):
                continue
            ss, se = bounds(text, s, e, SENT_END)
            if nlp.has_term(doc, "cue:not_channel", ss, se):
                continue
            # used zero times (组织在线访谈0次, 通过微博微信回应0次): a template's line, no channel
            cs, ce = bounds(text, s, e, "，,；;。\n")
            if _ZERO_USE.search(text, e, ce):
                continue
            # a phone is a channel only when the organ opens or publishes it (开通…咨询电话, 公布咨询
            #电话…), never as a contact label (咨询电话：…) nor a call taken (接听咨询电话)
            if alias in cue("phone_channel") and (re.match(r"[ \t\u3000]*[:：]", text[e:e + 3])
                                                  or not any(v in text[cs:s] for v in cue("phone_open_verb"))):
                continue
            # another body's channel whose cases the organ handles (办理12345热线交办事项)
            if nlp.has_term(doc, "cue:other_body_channel", cs, ce):
                continue
            # every unit of a wider area (全市各乡镇通过村务公开栏公示…): their channels, not the organ's
            if _wider_units(text, cs, s):
                continue
            # a unit the reader is told to call (如有疑问，请联系某某便民服务中心): no channel
            if nlp.has_term(doc, "cue:contact_call", cs, ce):
                continue
            # inside the office read for the work (由镇便民服务中心承担): a unit, no channel —
            # unless its clause names a reading place it runs (党群服务中心负责政务公开专区运行)
            if any(os <= s and e <= oe for os, oe in offices) and not any(
                    "reading_room" in table.get(t, ()) for _, _, t in nlp.hits(doc, "channel", cs, ce)):
                continue
            # a hall named among the units helping with the work (镇便民服务中心、各村委会配合落实):
            # a unit, no hall of publication
            if set(table.get(alias, ())) == {"service_hall"} and _helping_unit(doc, text, table, cs, ce, e):
                continue
            # an owner of accounts followed by one of its accounts (融媒体中心抖音号): the account is the channel
            if alias in cue("account_owner") and _account_after(text, e, nlp.hits(doc, "channel", e, ce)):
                continue
            # a reading device in a hall's clause is the hall's (在政务服务中心窗口设置查询终端)
            device = alias in cue("reading_device")
            if device and any("service_hall" in table.get(t, ()) for _, _, t in nlp.hits(doc, "channel", cs, ce)):
                continue
            # a window a reading place is set at (在办事窗口设置查阅点): the reading place's seat
            if alias.endswith(tuple(cue("reading_place_window"))) and any(
                    "reading_room" in table.get(t, ()) for _, _, t in nlp.hits(doc, "channel", e, ce)):
                continue
            for value in (table[alias] if alias != _PAPER else ("press",)):
                if value not in seen:
                    seen.add(value)
                    facts.append(fact("channel", text, s, e, value))
            if alias != _PAPER and "reading_room" in table[alias] and "service_hall" not in seen and not device:
                hall = _hall_before(text, cs, s)
                if hall:
                    seen.add("service_hall")
                    facts.append(fact("channel", text, *hall, "service_hall"))
    return facts


def _helping_unit(doc, text: str, table, cs: int, ce: int, e: int) -> bool:
    """Whether the hall ending at ``e`` is one of the units its clause says help with the work
    (镇便民服务中心、各村委会配合落实; 由党政办牵头、便民服务中心协助: ``office_assist``), the
    clause setting up no reading place: a unit, not a place of publication."""
    if any("reading_room" in table.get(t, ()) for _, _, t in nlp.hits(doc, "channel", cs, ce)):
        return False
    return any(re.fullmatch(r"(?:[、和及与][^，,；;。\n]{0,16})?", text[e:a])
               for a, _, _ in nlp.terms(doc, "cue:office_assist", e, ce))


# what may stand between an owner and its account: the account's name in quotes (“江宁发布”)
_ACCOUNT_GAP = re.compile(r"[ \u3000]*(?:[“\"「『《][^”\"」』》，,。；;]{1,12}[”\"」』》])?[ \u3000]*")


def _account_after(text: str, e: int, hits) -> bool:
    """Whether another channel alias follows right after ``e`` (an owner's account: 融媒体中心抖音号,
    融媒体中心“某某”客户端)."""
    gap = _ACCOUNT_GAP.match(text, e)
    return any(s == gap.end() for s, _, _ in hits)


@lru_cache(maxsize=1)
def _wider_units_rx() -> re.Pattern:
    units = "|".join(map(re.escape, sorted(set(cue("other_unit") + cue("each_unit_kind")), key=len, reverse=True)))
    return re.compile(rf"[ \t\u3000]*全[省市州盟县区旗]各(?:级|类)?(?:{units})")


def _wider_units(text: str, cs: int, s: int) -> bool:
    """Whether the clause before a channel opens with every unit of a wider area (全市各乡镇,
    全县各部门): the subject is those units, the channel theirs."""
    return bool(_wider_units_rx().match(text, cs, s))


# a newspaper named in title marks (在《某某日报》刊登, 通过《某某晚报》发布): press. Not a report's own
# kind of title (年报, 月报, 简报, 通报, 快报, 专报, 情况汇报): 报 after one of those words' first character
_PAPER = "《报》"
_NEWSPAPER = re.compile(rf"《[{HAN}]{{1,12}}(?<![年月季简通快汇情专])报》")


@lru_cache(maxsize=1)
def _outlet_rx() -> re.Pattern:
    """A media outlet named in title marks and then published in (在《宾县融媒》刊发, 《某某新闻》播出:
    cues.tsv press_verb): whatever its name, it is press — a document or a law in title marks
    (《条例》) is never published *in*."""
    verbs = "|".join(map(re.escape, cue("press_verb")))
    return re.compile(rf"《[{HAN}]{{1,12}}》(?=[ \u3000]?(?:上|栏目|专栏)?[ \u3000]?(?:{verbs}))")


def _newspapers(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Newspapers and other outlets named in title marks in [a, b): (start, end, _PAPER)."""
    spans = {m.span() for m in _NEWSPAPER.finditer(text, a, b)} | {m.span() for m in _outlet_rx().finditer(text, a, b)}
    return [(s, e, _PAPER) for s, e in sorted(spans)]


_BREAK = re.compile(rf"(?<=[{HAN}])[ \t\u3000\xa0]+(?=[{HAN}])")


@lru_cache(maxsize=4)
def _alias_rx(directory: str | None) -> re.Pattern | None:
    aliases = sorted((a for a in channel_table(directory)[0] if not a.isascii()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, aliases))) if aliases else None


def _broken_hits(text: str, a: int, b: int, directory: str | None) -> list[tuple[int, int, str]]:
    """Aliases a stray space broke (查阅 点, 政务 公开专区: damaged text), found on the text of
    [a, b) without those spaces; (start, end, alias) in the text as given, only where the alias
    held one. (A line end of wrapped text is taken out before the facts are read: ``unwrapped``.)"""
    part = text[a:b]
    cut = {i for m in _BREAK.finditer(part) for i in range(m.start(), m.end())}
    rx = _alias_rx(directory)
    if not cut or rx is None:
        return []
    at = [i for i in range(len(part)) if i not in cut]
    mended = "".join(part[i] for i in at)
    return [(a + at[m.start()], a + at[m.end() - 1] + 1, m.group()) for m in rx.finditer(mended)
            if at[m.end() - 1] - at[m.start()] != m.end() - m.start() - 1]


def _hall_before(text: str, cs: int, s: int) -> tuple[int, int] | None:
    """The hall a reading place is set up in, named in its clause (在户政大厅设置查阅点, 在交易
    大厅设立查阅室: the hall is a channel too, whatever it is called): its span, or None."""
    words = "|".join(map(re.escape, cue("reading_place_hall")))
    # (…or the hall opens the clause as the one setting it up: 街道行政服务中心设置查阅点)
    m = words and re.search(rf"(?:在(?P<h>[{HAN}]{{0,12}}?(?:{words}))|^[ \t\u3000]*(?P<sh>[{HAN}]{{0,12}}?(?:{words}))"
                            rf"(?={_SETS_UP}))[^，,；;。\n]{{0,16}}$", text[cs:s])
    if not m:
        return None
    # (a lobby named by its building or floor, 局机关一楼大厅, is no service hall)
    h = "h" if m.group("h") else "sh"
    lobby = "|".join(map(re.escape, cue("hall_lobby")))
    if lobby and re.search(rf"(?:{lobby})大厅$", m.group(h)):
        return None
    return cs + m.start(h), cs + m.end(h)


_SETS_UP = "设置|设立|开设|建立|设有|内设"
