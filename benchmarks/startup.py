"""Start-up time of the ``councildoc`` command, beside the floor of the
interpreter itself, measured in the same run (issue 18 item 15).

Each figure is the median of --repeat runs of a fresh process, wall time and
CPU time (user + system: on a machine shared with other work, the figure that
does not count waiting for a core):

- floor: ``python -c pass`` (the interpreter and site-packages, nothing of ours);
- ``councildoc --version``, ``councildoc --help``, ``councildoc parse --help``;
- ``councildoc search QUERY --db SMALL`` on an index of the seed alone (one
  document, 79 units), built in a temporary folder;
- ``councildoc parse SEED`` (start-up plus one parse, for scale).

Aims: --version and --help within 60 ms, a search on a small index within
120 ms (wall time on an idle machine, where it equals CPU time).

    python benchmarks/startup.py [--repeat 15] [--councildoc PATH]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "samples" / "GB.340-INS-6.zh.txt"


def median_run(argv: list[str], repeat: int) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of *repeat* runs, after one
    warm-up run that fills the OS caches. CPU time is the figure to read on a
    busy machine: waiting for a core does not count in it."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--councildoc", default=os.path.join(os.path.dirname(sys.executable), "councildoc"),
                    help="the councildoc executable to time (default: the one beside this Python)")
    args = ap.parse_args()
    exe = args.councildoc
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "small.db")
        subprocess.run([exe, "index", str(SEED), "--db", db, "-q"], check=True, capture_output=True)
        cases = [
            ("floor: python -c pass", [sys.executable, "-c", "pass"]),
            ("councildoc --version", [exe, "--version"]),
            ("councildoc --help", [exe, "--help"]),
            ("councildoc parse --help", [exe, "parse", "--help"]),
            ("councildoc search (1 document)", [exe, "search", "驻地协调员", "--db", db]),
            ("councildoc parse SEED", [exe, "parse", str(SEED)]),
        ]
        floor = None
        print(f"{'command':<32} {'wall':>9} {'CPU':>9} {'CPU over floor':>15} {'x floor':>8}")
        for label, argv in cases:
            wall, cpu = median_run(argv, args.repeat)
            floor = floor if floor is not None else cpu
            over = "" if floor is cpu else f"{(cpu - floor) * 1000:9.1f} ms"
            print(f"{label:<32} {wall * 1000:6.1f} ms {cpu * 1000:6.1f} ms {over:>15} {cpu / floor:7.2f}x")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
