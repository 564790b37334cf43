"""Page chrome inside the prose (family: a PDF's text pasted page by page).

A report copied out of a PDF carries each page's footer and the next page's running header
between two lines of one sentence::

    …副主任王丹分管，
    第1页
    某区人民政府 2023年度街道政府信息公开年报
    街道综合办公室为政务公开工作机构…

``chrome_lines(text)`` finds those lines: a page mark (``document.PAGE_MARK``: 第1页, — 2 —,
第 1 页 共 3 页), a bare page number when the text's bare-number lines count pages (1, 2, 3 …
each after a line of prose), and the running header or footer right after a page mark (a short
line without a clause's punctuation that the text prints again, or that names a website, a
portal or the report: ``cues.tsv`` role ``running_header``).
A PDF whose page marks were lost in copying still prints its running header: the title
block's lines (the organ's name, the report's title) again between the paragraphs below it
(``_title_repeats``).

A page a browser printed carries the browser's own header and footer on every page (family: a
portal page printed to PDF): the page's date and time with its title (Chromium: ``2026/1/23
10:14某镇2025年年度报告_某区人民政府网``; Safari and others: the title, then the date or the
URL), and the page's URL with the page count (``https://…/post_1.html 1/2``; Firefox: ``第 1 页，
共 2 页`` or ``1 of 2`` with the date). ``print_chrome_lines(text)`` finds those lines; they are
page marks of ``chrome_lines`` too. A value on them (the URL) is never a report's.

``without_chrome(text)`` is the text a reader of sentences reads: those lines taken out, and
the sentence they broke joined again when it runs on (the line before ends without a stop and
is no heading, the line after opens no numbered part), with, per character, its offset in
``text`` (one more for the end), so a span found there is put back on the text as given. The
narrative facts read it (``narrative_lex.unwrapped``); any reader of the prose can.
``sentence_breaks(text)`` gives the same blocks a sentence runs on across as spans between the
text before and after, for a reader that drops them itself (the figures:
``narrative_lex.wrapped_breaks`` → ``narrative_figures.mend_breaks``, on its kept offsets).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .document import PAGE_MARK, is_page_mark, without_spans
from .lexicon import role_words

_WS = " \t\r\xa0\u3000"
_CLAUSE_PUNCT = re.compile(r"[。，,；;：:！？!?]")
_STOP = "。！？!?；;：:"
# an item's number: 一、 （二） 3. (narrative_lex's numbered lines too); a numbered part or a
# section heading opens its own line (those, and 第一，)
NUMBER_MARK = r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|\d+[.、．]"
_OPENS_PART = re.compile(rf"[ \t\u3000\xa0]*(?:{NUMBER_MARK}|第[一二三四五六七八九十]+[，,、])")
_BARE_NUMBER = re.compile(r"\d{1,3}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a number's digits right after words, and digits running into words (a number a page split)
_DIGITS_AFTER_WORDS = re.compile(r"[\u4e00-\u9fff][\d,，]{1,6}$")
_DIGITS_INTO_WORDS = re.compile(r"[\d,，]+[\u4e00-\u9fff]")
_HEADER_MAX = 60
# a browser's print chrome (print_chrome_lines): the URL, the page count, the date and time
_PRINT_URL = r"(?:https?|file)://[^\s]+"
_PRINT_COUNT = (r"(?:\d{1,4}[ \t]*/[ \t]*\d{1,4}|(?:[Pp]age[ \t]*)?\d{1,4}[ \t]+of[ \t]+\d{1,4}"
                r"|第[ \t]*\d{1,4}[ \t]*页[ \t]*[,，]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)")
_PRINT_DATE = r"(?:\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2}/\d{2,4},?)"
_PRINT_TIME = (rf"{_PRINT_DATE}[ \t]*(?:(?:上午|下午)[ \t]*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
               r"(?:[ \t]*[AaPp][Mm])?")
# the footer: nothing but the URL with the page count or the date, or the page count with the
# date (either first; the date there may go without its time)
_PRINT_DAY = rf"(?:{_PRINT_TIME}|{_PRINT_DATE})"
_PRINT_FOOTER = re.compile("|".join(rf"{a}[ \t]+{b}|{b}[ \t]+{a}" for a, b in (
    (_PRINT_URL, _PRINT_COUNT), (_PRINT_URL, _PRINT_DAY), (_PRINT_COUNT, _PRINT_DAY))))
# the header: the date and time with the page's title after it, or the title with the date or
# the URL after a space (the two ends of the page's top line); a title has no clause's
# punctuation, and opens no bracket before the URL (见网站（ http://… is prose)
_PRINT_TITLE = r"[^\s:：，,。；;][^:：，,。；;\n]{3,80}?"
_PRINT_HEADER = re.compile(rf"{_PRINT_TIME}[ \t]*{_PRINT_TITLE}"
                           rf"|{_PRINT_TITLE}(?<![（(])[ \t]+(?:{_PRINT_TIME}|{_PRINT_URL})")
# a footer with words: a page mark (or 共M页 第N页) at one end of a line, a running header's
# words at the other (某县人民政府办公室印发 第3页, 某区年度报告 — 2 —, 第2页 某区政务公开办)
_MARK = rf"(?:{PAGE_MARK.pattern}|共\s*\d{{1,4}}\s*页\s*[,，]?\s*第\s*\d{{1,4}}\s*页)"
_MARK_AT_END = re.compile(rf"(?<=[^\d\s])\s*(?:{_MARK})$")
_MARK_AT_START = re.compile(rf"^(?:{_MARK})\s*(?=[^\d\s])")
# A line of prose this long that stops without a stop was wrapped at a fixed width (a PDF's
# text, pasted), not ended (narrative_lex's wrapped lines too); a shorter one without
# punctuation, after a stop, is a heading
WRAP_MIN = 25


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end at its newline (or the text's end)."""
    out, pos = [], 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


@lru_cache(maxsize=1)
def _header_words() -> tuple[str, ...]:
    return role_words("cues", "running_header")


def _page_numbers(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of bare-number lines that count the pages: two or more, each after a line of
    prose (Chinese), their numbers rising by one (1, 2, 3). A bare number elsewhere is a value."""
    found = []
    for i, (s, e) in enumerate(lines):
        t = text[s:e].strip(_WS)
        if _BARE_NUMBER.fullmatch(t) and i > 0:
            prev = text[lines[i - 1][0]:lines[i - 1][1]].strip(_WS)
            if _HAN.search(prev) and len(prev) >= 8:
                found.append((i, int(t)))
    if len(found) < 2 or any(b[1] != a[1] + 1 for a, b in zip(found, found[1:])):
        return set()
    return {i for i, _ in found}


def _worded_footers(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of footer lines that print words with the page mark (``_MARK_AT_END``,
    ``_MARK_AT_START``): the words a running header's (``is_running_header``), printed with a
    page mark on two or more lines, or naming a site, a portal or the report."""
    stems: dict[int, str] = {}
    for i, (s, e) in enumerate(lines):
        t = text[s:e].strip(_WS)
        m = _MARK_AT_END.search(t) or _MARK_AT_START.search(t)
        if m:
            stem = (t[:m.start()] + t[m.end():]).strip(_WS)
            if _HAN.search(stem):
                stems[i] = stem
    counts = Counter(stems.values())
    return {i for i, stem in stems.items() if is_running_header(stem, counts)}


def is_running_header(line: str, counts: dict[str, int] | None = None) -> bool:
    """A running header or footer next to a page mark: short, no clause punctuation, no
    numbered part, printed again in the text or naming a site, portal or the report."""
    t = line.strip(_WS)
    if not t or len(t) > _HEADER_MAX or _CLAUSE_PUNCT.search(t) or _OPENS_PART.match(t):
        return False
    return (counts or {}).get(t, 0) >= 2 or any(w in t for w in _header_words())


def _line_counts(text: str, lines: list[tuple[int, int]]) -> Counter:
    """How often each line (stripped) stands in the text: a running header prints again."""
    return Counter(text[s:e].strip(_WS) for s, e in lines)


def _with_ends(text: str, lines: list[tuple[int, int]], idx) -> list[tuple[int, int]]:
    """The lines ``idx`` as (start, end) spans, each with its line end, in text order."""
    return [(lines[i][0], min(lines[i][1] + 1, len(text))) for i in sorted(idx)]


def _print_chrome(text: str, lines: list[tuple[int, int]], counts: Counter) -> set[int]:
    """Indices of the lines a browser printed on every page: its footer (two of the URL, the
    page count and the date, alone on the line), and its header (the date and time or the
    URL with the page's title) where it opens the text, follows a footer or stands twice
    (``counts``: ``_line_counts``)."""
    strip = [text[s:e].strip(_WS) for s, e in lines]
    footers = {i for i, t in enumerate(strip) if _PRINT_FOOTER.fullmatch(t)}
    first = next((i for i, t in enumerate(strip) if t), None)
    headers = {i for i, t in enumerate(strip) if _PRINT_HEADER.fullmatch(t)
               and (i == first or counts[t] >= 2 or i - 1 in footers)}
    return footers | headers


def print_chrome_lines(text: str) -> list[tuple[int, int]]:
    """A browser's print header and footer lines (``_print_chrome``), each (start, end) with
    its line end."""
    lines = _lines(text)
    return _with_ends(text, lines, _print_chrome(text, lines, _line_counts(text, lines)))


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """The page chrome lines of ``text``, each (start, end) with its line end."""
    if "\n" not in text:
        return []
    lines = _lines(text)
    counts = _line_counts(text, lines)
    marks = {i for i, (s, e) in enumerate(lines) if is_page_mark(text[s:e])}
    marks |= _print_chrome(text, lines, counts)
    marks |= _page_numbers(text, lines)
    marks |= _worded_footers(text, lines)
    # a bare page number with the next page's running header (by its words) right after it
    marks |= {i for i, (s, e) in enumerate(lines[:-1])
              if _BARE_NUMBER.fullmatch(text[s:e].strip(_WS)) and is_running_header(text[slice(*lines[i + 1])])}
    chrome = set(marks) | _title_repeats(text, lines, counts)
    if not chrome:
        return []
    for i in marks:
        after = i + 1
        while after < len(lines) and not text[slice(*lines[after])].strip(_WS):
            after += 1   # blank lines between the footer and the next page's header
        if after < len(lines) and after not in marks and is_running_header(text[slice(*lines[after])], counts):
            chrome.update(range(i + 1, after + 1))
        before = i - 1
        if before >= 0 and before not in marks and counts.get(text[slice(*lines[before])].strip(_WS), 0) >= 2 \
                and is_running_header(text[slice(*lines[before])], counts):
            chrome.add(before)
    return _with_ends(text, lines, chrome)


# a date line (a signature's: 2023年1月20日) and how many lines at the top a title block may take
_DATE_LINE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_TITLE_LINES = 3


def _title_repeats(text: str, lines: list[tuple[int, int]], counts: dict[str, int]) -> set[int]:
    """Indices of the title block's lines printed again between the paragraphs below it (a PDF
    whose running header repeats the organ's name or the report's title on every page, its page
    marks lost in copying): a line of the first few at the top, a header's shape
    (``is_running_header``), seen again after the prose began and followed by more text that is
    no date (the organ's name above the date closing the report is its signature, no chrome)."""
    shown = [i for i, (s, e) in enumerate(lines) if text[s:e].strip(_WS)]
    top: dict[str, int] = {}
    for i in shown[:_TITLE_LINES]:
        top.setdefault(text[slice(*lines[i])].strip(_WS), i)
    # the prose begins at the first line holding a sentence's stop or comma (a link bar's
    # 部门网站： is none)
    prose = next((i for i in shown if re.search(r"[。，,；;]", text[slice(*lines[i])])), None)
    if prose is None:
        return set()
    out = set()
    for k, i in enumerate(shown):
        t = text[slice(*lines[i])].strip(_WS)
        if i <= prose or top.get(t, i) >= i or not _HAN.search(t) or not is_running_header(t, counts):
            continue
        nxt = shown[k + 1] if k + 1 < len(shown) else None
        if nxt is not None and not _DATE_LINE.match(text[slice(*lines[nxt])].strip(_WS)):
            out.add(i)
    return out


def _blocks(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent chrome lines as one block."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _runs_on(text: str, s: int, e: int) -> bool:
    """Whether the sentence before the chrome block [s, e) runs on after it: the line before
    ends without a stop and is no heading (a numbered one, or a short one without punctuation
    the line above does not run into), the line after opens no numbered part, and two numbers
    meet only where a page split one inside words (信息3⏎第1页⏎87条)."""
    before = text[:s].rstrip(_WS + "\n")
    after = text[e:]
    if not before or not after.strip(_WS) or before[-1] in _STOP or _OPENS_PART.match(after):
        return False
    # a heading before the page break ((二)改进措施) ends its line: the items follow it
    line = before[before.rfind("\n") + 1:]
    if _OPENS_PART.match(line) and not _CLAUSE_PUNCT.search(line):
        return False
    # so does a short one without a number (改进措施, 存在问题) unless the line above runs into
    # it (ends with a comma, or is a long line of prose without a stop)
    if not _CLAUSE_PUNCT.search(line) and len(line.strip(_WS)) < WRAP_MIN:
        above = before[:max(0, before.rfind("\n"))].rstrip(_WS + "\n")
        above_line = above[above.rfind("\n") + 1:].strip(_WS)
        if not above_line or not (above_line[-1] in "，,、" or (len(above_line) >= WRAP_MIN and above_line[-1] not in _STOP)):
            return False
    # a number split by the page (信息3⏎第1页⏎87条) is one number only with words on both
    # sides: digits after words before the chrome, digits running into words after it
    # (申请2⏎第1页⏎12 3件 are two values)
    first = after.lstrip(_WS)
    if before[-1].isdigit() and first[:1].isdigit():
        return bool(_DIGITS_AFTER_WORDS.search(before) and _DIGITS_INTO_WORDS.match(first))
    return True


def sentence_breaks(text: str) -> list[tuple[int, int]]:
    """The chrome blocks a sentence runs on across (``_runs_on``), each as the span from the
    end of the text before (its spaces and blank lines with the block) to the start of the text
    after: what a reader joining the two lines drops (``narrative_lex.chrome_breaks`` says which
    of them a figure reads through)."""
    out = []
    for s, e in _blocks(chrome_lines(text)):
        if s > 0 and _runs_on(text, s, e):
            while s > 0 and text[s - 1] in _WS + "\n":
                s -= 1
            while e < len(text) and text[e] in _WS + "\n":
                e += 1
            out.append((s, e))
    return out


def chrome_drops(text: str) -> list[tuple[int, int]]:
    """The spans ``without_chrome`` takes out: each chrome block, with the line end before it
    when the sentence runs on across it."""
    drops = []
    for s, e in _blocks(chrome_lines(text)):
        if s > 0 and _runs_on(text, s, e):
            s = s - 1   # the line end before the block (the block starts a line)
        drops.append((s, e))
    return drops


def without_chrome(text: str) -> tuple[str, list[int]]:
    """``text`` without its page chrome (``chrome_drops``), and per character its offset in
    ``text`` (one more for the end)."""
    return without_spans(text, chrome_drops(text))
