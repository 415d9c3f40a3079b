"""The pollers' plumbing under load: parse calls batched into pool tasks, polls sharing a
transaction, and failures that stay with their own call or poll."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass, fields
from datetime import datetime, timezone

from monitor.domain.events import SourcePolled
from monitor.sources.log_writer import LogWriter
from monitor.sources.parse_runner import BATCH, ParserCrashed, ParseRunner
from tests.sources.conftest import run

T0 = datetime(2026, 2, 17, 12, 0, tzinfo=timezone.utc)


# -- calls run in the parser processes (module level, so they pickle by name) --------------


def slow_square(n: int) -> int:
    time.sleep(0.01)
    return n * n


def refuse(n: int) -> int:
    raise ValueError(f"no {n}")


class _Unpicklable(Exception):
    def __init__(self, n: int, lock: object) -> None:
        super().__init__(f"unpicklable {n}")
        self.lock = lock


def refuse_unpicklably(n: int) -> int:
    import threading

    raise _Unpicklable(n, threading.Lock())


def die(n: int) -> int:
    os._exit(3)


# -- the parse runner ------------------------------------------------------------------------


def _count_tasks(runner: ParseRunner) -> list[int]:
    """Count the tasks handed to the runner's pool (from now on)."""
    pool = runner._ensure_pool()
    submitted = []
    submit = pool.submit

    def counted(*args, **kwargs):
        submitted.append(len(args[1]))
        return submit(*args, **kwargs)

    pool.submit = counted
    return submitted


def test_calls_that_pile_up_share_pool_tasks_and_come_back_in_their_own_order():
    async def main():
        runner = ParseRunner(2)
        try:
            tasks = _count_tasks(runner)
            results = await asyncio.gather(*(runner.run(slow_square, n) for n in range(60)))
            lone = await runner.run(slow_square, 7)
        finally:
            runner.close()
        return results, lone, tasks

    results, lone, tasks = run(main())
    assert results == [n * n for n in range(60)] and lone == 49
    assert sum(tasks) == 61 and len(tasks) < 61 // 2 and max(tasks) == BATCH
    assert tasks[-1] == 1  # a call alone goes at once


def test_a_call_that_raises_fails_alone():
    async def main():
        runner = ParseRunner(2)
        try:
            calls = [runner.run(refuse if n == 5 else refuse_unpicklably if n == 9 else slow_square, n)
                     for n in range(20)]
            return await asyncio.gather(*calls, return_exceptions=True)
        finally:
            runner.close()

    outcomes = run(main())
    assert isinstance(outcomes[5], ValueError) and str(outcomes[5]) == "no 5"
    assert isinstance(outcomes[9], RuntimeError) and str(outcomes[9]) == "_Unpicklable: unpicklable 9"
    assert [o for n, o in enumerate(outcomes) if n not in (5, 9)] == [n * n for n in range(20) if n not in (5, 9)]


def test_a_dead_parser_process_fails_the_calls_in_the_pool_and_a_new_pool_takes_the_rest():
    async def main():
        runner = ParseRunner(2)
        try:
            first = await asyncio.gather(runner.run(die, 0), return_exceptions=True)
            after = await asyncio.gather(*(runner.run(slow_square, n) for n in range(10)))
            return first, after
        finally:
            runner.close()

    [crashed], after = run(main())
    assert isinstance(crashed, ParserCrashed)
    assert after == [n * n for n in range(10)]


# -- the log writer --------------------------------------------------------------------------


def _polled(source: str, second: int) -> SourcePolled:
    return SourcePolled(source=source, url=f"http://x/{source}", fetched_at=T0.replace(second=second), status=200,
                        not_modified=False, etag=None, last_modified=None, items=0, new_items=0, duration_ms=1.0)


def test_polls_that_queue_up_share_a_transaction_and_are_counted_each_on_its_own(store):
    store.append([_polled("s3", 3)])  # already in the log: that poll appends one event less
    transactions = []
    append_batches = store.append_batches

    def spied(batches, **kwargs):
        transactions.append(len(batches))
        return append_batches(batches, **kwargs)

    store.append_batches = spied

    async def main():
        writer = LogWriter(store)
        try:
            return await asyncio.gather(*(writer.append([_polled(f"s{n}", n), _polled(f"s{n}", 30 + n)])
                                          for n in range(20)))
        finally:
            await writer.aclose()

    results = run(main())
    assert [r.appended for r in results] == [1 if n == 3 else 2 for n in range(20)]
    assert [r.duplicates for r in results] == [1 if n == 3 else 0 for n in range(20)]
    assert sum(transactions) == 19 and len(transactions) < 19  # the first poll went alone, at once
    assert store.head() == 40


@dataclass(frozen=True, slots=True)
class _Unstorable(SourcePolled):
    @property
    def key(self) -> str:
        raise RuntimeError("cannot be keyed")


def test_a_poll_that_cannot_be_written_fails_alone(store):
    async def main():
        writer = LogWriter(store)
        try:
            batches = [[_polled(f"s{n}", n)] for n in range(10)]
            broken = _polled("s4", 4)
            batches[4] = [_Unstorable(**{f.name: getattr(broken, f.name) for f in fields(broken)})]
            return await asyncio.gather(*(writer.append(b) for b in batches), return_exceptions=True)
        finally:
            await writer.aclose()

    outcomes = run(main())
    assert isinstance(outcomes[4], RuntimeError) and str(outcomes[4]) == "cannot be keyed"
    assert [o.appended for n, o in enumerate(outcomes) if n != 4] == [1] * 9
    assert store.head() == 9


def test_closing_the_writer_writes_what_was_handed_in():
    class SlowStore:
        def __init__(self) -> None:
            self.written: list[str] = []

        def append(self, events):
            time.sleep(0.05)
            self.written += [e.source for e in events]

        def append_batches(self, batches):
            time.sleep(0.05)
            return [self.append(b) for b in batches]

    async def main(store):
        writer = LogWriter(store)
        pending = [asyncio.ensure_future(writer.append([_polled(f"s{n}", n)])) for n in range(5)]
        await asyncio.sleep(0)  # handed in, mostly not yet written
        pending[3].cancel()  # a poll cancelled meanwhile: its events still go in
        await writer.aclose()
        await asyncio.gather(*pending, return_exceptions=True)

    store = SlowStore()
    run(main(store))
    assert sorted(store.written) == [f"s{n}" for n in range(5)]
