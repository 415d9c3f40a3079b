"""Durations as people write them in the settings file: "90s", "10m", "1h", "1h30m", "2d"."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*", re.IGNORECASE)


LONGEST = timedelta(days=365)  # any duration in the settings: an interval, a timeout, a backoff
_DIGITS = 12  # more digits than any duration up to LONGEST needs, in any unit


def parse_duration(text: str) -> timedelta:
    """A positive duration from days, hours, minutes and seconds in that order, at most a year.

    Raises ValueError with a message fit for the user (no unit means nothing: "10" could be
    seconds or minutes, so it is refused; "2000000000h" is over the bound, not an overflow).
    """
    found = _DURATION.fullmatch(text)
    if not text.strip() or not found or not any(found.groups()):
        raise ValueError(f'{text!r} is not a duration (write e.g. "90s", "10m", "1h" or "1h30m")')
    if any(part and len(part) > _DIGITS for part in found.groups()):
        raise ValueError(f"{text!r} is longer than {format_duration(LONGEST)}, the longest duration allowed")
    days, hours, minutes, seconds = (int(part or 0) for part in found.groups())
    total = ((days * 24 + hours) * 60 + minutes) * 60 + seconds
    if total > LONGEST.total_seconds():
        raise ValueError(f"{text!r} is longer than {format_duration(LONGEST)}, the longest duration allowed")
    if total <= 0:
        raise ValueError(f"{text!r} must be longer than zero")
    return timedelta(seconds=total)


def format_duration(duration: timedelta) -> str:
    """The inverse of :func:`parse_duration`, for messages and tables ("1h30m")."""
    seconds = int(duration.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"
