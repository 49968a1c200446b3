"""``convert --to FORMAT``: each tree written as an export instead of JSON.

Why a sink: the batch (discover, skip, engines, atomic writes, report) stays
as it is; only what is written changes. The export is rendered in the parent
as each tree arrives, so that a cross-reference can link to another
document's export in the same output folder — the parent knows every output
the batch will write (``planned``), a worker would not.

Incremental runs: an export carries no stamp of its input, so an output is
up to date when the previous run's report lists the document with the same
input hash and converter version and the output is still on disk (the
batch already converts everything again when --to or the parser options
change).
"""
from __future__ import annotations

import json
import os
import posixpath

from ..batch.sinks import MirrorSink
from ..output import write_atomic
from . import EXTENSIONS, export_tree
from .links import names_link_for

__all__ = ["ExportSink", "ExportFailed", "export_name"]


class ExportFailed(Exception):
    """Rendering one tree failed (a bug in a writer): that document fails, the batch goes on."""


def export_name(rel: str, fmt: str) -> str:
    """``a/b/x.txt`` → ``a/b/x.html`` for ``--to html``."""
    stem, _ = posixpath.splitext(rel)
    return stem + EXTENSIONS[fmt]


class ExportSink(MirrorSink):
    """A :class:`MirrorSink` whose files are exports: only the up-to-date
    check and the writing differ."""

    def __init__(self, outdir: str, fmt: str, planned: set[str], report_path: str, durable: bool = False):
        super().__init__(outdir, durable=durable)
        self.fmt = fmt
        self._planned_by_dir: dict[str, set[str]] = {}
        for rel in planned:
            folder, name = posixpath.split(rel)
            self._planned_by_dir.setdefault(folder, set()).add(name)
        self._present: dict[str, set[str]] = {}
        self._previous = _previous_entries(report_path)

    def is_current(self, src, sha256: str, version: str) -> bool:
        return (self._previous.get(src.output_rel) == (sha256, version)
                and os.path.isfile(os.path.join(self.outdir, src.output_rel)))

    def write(self, src, tree_json: str) -> None:
        tree = json.loads(tree_json)
        folder = posixpath.dirname(src.output_rel)
        link_for = names_link_for(self._names_in(folder), EXTENSIONS[self.fmt], tree.get("language"))
        try:
            text = export_tree(tree, self.fmt, link_for=link_for)
        except Exception as e:  # noqa: BLE001 - a writer bug on one document must not stop the batch
            raise ExportFailed(f"internal error exporting to {self.fmt}: {type(e).__name__}: {e}; please report"
                               .replace("\n", " ")) from e
        write_atomic(os.path.join(self.outdir, src.output_rel), text, durable=self.durable)

    def _names_in(self, folder: str) -> set[str]:
        """Outputs this batch writes in *folder*, and files already there."""
        if folder not in self._present:
            try:
                existing = set(os.listdir(os.path.join(self.outdir, folder)))
            except OSError:
                existing = set()
            self._present[folder] = existing | self._planned_by_dir.get(folder, set())
        return self._present[folder]


def _previous_entries(report_path: str) -> dict[str, tuple[str, str]]:
    """output → (sha256, converter version) of the documents the last run's
    report says are converted or up to date."""
    try:
        with open(report_path, "rb") as f:
            report = json.load(f)
    except (OSError, ValueError):
        return {}
    version = report.get("councildoc_version") if isinstance(report, dict) else None
    entries = report.get("files", []) if isinstance(report, dict) else []
    return {e["output"]: (e.get("sha256"), version) for e in entries
            if isinstance(e, dict) and e.get("status") in ("converted", "skipped") and e.get("output")}
