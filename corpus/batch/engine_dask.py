"""Run the per-document work on an existing Dask distributed cluster
(``--scheduler ADDRESS``; needs the optional extra: ``pip install 'councildoc[dask]'``).

The client reads the documents and writes the trees; the cluster only runs
the pure work function on ``(name, bytes)``, so the workers need councildoc
installed but no access to the files. As with local processes, at most
``max_in_flight`` documents are submitted at once and results come back in
order of completion.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

from ...parser.errors import UsageError
from .engine_local import CRASH_MESSAGE, error_result
from .work import Result, convert_document


def dask_available() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


class DaskEngine:
    """Map the work over a Dask cluster whose scheduler listens at *address*."""

    name = "dask"

    def __init__(self, address: str, work: Callable[..., Result] = convert_document,
                 max_in_flight: int = 256, connect_timeout: str = "10s"):
        self.address = address
        self.work = work
        self.max_in_flight = max_in_flight
        self.connect_timeout = connect_timeout
        self.client = None

    def __enter__(self):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'councildoc[dask]'") from None
        try:
            self.client = Client(self.address, timeout=self.connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {self.address} ({e})") from None
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def map(self, tasks: Iterable[tuple]) -> Iterator[tuple]:
        from distributed import as_completed
        from distributed import KilledWorker

        it = iter(tasks)
        keys: dict = {}
        queue = as_completed(loop=self.client.loop)

        def submit(key, args) -> None:
            fut = self.client.submit(self.work, *args, pure=False)
            keys[fut.key] = (key, args)
            queue.add(fut)

        for key, args in islice(it, self.max_in_flight):
            submit(key, args)
        for fut in queue:
            key, args = keys.pop(fut.key)
            try:
                result = fut.result()
            except KilledWorker:
                result = Result(args[0], False, error=CRASH_MESSAGE, kind="crash", size=len(args[1]))
            except Exception as e:  # noqa: BLE001 - one document never stops the batch
                result = error_result(args, e)
            fut.release()
            yield key, result
            for nxt in islice(it, 1):
                submit(*nxt)
