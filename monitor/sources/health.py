"""Per-source health from the poll memory, for ``monitor sources``."""

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
                                 state.consecutive_failures, state.last_reason, state.next_try))
    return rows
