"""Stored events as read back from the log, and the mapping from domain events to rows."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import NamedTuple

from monitor.domain.codec import encode, iso
from monitor.domain.events import Event, UnknownEvent


class Recorded(NamedTuple):
    """One stored event: its place in the log, its envelope, and the typed event."""

    position: int
    stream: str
    type: str
    version: int
    key: str
    occurred_at: datetime
    recorded_at: datetime
    event: Event | UnknownEvent


class AppendResult(NamedTuple):
    """What one append did: how many were new, how many were already in the log."""

    appended: int
    duplicates: int
    head: int


class NewRow(NamedTuple):
    """A domain event flattened for insertion (position is assigned by the recorder)."""

    stream: str
    type: str
    version: int
    key: str
    occurred_at: str  # ISO-8601 UTC, see codec.iso
    data: str


def to_row(event: Event, recorded_at: datetime) -> NewRow:
    """Flatten an event; one without a world time happened when the monitor recorded it."""
    occurred = event.occurred_at or recorded_at
    if occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=timezone.utc)
    return NewRow(event.stream, event.TYPE, event.VERSION, event.key, iso(occurred), encode(event))
