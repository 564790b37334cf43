"""Section 五 as items: the problems and the remedies, one fact each, whatever the style.

Enumerations 一是/二是, 第一/第二, 其一/其二, 1./1）/（1）/①, 一要/二要, 首先/其次, 一方面/另一方面,
with numbering slips (一是…三是…三是). The section splits into parts at labels (存在问题：, 改进：,
下一步工作打算：, a heading alone on its line such as （二）努力方向; the last year's 上年度问题整改
情况 is neither); without a label for the plans, they start at a sentence with a remedy lead
(下一步, 针对上述问题, 2024年，我局将…) or where the numbering starts again. Unnumbered items are
one finished sentence per line; a sentence introducing a list (主要表现在：, 具体如下：) is no item.
When no heading follows, the section ends at a contact line or at a signature above a date.
Vocabulary (heads, leads, intros, ends) is ``lexicons/cues.tsv``'s.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .document import stripped_span
from .narrative_lex import SENT_END, STRIP, cue, fact
from .numbers import parse_chinese_numeral
from .record import Fact
from .lexicon import load, role_words
from .sections import Section

_STRIP, _SENT_END, _fact = STRIP, SENT_END, fact

# an enumeration mark may follow a list's introduction without punctuation (存在的主要问题一是)
# …or a plan's verb (我局将一是…，二是…), or the 但 turning from the year's work to its
# shortfalls (虽然取得了一定成效，但一是…，二是…)
# …or a heading its text runs into (五、存在的主要问题及改进情况一是…: damaged text)
# …or a plans' heading run into it (（二）改进措施一是…, 下一步工作打算一是…: the line end lost)
_AFTER_INTRO = (r"|(?<=问题)|(?<=不足)|(?<=表现在)|(?<=表现为)|(?<=主要是)|(?<=方面)|(?<=将)|(?<=但)|(?<=但是)"
                r"|(?<=改进情况)|(?<=措施)|(?<=打算)|(?<=思路)")
_AFTER_PUNCT = r"(?:^|(?<=[\s。；;，,：:]))"
_ENUMS = {
    # (damaged text prints 一 as a dash: —是, never ——是)
    "yishi": re.compile(rf"(?:^|(?<=[\s。；;，,：:]){_AFTER_INTRO})(?P<n>[一二三四五六七八九十]|(?<!—)—(?!—))是"),
    "yiyao": re.compile(rf"{_AFTER_PUNCT}(?P<n>[一二三四五六七八九十])要(?=[\u4e00-\u9fff])"),
    # (also right after a plan's verb: 下一步，我局将第一，…。第二，…)
    "diyi": re.compile(rf"(?:^|(?<=[\s。；;，,：:]){_AFTER_INTRO})第(?P<n>[一二三四五六七八九十])[，,、：:]"),
    "qiyi": re.compile(rf"(?:{_AFTER_PUNCT}|(?<=将))其(?P<n>[一二三四五六七八九十])[，,、：:]"),
    "paren": re.compile(r"[（(](?P<n>[一二三四五六七八九十])[）)]"),
    "cn_top": re.compile(r"(?:^|(?<=[\s。；;：:]))(?P<n>[一二三四五六七八九十])、"),
    # (also inline after a lead's comma or a plan's verb: 针对上述问题，1.…；2.…; 我局将（1）…)
    "arabic": re.compile(r"(?:^|(?<=[\s。；;：:，,])|(?<=将))(?P<n>[1-9１-９])[、.．)）](?![\d.．])"),
    "arabic_paren": re.compile(r"(?:^|(?<=[\s。；;：:，,])|(?<=将))[（(](?P<n>[1-9１-９])[）)]"),
    "circled": re.compile(r"(?P<n>[①-⑩])"),
    # items each numbered by their kind's word (问题一：…；问题二：…; 措施1：…; 改进一：…): the word
    # and number are the item's mark
    "named": re.compile(r"(?:^|(?<=[\s。；;]))(?:存在)?(?:问题|不足|措施|举措|建议|改进|整改)(?P<n>[一二三四五六七八九十1-9])[：:、，,]"),
    "order": re.compile(rf"{_AFTER_PUNCT}(?P<n>首先|其次|再次|最后)[，,、：:]?"),
    # …also after the organ naming itself (我镇一方面将…，另一方面将…) or after 但
    "side": re.compile(rf"(?:{_AFTER_PUNCT}|(?<=我[\u4e00-\u9fff])|(?<=本[\u4e00-\u9fff])|(?<=但))"
                       rf"(?P<n>另一方面|一方面)[，,、：:]?"),
}
_ORDER = {"首先": 1, "其次": 2, "再次": 3, "最后": 4, "一方面": 1, "另一方面": 2}
# styles whose marks stand inside a paragraph: the last item ends with its line
_INLINE = ("yishi", "diyi", "qiyi", "yiyao", "order", "side")


def _number(style: str, g: str) -> int | None:
    if style == "circled":
        return ord(g) - ord("①") + 1
    if g.isdigit():
        return int(g)
    if g == "—":
        return 1   # 一 printed as a dash (—是)
    return _ORDER.get(g) or parse_chinese_numeral(g)


def _marks(text: str, a: int, b: int, style: str) -> list:
    """The marks of ``style`` in [a, b) that number one list 1, 2, … (a slip, 一是…二是…二是,
    or a skip, 一是…三是, still counts as the next item); the list ends where it starts again."""
    marks, want = [], 1
    for m in _ENUMS[style].finditer(text, a, b):
        g = m.group("n")
        n = _number(style, g)
        if style == "order" and g == "最后" and marks:
            n = want  # 首先…其次…最后 (no 再次)
        if n == want:
            marks.append(m)
            want += 1
        elif n == 1 and want > 2:
            break  # the numbering starts again: another list
        elif marks and n == want - 1 and style not in ("order", "side"):
            marks.append(m)  # a numbering slip (一是…二是…二是): one more item
        elif marks and n == want + 1 and style not in ("order", "side"):
            marks.append(m)  # a number skipped (一是…三是…三是): one more item
            want = n + 1
    return marks


def _first_list(text: str, a: int, b: int):
    """The style and marks of the enumeration that starts first in [a, b)."""
    best = None
    for style in _ENUMS:
        marks = _marks(text, a, b, style)
        if marks and (best is None or marks[0].start() < best[1][0].start()):
            best = (style, marks)
    return best


def _restart(text: str, a: int, b: int) -> int | None:
    """Where the first enumeration of [a, b), two items or more, starts again at its first
    number after a sentence's or a line's end (（1）…（2）…。\n（1）…): the second list."""
    found = _first_list(text, a, b)
    if not found or len(found[1]) < 2:
        return None
    style, marks = found
    for m in _ENUMS[style].finditer(text, marks[-1].end(), b):
        if _number(style, m.group("n")) != 1:
            continue
        k = m.start()
        while k > a and text[k - 1] in " \t\u3000\xa0":
            k -= 1
        if k == a or text[k - 1] in "。！!\n：:":
            return m.start()
        return None
    return None


def _items(text: str, a: int, b: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The first enumeration (1, 2, … in order) inside [a, b): its style and item spans."""
    found = _first_list(text, a, b)
    if found is None:
        return None
    style, marks = found
    spans = []
    for k, m in enumerate(marks):
        e = marks[k + 1].start() if k + 1 < len(marks) else b
        if k + 1 == len(marks) and style in _INLINE:
            nl = text.find("\n", m.end(), e)
            e = nl if nl >= 0 else e
        spans.append((m.end(), e))
    return style, spans


# a sentence saying what the organ will do: 2023年，我局将…; 对此，本局将进一步…; 2025年，我部将：;
# 2024年，我局将（一）…; or a year's list of work starting (2022年，一是…)
_WILL = re.compile(r"(?:20\d\d年(?:度)?[，,]?)?[^。；;]{0,18}?(?:将(?![其近来会要于之])(?:[\u4e00-\u9fff：:]|[（(][一1][）)]|1[.、．])"
                   r"|(?<![需还])(?:拟|要)(?:进一步|继续|持续|不断|着力|重点|加大|加强|围绕|按照|结合|切实|全面|努力|认真|严格|坚持|深入))"
                   r"|20\d\d年(?:度)?[，,][ \u3000]*(?:[一二]是|第一[，,、]|首先|一要|[（(][一1][）)]|1[.、．](?!\d))")


def _remedy_start(text: str, a: int, b: int, will: bool = True) -> int | None:
    """Where the remedies begin in an un-headed section 五 (a sentence with a remedy lead, or
    with ``will`` one saying what the organ will do)."""
    leads = cue("remedy_lead")
    i = a
    first = True
    while i < b:
        j = i
        while j < b and text[j] not in _SENT_END:
            j += 1
        s, _ = stripped_span(text, i, j)
        head = text[s:min(j, s + 30)]
        if not first and s < j and (any(c in head for c in leads) or will and _will_not_paired(head)):
            return s
        if s < j:
            first = False
        i = j + 1
    return None


def _will_not_paired(head: str) -> bool:
    """Whether the sentence opening ``head`` says what the organ will do, and is no item that
    states a shortfall before its plan (2.解读形式不够丰富，将更多采用图解: a problem and its
    remedy, ``_paired``; the plans do not start there)."""
    m = _WILL.match(head)
    if not m:
        return False
    before = head[:m.end()]
    return not (re.search(r"[，,]", before) and any(w in before for w in _words("problem_word"))
                and not any(w in before for w in cue("remedy_lead") + cue("remedy_verb")))


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


@lru_cache(maxsize=1)
def _intro_rx():
    """A sentence that only says there are problems (我局工作仍存在一些不足。), or introduces a
    list (主要表现在：, 具体如下：, 将从以下几个方面加以改进。): no item."""
    heads = "|".join(map(re.escape, cue("problem_head")))
    words = "|".join(map(re.escape, sorted(cue("intro"), key=len, reverse=True)))
    return re.compile(rf"[^。：:；;\n]{{0,40}}?(?:存在(?:着)?(?:一些|一定的?|以下|若干|不少|诸多|许多|部分)?的?"
                      rf"(?:{heads})(?:[和与及、](?:{heads}))?|(?:{words})[^。：:；;\n]{{0,12}}?)[。：:]")


def _drop_intro(text: str, a: int, b: int) -> int:
    """``a`` moved past the introducing sentences at the start of an unnumbered part (a
    clause before 主要是… stays: the dev gold keeps it in the item)."""
    for _ in range(2):
        m = _intro_rx().match(text, a, b)
        if not m or b - m.end() <= 4:
            break
        a, _ = stripped_span(text, m.end(), b, _STRIP)
    return a


def _part_items(text: str, a: int, b: int, kind: str) -> list[Fact]:
    a, b = stripped_span(text, a, b, _STRIP)
    if a >= b:
        return []
    # a part saying there is nothing to report (本年度无存在问题) holds no item
    if kind == "problem" and _NONE_STATED.match(text, a, b) and _NONE_STATED.match(text, a, b).end() == b:
        return []
    # a part that only introduces what follows (下一步，我局将：) holds no item
    if text[b:b + 1] and text[b] in "：:" and not re.search(r"[。；;！!\n]", text[a:b]):
        return []
    found = _items(text, a, b)
    spans = found[1] if found else []
    if not spans:
        a = _drop_intro(text, a, b)
        # one item: drop an introduction ending in a colon (主要存在问题：…)
        colon = min((k for k in (text.find("：", a, b), text.find(":", a, b)) if k >= 0), default=-1)
        if colon >= 0 and colon - a <= 40 and b - colon > 4:
            a = colon + 1
        spans = _paragraphs(text, a, b) or [(a, b)]
    out = []
    for s, e in spans:
        s, e = stripped_span(text, s, e, _STRIP)
        s = _past_item_label(text, s, e)
        if e - s >= 4:
            out.append(_fact(kind, text, s, e, None))
    return out


def _past_item_label(text: str, s: int, e: int) -> int:
    """An item's start past its kind's label (问题：…, 改进：…, 存在问题：…), dropped like its number."""
    m = re.match(r"[\u4e00-\u9fff]{2,4}[：:]", text[s:e])
    if m and _label_role(m.group()[:-1]) in ("problem", "remedy") and e - s - m.end() >= 4:
        return stripped_span(text, s + m.end(), e, _STRIP)[0]
    return s


# a label of the problems or the plans: at a line's or a sentence's start, maybe numbered as
# a sub-heading (（一）, 1., 一、, 第一), a few words ending in a colon (问题：, 下一步工作打算：)
# or alone on their line (（二）努力方向)
_HEAD_MARK = (r"(?:[（(][一二三四五六七八九十1-9][）)]|[一二三四五六七八九十]{1,2}[、.．]|[1-9][、.．]"
              r"|第[一二三四五六七八九十][，,、]?)")
# …or the last year's part opening a sentence with a comma (上年度问题整改方面，…: ``comma``, past only);
# …or numbered as an item of an outer list (一是存在的问题。第一，…；二是改进措施。…: ``item``), or run
# straight into its list's first mark (（一）存在的问题一是…: the line end lost, ``runin``); both only
# with a heading's generic words (``_generic_head``)
_LABEL = re.compile(r"(?:^|(?<=[\n。；;！!]))[ \t\r\u3000\xa0]*(?P<mark>" + _HEAD_MARK
                    + r"|(?P<item>[一二三四五六七八九十]是))?[ \t\u3000\xa0]*"
                    r"(?P<label>[\u4e00-\u9fff0-9、]{2,14}?)"
                    r"(?:(?P<colon>[：:])|(?P<stop>。)(?!\s*$)|。?[ \t\r\u3000\xa0]*(?=\n|$)"
                    r"|(?P<runin>(?=[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、：:]|[（(][1-9１-９][）)]|[1-9][、.．]))"
                    r"|(?<=方面|情况)(?P<comma>[，,]))")
_AND = "及和与、并"


def _label_role(label: str) -> str | None:
    """remedy, problem or past (the last year's) by the label's words; a title naming both
    (存在的问题及改进措施) is neither, a plan naming the problem it meets (针对问题的整改措施) is a
    remedy, and a plan item's own heading (1.着力解决公开不及时问题) is no label."""
    if any(c in label for c in cue("past_head")):
        return "past"  # the last year's problems and how they were met: neither (上年度问题整改情况)
    rem = [label.find(c) for c in cue("remedy_head") if c in label]
    pro = [label.find(c) for c in cue("problem_head") if c in label]
    # a plan's own heading naming the problem it solves (1.着力解决公开不及时问题): no label
    if pro and not rem and any(0 <= label.find(v) < min(pro) for v in cue("remedy_verb")):
        return None
    if rem and pro:
        p, r = min(pro), min(rem)
        return None if p < r and any(ch in label[p:r] for ch in _AND) else "remedy"
    return "remedy" if rem else "problem" if pro else None


@lru_cache(maxsize=1)
def _heading_ends() -> tuple[str, ...]:
    return cue("problem_head") + cue("remedy_head") + ("情况",)


def _labels(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """(start, end, role) of the labels of section 五's parts in [a, b)."""
    out = []
    for m in _LABEL.finditer(text[a:b]):
        label = m.group("label")
        # an item is no label (一是…：); an unnumbered label is a few words, and one alone on
        # its line ends like a heading (存在的不足, 努力方向), never like a sentence (下一步将…)
        if re.match(r"[一二三四五六七八九十][是要]", label):
            continue
        if not m.group("mark") and not m.group("comma") and (len(label) > 10 or not m.group("colon") and (
                m.group(0).rstrip().endswith("。") or not label.endswith(_heading_ends()))):
            continue
        # a numbered heading ending in 。 with its text after it ends like a heading
        # (（一）存在的问题。一是…), never like an item (（一）公开内容不够全面。…)
        if (m.group("stop") or m.group("item") or m.group("runin")) and not (
                m.group("mark") and label.endswith(_heading_ends()) and _generic_head(label)):
            continue
        role = _label_role(label)
        # the last year's part run in with a comma (。上年度问题整改方面，针对…): past, whatever follows
        if m.group("comma") and role != "past":
            continue
        # (a label numbered by its own numeral: 问题一：, 措施2：)
        own_no = bool(_ENUMS["named"].match(m.group("label") + (m.group("colon") or "")))
        # items each holding a problem and its remedy, both labelled, one item a line ((一)问题：…。
        # 措施：…⏎(二)问题：…。措施：…): a problem's label opening the next line after a pair printed
        # on one line is the next pair's, not an item's heading
        if role == "problem" and len(out) >= 2 and out[-1][2] == "remedy" and out[-2][2] == "problem" \
                and "\n" not in text[out[-2][0]:out[-1][0]] and "\n" in text[out[-1][1]:a + m.start("label")]:
            out.append((a + m.start("label") - len(m.group("mark") or ""), a + m.end(), role, False))
            continue
        # a label of the part already open is an item's heading (存在问题：1.公开内容问题：…),
        # and the problems come before the plans: a problem's label after a plan's is an item's
        if out and out[-1][2] == role or role == "problem" and any(r == "remedy" for _, _, r, _ in out):
            # …and when both are numbered, each item carries its kind's label ((一)问题：…。
            # (二)问题：…; 问题一：…。问题二：…): the part opens at the first one's number, its items
            # are the numbered ones
            if out and out[-1][2] == role and (m.group("mark") or own_no) and out[-1][3]:
                out[-1] = (out[-1][0], out[-1][0], role, False)
            continue
        if role:
            out.append((a + m.start("label") - len(m.group("mark") or ""), a + m.end(), role,
                        bool(m.group("mark")) and len(label) <= 4 or own_no))
    return [(ls, le, role) for ls, le, role, _ in out]


def _generic_head(label: str) -> bool:
    """A heading's words before its last word are generic (存在的问题, 工作中存在的不足, 下一步
    工作打算); an item's name a thing (依申请公开办理能力不足, 公开内容不够全面的问题)."""
    end = max((w for w in _heading_ends() if label.endswith(w)), key=len, default="")
    rest = label[:len(label) - len(end)]
    for w in sorted(_words("heading_filler"), key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest


_DATE_LINE = re.compile(r"[ \t\u3000\xa0]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000\xa0]*$")


def _section_end(text: str, a: int, b: int) -> int:
    """Where section 五 ends when nothing after it is a heading (六 missing): at a line that
    starts with a contact label (联系方式：) or at a signature above a date line."""
    ends = cue("section_end")
    prev = None
    i = text.find("\n", a, b)
    while 0 <= i < b:
        s = i + 1
        j = text.find("\n", s, b)
        j = b if j < 0 else j
        line = text[s:j].strip(" \t\u3000\xa0\r")
        if line.startswith(ends):
            return s
        if _DATE_LINE.match(text, s, j):
            if prev and prev[0] > a and len(text[prev[0]:prev[1]].strip()) <= 30 \
                    and not re.search(r"[。，,；;：:]", text[prev[0]:prev[1]]):
                return prev[0]
            return s
        if line:
            prev = (s, j)
        i = j if j < b else -1
    return b


def _list_after_inline(text: str, a: int, b: int) -> int | None:
    """Where a list on lines of its own starts right after a paragraph whose problems run
    inline (…，但一是…，二是…，需要加以解决。⏎（一）加强…⏎（二）完善…): the plans, unlabelled."""
    found = _first_list(text, a, b)
    if not found or found[0] not in _INLINE:
        return None
    end = text.find("\n", found[1][-1].end(), b)
    if end < 0:
        return None
    nxt = _first_list(text, end + 1, b)
    if not nxt or nxt[0] == found[0] or len(nxt[1]) < 2:
        return None
    k = nxt[1][0].start()
    line = text.rfind("\n", 0, k) + 1
    if text[line:k].strip(" \t\u3000\xa0\r"):
        return None  # the next list's first mark opens no line
    return line


def _split(text: str, a: int, b: int) -> int | None:
    """Where the remedies begin in a stretch without labels: a sentence with a remedy lead,
    the numbering starting again, or a list of another style on lines of their own after
    an inline list of the problems."""
    found = [k for k in (_remedy_start(text, a, b), _restart(text, a, b), _list_after_inline(text, a, b))
             if k is not None]
    return min(found) if found else None


def problems_and_remedies(text: str, s5: Section) -> list[Fact]:
    a = s5.body_start
    b = _section_end(text, a, s5.body_end)
    labels = _labels(text, a, b)
    parts = []
    if labels and labels[0][2] in ("remedy", "past") and text[a:labels[0][0]].strip(_STRIP):
        parts.append(("problem", a, labels[0][0]))  # the problems before the plans' or last year's label
    for k, (_, le, role) in enumerate(labels):
        parts.append((role, le, labels[k + 1][0] if k + 1 < len(labels) else b))
    for k in range(len(parts) - 1):
        if parts[k][0] == "problem" and parts[k + 1][0] == "remedy":
            # the plans may open before their first label (下一步，我局将：\n1.着力解决…问题)
            _, pa, pb = parts[k]
            r = _remedy_start(text, pa, pb, will=False)
            if r is not None:
                parts[k:k + 1] = [("problem", pa, r), ("remedy", r, pb)]
            break
    if not labels:
        parts = [("problem", a, b)]
    last = max((k for k, (role, _, _) in enumerate(parts) if role == "problem"), default=None)
    if last is not None and all(role != "remedy" for role, _, _ in parts):
        # no label for the plans: they start at a remedy lead or where the numbering starts again
        # (before the last year's part, when that follows)
        role, pa, pb = parts[last]
        r = _split(text, pa, pb)
        parts[last:last + 1] = [(role, pa, r if r is not None else pb)] + ([("remedy", r, pb)] if r is not None else [])
    facts = []
    for role, pa, pb in parts:
        if role != "past":
            facts += _part_items(text, pa, pb, role)
    if len(parts) == 1 and parts[0][0] == "problem" and _items(text, parts[0][1], parts[0][2]):
        facts = _plans_at_tail(facts)
    return [g for f in facts for g in _paired(text, f)]


def _plans_at_tail(facts: list[Fact]) -> list[Fact]:
    """The one numbered list of a section 五 with no plans, its last items saying what will be
    done (一是…不够；二是…有待提高；三是加强培训，提升业务能力): those items, each opening with a
    plan_verb and stating no shortfall, are the plans, when an item before them states one."""
    def plan(f: Fact) -> bool:
        return (f.text.startswith(_words("plan_verb"))
                and not any(w in f.text for w in _words("problem_word")))
    k = len(facts)
    while k > 0 and plan(facts[k - 1]):
        k -= 1
    if k == len(facts) or not any(w in f.text for f in facts[:k] for w in _words("problem_word")):
        return facts
    return facts[:k] + [replace(f, kind="remedy") for f in facts[k:]]


def _words(role: str) -> tuple[str, ...]:
    """Words of ``lexicons/section5_words.tsv`` (matched inside text, never jieba tokens)."""
    return role_words("section5_words", role, "word")


@lru_cache(maxsize=1)
def _pair_rx() -> re.Pattern:
    """A clause end, then a remedy opening the rest of the item (…有待提高，将加强培训;
    …不规范，改进措施是…; 。改进⏎方面，一是…), or a clause opening with a plan's modal (…重视
    不够，要建立通报制度; …不够全面，将梳理清单; never 将会影响…, 要素不全): cues may be broken by a
    line end."""
    def alts(role: str) -> str:
        words = sorted(_words(role), key=len, reverse=True)
        return "|".join(r"\s*".join(map(re.escape, w)) for w in words)
    modal = rf"(?!{alts('not_plan')})(?:{alts('plan_modal')})\s*[\u4e00-\u9fff“\"]"
    return re.compile(rf"[，,。；;]\s*(?={alts('remedy_pair')}|{modal})")


def _paired(text: str, f: Fact) -> list[Fact]:
    """A problem and its remedy in one item (（一）内容不够全面，下一步将扩大公开范围): the
    problem, then the remedy's items. An item of the plans split so only when its first
    clause states a shortfall (problem_word) and is no plan's lead (针对…问题，将…)."""
    s, e = f.span
    m = _pair_rx().search(text, s, e)
    if not m or m.end() >= e:
        return [f]
    head = text[s:m.start()]
    if f.kind == "remedy" and (not any(w in head for w in _words("problem_word"))
                               or any(w in head for w in cue("remedy_lead") + cue("remedy_verb"))):
        return [f]
    rest = _part_items(text, m.end(), e, "remedy")
    mark = re.match(_HEAD_MARK + r"[ \t\u3000]*", text[s:m.start()])   # （二）, 2. of an item the
    s += mark.end() if mark else 0                                  # numbering did not strip
    if not rest or m.start() - s < 4:
        return [f]
    return [_fact("problem", text, s, m.start(), None), *rest]


@lru_cache(maxsize=1)
def _s5_titles() -> tuple[str, ...]:
    return tuple(r["title"] for r in load("sections", required=("number", "title")) if r["number"] == "5")


def unnumbered_section5(text: str, sections: list[Section]) -> Section | None:
    """Section 五 under a heading without its number (an excerpt's or a page's 存在的主要问题及
    改进情况 on a line of its own): a short line, no sentence in it, that starts like one of
    section 五's titles, after the headings of 一 … 四 found and before 六's; its body runs to
    the next section found after it, or to the end."""
    after = max((x.end for x in sections if x.number < 5), default=0)  # after 一 … 四's headings
    for m in re.finditer(r"(?m)^[ \t\u3000\xa0]*(?P<title>[^\r\n]{2,24}?)[ \t\r\u3000\xa0]*$", text):
        title = m.group("title")
        if m.start() < after or any(x.number > 5 and x.start < m.start() for x in sections):
            continue
        if re.search(r"[，,。；;！!？?]", title):
            continue
        if not title.startswith(_s5_titles()) and not _numbered_five(title, m.start(), sections):
            continue
        nxt = [x.start for x in sections if x.start > m.end()]
        end = min(nxt) if nxt else len(text)
        body = m.end() + 1 if m.end() < len(text) else m.end()
        return Section(5, title, m.start("title"), m.end("title"), min(body, end), end)
    return None


_FIVE_MARK = re.compile(r"五[ \t\u3000]*[、.．][ \t\u3000]*(?P<rest>[\u4e00-\u9fff][^\r\n]{1,19})$")


def _numbered_five(title: str, at: int, sections: list[Section]) -> bool:
    """A heading numbered 五、 with a title of the report's own (五、问题与整改, 五、工作短板及整改
    措施), standing in the sequence: after part 四's heading, or before part 六's with part 四's
    or an earlier part's before it. Its number, not its words, makes it part 五."""
    if not _FIVE_MARK.match(title):
        return False
    before = [x.number for x in sections if x.start < at]
    after = [x.number for x in sections if x.start > at]
    return bool(before) and max(before) <= 4 and (4 in before or 6 in after)
