"""Where an interrupted backfill goes on: the stretches of older pages earlier walks recorded.

A backfill records each page it reads as a ``SourcePolled`` of that page's address, with
the page's posts, in one append. For a kind whose older pages are ordered by a cursor (a
channel's ``?before=<id>``: a smaller cursor is an older page) the recorded pages form
*runs*: consecutive pages of one walk, each older than the one before. A run from cursor
``first`` down to ``last`` recorded every post below ``first`` down to the oldest post of
page ``last``. A walk that is about to read the page below cursor ``c``, with
``last < c <= first``, has nothing to read until page ``last``: it jumps there (one page
read again, to learn the next older address) instead of reading the run again.

A poll of the source's own address (the newest page) ends a run, so a run never spans two
walks; a run split by a daemon's poll is two runs, each still sound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from monitor.domain.events import SourcePolled

Cursor = Callable[[str], "int | None"]


@dataclass
class Run:
    first: int  # the cursor of the run's first (newest) page
    last: int  # the cursor of its last (oldest) page
    address: str  # the address of its last page
    after: int  # the log position before the walk that recorded it (its newest page's poll, or earlier)


def recorded_runs(polls: Iterable[tuple[int, SourcePolled]], source: str, cursor: Cursor) -> list[Run]:
    """The runs of older pages recorded for ``source``, in log order, from (position, event) pairs."""
    runs: list[Run] = []
    current: Run | None = None
    walk_start = 0
    for position, poll in polls:
        if poll.source != source:
            continue
        at = cursor(poll.url)
        if at is None:
            current, walk_start = None, position - 1
        elif current is None or at >= current.last:
            current = Run(at, at, poll.url, walk_start)
            runs.append(current)
        else:
            current.last, current.address = at, poll.url
    return runs


def jump(runs: Iterable[Run], cursor: int) -> Run | None:
    """The run that already covers the page below ``cursor`` and reaches the oldest, if any."""
    covering = [run for run in runs if run.last < cursor <= run.first]
    return min(covering, key=lambda run: run.last, default=None)
