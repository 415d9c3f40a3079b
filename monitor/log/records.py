"""Stored events as read back from the log, and the mapping from domain events to rows."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, NamedTuple

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
    occurred_at: datetime
    data: str


def encode_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def to_row(event: Event, recorded_at: datetime) -> NewRow:
    """Flatten an event; one without a world time happened when the monitor recorded it."""
    occurred = event.occurred_at or recorded_at
    if occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=timezone.utc)
    return NewRow(event.stream, event.TYPE, event.VERSION, event.key, occurred, encode_json(event.to_data()))
