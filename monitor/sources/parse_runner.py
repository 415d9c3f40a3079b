"""Where CPU-bound parsing runs: a thread (the default), or a pool of processes.

feedparser costs ~10 ms per 50-item feed and holds the GIL, so a poller that parses in
threads uses one core. With ``workers > 0`` parsing goes to a process pool and the event
loop keeps fetching and appending meanwhile. The pool uses ``forkserver``: forking a
process that already runs threads (the event loop's, the database writer's) can
deadlock a child.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
PRELOAD = ["monitor.sources.feed_parsing", "monitor.sources.page_parsing", "monitor.sources.local_sources"]


class ParserCrashed(Exception):
    """A parser worker process died (killed, out of memory); the pool has been replaced."""


class ParseRunner:
    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    async def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` off the event loop (it must be picklable for a pool)."""
        call = functools.partial(function, *args, **kwargs)
        if self.workers <= 0:
            return await asyncio.to_thread(call)
        pool = self._ensure_pool()
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, call)
        except BrokenProcessPool:
            # Every task waiting on this pool gets the same error; the first replaces it.
            if self._pool is pool:
                self._pool = None
                pool.shutdown(wait=False)
            raise ParserCrashed("a parser process died (the pool was replaced)") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
