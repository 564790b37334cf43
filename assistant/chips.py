"""The reading of an answer as chips a reviewer removes, and the re-run with what is left.

No streamlit here: the app's 问答 page draws ``removable(a)`` as chips and calls
``rerun(conversation, a, kept)`` when one is removed, or ``choose(conversation, a, option)``
when the reviewer picks one of the other readings (``Answer.options``) of an ambiguous
question. What is asked (the ``asked`` chip) stays: without it there is no question.
"""
from __future__ import annotations

FIXED = ("asked",)


def removable(answer) -> list[dict]:
    """The chips a reviewer may remove (every item of the reading but what is asked)."""
    return [it for it in answer.reading if it["slot"] not in FIXED]


def fixed(answer) -> list[dict]:
    """The chips that stay (what is asked)."""
    return [it for it in answer.reading if it["slot"] in FIXED]


def kept_reading(answer, kept: list[int]) -> list[dict]:
    """The answer's reading with only the removable chips at ``kept`` (indices into
    ``removable(answer)``); what is asked always stays."""
    chips = removable(answer)
    bad = [i for i in kept if not 0 <= i < len(chips)]
    if bad:
        raise ValueError(f"no chip {bad} (the answer has {len(chips)})")
    return fixed(answer) + [chips[i] for i in sorted(set(kept))]


def removed_labels(answer, kept: list[int]) -> list[str]:
    """The labels of the chips left out (层级=省级政府): said with the re-run answer."""
    return [it["label"] for i, it in enumerate(removable(answer)) if i not in set(kept)]


def rerun(conversation, answer, kept: list[int]):
    """``answer``'s question asked again with only the chips at ``kept``: a new turn of the
    conversation, read from the same plan the answer was read from (so a follow-up such as
    那2020年呢？ keeps what it followed)."""
    return _ask(conversation, answer, answer.question, kept_reading(answer, kept))


def choose(conversation, answer, option: dict):
    """The question answered as one of ``answer.options`` reads it (its ``question``, when
    the option rewrites a name: 桦楠县 -> 桦南县)."""
    return _ask(conversation, answer, option.get("question") or answer.question,
                option["reading"])


def _ask(conversation, answer, question: str, reading: list[dict]):
    if answer.plan is not None and answer.understood:
        conversation.context = answer.plan
    return conversation.ask(question, reading=reading)
