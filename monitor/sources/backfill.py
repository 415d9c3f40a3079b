"""Backfill: walk a source's older pages back to a date, recording what they hold.

For a kind whose documents link an older page (a channel preview's ``?before=``, a feed's
RFC 5005 ``prev-archive`` or ``next``), the walk starts at the source's own address and
follows those links until a page reaches back past ``since`` or links nothing older. Each
page is one append: a ``SourcePolled`` of the page's address and the page's new and
changed articles published since ``since``, so an interrupted walk (Ctrl-C, kill -9)
keeps every page it finished and records nothing twice when run again. A walk run again
skips the pages an earlier walk recorded, where the kind orders its pages (see
:mod:`monitor.sources.backfill_resume`); elsewhere it reads them again and records nothing
new. Pages are read one at a time with a pause between them, and a 429 or 503 is waited
out as its Retry-After asks (within reason).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from monitor.domain.events import SourcePolled
from monitor.log import EventStore
from monitor.sources.backfill_resume import jump, recorded_runs
from monitor.sources.egress import REFUSED
from monitor.sources.fetch_limits import FetchLimits
from monitor.sources.fetch_outcomes import FetchFailed, Fetched, Validators
from monitor.sources.fetching import fetch
from monitor.sources.host_gates import HostGates
from monitor.sources.http_client import HttpClients
from monitor.sources.kinds import SourceKind, kind_named
from monitor.sources.poll_events import Harvest, success_events
from monitor.sources.poll_memory import PollMemory
from monitor.sources.poller import Clock, allows_private, source_context, utc_now
from monitor.sources.source_like import SourceLike

RETRIES = 4  # tries of one page that failed for a reason that may pass
LONGEST_WAIT = timedelta(minutes=10)  # a Retry-After beyond this stops the walk instead


class CannotBackfill(ValueError):
    """The source's kind has no older pages to walk (one line, naming the source)."""


@dataclass(frozen=True)
class PageRead:
    """One page of the walk: what it held and what the log took."""

    address: str
    items: int
    new: int
    revised: int
    kept_out: int  # articles published before ``since``, not recorded
    skipped: tuple[str, ...]  # entries passed over by the kind, with the reason
    oldest: datetime | None  # the oldest publication time on the page
    jumped_to: str | None = None  # the next page is where an earlier walk stopped


@dataclass(frozen=True)
class Walked:
    pages: int
    new: int
    revised: int
    ended: str  # why the walk ended, one line
    after: int = 0  # what this walk and the earlier walks it went on from recorded lies after this position

    @property
    def outcome(self) -> str:
        """``finished`` (back to the date or to the first post), ``stopped`` (asked to), or ``failed``."""
        if self.ended == STOPPED:
            return "stopped"
        return "finished" if self.ended.startswith(FINISHED) else "failed"


STOPPED = "stopped on request"
FINISHED = ("reached ", "no older page")


def check_backfill(source: SourceLike) -> SourceKind:
    """The source's kind, if it can be backfilled; else :class:`CannotBackfill` saying why."""
    kind = kind_named(source.kind)
    if not kind.backfill:
        raise CannotBackfill(f"source {source.name!r} is a {kind.name} source, which cannot be backfilled: "
                             f"{kind.cannot_backfill}")
    if not source.url.startswith(("http://", "https://")):
        raise CannotBackfill(f"source {source.name!r} reads the local path {source.url}: backfill walks the "
                             "older pages of a web address")
    return kind


class Backfill:
    """One walk of one source back to ``since``; ``stop`` ends it between two pages."""

    def __init__(self, store: EventStore, source: SourceLike, since: datetime, *, pause: float = 1.0,
                 limits: FetchLimits = FetchLimits(), clock: Clock = utc_now, stop: asyncio.Event | None = None,
                 on_page: Callable[[PageRead], None] = lambda page: None) -> None:
        self.kind = check_backfill(source)
        self.store = store
        self.source = source
        self.since = since
        self.pause = pause
        self.limits = limits
        self._clock = clock
        self._stop = stop or asyncio.Event()
        self._on_page = on_page
        self._head = 0
        self._went_on_from: list[int] = []  # where the walks this one went on from started

    async def walk(self) -> Walked:
        walked = await self._walk()
        return replace(walked, after=min([self._head, *self._went_on_from]))

    async def _walk(self) -> Walked:
        memory = await asyncio.to_thread(PollMemory.from_log, self.store)
        self._head = await asyncio.to_thread(self.store.head)
        runs = await asyncio.to_thread(self._runs)
        pages = new = revised = 0
        address: str | None = self.source.url
        read: set[str] = set()
        async with HttpClients(self.limits) as clients:
            gates = HostGates(1, 1)
            onward = clients.onward(allows_private(self.source))
            while address is not None:
                if self._stop.is_set():
                    return Walked(pages, new, revised, STOPPED)
                # The first page is the operator's address; older pages are links the pages gave.
                client = clients.trusted if address == self.source.url else onward
                got = await self._fetch(client, onward, gates, address)
                if isinstance(got, str):
                    return Walked(pages, new, revised, got)
                fetched, fetched_at, duration_ms = got
                parsed = await asyncio.to_thread(self.kind.parse, fetched.body, fetched.headers,
                                                 source_context(self.source, fetched.url))
                if parsed.problem is not None:
                    return Walked(pages, new, revised, f"{address}: {parsed.problem}")
                kept = tuple(a for a in parsed.articles if a.published is None or a.published >= self.since)
                validators = fetched.validators if address == self.source.url else Validators()
                harvest = Harvest(fetched.status, False, validators, parsed.items, kept, parsed.replacements,
                                  parsed.charset)
                known = await asyncio.to_thread(memory.known, [a.article_id for a in kept])
                polled = success_events(self.source.name, address, fetched_at, harvest, duration_ms, known)
                result = await asyncio.to_thread(self.store.append, polled.events)
                memory.apply(polled.events, result.head, known)
                pages, new, revised = pages + 1, new + polled.new, revised + polled.revised
                dates = [a.published for a in parsed.articles if a.published is not None]
                oldest = min(dates, default=None)
                next_address, ended = self._next(parsed.older, oldest, runs)
                self._on_page(PageRead(address, parsed.items, polled.new, polled.revised,
                                       len(parsed.articles) - len(kept), parsed.skipped, oldest,
                                       next_address if next_address and next_address != parsed.older else None))
                read.add(address)
                if ended:
                    return Walked(pages, new, revised, ended)
                if next_address in read:
                    return Walked(pages, new, revised, f"{address} links back to {next_address}, already read")
                address = next_address
                if await self._paused():
                    return Walked(pages, new, revised, STOPPED)
        return Walked(pages, new, revised, "no older page: the whole history is recorded")

    def _next(self, older: str | None, oldest: datetime | None, runs) -> tuple[str | None, str | None]:
        """The next page to read, or why the walk ends here."""
        if oldest is not None and oldest < self.since:
            return None, f"reached {self.since.date().isoformat()}"
        if older is None:
            return None, "no older page: the whole history is recorded"
        cursor = self.kind.page_cursor(older) if self.kind.page_cursor else None
        earlier = jump(runs, cursor) if cursor is not None else None
        if earlier is None:
            return older, None
        self._went_on_from.append(earlier.after)
        return earlier.address, None

    def _runs(self):
        if self.kind.page_cursor is None:
            return []
        polls = ((r.position, r.event) for r in self.store.read(types=[SourcePolled.TYPE])
                 if isinstance(r.event, SourcePolled))
        return recorded_runs(polls, self.source.name, self.kind.page_cursor)

    async def _fetch(self, client, onward, gates, address: str):
        """The page, when and how long it was fetched; or why the walk cannot go on."""
        for attempt in range(1, RETRIES + 1):
            fetched_at = self._clock()
            started = time.perf_counter()
            got = await fetch(client, gates, address, self.limits, onward=onward)
            if isinstance(got, Fetched):
                return got, fetched_at, (time.perf_counter() - started) * 1000
            if not isinstance(got, FetchFailed):  # a 304 to an unconditional GET: nothing usable
                return f"{address}: answered 'not modified' to a plain request"
            wait = self._wait(got, attempt)
            if wait is None:
                return f"{address}: {got.reason}"
            if await self._paused(wait.total_seconds()):
                return STOPPED
        return f"{address}: {got.reason} (gave up after {RETRIES} tries)"

    def _wait(self, failed: FetchFailed, attempt: int) -> timedelta | None:
        """How long to wait before trying the page again, or None when trying again is pointless."""
        if attempt >= RETRIES or failed.reason.startswith(REFUSED):  # the egress policy will refuse it again
            return None
        if failed.retry_after is not None:
            return failed.retry_after if failed.retry_after <= LONGEST_WAIT else None
        if failed.status is not None and failed.status < 500:
            return None  # a 404 or 410 will not pass by waiting
        return timedelta(seconds=self.pause * 2 ** attempt)

    async def _paused(self, seconds: float | None = None) -> bool:
        """Wait politely (interrupted by a stop); True if the walk was asked to stop."""
        try:
            await asyncio.wait_for(self._stop.wait(), self.pause if seconds is None else seconds)
        except TimeoutError:
            return False
        return True
