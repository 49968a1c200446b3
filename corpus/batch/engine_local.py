"""Run the per-document work on this machine: a pool of worker processes
(``--jobs N``), or this process alone for one job (:mod:`.engine_serial`).

Both engines take an iterator of ``(key, args)`` and yield ``(key, Result)``
in order of completion, pulling new tasks only as results come back: at most
``max_in_flight`` documents (their bytes and JSON text) are in memory at
once, however many the batch holds.

A worker process that dies (killed, out of memory, a crash in C code) must
not stop the batch. The pool is then broken and every document in flight
fails with it, so the pool is restarted and those documents are retried one
at a time: the one that kills its worker again is reported failed, the
others convert normally. A document still converting after ``timeout``
seconds is handled the same way, except that it is known: its pool is
stopped, it fails as ``timeout``, and the others in flight are retried.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from .engine_serial import SerialEngine  # noqa: F401 - the engines of this machine, side by side
from .work import CRASH_MESSAGE, Result, convert_document, crash_result, error_result, timeout_result  # noqa: F401

#: how often a worker checks that the parent process still exists
PARENT_CHECK_SECONDS = 0.5
#: how long the documents in flight of a broken or stopped pool may take to settle
BROKEN_POOL_GRACE = 30.0


def _init_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch cleanly; die
    quietly when terminated (not with the parent's SIGTERM handler); and exit
    when the parent is gone (killed with SIGKILL), instead of waiting forever
    for work that will never come."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="councildoc-parent-watch", daemon=True).start()


class ProcessEngine:
    """``--jobs N``: a pool of N worker processes."""

    name = "processes"

    def __init__(self, jobs: int, work: Callable[..., Result] = convert_document,
                 max_in_flight: int | None = None, timeout: float | None = None):
        self.jobs = jobs
        self.work = work
        self.max_in_flight = max_in_flight or jobs * 4
        self.timeout = timeout or None
        self.restarts = 0
        self.notify: Callable[[str], None] = lambda message: None   #: for people (the progress display)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self):
        self._start()
        return self

    def __exit__(self, exc_type, *exc) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            # finished, or interrupted: the workers end the document they hold
            # (milliseconds) and exit; killing them mid-message could leave the
            # pool's result pipe half-written and the exit hanging on it
            pool.shutdown(wait=True, cancel_futures=True)
        except KeyboardInterrupt:   # interrupted again: a document that never ends
            _terminate(pool)
            raise

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker)
        # start the workers now, before any other thread (a progress bar's) exists
        self._pool.submit(_noop).result()

    def _restart(self) -> None:
        """A new pool after a worker died or a document ran too long."""
        pool, self._pool = self._pool, None
        if pool is not None:
            _terminate(pool)
        self.restarts += 1
        self._start()

    def map(self, tasks: Iterable[tuple]) -> Iterator[tuple]:
        it = iter(tasks)
        pending: dict = {}
        started: dict = {}      # future → when it was first seen running
        exhausted = False
        while True:
            suspects = []
            while not exhausted and len(pending) < self.max_in_flight:
                try:
                    key, args = next(it)
                except StopIteration:
                    exhausted = True
                    break
                try:
                    pending[self._pool.submit(self.work, *args)] = (key, args)
                except BrokenProcessPool:   # a worker died since the last wait
                    suspects.append((key, args))
                    break
            if not pending and not suspects:
                return
            done = set()
            if pending:
                done, _ = wait(pending, timeout=self._next_deadline(pending, started), return_when=FIRST_COMPLETED)
            for fut in done:
                key, args = pending.pop(fut)
                started.pop(fut, None)
                outcome = _outcome(fut, args)
                if outcome is None:
                    suspects.append((key, args))
                else:
                    yield key, outcome
            overdue = self._overdue(pending, started)
            if overdue:
                for fut in overdue:
                    key, args = pending.pop(fut)
                    started.pop(fut, None)
                    yield key, timeout_result(args, self.timeout)
                _terminate(self._pool)   # the only way to stop a document in a worker
            if suspects or overdue:
                # the pool is broken or stopped: every other document in flight fails with it
                wait(pending, timeout=BROKEN_POOL_GRACE)
                for fut, (key, args) in pending.items():
                    outcome = _outcome(fut, args) if fut.done() and not fut.cancelled() else None
                    if outcome is None:
                        suspects.append((key, args))
                    else:
                        yield key, outcome
                pending.clear()
                started.clear()
                yield from self._retry_alone(suspects, died=bool(suspects) and not overdue)

    def _next_deadline(self, pending: dict, started: dict) -> float | None:
        """How long the next wait may last: until the oldest running document's timeout."""
        if not self.timeout:
            return None
        now = time.monotonic()
        for fut in pending:
            if fut not in started and fut.running():
                started[fut] = now
        if not started:
            return min(self.timeout, 1.0)    # look again soon: queued documents start running
        return max(0.0, min(started.values()) + self.timeout - now)

    def _overdue(self, pending: dict, started: dict) -> list:
        if not self.timeout:
            return []
        now = time.monotonic()
        return [fut for fut in pending if fut in started and not fut.done() and now - started[fut] >= self.timeout]

    def _retry_alone(self, suspects: list, died: bool = True) -> Iterator[tuple]:
        """Find which document killed its worker: run each suspect alone in a fresh pool.

        A document that converts when run alone is reported converted (and
        ``retried``): the worker may have been killed from outside (the
        out-of-memory killer, an operator), and nothing is lost by trying again."""
        if died and suspects:
            self.notify(f"councildoc convert: a worker process died; converting the {len(suspects)} "
                        "document(s) it may have been working on again, one at a time")
        self._restart()
        for key, args in suspects:
            fut = self._pool.submit(self.work, *args)
            done, _ = wait([fut], timeout=self.timeout)
            if not done:
                yield key, timeout_result(args, self.timeout)
                self._restart()
                continue
            outcome = _outcome(fut, args)
            if outcome is None:
                yield key, crash_result(args)
                self._restart()
            else:
                outcome.retried = True
                yield key, outcome


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop a pool without waiting for the documents in progress."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()


def _noop() -> None:
    return None


def _outcome(fut, args: tuple) -> Result | None:
    """The result of a finished future; None when its worker died."""
    try:
        return fut.result()
    except BrokenProcessPool:
        return None
    except Exception as e:  # noqa: BLE001 - includes CancelledError of a stopped pool
        return error_result(args, e)
