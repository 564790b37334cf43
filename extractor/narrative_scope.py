"""Whether a sentence is about disclosure work: the guard every official and office passes.

A post or an office counts only in a sentence about the work (``about_disclosure``): it says
公开 (a ``disclosure_word`` cue), or its neighbour on the line does, or a heading over the
report's own work (``work_heading`` cues: 监督保障, 组织领导) stands over it.
"""
from __future__ import annotations

import re

from .narrative_lex import SENT_END as _SENT_END
from .narrative_lex import bounds as _bounds
from .narrative_lex import cue


def _says_work(piece: str) -> bool:
    return any(w in piece for w in cue("disclosure_word"))


def about_disclosure(text: str, s: int, e: int) -> bool:
    """The sentence around [s, e) is about disclosure work: it says 公开 (or another
    ``disclosure_word`` cue: 政府信息, 《条例》), or the sentence
    before it on the same line does (一是完善信息公开机制。建立“主要领导负总责…”的工作体系),
    or the heading line right above its paragraph does."""
    ss, se = _bounds(text, s, e, _SENT_END)
    if _says_work(text[ss:se]):
        return True
    # …or it opens with a heading over the work and a colon ((五)监督保障情况：局长负总责…)
    label = re.match(r"[^：:\n]{1,30}[：:]", text[ss:se])
    if label and _work_heading(label.group(0), ss == 0 or text[ss - 1] == "\n"):
        return True
    # …or the sentence after it on the same line does (…负总责，分管副镇长具体负责。全年公开…)
    if se < len(text) and text[se] != "\n":
        _, ne = _bounds(text, se + 1, se + 1, _SENT_END)
        if _says_work(text[se:ne]):
            return True
    if ss > 0 and text[ss - 1] != "\n":
        ps, _ = _bounds(text, ss - 1, ss - 1, _SENT_END)
        # …or it is a run-in heading over the report's work ((四)监督保障。分管副局长具体负责…)
        return _says_work(text[ps:ss]) or _work_heading(text[ps:ss], ps == 0 or text[ps - 1] == "\n")
    # …or the sentence opens a paragraph under a heading that says it ((一)政务公开组织领导)
    if ss > 0:
        hs = text.rfind("\n", 0, ss - 1) + 1
        # (a line of a field list under the line that names it: 领导小组：⏎组长：…⏎副组长：…)
        for _ in range(_FIELD_LINES):
            if not (_FIELD.match(text, ss) and _FIELD.match(text, hs)) or hs == 0:
                break
            ss, hs = hs, text.rfind("\n", 0, hs - 1) + 1
        heading = text[hs:ss - 1].strip()
        if 0 < len(heading) <= 30:
            return _says_work(heading) or _work_heading(heading, True)
        # …or it is a paragraph of one sentence right after a paragraph whose last sentence says
        # it (…被申请行政复议2件。⏎局主要领导为第一责任人，分管副局长具体负责。⏎): the same work
        return _lone_sentence(text, se) and _says_work(re.split(r"[。！？!?]", heading.rstrip("。！？!?"))[-1])
    return False


# a field line: a short label and a colon opening the line (组长：某某, 副组长：, 成员：)
_FIELD = re.compile(r"[ \t\u3000]*[^：:\n，,。；;]{1,6}[：:]")
_FIELD_LINES = 8   # how many field lines a list under its heading may run to


def _lone_sentence(text: str, se: int) -> bool:
    """Whether the sentence ending at ``se`` (its stop or its line end) ends its line."""
    rest = text[se + 1:] if se < len(text) and text[se] != "\n" else text[se:]
    return rest.lstrip(" \t\u3000")[:1] in ("\n", "")


def _work_heading(piece: str, at_line_start: bool) -> bool:
    """``piece`` is a heading over the report's own work (``work_heading`` cues): a line of its
    own, or a run-in heading opening a line ((四)监督保障。), 30 characters at most."""
    piece = piece.strip()
    return at_line_start and 0 < len(piece) <= 30 and any(w in piece for w in cue("work_heading"))
