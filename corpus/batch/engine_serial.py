"""``--jobs 1``: convert in this process, one document after another (no
start-up cost, no copying between processes).

A document that takes longer than the timeout is stopped with an alarm
signal (main thread only, Unix): the exception derives from BaseException so
that the work function's own catch-all cannot swallow it.
"""
from __future__ import annotations

import signal
import threading
from typing import Callable, Iterable, Iterator

from .work import Result, convert_document, error_result, timeout_result


class DocumentTimeout(BaseException):
    """Raised in the middle of a document that ran past the timeout."""


def _alarm(signum, frame):
    raise DocumentTimeout


class SerialEngine:
    name = "serial"

    def __init__(self, work: Callable[..., Result] = convert_document, timeout: float | None = None):
        self.work = work
        self.timeout = timeout
        self.notify: Callable[[str], None] = lambda message: None
        self._previous = None

    def __enter__(self):
        if self.timeout and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGALRM, _alarm)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
            self._previous = None

    def map(self, tasks: Iterable[tuple]) -> Iterator[tuple]:
        armed = self._previous is not None
        for key, args in tasks:
            try:
                if armed:
                    signal.setitimer(signal.ITIMER_REAL, self.timeout)
                try:
                    result = self.work(*args)
                finally:
                    if armed:
                        signal.setitimer(signal.ITIMER_REAL, 0)
            except DocumentTimeout:
                result = timeout_result(args, self.timeout)
            except Exception as e:  # noqa: BLE001 - one document never stops the batch
                result = error_result(args, e)
            yield key, result
