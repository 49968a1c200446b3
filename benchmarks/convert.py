"""Batch-conversion throughput: ``councildoc convert`` beside pandoc and an I/O floor.

Builds a corpus of a few thousand documents from the bundled samples (each a
variation: lines dropped, blocks repeated, session numbers changed, so sizes
and diagnostics differ) in a temporary folder, then measures in the same run:

- floor: read each file and write it back as a JSON object with the same
  atomic writer, as convert uses it (the I/O a converter cannot avoid);
- ``councildoc convert DIR -o OUT --jobs 1`` and ``--jobs 2`` (end to end:
  process start-up, discovery, conversion, validation, atomic writes, report);
- ``pandoc -f markdown -t json`` once per file (how one would use it on a
  corpus), in one process at a time and two at a time, on an evenly spread
  subset (pandoc is slow; rates are per document, so they compare).

Prints docs/s and MB/s (medians of --repeat runs) and the ratios. The aim is
councildoc at 50 times pandoc's throughput or more. Then where the time of one
document goes (``convert_breakdown.py``: read, parse, validate, serialise,
pickle, write, report; command start-up and worker pool as fixed costs).

    python benchmarks/convert.py [--docs 2000] [--pandoc-docs 100] [--repeat 3]

pandoc comes from Debian: ``apt-get install -y pandoc``; without it the
pandoc baseline is skipped (with that hint).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"

from councildoc.corpus.output import write_atomic  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_breakdown import breakdown  # noqa: E402


def build_corpus(root: Path, n: int, seed: int = 340) -> int:
    """*n* varied documents under *root* (in sub-folders of 250); return their total bytes."""
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir())
               if p.suffix in {".txt", ".md"}]
    total = 0
    for i in range(n):
        lines = rng.choice(samples).split("\n")
        head, body = lines[:40], lines[40:]
        kind = i % 4
        if kind == 1:     # lines dropped here and there (numbering gaps, orphan footnotes)
            body = [line for line in body if rng.random() > 0.15]
        elif kind == 2:   # a block repeated: a longer document
            a = rng.randrange(len(body))
            b = min(len(body), a + rng.randrange(10, 60))
            body = body[:b] + body[a:b] + body[b:]
        elif kind == 3:   # cut short
            body = body[: max(10, int(len(body) * rng.uniform(0.3, 0.9)))]
        session = str(300 + i % 50)
        text = "\n".join(re.sub(r"\b340\b", session, line) for line in head + body) + "\n"
        folder = root / f"batch{i // 250:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"GB.{session}-INS-{i:05d}.zh.txt").write_bytes(data)
        total += len(data)
    return total


def files_of(root: Path) -> list[Path]:
    return sorted(root.rglob("*.txt"))


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def floor_run(files: list[Path], out: Path) -> None:
    for path in files:
        text = path.read_text(encoding="utf-8")
        write_atomic(out / (path.stem + ".json"), json.dumps({"path": path.name, "text": text}, ensure_ascii=False),
                     durable=False)


def councildoc_run(src: Path, out: Path, jobs: int) -> None:
    cmd = [sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "-o", str(out),
           "--jobs", str(jobs), "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"councildoc convert failed ({proc.returncode}): {proc.stderr.strip()}")


def pandoc_run(files: list[Path], out: Path, parallel: int) -> None:
    def one(path: Path) -> None:
        subprocess.run(["pandoc", "-f", "markdown", "-t", "json", str(path), "-o", str(out / (path.stem + ".json"))],
                       check=True, capture_output=True)
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, files))


def measure(label: str, run, docs: int, size: int, repeat: int, scratch: Path) -> dict:
    times = []
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(dir=scratch))
        times.append(timed(lambda: run(out)))
        shutil.rmtree(out)
    t = statistics.median(times)
    row = {"label": label, "docs": docs, "bytes": size, "seconds": t,
           "docs_per_s": docs / t, "mb_per_s": size / 1e6 / t}
    print(f"  {label:<34} {row['docs_per_s']:>9.1f} {row['mb_per_s']:>8.2f} {t:>9.2f}  ({docs} docs, runs: "
          + ", ".join(f"{x:.2f}" for x in times) + ")", flush=True)
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    ap.add_argument("--pandoc-docs", type=int, default=100, help="documents given to pandoc (default 100)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is kept (default 3)")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="councildoc-bench-") as tmp:
        tmp = Path(tmp)
        src = tmp / "corpus"
        size = build_corpus(src, args.docs)
        files = files_of(src)
        step = max(1, len(files) // max(1, args.pandoc_docs))
        subset = files[::step][: args.pandoc_docs]
        subset_size = sum(p.stat().st_size for p in subset)
        print(f"corpus: {len(files)} documents, {size / 1e6:.1f} MB, varied from {SAMPLES.relative_to(REPO)}/; "
              f"{os.cpu_count()} cores; median of {args.repeat} runs")
        print(f"  {'':<34} {'docs/s':>9} {'MB/s':>8} {'seconds':>9}")
        rows = {}
        rows["floor"] = measure("floor (read, write as JSON)", lambda out: floor_run(files, out),
                                len(files), size, args.repeat, tmp)
        for jobs in (1, 2):
            rows[f"jobs{jobs}"] = measure(f"councildoc convert --jobs {jobs}",
                                          lambda out, j=jobs: councildoc_run(src, out, j),
                                          len(files), size, args.repeat, tmp)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"  peak memory of the largest councildoc process: {peak:.0f} MB "
              f"(flat in the number of documents: trees are streamed)")
        sample = files[:300]
        rows["breakdown"] = breakdown(sample, rows["jobs1"]["seconds"] / len(files) * len(sample))
        if shutil.which("pandoc"):
            for parallel in (1, 2):
                rows[f"pandoc{parallel}"] = measure(
                    f"pandoc -f markdown -t json, x{parallel}",
                    lambda out, p=parallel: pandoc_run(subset, out, p), len(subset), subset_size, args.repeat, tmp)
        else:
            print("  pandoc: not installed, baseline skipped (install it: apt-get install -y pandoc)")

    def ratio(a: str, b: str) -> float | None:
        if a in rows and b in rows and "docs_per_s" in rows[a]:
            return rows[a]["docs_per_s"] / rows[b]["docs_per_s"]
        return None

    print("ratios (documents per second):")
    ratios = {
        "jobs1 / pandoc x1": ratio("jobs1", "pandoc1"),
        "jobs2 / pandoc x2": ratio("jobs2", "pandoc2"),
        "jobs2 / pandoc x1": ratio("jobs2", "pandoc1"),
        "jobs2 / jobs1 (parallel speed-up)": ratio("jobs2", "jobs1"),
        "jobs1 / floor": ratio("jobs1", "floor"),
    }
    for name, value in ratios.items():
        print(f"  {name:<36} {'n/a' if value is None else f'{value:.2f}x'}")
    same = [ratios[k] for k in ("jobs1 / pandoc x1", "jobs2 / pandoc x2") if ratios[k] is not None]
    if same:
        print(f"aim (at least 50x pandoc on the same cores): {'met' if min(same) >= 50 else 'NOT met'} "
              f"({min(same):.1f}x to {max(same):.1f}x)")
    if args.json:
        print(json.dumps({"rows": rows, "ratios": ratios}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
