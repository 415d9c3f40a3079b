"""Concurrency caps: so many fetches in flight overall, and only a few to any one host."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostGates:
    """A global semaphore and one per host, taken host first (a task waiting for a busy
    host must not hold a global slot others could use).

    ``entered`` holds the tasks that have got a slot (their poll has begun fetching); the
    poller forgets a task when its poll ends. A stopping daemon lets those finish and
    drops the polls still waiting for a slot."""

    def __init__(self, total: int, per_host: int) -> None:
        self._total = asyncio.Semaphore(total)
        self._per_host = per_host
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self.entered: set[asyncio.Task] = set()

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        gate = self._hosts.get(host)
        if gate is None:
            gate = self._hosts[host] = asyncio.Semaphore(self._per_host)
        async with gate, self._total:
            task = asyncio.current_task()
            if task is not None:
                self.entered.add(task)
            yield
