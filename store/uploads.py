"""Where the app keeps uploaded files and which folders it may ingest (no streamlit here).

- ``save_upload(folder, name, data)``: an upload is stored as ``folder/<sha256>/<name>``,
  so two organs' ``年度报告.pdf`` are two files (and two reports), and the same bytes
  uploaded twice are one. Only the last component of the browser's name is kept; a file
  over ``extractor.limits`` ``max_file_mb`` is refused.
- ``ingest_roots(env)``: the folders named in ``NIANBAO_INGEST_ROOTS`` (separated by
  ``os.pathsep``); the app ingests folders only inside them, none when it is unset.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from extractor.limits import LIMITS, MB, Limits

from .errors import StoreError

ROOTS_VAR = "NIANBAO_INGEST_ROOTS"


def safe_name(name: str) -> str:
    """The file name part of what a browser sent, without folders or control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip().lstrip(".")
    return base[:200] or "upload"


def save_upload(folder: str | Path, name: str, data: bytes, limits: Limits | None = None) -> Path:
    lim = limits or LIMITS
    if len(data) > lim.max_file_mb * MB:
        raise StoreError(f"{safe_name(name)} 大小 {len(data) / MB:.1f} MB，超过上限 "
                         f"{lim.max_file_mb:g} MB")
    sha = hashlib.sha256(data).hexdigest()
    target = Path(folder) / sha / safe_name(name)
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, target)  # whole or not at all
    return target


def ingest_roots(env=os.environ) -> list[Path]:
    """The existing folders of ``NIANBAO_INGEST_ROOTS``, resolved."""
    raw = env.get(ROOTS_VAR) or ""
    return [Path(p).expanduser().resolve() for p in raw.split(os.pathsep)
            if p.strip() and Path(p).expanduser().is_dir()]


def allowed(folder: str | Path, roots: list[Path]) -> bool:
    """Whether ``folder`` (symlinks resolved) is inside one of ``roots``."""
    real = Path(folder).expanduser().resolve()
    return any(real == r or r in real.parents for r in roots)
