"""Progress for people: a bar with rate and ETA on a terminal, a quiet line
every so often in a pipe or CI log (a bar there is a wall of carriage
returns), nothing with ``--quiet``. Error lines are always shown."""
from __future__ import annotations

import os
import sys
import time

BAR, LINES, QUIET = "bar", "lines", "quiet"
LINE_INTERVAL = 10.0  # seconds between progress lines in a pipe


def choose_mode(quiet: bool, stream=None) -> str:
    stream = stream or sys.stderr
    if quiet:
        return QUIET
    if os.environ.get("CI") or not getattr(stream, "isatty", lambda: False)():
        return LINES
    try:
        if os.get_terminal_size(stream.fileno()).columns == 0:   # a terminal of unknown width
            return LINES
    except (OSError, ValueError, AttributeError):
        return LINES
    return BAR


class Progress:
    def __init__(self, total: int, mode: str, stream=None, label: str = "converting",
                 command: str = "convert", unit: str = "documents", bar_unit: str = "doc"):
        self.total = total
        self.command = command      #: names the progress lines: "councildoc index: 3/40 files, …"
        self.unit = unit
        self.mode = mode
        self.stream = stream or sys.stderr
        self.done = 0
        self._t0 = time.monotonic()
        self._last_line = self._t0
        self._bar = None
        if mode == BAR:
            from tqdm import tqdm
            self._bar = tqdm(total=total, unit=bar_unit, desc=label, file=self.stream,
                             dynamic_ncols=True, smoothing=0.1)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
        elif self.mode == LINES:
            now = time.monotonic()
            if now - self._last_line >= LINE_INTERVAL and self.done < self.total:
                self._last_line = now
                rate = self.done / max(now - self._t0, 1e-9)
                eta = (self.total - self.done) / rate if rate else float("inf")
                print(f"councildoc {self.command}: {self.done}/{self.total} {self.unit}, "
                      f"{rate:.1f} docs/s, about {eta:.0f} s left", file=self.stream, flush=True)

    def error(self, line: str) -> None:
        """A failed file (or any line for people): always shown, above the bar if there is one."""
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
