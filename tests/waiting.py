"""Waiting for a condition with a deadline: what the tests do instead of sleeping.

A test that waits for a process to end, a file to appear or a server to answer polls the
condition every few milliseconds until it holds or the deadline passes, then fails with
what it waited for. On a loaded machine it waits longer; on an idle one it is as quick as
the condition allows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 30, what: str = "the condition",
               every: float = 0.01, most: float = 0.1) -> T:
    """The condition's first true value; AssertionError naming ``what`` after ``timeout`` seconds.

    The condition is checked every ``every`` seconds at first, then less and less often, up to
    every ``most`` seconds: a condition that comes at once is seen at once, and one that takes
    a daemon seconds of work does not take the CPU that work needs (some conditions cost a
    few milliseconds each: listing processes by their environment reads all of /proc)."""
    deadline = time.monotonic() + timeout
    pause = every
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g}s for {what}")
        time.sleep(pause)
        pause = min(pause * 1.5, max(every, most))


def process_gone(pid: int) -> bool:
    """Whether a process has ended: no longer listed, or a zombie its parent has not reaped yet."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")
