"""The account of a batch: counts, warnings by diagnostic code, timing, and
one entry per file, as ``_report.json`` for machines and a short summary for
people.

Entries are streamed to an anonymous temporary file as the batch runs and
copied into the report at the end, so memory stays flat for any number of
documents; the report itself is written atomically like every output.
"""
from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone

from ...parser import __version__

from ..output import atomic_file

CONVERTED, SKIPPED, FAILED = "converted", "skipped", "failed"


class Report:
    def __init__(self, path: str, header: dict, found: int):
        self.path = path
        self.found = found          #: documents discovered (more than those settled if interrupted)
        self.header = header
        self.counts = Counter({CONVERTED: 0, SKIPPED: 0, FAILED: 0})
        self.warnings: Counter = Counter()
        self.failures_by_kind: Counter = Counter()
        self.unsupported = 0        #: files skipped because no reader takes their format
        self.bytes_converted = 0
        self.started = datetime.now(timezone.utc)
        self._t0 = time.perf_counter()
        self._entries = tempfile.TemporaryFile()
        self.seconds = 0.0
        self.discarded: str | None = None   #: why the batch's one output file was not written

    def discard(self, reason: str) -> None:
        """The output every entry names (a JSONL file) could not be put in
        place: the report must not claim it, so entries lose their output."""
        self.discarded = reason

    def add(self, status: str, *, input: str, path: str, output: str | None, size: int | None = None,
            sha256: str | None = None, seconds: float | None = None, warnings: dict | None = None,
            error: str | None = None, kind: str | None = None, retried: bool = False,
            reason: str | None = None) -> None:
        """Record one file's outcome; *reason* says why a file was skipped
        unread (a format without a reader)."""
        self.counts[status] += 1
        entry = {"input": input, "path": path, "status": status, "output": output}
        if size is not None:
            entry["bytes"] = size
        if sha256:
            entry["sha256"] = sha256
        if seconds is not None:
            entry["seconds"] = round(seconds, 4)
        if retried:
            entry["retried"] = True   # converted alone after a worker died: see engine_local
        if status == CONVERTED:
            self.bytes_converted += size or 0
            entry["warnings"] = warnings or {}
            self.warnings.update(warnings or {})
        if reason:
            entry["reason"] = reason
            self.unsupported += 1
        if status == FAILED:
            entry["error"] = error
            entry["kind"] = kind
            self.failures_by_kind[kind] += 1
        self._entries.write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")

    def rates(self) -> tuple[float, float]:
        """Documents and megabytes converted per second (conversion attempts, skips excluded)."""
        attempted = self.counts[CONVERTED] + self.counts[FAILED]
        s = max(self.seconds, 1e-9)
        return attempted / s, self.bytes_converted / 1e6 / s

    def summary(self, interrupted: bool = False) -> dict:
        docs_s, mb_s = self.rates()
        return {
            "councildoc_version": __version__,
            **self.header,
            "started": self.started.isoformat(timespec="seconds"),
            "seconds": round(self.seconds, 3),
            "interrupted": interrupted,
            **({"output_discarded": self.discarded} if self.discarded else {}),
            "documents": self.found,
            "converted": self.counts[CONVERTED],
            "skipped": self.counts[SKIPPED],
            "unsupported": self.unsupported,
            "failed": self.counts[FAILED],
            "failed_by_kind": dict(sorted(self.failures_by_kind.items())),
            "warnings": dict(sorted(self.warnings.items(), key=lambda kv: (-kv[1], kv[0]))),
            "docs_per_second": round(docs_s, 1),
            "mb_per_second": round(mb_s, 2),
        }

    def finish(self, interrupted: bool = False) -> dict:
        """Stop the clock and write the report file; return the summary."""
        self.seconds = time.perf_counter() - self._t0
        summary = self.summary(interrupted)
        head = json.dumps(summary, ensure_ascii=False, indent=1)
        try:
            with atomic_file(self.path) as out:
                out.write(head[:-2].encode("utf-8") + b',\n "files": [\n')
                self._entries.seek(0)
                first = True
                for line in self._entries:
                    if self.discarded:
                        line = _without_output(line)
                    out.write((b"" if first else b",\n") + b"  " + line.rstrip(b"\n"))
                    first = False
                out.write(b"\n ]\n}\n")
        finally:
            self._entries.close()
        return summary


def _without_output(line: bytes) -> bytes:
    entry = json.loads(line)
    entry["output"] = None
    return json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n"


def previous_options(path: str) -> dict | None:
    """The parser options recorded by the last run's report, or None when unknown.

    Only the report's head is read (the summary comes before the entries)."""
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return None
    cut = head.find(b'\n "files": [')
    if cut < 0:
        return None
    try:
        options = json.loads(head[:cut].rstrip(b",") + b"}").get("options")
    except ValueError:
        return None
    return options if isinstance(options, dict) else None


def summary_lines(summary: dict, report_path: str | None) -> list[str]:
    """The summary for people: a few lines."""
    lines = []
    verb = "interrupted after" if summary["interrupted"] else "done:"
    lines.append(f"{verb} {summary['converted']} converted, {summary['skipped']} skipped, "
                 f"{summary['failed']} failed of {summary['documents']} documents "
                 f"in {summary['seconds']:.1f} s ({summary['docs_per_second']:.1f} docs/s, "
                 f"{summary['mb_per_second']:.2f} MB/s)")
    if summary.get("unsupported"):
        lines.append(f"{summary['unsupported']} of the skipped files are in formats this version does not read "
                     "(see the report for each reason)")
    if summary["documents"] and not summary["converted"] and not summary["failed"] and not summary["interrupted"]:
        lines.append("nothing to do: every document is up to date or unsupported")
    if summary["warnings"]:
        shown = list(summary["warnings"].items())
        text = ", ".join(f"{code} {n}" for code, n in shown[:12])
        more = f", and {len(shown) - 12} more codes" if len(shown) > 12 else ""
        lines.append(f"warnings by code: {text}{more}")
    if summary.get("output_discarded"):
        lines.append(f"nothing was written to {summary['output']} ({summary['output_discarded']}); "
                     "the previous file, if any, is unchanged")
    if report_path:
        lines.append(f"report: {report_path}")
    return lines
