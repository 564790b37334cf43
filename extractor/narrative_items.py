"""Section 五 as items: the problems and the remedies, one fact each, whatever the style.

Enumerations 一是/二是, 第一/第二, 1./（1）, 一要/二要, 首先/其次, with numbering slips (一是…三是…
三是); sub-headings （一）存在的问题 / （二）改进措施; un-headed sections split where a sentence
starts the remedies (下一步, 针对上述问题, 2024年，我局将…); unnumbered items one finished sentence
per line; a sentence introducing a list (主要表现在：) is no item. Vocabulary (heads, leads) is
``lexicons/cues.tsv``'s.
"""
from __future__ import annotations

import re

from .document import stripped_span
from .narrative_lex import SENT_END, STRIP, cue, fact
from .numbers import parse_chinese_numeral
from .record import Fact
from .sections import Section

_STRIP, _SENT_END, _fact = STRIP, SENT_END, fact

# an enumeration mark may follow a list's introduction without punctuation (存在的主要问题一是)
_AFTER_INTRO = r"|(?<=问题)|(?<=不足)|(?<=表现在)|(?<=表现为)|(?<=主要是)|(?<=方面)"
_ENUMS = {
    "yishi": re.compile(rf"(?:^|(?<=[\s。；;，,：:]){_AFTER_INTRO})(?P<n>[一二三四五六七八九十])是"),
    "yiyao": re.compile(r"(?:^|(?<=[\s。；;，,：:]))(?P<n>[一二三四五六七八九十])要(?=[\u4e00-\u9fff])"),
    "diyi": re.compile(r"(?:^|(?<=[\s。；;，,：:]))第(?P<n>[一二三四五六七八九十])[，,、：:]"),
    "paren": re.compile(r"[（(](?P<n>[一二三四五六七八九十])[）)]"),
    "arabic": re.compile(r"(?:^|(?<=[\s。；;：:]))(?P<n>[1-9])[、.．](?!\d)"),
    "arabic_paren": re.compile(r"(?:^|(?<=[\s。；;：:]))[（(](?P<n>[1-9])[）)]"),
    "order": re.compile(r"(?:^|(?<=[\s。；;：:]))(?P<n>首先|其次|再次|最后)[，,、：:]?"),
}
_ORDER = {"首先": 1, "其次": 2, "再次": 3, "最后": 4}


def _items(text: str, a: int, b: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The first enumeration (1, 2, … in order) inside [a, b): its style and item spans."""
    best = None
    for style, rx in _ENUMS.items():
        marks, want = [], 1
        for m in rx.finditer(text, a, b):
            g = m.group("n")
            n = int(g) if g.isdigit() else _ORDER.get(g) or parse_chinese_numeral(g)
            if style == "order" and g == "最后" and marks:
                n = want  # 首先…其次…最后 (no 再次)
            if n == want:
                marks.append(m)
                want += 1
            elif marks and n == want - 1 and style != "order":
                marks.append(m)  # a numbering slip (一是…二是…二是): one more item
            elif marks and n == want + 1 and style != "order":
                marks.append(m)  # a number skipped (一是…三是…三是): one more item
                want = n + 1
        if marks and (best is None or marks[0].start() < best[1][0].start()):
            best = (style, marks)
    if best is None:
        return None
    style, marks = best
    spans = []
    for k, m in enumerate(marks):
        e = marks[k + 1].start() if k + 1 < len(marks) else b
        if k + 1 == len(marks) and style in ("yishi", "diyi", "yiyao", "order"):
            nl = text.find("\n", m.end(), e)
            e = nl if nl >= 0 else e
        spans.append((m.end(), e))
    return style, spans


# a sentence saying what the organ will do: 2023年，我局将…; 对此，本局将进一步…
_WILL = re.compile(r"(?:20\d\d年(?:度)?[，,]?)?[^。；;]{0,18}?(?:将(?![其近来会要于之])[\u4e00-\u9fff]"
                   r"|(?<![需还])(?:拟|要)(?:进一步|继续|持续|不断|着力|重点|加大|加强|围绕|按照|结合|切实|全面|努力|认真|严格|坚持|深入))")


def _remedy_start(text: str, a: int, b: int) -> int | None:
    """Where the remedies begin in an un-headed section 五 (a sentence with a remedy lead)."""
    leads = cue("remedy_lead")
    i = a
    first = True
    while i < b:
        j = i
        while j < b and text[j] not in _SENT_END:
            j += 1
        s, _ = stripped_span(text, i, j)
        head = text[s:min(j, s + 30)]
        if not first and s < j and (any(c in head for c in leads) or _WILL.match(head)):
            return s
        if s < j:
            first = False
        i = j + 1
    return None


_NONE_STATED = re.compile(r"(?:本年度?|今年|全年|\d{4}年度?)?[，,]?(?:暂无|无|没有|未发现|未发生|不存在)"
                          r"[^。；;，,\n]{0,8}(?:问题|不足)[。；;]?$")


def _paragraphs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Unnumbered items one paragraph each: two or more lines, every one a finished sentence
    (ending 。；！) of some length; a paragraph wrapped over lines (a PDF's) does not qualify."""
    lines, i = [], a
    while i < b:
        j = text.find("\n", i, b)
        j = b if j < 0 else j
        s, e = stripped_span(text, i, j)
        if s < e:
            lines.append((s, e))
        i = j + 1
    ends = "。；;！!"
    if len(lines) < 2 or any(e - s < 8 or text[e - 1] not in ends and text[e:e + 1] not in ends
                             for s, e in lines):
        return []
    return lines


def _part_items(text: str, a: int, b: int, kind: str) -> list[Fact]:
    a, b = stripped_span(text, a, b, _STRIP)
    if a >= b:
        return []
    # a part saying there is nothing to report (本年度无存在问题) holds no item
    if kind == "problem" and _NONE_STATED.match(text, a, b) and _NONE_STATED.match(text, a, b).end() == b:
        return []
    found = _items(text, a, b)
    spans = found[1] if found else []
    if not spans:
        # one item: drop an introduction ending in a colon (主要存在问题：…)
        colon = min((k for k in (text.find("：", a, b), text.find(":", a, b)) if k >= 0), default=-1)
        if colon >= 0 and colon - a <= 40 and b - colon > 4:
            a = colon + 1
        spans = _paragraphs(text, a, b) or [(a, b)]
    out = []
    for s, e in spans:
        s, e = stripped_span(text, s, e, _STRIP)
        if e - s >= 4:
            out.append(_fact(kind, text, s, e, None))
    return out


def problems_and_remedies(text: str, s5: Section) -> list[Fact]:
    a, b = s5.body_start, s5.body_end
    # sub-headings: （一）主要问题 / （二）改进措施 on a short line of their own
    heads = []
    for rx in (_ENUMS["paren"], _ENUMS["arabic"], _ENUMS["diyi"]):
        for m in rx.finditer(text, a, b):
            nl = text.find("\n", m.end(), b)
            line = text[m.end():nl if nl >= 0 else b]
            if len(line.strip()) > 14 or re.search(r"[，,；;。]", line.strip().rstrip("。")):
                continue
            role = ("remedy" if any(c in line for c in cue("remedy_head")) else
                    "problem" if any(c in line for c in cue("problem_head")) else None)
            if role:
                heads.append((m.start(), (nl if nl >= 0 else b), role))
        if heads:
            break
    parts = []
    if heads:
        for k, (hs, he, role) in enumerate(heads):
            parts.append((role, he, heads[k + 1][0] if k + 1 < len(heads) else b))
    else:
        r = _remedy_start(text, a, b)
        parts = [("problem", a, r if r is not None else b)]
        if r is not None:
            parts.append(("remedy", r, b))
    facts = []
    for role, pa, pb in parts:
        facts += _part_items(text, pa, pb, role)
    return facts
