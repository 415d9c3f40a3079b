"""Which sources this daemon polls, and when: due rows claimed from the shared schedule.

Miniflux's scheduler: every round takes the sources that are due (up to the polls this
daemon may have in flight) from :class:`~monitor.log.PollSchedule`, catches the shared
poll state up for them, and starts one poll each. A round comes when the earliest source
left is due (at most every ``tick`` seconds, to see what other daemons gave back) or when
a poll ends and frees a place. Any number of daemons on one database take different rows,
so a source is polled once per interval by one of them; one daemon on SQLite uses the same
rows alone.

A poll that ends without being recorded (the store refused it, the daemon is stopping, a
bug) gives its claim back at once, so another daemon need not wait for the lease to expire;
after a bug it is due again one interval later, not at once and forever.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timezone

from monitor.config import SourceSpec
from monitor.log import LogError, PollClaim, PollSchedule
from monitor.service.store_health import StoreHealth
from monitor.sources import PollMemory

TICK = 1.0  # seconds: the longest wait between two looks at the schedule
BATCH = 16  # sources claimed at a time: daemons waking together each take a share of what is due
PROBE_EVERY = 0.5  # seconds between looks at whether the store may be tried again

# A poll under its claim: "recorded" (the claim came back with it), "refused" (nothing recorded: the
# store refused it, or another daemon took the claim over) or "error" (a bug of this poll's).
PollOne = Callable[[SourceSpec, PollClaim], Awaitable[str]]


class PollScheduler:
    def __init__(self, schedule: PollSchedule, memory: PollMemory, sources: Sequence[SourceSpec], poll: PollOne,
                 health: StoreHealth, max_in_flight: int, tick: float = TICK) -> None:
        self.schedule = schedule
        self.memory = memory
        self.sources = {s.name: s for s in sources}
        self._names = list(self.sources)
        self._poll = poll
        self.health = health
        self.max_in_flight = max_in_flight
        self.tick = tick
        self.in_flight: dict[str, tuple[PollClaim, asyncio.Task]] = {}
        self._freed = asyncio.Event()

    def claims(self) -> list[PollClaim]:
        """The claims of the polls in flight (the heartbeat renews them; any thread may ask)."""
        return [claim for claim, _ in list(self.in_flight.values())]

    async def run(self, stopping: asyncio.Event) -> None:
        """Claim and start polls until ``stopping`` is set (the polls in flight are the caller's to drain)."""
        while not stopping.is_set():
            wait = await self._round()
            self._freed.clear()
            waiters = [asyncio.ensure_future(stopping.wait()), asyncio.ensure_future(self._freed.wait())]
            await asyncio.wait(waiters, timeout=wait, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()

    async def _round(self) -> float:
        """One look at the schedule; returns how long to wait before the next."""
        if not self.health.ok and not self.health.may_write():
            return PROBE_EVERY
        free = min(self.max_in_flight - len(self.in_flight), BATCH)
        if not self.health.ok:
            free = min(free, 1)  # while the store refuses writes, one poll per backoff step tries it
        try:
            taken = await asyncio.to_thread(self.schedule.claim, self._names, free)
            if taken.claims:
                refreshed = await asyncio.to_thread(self.memory.refreshed, [c.source for c in taken.claims])
        except LogError as error:
            self.health.failed(str(error))
            return PROBE_EVERY
        if taken.claims:
            self.memory.merge(refreshed)
        for claim in taken.claims:
            self.in_flight[claim.source] = (claim, asyncio.ensure_future(self._run_one(claim)))
        if not self.health.ok:
            return PROBE_EVERY
        if taken.claims and len(taken.claims) == free:
            return 0.0  # there may be more due: another round at once
        if taken.next_due is None:
            return self.tick
        return min(max((taken.next_due - datetime.now(timezone.utc)).total_seconds(), 0.0), self.tick)

    async def _run_one(self, claim: PollClaim) -> None:
        source = self.sources[claim.source]
        outcome = "refused"
        try:
            outcome = await self._poll(source, claim)
        except asyncio.CancelledError:  # dropped on shutdown
            pass
        finally:
            del self.in_flight[claim.source]
            self._freed.set()
            if outcome != "recorded":
                await self._give_back(claim, source, outcome == "error")

    async def _give_back(self, claim: PollClaim, source: SourceSpec, failed: bool) -> None:
        due = datetime.now(timezone.utc) + source.interval if failed else None
        try:
            await asyncio.to_thread(self.schedule.release, claim, due)
        except Exception:  # noqa: BLE001, S110 - the lease expires by itself if the store is down
            pass
