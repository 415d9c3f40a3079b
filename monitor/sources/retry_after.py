"""The Retry-After header, in either of its forms: seconds, or an HTTP date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """How long the server asks us to wait; None when absent or unreadable.

    A date in the past means "now" (zero); a negative number is ignored.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(moment - now, timedelta(0))
