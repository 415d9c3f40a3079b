"""`monitor run`: every enabled source polled on its own schedule, the log worked on beside.

The schedule is the database's (:class:`~monitor.log.PollSchedule`, one due row per
source): :class:`~monitor.service.poll_scheduler.PollScheduler` claims what is due, a
batch at a time, and polls each claimed source once; the poll's record gives the row back
due one interval later. So any number of daemons on one PostgreSQL share the sources (each
polled once per interval by one of them), and one daemon on SQLite works the same rows
alone. A first start seeds each source's row from the log (a restart does not poll
everything at once). Beside the pollers, one thread extracts claims (ranges of the log
claimed, shared between daemons) and catches the projection up (one daemon at a time)
whenever articles land, or every few seconds for what other processes append; when it
has moved, the alert thread sends what the hooks want (one daemon at a time). A heartbeat
thread renews this daemon's leases; see :mod:`monitor.service.heartbeat`.

SIGINT/SIGTERM stop new polls, let polls in flight finish their appends, stop alerts
between two sends, run the log work one last time, give the roles up, and return. A poll
that has not begun fetching (waiting for a connection slot) is dropped and its source given
back, and one still fetching after ``drain_seconds`` is stopped: nothing of either is
recorded, and one line says so.

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
from datetime import datetime, timezone

from monitor.config import SourceSpec
from monitor.domain.inert_text import logfmt_value
from monitor.hooks import Dispatcher
from monitor.log import EventStore, LeaseLost, LogError, PollClaim, PollSchedule
from monitor.service.alert_work import AlertWork
from monitor.service.heartbeat import Heartbeat
from monitor.service.log_work import LogWork
from monitor.service.long_lived import settle_long_lived, warm_language
from monitor.service.poll_scheduler import PollScheduler
from monitor.service.store_health import StoreHealth
from monitor.sources import FetchLimits, PollMemory, Poller, PollOutcome
from monitor.sources.health import due_at

Say = Callable[[str], None]
STANDBY_EVERY = 1.0  # seconds between passes of the log work while another daemon keeps the projection


@dataclass(frozen=True)
class DaemonOptions:
    parse_workers: int = 2  # parser processes: feed parsing is the CPU-bound part of a poll
    work_every: float = 5.0  # seconds between passes of the log work when nothing lands
    drain_seconds: float = 30.0  # how long polls in flight may take to finish on shutdown
    limits: FetchLimits = FetchLimits()


class Daemon:
    def __init__(self, store: EventStore, sources: Sequence[SourceSpec], affiliations: dict[str, str],
                 options: DaemonOptions = DaemonOptions(), say: Say = print,
                 alerts: Dispatcher | None = None) -> None:
        self.store = store
        self.sources = [s for s in sources if s.enabled]
        self.options = options
        self.say = say
        self.work = LogWork(store, affiliations, shared=True)
        self.health = StoreHealth(lambda line: say(f"time={_now()} {line}"))
        self.alerts = AlertWork(alerts, say, options.work_every, self.health) if alerts and alerts.targets else None
        self.schedule = PollSchedule(store)
        self._stopping = False
        self.tally = {"polls": 0, "failed": 0, "new": 0, "revised": 0, "claims": 0}  # for the stop line
        self._articles_landed = threading.Event()
        self._articles_landed.set()  # a first pass at once: what landed while the daemon was down

    async def run(self, stop: asyncio.Event) -> None:
        memory = await asyncio.to_thread(PollMemory.from_log, self.store)
        await asyncio.to_thread(self.schedule.ensure, {s.name: due_at(s, memory) for s in self.sources})
        dues = await asyncio.to_thread(self.schedule.dues)
        now = datetime.now(timezone.utc)
        if self.alerts:
            # A hook first seen now is told what happens from now on, not the whole history.
            await asyncio.to_thread(lambda: self.alerts.dispatcher.enrol(self.store.head()))
            self.alerts.start()  # before the warm-up: what a stop or crash left undelivered goes out first
        if self.options.parse_workers == 0:  # feeds are parsed in this process's threads
            await asyncio.to_thread(warm_language)
        finished = threading.Event()
        worker = threading.Thread(target=self._work_loop, args=(finished,), name="log-work", daemon=True)
        worker.start()
        limits = self.options.limits
        async with Poller(self.store, memory, limits=limits, parse_workers=self.options.parse_workers) as poller:
            scheduler = PollScheduler(self.schedule, memory, self.sources, lambda s, c: self._poll(poller, s, c),
                                      self.health, max_in_flight=2 * limits.max_connections)
            heartbeat = Heartbeat([lambda: self.schedule.renew(scheduler.claims()), self.work.renew]
                                  + ([self.alerts.renew] if self.alerts else []),
                                  lambda line: self.say(f"time={_now()} {line}"))
            heartbeat.start()
            claiming = asyncio.ensure_future(scheduler.run(stop))
            hooks = f", alerting {len(self.alerts.dispatcher.targets)} hooks" if self.alerts else ""
            self.say(f"monitor run: polling {len(self.sources)} sources{hooks}; first due "
                     f"{_first_due(dues, self.sources, now)}; stop with Ctrl-C")
            await stop.wait()
            await claiming
            await self._drain(scheduler, poller)
        finished.set()
        self._articles_landed.set()
        if self.alerts:
            await asyncio.to_thread(self.alerts.stop)
        await asyncio.to_thread(worker.join)
        heartbeat.stop()
        await asyncio.to_thread(self._give_up_roles)
        t = self.tally
        self.say(f"monitor run: stopped after {t['polls']} polls ({t['failed']} failed): {t['new']} new articles, "
                 f"{t['revised']} revised, {t['claims']} claims read")

    async def _drain(self, scheduler: PollScheduler, poller: Poller) -> None:
        """Stop polling: no new claims, polls waiting for a slot dropped (their sources given
        back), those fetching given ``drain_seconds`` to finish their appends."""
        self._stopping = True
        await asyncio.sleep(0)  # polls started just now begin, see the stop and return
        tasks = {task for _, task in scheduler.in_flight.values()}
        waiting = [t for t in tasks if not poller.fetching(t)]
        for task in waiting:
            task.cancel()
        late = set()
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=self.options.drain_seconds)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late)
        if waiting or late:
            self.say(f"monitor run: stopping: {len(waiting)} polls waiting for a connection dropped"
                     + (f", {len(late)} still fetching after {self.options.drain_seconds:g}s stopped" if late else "")
                     + "; nothing of them was recorded")

    async def _poll(self, poller: Poller, source: SourceSpec, claim: PollClaim) -> str:
        """One claimed poll and its log line: "recorded", "refused" or "error" (see PollScheduler)."""
        if self._stopping:
            return "refused"
        try:
            outcome: PollOutcome = await poller.poll(source, claim=claim)
        except asyncio.CancelledError:
            if self._stopping:  # dropped by _drain: the poll ends quietly
                return "refused"
            raise
        except LeaseLost as lost:  # this daemon froze past its lease: another one polls the source now
            self.say(f"time={_now()} source={logfmt_value(source.name)} result=dropped reason={logfmt_value(lost)}")
            return "refused"
        except LogError as error:  # the log refused the poll's events: the store's state, said once
            self.health.failed(str(error))
            return "refused"
        except Exception as error:  # noqa: BLE001 - one poll's bug must not stop the daemon
            self.say(f"time={_now()} source={logfmt_value(source.name)} result=error "
                     f"reason={logfmt_value(f'{type(error).__name__}: {error}')}")
            return "error"
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
        return "recorded"

    def _work_loop(self, finished: threading.Event) -> None:
        """Extraction and catch-up, on a thread: claims are CPU work the pollers must not wait for.
        Its warm-up (the gazetteer, the lexicons) happens here, so the polls start without it."""
        settle_long_lived()
        wait = 0.0
        while True:
            self._articles_landed.wait(wait)
            self._articles_landed.clear()
            last = finished.is_set()
            wait = self.options.work_every
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
                if done.more:
                    wait = 0.0
                elif not done.owner:  # another daemon keeps the projection: be ready to take it over
                    wait = min(wait, STANDBY_EVERY)
            if last:
                return

    def _give_up_roles(self) -> None:
        try:
            self.work.release()
        except LogError:  # the store is down: the lease lapses by itself
            pass


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


def _first_due(dues: dict[str, datetime], sources: Sequence[SourceSpec], now: datetime) -> str:
    mine = [(dues[s.name], s.name) for s in sources if s.name in dues]
    if not mine:
        return "never"
    due, name = min(mine)
    return f"now ({name})" if due <= now else f"{due.isoformat(timespec='seconds')} ({name})"
