"""Poll a set of sources once, concurrently (``monitor poll --once``, cron, tests, bench)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import httpx

from monitor.log import EventStore
from monitor.sources.fetch_limits import FetchLimits
from monitor.sources.poll_memory import PollMemory
from monitor.sources.poll_outcome import PollOutcome
from monitor.sources.poller import Clock, Poller, utc_now
from monitor.sources.retry_policy import RetryPolicy
from monitor.sources.source_like import SourceLike


async def poll_sources(store: EventStore, sources: Iterable[SourceLike], *, memory: PollMemory | None = None,
                       limits: FetchLimits = FetchLimits(), policy: RetryPolicy = RetryPolicy(),
                       parse_workers: int = 0, force: bool = False, client: httpx.AsyncClient | None = None,
                       clock: Clock = utc_now) -> list[PollOutcome]:
    """One poll of each source (all at once, within the limits), outcomes in the given order.

    Without ``memory`` the poll state is read from the log first, so consecutive calls
    (or separate processes) never double an article.
    """
    async with Poller(store, memory, limits=limits, policy=policy, parse_workers=parse_workers, client=client,
                      clock=clock) as poller:
        # Every poll ends before the poller closes, even when one fails (a full disk fails them
        # all): the first error is raised then, with nothing left running behind it.
        done = await asyncio.gather(*(poller.poll(source, force=force) for source in sources), return_exceptions=True)
    for outcome in done:
        if isinstance(outcome, BaseException):
            raise outcome
    return list(done)
