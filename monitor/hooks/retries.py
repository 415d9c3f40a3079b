"""When a failed alert is tried again, and when trying stops: pure functions of the attempts.

The schedule is derived from the ``AlertDelivered`` events alone (the last attempt's
time and number), so a restarted daemon resumes it exactly; no jitter, so it is the
same whoever derives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 12
    backoff: timedelta = timedelta(seconds=2)  # the wait after the first failure; doubled each time
    max_backoff: timedelta = timedelta(minutes=10)

    def delay(self, failures: int) -> timedelta:
        """The wait after failure number ``failures`` (1 for the first)."""
        return min(self.backoff * 2 ** min(max(failures - 1, 0), 30), self.max_backoff)

    def retry_at(self, last_attempt_at: datetime, failures: int) -> datetime:
        return last_attempt_at + self.delay(failures)

    def gives_up_after(self, attempt: int) -> bool:
        return attempt >= self.max_attempts
