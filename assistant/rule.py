"""What a rule of the question reader is: a name, the slot of the reading it fills, how it reads
(the pattern or the lexicon, in words) and example questions with what the plan must hold after
them (its tests). The rules themselves are ``assistant.rules.RULES``."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    slot: str
    how: str
    examples: tuple = ()     # (question, {plan field: expected value}) …
