"""The word lists of the assistant's readers, kept as data: ``lexicons/question_*.tsv`` files
with columns ``word`` and ``role`` (and, where a reader needs it, ``value`` and
``unless_next``), each loaded once.

``words(name, role)`` is a role's words, longest first; ``alternation(name, role)`` the same
as a regular-expression alternation of the words as written (a longer word is always tried
before a shorter one it starts with), each followed by ``(?![…])`` when its ``unless_next``
cell names characters that must not come right after it (年 of 年份, never of 年报);
``matcher(name, role, values)`` the words of some values as one pattern, compiled once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicon import LexiconError, load


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``lexicons/<name>.tsv`` (columns word, role; a word once per role)."""
    return load(name, required=("word", "role"), unique=("role", "word"))


@lru_cache(maxsize=None)
def role_rows(name: str, role: str) -> tuple[dict[str, str], ...]:
    """The rows of ``role``, longest word first (file order among words of one length); a role
    with no row is an error naming the roles the file has."""
    got = [r for r in rows(name) if r["role"] == role]
    if not got:
        have = ", ".join(dict.fromkeys(r["role"] for r in rows(name)))
        raise LexiconError(f"lexicons/{name}.tsv: no row of role {role!r} (roles: {have})")
    return tuple(sorted(got, key=lambda r: len(r["word"]), reverse=True))


def words(name: str, role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in role_rows(name, role))


@lru_cache(maxsize=None)
def values(name: str, role: str, allowed: tuple[str, ...] = ()) -> dict[str, str]:
    """word -> value for the rows of ``role``; a value not in ``allowed`` (when given) is an
    error naming the valid ones."""
    out = {r["word"]: r.get("value", "") for r in role_rows(name, role)}
    bad = next((w for w, v in out.items() if allowed and v not in allowed), None)
    if bad is not None:
        raise LexiconError(f"lexicons/{name}.tsv: {role} {bad!r} has value {out[bad]!r}"
                           f" (valid: {', '.join(allowed)})")
    return out


@lru_cache(maxsize=None)
def alternation(name: str, role: str, value: str | None = None) -> str:
    """The words of ``role`` (of those whose ``value`` is ``value``, when given) as one
    regular-expression alternation, no group around it."""
    return _alternation(name, role, None if value is None else (value,))


@lru_cache(maxsize=None)
def matcher(name: str, role: str, values: tuple[str, ...]) -> re.Pattern:
    """The words of ``role`` whose value is one of ``values`` as one compiled alternation, built
    once (a value no row of ``role`` has is an error naming the ones it has)."""
    have = {r.get("value") for r in role_rows(name, role)}
    missing = [v for v in values if v not in have]
    if missing:
        raise LexiconError(f"lexicons/{name}.tsv: no {role} row of value {missing[0]!r}"
                           f" (values: {', '.join(sorted(v for v in have if v))})")
    return re.compile(_alternation(name, role, values))


def _alternation(name: str, role: str, values: tuple[str, ...] | None) -> str:
    out = []
    for r in role_rows(name, role):
        if values is not None and r.get("value") not in values:
            continue
        w = re.escape(r["word"])
        if r.get("unless_next"):
            w += "(?![" + "".join(re.escape(c) for c in r["unless_next"]) + "])"
        out.append(w)
    if not out:
        shown = values[0] if values and len(values) == 1 else values
        raise LexiconError(f"lexicons/{name}.tsv: no {role} row of value {shown!r}")
    return "|".join(out)
