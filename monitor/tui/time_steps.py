"""Where the time keys move the dashboard: a day at a time, or from one change of the front to the next.

``None`` means live. A moment at or past the newest evidence is live too: nothing newer
could show, and live follows the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta


def step(current: datetime | None, newest: datetime | None, delta: timedelta) -> datetime | None:
    """``delta`` from where the dashboard is (live counts as the newest evidence)."""
    base = current or newest
    if base is None:
        return None
    moment = base + delta
    return None if newest is None or moment >= newest else moment


def step_change(current: datetime | None, newest: datetime | None, change_times: Iterable[datetime],
                direction: int) -> datetime | None:
    """To the previous (``direction`` -1) or next (+1) moment the front changed at.

    Going back from live lands on the change before the newest (the newest is what live
    shows); going back past the first change lands just before it, on an empty front.
    """
    times = sorted(set(change_times))
    if not times:
        return step(current, newest, timedelta(days=direction))
    if direction < 0:
        limit = current if current is not None else times[-1]
        earlier = [t for t in times if t < limit]
        return earlier[-1] if earlier else times[0] - timedelta(seconds=1)
    if current is None:
        return None
    later = [t for t in times if t > current]
    return later[0] if later else None
