"""Load the vocabulary in ``lexicons/*.tsv``: one loader, errors like a compiler's.

Every lexicon is a UTF-8 TSV file with a header row. Lines starting with ``#`` and blank
lines are skipped. ``load(name, required=..., unique=...)`` returns the rows as dicts and
raises ``LexiconError("lexicons/channels.tsv:17: duplicate alias '微信'")`` on a bad row.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"


class LexiconError(ValueError):
    """A lexicon file is missing or has a bad row; the message names file and line."""


def _where(path: Path, line: int | None = None) -> str:
    shown = f"lexicons/{path.name}"
    return f"{shown}:{line}" if line else shown


@lru_cache(maxsize=None)
def load(name: str, required: tuple[str, ...] = (), unique: tuple[str, ...] = (),
         directory: str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts (values stripped; empty cell -> '')."""
    path = (Path(directory) if directory else LEXICON_DIR) / f"{name}.tsv"
    if not path.exists():
        raise LexiconError(f"{_where(path)}: file not found (expected in {path.parent})")
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    seen: dict[tuple, int] = {}
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("\t")]
        if header is None:
            header = parts
            missing = [c for c in required if c not in header]
            if missing:
                raise LexiconError(f"{_where(path, no)}: header lacks column(s) {', '.join(missing)}"
                                   f" (header is: {', '.join(header)})")
            continue
        if len(parts) > len(header):
            raise LexiconError(f"{_where(path, no)}: {len(parts)} columns, header has {len(header)}"
                               " (a stray tab?)")
        row = dict(zip(header, parts + [""] * (len(header) - len(parts))))
        for col in required:
            if not row[col]:
                raise LexiconError(f"{_where(path, no)}: empty '{col}'")
        if unique:
            k = tuple(row[c] for c in unique)
            if k in seen:
                raise LexiconError(f"{_where(path, no)}: duplicate {'/'.join(unique)} "
                                   f"{' / '.join(k)!r} (first on line {seen[k]})")
            seen[k] = no
        rows.append(row)
    if header is None:
        raise LexiconError(f"{_where(path)}: empty file (needs a header row)")
    return tuple(rows)


@lru_cache(maxsize=None)
def role_words(name: str, role: str, column: str = "cue") -> tuple[str, ...]:
    """The ``column`` values of ``lexicons/<name>.tsv``'s rows of ``role`` (a file of role /
    word rows: cues, contact_cues, section5_words), in file order."""
    return tuple(r[column] for r in load(name, required=("role", column), unique=("role", column))
                 if r["role"] == role)
