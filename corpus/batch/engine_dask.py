"""Run the per-document work on an existing Dask distributed cluster
(``--scheduler ADDRESS``; needs the optional extra: ``pip install 'councildoc[dask]'``).

The client reads the documents and writes the trees; the cluster only runs
the pure work function on ``(name, bytes)``, so the workers need councildoc
installed but no access to the files. The documents' bytes are scattered to
the workers (sent as data, once), and the tasks refer to them: a task graph
then holds the work function and a reference, not megabytes of documents
(Dask warns about "large graphs" otherwise, and its scheduler keeps graphs in
memory). As with local processes, at most ``max_in_flight`` documents are
submitted at once and results come back in order of completion.

The address is checked before a Dask client is made (well-formed, the port
open, a Dask scheduler answering): a client whose connection failed halfway
spends 20 s closing itself when collected and prints a traceback.
"""
from __future__ import annotations

import asyncio
import socket
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
        check_scheduler(self.address, self.connect_timeout)
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

        def submit(batch: list) -> None:
            """Scatter the documents' bytes (one message for the batch), then submit tasks naming them."""
            if not batch:
                return
            data = self.client.scatter([args[1] for _, args in batch], hash=False)
            for (key, args), ref in zip(batch, data):
                fut = self.client.submit(self.work, args[0], ref, *args[2:], pure=False)
                keys[fut.key] = (key, args, ref)
                queue.add(fut)

        submit(list(islice(it, self.max_in_flight)))
        waiting = 0
        for fut in queue:
            key, args, ref = keys.pop(fut.key)
            try:
                result = fut.result()
            except KilledWorker:
                result = Result(args[0], False, error=CRASH_MESSAGE, kind="crash", size=len(args[1]))
            except Exception as e:  # noqa: BLE001 - one document never stops the batch
                result = error_result(args, e)
            fut.release()
            ref.release()
            yield key, result
            waiting += 1
            if waiting >= REFILL or not keys:     # refill in batches: one scatter message each
                submit(list(islice(it, waiting)))
                waiting = 0


#: documents scattered and submitted together as the window frees up
REFILL = 16


def check_scheduler(address: str, timeout: str | float = 10) -> None:
    """:class:`UsageError` (one line) unless a Dask scheduler answers at *address*."""
    from dask.utils import parse_timedelta
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port

    seconds = parse_timedelta(timeout)
    try:
        scheme, location = parse_address(address)
        host, port = parse_host_port(location) if scheme in ("tcp", "tls") else (None, None)
    except ValueError as e:
        raise UsageError(f"--scheduler {address}: not a scheduler address ({e}; e.g. tcp://host:8786)") from None
    if host is not None:
        try:       # a refused or unknown host fails here at once, not after the whole connect timeout
            socket.create_connection((host, port), timeout=seconds).close()
        except socket.gaierror:
            raise UsageError(f"cannot reach the Dask scheduler at {address} (unknown host {host})") from None
        except OSError as e:
            raise UsageError(f"cannot reach the Dask scheduler at {address} ({e.strerror or e})") from None
    try:
        # bounded as a whole: something that accepts but never answers (a web server) must not hang us
        identity = asyncio.run(asyncio.wait_for(_identity(address, seconds), seconds))
    except (TimeoutError, asyncio.TimeoutError):
        raise UsageError(f"{address} accepts connections but no Dask scheduler answered "
                         f"within {seconds:g} s") from None
    except (OSError, ValueError) as e:
        raise UsageError(f"cannot reach the Dask scheduler at {address} ({e or type(e).__name__})") from None
    except Exception as e:  # noqa: BLE001 - whatever else answers there (a web server…) fails the handshake
        raise UsageError(f"{address} answers, but not as a Dask scheduler ({type(e).__name__})") from None
    if not isinstance(identity, dict) or identity.get("type") != "Scheduler":
        raise UsageError(f"{address} answers, but not as a Dask scheduler")


async def _identity(address: str, seconds: float) -> dict:
    from distributed.comm import connect

    comm = await connect(address, timeout=seconds)
    try:
        await comm.write({"op": "identity", "reply": True})
        return await comm.read()
    finally:
        await comm.close()
