"""One batch from start to end: discover, skip what is up to date, convert on
an engine, write each tree as it arrives, report.

The parent process reads every input (to hash it for the incremental check,
and because a cluster's workers may not see the files) and writes every
output; the engine only runs the pure per-document function. Inputs are
opened read-only and never modified.
"""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field, replace
from typing import Callable

from ...parser import InputError, __version__
from ...parser.decode import DEFAULT_MAX_BYTES
from ...parser.errors import UsageError
from ...parser.formats.registry import unsupported_reason

from ..export import EXTENSIONS
from ..export.batch_sink import ExportFailed, ExportSink, export_name
from .defaults import DEFAULT_TIMEOUT, REPORT_NAME
from .discover import Source, discover
from .engine_local import ProcessEngine
from .engine_serial import SerialEngine
from .incremental import sha256_hex
from .progress import Progress, choose_mode
from .report import CONVERTED, FAILED, SKIPPED, Report, previous_options, summary_lines
from .sinks import JsonlSink, MirrorSink
from .work import Options, convert_document



@dataclass
class BatchConfig:
    inputs: list[str]
    outdir: str | None = None
    jsonl: str | None = None
    force: bool = False
    jobs: int = 1
    scheduler: str | None = None
    options: Options = field(default_factory=Options)
    quiet: bool = False
    fsync: bool = False         #: flush each tree to disk before its rename
    timeout: float | None = DEFAULT_TIMEOUT   #: seconds one document may take (local engines)
    work: Callable = convert_document   #: the per-document function (tests may wrap it)
    export: str | None = None   #: write each tree in this export format (corpus/export) instead of JSON
    #: asked between documents: True stops the batch cleanly (see commands/convert.py)
    stop_requested: Callable[[], bool] = lambda: False

    @property
    def report_path(self) -> str:
        if self.outdir:
            return os.path.join(self.outdir, REPORT_NAME)
        stem, _ = os.path.splitext(self.jsonl)
        return stem + ".report.json"


def read_input(path: str, name: str) -> bytes:
    """The bytes of one input, or :class:`InputError` with a one-line reason."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(name, "is a folder, not a document")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(name, "is not a regular file")
        if st.st_size > DEFAULT_MAX_BYTES:
            raise InputError(name, f"file is {st.st_size:,} bytes, over the limit of {DEFAULT_MAX_BYTES:,} bytes")
        with open(path, "rb") as f:
            return f.read(DEFAULT_MAX_BYTES + 1)
    except FileNotFoundError:
        what = "a dangling symbolic link (its target does not exist)" if os.path.islink(path) else "no such file"
        raise InputError(name, what) from None
    except PermissionError:
        raise InputError(name, "permission denied (cannot be read)") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _output_name(cfg: BatchConfig, src: Source) -> tuple[str, str]:
    """The usual output of *src* and the ending of its fallback name (x.html.json)."""
    if cfg.export:
        return export_name(src.rel, cfg.export), EXTENSIONS[cfg.export]
    return src.output_rel, ".json"


def _export_sink(cfg: BatchConfig, sources: list[Source]) -> ExportSink:
    planned = {export_name(s.rel, cfg.export) for s in sources}
    return ExportSink(cfg.outdir, cfg.export, planned, cfg.report_path, durable=cfg.fsync)


def make_engine(cfg: BatchConfig):
    if cfg.scheduler:
        from .engine_dask import DaskEngine
        return DaskEngine(cfg.scheduler, work=cfg.work)
    if cfg.jobs <= 1:
        return SerialEngine(work=cfg.work, timeout=cfg.timeout)
    return ProcessEngine(cfg.jobs, work=cfg.work, timeout=cfg.timeout)


def run_batch(cfg: BatchConfig, stream=None) -> dict:
    """Convert everything; return the summary (also written to the report).

    KeyboardInterrupt (raised between two documents when ``stop_requested``
    says so, or at once on a second Ctrl-C) stops the batch: outputs already
    written stay, the report says ``"interrupted": true``, and the interrupt
    is re-raised."""
    excluded = [p for p in (cfg.outdir,) if p]
    sources = discover(cfg.inputs, exclude=excluded)
    if not sources:
        raise UsageError("no documents found in " + ", ".join(cfg.inputs))
    engine = make_engine(cfg)
    options = {"lang": cfg.options.lang, "encoding": cfg.options.encoding, "format": cfg.options.fmt}
    if cfg.export:
        options["to"] = cfg.export
    if not cfg.force:
        before = previous_options(cfg.report_path)
        if before is not None and before != options:
            # the trees on disk were made with other options: none of them is up to date
            cfg = replace(cfg, force=True)
            if not cfg.quiet:
                changed = ", ".join(f"--{k} {before.get(k)} → {v}" for k, v in options.items() if before.get(k) != v)
                print(f"councildoc convert: options changed since the last run ({changed}): "
                      "converting every document again", file=stream or sys.stderr, flush=True)
    header = {
        "command": "convert",
        "options": options,
        "inputs": cfg.inputs,
        "output": cfg.outdir if cfg.outdir else cfg.jsonl,
        "layout": "jsonl" if cfg.jsonl else "mirror",
        "engine": engine.name,
        "jobs": 0 if cfg.scheduler else max(cfg.jobs, 1),
        "force": cfg.force,
        "timeout": None if cfg.scheduler else cfg.timeout,
    }
    with engine:   # connects to a cluster / starts the workers: may raise UsageError
        report = Report(cfg.report_path, header, len(sources))
        sink = JsonlSink(cfg.jsonl, cfg.force) if cfg.jsonl else \
            _export_sink(cfg, sources) if cfg.export else MirrorSink(cfg.outdir, durable=cfg.fsync)
        progress = Progress(len(sources), choose_mode(cfg.quiet, stream), stream)
        engine.notify = progress.error
        interrupted = False
        try:
            _convert_all(cfg, sources, engine, sink, report, progress)
            _commit(sink, report)
        except KeyboardInterrupt:
            interrupted = True
            _commit(sink, report, interrupted=True)
            raise
        finally:
            progress.close()
            summary = report.finish(interrupted=interrupted)
            if not cfg.quiet:
                for line in summary_lines(summary, cfg.report_path):
                    print(line, flush=True)
    return summary


def _commit(sink, report: Report, interrupted: bool = False) -> None:
    """Put the output in place (for JSONL, the lines completed so far when
    *interrupted*), so that what the report lists is on disk; when that
    fails, the report says nothing was written. A write error is raised
    after that, an interrupt while committing too."""
    try:
        sink.close(interrupted)
    except BaseException as e:
        reason = "interrupted while writing it" if isinstance(e, KeyboardInterrupt) else (
            getattr(e, "strerror", None) or str(e))
        report.discard(reason)
        if isinstance(e, OSError) and interrupted:
            return          # the interrupt is what the caller re-raises
        raise


def _convert_all(cfg: BatchConfig, sources: list[Source], engine, sink, report: Report, progress: Progress) -> None:
    def fail(src: Source, problem: str, kind: str, size=None, sha=None, seconds=None) -> None:
        report.add(FAILED, input=src.path, path=src.rel, output=None, size=size, sha256=sha,
                   seconds=seconds, error=problem, kind=kind)
        progress.error(f"{src.path}: {problem}")
        progress.advance()

    def tasks():
        """Documents still to convert, read lazily: skips and unreadable files are settled here."""
        claimed: dict[str, str] = {REPORT_NAME: ""}   # "" stands for the batch report
        for src in sources:
            if cfg.stop_requested():
                raise KeyboardInterrupt
            reason = None if cfg.options.fmt else unsupported_reason(src.rel)
            if reason:
                report.add(SKIPPED, input=src.path, path=src.rel, output=None, reason=reason)
                progress.advance()
                continue
            if not cfg.jsonl:
                # x.docx and x.html side by side: the first in name order gets x.json,
                # the next its full name, x.html.json; nothing is overwritten, nothing dropped
                usual, ext = _output_name(cfg, src)
                out = next((o for o in (usual, src.rel + ext) if o not in claimed), None)
                if out is None:
                    first = claimed[usual]
                    other = f"the tree of {first}" if first else "the batch report"
                    fail(src, f"its output {usual} would overwrite {other}, and {src.rel}.json is taken too; "
                              "rename one", "input")
                    continue
                claimed[out] = src.path
                if out != src.output_rel:
                    src = replace(src, output=out)
                if _same_file(os.path.join(cfg.outdir, src.output_rel), src.path):
                    fail(src, f"its output {src.output_rel} would overwrite the document itself; "
                              "choose another output folder", "input")
                    continue
            try:
                data = read_input(src.path, src.path)
            except InputError as e:
                fail(src, e.problem, "input")
                continue
            sha = sha256_hex(data)
            if not cfg.force and sink.is_current(src, sha, __version__):
                sink.keep(src)
                report.add(SKIPPED, input=src.path, path=src.rel, output=sink.describe(src),
                           size=len(data), sha256=sha)
                progress.advance()
                continue
            yield (src, sha), (src.rel, data, cfg.options)

    for (src, sha), result in engine.map(tasks()):
        if cfg.stop_requested():
            raise KeyboardInterrupt   # before writing: the report lists exactly what is on disk
        if not result.ok:
            fail(src, result.error, result.kind, result.size, sha, result.seconds)
            continue
        try:
            sink.write(src, result.text)
        except ExportFailed as e:
            fail(src, str(e), "bug", result.size, sha, result.seconds)
            continue
        except OSError as e:
            fail(src, f"cannot write its output {sink.describe(src)} ({e.strerror or e})", "output",
                 result.size, sha, result.seconds)
            continue
        report.add(CONVERTED, input=src.path, path=src.rel, output=sink.describe(src),
                   size=result.size, sha256=sha, seconds=result.seconds, warnings=result.warnings,
                   retried=result.retried)
        progress.advance()
