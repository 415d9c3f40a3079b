"""`monitor run`: every enabled source polled on its own schedule, the log worked on beside.

APScheduler (3.11 line) runs one job per source on the asyncio loop, each with at most
one instance, coalesced runs and jitter, first due when the log says (a restart does
not poll everything at once). Beside the pollers, one thread extracts claims and
catches the projection up whenever articles land (or every few seconds, for what
other processes append); when it has moved, the alert thread sends what the hooks want.
SIGINT/SIGTERM stop new polls, let polls in flight finish their appends, stop alerts
between two sends, run the log work one last time, and return. A poll that has not begun
fetching (waiting for a connection slot) is dropped, and one still fetching after
``drain_seconds`` is stopped: nothing of either is recorded, and one line says so.

A write the log refuses (a full disk, a database gone) is one line, not one error per
poll: :class:`~monitor.service.store_health.StoreHealth` pauses polls, claims and alerts
and tries again with backoff until a write goes through. Any other error of one poll is
one line naming the source; the daemon goes on.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import SourceSpec
from monitor.domain.inert_text import logfmt_value
from monitor.hooks import Dispatcher
from monitor.log import EventStore, LogError
from monitor.service.alert_work import AlertWork
from monitor.service.log_work import LogWork
from monitor.service.long_lived import settle_long_lived
from monitor.service.store_health import StoreHealth
from monitor.sources import PollMemory, Poller, PollOutcome
from monitor.sources.health import due_at

Say = Callable[[str], None]
PROBE_EVERY = 0.5  # seconds between looks at whether the store may be tried again


@dataclass(frozen=True)
class DaemonOptions:
    parse_workers: int = 2  # parser processes: feed parsing is the CPU-bound part of a poll
    work_every: float = 5.0  # seconds between passes of the log work when nothing lands
    drain_seconds: float = 30.0  # how long polls in flight may take to finish on shutdown
    max_jitter: float = 30.0  # seconds; a source's jitter is a tenth of its interval, at most this


class Daemon:
    def __init__(self, store: EventStore, sources: Sequence[SourceSpec], affiliations: dict[str, str],
                 options: DaemonOptions = DaemonOptions(), say: Say = print,
                 alerts: Dispatcher | None = None) -> None:
        self.store = store
        self.sources = [s for s in sources if s.enabled]
        self.options = options
        self.say = say
        self.work = LogWork(store, affiliations)
        self.health = StoreHealth(lambda line: say(f"time={_now()} {line}"))
        self.alerts = AlertWork(alerts, say, options.work_every, self.health) if alerts and alerts.targets else None
        self._in_flight: set[asyncio.Task] = set()
        self._stopping = False
        self.tally = {"polls": 0, "failed": 0, "new": 0, "revised": 0, "claims": 0}  # for the stop line
        self._articles_landed = threading.Event()
        self._articles_landed.set()  # a first pass at once: what landed while the daemon was down

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        memory = await asyncio.to_thread(PollMemory.from_log, self.store)
        if self.alerts:
            # A hook first seen now is told what happens from now on, not the whole history.
            await asyncio.to_thread(lambda: self.alerts.dispatcher.enrol(self.store.head()))
            self.alerts.start()  # before the warm-up: what a stop or crash left undelivered goes out first
        await asyncio.to_thread(settle_long_lived)
        finished = threading.Event()
        worker = threading.Thread(target=self._work_loop, args=(finished,), name="log-work", daemon=True)
        worker.start()
        async with Poller(self.store, memory, parse_workers=self.options.parse_workers) as poller:
            scheduler = AsyncIOScheduler(event_loop=loop, timezone=timezone.utc)
            now = datetime.now(timezone.utc)
            first: tuple[datetime, str] | None = None
            for source in self.sources:
                due = max(due_at(source, memory) or now, now)
                first = min(first, (due, source.name)) if first else (due, source.name)
                scheduler.add_job(self._poll, IntervalTrigger(seconds=source.interval.total_seconds(),
                                                              jitter=self._jitter(source.interval)),
                                  args=(poller, source), id=source.name, name=source.name, max_instances=1,
                                  coalesce=True, misfire_grace_time=None, next_run_time=due)
            scheduler.start()
            probe = asyncio.ensure_future(self._probe(poller))
            hooks = f", alerting {len(self.alerts.dispatcher.targets)} hooks" if self.alerts else ""
            self.say(f"monitor run: polling {len(self.sources)} sources{hooks}; first due {_first_due(first, now)}; "
                     "stop with Ctrl-C")
            await stop.wait()
            await self._drain(scheduler, poller)
            probe.cancel()
            await asyncio.gather(probe, return_exceptions=True)
        finished.set()
        self._articles_landed.set()
        if self.alerts:
            await asyncio.to_thread(self.alerts.stop)
        await asyncio.to_thread(worker.join)
        t = self.tally
        self.say(f"monitor run: stopped after {t['polls']} polls ({t['failed']} failed): {t['new']} new articles, "
                 f"{t['revised']} revised, {t['claims']} claims read")

    def _jitter(self, interval: timedelta) -> float:
        return min(interval.total_seconds() / 10, self.options.max_jitter)

    async def _drain(self, scheduler: AsyncIOScheduler, poller: Poller) -> None:
        """Stop polling: no new polls, those waiting for a slot dropped, those fetching given
        ``drain_seconds`` to finish their appends. Every job ends before the scheduler shuts
        down (a job it cancels would print a CancelledError traceback)."""
        self._stopping = True
        scheduler.pause()  # no new polls
        await asyncio.sleep(0)  # jobs submitted just now start, see the stop and return
        waiting = [t for t in self._in_flight if not poller.fetching(t)]
        for task in waiting:
            task.cancel()
        late = set()
        if self._in_flight:
            _, late = await asyncio.wait(set(self._in_flight), timeout=self.options.drain_seconds)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late)
        if waiting or late:
            self.say(f"monitor run: stopping: {len(waiting)} polls waiting for a connection dropped"
                     + (f", {len(late)} still fetching after {self.options.drain_seconds:g}s stopped" if late else "")
                     + "; nothing of them was recorded")
        scheduler.shutdown(wait=False)

    async def _probe(self, poller: Poller) -> None:
        """While the store refuses writes, one poll per backoff step (the sources in turn) tries
        again; the first that is recorded ends the outage. Scheduled polls wait meanwhile."""
        turn = 0
        while not self._stopping:
            await asyncio.sleep(PROBE_EVERY)
            if self.sources and not self.health.ok and self.health.may_write():
                await self._poll(poller, self.sources[turn % len(self.sources)], probe=True)
                turn += 1

    async def _poll(self, poller: Poller, source: SourceSpec, probe: bool = False) -> None:
        if self._stopping or not (probe or self.health.ok):  # stopping, or the store cannot record a poll
            return
        task = asyncio.current_task()
        self._in_flight.add(task)
        try:
            outcome: PollOutcome = await poller.poll(source)
        except asyncio.CancelledError:
            if self._stopping:  # dropped by _drain: the job ends quietly
                return
            raise
        except LogError as error:  # the log refused the poll's events: the store's state, said once
            self.health.failed(str(error))
            return
        except Exception as error:  # noqa: BLE001 - one poll's bug must not stop the daemon
            self.say(f"time={_now()} source={logfmt_value(source.name)} result=error "
                     f"reason={logfmt_value(f'{type(error).__name__}: {error}')}")
            return
        finally:
            self._in_flight.discard(task)
        if outcome.result != "skipped":  # it wrote its events: the store takes writes
            self.health.succeeded()
        for line in outcome.note_lines():
            self.say(f"time={_now()} {line}")
        if outcome.result != "skipped":  # backing off: not a poll
            self.say(f"time={_now()} {outcome.log_line()}")
            self.tally["polls"] += 1
            self.tally["failed"] += outcome.result == "failed"
            self.tally["new"] += outcome.new
            self.tally["revised"] += outcome.revised
        if outcome.new or outcome.revised:
            self._articles_landed.set()

    def _work_loop(self, finished: threading.Event) -> None:
        """Extraction and catch-up, on a thread: claims are CPU work the pollers must not wait for."""
        while True:
            self._articles_landed.wait(self.options.work_every)
            self._articles_landed.clear()
            last = finished.is_set()
            if not self.health.ok:  # the store cannot take claims now; a pass after the outage will
                if last:
                    return
                continue
            try:
                done = self.work.run_once()
            except LogError as error:
                self.health.failed(str(error))
            except Exception as error:  # noqa: BLE001 - a daemon reports and goes on
                self.say(f"time={_now()} work=failed reason={logfmt_value(error)}")
            else:
                if done.articles or done.projected:
                    self.health.succeeded()
                self.tally["claims"] += done.claims
                if done.articles or done.projected:
                    self.say(f"time={_now()} work=done articles={done.articles} claims={done.claims} "
                             f"projected={done.projected}")
                if done.projected and self.alerts:
                    self.alerts.nudge()
            if last:
                return


def run_until_signalled(daemon: Daemon) -> None:
    """Run the daemon until SIGINT or SIGTERM."""
    logging.getLogger("apscheduler").setLevel(logging.ERROR)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await daemon.run(stop)

    asyncio.run(main())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _first_due(first: tuple[datetime, str] | None, now: datetime) -> str:
    if first is None:
        return "never"
    due, name = first
    return f"now ({name})" if due <= now else f"{due.isoformat(timespec='seconds')} ({name})"
