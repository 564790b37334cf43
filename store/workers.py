"""Extraction in worker processes, each file under a wall-time and a memory limit.

``run(items, fn, jobs, seconds, memory_mb)`` yields ``(item, result)`` as the files finish
(any order). Each worker is a separate process (from a fork server that has imported the
extractor once, so a new worker starts in milliseconds and no server thread is forked)
handling one file at a time: a file that runs past ``seconds`` has its worker killed and
yields ``TIMEOUT``; a worker that dies (out of memory past ``memory_mb`` of address space,
a crash in a C library, ``kill -9``) yields ``DIED``; a fresh worker takes the next file. So
a stuck or hostile file is named and the batch goes on, and the process that stores (the
app server, the CLI) never holds a file's parse in its own memory. A worker tells the
parent how far it is with ``report(*args)`` (``run(on_progress=…)``: OCR pages read).

``fn(item)`` must be a module-level function (it is sent by name) that returns a picklable
value and does not raise (``store.ingest._extract_one`` returns its error as a string).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

TIMEOUT = "timeout"
DIED = "died"
_PRELOAD = ["store._preload"]
_PROGRESS = "nianbao.workers.progress"
_conn = None  # in a worker: the pipe to the parent, for report()


def report(*args) -> None:
    """From ``fn`` in a worker: send ``args`` to the parent's ``on_progress(item, *args)``
    (an OCR'd page read); outside a worker, nothing."""
    if _conn is not None:
        _conn.send((_PROGRESS, args))


def _context():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def _serve(conn, fn: Callable, memory_mb: float) -> None:
    """A worker's loop: receive an item, send ``fn(item)``; ``None`` ends it."""
    global _conn
    _conn = conn
    if memory_mb:
        try:
            with open("/proc/self/statm") as fh:
                base = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            base = 0
        limit = base + int(memory_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        try:
            out = fn(item)
        except MemoryError:
            out = (DIED, "memory")
        conn.send(out)


class _Worker:
    def __init__(self, ctx, fn: Callable, memory_mb: float):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, fn, memory_mb), daemon=True)
        self.proc.start()
        child.close()
        self.item: Any = None
        self.deadline = 0.0

    def give(self, item, seconds: float) -> None:
        self.item, self.deadline = item, time.monotonic() + seconds
        self.conn.send(item)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        self.kill()


def run(items: Iterable, fn: Callable, *, jobs: int = 1, seconds: float = 120.0,
        memory_mb: float = 0, on_idle: Callable[[], None] | None = None,
        on_progress: Callable[..., None] | None = None,
        tick: float = 0.5) -> Iterator[tuple[Any, Any]]:
    """``(item, fn(item))`` per item, or ``(item, TIMEOUT)`` / ``(item, DIED)``.

    ``on_idle()`` is called when no result came for ``tick`` seconds (the store commits what it
    holds, so a slow file never keeps the database locked); ``on_progress(item, *args)`` here
    for each ``report(*args)`` of the worker reading ``item``."""
    ctx = _context()
    todo = iter(items)
    idle: list[_Worker] = []
    busy: dict[Any, _Worker] = {}  # conn -> worker
    workers: list[_Worker] = []

    def fresh() -> _Worker:
        w = _Worker(ctx, fn, memory_mb)
        workers.append(w)
        return w

    try:
        exhausted = False
        while True:
            while not exhausted and (idle or len(busy) < jobs):
                item = next(todo, _END)
                if item is _END:
                    exhausted = True
                    break
                w = idle.pop() if idle else fresh()
                w.give(item, seconds)
                busy[w.conn] = w
            if not busy:
                return
            left = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            ready = wait(list(busy), timeout=min(left, tick) if on_idle else left)
            if not ready and on_idle:
                on_idle()
            for conn in ready:
                w = busy.pop(conn)
                try:
                    out = conn.recv()
                except (EOFError, OSError):
                    workers.remove(w)
                    w.kill()
                    yield w.item, DIED
                    continue
                if isinstance(out, tuple) and len(out) == 2 and out[0] == _PROGRESS:
                    busy[conn] = w   # still working on its item
                    if on_progress:
                        on_progress(w.item, *out[1])
                    continue
                if isinstance(out, tuple) and out == (DIED, "memory"):
                    workers.remove(w)
                    w.kill()  # a MemoryError may leave it in a poor state: start afresh
                    yield w.item, DIED
                    continue
                idle.append(w)
                yield w.item, out
            now = time.monotonic()
            for conn, w in list(busy.items()):
                if now >= w.deadline:
                    del busy[conn]
                    workers.remove(w)
                    w.kill()
                    yield w.item, TIMEOUT
    finally:
        for w in workers:
            w.stop() if w.conn not in busy else w.kill()


_END = object()
