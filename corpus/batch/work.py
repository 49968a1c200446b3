"""The per-document work: one pure, picklable function from (name, bytes) to a
:class:`Result`, so any engine can map it (a process pool here, a Dask
cluster, anything that can ship a function and its arguments).

The result carries the tree already serialized as JSON text, not the dict:
text crosses a process boundary cheaply and the parent only has to write it.
Bad input never raises out of here: it becomes a failed result with a
one-line reason, so one bad file never stops a batch.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from ...parser import InputError, TreeInvalidError, parse_bytes

from ..output import dump_tree

#: diagnostic levels counted as warnings in the batch summary
COUNTED_LEVELS = frozenset({"warning", "error"})


@dataclass(slots=True)
class Result:
    """What converting one document gave: the tree's JSON text or the reason it failed."""
    name: str                        #: the document's relative path (its tree's source.path)
    ok: bool
    text: str | None = None          #: compact JSON of the tree, newline-terminated
    error: str | None = None         #: one line, without the file name
    kind: str | None = None          #: "input" (bad file), "bug" (ours), "crash" (worker died)
    warnings: dict = field(default_factory=dict)   #: diagnostic code → count (warning/error levels)
    size: int = 0                    #: input bytes
    seconds: float = 0.0             #: time spent converting
    retried: bool = False            #: converted again, alone, after a worker died during its batch


@dataclass(frozen=True, slots=True)
class Options:
    """Parser options applied to every document of a batch."""
    lang: str | None = None
    encoding: str | None = None
    fmt: str | None = None


def convert_document(name: str, data: bytes, options: Options = Options()) -> Result:
    """Parse one document; never raises for bad input (see module docstring)."""
    start = time.perf_counter()
    try:
        tree = parse_bytes(name, data, lang=options.lang, encoding=options.encoding, fmt=options.fmt)
    except InputError as e:
        return Result(name, False, error=e.problem, kind="input", size=len(data),
                      seconds=time.perf_counter() - start)
    except TreeInvalidError as e:
        return Result(name, False, error=f"internal error, the tree does not validate ({e.problem}); please report",
                      kind="bug", size=len(data), seconds=time.perf_counter() - start)
    except RecursionError:
        return Result(name, False, error="internal error: document nested too deeply (RecursionError); please report",
                      kind="bug", size=len(data), seconds=time.perf_counter() - start)
    except Exception as e:  # noqa: BLE001 - a parser bug on one file must not stop the batch
        return Result(name, False, error=f"internal error: {type(e).__name__}: {e}; please report".replace("\n", " "),
                      kind="bug", size=len(data), seconds=time.perf_counter() - start)
    warnings = Counter(d["code"] for d in tree["diagnostics"] if d["level"] in COUNTED_LEVELS)
    return Result(name, True, text=dump_tree(tree), warnings=dict(warnings), size=len(data),
                  seconds=time.perf_counter() - start)


CRASH_MESSAGE = "the worker process converting it died (killed, out of memory, or crashed)"


def crash_result(args: tuple) -> Result:
    """The document whose worker died (see engine_local)."""
    name, data = args[0], args[1]
    return Result(name, False, error=CRASH_MESSAGE, kind="crash", size=len(data))


def timeout_result(args: tuple, seconds: float) -> Result:
    """The document that took longer than ``--timeout``: stopped, reported
    with the limit it ran into (a limit the user set, not a crash)."""
    name, data = args[0], args[1]
    return Result(name, False, error=f"timed out after {seconds:g} s (--timeout); conversion stopped",
                  kind="timeout", size=len(data), seconds=seconds)


def error_result(args: tuple, exc: BaseException) -> Result:
    """A failure of the work function itself (not bad input): reported, never raised."""
    name, data = args[0], args[1]
    message = f"internal error: {type(exc).__name__}: {exc}; please report".replace("\n", " ")
    return Result(name, False, error=message, kind="bug", size=len(data))


def convert_task(task: tuple) -> Result:
    """``convert_document(*task)``: one picklable argument, for ``map``-style engines."""
    return convert_document(*task)
