"""Durations as people write them in the settings file: "90s", "10m", "1h", "1h30m", "2d"."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*", re.IGNORECASE)


def parse_duration(text: str) -> timedelta:
    """A positive duration from days, hours, minutes and seconds in that order.

    Raises ValueError with a message fit for the user (no unit means nothing: "10" could be
    seconds or minutes, so it is refused).
    """
    found = _DURATION.fullmatch(text)
    if not text.strip() or not found or not any(found.groups()):
        raise ValueError(f'{text!r} is not a duration (write e.g. "90s", "10m", "1h" or "1h30m")')
    days, hours, minutes, seconds = (int(part or 0) for part in found.groups())
    duration = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if duration <= timedelta(0):
        raise ValueError(f"{text!r} must be longer than zero")
    return duration


def format_duration(duration: timedelta) -> str:
    """The inverse of :func:`parse_duration`, for messages and tables ("1h30m")."""
    seconds = int(duration.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"
