"""Where the time of ``councildoc convert`` goes, per document, beyond parsing
(issue 18 item 18): each stage of the batch measured alone, in this process,
on the same corpus, beside the end-to-end figure of the real command.

Stages, in the order a document meets them: read + hash (the incremental
check needs the hash), parse (readers, layout, build, no validation),
validation against the schema, JSON serialisation, the pickling a worker
process adds (task in, result out, both ways), the atomic write, the report
entry. Fixed costs: the command's start-up on an empty folder, and a pool of
worker processes started and stopped (``--jobs 2``).

Used by ``benchmarks/convert.py``; alone: ``python benchmarks/convert_breakdown.py [--docs 300]``.
"""
from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from councildoc.corpus.batch.incremental import sha256_hex
from councildoc.corpus.batch.report import CONVERTED, Report
from councildoc.corpus.batch.work import Options, Result
from councildoc.corpus.output import dump_tree, write_atomic
from councildoc.parser import parse_bytes, validate_tree


def _noop() -> None:
    return None


def _per_document(files: list[Path], scratch: Path) -> dict[str, float]:
    """Seconds per stage, summed over *files*."""
    t = dict.fromkeys(("read + hash", "parse (no validation)", "validate", "serialise (JSON)",
                       "pickle task + result", "write (atomic)", "report entry"), 0.0)
    report = Report(str(scratch / "_report.json"), {}, len(files))
    clock = time.perf_counter
    for i, path in enumerate(files):
        a = clock()
        data = path.read_bytes()
        sha = sha256_hex(data)
        b = clock()
        tree = parse_bytes(path.name, data, validate=False)
        c = clock()
        validate_tree(tree)
        d = clock()
        text = dump_tree(tree)
        e = clock()
        pickle.loads(pickle.dumps((path.name, data, Options())))
        pickle.loads(pickle.dumps(Result(path.name, True, text=text, size=len(data))))
        f = clock()
        write_atomic(scratch / f"{i}.json", text, durable=False)
        g = clock()
        report.add(CONVERTED, input=str(path), path=path.name, output=f"{i}.json", size=len(data), sha256=sha,
                   seconds=c - b, warnings={})
        h = clock()
        for stage, seconds in zip(t, (b - a, c - b, d - c, e - d, f - e, g - f, h - g)):
            t[stage] += seconds
    report.finish()
    return t


def _fixed_costs(scratch: Path) -> dict[str, float]:
    empty = scratch / "empty"
    empty.mkdir()
    (empty / "note.txt").write_text("1. One paragraph.\n", encoding="utf-8")
    a = time.perf_counter()
    subprocess.run([sys.executable, "-m", "councildoc.corpus.cli", "convert", str(empty), "-o", str(scratch / "o"),
                    "--jobs", "1", "--quiet"], check=True, capture_output=True)
    b = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        pool.submit(_noop).result()
    c = time.perf_counter()
    return {"command start-up (one tiny document)": b - a, "worker pool start + stop (2 processes)": c - b}


def breakdown(files: list[Path], end_to_end_jobs1: float | None = None) -> dict:
    """Print and return the per-document stages and the fixed costs."""
    with tempfile.TemporaryDirectory(prefix="councildoc-breakdown-") as tmp:
        stages = _per_document(files, Path(tmp))
        fixed = _fixed_costs(Path(tmp))
    n = len(files)
    total = sum(stages.values())
    print(f"per document ({n} documents, in this process):")
    for stage, seconds in stages.items():
        print(f"  {stage:<36} {seconds / n * 1000:8.3f} ms  {seconds / total:6.1%}")
    print(f"  {'sum of the stages':<36} {total / n * 1000:8.3f} ms")
    if end_to_end_jobs1:
        rest = end_to_end_jobs1 - total - fixed["command start-up (one tiny document)"]
        print(f"  {'convert --jobs 1, end to end':<36} {end_to_end_jobs1 / n * 1000:8.3f} ms "
              f"(the rest, discovery, engine, progress: {rest / n * 1000:.3f} ms)")
    print("fixed costs:")
    for what, seconds in fixed.items():
        print(f"  {what:<36} {seconds * 1000:8.1f} ms")
    return {"per_document_ms": {k: v / n * 1000 for k, v in stages.items()},
            "fixed_ms": {k: v * 1000 for k, v in fixed.items()}}


if __name__ == "__main__":
    import argparse
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from convert import build_corpus, files_of
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(Path(tmp), args.docs)
        breakdown(files_of(Path(tmp)))
