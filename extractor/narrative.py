"""Facts and narrative figures from the prose.

Facts: the responsible official (a post), the responsible office, the channels the organ
publishes through (canonical values), and the problems and remedies of section 五, one item
each. Figures: the ``n.*`` counts the prose states. All vocabulary comes from
``lexicons/`` (posts, offices, channels, cues, figures); this module holds only structure.
Every fact and figure carries a span into ``doc.text`` over its text / raw.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import nlp
from .document import Document, stripped_span
from .lexicon import load
from .numbers import parse_chinese_numeral, parse_count
from .record import CHANNELS, Fact, Figure
from .sections import Section, find_sections

_HAN = r"\u4e00-\u9fff\u2e80-\u2fdf"
_SENT_END = "。！？!?\n"
_CLAUSE_END = "，,；;。！？!?：:\n"
_STRIP = " \t\r\n\xa0\u3000；;。，,、：:"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千万]+)"
_UNIT = r"(?P<unit>条次|件次|件|条|宗|个|篇|起|次|项|份)"


class LexiconValueError(ValueError):
    pass


# ---------------------------------------------------------------- lexicons
@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in load("cues", required=("role", "cue"), unique=("role", "cue")):
        out.setdefault(r["role"], []).append(r["cue"])
    return {k: tuple(v) for k, v in out.items()}


def cue(role: str) -> tuple[str, ...]:
    return _cues().get(role, ())


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


@lru_cache(maxsize=1)
def _patterns():
    posts = nlp.term_regex(r["post"] for r in load("posts", required=("post",), unique=("post",)))
    sufs = sorted((r["suffix"] for r in load("offices", required=("suffix",), unique=("suffix",))),
                  key=len, reverse=True)
    office_cues = "|".join(re.escape(c) for c in sorted(cue("office"), key=len, reverse=True))
    office = re.compile(rf"(?P<office>[{_HAN}]{{0,8}}?(?:{'|'.join(map(re.escape, sufs))}))"
                        rf"(?:具体|主要|共同|统一)?(?:{office_cues})")
    figs = []
    for r in load("figures", required=("key", "pattern"), unique=("key", "pattern")):
        pat = r["pattern"].replace("{N}", _NUM + _UNIT)
        figs.append((r["key"], re.compile(pat), r.get("value", "")))
    return posts, office, figs


# ---------------------------------------------------------------- helpers
def _bounds(text: str, i: int, j: int, ends: str) -> tuple[int, int]:
    """The piece of text around [i, j) between two of ``ends``."""
    s = i
    while s > 0 and text[s - 1] not in ends:
        s -= 1
    e = j
    while e < len(text) and text[e] not in ends:
        e += 1
    return s, e


def _region_before(sections: list[Section], number: int, text: str) -> int:
    for s in sections:
        if s.number >= number and s.number != 1:
            return s.start
    return len(text)


def _fact(kind, text, s, e, value) -> Fact:
    s, e = stripped_span(text, s, e, _STRIP)
    return Fact(kind, text[s:e], value, [s, e])


# ---------------------------------------------------------------- officials and offices
def responsible(text: str, end: int) -> list[Fact]:
    posts, office, _ = _patterns()
    facts, seen = [], set()
    for s, e, post in nlp.find_terms(text, posts, 0, end):
        cs, ce = _bounds(text, s, e, _CLAUSE_END + "、")
        clause = text[cs:ce]
        ss, se = _bounds(text, s, e, _SENT_END)
        if "公开" not in text[ss:se]:
            continue
        if any(c in clause for c in cue("not_charge")):
            continue
        # the cue must be in this clause, or the clause is one item of a 、-list whose
        # clause carries it (以党委书记为组长、分管领导为副组长)
        wide_s, wide_e = _bounds(text, s, e, _CLAUSE_END)
        if not any(c in clause for c in cue("official")) and \
                not any(c in text[wide_s:wide_e] for c in ("组长",)):
            continue
        if post not in seen:
            seen.add(post)
            facts.append(_fact("responsible_official", text, s, e, post))
    for m in office.finditer(text, 0, end):
        s, e = m.span("office")
        ss, se = _bounds(text, s, e, _SENT_END)
        if "公开" not in text[ss:se]:
            continue
        # the office name starts after the clause's separator (由/，/、 …)
        name_s = s
        for k in range(e - 1, s - 1, -1):
            if text[k] in "由和及与并的在将":
                name_s = k + 1
                break
        names = [(name_s, e)]
        # a 、-list of offices before it (预算科、国库科、信息科共同负责)
        k = name_s
        while k > 0 and text[k - 1] == "、":
            m2 = re.search(rf"[{_HAN}]{{1,8}}$", text[max(0, k - 9):k - 1])
            if not m2:
                break
            ps = k - 1 - len(m2.group())
            names.insert(0, (ps, k - 1))
            k = ps
        for a, b in names:
            val = text[a:b]
            if val.startswith("由"):
                a, val = a + 1, val[1:]
            if len(val) < 2 or val in seen:
                continue
            seen.add(val)
            facts.append(_fact("responsible_office", text, a, b, val))
    return facts


# ---------------------------------------------------------------- channels
def channels(text: str, ranges: list[tuple[int, int]], directory: str | None = None) -> list[Fact]:
    table, ignore = channel_table(directory)
    pat = nlp.term_regex(table)
    facts, seen = [], set()
    not_in_use = cue("not_channel")
    for a, b in ranges:
        hits = list(nlp.find_terms(text, pat, a, b))
        blocked = [(s, e) for s, e, t in hits if t in ignore]
        for s, e, alias in hits:
            if alias in ignore or any(bs <= s <= be + 2 for bs, be in blocked):
                continue
            ss, se = _bounds(text, s, e, _SENT_END)
            if any(c in text[ss:se] for c in not_in_use):
                continue
            for value in table[alias]:
                if value not in seen:
                    seen.add(value)
                    facts.append(_fact("channel", text, s, e, value))
    return facts


# ---------------------------------------------------------------- section 五
_ENUMS = {
    "yishi": re.compile(r"(?:^|(?<=[\s。；;，,：:]))(?P<n>[一二三四五六七八九十])是"),
    "diyi": re.compile(r"(?:^|(?<=[\s。；;，,：:]))第(?P<n>[一二三四五六七八九十])[，,、：:]"),
    "paren": re.compile(r"[（(](?P<n>[一二三四五六七八九十])[）)]"),
    "arabic": re.compile(r"(?:^|(?<=[\s。；;：:]))(?P<n>[1-9])[、.．](?!\d)"),
}


def _items(text: str, a: int, b: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The first enumeration (1, 2, … in order) inside [a, b): its style and item spans."""
    best = None
    for style, rx in _ENUMS.items():
        marks, want = [], 1
        for m in rx.finditer(text, a, b):
            n = int(m.group("n")) if m.group("n").isdigit() else parse_chinese_numeral(m.group("n"))
            if n == want:
                marks.append(m)
                want += 1
        if marks and (best is None or marks[0].start() < best[1][0].start()):
            best = (style, marks)
    if best is None:
        return None
    style, marks = best
    spans = []
    for k, m in enumerate(marks):
        e = marks[k + 1].start() if k + 1 < len(marks) else b
        if k + 1 == len(marks) and style in ("yishi", "diyi"):
            nl = text.find("\n", m.end(), e)
            e = nl if nl >= 0 else e
        spans.append((m.end(), e))
    return style, spans


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
        if not first and s < j and (any(c in head for c in leads)
                                    or re.match(r"(?:20\d\d年)?[^，。；,;]{0,12}将", head)):
            return s
        if s < j:
            first = False
        i = j + 1
    return None


def _part_items(text: str, a: int, b: int, kind: str) -> list[Fact]:
    a, b = stripped_span(text, a, b, _STRIP)
    if a >= b:
        return []
    found = _items(text, a, b)
    spans = found[1] if found else []
    if not spans:
        # one item: drop an introduction ending in a colon (主要存在问题：…)
        colon = min((k for k in (text.find("：", a, b), text.find(":", a, b)) if k >= 0), default=-1)
        if colon >= 0 and colon - a <= 40 and b - colon > 4:
            a = colon + 1
        spans = [(a, b)]
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


# ---------------------------------------------------------------- figures
def figures(text: str) -> list[Figure]:
    _, _, pats = _patterns()
    approx = cue("approx_before")
    distract = cue("distractor")
    chan, _ = channel_table()
    social = [a for a, v in chan.items() if set(v) & {"wechat", "weibo", "video"}]
    out, done = [], set()
    for key, rx, fixed in pats:
        if key in done:
            continue
        for m in rx.finditer(text):
            ss, _ = _bounds(text, m.start(), m.end(), _SENT_END)
            if any(d in text[ss:m.end()] for d in distract):
                continue
            if key == "n.active_published" and any(w in m.group() for w in social):
                continue
            if "\n" in m.group():
                continue  # a figure is stated within one line (not heading + next line)
            if "num" in m.re.groupindex and m.group("num") is not None:
                ns = m.start("num")
                if any(text[max(0, ns - len(w)):ns] == w for w in approx):
                    continue
                if text[max(0, ns - 1):ns] == "第":
                    continue  # an ordinal (第二十条), not a count
                value = parse_count(m.group("num"))
                if value is None:
                    continue
                unit = m.group("unit") if "unit" in m.re.groupindex else None
                s, e = ns, m.end("unit") if unit else m.end("num")
                raw = text[s:e]
            else:
                if not fixed:
                    continue
                value, unit = parse_count(fixed), None
                s, e = m.span()
                raw = text[s:e]
            out.append(Figure(key, value, unit if unit in ("件", "条", "元") else (unit or "件"),
                              "narrative", raw, [s, e]))
            done.add(key)
            break
    return out


# ---------------------------------------------------------------- entry point
def extract_narrative(doc: Document) -> tuple[list[Fact], list[Figure]]:
    text = doc.text
    sections = find_sections(text)
    by_no = {s.number: s for s in sections}
    nlp.make_doc(text[:200])  # builds the pipeline (user dictionary first) once per process
    facts = responsible(text, _region_before(sections, 2, text))
    # channels: everywhere but sections 五 and 六 (plans, problems, signatures)
    stop = by_no[5].start if 5 in by_no else (by_no[6].start if 6 in by_no else len(text))
    facts += channels(text, [(0, stop)])
    if 5 in by_no:
        facts += problems_and_remedies(text, by_no[5])
    return facts, figures(text)
