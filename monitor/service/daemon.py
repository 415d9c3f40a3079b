"""`monitor run`: every enabled source polled on its own schedule, the log worked on beside.

APScheduler (3.11 line) runs one job per source on the asyncio loop, each with at most
one instance, coalesced runs and jitter, first due when the log says (a restart does
not poll everything at once). Beside the pollers, one thread extracts claims and
catches the projection up whenever articles land (or every few seconds, for what
other processes append); when it has moved, the alert thread sends what the hooks want.
SIGINT/SIGTERM stop new polls, let polls in flight finish their appends, stop alerts
between two sends, run the log work one last time, and return.
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
from monitor.hooks import Dispatcher
from monitor.log import EventStore
from monitor.service.alert_work import AlertWork
from monitor.service.log_work import LogWork
from monitor.service.long_lived import settle_long_lived
from monitor.sources import PollMemory, Poller, PollOutcome
from monitor.sources.health import due_at

Say = Callable[[str], None]


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
        self.alerts = AlertWork(alerts, say, options.work_every) if alerts and alerts.targets else None
        self._in_flight: set[asyncio.Task] = set()
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
            hooks = f", alerting {len(self.alerts.dispatcher.targets)} hooks" if self.alerts else ""
            self.say(f"monitor run: polling {len(self.sources)} sources{hooks}; first due {_first_due(first, now)}; "
                     "stop with Ctrl-C")
            await stop.wait()
            scheduler.pause()  # no new polls; shutting the scheduler down would cancel those in flight
            if self._in_flight:
                await asyncio.wait(set(self._in_flight), timeout=self.options.drain_seconds)
            scheduler.shutdown(wait=False)
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

    async def _poll(self, poller: Poller, source: SourceSpec) -> None:
        task = asyncio.current_task()
        self._in_flight.add(task)
        try:
            outcome: PollOutcome = await poller.poll(source)
        finally:
            self._in_flight.discard(task)
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
            try:
                done = self.work.run_once()
            except Exception as error:  # noqa: BLE001 - a daemon reports and goes on
                self.say(f"time={_now()} work=failed reason={' '.join(str(error).split())!r}")
            else:
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
