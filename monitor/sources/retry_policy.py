"""When to try a failing source again, and when to stop trying it on schedule (parking).

Pure functions of the failure count, the source's interval and the server's
Retry-After, so the schedule can be derived again from the log at any time (the same
idea as miniflux's ``ScheduleNextCheck``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff from the source's own interval, with jitter.

    After ``park_after`` failures in a row the source is *parked*: tried only once per
    ``parked_retry`` (so it recovers on its own when the outlet comes back), and reported
    as parked until a fetch succeeds or the operator polls it by hand.
    """

    max_backoff: timedelta = timedelta(hours=6)
    jitter: float = 0.2  # up to +20% so sources that failed together do not retry together
    park_after: int = 10
    parked_retry: timedelta = timedelta(hours=24)
    max_retry_after: timedelta = timedelta(days=1)  # a server's wish, within reason
    random: Callable[[], float] = field(default=random.random, compare=False)

    def is_parked(self, consecutive_failures: int) -> bool:
        return consecutive_failures >= self.park_after

    def next_try(self, failed_at: datetime, consecutive_failures: int, interval: timedelta,
                 retry_after: timedelta | None = None) -> datetime:
        """When failure number ``consecutive_failures`` (1 for the first) allows the next try."""
        if self.is_parked(consecutive_failures):
            delay = self.parked_retry
        else:
            delay = min(interval * 2 ** min(consecutive_failures - 1, 16), self.max_backoff)
            delay *= 1 + self.jitter * self.random()
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_retry_after))
        return failed_at + delay
