"""A report against itself outside its tables' identities (soft checks, family ``self_check``).

The rules and their Chinese display are registered in ``lexicons/self_checks.tsv``; the words
that decide what is compared in ``lexicons/self_check_words.tsv``. Each check carries the two
values (``expected`` the first statement, ``found`` the other) and the two passages' spans
(``spans``), and its message quotes both passages, so a reviewer reads them side by side.

- ``n.restated.<key>``: a narrative figure stated again in another paragraph with another
  count (主动公开 20条 in 一、(一), 16条 in (四) for the same channels). Never compared: a count
  inside a breakdown (其中, 包括), of another time (上年, 同比), approximate (余, 约), a running
  total against a year's, of another area (全县 against 我局), through other channels, of one
  kind of information, or in another unit.
- ``n.part_le_whole.<part>``: a part after 其中 larger than the counts its sentence (or, when
  其中 opens the sentence, the sentence before) states in the same unit class, all of them
  together (微信公众号发布293篇 under 主动公开162条). ``<part>`` is the part's channel, or
  ``item``.
- ``n.prose_vs_t2.<row>``: a count the prose gives of a table-2 row (制发规范性文件2件) against
  the table's own cell (本年制发 3).
- ``year.title_vs_period``: the title's year against the statistics period's (the record's
  year follows the period).

Precision over recall: a statement the words leave in doubt is not compared (``ok`` True is
only said of two statements that were compared and agree).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .figure_guards import CLAUSE_ENDS
from .lexicon import load
from .narrative_figures import names_a_kind, mend_breaks, clause_scope, mentions
from .narrative_lex import SENT_END, bounds, channel_table
from .numbers import parse_count
from .organ_title import title_name
from .record import Check, Record

CLAUSE_END = "，,；;：:"
_NUMERAL = r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+|[零〇一二两三四五六七八九十百千]+)"
# the statistics period (统计期限为2021年1月1日至…, 统计时间：2021年度): its year, said of a year
_PERIOD = re.compile(r"统计(?:数据)?(?:期限|时限|时间|区间|周期|期间)[^0-9\n]{0,6}(?P<y>20\d\d)\s*年(?:度|\s*0?1\s*月)")
# the report naming itself where no title line does (我镇认真编制了《某镇2020年…年度报告》)
_OWN_TITLE = re.compile(r"(?:编制|编写|形成|发布)(?:了|完成)?《[^《》\n]{0,40}?(?P<y>20\d\d)\s*年度?[^《》\n]{0,20}?年度报告》")


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in load("self_check_words", required=("role", "word"), unique=("role", "word")):
        out.setdefault(r["role"], {})[r["word"]] = r.get("value", "")
    return out


def words(role: str) -> tuple[str, ...]:
    return tuple(_words().get(role, {}))


@lru_cache(maxsize=1)
def registry() -> dict[str, dict[str, str]]:
    """rule pattern (n.restated.{key}) -> its row of ``lexicons/self_checks.tsv``."""
    rows = load("self_checks", required=("rule", "family", "numbers", "display"), unique=("rule",))
    bad = [r["rule"] for r in rows if r["numbers"] not in ("yes", "no")]
    if bad:
        raise ValueError(f"lexicons/self_checks.tsv: numbers must be yes or no ({', '.join(bad)})")
    return {r["rule"]: r for r in rows}


def rule_prefixes(numbers_only: bool = False) -> tuple[str, ...]:
    """Every registered rule up to its placeholder (n.restated., year.title_vs_period); with
    ``numbers_only`` those of the report's numbers alone (no year.title_vs_period)."""
    return tuple(p.split("{", 1)[0] for p, r in registry().items() if not numbers_only or r["numbers"] == "yes")


def _rule(family: str, part: str | None = None) -> str:
    pattern = next(p for p, r in registry().items() if r["family"] == family)
    return re.sub(r"\{[a-z]+\}", part, pattern) if part is not None else pattern


def _unit_class(unit: str) -> str | None:
    return _words().get("unit", {}).get(unit) or None


def _clause_start(text: str, ss: int, at: int) -> int:
    return max([ss] + [text.rfind(c, ss, at) + 1 for c in CLAUSE_END])


def _clause_end(text: str, at: int, se: int) -> int:
    ends = [i for i in (text.find(c, at, se) for c in CLAUSE_END) if i >= 0]
    return min(ends) if ends else se


def _approx(text: str, s: int, e: int) -> bool:
    before, after = text[max(0, s - 2):s], text[e:e + 3]
    return any(w in before for w in words("approx")) or any(after.lstrip(" \u3000").startswith(w)
                                                           for w in words("approx"))


def _has(clause: str, role: str) -> bool:
    return any(w in clause for w in words(role))


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(alias, its channels; () for an ignored one) of lexicons/channels.tsv, longest first."""
    table, ignored = channel_table()
    return tuple((a, () if a in ignored else table[a]) for a in sorted(table, key=len, reverse=True))


def _channels(phrase: str) -> frozenset[str]:
    found: set[str] = set()
    rest = phrase
    for alias, chans in _aliases():   # the longest alias wins (政府网站 over 网站)
        if alias in rest:
            found.update(chans)
            rest = rest.replace(alias, "\0")
    return frozenset(found)


def _quote(text: str, s: int, e: int, reach: int = 18) -> str:
    """The passage of [s, e) as quoted: its clause up to ``reach`` characters before it, and a
    bare year's words after it (2020年政府信息公开…)."""
    a = max(_clause_start(text, max(0, s - 60), s), s - reach)
    if e - s == 4 and text[s:e].isdigit():
        e = min(_clause_end(text, e, min(len(text), e + 12)), *(i for i in (text.find(c, e, e + 12) for c in SENT_END + "》") if i >= 0), e + 12)
    return text[a:e].replace("\n", " ").strip()


def _found(rule: str, first, other, text: str, what: str) -> Check:
    """A check of two statements: ``first`` and ``other`` are (value, [s, e])."""
    (v1, sp1), (v2, sp2) = first, other
    ok = abs(v1 - v2) < 1e-9 if "part_le_whole" not in rule else v2 <= v1
    sign = ("=" if ok else "≠") if "part_le_whole" not in rule else ("≥" if ok else "<")
    msg = (f"{what}：第{sp1[0]}字处“{_quote(text, *sp1)}”{sign}第{sp2[0]}字处“{_quote(text, *sp2)}”")
    return Check(rule, ok, "soft", _tidy(v1), _tidy(v2), msg, [], spans=[list(sp1), list(sp2)])


def _tidy(v):
    return int(v) if float(v).is_integer() else v


# -- 1. the same figure stated twice ---------------------------------------------------------

def _comparable(text: str, key: str, f) -> dict | None:
    """What a statement of ``key``'s count says about itself, or None when it is no statement of
    the whole figure (a part, another time, approximate, one kind)."""
    s, e = f.span
    ss, se = bounds(text, s, e, SENT_END)
    cs = _clause_start(text, ss, s)
    clause = text[cs:_clause_end(text, e, se)]
    if _has(text[ss:s], "subcount") or _has(clause, "other_time") or _approx(text, s, e):
        return None
    if key == "n.active_published" and names_a_kind(text[cs:s]):
        return None   # one kind of information (公开动态信息270条), or no publishing said
    ps, _ = bounds(text, s, e, "\n")
    unit = f.raw.rstrip()[-1:]
    return {"para": ps, "unit": unit, "cumulative": _has(text[ss:e], "cumulative"),
            "scope": clause_scope(text[cs:e]), "channels": _channels(text[ss:s])}


def restated(record: Record) -> list[Check]:
    """``n.restated.<key>``: the figure's first statement against its others in other paragraphs."""
    text = record.text
    by_key: dict[str, list] = {}
    for f in mentions(text, record.organ.level if record.organ else None, record.year,
                      record.organ.name if record.organ else None):
        by_key.setdefault(f.key, []).append(f)
    out = []
    for key, fs in by_key.items():
        first = fs[0]
        a = _comparable(text, key, first)
        if a is None or len(fs) < 2:
            continue
        compared = []
        for g in fs[1:]:
            b = _comparable(text, key, g)
            if b is None or b["para"] == a["para"] or any(a[k] != b[k] for k in ("unit", "cumulative", "scope", "channels")):
                continue
            compared.append(g)
        if not compared:
            continue
        other = next((g for g in compared if g.value != first.value), compared[0])
        out.append(_found(_rule("restated", key.split(".", 1)[1]), (first.value, first.span),
                          (other.value, other.span), text, "正文两处所述同一数字"))
    return out


# -- 2. a part larger than its whole -----------------------------------------------------------

# (never the last digits of a number a space or a line split: 13 56条 is read joined, by mend_breaks)
_COUNT = re.compile(rf"(?<![\d.．第,，])(?<!\d[ \u3000\n])(?<!\d[,，][ \u3000\n]){_NUMERAL}(?![\d.．])[ \u3000]?(?P<unit>[条篇则件])")


def _counts(text: str, a: int, b: int, ss: int, se: int, *, part: bool):
    """(value, unit class, [s, e], clause) of each count in text[a:b] that states a number of items
    or cases (not approximate, not of another time; a part: not a running total nor reactions)."""
    for m in _COUNT.finditer(text, a, b):
        cls = _unit_class(m.group("unit"))
        value = parse_count(m.group()[:m.start("unit") - m.start()].strip())
        if cls is None or value is None or _approx(text, m.start(), m.end("unit") - 1):
            continue
        cs = _clause_start(text, ss, m.start())
        clause = text[cs:_clause_end(text, m.end(), se)]
        if _has(clause, "other_time") or (part and (_has(clause, "cumulative") or _has(clause, "not_item"))):
            continue
        if not part and _has(text[cs:m.start()], "subcount"):
            continue   # a part itself (对其中一件…): no whole
        item = max(cs, text.rfind("、", cs, m.start()) + 1)   # a list's item: its own words
        yield value, cls, [m.start(), m.end()], text[item:m.start()]


def part_le_whole(src: str) -> list[Check]:
    """``n.part_le_whole.<part>``: each part after 其中 (up to a ；, which closes its list) against
    the counts stated before it; read on the text with its wrapped numbers and words joined
    (``narrative_figures.mend_breaks``: 1,2⏎08条 is 1,208), spans and quotes in ``src``. A part through
    a channel that none of the wholes' channels is (网站公开286条，其中…；通过公众号发布377条) is no
    part of them."""
    text, at = mend_breaks(src)
    out: dict[str, Check] = {}
    for m in re.finditer("其中", text):
        ss, se = bounds(text, m.start(), m.end(), SENT_END)
        semi = [i for i in (text.find(c, m.end(), se) for c in "；;") if i >= 0]
        pe = min(semi) if semi else se
        if "\t" in text[ss:se] or "|" in text[ss:se]:
            continue   # a table's line, no prose
        if not text[ss:m.start()].strip(" \u3000" + CLAUSE_ENDS):
            if ss < 2 or text[ss - 1] == "\n":
                continue   # 其中 opens a paragraph: what it is part of is not said next to it
            ws, we = bounds(text, ss - 2, ss - 2, SENT_END)   # 其中 opens a sentence: the one before
        else:
            ws, we = ss, m.start()
        wholes: dict[str, list] = {}
        for value, cls, span, before in _counts(text, ws, we, ws, we, part=False):
            wholes.setdefault(cls, []).append((value, span, _channels(text[_clause_start(text, ws, span[0]):span[0]])))
        for value, cls, span, before in _counts(text, m.end(), pe, ss, pe, part=True):
            if cls not in wholes:
                continue
            chans = _channels(before)
            if chans and all(w[2] and not (w[2] & chans) for w in wholes[cls]):
                continue   # another channel's count than any whole's
            total = sum(w[0] for w in wholes[cls])
            part = sorted(chans)[0] if len(chans) == 1 else "item"
            rule = _rule("part_le_whole", part)
            whole_span = [at[wholes[cls][0][1][0]], at[wholes[cls][-1][1][1] - 1] + 1]
            c = _found(rule, (total, whole_span), (value, [at[span[0]], at[span[1] - 1] + 1]), src,
                       "正文所述总数与其中分项")
            if rule not in out or (out[rule].ok and not c.ok):
                out[rule] = c
    return list(out.values())


# -- 3. the prose against table 2 --------------------------------------------------------------

@lru_cache(maxsize=1)
def _prose_t2() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, table-2 row) of each ``prose_t2`` noun: a making or publishing verb, the noun, a
    count of 件 in one clause; compiled once."""
    verbs = "|".join(map(re.escape, sorted(words("t2_made") + words("t2_published"), key=len, reverse=True)))
    return tuple((re.compile(rf"(?P<verb>{verbs})[^{CLAUSE_ENDS}\d]{{0,12}}?{re.escape(noun)}[^{CLAUSE_ENDS}\d]{{0,6}}?"
                             rf"(?P<num>{_NUMERAL})[ \u3000]?件"), row)
                 for noun, row in _words().get("prose_t2", {}).items())


def prose_vs_t2(text: str, record: Record) -> list[Check]:
    """``n.prose_vs_t2.<row>``: 制发规范性文件N件 in the prose against table 2's 本年制发 (2019
    format: 公开…N件 against 本年新公开)."""
    cells = {f.key: f for f in record.figures if f.source == "table" and f.key.startswith("t2.")}
    if not cells:
        return []
    fmt = "2021" if any(k.endswith((".made", ".in_force", ".repealed")) for k in cells) else "2019"
    made = words("t2_made")
    out = []
    for rx, row in _prose_t2():
        for m in rx.finditer(text):
            ss, se = bounds(text, m.start(), m.end(), SENT_END)
            if "\t" in text[ss:se] or "|" in text[ss:se] or "\n" in m.group():
                continue
            cs = _clause_start(text, ss, m.start())
            clause = text[cs:_clause_end(text, m.end(), se)]
            if _has(m.group(), "t2_not") or _has(clause, "other_time") or _has(text[ss:m.start()], "subcount") \
                    or clause_scope(clause) > 0 or _approx(text, m.start("num"), m.end()):
                continue
            col = ("made" if fmt == "2021" else "new_made") if m.group("verb") in made else \
                ("made" if fmt == "2021" else "new_published")
            cell = cells.get(f"t2.{row}.{col}")
            value = parse_count(m.group("num"))
            if cell is None or value is None:
                continue
            out.append(_found(_rule("prose_vs_table", row), (value, [m.start("num"), m.end()]),
                              (cell.value, cell.span), text, "正文所述与表二"))
            break
    return out


# -- 4. the title's year against the period's --------------------------------------------------

def title_vs_period(text: str) -> Check | None:
    """``year.title_vs_period``: the title's year (the title line, else the report naming itself:
    编制了《某镇2020年…年度报告》) against the statistics period's."""
    p = _PERIOD.search(text)
    if not p:
        return None
    _, year, at = title_name(text)
    if year is None or at is None:
        m = _OWN_TITLE.search(text[:1500])
        if not m:
            return None
        year, at = int(m.group("y")), m.start("y")
    return _found(_rule("title_year"), (year, [at, at + 4]), (int(p.group("y")), list(p.span("y"))), text,
                  "标题所署年份与统计期限")


def self_checks(record: Record) -> list[Check]:
    """Every check of the report against itself, in the registry's order."""
    t = title_vs_period(record.text)
    return restated(record) + part_le_whole(record.text) + prose_vs_t2(record.text, record) + ([t] if t else [])
