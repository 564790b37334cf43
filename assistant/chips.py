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


# the chips a reviewer may also change (or add): slot -> the field its values set
EDITABLE = {"levels": "levels", "years": "years", "template": "template"}


def current(answer, slot: str) -> list:
    """The values of ``answer``'s chip ``slot`` as an editor shows them: level codes, years,
    templates ([] when the reading has no such chip, or says 以外: the editor starts empty)."""
    it = next((it for it in answer.reading if it["slot"] == slot), None)
    if it is None:
        return []
    v = it["value"].get(EDITABLE[slot])
    if slot == "levels" and it["value"].get("excluded_levels") \
            or slot == "years" and it["value"].get("excluded_years") \
            or slot == "template" and it["value"].get("template_not"):
        return []
    return [] if v is None else [v] if slot == "template" else list(v)


def changed_reading(answer, edits: dict) -> list[dict]:
    """``answer``'s reading with each chip of ``edits`` (slot -> values, as ``current`` gives
    them) set to those values: an empty list clears the chip, a slot the reading lacks is
    added (层级 on a question that named none). Slots not in ``edits`` keep their chips."""
    from .queryplan import LEVEL_NAMES, years_text
    out = list(answer.reading)
    for slot, values in edits.items():
        if slot not in EDITABLE:
            raise ValueError(f"chip {slot!r} cannot be changed (one of {', '.join(EDITABLE)})")
        out = [it for it in out if it["slot"] != slot]
        values = list(values)
        if not values:
            continue
        if slot == "levels":
            unknown = [v for v in values if v not in LEVEL_NAMES]
            if unknown:
                raise ValueError(f"unknown level {unknown}")
            item = {"value": {"levels": values, "excluded_levels": []},
                    "label": "层级=" + "、".join(LEVEL_NAMES[v] for v in values), "rule": "level_word"}
        elif slot == "years":
            years = sorted({int(v) for v in values})
            item = {"value": {"years": years, "excluded_years": []},
                    "label": "年份=" + years_text(tuple(years)),
                    "rule": "year"}
        else:
            if len(values) != 1:
                raise ValueError(f"one template, not {values}")
            item = {"value": {"template": str(values[0]), "template_not": False},
                    "label": f"模板={values[0]}版",
                    "rule": "template"}
        out.append({"slot": slot, **item})
    return out


def edit(conversation, answer, edits: dict):
    """``answer``'s question asked again with its chips changed (``changed_reading``)."""
    return _ask(conversation, answer, answer.question, changed_reading(answer, edits))
