"""A follow-up pointing back into the list before (西咸新区的报告有哪些 → 街道的里面哪些零申请;
东阳市有哪些报告 → 财政局那份留的电话; 乌恰县政府办的报告 → 2025年那份主动公开了多少条): the
previous question's scope (place, organs, levels, years) kept and narrowed by what the question
names, as a leading 其中 reads it; never the question asked of every report (rule point_into).

``points_into(prev, new, q)``: whether ``q`` (parsed as ``new``) points into the answer before
(``prev``): a word of lexicons/question_point_back.tsv anywhere in it (里面, 当中 not after a
text's name: 问题里面提到 is the problems'; 那份, 这家) after a list or count of reports of a
scope, and no widening word (所有单位) of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import role_rows
from .queryplan import QueryPlan

_LEX = "question_point_back"
_SCOPE = ("organ_ids", "levels", "excluded_levels", "region", "years", "excluded_years",
          "organ_type", "report_ids", "template", "phrase")
_WIDE = re.compile(r"(所有|全部|全体|整个|全省|全市|全国)")


@lru_cache(maxsize=1)
def _pointing() -> re.Pattern:
    """One pattern of every point-back word, each with its lookbehinds (unless_prev)."""
    parts = []
    for role in ("within", "one_of"):
        for r in role_rows(_LEX, role):
            behind = "".join(f"(?<!{re.escape(w)})" for w in r.get("unless_prev", "").split("|") if w)
            parts.append(behind + re.escape(r["word"]))
    return re.compile("|".join(parts))


def pointing_word(q: str) -> str | None:
    """The point-back word said in ``q`` (里面, 那份), or None."""
    m = _pointing().search(q)
    return m.group(0) if m else None


def pointing_role(q: str) -> str | None:
    """The role of the point-back word said in ``q`` (``within``: 里面, 其中; ``one_of``: 那份, 这份),
    or None."""
    word = pointing_word(q)
    return next((role for role in ("within", "one_of") for r in role_rows(_LEX, role) if r["word"] == word), None) \
        if word else None


def points_into(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    listed = prev.kind == "reports" and prev.agg in (None, "count") or (
        prev.listing and not prev.agg)
    return (listed and any(getattr(prev, f) for f in _SCOPE) and pointing_word(q) is not None
            and not _WIDE.search(q) and not new.region_not)
