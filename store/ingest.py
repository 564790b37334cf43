"""Ingest: report files (or record files) in, one stored report per source file out.

``ingest(db, paths, jobs=1, force=False)`` walks files and folders (recursively: .txt,
.html, .htm, .docx, .pdf, and .jsonl files of contract records, one per line), extracts
in ``jobs`` worker processes, and writes in this (the parent) process: each report is a
savepoint of its own (``save_record``), committed in batches (``_Batches``): a crash or
kill leaves each report stored whole or not at all, and loses at most the open batch,
which the next run stores. A file already stored with the same sha256 and the same path is skipped unless
``force``. A failing file is reported (``IngestResult.failed``) and the batch goes on.

``save_record(db, record, path)``: store one record. The report row is keyed by content
hash; a file re-extracted (``--force``) or changed at the same path keeps its report id,
so corrections and check verdicts stay attached; a correction whose machine value has
changed under it is flagged (``corrections.machine_changed``).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extractor.record import Record

from .errors import StoreError
from .organs import normalise_name, now, organ_id_for, organ_key  # noqa: F401 (re-exported)
from .review_state import save_table_statuses
from .schema import MAIN_FIGURES, column, write

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
RECORD_SUFFIXES = (".jsonl",)


@dataclass
class IngestResult:
    stored: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    report_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.stored} stored, {self.skipped} skipped (unchanged), "
                f"{len(self.failed)} failed")


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each file to read, or (path, reason) for a path that is not there."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES + RECORD_SUFFIXES:
                    yield f, None
        elif p.is_file():
            yield p, None
        else:
            yield p, "no such file or folder (check the path)"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _extract_one(path: str) -> tuple[str, dict | None, str | None]:
    """Worker: extract one file; never raises (the reason travels back as a string)."""
    from extractor import ReadError, extract
    try:
        return path, extract(path).to_dict(), None
    except ReadError as e:
        return path, None, e.reason + (f" ({e.fix})" if e.fix else "")
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        return path, None, (f"could not be extracted ({type(e).__name__}: {e}); "
                            "this is a bug in nianbao, please report it with the file")


def _is_stored(db, sha256: str, path: str) -> bool:
    return db.execute("SELECT 1 FROM reports WHERE sha256 = ? AND path = ?",
                      [sha256, path]).fetchone() is not None


def _record_lines(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            name = f"{path}:{n}"
            try:
                d = json.loads(line)
                if not isinstance(d, dict) or "text" not in d:
                    raise ValueError("not a record object")
            except ValueError as e:
                yield name, None, f"not a JSON record ({e}); each line must be one record"
                continue
            yield name, d, None


class _Batches:
    """Commit the reports stored so far every ``size`` reports or ``seconds``: FTS5 writes
    its index once a commit, and a commit a report cost 13.5 ms a report against 7.9 ms in
    batches of 32 (bench/RESULTS.md). The reports done are committed on any exit."""

    def __init__(self, db, size: int = 32, seconds: float = 1.0):
        self.db, self.size, self.seconds = db, size, seconds
        self.n, self.started = 0, 0.0

    def __enter__(self) -> "_Batches":
        return self

    def before(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN IMMEDIATE")
            self.n, self.started = 0, time.monotonic()

    def after(self) -> None:
        self.n += 1
        if self.n >= self.size or time.monotonic() - self.started >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")

    def __exit__(self, *exc) -> None:
        self.commit()


def ingest(db, paths: Iterable[str | Path], *, jobs: int = 1, force: bool = False,
           on_item: Callable[[str], None] | None = None,
           on_error: Callable[[str, str], None] | None = None) -> IngestResult:
    """Store every report under ``paths``; see the module docstring."""
    result = IngestResult()
    todo: list[tuple[str, str]] = []  # (resolved path, sha256)

    def fail(name: str, reason: str) -> None:
        result.failed.append((name, reason))
        if on_error:
            on_error(name, reason)

    batches = _Batches(db)

    def store(d: dict, path: str, sha: str | None) -> None:
        batches.before()
        try:
            result.report_ids.append(save_record(db, d, path=path, sha256=sha))
            result.stored += 1
        except (StoreError, TypeError, ValueError, sqlite3.IntegrityError,
                sqlite3.InterfaceError, sqlite3.ProgrammingError) as e:   # the record's fault
            fail(path, f"could not be stored ({e})")
        batches.after()

    def handle(path: str, d: dict | None, err: str | None, sha: str) -> None:
        if err:
            fail(path, err)
        else:
            store(d, path, sha)
        if on_item:
            on_item(path)

    with batches:
        for f, missing in iter_files(paths):
            if missing:
                fail(str(f), missing)
                continue
            if f.suffix.lower() in RECORD_SUFFIXES:
                for name, d, err in _record_lines(f):
                    if err:
                        fail(name, err)
                        continue
                    src = d.get("source") or {}
                    rpath = src.get("path") or name
                    sha = src.get("sha256") or hashlib.sha256(d["text"].encode()).hexdigest()
                    if not force and _is_stored(db, sha, rpath):
                        result.skipped += 1
                    else:
                        store(d, rpath, sha)
                if on_item:
                    on_item(str(f))
                continue
            path = str(f.resolve())
            try:
                sha = _sha256(f)
            except OSError as e:
                fail(str(f), f"cannot be opened: {e.strerror}")
                continue
            if not force and _is_stored(db, sha, path):
                result.skipped += 1
                if on_item:
                    on_item(str(f))
            else:
                todo.append((path, sha))

        shas = dict(todo)
        if jobs > 1 and len(todo) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for path, d, err in _bounded_map(pool, _extract_one, [p for p, _ in todo], 32 * jobs):
                    handle(path, d, err, shas[path])
        else:
            for path, _ in todo:
                handle(*_extract_one(path), shas[path])
    if result.stored:
        # fresh statistics, so the query planner picks the right index on a large store
        # (a question about one organ: 181 ms -> 1 ms at 100k reports, bench/RESULTS.md)
        db.execute("PRAGMA analysis_limit = 1000")
        db.execute("ANALYZE")
    return result


def _bounded_map(pool, fn, items: list, window: int) -> Iterator:
    """``pool.map`` in order, with at most ``window`` results waiting in memory.

    ``Executor.map`` submits everything at once; when this process (the one writer) is
    slower than the workers, every finished record waits in memory (10,000 text reports:
    1.4 GB, bench/RESULTS.md)."""
    pending: deque = deque()
    rest = iter(items)
    for item in rest:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            break
    while pending:
        result = pending.popleft().result()
        for item in rest:
            pending.append(pool.submit(fn, item))
            break
        yield result


def _find_existing(db, sha256: str, path: str) -> int | None:
    row = db.execute("SELECT id FROM reports WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        row = db.execute("SELECT id FROM reports WHERE path = ? ORDER BY id DESC LIMIT 1",
                         [path]).fetchone()
    return row[0] if row else None


def save_record(db, record: Record | dict, *, path: str | None = None,
                sha256: str | None = None) -> int:
    """Store one record (replacing the machine output of the same report); its id."""
    d = record.to_dict() if isinstance(record, Record) else Record.from_dict(record).to_dict()
    src = d["source"]
    path = path or src.get("path") or ""
    sha = sha256 or src.get("sha256") or hashlib.sha256(d["text"].encode()).hexdigest()
    organ, contact = d["organ"], d["contact"]
    with write(db):
        rid = _find_existing(db, sha, path)
        organ_id = organ_id_for(db, rid, organ, sha)
        row = [sha, path, src.get("format"), src.get("chars", len(d["text"])), organ_id,
               organ.get("name"), organ.get("short_name"), organ.get("level"),
               organ.get("province"), organ.get("city"), organ.get("county"), d["year"],
               d["template"], json.dumps(contact, ensure_ascii=False),
               json.dumps(d["warnings"], ensure_ascii=False), now()]
        cols = ("sha256, path, format, chars, organ_id, organ_name, short_name, level, "
                "province, city, county, year, template, contact, warnings, ingested_at")
        if rid is None:
            rid = db.execute(f"INSERT INTO reports ({cols}) VALUES ({', '.join('?' * 16)})",
                             row).lastrowid
        else:
            for table in ("figures", "facts", "checks", "docs", "main_figures", "rechecks"):
                db.execute(f"DELETE FROM {table} WHERE report_id = ?", [rid])
            sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
            db.execute(f"UPDATE reports SET {sets} WHERE id = ?", row + [rid])
        _insert_parts(db, rid, d)
        save_table_statuses(db, rid, d.get("tables") or [])   # triage: store.review_state
        from .corrections import after_reingest
        after_reingest(db, rid)
    return rid


def _insert_parts(db, rid: int, d: dict) -> None:
    seen: dict[str, dict] = {}
    for f in d["figures"]:
        seen.setdefault(f["key"], f)  # the first of a repeated key wins
    span = lambda x, i: (x.get("span") or [None, None])[i]  # noqa: E731
    db.conn.executemany(
        "INSERT INTO figures (report_id, key, value, unit, source, raw, span_start, span_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(rid, f["key"], f["value"], f.get("unit"), f.get("source"), f.get("raw"),
          span(f, 0), span(f, 1)) for f in seen.values()])
    db.execute(f"INSERT INTO main_figures (report_id, {', '.join(column(k) for k in MAIN_FIGURES)}) "
               f"VALUES (?, {', '.join('?' * len(MAIN_FIGURES))})",
               [rid] + [seen[k]["value"] if k in seen else None for k in MAIN_FIGURES])
    db.execute("INSERT INTO docs (report_id, kind, body) VALUES (?, 'text', ?)", [rid, d["text"]])
    for seq, f in enumerate(d["facts"]):
        fid = db.execute(
            "INSERT INTO facts (report_id, seq, kind, text, value, span_start, span_end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [rid, seq, f["kind"], f.get("text"), f.get("value"), span(f, 0), span(f, 1)]).lastrowid
        if f["kind"] in ("problem", "remedy") and f.get("text"):
            db.execute("INSERT INTO docs (report_id, kind, fact_id, body) VALUES (?, ?, ?, ?)",
                       [rid, f["kind"], fid, f["text"]])
    db.conn.executemany(
        "INSERT INTO checks (report_id, rule, ok, severity, expected, found, message, keys) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(rid, c["rule"], None if c.get("ok") is None else int(bool(c["ok"])), c.get("severity"),
          c.get("expected"), c.get("found"), c.get("message"),
          json.dumps(c.get("keys") or [], ensure_ascii=False)) for c in d["checks"]])
