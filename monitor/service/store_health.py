"""Whether the log can be written, as the daemon's own writes find it: a full disk or a
database that went away is one state change, not one error per poll.

When a write fails (a full disk: "database or disk is full"; PostgreSQL gone: a
connection error), the daemon says so in one line and backs off as a whole: no poll
fetches anything (a poll whose events cannot be recorded is wasted and would be
repeated), the log work and the alerts wait, and once per backoff step — 2 s, doubling up
to a minute — one write is tried again (the next poll due, or a pass of the log work).
The first that succeeds ends the outage with one more line, and everything resumes by
itself. Alerts never probe: an alert sent while its attempt cannot be recorded would be
sent again at every pass (PostgreSQL's own answer to a full disk is the same: refuse
writes, keep serving reads, say it once).

Only the failure of a try moves the backoff on: the writes that were already under way
when the outage began (up to dozens of polls in flight) fail one after another, and each
doubling the wait took it to the one-minute ceiling at once, so the first try came a
minute after the outage instead of 2 s (a disk freed after 15 s was written again only
after 60).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from monitor.domain.inert_text import logfmt_value

FIRST_WAIT = 2.0  # seconds before the first try after a failed write
LONGEST_WAIT = 60.0

Say = Callable[[str], None]


class StoreHealth:
    def __init__(self, say: Say, *, clock: Callable[[], float] = time.monotonic, first_wait: float = FIRST_WAIT,
                 longest_wait: float = LONGEST_WAIT) -> None:
        self._say = say
        self._clock = clock
        self._first = first_wait
        self._longest = longest_wait
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._wait = first_wait
        self._next_try = 0.0
        self._trying = False  # a try was granted (may_write) and has not failed yet
        self.outages = 0

    @property
    def ok(self) -> bool:
        return self._down_since is None

    def may_write(self) -> bool:
        """Whether a write may be tried now: always while the store is fine; while it is not,
        once per backoff step (the caller's write is the try, and must report back)."""
        with self._lock:
            if self._down_since is None:
                return True
            now = self._clock()
            if now < self._next_try:
                return False
            self._next_try = now + self._wait  # one try at a time: the others wait for its outcome
            self._trying = True
            return True

    def failed(self, reason: str) -> None:
        """A write failed for a reason of the store's (not of the data's)."""
        with self._lock:
            now = self._clock()
            if self._down_since is None:
                self._down_since = now
                self._wait = self._first
                self.outages += 1
                self._say(f"store=unavailable reason={logfmt_value(reason)} polls, claims and alerts wait; trying again "
                          f"in {self._wait:g}s, then up to every {self._longest:g}s")
            elif self._trying:  # the try failed: the next one waits twice as long
                self._wait = min(self._wait * 2, self._longest)
            else:  # a write begun before the outage: the backoff stands
                return
            self._trying = False
            self._next_try = now + self._wait

    def succeeded(self) -> None:
        """A write went through: the outage, if any, is over."""
        with self._lock:
            if self._down_since is None:
                return
            lasted = self._clock() - self._down_since
            self._down_since = None
            self._trying = False
            self._say(f"store=available after={lasted:.0f}s polls, claims and alerts resume")
