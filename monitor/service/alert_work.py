"""Alert dispatch beside the daemon's other work, on its own thread.

A slow or dead receiver must not hold up claims or the projection, so alerts go out
from a thread of their own: woken when the projection has moved (or when a retry falls
due, or every few seconds for what other processes project). On shutdown it stops
between two sends; whatever is left goes out on the next start, under the same ids.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timezone

from monitor.domain.inert_text import logfmt_value
from monitor.hooks import Dispatcher
from monitor.log import LogError
from monitor.service.store_health import StoreHealth

Say = Callable[[str], None]
STANDBY_EVERY = 1.0  # seconds between a standing-by process's tries at the role: failover soon after expiry


class AlertWork:
    """``health``: the daemon's view of the store; no alert is sent while an attempt could not
    be recorded (it would be sent again at every pass)."""

    def __init__(self, dispatcher: Dispatcher, say: Say, every: float = 5.0, health: StoreHealth | None = None) -> None:
        self.dispatcher = dispatcher
        self.say = say
        self.every = every
        self.health = health
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="alerts", daemon=True)

    def start(self) -> None:
        self._wake.set()  # a first pass at once: what a crash or a stop left undelivered
        self._thread.start()

    def renew(self) -> None:
        """The heartbeat: keep the dispatcher's role while this process holds it."""
        lease = self.dispatcher.lease
        if lease.holding:
            lease.renew()

    def nudge(self) -> None:
        """The projection moved: there may be new transitions."""
        self._wake.set()

    def stop(self) -> None:
        """Stop after the send in progress, if any, and wait for it."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join()
        self.dispatcher.close()

    def _loop(self) -> None:
        wait = 0.0
        standing_by = False
        while not self._stop.is_set():
            self._wake.wait(wait)
            self._wake.clear()
            if self._stop.is_set():
                return
            if self.health is not None and not self.health.ok:
                wait = self.every  # the store cannot record an attempt: send nothing until it can
                continue
            try:
                done = self.dispatcher.run_once(should_stop=self._stop.is_set)
            except LogError as error:
                if self.health is not None:
                    self.health.failed(str(error))
                else:
                    self.say(f"time={_now()} alerts=failed reason={logfmt_value(error)}")
                wait = self.every
                continue
            except Exception as error:  # noqa: BLE001 - a daemon reports and goes on
                self.say(f"time={_now()} alerts=failed reason={logfmt_value(error)}")
                wait = self.every
                continue
            if done.standby != standing_by:
                standing_by = done.standby
                self.say(f"time={_now()} alerts={'standby' if standing_by else 'active'}"
                         + (" reason=\"another process dispatches them\"" if standing_by else ""))
            for attempt in done.attempts:
                self.say(f"time={_now()} {attempt.log_line()}")
            wait = min(self.every, STANDBY_EVERY) if done.standby else self.every
            if done.next_due is not None:
                wait = min(wait, max((done.next_due - datetime.now(timezone.utc)).total_seconds(), 0.0))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
