"""Small timing helpers shared by the benchmarks: medians of repeated runs."""
from __future__ import annotations

import statistics
import time


def median_seconds(fn, repeat: int = 30, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"
