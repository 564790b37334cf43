"""A question opening with a word that points into the answer before (其中…, 这些里面…, 里面…,
它们…, 上述…) when no answer before holds reports to point into (the first question of a
conversation, or one after a question that was not understood): never answered over every
report as if the word were not there (其中2021年的 → every 2021 report: a confident wrong
answer). Said, with what to ask instead."""
from __future__ import annotations

import re

from .lexwords import role_rows
from .pointinto import pointing_role, pointing_word
from .result import Answer

# what a question opens with before its pointing word (那 / 那么 / 在): nothing of its own
_LEAD = re.compile(r"^(?:那么?|在|就)?")


def opening_pointer(q: str) -> str | None:
    """The pointing word ``q`` opens with (其中, 里面, 这些 …), or None."""
    rest = q[_LEAD.match(q).end():]
    these = next((r["word"] for r in role_rows("question_point_back", "opens_list")
                  if rest.startswith(r["word"])), None)
    if these:
        return these
    word = pointing_word(rest)
    return word if word and rest.startswith(word) and pointing_role(rest) == "within" else None


def points_at_nothing(question: str, plan) -> Answer | None:
    """The answer to a question pointing into an answer before that is not there, or None."""
    word = opening_pointer(question.strip())
    if word is None:
        return None
    text = (f"“{word}”指的是上一个回答里的报告，但之前没有可以指代的回答（这是第一个问题，或上一个问题"
            f"没能理解），所以没有按全部报告回答。请把范围说完整，例如：2021年省级政府的报告有哪些？")
    return Answer(question=question, text=text, understood=False, plan=plan)
