"""Moments as people and documents write them: ISO dates and times, read as UTC when no zone is given."""

from __future__ import annotations

from datetime import datetime, timezone


def read_iso(value: str | None) -> datetime | None:
    """An ISO date or time, or None when there is none or it cannot be read (a document's date)."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_moment(text: str) -> datetime:
    """An ISO date or time a user typed; a trailing Z or no zone at all means UTC."""
    moment = read_iso(text)
    if moment is None:
        raise ValueError(f"{text!r} is not an ISO time such as 2022-09-10T12:00Z")
    return moment
