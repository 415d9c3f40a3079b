"""The pollers' one writer: appends on a thread of its own, several polls per transaction.

The log has one writer, and the event loop must keep fetching while it writes, so every
poll hands its events to one writer thread. A poll's events are appended together or
not at all. When polls finish faster than they are written (a first poll of many
sources), the ones waiting go in one transaction, each still counted on its own
(:meth:`EventStore.append_batches`): one commit, and one hand-off between threads,
instead of one per poll. A lone poll is written at once. If a shared transaction fails,
each poll of it is written again on its own, so one poll's failure stays its own.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from monitor.domain.events import Event
from monitor.log import AppendResult, EventStore, Fence

MAX_POLLS_PER_TRANSACTION = 64

_Waiting = tuple[list[Event], Fence | None, asyncio.Future]


class LogWriter:
    def __init__(self, store: EventStore) -> None:
        self._store = store
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-log-writer")
        self._waiting: list[_Waiting] = []
        self._writing: asyncio.Future | None = None  # the write on the thread now

    async def append(self, events: Sequence[Event], fence: Fence | None = None) -> AppendResult:
        """Append one poll's events (all or none); what the log did with them. With a
        ``fence`` (a poll claimed from the shared schedule) only while its lease holds."""
        done = asyncio.get_running_loop().create_future()
        self._waiting.append((list(events), fence, done))
        self._start()
        return await done

    def _start(self) -> None:
        if self._writing is not None or not self._waiting:
            return
        batch = self._waiting[:MAX_POLLS_PER_TRANSACTION]
        del self._waiting[:MAX_POLLS_PER_TRANSACTION]
        self._writing = asyncio.get_running_loop().run_in_executor(
            self._thread, self._write, [events for events, _, _ in batch], [fence for _, fence, _ in batch])
        self._writing.add_done_callback(functools.partial(self._written, batch))

    def _written(self, batch: list[_Waiting], writing: asyncio.Future) -> None:
        self._writing = None
        try:
            outcomes = writing.result()
        except BaseException as error:  # noqa: BLE001 - handed to each poll of the batch
            outcomes = [error] * len(batch)
        for (_, _, done), outcome in zip(batch, outcomes):
            if done.cancelled():  # its poll was cancelled; the events were written all the same
                continue
            if isinstance(outcome, BaseException):
                done.set_exception(outcome)
            else:
                done.set_result(outcome)
        self._start()

    def _write(self, batches: list[list[Event]], fences: list[Fence | None]) -> list[AppendResult | Exception]:
        """On the writer thread: one transaction for all, else one per poll."""
        fenced = any(fence is not None for fence in fences)
        if len(batches) > 1:
            try:
                if fenced:
                    return self._store.append_batches(batches, fences=fences)
                return self._store.append_batches(batches)
            except Exception:  # noqa: BLE001, S110 - written one by one below, each failing alone
                pass
        outcomes: list[AppendResult | Exception] = []
        for events, fence in zip(batches, fences):
            try:
                outcomes.append(self._store.append(events, fence=fence) if fence else self._store.append(events))
            except Exception as error:  # noqa: BLE001 - raised in its own poll
                outcomes.append(error)
        return outcomes

    async def aclose(self) -> None:
        """Write everything handed in so far, then stop the thread."""
        while self._writing is not None or self._waiting:
            if self._writing is None:
                self._start()
            await asyncio.wait([self._writing])
        await asyncio.to_thread(self._thread.shutdown, wait=True)
