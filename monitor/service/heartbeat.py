"""The daemon's heartbeat: renews every lease it holds, on a thread of its own.

Leases (polls in flight, ranges of extraction work, the projection and alert roles) last
:data:`~monitor.log.LEASE_SECONDS`; the heartbeat renews them every
:data:`~monitor.log.HEARTBEAT_SECONDS`, so two renewals can fail in a row before one
expires. A thread, not a task on the event loop: a poll parsing a large feed, or the log
work folding a batch, must not delay it. A process that is killed, frozen (SIGSTOP) or cut
off from the database stops renewing, and the others take its work over when the leases
run out; one that wakes up after that finds its leases gone (fencing tokens) and records
nothing under them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from monitor.domain.inert_text import logfmt_value
from monitor.log import HEARTBEAT_SECONDS, LogError

Renew = Callable[[], object]
Say = Callable[[str], None]


class Heartbeat:
    def __init__(self, renewals: list[Renew], say: Say, every: float = HEARTBEAT_SECONDS) -> None:
        self._renewals = renewals
        self._say = say
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="heartbeat", daemon=True)
        self._failing = False

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def beat(self) -> None:
        """Renew everything once (each renewal on its own: one failing does not stop the others)."""
        failed = None
        for renew in self._renewals:
            try:
                renew()
            except LogError as error:  # the store is down: the leases will lapse, which is right
                failed = error
            except Exception as error:  # noqa: BLE001 - the heartbeat must go on
                failed = error
        if failed is not None and not self._failing:
            self._say(f"heartbeat=failing reason={logfmt_value(failed)} leases lapse if this goes on")
        self._failing = failed is not None

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            self.beat()
