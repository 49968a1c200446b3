"""Findings printed three ways: grouped text for people, JSON lines for
scripts, SARIF 2.1.0 for code-hosting CI (findings shown inline on the file)."""
from __future__ import annotations

import json
import os
from itertools import groupby
from pathlib import Path
from urllib.parse import quote

from ...parser import __version__

from .findings import CODES, LEVELS, Finding, sort_key

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def summary_line(findings: list[Finding], n_files: int) -> str:
    counts = {level: sum(1 for f in findings if f.level == level) for level in LEVELS}
    files_with = len({f.file for f in findings})
    return (f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {files_with} of {n_files} "
            f"file{'s' if n_files != 1 else ''} checked: {counts['error']} errors, "
            f"{counts['warning']} warnings, {counts['info']} info")


def to_text(findings: list[Finding], n_files: int) -> str:
    """One block per file; each finding on one line (line, node, level, code,
    message), its suggestion indented below."""
    lines: list[str] = []
    for file, group in groupby(sorted(findings, key=sort_key), key=lambda f: f.file):
        lines.append(file)
        for f in group:
            where = f"{f.line}" if f.line is not None else f"¶{f.paragraph}" if f.paragraph is not None else "-"
            lines.append(f"  {where:>5}  {f.node or '-':<10} {f.level:<7}  {f.code}: {f.message}")
            if f.suggestion:
                lines.append(f"{'':>9}→ {f.suggestion}")
        lines.append("")
    lines.append(summary_line(findings, n_files))
    return "\n".join(lines) + "\n"


def to_json_lines(findings: list[Finding]) -> str:
    return "".join(json.dumps(f.as_dict(), ensure_ascii=False) + "\n" for f in sorted(findings, key=sort_key))


#: the SARIF base every relative path is relative to (the repository root, or the working folder)
ROOT_ID = "%SRCROOT%"


def source_root(start: Path | None = None) -> Path:
    """The repository the checked files belong to (the nearest folder above
    the working folder holding ``.git``), else the working folder: CI systems
    match SARIF paths against paths in the repository."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _artifact(file: str, root: Path) -> dict:
    """A path relative to *root* with its base id, or an absolute file:// URI
    for a file outside it."""
    path = Path(os.path.abspath(file))
    try:
        rel = path.relative_to(root)
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(rel.as_posix(), safe="/._-~"), "uriBaseId": ROOT_ID}


def _location(f: Finding, root: Path) -> dict:
    # GitHub code scanning needs region.startLine in every result: a finding
    # without a line (a .docx paragraph, a whole file) goes on line 1
    physical = {"artifactLocation": _artifact(f.file, root),
                "region": {"startLine": f.line if f.line and f.line > 0 else 1}}
    location: dict = {"physicalLocation": physical}
    if f.node:
        location["logicalLocations"] = [{"name": f.node, "kind": "element"}]
    if f.paragraph is not None:
        location["properties"] = {"paragraph": f.paragraph}   # a .docx has no lines
    return location


def to_sarif(findings: list[Finding], root: Path | None = None) -> dict:
    root = root or source_root()
    codes = sorted({f.code for f in findings})
    rules = [{"id": c, "shortDescription": {"text": CODES.get(c, c)}} for c in codes]
    results = []
    for f in sorted(findings, key=sort_key):
        where = f" (paragraph {f.paragraph})" if f.paragraph is not None else ""
        text = f.message + where + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
        results.append({
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _SARIF_LEVEL[f.level],
            "message": {"text": text},
            "locations": [_location(f, root)],
        })
    return {
        "version": "2.1.0",
        "$schema": SARIF_SCHEMA,
        "runs": [{
            "tool": {"driver": {"name": "councildoc", "version": __version__, "rules": rules}},
            "originalUriBaseIds": {ROOT_ID: {"uri": root.as_uri() + "/"}},
            "results": results,
        }],
    }


def render(findings: list[Finding], fmt: str, n_files: int) -> str:
    if fmt == "json":
        return to_json_lines(findings)
    if fmt == "sarif":
        return json.dumps(to_sarif(findings), ensure_ascii=False, indent=2) + "\n"
    return to_text(findings, n_files)
