"""Running the command as a person would: on a terminal (a pseudo-terminal,
for progress bars), or interrupted with Ctrl-C (SIGINT) midway."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest


def run_on_terminal(args: list[str], columns: int = 120) -> tuple[int, str]:
    """``python -m councildoc.corpus.cli ARGS`` on a Linux pseudo-terminal of
    *columns* columns, outside CI mode; its exit status and everything it
    printed on the terminal."""
    import fcntl
    import pty
    import struct
    import termios
    argv = [sys.executable, "-m", "councildoc.corpus.cli", *args]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: run the command on the terminal
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def interrupt(proc: subprocess.Popen, limit: float = 60.0) -> tuple[bytes, bytes]:
    """SIGINT to *proc* (started with ``start_new_session=True``), as Ctrl-C
    would; its output once it stopped. Fails the test when it does not stop
    within *limit* seconds (then its whole process group is killed)."""
    proc.send_signal(signal.SIGINT)   # the parent only, as the tests cannot press Ctrl-C
    try:
        return proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"the command did not stop within {limit:g} s of SIGINT")
