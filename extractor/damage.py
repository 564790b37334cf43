"""Damaged values, read for matching (family: copy/convert/publish damage).

Copying, converting and publishing put characters inside values that were not in them:
full-width forms (０９９４－２５４１６０８, ｂｄ＠ｈｅｂ．ｃｏｍ), spaces, line ends or &nbsp;
inside a phone's digits (0570- 4 612 318, 0719—6⏎681 024), an e-mail's @ written [at].

``fold(text)`` gives the text a matcher reads: full-width ASCII forms as ASCII (one for
one), the gaps inside a phone's digits closed up and [at] read as @, and for every
character of the folded text where it came from (``src``), so a span found in the folded
text points at the source text. A phone's gaps are closed only when its digits make one
whole number (an area code and a local number of the area's length, or a mobile); a number
with a digit missing stays as printed and is read by no rule (nothing is guessed), and two
numbers side by side stay two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .page_chrome import chrome_lines

# full-width ASCII letters, digits and the symbols of phones, e-mails and URLs: one for one
# (Chinese punctuation such as ，：（） is left as it is: the matchers read both forms)
ASCII_FORMS = {0xFF10 + i: chr(0x30 + i) for i in range(10)}
ASCII_FORMS.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
ASCII_FORMS.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
ASCII_FORMS.update({ord(a): b for a, b in zip("＠－．／＿＝＆％＃～", "@-./_=&%#~")})

_GAP = r"(?:[ \t\u3000\xa0]{1,3}|[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*)"
_DASHES = "-—－–‐―"
_DASH = rf"[ \t\u3000\xa0]*\n?[ \t\u3000\xa0]*[{_DASHES}]+[ \t\u3000\xa0]*\n?[ \t\u3000\xa0]*"
# digit groups apart by gaps or a dash: the runs a phone may have been broken into
_RUN = re.compile(rf"(?<![\d.])\d+(?:(?:{_DASH}|{_GAP})\d+)+(?![\d.])")
_SCHEME_COLON = re.compile(r"(?<=http)：(?=//)|(?<=https)：(?=//)", re.I)
_AT = re.compile(r"[\[(（【]\s*at\s*[\]）)】]", re.I)
# an e-mail's name broken by a line end (邮箱：ycxm⏎zj@163.com): the piece before it follows a label
# (a colon or a Chinese character) and holds no dot or @ (no address of its own), the piece after
# runs on to the @
_MAIL_BREAK = re.compile(r"(?<=[:：\u4e00-\u9fff])[A-Za-z0-9_-]{1,30}(?P<gap>[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*)"
                         r"(?=[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.)")


@dataclass(frozen=True)
class Folded:
    text: str
    starts: list[int]   # where each character of ``text`` starts in the source
    ends: list[int]     # …and ends

    def src(self, s: int, e: int) -> tuple[int, int]:
        """The source span of the folded span [s, e)."""
        if e <= s:   # an empty span: where the source character at s starts (the text's end past it)
            at = self.starts[s] if s < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[s], self.ends[e - 1]


def _phone_length_ok(digits: str) -> bool:
    """One whole number: an area code (010, 02x: three digits and eight; else four and seven
    or eight) with its local number, or a mobile."""
    if re.fullmatch(r"1[3-9]\d{9}", digits):
        return True
    if digits.startswith("0"):
        if digits[1:2] in ("1", "2"):
            return len(digits) == 11 and digits[3] in "23456789"
        return len(digits) in (11, 12) and digits[4] in "23456789"
    return False


def _phones_in(groups: list[str], seps: list[str]) -> list[tuple[int, int]]:
    """The runs of groups [i, j] that each make one whole number, left to right, each the
    longest that does (a number's groups never taken by the next one)."""
    out, i, n = [], 0, len(groups)
    while i < n:
        best = None
        digits = ""
        for j in range(i, n):
            digits += groups[j]
            if len(digits) > 12:
                break
            # a dash inside a number stands after its area code only
            if j > i and any(d in seps[j - 1] for d in _DASHES) and len(digits) - len(groups[j]) not in (3, 4):
                break
            if _phone_length_ok(digits):
                best = j
        if best is not None and best > i:
            out.append((i, best))
            i = best + 1
        else:
            i += 1
    return out


def fold(text: str) -> Folded:
    """``text`` as the matchers read it, and where each character came from."""
    base = text.translate(ASCII_FORMS)
    base = _SCHEME_COLON.sub(":", base)   # ｈｔｔｐ：／／ → http://
    cut: dict[int, tuple[int, str]] = {}   # source start -> (source end, replacement)
    chrome = None
    for m in _RUN.finditer(base):
        run = m.group()
        if "\n" in run:
            # a page number under the last line is no digit of its phone (电话：0691-5122714⏎2)
            chrome = chrome_lines(base) if chrome is None else chrome
            stop = min((cs for cs, _ in chrome if m.start() < cs < m.end()), default=m.end())
            run = base[m.start():stop].rstrip(" \t\u3000\xa0\n" + _DASHES)
        parts = re.split(rf"({_DASH}|{_GAP})", run)
        groups, seps = parts[0::2], parts[1::2]
        offs, at = [], m.start()
        for p in parts:
            offs.append(at)
            at += len(p)
        for i, j in _phones_in(groups, seps):
            digits = "".join(groups[i:j + 1])
            area = 0 if digits.startswith("1") else 3 if digits[1] in "12" else 4
            count = 0
            for k in range(i, j):
                count += len(groups[k])
                sep = seps[k]
                s = offs[2 * k + 1]
                if any(d in sep for d in _DASHES):
                    cut[s] = (s + len(sep), "-")   # the area code's dash: one hyphen
                elif count == area:
                    cut[s] = (s + len(sep), " ")  # 0535 6212345: the space after an area code is its separator
                else:
                    cut[s] = (s + len(sep), "")
    for m in _AT.finditer(base):
        cut[m.start()] = (m.end(), "@")
    for m in _MAIL_BREAK.finditer(base):
        cut[m.start("gap")] = (m.end("gap"), "")
    if not cut:
        return Folded(base, list(range(len(base))), list(range(1, len(base) + 1)))
    chars, starts, ends = [], [], []
    i = 0
    while i < len(base):
        if i in cut:
            e, rep = cut[i]
            for ch in rep:
                chars.append(ch)
                starts.append(i)
                ends.append(e)
            i = e
            continue
        chars.append(base[i])
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return Folded("".join(chars), starts, ends)


def phone_digits(raw: str) -> str:
    """A phone as printed made one value: full-width forms as ASCII, the gaps inside it
    closed up, any dash as one hyphen; the space after an area code kept when that is its
    only separator (0535 6212345)."""
    s = raw.translate(ASCII_FORMS)
    s = re.sub(rf"{_DASH}|(?<=\d)一+(?=\d)", "-", s)   # (一: OCR's reading of a dash)
    head = re.match(r"([（(]?[ \t]*0\d{2,3}[ \t]*[)）]?)[ \t\u3000\xa0]+(?=\d)", s)
    if head:
        return head.group(1) + " " + re.sub(r"\s+", "", s[head.end():])
    return re.sub(r"\s+", "", s)


def email_value(raw: str) -> str:
    """An e-mail as printed made one value: full-width forms as ASCII, ＠ or [at] as @."""
    return _AT.sub("@", raw.translate(ASCII_FORMS)).replace(" ", "")


def url_value(raw: str) -> str:
    """A URL as printed made one value: full-width forms as ASCII (ｈｔｔｐ：／／ too), the
    spaces and line ends that broke it out."""
    return re.sub(r"\s+", "", _SCHEME_COLON.sub(":", raw.translate(ASCII_FORMS)))


def word_value(raw: str) -> str:
    """A value in words (an address) without the spaces and line ends damage put inside it;
    a space between two Latin words or numbers stays."""
    return re.sub(r"\s+", lambda m: " " if re.match(r"[A-Za-z]", raw[m.end():m.end() + 1] or "")
                  and re.match(r"[A-Za-z]", raw[m.start() - 1:m.start()] or "") else "", raw).strip()
