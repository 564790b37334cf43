"""Ingest: report files (or record files) in, one stored report per source file out.

``ingest(db, paths, jobs=1, force=False)`` walks files and folders (``store.walk``:
recursively .txt, .html, .htm, .docx, .pdf, scanned pages (.png .jpg .jpeg .tif .tiff), and .jsonl files of contract records, one per
line; every other file is listed in ``IngestResult.ignored`` with the reason; the page images of
one report, ``X-p1.png`` ``X-p2.png`` …, are one report, ``extractor.group_pages``, and a gap in
their pages is said in ``IngestResult.warnings``), extracts in
``jobs`` worker processes (``store.workers``: each file under the wall-time and memory
limits of ``extractor.limits``, so a stuck or hostile file is stopped and named), and
writes in this (the parent) process: each report is a savepoint of its own
(``save_record``), committed in batches (``_Batches``): a crash or kill leaves each report
stored whole or not at all, and loses at most the open batch, which the next run stores.
A file already stored with the same sha256 and the same path is skipped unless ``force``.
Any failure of one file (any exception) is reported in ``IngestResult.failed`` as (file,
reason in Chinese) and the batch goes on; nothing stored before changes.

``save_record(db, record, path)``: store one record. A report is its content (sha256):
the same content re-extracted keeps its report id, corrections and verdicts. New content
replaces an earlier report only when it is the same source (same path, or the same file
name) *and* the same organ and year were read from it; the earlier report's corrections
are then kept but no longer applied (``corrections.source_changed``: 需复核：原文已变).
Content from another organ or year under the same name is another report, so two
organs' ``年度报告.pdf`` stay two reports and a correction never moves between them.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extractor.readers.pages import PagedReport, group as group_pages
from extractor.limits import LIMITS, Limits, LimitError, read_bounded
from extractor.record import Record

from . import workers
from .errors import StoreError
from .organs import normalise_name, now, organ_id_for, organ_key  # noqa: F401 (re-exported)
from .review_state import save_table_statuses
from .schema import MAIN_FIGURES, column, write
from .walk import RECORD_SUFFIXES, REPORT_SUFFIXES, display_name, walk  # noqa: F401

log = logging.getLogger(__name__)
SQLITE_INT_MAX = 2 ** 63 - 1


@dataclass
class IngestResult:
    stored: int = 0
    skipped: int = 0  # unchanged since the last ingest
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (file name, why not read)
    report_ids: list[int] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (report, what to check: a missing page)

    def summary(self) -> str:
        return (f"{self.stored} stored, {self.skipped} skipped (unchanged), "
                + (f"{len(self.ignored)} not read, " if self.ignored else "")
                + f"{len(self.failed)} failed")


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each file to read, or (path, reason) for one that is not read."""
    for e in walk(paths):
        yield e.path, e.skip


def _sha256(path: Path) -> str:
    return hashlib.sha256(read_bounded(path)).hexdigest()


def _extract_one(path, limits: Limits | None = None,
                 progress: Callable[[int, int, float], None] | None = None
                 ) -> tuple[str, dict | None, str | None]:
    """Worker: extract one file within ``limits`` (the readers' checks read
    ``extractor.limits.LIMITS``); never raises (the reason travels back, in Chinese).
    ``progress(page, pages, seconds)`` is called after each page read by OCR."""
    from extractor import ReadError, extract
    from extractor import limits as limits_mod
    from extractor.readers.ocr import progress as ocr_progress
    before = limits_mod.LIMITS
    limits_mod.LIMITS = limits or before
    try:
        with ocr_progress(progress):
            d = extract(path).to_dict()
        d["source"]["path"] = display_name(path.path if isinstance(path, PagedReport) else path)
        return path, d, None
    except ReadError as e:
        return path, None, e.explained()
    except MemoryError:
        return path, None, "超过内存上限，已停止读取（文件可能有问题）"
    except RecursionError:
        return path, None, "结构嵌套过深，无法读取"
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        log.exception("extracting %s", display_name(path))
        return path, None, f"提取时出错（{type(e).__name__}），这是 nianbao 的缺陷，请连同文件报告"
    finally:
        limits_mod.LIMITS = before


def _is_stored(db, sha256: str, path: str) -> bool:
    return db.execute("SELECT 1 FROM reports WHERE sha256 = ? AND path = ?",
                      [sha256, path]).fetchone() is not None


def _record_lines(path: Path, name: str) -> Iterator[tuple[str, dict | None, str | None]]:
    """(line name, record dict, None) or (line name, None, reason) per non-empty line."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{name}:{n}"
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield where, None, "这一行不是 UTF-8 编码"
                continue
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError as e:
                yield where, None, f"不是 JSON 记录（{e}）；每行应为一条记录"
                continue
            if not isinstance(d, dict) or not isinstance(d.get("text"), str):
                yield where, None, "不是记录：每行应为一个含字符串 text 字段的 JSON 对象"
                continue
            src = d.get("source")
            if src is not None and not isinstance(src, dict):
                yield where, None, "记录的 source 字段应为对象"
                continue
            yield where, d, None


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


def _worker_reason(outcome: str, limits: Limits) -> str:
    if outcome == workers.TIMEOUT:
        return f"读取超过 {limits.max_seconds:g} 秒仍未完成，已停止（可设置 NIANBAO_MAX_SECONDS）"
    return (f"读取进程意外退出（可能超过内存上限 {limits.max_memory_mb:g} MB），已停止；"
            "文件可能有问题")


def ingest(db, paths: Iterable[str | Path], *, jobs: int = 1, force: bool = False,
           on_item: Callable[[str], None] | None = None,
           on_error: Callable[[str, str], None] | None = None,
           roots: Iterable[str | Path] | None = None, isolate: bool = True,
           limits: Limits | None = None,
           on_page: Callable[[str, int, int, float], None] | None = None) -> IngestResult:
    """Store every report under ``paths``; see the module docstring.

    ``on_page(name, page, pages, seconds)``: after each page of a scan read by OCR (from the
    worker that reads it; OCR takes seconds a page).
    ``roots``: when given, only files inside these folders are read (the app's configured
    ingest roots). ``isolate=False`` extracts in this process (no wall-time limit)."""
    lim = limits or LIMITS
    result = IngestResult()
    todo: list[tuple[str, str, str]] = []  # (path as the OS names it, display name, sha256)

    def fail(name: str, reason: str) -> None:
        result.failed.append((name, reason))
        if on_error:
            on_error(name, reason)

    batches = _Batches(db)

    def store(d: dict, name: str, sha: str | None) -> None:
        batches.before()
        try:
            result.report_ids.append(save_record(db, d, path=name, sha256=sha))
            result.stored += 1
        except StoreError as e:
            fail(name, f"无法入库（{e}）")
        except Exception as e:  # noqa: BLE001 - the record's fault; the savepoint rolled back
            log.exception("storing %s", name)
            fail(name, f"无法入库（{type(e).__name__}: {e}）")
        batches.after()

    def handle(item: tuple[str, str, str], out) -> None:
        path, name, sha = item
        if isinstance(out, str):
            fail(name, _worker_reason(out, lim))
        else:
            _, d, err = out
            if err:
                fail(name, err)
            else:
                store(d, name, sha)
        if on_item:
            on_item(name)

    reports: list[Path] = []  # report files, grouped into reports once all are found
    with batches:
        for entry in walk(paths, roots):
            f, name = entry.path, entry.name
            if entry.skip and entry.named:
                fail(name, entry.skip)
                continue
            if entry.skip:
                result.ignored.append((name, entry.skip))
                if on_item:
                    on_item(name)
                continue
            if f.suffix.lower() in RECORD_SUFFIXES:
                _ingest_records(db, f, name, force, result, store, fail)
                if on_item:
                    on_item(name)
                continue
            reports.append(f.resolve())
        for item in group_pages(reports):  # the page images of one report read as one
            paged = isinstance(item, PagedReport)
            name = display_name(item.path if paged else item)
            try:
                sha = (item.sha256([_sha256(p) for p in item.files]) if paged else _sha256(item))
            except LimitError as e:
                fail(name, e.zh)
                continue
            except OSError as e:
                fail(name, f"无法打开（{e.strerror}）")
                continue
            if paged and item.missing:
                result.warnings.append((name, item.message_zh()))
            if not force and _is_stored(db, sha, name):
                result.skipped += 1
                if on_item:
                    on_item(name)
            else:
                todo.append((item if paged else str(item), name, sha))

        if isolate:
            runs = workers.run([(*item, lim) for item in todo], _extract_one_item, jobs=jobs,
                               seconds=lim.max_seconds, memory_mb=lim.max_memory_mb,
                               on_idle=batches.commit,
                               on_progress=(lambda item, *a: on_page(item[1], *a)) if on_page else None)
        else:
            runs = ((item, _extract_one(item[0], lim, on_page and (
                lambda *a, name=item[1]: on_page(name, *a)))) for item in todo)
        for item, out in runs:
            handle(item[:3], out)
    if result.stored:
        # fresh statistics, so the query planner picks the right index on a large store
        # (a question about one organ: 181 ms -> 1 ms at 100k reports, bench/RESULTS.md)
        db.execute("PRAGMA analysis_limit = 1000")
        db.execute("ANALYZE")
    return result


def _extract_one_item(item: tuple[str, str, str, Limits]):
    return _extract_one(item[0], item[3], workers.report)


def _ingest_records(db, f: Path, name: str, force: bool, result: IngestResult, store, fail) -> None:
    try:
        for where, d, err in _record_lines(f, name):
            _ingest_record(db, where, d, err, force, result, store, fail)
    except OSError as e:
        fail(name, f"无法读取（{e.strerror}）")


def _ingest_record(db, where: str, d, err, force: bool, result: IngestResult, store, fail) -> None:
    if err:
        fail(where, err)
        return
    src = d.get("source") or {}
    rpath = src.get("path") if isinstance(src.get("path"), str) else where
    sha = src.get("sha256") if isinstance(src.get("sha256"), str) else \
        hashlib.sha256(d["text"].encode("utf-8", "surrogatepass")).hexdigest()
    if not force and _is_stored(db, sha, rpath):
        result.skipped += 1
    else:
        store(d, rpath, sha)


def _find_existing(db, sha256: str, path: str, organ: dict, year) -> tuple[int | None, bool]:
    """The report this content belongs to, and whether its source changed.

    The same content is the same report. Other content is an earlier report's new version
    only if it comes from the same source (the same path, or the same file name: an upload
    stored under its hash) and names the same organ and year; else it is a new report."""
    row = db.execute("SELECT id FROM reports WHERE sha256 = ?", [sha256]).fetchone()
    if row is not None:
        return row[0], False
    key = organ_key(organ.get("name"), organ.get("county"), sha256)
    known = not key.startswith("file:")
    rows = db.execute(
        "SELECT r.id, r.path, r.organ_name, r.county, r.sha256, r.year FROM reports r "
        "JOIN organs o ON o.id = r.organ_id WHERE o.key = ? AND r.year IS ? "
        "UNION SELECT id, path, organ_name, county, sha256, year FROM reports WHERE path = ?",
        [key, year, path]).fetchall()

    def same_slot(r) -> bool:  # same organ and year, or (same path only) neither read
        k = organ_key(r[2], r[3], r[4])
        return r[5] == year and (k == key if known else k.startswith("file:"))

    same_path = [r for r in rows if r[1] == path and same_slot(r)]
    same_name = [r for r in rows if known and year is not None and same_slot(r)
                 and _basename(r[1]) == _basename(path)]
    for match in (same_path, same_name):
        if match:
            return max(r[0] for r in match), True
    return None, False


def _basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _flag_source_changed(db, rid: int, sha256: str) -> None:
    """The report's content changed: its corrections stay, marked 需复核：原文已变, unapplied."""
    db.execute("UPDATE corrections SET source_changed = 1 WHERE report_id = ? AND "
               "source_changed = 0 AND (source_sha256 IS NULL OR source_sha256 != ?)",
               [rid, sha256])


def save_record(db, record: Record | dict, *, path: str | None = None,
                sha256: str | None = None) -> int:
    """Store one record (replacing the machine output of the same report); its id."""
    d = record.to_dict() if isinstance(record, Record) else Record.from_dict(record).to_dict()
    src = d["source"]
    path = path or src.get("path") or ""
    sha = sha256 or src.get("sha256") or hashlib.sha256(
        d["text"].encode("utf-8", "surrogatepass")).hexdigest()
    path = display_name(path)
    _fit_numbers(d)
    organ, contact = d["organ"], d["contact"]
    with write(db):
        rid, changed = _find_existing(db, sha, path, organ, d["year"])
        if changed:
            _flag_source_changed(db, rid, sha)
        organ_id = organ_id_for(db, rid, organ, sha)
        row = [sha, path, src.get("format"), src.get("chars", len(d["text"])), organ_id,
               organ.get("name"), organ.get("short_name"), organ.get("level"),
               organ.get("province"), organ.get("city"), organ.get("county"), d["year"],
               d["template"], json.dumps(contact, ensure_ascii=False),
               json.dumps(d["warnings"], ensure_ascii=False), now(), _ocr_pages(src),
               json.dumps(organ["place_evidence"], ensure_ascii=False) if organ.get("place_evidence") else None]
        cols = ("sha256, path, format, chars, organ_id, organ_name, short_name, level, "
                "province, city, county, year, template, contact, warnings, ingested_at, ocr_pages, "
                "place_evidence")
        if rid is None:
            rid = db.execute(f"INSERT INTO reports ({cols}) VALUES ({', '.join('?' * 18)})",
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


def _ocr_pages(src: dict) -> str | None:
    """``source.ocr_pages`` (the pages read by OCR) as stored: a JSON list, NULL for none."""
    pages = src.get("ocr_pages")
    if not isinstance(pages, list) or not pages:
        return None
    return json.dumps([int(p) for p in pages if isinstance(p, (int, float)) and not isinstance(p, bool)])


def _confidence(f: dict) -> float | None:
    c = f.get("confidence")
    return float(c) if isinstance(c, (int, float)) and not isinstance(c, bool) else None


def _too_big(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and abs(v) > SQLITE_INT_MAX


def _fit_numbers(d: dict) -> None:
    """A number too big for an SQLite integer (a 20-digit ID in a cell, or a check's sum of
    it) is kept as a real number, with a warning, instead of failing the report
    (OverflowError)."""
    for f in d["figures"]:
        v = f.get("value")
        if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) > SQLITE_INT_MAX:
            d["warnings"].append(f"{f['key']}: the value {f.get('raw') or v} is too large for "
                                 "a count; stored approximately, check it")
            f["value"] = float(v)
    for c in d["checks"]:
        for k in ("expected", "found"):
            if _too_big(c.get(k)):
                c[k] = float(c[k])


def _insert_parts(db, rid: int, d: dict) -> None:
    seen: dict[str, dict] = {}
    for f in d["figures"]:
        seen.setdefault(f["key"], f)  # the first of a repeated key wins
    span = lambda x, i: (x.get("span") or [None, None])[i]  # noqa: E731
    db.conn.executemany(
        "INSERT INTO figures (report_id, key, value, unit, source, raw, span_start, span_end, "
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rid, f["key"], f["value"], f.get("unit"), f.get("source"), f.get("raw"),
          span(f, 0), span(f, 1), _confidence(f)) for f in seen.values()])
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
