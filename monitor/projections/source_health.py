"""Each source's health as its polls leave it: last poll, status, failures in a row, why, latency.

A read-only fold over ``SourcePolled`` and ``SourceFailed`` for views (the dashboard's
Sources pane). The pollers keep their own memory for scheduling (validators, backoff);
this one only answers "is this outlet working, and since when not". It is incremental
(:meth:`SourceHealthFold.catch_up` reads only what is new) and can stop at a moment, so
the dashboard's time control applies to it too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from monitor.domain.events import SourceFailed, SourcePolled
from monitor.log import EventStore, Recorded

EVENT_TYPES = (SourcePolled.TYPE, SourceFailed.TYPE)

Health = Literal["ok", "failing"]


@dataclass(frozen=True, slots=True)
class SourceHealthRow:
    source: str
    health: Health
    last_poll: datetime
    last_success: datetime | None
    http_status: int | None  # of the latest fetch (None: no response)
    failures: int  # in a row, up to the latest fetch
    reason: str | None  # the latest failure's, while failing
    latency_ms: float | None  # the latest successful fetch's
    items: int  # entries in the latest document read
    polls: int  # fetches recorded, successful or not
    next_try: datetime | None  # when a failing source is tried again


class SourceHealthFold:
    """Source health rows folded from the log up to a position (and, optionally, a moment)."""

    def __init__(self, until: datetime | None = None) -> None:
        self.position = 0
        self._until = until
        self._rows: dict[str, SourceHealthRow] = {}

    def catch_up(self, store: EventStore) -> int:
        """Apply the poll events appended since the last call; returns how many were read."""
        count = 0
        for batch in store.read_batches(after=self.position, types=EVENT_TYPES):
            for recorded in batch:
                self.apply(recorded)
            count += len(batch)
        return count

    def apply(self, recorded: Recorded) -> None:
        self.position = max(self.position, recorded.position)
        event = recorded.event
        if not isinstance(event, (SourcePolled, SourceFailed)):
            return
        if self._until is not None and event.fetched_at > self._until:
            return
        before = self._rows.get(event.source)
        if before is not None and event.fetched_at <= before.last_poll:
            return  # an older fetch recorded late changes nothing
        polls = before.polls + 1 if before else 1
        if isinstance(event, SourcePolled):
            items = before.items if before and event.not_modified else event.items
            self._rows[event.source] = SourceHealthRow(
                event.source, "ok", event.fetched_at, event.fetched_at, event.status, 0, None, event.duration_ms,
                items, polls, None)
        elif before is None:
            self._rows[event.source] = SourceHealthRow(
                event.source, "failing", event.fetched_at, None, event.status, event.consecutive_failures,
                event.reason, None, 0, polls, event.next_try)
        else:
            self._rows[event.source] = replace(
                before, health="failing", last_poll=event.fetched_at, http_status=event.status,
                failures=event.consecutive_failures, reason=event.reason, polls=polls, next_try=event.next_try)

    def rows(self) -> list[SourceHealthRow]:
        """One row per source ever polled, by name."""
        return [self._rows[name] for name in sorted(self._rows)]


def source_health(store: EventStore, until: datetime | None = None) -> list[SourceHealthRow]:
    """Every polled source's health, from the whole log (as of ``until``, if given)."""
    fold = SourceHealthFold(until)
    fold.catch_up(store)
    return fold.rows()
