"""An office doing the work named as a filter without 由 (the family "office said"):

    哪些单位是党政综合办公室具体负责的 / 负责机构是党政办的乡镇有哪些 / 党政办公室负责的街道

``read_office_said(t, set_)``: a run of characters ending in an office suffix
(lexicons/offices.tsv) after 是 / 为 and before a responsibility word (具体负责, 牵头负责),
after 负责机构 / 负责科室 是, or opening the question before one (党政办负责的…), is the office
filter (plan.office), as 由…负责 is (plan.py). A run asking which (哪个科室, 什么部门) is the question,
never a filter.

``office_forms(office)``: the forms a report may name that office by: as typed, in traditional
characters, and its short form (lexicons/question_office_short.tsv: 党政综合办公室 also finds
党政综合办), so that an office is found however the report shortened it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .words import office_suffixes

_NAME = r"([\u4e00-\u9fff]{2,12}?)"
_DUTY = r"(?:牵头|具体|主要)?负责"   # 办理 / 承办 also say who handled a request (上海市政府办公厅办理的申请)
_SAID = (
    re.compile(r"(?:是|为)" + _NAME + _DUTY),                                   # 是党政办具体负责的
    re.compile(r"负责(?:的)?(?:机构|科室|部门|股室|处室)(?:是|为)" + _NAME + r"(?=的|$|[，,？?])"),  # 负责机构是党政办的
    re.compile(r"^" + _NAME + _DUTY + r"(?=的)"),                              # 党政办负责的街道
)
_ASKS = re.compile(r"[哪谁何啥]|什么")


def read_office_said(t, set_) -> bool:
    """Read an office said as a filter without 由 into ``plan.office`` (see the module's doc)."""
    for rx in _SAID:
        m = rx.search(t.s)
        if m and m.group(1).endswith(office_suffixes()) and not _ASKS.search(m.group(1)):
            set_("office", m.group(1), "office_said")
            t.take(m.start(), m.end())
            set_("kind", "reports")
            return True
    return False


@lru_cache(maxsize=1)
def _shorts() -> tuple[tuple[str, str], ...]:
    from extractor.lexicon import load
    rows = load("question_office_short", required=("full", "short"), unique=("full",))
    return tuple(sorted(((r["full"], r["short"]) for r in rows), key=lambda fs: -len(fs[0])))


def office_forms(office: str) -> list[str]:
    """``office`` as typed, in traditional characters and by its short form (see the module's doc)."""
    from extractor.labels import to_traditional
    forms = [office]
    for full, short in _shorts():
        stem = office[:-len(full)]
        if office.endswith(full) and len(stem) >= 2:
            forms.append(stem + short)
            break
    return list(dict.fromkeys(f for form in forms for f in (form, to_traditional(form))))
