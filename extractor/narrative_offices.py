"""The responsible office: the office doing the disclosure work, from the prose.

An office name ends in an ``offices.tsv`` suffix. It is the office doing the work when an
``office`` cue follows it (党政办具体负责), with staffing or a filler between them (党政办公室
落实专人负责); when the group's 办公室 sits in it (``office_seat``: 领导小组办公室设在党政办)
or the work's body is named as it (``office_role``: 工作机构为综合科); every office of a list
joined by 、 or an ``office_join`` word (局办公室会同政策法规处具体组织) is one. Vocabulary is
in ``lexicons/`` (offices, cues); every sentence passes ``about_disclosure``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache

from . import nlp
from .lexicon import load
from .narrative_lex import HAN
from .narrative_lex import SENT_END as _SENT_END
from .narrative_lex import bounds as _bounds
from .narrative_lex import cue, fact as _fact
from .narrative_scope import about_disclosure
from .record import Fact

_HAN = HAN


@lru_cache(maxsize=1)
def _patterns():
    sufs = sorted((r["suffix"] for r in load("offices", required=("suffix",), unique=("suffix",))),
                  key=len, reverse=True)
    suf_alt = "|".join(map(re.escape, sufs))
    office_cues = "|".join(re.escape(c) for c in sorted(cue("office"), key=len, reverse=True))
    seat = "|".join(re.escape(c) for c in sorted(cue("office_seat"), key=len, reverse=True))
    # the group's office sits in another office: 领导小组办公室设在党政办公室
    # …or the disclosure work's body sits in it: 工作机构设在综合科, 日常办事机构设于党政办
    # …or is named as that body: 工作机构为区政府办公室
    roles = "|".join(re.escape(c) for c in sorted(cue("office_role"), key=len, reverse=True))
    # …or fills the field of that body (具体负责科室：办公室), or is said to be it (主管部门是县政府
    # 办公室, 牵头科室为党政办)
    field = rf"|(?:{roles})(?:[：:]|为|是)" if roles else ""
    seated = re.compile(rf"(?:下设办公室[，,]?(?:{seat}|在)|办公室[（(]?(?:{seat})|(?:工作|日常|办事|日常办事|日常工作)机构(?:{seat})"
                        rf"|(?:工作|办事)机构(?:为|是){field})"
                        rf"(?P<office>[{_HAN}]{{0,10}}?(?:{suf_alt}))") if seat else None
    # the office named as the work's body: 党政办作为…的具体承办机构, 办公室是…的工作机构
    role = re.compile(rf"(?P<office>[{_HAN}]{{0,8}}?(?:{suf_alt}))(?:作为|为|是)[^，。；;,\n]{{0,16}}?(?:{roles})") \
        if roles else None
    # the group's own office, not seated anywhere, doing the work: 下设办公室，负责日常工作
    own = re.compile(rf"下设(?P<office>办公室)[，,]?(?:具体|主要|统一)?(?:{office_cues})")
    return seated, re.compile(rf"(?:{suf_alt})$"), role, own


@lru_cache(maxsize=1)
def _named_patterns():
    """A standing office named for the work before its seat (省政务公开办公室（设在省政府办公厅）,
    县政务公开办设在县政府办公室), or the group's 办公室 restated as an office (领导小组办公室即市政务
    公开办): the seat's Han run before it, and the apposition's office."""
    sufs = sorted((r["suffix"] for r in load("offices", required=("suffix",), unique=("suffix",))),
                  key=len, reverse=True)
    suf_alt = "|".join(map(re.escape, sufs))
    seat = "|".join(re.escape(c) for c in sorted(cue("office_seat"), key=len, reverse=True))
    appos = "|".join(re.escape(c) for c in sorted(cue("apposition"), key=len, reverse=True))
    before_seat = re.compile(rf"(?P<office>[{_HAN}]{{2,14}})[（(，,]?(?={seat})") if seat else None
    restated = re.compile(rf"办公室(?:{appos})(?P<office>[{_HAN}]{{0,12}}?(?:{suf_alt}))(?![{_HAN}])") \
        if appos else None
    return before_seat, restated


_FILLERS = ("具体", "主要", "共同", "统一", "主动")
# staffing said between an office and its cue (党政办配备专人负责, 党政办公室明确1名工作人员具体负责,
# 党政办公室落实专人负责, 办公室设专人负责), or its staff counted with no verb (党政办公室一名工作人员
# 专职负责, 办公室两名同志具体负责)
_STAFFED = re.compile(r"(?:(?:明确|安排|配备|指定|确定|落实|设立|设置|设)(?:[0-9０-９一二两三]+名)?(?:专职|兼职)?"
                      r"(?:工作人员|人员|信息员|专人|干部|同志)?"
                      r"|[0-9０-９一二两三]+名(?:专职|兼职)?(?:工作人员|人员|信息员|干部|同志))(?:具体|专门|专职|兼职)?$")
# …or staffing with no cue after it, the clause ending on the staff (党政办公室配备专职人员1名、兼职人员
# 3名; 党政办配备信息员2名。): the office staffed for the work is the one doing it
_STAFFED_ONLY = re.compile(r"(?:明确|安排|配备|配齐|指定|确定|落实)(?:[0-9０-９一二两三]+名)?(?:专职|兼职)?"
                           r"(?:工作人员|人员|信息员|联络员|干部)(?:[0-9０-９一二两三]+名)?(?=[，。；、,;\n])")
_ACTING = re.compile(rf"代表[{HAN}]{{1,8}}$")
_HAN_RX = re.compile(f"[{HAN}]")


def _named_offices(doc, end: int, start: int = 0) -> list[tuple[int, int]]:
    """Office names standing right before an ``office`` cue (a ``cue:office`` span): the name
    ends in an ``office_suffix`` span, maybe with its other name in brackets (办公室（政务公开
    科）) and a filler word (具体, 统一 …) before the cue, and starts at most 12 Han characters
    before the suffix (the words before it are trimmed later)."""
    text = nlp.text_of(doc)
    suffix_at: dict[int, int] = {}  # end -> start of the longest office suffix ending there
    for sp in doc.spans.get(nlp.LEXICON, ()):
        if sp.label_ == "office_suffix" and sp.end_char <= end:
            suffix_at[sp.end_char] = min(suffix_at.get(sp.end_char, sp.start_char), sp.start_char)
    seats = cue("office_seat")
    out, last = [], 0
    # …or an ``office_assist`` word whose offices share the work (法规处配合，共同负责)
    shared = [h for h in nlp.hits(doc, "cue:office_assist", start, end) if _shared(text, h[1])]
    # a cue inside a post word is no cue (股室负责人为成员: 负责人 is a person, not 负责)
    persons = [(a, b) for a, b, _ in nlp.terms(doc, "cue:official_except", start, end)]
    staffed_only = [(m.start(), m.end(), "") for m in _STAFFED_ONLY.finditer(text, start, end)]
    # …or an ``office_apply`` word in a sentence about applications (申请由党政办公室登记受理)
    applying = [h for h in nlp.hits(doc, "cue:office_apply", start, end) if about_applications(text, h[0])]
    for c, ce, _ in sorted(nlp.hits(doc, "cue:office", start, end) + shared + staffed_only + applying):
        if c < last or any(a <= c and ce <= b for a, b in persons):
            continue
        ks = [c - 2] if text[max(0, c - 2):c] in _FILLERS else []
        staffed = _STAFFED.search(text, max(0, c - 16), c)
        ks += [staffed.start()] if staffed and staffed.start() < c else []
        # …or acting for the organ (区政府办公室代表区政府统筹推进…)
        acting = _ACTING.search(text, max(0, c - 12), c)
        ks += [acting.start()] if acting else []
        for k in ks + [c]:
            b = k
            if k > 0 and text[k - 1] in "）)":  # its other name in brackets
                o = max(text.rfind("（", max(0, k - 12), k), text.rfind("(", max(0, k - 12), k))
                inner = text[o + 1:k - 1] if o >= 0 else ""
                if 1 <= len(inner) <= 10 and all(_HAN_RX.match(ch) for ch in inner) \
                        and not inner.startswith(seats):
                    b = o
            if b not in suffix_at or suffix_at[b] < last:
                continue
            a = suffix_at[b]
            while a > last and a > suffix_at[b] - 12 and _HAN_RX.match(text[a - 1]):
                a -= 1
            out.append((a, k))
            last = ce
            break
    return out


def offices(doc, end: int, start: int = 0) -> list[Fact]:
    """The offices doing the work in text[start:end] (see the module's docstring)."""
    text = nlp.text_of(doc)
    seated, ends_as_office, role, own = _patterns()
    facts, seen, taken = [], set(), []
    named = _named_office(text, start, end, ends_as_office)
    seats = list(named)
    if seated:
        for m in seated.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in named):
                continue  # the seat of an office named for the work: where it sits, no second office
            # another body's group guiding the organ (在县领导小组办公室（设在县政府办公室）的指导下)
            if any(w in text[m.end():m.end() + 8] for w in cue("office_guided")):
                continue
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se] or "领导小组" in text[ss:se]:
                seats.append(m.span("office"))
    if role:
        for m in role.finditer(text, start, end):
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se]:
                seats.append(m.span("office"))
    seats = [(_after_leads(text, a, b), _office_end(text, a, b, ends_as_office)) for a, b in seats]
    if not seats:
        for m in own.finditer(text, start, end):
            ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
            if "公开" in text[ss:se]:
                seats.append(m.span("office"))
                break
    for a, b in seats:
        if text[a:b] not in seen:
            seen.add(text[a:b])
            facts.append(_fact("responsible_office", text, a, b, text[a:b]))
    for s, e in _named_offices(doc, end, start):
        if not (about_disclosure(text, s, e) or _publishes(text, e)) or _supports(text, e):
            continue
        # the office name starts after the clause's separator (由/，/、 …)
        name_s = s
        for k in range(e - 1, s - 1, -1):
            if text[k] in _SEPARATORS:
                # (a 和/与/及 after words that name no office, before words that open no
                # name of their own, is inside the name: 政务服务和数据管理局; not 办公室和
                # 法规科, 党组和局办公室, 机关和下属单位办公室)
                if text[k] in _IN_NAME and not ends_as_office.search(text[s:k]) \
                        and text[k + 1:k + 2] not in _OPENS_NAME and not text[s:k].endswith(_NOT_FIELD):
                    continue
                name_s = k + 1
                break
        # …or after a word joining it to another office (局办公室会同政策法规处具体组织)
        name_s = _after_join(text, name_s, e, ends_as_office)
        names = [(name_s, e)]
        # a list of offices before it (预算科、国库科、信息科共同负责, 办公室和法规科共同负责,
        # 办公室会同法规处负责): every item is an office
        k = name_s
        while (j := _join_before(text, k)) is not None:
            m2 = re.search(rf"[{_HAN}]{{1,8}}$", text[max(0, j - 8):j])
            if not m2:
                break
            ps = j - len(m2.group())
            cut = max(text.rfind(ch, ps, j) for ch in _SEPARATORS)
            ps = max(ps, cut + 1)
            if j - ps < 2 or not ends_as_office.search(text[ps:j]):
                break
            names.insert(0, (ps, j))
            k = ps
        # a clause opening with 各 names every unit of those kinds (各派出所、大队确定专人负责;
        # 各中队、大队配合)
        cs = max(text.rfind(ch, 0, names[0][0]) for ch in "，,。；;：:\n") + 1
        every = text[cs:names[0][0] + 1].lstrip().startswith("各")
        for a, b in names:
            if every:
                break
            val = text[a:b]
            a = _after_leads(text, a, b)
            val = text[a:b]
            if _overlaps(taken, a, b):
                continue
            insort(taken, (a, b))
            # the group's own 办公室 stands for the office it sits in (办公室设在党政办)
            if len(val) < 2 or val in seen or (seats and val == "办公室"):
                continue
            # an office named again by its short name (人事人才信息中心 … 信息中心负责): no second one
            if any(len(v) > len(val) and v.endswith(val) for v in seen):
                continue
            # a kind of unit, not one (各科室负责…, 科室负责人初审)
            # (…or staff counted: 两名干部负责, 一名村干部负责)
            if val.startswith("各") or _COUNTED.match(val) or any(val.endswith(w) for w in cue("not_office")):
                continue
            seen.add(val)
            facts.append(_fact("responsible_office", text, a, b, val))
    return facts


def fullest(facts: list[Fact]) -> list[Fact]:
    """One fact per office: an office found once with the organ's rank word before it and once
    without (镇党政办 / 党政办, 县政府办公室 / 办公室: a short prefix, 3 characters at most) is
    the office printed in full."""
    values = [f.value or "" for f in facts]
    return [f for f in facts if not any(
        len(v) > len(f.value or "") and v.endswith(f.value or "") and len(v) - len(f.value or "") <= 3
        for v in values if f.kind == "responsible_office" and f.value)]


def about_applications(text: str, k: int) -> bool:
    """Whether the sentence holding ``k`` is about the applications for information (申请)."""
    ss, se = _bounds(text, k, k + 1, _SENT_END)
    return "申请" in text[ss:se]


def _supports(text: str, k: int) -> bool:
    """Whether the charge after an office's cue at ``k`` is a support task only (信息中心负责网站
    技术保障, 便民服务中心负责公开专区的日常管理: an ``office_support`` phrase in the clause), not
    the disclosure work itself (the clause says no ``office_work`` word: 审核, 日常工作 …)."""
    ce = _clause_end(text, k)
    clause = text[k:ce]
    if _makes_the_report(text, k, clause):
        return True
    return any(w in clause for w in cue("office_support")) \
        and not any(w in clause for w in cue("office_work")) and not _shared(text, k)


def _publishes(text: str, k: int) -> bool:
    """Whether the charge after an office's cue at ``k`` is publishing the organ's information
    (``office_publish``: 党政办公室明确专人负责信息收集和发布): the disclosure work, in other words."""
    return any(w in text[k:_clause_end(text, k)] for w in cue("office_publish"))


def _makes_the_report(text: str, k: int, clause: str) -> bool:
    """本报告由某办公室（负责）（汇总）编制 / 起草: the office that put the report together
    (``report_made`` after its cue, the report named before it in its sentence), not the one that
    does the disclosure work."""
    ss = max(text.rfind(ch, 0, k) for ch in "。；;\n") + 1
    before = text[ss:k]
    if "报告" not in before or "由" not in before[before.find("报告"):]:
        return False   # (本报告由…, 本报告根据《条例》编制，由…)
    charge = next((clause[len(w):] for w in _office_cues() if clause.startswith(w)), clause)
    return charge.startswith(tuple(cue("report_made")))


@lru_cache(maxsize=1)
def _office_cues() -> tuple[str, ...]:
    """The ``office`` cues, longest first (具体负责 before 负责)."""
    return tuple(sorted(cue("office"), key=len, reverse=True))


def _clause_end(text: str, k: int) -> int:
    return min([j for j in (text.find(ch, k) for ch in "，,；;。\n") if j >= 0] + [len(text)])


def _shared(text: str, k: int) -> bool:
    """Whether the clause after the one holding ``k`` opens with an ``office_share`` phrase:
    the offices named with their tasks share the disclosure work (局办公室牵头组织，信息中心负责
    技术保障，共同做好政府信息公开工作; 办公室牵头、法规处配合，共同负责日常工作)."""
    ce = _clause_end(text, k)
    if text[ce:ce + 1] not in "，,":
        return False
    rest = text[ce + 1:ce + 12].lstrip(" \t\u3000")
    rest = rest[1:] if rest[:1] in "并还" else rest
    return rest.startswith(cue("office_share"))


_COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十]+名")  # a count of staff (一名村干部), no office's name
_SEPARATORS = "由和及与并的在将时是还均也即则"
_IN_NAME = "和与及"
_OPENS_NAME = "局市县区镇乡省厅委部"  # a rank's character opening a second office's name (党组和局办公室)
_NOT_FIELD = ("党组", "党委", "党工委", "机关", "单位", "领导")  # bodies, not a field of work, before 和


@lru_cache(maxsize=1)
def _joins() -> tuple[str, ...]:
    return tuple(sorted(cue("office_join"), key=len, reverse=True))


def _after_join(text: str, a: int, b: int, ends_as_office) -> int:
    """Where the last office of text[a:b] starts, past a word joining it to an office before
    it (局办公室会同政策法规处 -> 政策法规处); ``a`` when no such word joins two offices."""
    for j in range(b - 2, a, -1):
        for w in _joins():
            if text.startswith(w, j) and j + len(w) <= b - 2 and ends_as_office.search(text[a:j]):
                return j + len(w)
    return a


def _join_before(text: str, k: int) -> int | None:
    """The start of an ``office_join`` word (、, 和, 会同 …) ending right at ``k``."""
    return next((k - len(w) for w in _joins() if k >= len(w) and text.endswith(w, 0, k)), None)


def _named_office(text: str, start: int, end: int, ends_as_office) -> list[tuple[int, int]]:
    """Offices named for the work (their name says 公开, no group word: 省政务公开办公室) before
    their seat, and offices restating the group's 办公室 (领导小组办公室即市政务公开办)."""
    before_seat, restated = _named_patterns()
    out = []
    for m in before_seat.finditer(text, start, end) if before_seat else ():
        a, b = m.span("office")
        a = max([a] + [text.rfind(ch, a, b) + 1 for ch in _SEPARATORS])
        a = _after_leads(text, a, b)
        name = text[a:b]
        if ends_as_office.search(name) and any(w in name for w in cue("disclosure_word")) \
                and not any(w in name for w in cue("office_group")):
            out.append((a, b))
    for m in restated.finditer(text, start, end) if restated else ():
        ss, se = _bounds(text, m.start(), m.end(), _SENT_END)
        if "公开" in text[ss:se]:
            out.append(m.span("office"))
    return out


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps a span of ``taken`` (sorted, never overlapping each other)."""
    k = bisect_left(taken, (a, b))
    return any(fa < b and a < fb for fa, fb in taken[max(0, k - 1):k + 1])


def _office_end(text: str, a: int, b: int, ends_as_office) -> int:
    """The end of the longest office name starting at ``a`` (设在党政办公室: not 党政办)."""
    for k in (3, 2, 1):
        if b + k <= len(text) and re.fullmatch(rf"[{_HAN}]+", text[b:b + k]) \
                and ends_as_office.search(text[a:b + k]):
            return b + k
    return b


@lru_cache(maxsize=1)
def _leads() -> tuple[str, ...]:
    return tuple(sorted(cue("office_lead"), key=len, reverse=True))


def _after_leads(text: str, a: int, b: int) -> int:
    """Where an office name starts once the words before it are dropped (我乡安排党政办 -> 党政办)."""
    leads = _leads()
    # a lead of two or more characters inside the run ends the words before the name
    # (街道明确党政综合办公室 -> 党政综合办公室): no office name holds 明确, 安排 or 我局; a run
    # opening with 各 (各村明确一名村干部) stays whole, every unit's, no office
    if not text.startswith("各", a):
        inner = [text.rfind(lead, a, b - 2) + len(lead) for lead in leads
                 if len(lead) >= 2 and text.rfind(lead, a, b - 2) >= 0]
        a = max([a] + [k for k in inner if b - k >= 2 and not _COUNTED.match(text, k)])
    stripped = True
    while stripped:
        stripped = False
        for lead in leads:
            if text.startswith(lead, a) and b - a - len(lead) >= 2:
                a, stripped = a + len(lead), True
                break
    return a
