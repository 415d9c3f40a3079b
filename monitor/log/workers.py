"""Who holds a lease: one identity per process, and how long leases last.

The identity names the machine and the process (an operator reading ``leases`` or
``poll_schedule`` can tell which daemon holds what) plus a random part, so a process id
reused after a restart is never taken for the old holder.
"""

from __future__ import annotations

import os
import secrets
import socket

LEASE_SECONDS = 10.0  # a holder that stops renewing (killed, frozen, cut off) loses its leases after this
HEARTBEAT_SECONDS = LEASE_SECONDS / 3  # how often a live holder renews them: two renewals may fail in a row

_identity: tuple[int, str] | None = None


def worker_id() -> str:
    """This process's identity as a lease holder (a new one in a forked child)."""
    global _identity
    pid = os.getpid()
    if _identity is None or _identity[0] != pid:
        _identity = (pid, f"{socket.gethostname()}:{pid}:{secrets.token_hex(3)}")
    return _identity[1]
