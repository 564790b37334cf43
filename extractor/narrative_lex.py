"""Vocabulary and text helpers shared by the narrative modules (facts and figures).

``cue(role)`` reads ``lexicons/cues.tsv``; ``channel_table`` reads ``lexicons/channels.tsv`` and
checks its values against the contract. ``bounds`` finds the sentence or clause around a hit
and ``holds_any`` whether a piece of text holds one of some terms, each by bisection over
positions found once per text (a run-on text of 0.5 MB made a character walk per hit
quadratic).
"""
from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .document import stripped_span, without_spans
from .lexicon import load
from .page_chrome import NUMBER_MARK, WRAP_MIN, sentence_breaks, without_chrome
from .record import CHANNELS, Fact

HAN = r"\u4e00-\u9fff\u2e80-\u2fdf"
SENT_END = "。！？!?\n"
CLAUSE_END = "，,；;。！？!?：:\n"
STRIP = " \t\r\n\xa0\u3000；;。，,、：:"  # what a fact's text never starts or ends with


# (WRAP_MIN, page_chrome's: a line of prose this long that stops without a stop was wrapped at a
# fixed width, not ended); a numbered part (一、 （二） 3.) opens a new line of its own.
_NUMBERED = re.compile(rf"[ \t\u3000\xa0]*(?:{NUMBER_MARK})")
_LINE_STOP = "。！？!?；;：:"


def _columns(line: str) -> int:
    """A line's width as printed: a wide (Chinese, full-width) character two columns, others one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# a document wrapped narrower than WRAP_MIN characters (a pasted PDF's narrow column: 18–24
# characters a line) shows it by many lines of prose ending at one width, as printed
_NARROW_LINES = 5        # at least this many lines ending at the width …
_NARROW_MIN_COLS = 28    # … of at least this many columns (14 Chinese characters), …
_NARROW_SHARE = 0.6      # … and this share of the lines as wide or wider ends at that width


@lru_cache(maxsize=8)
def wrap_columns(text: str) -> int | None:
    """The width (in columns) a narrowly wrapped text was wrapped at, or None: the width the
    most prose lines without a stop reach, counting a line up to two columns short (a wide
    character that did not fit, a digit's half column), when at least ``_NARROW_LINES`` do and
    most lines of that width or wider are of it (a report whose paragraphs run on one line each
    has its headings of one width, and its paragraphs far wider: no wrap). Lines ending in a
    stop, a table's lines and numbered headings are not counted for the width."""
    lines = [x.strip() for x in text.split("\n")]
    lines = [ln for ln in lines if ln and "\t" not in ln and "|" not in ln]
    widths = [_columns(ln) for ln in lines if ln[-1:] not in _LINE_STOP and not _NUMBERED.match(ln)]
    best, count = None, 0
    for w in set(widths):
        if w < _NARROW_MIN_COLS:
            continue
        n = sum(1 for x in widths if w - 2 <= x <= w)
        if n > count or (n == count and best is not None and w < best):
            best, count = w, n
    if best is None or count < _NARROW_LINES:
        return None
    wide = [c for c in (_columns(ln) for ln in lines) if c >= best - 2]
    return best if sum(1 for c in wide if c <= best + 2) >= _NARROW_SHARE * len(wide) else None


def wrapped(text: str, nl: int) -> bool:
    """Whether the line end at ``nl`` breaks a sentence of text wrapped at a fixed width: the
    line before it is long (``WRAP_MIN`` characters, or within two columns of the width a
    narrowly wrapped text was wrapped at: ``wrap_columns``), holds no table (no tab, no ``|``),
    ends without a stop, and the next line opens no numbered part (the line itself may:
    （三）平台建设。依托…党群服务⏎中心)."""
    ls = text.rfind("\n", 0, nl) + 1
    line = text[ls:nl].strip()
    if not line or line[-1:] in _LINE_STOP or "\t" in line or "|" in line or _NUMBERED.match(text, nl + 1):
        return False
    if len(line) >= WRAP_MIN:
        return True
    cols = wrap_columns(text)
    # (a stop or comma the line could not leave to the next one hangs two columns over)
    return cols is not None and cols - 2 <= _columns(line) <= cols + 2


# what a line broken inside a sentence ends with and the next one opens with: words, digits,
# brackets and quotes (a comma only ends one)
_IN_WORDS = "\u4e00-\u9fff0-9（(“）)”"
_LINE_END_IN_WORDS = re.compile(rf"(?<=[{_IN_WORDS}，,、])[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*(?=[{_IN_WORDS}])")


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The line ends (with the spaces around them) that break a sentence of wrapped text
    (``wrapped``) between two Chinese characters or digits, or after a comma or an opening
    bracket or quote, or before or after a closing one (办公室（政务公开办⏎）承担), two numbers
    apart excepted (12⏎34 stays two numbers); and the page chrome that breaks one
    (``chrome_breaks``), whole. In text order, none inside another."""
    chrome = chrome_breaks(text)
    ends = [(m.start(), m.end()) for m in _LINE_END_IN_WORDS.finditer(text)
            if not (text[m.start() - 1].isdigit() and text[m.end()].isdigit())
            and not any(s < m.end() and m.start() < e for s, e in chrome)
            and wrapped(text, text.index("\n", m.start()))]
    return sorted(ends + chrome)


def chrome_breaks(text: str) -> list[tuple[int, int]]:
    """The page chrome a figure is read across (family: a PDF's page mark and running header
    between two lines of one sentence: …公众号发布信息⏎第 1 页 共 2 页⏎某区人民政府门户网站⏎312条):
    of the blocks a sentence runs on across (``page_chrome.sentence_breaks``, spans from the end
    of the line before to the start of the line after), those between words as a wrapped line
    is (the line before ends in words, a digit or a comma, the line after opens with them), the
    line after holding words (a lone number is a flattened table's value), neither line a
    table's row, and the line before inside a sentence, no heading (``_sentence_runs_into``)."""
    out = []
    for s, e in sentence_breaks(text):
        ls = text.rfind("\n", 0, s) + 1
        nl = text.find("\n", e)
        before, after = text[ls:s], text[e:nl if nl >= 0 else len(text)]
        if not (re.match(rf"[{_IN_WORDS}，,、]", text[s - 1]) and re.match(rf"[{_IN_WORDS}]", text[e])):
            continue
        if any(c in before + after for c in "\t|") or not re.search(rf"[{HAN}]", after):
            continue
        if _sentence_runs_into(text, ls, s):
            out.append((s, e))
    return out


def _sentence_runs_into(text: str, ls: int, s: int) -> bool:
    """Whether the line text[ls:s] (before page chrome) is inside a sentence, not a heading: it
    holds a clause mark, or the line above it runs into it (ends with a comma, or was wrapped);
    a short line with no clause mark is a heading (（二）改进措施, 存在问题)."""
    line = text[ls:s].strip()
    if re.search(r"[，,、；;：:。！？!?]", line):
        return True
    if _NUMBERED.match(line) and len(line) < WRAP_MIN:
        return False
    above = text[text.rfind("\n", 0, max(0, ls - 1)) + 1:max(0, ls - 1)].rstrip(" \t\r\u3000\xa0")
    return ls > 0 and bool(above) and (above[-1] in "，,、" or wrapped(text, ls - 1))


# spaces conversion left between two Chinese characters inside a line (分管副 镇长, 组　长：, a
# name printed 马  军): no word of the prose holds them
_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\xa0]{1,3}(?=[\u4e00-\u9fff])")


def unwrapped(text: str) -> tuple[str, list[int]]:
    """``text`` as the facts are read: its page chrome (``page_chrome.without_chrome``: a page's
    footer and the next page's header between two lines of a sentence), its wrapped line ends
    (``wrapped_breaks``) and the spaces inside its words (``_SPACE_IN_WORDS``) taken out, and
    per character kept its offset in ``text`` (one more for the end): 政务公开第一责任人 read
    whole where a pasted PDF's text broke it after 政务公, 副镇长 where a space split it."""
    plain, at = without_chrome(text)
    drop = wrapped_breaks(plain)
    if drop:
        plain, at = without_spans(plain, drop, at)
    spaces = [m.span() for m in _SPACE_IN_WORDS.finditer(plain)]
    if spaces:
        plain, at = without_spans(plain, spaces, at)
    return plain, at


def fact(kind: str, text: str, s: int, e: int, value: str | None) -> Fact:
    """A fact over text[s:e], its ends stripped of spaces and punctuation."""
    s, e = stripped_span(text, s, e, STRIP)
    return Fact(kind, text[s:e], value, [s, e])


class LexiconValueError(ValueError):
    pass


@lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[str, ...]]:
    """role -> its cue phrases (``lexicons/cues.tsv``)."""
    out: dict[str, list[str]] = {}
    for r in load("cues", required=("role", "cue"), unique=("role", "cue")):
        out.setdefault(r["role"], []).append(r["cue"])
    return {k: tuple(v) for k, v in out.items()}


def cue(role: str) -> tuple[str, ...]:
    return cue_table().get(role, ())


def channel_table(directory: str | None = None) -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """alias -> canonical channels, and the set of ignored aliases (``lexicons/channels.tsv``)."""
    rows = load("channels", required=("alias", "channel"), unique=("alias",), directory=directory)
    table, ignore = {}, set()
    for r in rows:
        values = tuple(v.strip() for v in r["channel"].split(",") if v.strip())
        bad = [v for v in values if v not in CHANNELS]
        if bad:
            raise LexiconValueError(f"lexicons/channels.tsv: alias {r['alias']!r}: unknown channel "
                                    f"{', '.join(bad)} (valid: {', '.join(CHANNELS)})")
        table[r["alias"]] = values
        if r.get("ignore") == "1":
            ignore.add(r["alias"])
    return table, ignore


# How far ``bounds`` looks on each side for an end: a real sentence is a few hundred
# characters; a run of text with no end at all (0.5 MB with no 。) must not make every hit
# in it scan all of it (time grew with the square of its length: 83 s).
MAX_REACH = 2000

# Per thread, the text last searched and, per set of ends / per term list, the sorted
# positions found in it once: ``bounds`` and ``holds_any`` are then a bisection per hit.
_SEEN = threading.local()


def _positions(text: str, key, find) -> list:
    if getattr(_SEEN, "text", None) is not text:
        _SEEN.text, _SEEN.at = text, {}
    at = _SEEN.at.get(key)
    if at is None:
        at = _SEEN.at[key] = find()
    return at


def bounds(text: str, i: int, j: int, ends: str) -> tuple[int, int]:
    """The piece of text around [i, j) between two of ``ends`` (at most ``MAX_REACH``
    characters on each side)."""
    at = _positions(text, ends, lambda: [m.start() for m in re.finditer(
        "[" + re.escape(ends) + "]", text)])
    lo, hi = max(0, i - MAX_REACH), min(len(text), j + MAX_REACH)
    k = bisect_left(at, i)
    s = at[k - 1] + 1 if k and at[k - 1] >= lo else lo
    k = bisect_left(at, j)
    return s, at[k] if k < len(at) and at[k] < hi else hi


def holds_any(text: str, s: int, e: int, terms: tuple[str, ...]) -> bool:
    """Whether one of ``terms`` occurs inside text[s:e] (``any(t in text[s:e] …)`` without
    slicing: the occurrences are found once per text)."""
    def find() -> list[tuple[int, int]]:
        return sorted((m.start(), m.start() + len(t)) for t in terms if t  # overlapping too
                      for m in re.finditer(f"(?={re.escape(t)})", text))
    at = _positions(text, ("terms", terms), find)
    k = bisect_left(at, (s, -1))
    while k < len(at) and at[k][0] < e:
        if at[k][1] <= e:
            return True
        k += 1
    return False
