"""Vocabulary and text helpers shared by the narrative modules (facts and figures).

``cue(role)`` reads ``lexicons/cues.tsv``; ``channel_table`` reads ``lexicons/channels.tsv`` and
checks its values against the contract. ``bounds`` finds the sentence or clause around a hit.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import load
from .record import CHANNELS

HAN = r"\u4e00-\u9fff\u2e80-\u2fdf"
SENT_END = "。！？!?\n"
CLAUSE_END = "，,；;。！？!?：:\n"


class LexiconValueError(ValueError):
    pass


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in load("cues", required=("role", "cue"), unique=("role", "cue")):
        out.setdefault(r["role"], []).append(r["cue"])
    return {k: tuple(v) for k, v in out.items()}


def cue(role: str) -> tuple[str, ...]:
    return _cues().get(role, ())


def channel_table(directory: str | None = None) -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """alias -> canonical channels, and the set of ignored aliases (``lexicons/channels.tsv``)."""
    rows = load("channels", required=("alias", "channel"), unique=("alias",), directory=directory)
    table, ignore = {}, set()
    for r in rows:
        values = tuple(v.strip() for v in r["channel"].split(",") if v.strip())
        bad = [v for v in values if v not in CHANNELS]
        if bad:
            raise LexiconValueError(f"lexicons/channels.tsv: alias {r['alias']!r}: unknown channel "
                                    f"{', '.join(bad)} (valid: {', '.join(CHANNELS)})")
        table[r["alias"]] = values
        if r.get("ignore") == "1":
            ignore.add(r["alias"])
    return table, ignore


# How far ``bounds`` looks on each side for an end: a real sentence is a few hundred
# characters; a run of text with no end at all (0.5 MB with no 。) must not make every hit
# in it scan all of it (time grew with the square of its length: 83 s).
MAX_REACH = 2000


def bounds(text: str, i: int, j: int, ends: str) -> tuple[int, int]:
    """The piece of text around [i, j) between two of ``ends`` (at most ``MAX_REACH``
    characters on each side). Searched with ``str.find`` per end character (C speed: a
    character loop in Python cost ~1 ms a hit at this reach)."""
    lo, hi = max(0, i - MAX_REACH), min(len(text), j + MAX_REACH)
    k = max(text.rfind(c, lo, i) for c in ends)
    s = k + 1 if k >= 0 else lo
    found = [p for p in (text.find(c, j, hi) for c in ends) if p >= 0]
    return s, min(found) if found else hi
