"""Organ, level, region, year and contact details.

The organ (name, level, places) is ``organ.py``'s work; this module adds the year and the
contact details and is the entry point. The year is the statistics period's, then the title's.
Null where the text does not say.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .damage import email_value, fold, phone_digits, url_value, word_value
from .document import Document
from .lexicon import role_words
from .organ import county_named, in_zone, organ_of, title_name
from .organ_address import county_of_address, fill_from_address
from .page_chrome import print_chrome_lines
from .place_evidence import infer_places, note_places
from .places import level_of, simplify

# level_of and organ_of are imported from here by callers of the older layout
__all__ = ["Metadata", "contact_of", "county_of_address", "extract_metadata", "level_of", "organ_of",
           "year_of"]
from .record import Contact, Organ
from .sections import find_sections


@dataclass
class Metadata:
    organ: Organ = field(default_factory=Organ)
    year: int | None = None
    contact: Contact = field(default_factory=Contact)
    warnings: list[str] = field(default_factory=list)
    year_span: list[int] | None = None

# ---------------------------------------------------------------- year
_PERIOD = re.compile(r"统计(?:数据)?(?:期限|时限|时间|区间|限)[^0-9]{0,6}(?P<y>20\d\d)")


def year_of(text: str, title_year: int | None, title_at: int | None = None) -> tuple[int | None, list[int] | None]:
    """The report's year and the span of the four digits it was read from."""
    m = _PERIOD.search(text)
    if m:
        return int(m.group("y")), list(m.span("y"))
    if title_year:
        return title_year, ([title_at, title_at + 4] if title_at is not None else None)
    m = re.search(r"(20\d\d)\s*年?度", text[:3000])
    if m:
        return int(m.group(1)), list(m.span(1))
    first: dict[int, list[int]] = {}
    years = Counter()
    for rx in (r"(20\d\d)\s*年(?![0-9]{1,2}月)", r"(20\d\d)\s*年(?:,|，|我|全年|以来)"):
        for ym in re.finditer(rx, text[:3000]):
            y = int(ym.group(1))
            years[y] += 1
            first.setdefault(y, list(ym.span(1)))
    if not years:
        return None, None
    y = years.most_common(1)[0][0]
    return y, first[y]


# ---------------------------------------------------------------- contact
# a number to call: an area code (0535-, 0535——, 0535一 as OCR reads a dash, 0535 , （0535）)
# and 7-8 digits, or a mobile
_AREA = r"(?:[（(][ \t]*0\d{2,3}[ \t]*[)）][ \t]*|0\d{2,3}[ \t]*\n?[ \t]*[-—－–‐―一]+[ \t]*\n?[ \t]*|0\d{2,3}[ \t]+)"
# the local number printed whole or in two groups (8612 3456, 612 3456: a space typed or left by a
# justified line); a mobile whole or in three groups (139 0571 2345, 139-0571-2345)
_LOCAL = r"(?:\d{7,8}|[1-9]\d{2,3}[ \u3000]\d{4})"
_MOBILE = r"1[3-9]\d(?:\d{8}|[ \u3000]\d{4}[ \u3000]\d{4}|-\d{4}-\d{4})"
_PHONE = rf"(?:(?<!\d){_MOBILE}(?!\d)|(?:{_AREA}|(?<![\d\-—－–]))(?<![\d]){_LOCAL}(?!\d))"


def _lab(*words: str) -> str:
    """Labels as PDFs and justified forms print them too, spaces or a line end inside (地 址,
    传    真); the longest first."""
    return "(?:" + "|".join(r"(?:[ \u3000]{1,6}|\n)?".join(map(re.escape, w))
                            for w in sorted(words, key=len, reverse=True)) + ")"


def _labels(role: str) -> str:
    """The contact labels of ``role`` (lexicons/contact_cues.tsv: label_key, label_phone …)."""
    return _lab(*role_words("contact_cues", role))


_KEYS = ("(?:" + _labels("label_key") + r"|(?![号楼室院层])[\u4e00-\u9fff]{0,4}"
         + _labels("label_head") + r"|E-?mail|Email)")
# (a label of some words and its head (电话, 网站 …) never opens with an address's last word:
# 26号联系电话 keeps 号)
# any short label with its colon (联系人：, 办公时间：) ends the value before it
_LABEL = r"(?:[\u4e00-\u9fff]{1,6}|E-?mail)[ \t\u3000]*[:：]"
_ADDR_LAB = _labels("label_address")
_POST_RX = re.compile(_labels("label_postcode") + r"\s*[:：]?\s*(\d{6})(?!\d)")
# six digits alone in brackets right after the address are its postcode (…1号（412007）)
_BARE_POST = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*[（(][ \t]*(\d{6})[ \t]*[)）]|(\d{6})(?!\d)")
# 电话：, 电话号码：, 手机：, 电话/传真：, 联系电话（传真）：
_PHONE_LAB = "(?:" + _labels("label_phone") + r"|联系)(?:[ \t]*(?:/|[（(])[ \t]*传真[ \t]*[)）]?)?"
# (the unit to call named before the number: 联系方式：某镇党政办公室0794-3521186)
# (or, after 联系方式, the address first: 联系方式：某市某路568号　0574-88123609)
_PHONE_RX = re.compile(_PHONE_LAB + r"\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,15}?(?:办公室|办|室|股|科|中心)[ \t\u3000]*"
                       r"|[\u4e00-\u9fff0-9（）()]{4,40}?(?:号|村|社区|大楼|大院|楼)[,，;；、 \t\u3000]*)?"
                       rf"(?P<v>{_PHONE}(?:(?:\s*[、/或,，;；及和]\s*|[ \t\u3000]+){_PHONE})*)")
_FAX_RX = re.compile(_labels("label_fax") + rf"\s*[:：]?\s*({_PHONE})")
# a URL may be broken over a line end (www.example.gov\n.cn, www.exam\nple.gov.cn): the value
# drops the break
_BRK = r"(?:[ \t]*\n[ \t]*)?"
_LINE_END = r"[ \t]*\n[ \t]*"  # inside a name the break is no option (no nested backtracking)
_URL = re.compile(rf"(?<![A-Za-z0-9\-./])(?:https?://)?(?:www{_BRK}\.{_BRK})?[a-zA-Z0-9\-]+(?:{_LINE_END}[a-zA-Z0-9\-]+)?"
                  rf"(?:{_BRK}\.{_BRK}[a-zA-Z0-9\-]+(?:{_LINE_END}[a-zA-Z0-9\-]+)?)*{_BRK}\.{_BRK}"
                  r"(?:gov\.cn|com|cn|net|org)(?![a-zA-Z0-9])"
                  r"(?:/[A-Za-z0-9_\-./?=&%#]*"
                  # a path broken after a slash, its rest on the next line up to a bracket or space
                  # (over more lines when each line between holds nothing else: /col/ ⏎ col12 ⏎ 34/index.html)
                  rf"(?:(?<=/)(?:{_LINE_END}[A-Za-z0-9_\-./?=&%#]+(?=[ \t]*\n))*"
                  rf"{_LINE_END}[A-Za-z0-9_\-./?=&%#]*[A-Za-z0-9_/](?=[）)」】，。、\s]))?)?")
_EMAIL = re.compile(r"(?P<v>[A-Za-z0-9_.\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
# damaged text: an e-mail whose @ was lost, kept as printed after its label
_EMAIL_NO_AT = re.compile(r"(?:" + _labels("label_email") + r"|E-?mail)\s*[:：]\s*(?P<v>[A-Za-z0-9_.\-]{3,}\.(?:com|cn|net|org)(?:\.cn)?)(?![A-Za-z0-9])", re.I)
_ADDR_END = "号|楼|室|院|层|米|处|内|旁|侧|口"   # how an address's last word ends
# an address runs to the next label (,邮编 / a space before 联系电话 / 邮编：glued on / ,联系人：
# / a label glued on with no colon after the address's last word: 128号邮政编码414507),
# a bracket, a full stop or the line's end; without a colon (地址冯三镇正街84号) it must end
# as an address does
_ADDRESS = re.compile(
    rf"{_ADDR_LAB}(?:\s*[:：]|[ \u3000]*\t)\s*(?P<v>[^\n]+?)(?=[,，;；。（(]\s*(?:{_KEYS}|{_LABEL})|[ \t\u3000\xa0]+(?:{_KEYS}|{_LABEL})"
    rf"|{_KEYS}\s*[:：]|(?<={_ADDR_END}){_KEYS}|[（(][ \t]*\d{{6}}[ \t]*[)）]|(?<={_ADDR_END})\d{{6}}(?!\d)|[）)\n。]|$)"
    rf"|{_ADDR_LAB}(?![:：])(?:位于|为|是|在)?(?P<v2>[\u4e00-\u9fff0-9]{{4,30}}?(?:号|楼|室|院))(?:(?![\u4e00-\u9fff0-9])|(?={_KEYS}))"
    # no label at all: the address first after 联系方式：, before its postcode or phone
    # (联系方式：某市某路202号，邮编…；联系方式：某县某镇某村　邮编…)
    rf"|联系方式[ \t\u3000]*[:：][ \t\u3000]*(?P<v3>[\u4e00-\u9fff0-9（）()]{{4,40}}?(?:号|村|社区|大楼|大院|楼))"
    rf"(?=[,，;；、 \t\u3000]*(?:{_labels('label_postcode')}|{_labels('label_phone')}|{_PHONE}))")
# a label of a few words and its head (门户网站, 值班电话) right at an address's end
_GLUED_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4})" + _labels("label_head"))
# the rest of an address on the next line (a PDF wraps it): ends as an address does, then a
# label, a bracket, a stop or the line's end
# (damaged: a space inside its words, 路 9 号, read through)
# (…or its postcode glued on: 修文⏎街128号620010，)
_ADDR_RUN = (rf"(?P<v>(?:[\u4e00-\u9fff0-9A-Za-z\-]|[ \u3000](?=[\u4e00-\u9fff0-9])){{1,24}}?(?:{_ADDR_END}))"
             rf"(?=[,，;；。（()）\s]|{_KEYS}|\d{{6}}(?!\d)|$)")
_ADDR_MORE = re.compile(r"\n[ \t\u3000]*" + _ADDR_RUN)
# …or ends at a village or a community, the way a township's address ends (某乡某村；电话：…):
# up to a label after it or the line's end
_ADDR_VILLAGE = "村|社区|嘎查|组"
_ADDR_MORE_VILLAGE = re.compile(rf"\n[ \t\u3000]*(?P<v>[\u4e00-\u9fff0-9]{{1,24}}?(?:{_ADDR_VILLAGE}))"
                                rf"(?=[,，;；。 \t\u3000]*(?:{_KEYS}|{_LABEL})|[ \t\u3000。]*(?:\n|$))")
# …or only the word its number needs (…白银路655⏎号；邮编…): the line wrapped right after the number
_ADDR_NUMBER_END = re.compile(rf"\n[ \t\u3000]*(?P<v>号|楼|室|层)(?=[,，;；。（()）\s]|{_KEYS}|$)")
# a line holding nothing but an address's last words (…王家大院⏎路 9 号): the address wrapped
# after a word that may also end one (院, 楼)
_ADDR_TAIL_LINE = re.compile(r"\n[ \t\u3000]*(?:路|街|道|巷|弄|大道)[ \u3000]*\d+[ \u3000]*号[ \t\u3000]*(?=\n|$)")


# a label and its value apart by a bar (a table pasted as 地址 | 某路8号) or a comma (地址，某路；电话，…):
# read as a colon, one character for one
_OTHER_SEP = re.compile("(" + "|".join(map(re.escape, sorted(set(role_words("contact_cues", "label_key")
                                                              + role_words("contact_cues", "label_address")),
                                                          key=len, reverse=True))) + ")"
                        r"([ \t\u3000]*)[|｜，,](?=[ \t\u3000]*[^\s|｜])")


# the rest of an address after a bracket inside it: a run ending as an address does, then a
# separator, a label or the line's end
_ADDR_REST = re.compile(_ADDR_RUN)
# an address in brackets after the name of the body to contact, on a contact line without an
# address label (联系方式：某街道办事处（某市某区某街219号） 电话：…): a number and its 号/楼/室 end it
_BRACKET_ADDR = re.compile(rf"联系[^\n（(]{{0,30}}?[\u4e00-\u9fff][（(](?P<v>[\u4e00-\u9fff][\u4e00-\u9fff0-9\-]{{3,40}}?"
                           rf"\d+[ \u3000]*(?:号|楼|室)(?:[\u4e00-\u9fff0-9]{{0,8}}(?:楼|室))?)[）)]")


def _windows(text: str) -> list[tuple[int, int]]:
    secs = find_sections(text)
    pre_end = secs[0].start if secs and secs[0].start > 50 else min(len(text), 1500)
    wins = [(0, min(pre_end, 3000))]
    for m in re.finditer(r"联系", text):
        wins.append((m.start(), min(len(text), m.end() + 300)))
    wins.append((max(0, len(text) - 600), len(text)))
    return wins


@lru_cache(maxsize=1)
def _call_rx() -> re.Pattern:
    """A phone number after a ``call_verb`` (contact_cues.tsv: 致电, 拨打), no label before it."""
    verbs = "|".join(map(re.escape, sorted(role_words("contact_cues", "call_verb"), key=len, reverse=True)))
    return re.compile(rf"(?:{verbs})(?:电话|热线)?[ \t\u3000]*[:：]?[ \t\u3000]*"
                      rf"(?P<v>{_PHONE}(?:\s*[、/或,，及和]\s*{_PHONE})*)")


def _chrome() -> tuple[str, ...]:
    return role_words("contact_cues", "chrome")


def _search(rx: re.Pattern, text: str, a: int, b: int) -> re.Match | None:
    """The first match in [a, b) that is no part of a web page's footer or header (a chrome
    word on its line or the two lines before and after it), unless the footer is only below
    it and states contact details of its own (``_footer_below``)."""
    for m in rx.finditer(text, a, b):
        # (hi one before the match's end: a value ending its line counts that line's end as
        # its own, and the two lines after it are the next two, not three)
        lo, hi = m.start(), max(m.start(), m.end() - 1)
        for _ in range(3):
            lo = max(0, text.rfind("\n", max(0, m.start() - 200), lo) if lo > 0 else 0)
            j = text.find("\n", hi + 1, m.end() + 200)
            hi = j if j >= 0 else min(len(text), m.end() + 200)
        around = text[lo:hi]
        if not any(w in around for w in _chrome()) or _footer_below(text, lo, m.end(), hi):
            return m
    return None


def _footer_below(text: str, lo: int, end: int, hi: int) -> bool:
    """Whether the chrome around a value [.., end) is a footer below its line only, one that
    says its own address, phone or e-mail (主办单位：… ⏎ 备案号：… 网站维护电话：…): a footer
    states its host's contact details in itself, so a contact line standing just above it is
    the page's article's (its report's), not the host's."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if any(w in text[lo:line_end] for w in _chrome()):
        return False
    at = min((i for i in (text.find(w, line_end, hi) for w in _chrome()) if i >= 0), default=-1)
    if at < 0:
        return False
    start = text.rfind("\n", 0, at) + 1
    stop = start
    for _ in range(3):   # the footer's first line and two more
        j = text.find("\n", stop + 1)
        stop = len(text) if j < 0 else j
    footer = text[start:stop]
    return any(rx.search(footer) for rx in (_PHONE_RX, _ADDRESS, _EMAIL))


def contact_of(text: str, organ: str | None, start: int = 0) -> Contact:
    """Contact details, each as written in ``text``; matched on the text with traditional
    characters simplified (聯系電話, 郵編: one to one, so offsets hold). ``spans`` (a
    compatible addition) keeps where each value came from. Nothing before ``start`` (the
    title's line) is read: a portal's header block there (the host's 地址、服务电话) is not the
    report's."""
    mtext = simplify(text)
    mtext = re.sub(r"[^\n]", " ", mtext[:start]) + mtext[start:]
    # a browser's print header and footer (the page's URL, date, title) hold no report's value
    for s, e in print_chrome_lines(mtext):
        mtext = mtext[:s] + re.sub(r"[^\n]", " ", mtext[s:e]) + mtext[e:]
    mtext = _OTHER_SEP.sub(lambda m: m.group(1) + m.group(2) + "：", mtext)
    # damaged values read whole (damage.py: ０５３２－８８５１２０９６, 0570- 4 612 318, x[at]y.cn);
    # every span found in the folded text is mapped back to ``text``
    folded = fold(mtext)
    mtext = folded.text
    c = Contact()
    spans: dict[str, list[int]] = {}

    def take(field: str, s: int, e: int) -> str:
        s, e = folded.src(s, e)
        spans[field] = [s, e]
        return text[s:e]

    def take_phones(m: re.Match) -> None:
        """Every number in the match's value, each with its span (a wrapped one joined)."""
        for k, pm in enumerate(re.finditer(_PHONE, mtext[m.start("v"):m.end("v")])):
            # (the value from the folded text, where damage's gaps are closed; the span the source's)
            take(f"phones.{k}", m.start("v") + pm.start(), m.start("v") + pm.end())
            c.phones.append(_phone_value(pm.group()))

    for a, b in _windows(mtext):
        if c.address is None:
            m = _search(_ADDRESS, mtext, a, b)
            if m:
                s, e = m.span(next(g for g in ("v", "v2", "v3") if m.group(g) is not None))
                e = _label_glued(mtext, e)
                while e > s and mtext[e - 1] in " \t\u3000\xa0,，;；。:：":  # (：邮编: OCR's ； )
                    e -= 1
                if not re.search(f"(?:{_ADDR_END})$", mtext[s:e]) or _ADDR_TAIL_LINE.match(mtext, e):
                    # the address goes on over a line end
                    more = _ADDR_MORE.match(mtext, e) or _ADDR_MORE_VILLAGE.match(mtext, e)
                    if more is None and mtext[e - 1:e].isdigit():
                        more = _ADDR_NUMBER_END.match(mtext, e)
                    if more and not re.match(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", more.group("v")):
                        e = more.end("v")
                if mtext[s:e].count("（") + mtext[s:e].count("(") > mtext[s:e].count("）") + mtext[s:e].count(")"):
                    close = re.match(r"[^（()）\n:：]{0,20}?[）)]", mtext[e:])
                    e = e + close.end() if close else e  # a bracket the address opened: to its close
                    # …and on past it when the address's last word comes after the bracket
                    # (天津自贸试验区（天津港保税区）通达广场1号: the bracket an area's other name)
                    rest = _ADDR_REST.match(mtext, e) if close else None
                    e = rest.end("v") if rest else e
                if e > s:
                    c.address = word_value(take("address", s, e))
                    bare = _BARE_POST.match(mtext, e)   # 神农大道1号（412007）: its postcode
                    if bare and c.postcode is None:   # 1号（412007）, or glued on: 38号137400
                        c.postcode = take("postcode", *bare.span(1 if bare.group(1) else 2))
        if c.postcode is None:
            m = _search(_POST_RX, mtext, a, b)
            if m:
                c.postcode = take("postcode", *m.span(1))
        if not c.phones:
            m = _search(_PHONE_RX, mtext, a, b)
            if m:
                take_phones(m)
        if c.fax is None:
            m = _search(_FAX_RX, mtext, a, b)
            if m:
                take("fax", *m.span(1))
                c.fax = _phone_value(m.group(1))
        if c.email is None:
            m = _search(_EMAIL, mtext, a, b) or _search(_EMAIL_NO_AT, mtext, a, b)
            if m:
                c.email = _ocr_l(email_value(take("email", *m.span("v"))))
    if not c.phones:
        # no labelled phone: a number right after a verb of calling (请致电0551-6512345)
        for a, b in _windows(mtext):
            m = _search(_call_rx(), mtext, a, b)
            if m:
                take_phones(m)
                break
    if c.address is None:
        # no labelled address: one in brackets after the body to contact (联系方式：X（…219号）)
        for a, b in _windows(mtext):
            m = _search(_BRACKET_ADDR, mtext, a, b)
            if m:
                c.address = word_value(take("address", *m.span("v")))
                break
    site = _website(mtext, organ)
    if not c.phones or not site or c.postcode is None:
        # text wrapped at a fixed width (a PDF's, pasted): a value broken by the line end
        # (电话：06\n33-8779205, http:\n//www…, 邮编：10\n0713) is searched on the lines joined there
        joined, at = _joined(mtext)
        if c.postcode is None and len(joined) < len(mtext):
            for a, b in _windows(joined):
                m = _search(_POST_RX, joined, a, b)
                if m:
                    s, e = folded.src(at[m.start(1)], at[m.end(1) - 1] + 1)
                    spans["postcode"] = [s, e]
                    c.postcode = re.sub(r"\s+", "", text[s:e])
                    break
        if not c.phones and len(joined) < len(mtext):
            for a, b in _windows(joined):
                m = _search(_PHONE_RX, joined, a, b)
                if m:
                    for k, pm in enumerate(re.finditer(_PHONE, joined[m.start("v"):m.end("v")])):
                        s, e = folded.src(at[m.start("v") + pm.start()], at[m.start("v") + pm.end() - 1] + 1)
                        spans[f"phones.{k}"] = [s, e]
                        c.phones.append(_phone_value(pm.group()))
                    break
        if not site and len(joined) < len(mtext):
            found = _website(joined, organ)
            site = (at[found[0]], at[found[1] - 1] + 1) if found else None
    if site:
        site = folded.src(*site)
        c.website = url_value(text[site[0]:site[1]])
        spans["website"] = list(site)
    c.spans = spans
    return c


def _label_glued(text: str, e: int) -> int:
    """Where an address ends that a label of a few words glued on ends at ``e`` (…党政办公室门户
    网站：, …36号二楼值班电话：): a label's words are taken from the first that may open it, so
    the address's own last word (室, 楼, 号 …) goes back to it when it stands in them."""
    run = _GLUED_LABEL.match(text, e)
    if not run:
        return e
    last = max((i for i, ch in enumerate(run.group(1)) if re.fullmatch(_ADDR_END, ch)), default=-1)
    return e + last + 1


def _phone_value(phone: str) -> str:
    """A phone number as printed, made one value (``damage.phone_digits``: full-width forms as
    ASCII, joined where a line end broke it (0551-\\n6512345), any dash as one hyphen, closed up
    where a scan or a justified line spaced its dash (028- 85071362)), and its digit groups
    joined (``_grouped``). Every path that reads a phone ends here."""
    return _grouped(phone_digits(phone))


def _grouped(phone: str) -> str:
    """A number printed in digit groups as one (0571—8612 3456 → 0571—86123456, 139 0571 2345 →
    13905712345); the space after an area code, the separator as printed, is kept (0535 6212345)."""
    if re.fullmatch(_MOBILE, phone):
        return re.sub(r"\D", "", phone)
    return re.sub(r"(?<!\d)([1-9]\d{2,3})[ \u3000](\d{4})$", r"\1\2", phone)


def _ocr_l(email: str) -> str:
    """An e-mail address in lower case but for capital I's: OCR's reading of l (Izxzfb_gk@126.com,
    a scan's lzxzfb_gk); an address with any other capital is left as written."""
    if "I" in email and not re.search(r"[A-HJ-Z]", email) and re.search(r"[a-z]", email):
        return email.replace("I", "l")
    return email


# a line end inside a value: between two digits, inside a URL (http:\n//, www.\nsite), or
# between a digit and the dash of a phone
_WRAPPED = re.compile(r"(?<=[0-9A-Za-z:/.\-－—])\n(?=[0-9A-Za-z/.\-－—])")


def _joined(text: str) -> tuple[str, list[int]]:
    """``text`` without the line ends that break a value, and where each character was."""
    cut = {m.start() for m in _WRAPPED.finditer(text)}
    at = [i for i in range(len(text)) if i not in cut]
    return "".join(text[i] for i in at), at


_SITE_BEFORE = re.compile(r"网站|网|电子版|下载|查阅|网址|登录|登陆|访问|门户|平台|专栏|栏目|链接")
_SITE_AFTER = re.compile(r"[)）”\s]{0,3}(?:上|中|的)?[^，。；\n]{0,6}?(?:查阅|下载|查询|查看|浏览|获取)")


_ONLY_COPIED = re.compile(r"[)）”\s]{0,3}[^，。；;\n]{0,12}?(?:转载|转发|链接|镜像)")


def _website(text: str, organ: str | None) -> tuple[int, int] | None:
    """The span of the URL where the report says it can be read (网站, 网址, 电子版 … before
    it, or 查阅/下载 right after it): in the first 3000 characters, else anywhere (a long
    report may say it at its end)."""
    head = min(len(text), 3000)
    found = _sites(text, 0, head)
    for cue in list(re.finditer(r"查阅|下载|网址|登录", text[head:]))[:50]:
        if found:
            break
        at = head + cue.start()  # a URL around a later 查阅/下载: a window, not the whole text
        if not re.search(r"报告|电子版", text[max(head, at - 150):at + 50]):
            continue  # where to read some other document, not this report
        found = _sites(text, max(head, at - 120), min(len(text), at + 120))
    if not found:
        return None
    if len(found) > 1:
        # a site the report is only copied or linked to (同时在市政府网站转载) is not where it is
        # published, when another is named
        kept = [f for f in found if not _ONLY_COPIED.match(text, f[0][1])]
        found = kept or found
    if organ and len(found) > 1:
        for span, before in found:
            if organ in before:
                return span
        return found[-1][0]
    return found[0][0]


def _sites(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
    found = []
    for m in _URL.finditer(text, lo, hi):
        if text[m.start() - 1:m.start()] in ("@", "＠") or text[m.end():m.end() + 1] in ("@", "＠") \
                or re.search(r"(?:邮箱|邮件|E-?mail)\s*[:：]?\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue  # an e-mail's domain, or an e-mail that lost its @
        before = text[max(0, m.start() - 40):m.start()]
        if not _SITE_BEFORE.search(before) and not _SITE_AFTER.match(text, m.end()):
            continue
        e = _bracket_end(text, m.start(), m.end())
        while not text[m.start():e].endswith("/") and e > m.start() and text[e - 1] in "./":
            e -= 1
        found.append(((m.start(), e), before))
    return found


# the rest of a URL in brackets that a line end or a space broke anywhere (…/zfxxgknb.sht ⏎ ml）,
# …gov.cn/ zfxxgk/…/）): URL characters only, up to the bracket closing it
_IN_BRACKET_REST = re.compile(r"(?:[ \t\u3000]*\n?[ \t\u3000]*[A-Za-z0-9_\-./?=&%#:]+){1,3}(?=[ \t]*[）)])")


def _bracket_end(text: str, s: int, e: int) -> int:
    """Where a URL opened by a bracket ends: at its closing bracket when only URL characters and
    the spaces or line ends that broke them stand between (the breaks drop from the value);
    else ``e``."""
    if text[s - 1:s] not in ("（", "(") or text[e:e + 1] in ("）", ")"):
        return e
    m = _IN_BRACKET_REST.match(text, e)
    return m.end() if m and m.end() - e <= 120 else e


# ---------------------------------------------------------------- entry point
def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    title, title_year, title_at = title_name(text)
    organ = organ_of(text, title)
    # the title's line opens the report: a page's header block above it is the host's
    contact = contact_of(text, organ.name, text.rfind("\n", 0, title_at) + 1 if title_at else 0)
    via: dict[str, str] = {}   # a place the name does not state: how the report shows it
    zone_town = in_zone(organ.name)   # a zone's subdistrict lies in no county its address names
    if organ.county is None and organ.level in ("township", "subdistrict") and not zone_town:
        organ.county = county_of_address(contact.address)
        via["county"] = "address"
    if organ.county is None and organ.level in ("township", "subdistrict", "county_dept") and not zone_town:
        organ.county = county_named(text, organ)  # 区政府国资局 … 在浑南区委领导下
        via["county"] = "named_in_text"
    before = (organ.province, organ.city, organ.county)
    fill_from_address(organ, contact.address)   # 地址：长沙市岳麓区…: the places the name leaves out
    if zone_town:
        organ.county = None
    for field, was in zip(("province", "city", "county"), before):
        if getattr(organ, field) != was:
            via[field] = "address"
    note_places(organ, contact, text, {f: h for f, h in via.items() if getattr(organ, f)})
    infer_places(organ, contact, text)   # 电话：0577-…, 邮编, 新疆…: what the places leave unknown
    year, year_span = year_of(text, title_year, title_at)
    return Metadata(organ=organ, year=year, contact=contact, year_span=year_span)
