"""The report template said loosely (family template_said): 模版 typed for 模板 (2019版模版,
新模版) and the 2021 template said as a year onward (2021年以后模板, 2021年之后的新模版): "the
template of 2021 onward" is the 2021 template, never the years 2021 to the store's last.
A year onward before a template word other than 2021 (2019年以后的模板: both templates) is left
as said. The question is rewritten before it is read; the note says how."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation

_WORDS = "question_template_said"   # lexicons/question_template_said.tsv: typo, onward, template


@lru_cache(maxsize=1)
def _typo() -> re.Pattern:
    """模版 / 模本: the template word typed with a character of the same sound or shape."""
    return re.compile(alternation(_WORDS, "typo"))


@lru_cache(maxsize=1)
def _latest_onward() -> re.Pattern:
    """2021年以后模板 / 2021年以后的新模板 / 2021年起的格式 / 2021以后版本的表格."""
    onward = rf"(?:及|及其|和)?(?:{alternation(_WORDS, 'onward')})"
    return re.compile(rf"2021年?(?:度)?{onward}(?:的|启用的|使用的|用的)?"
                      rf"(?=(?:新|新版|新的)?(?:{alternation(_WORDS, 'template')}))")


def template_said(q: str) -> tuple[str, str | None]:
    """``q`` with its template words as the vocabulary reads them, and the note saying so
    (None when nothing was rewritten)."""
    notes = []
    m = _typo().search(q)
    if m:
        notes.append(f"“{m.group(0)}”按“模板”理解")
        q = _typo().sub("模板", q)
    m = _latest_onward().search(q)
    if m:
        notes.append(f"“{m.group(0)}…模板”按2021版模板理解（不是2021年以后各年）")
        q = q[:m.start()] + "2021版" + q[m.end():]
        q = q.replace("2021版新版", "2021版").replace("2021版新的", "2021版").replace("2021版新", "2021版")
        q = q.replace("2021版版", "2021版")
    return q, ("；".join(notes) if notes else None)
