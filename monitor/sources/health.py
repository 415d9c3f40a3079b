"""Per-source health and schedule from the poll memory, for ``monitor sources`` and the daemon."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from monitor.sources.poll_memory import PollMemory
from monitor.sources.retry_policy import RetryPolicy
from monitor.sources.source_like import SourceLike

Health = Literal["ok", "failing", "parked", "never polled"]


@dataclass(frozen=True)
class SourceHealth:
    name: str
    health: Health
    articles: int  # distinct articles recorded from it
    items: int  # entries in its latest document
    last_success: datetime | None
    last_fetch: datetime | None
    last_status: int | None
    consecutive_failures: int
    reason: str | None  # why it is failing
    next_try: datetime | None  # when a failing source is tried again
    due: datetime | None  # when it should next be polled (None: now)
    replacements: int = 0  # undecodable bytes in its latest document, read as U+FFFD
    charset: str | None = None  # the charset that document was read in

    @property
    def decoding(self) -> str | None:
        """A line when the latest document was read with replacement characters, else None."""
        if not self.replacements:
            return None
        plural = "s" if self.replacements != 1 else ""
        return (f"text read with {self.replacements} replacement character{plural}"
                + (f" ({self.charset}): undecodable bytes in the document" if self.charset else ""))


def due_at(source: SourceLike, memory: PollMemory) -> datetime | None:
    """When ``source`` should next be polled, derived from the log (miniflux's
    ``ScheduleNextCheck``): its next try while failing, else one interval after its last
    fetch; None for a source never polled (or at a new address), meaning now. A daemon
    starting up uses it so a restart does not poll every source at once."""
    state = memory.source(source.name).for_url(source.url)
    if state.last_fetch is None:
        return None
    if state.consecutive_failures and state.next_try is not None:
        return state.next_try
    return state.last_fetch + source.interval


def source_health(sources: Iterable[SourceLike], memory: PollMemory,
                  policy: RetryPolicy = RetryPolicy()) -> list[SourceHealth]:
    """One row per source, as the log records it (a changed address starts afresh)."""
    rows = []
    for source in sources:
        state = memory.source(source.name).for_url(source.url)
        if state.last_fetch is None:
            health: Health = "never polled"
        elif state.consecutive_failures == 0:
            health = "ok"
        else:
            health = "parked" if policy.is_parked(state.consecutive_failures) else "failing"
        rows.append(SourceHealth(source.name, health, memory.articles_by_source[source.name], state.items,
                                 state.last_success, state.last_fetch, state.last_status,
                                 state.consecutive_failures, state.last_reason, state.next_try,
                                 due_at(source, memory), state.replacements, state.charset))
    return rows
