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
from bisect import bisect_left
from functools import lru_cache

from .document import stripped_span
from .lexicon import load
from .record import CHANNELS, Fact

HAN = r"\u4e00-\u9fff\u2e80-\u2fdf"
SENT_END = "。！？!?\n"
CLAUSE_END = "，,；;。！？!?：:\n"
STRIP = " \t\r\n\xa0\u3000；;。，,、：:"  # what a fact's text never starts or ends with


# A line of prose this long that stops without a stop was wrapped at a fixed width (a PDF's
# text, pasted), not ended; a numbered part (一、 （二） 3.) opens a new line of its own.
WRAP_MIN = 25
_NUMBERED = re.compile(r"[ \t\u3000\xa0]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|\d+[.、．])")
_LINE_STOP = "。！？!?；;：:"


def wrapped(text: str, nl: int) -> bool:
    """Whether the line end at ``nl`` breaks a sentence of text wrapped at a fixed width: the
    line before it is long, holds no table (no tab, no ``|``), ends without a stop, and the
    next line opens no numbered part (the line itself may: （三）平台建设。依托…党群服务⏎中心)."""
    ls = text.rfind("\n", 0, nl) + 1
    line = text[ls:nl].strip()
    return (len(line) >= WRAP_MIN and line[-1:] not in _LINE_STOP and "\t" not in line and "|" not in line
            and not _NUMBERED.match(text, nl + 1))


_LINE_END_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff0-9，,、（(“）)”])[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*(?=[\u4e00-\u9fff0-9（(“）)”])")


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The line ends (with the spaces around them) that break a sentence of wrapped text
    (``wrapped``) between two Chinese characters or digits, or after a comma or an opening
    bracket or quote, or before or after a closing one (办公室（政务公开办⏎）承担), two numbers
    apart excepted (12⏎34 stays two numbers)."""
    return [(m.start(), m.end()) for m in _LINE_END_IN_WORDS.finditer(text)
            if not (text[m.start() - 1].isdigit() and text[m.end()].isdigit())
            and wrapped(text, text.index("\n", m.start()))]


def unwrapped(text: str) -> tuple[str, list[int]]:
    """``text`` with its wrapped line ends (``wrapped_breaks``) taken out, and per character
    kept its offset in ``text`` (one more for the end): 政务公开第一责任人 read whole where a
    pasted PDF's text broke it after 政务公."""
    drop = wrapped_breaks(text)
    if not drop:
        return text, list(range(len(text) + 1))
    at, last = [], 0
    for s, e in drop:
        at.extend(range(last, s))
        last = e
    at.extend(range(last, len(text)))
    return "".join(text[i] for i in at), at + [len(text)]


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
