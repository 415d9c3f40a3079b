"""The one orchestrator: poll a source once, append what happened in one batch.

A poll reads the source's state from :class:`PollMemory` (the shared poll state), fetches
(conditionally), has the source's kind (:mod:`monitor.sources.kinds`) parse the body off
the event loop, turns items into new articles and revisions, and appends ``SourcePolled`` or ``SourceFailed`` together with the article
events as one batch, all or nothing, so a crash never leaves a poll half recorded.
Appends go through one writer thread (:class:`LogWriter`): the log has one writer, and
the loop keeps fetching. A poll claimed from the shared schedule (several daemons on one
database) is recorded with its claim's fence, which gives the source back due again in
the same transaction, or records nothing if the claim passed to another daemon meanwhile.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from monitor.domain.events import Event
from monitor.log import EventStore, Fence, PollClaim
from monitor.sources.fetch_limits import FetchLimits
from monitor.sources.egress import REFUSED
from monitor.sources.fetch_outcomes import Fetched, FetchFailed, NotModified, Validators, one_line
from monitor.sources.fetching import fetch
from monitor.sources.full_text import with_full_text
from monitor.sources.host_gates import HostGates
from monitor.sources.http_client import HttpClients
from monitor.sources.kinds import SourceKind, UnknownKind, kind_named
from monitor.sources.local_sources import read_local
from monitor.sources.log_writer import LogWriter
from monitor.sources.page_parsing import page_text
from monitor.sources.parse_runner import ParserCrashed, ParseRunner
from monitor.sources.parsed import ParsedFeed, SourceContext
from monitor.sources.poll_events import Harvest, failure_event, success_events
from monitor.sources.poll_memory import PollMemory, SourceState
from monitor.sources.poll_outcome import PollOutcome
from monitor.sources.retry_policy import RetryPolicy
from monitor.sources.source_like import SourceLike

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def source_context(source: SourceLike, url: str, address: str | None = None) -> SourceContext:
    """What the kind's parser is told about ``source`` when reading the document at ``url``
    (``address``: the source's own address, by default its configured url)."""
    return SourceContext(source.name, url, source.outlet, source.language, source.options,
                         address=address or source.url)


def allows_private(source: SourceLike) -> bool:
    """Whether the source's content may lead to private addresses (``allow_private = true``)."""
    return bool(getattr(source, "allow_private", False))


def _harvest(status: int, parsed: ParsedFeed, validators: Validators) -> Harvest | FetchFailed:
    if parsed.problem is not None:
        return FetchFailed(parsed.problem, status)
    return Harvest(status, False, validators, parsed.items, parsed.articles, parsed.replacements, parsed.charset)


@dataclass(frozen=True)
class _Unchanged(Harvest):
    """A 200 whose body is byte-identical to the last one read: nothing to parse."""


class Poller:
    """Polls sources with one shared client, one set of limits, one memory and one writer.

    Use it as ``async with Poller(store) as poller: await poller.poll(spec)``. The
    memory is read from the log on entry unless one is given (the daemon keeps its own).
    """

    def __init__(self, store: EventStore, memory: PollMemory | None = None, *,
                 limits: FetchLimits = FetchLimits(), policy: RetryPolicy = RetryPolicy(),
                 parse_workers: int = 0, client: httpx.AsyncClient | None = None,
                 clock: Clock = utc_now) -> None:
        self.store = store
        self.memory = memory
        self.limits = limits
        self.policy = policy
        self._clock = clock
        self._client = client  # the operator's client, if the caller brings one
        self._clients: HttpClients | None = None
        self._gates: HostGates | None = None
        self._parser = ParseRunner(parse_workers)
        self._writer = LogWriter(store)
        # source -> (url, digest of the last body this process read, PollMemory.polled_elsewhere then):
        # valid while no other daemon's poll of the source has been taken in since
        self._digests: dict[str, tuple[str, bytes, int]] = {}

    async def __aenter__(self) -> Poller:
        if self.memory is None:
            self.memory = await asyncio.to_thread(PollMemory.from_log, self.store)
        self._clients = HttpClients(self.limits, trusted=self._client)
        self._gates = HostGates(self.limits.max_connections, self.limits.per_host)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Finish appends in flight, then release the client and the parser processes."""
        await self._writer.aclose()
        if self._clients is not None:
            await self._clients.aclose()
        await asyncio.to_thread(self._parser.close)

    # -- one poll --------------------------------------------------------------------

    def fetching(self, task: asyncio.Task) -> bool:
        """Whether ``task``'s poll has begun fetching (it got a connection slot)."""
        return self._gates is not None and task in self._gates.entered

    async def poll(self, source: SourceLike, *, force: bool = False, claim: PollClaim | None = None) -> PollOutcome:
        """Fetch, read and record one source, unless it is backing off or parked (``force``
        polls it anyway: the operator's way to revive a parked source). With a ``claim`` (from
        the shared schedule) the poll is recorded under it and sets the source's next due time;
        :class:`~monitor.log.LeaseLost` if another daemon took the claim over meanwhile."""
        assert self.memory is not None and self._gates is not None, "use Poller as an async context manager"
        try:
            return await self._poll(source, force, claim)
        finally:
            self._gates.entered.discard(asyncio.current_task())

    async def _poll(self, source: SourceLike, force: bool, claim: PollClaim | None) -> PollOutcome:
        state = self.memory.source(source.name).for_url(source.url)
        fetched_at = self._clock()
        if not force and state.next_try is not None and fetched_at < state.next_try:
            if claim is not None:  # due again when its backoff ends
                await self._append([], claim.fence(state.next_try))
            return PollOutcome(source.name, "skipped", reason=f"failing: {state.last_reason}",
                               consecutive_failures=state.consecutive_failures, next_try=state.next_try,
                               parked=self.policy.is_parked(state.consecutive_failures))
        started = time.perf_counter()
        notes: list[str] = []
        got, digest = await self._read(source, state, notes)
        known: dict[str, str] = {}
        if isinstance(got, Harvest) and got.articles:
            known = await asyncio.to_thread(self.memory.known, [a.article_id for a in got.articles])
            if source.full_text:
                got = await self._with_full_text(source, got, known, notes)
        duration_ms = (time.perf_counter() - started) * 1000
        if isinstance(got, FetchFailed):
            failed = failure_event(source.name, source.url, fetched_at, got, state, source.interval, self.policy)
            appended = await self._append([failed], claim and claim.fence(failed.next_try))
            return PollOutcome(source.name, "failed", got.status, duration_ms=duration_ms, reason=got.reason,
                               appended=appended, consecutive_failures=failed.consecutive_failures,
                               next_try=failed.next_try, parked=self.policy.is_parked(failed.consecutive_failures),
                               notes=tuple(notes))
        polled = success_events(source.name, source.url, fetched_at, got, duration_ms, known)
        appended = await self._append(polled.events, claim and claim.fence(next_due(claim, source.interval, fetched_at)), known)
        if digest is None and self._digests.get(source.name, ("",))[0] == source.url:
            digest = self._digests[source.name][1]  # a 304 or an unchanged body: the last body read stands
        if digest is not None:  # only once its articles are in the log
            self._digests[source.name] = (source.url, digest, self.memory.polled_elsewhere(source.name))
        result = "unchanged" if isinstance(got, _Unchanged) else "not_modified" if got.not_modified else "polled"
        return PollOutcome(source.name, result, got.status, got.items, polled.new, polled.revised, appended,
                           duration_ms, notes=tuple(notes), replacements=got.replacements)

    async def _read(self, source: SourceLike, state: SourceState,
                    notes: list[str]) -> tuple[Harvest | FetchFailed, bytes | None]:
        """What the source holds now, and the digest of the body read (None if none was);
        ``notes`` gets one line for each onward fetch the egress policy refused."""
        try:
            kind = kind_named(source.kind)
            if not source.url.startswith(("http://", "https://")):
                uri = Path(source.url).as_uri()
                context = source_context(source, uri, address=uri)
                parsed = await self._parser.run(read_local, source.url, context, kind.parse, kind.read_local)
                return _harvest(200, parsed, Validators()), None
            fetched = await fetch(self._clients.trusted, self._gates, source.url, self.limits, state.validators,
                                  onward=self._clients.onward(allows_private(source)))
            if isinstance(fetched, FetchFailed):
                return fetched, None
            if isinstance(fetched, NotModified):
                return Harvest(304, True, fetched.validators, state.items), None
            digest = hashlib.blake2b(fetched.body, digest_size=16).digest()
            if self._digests.get(source.name) == (source.url, digest, self.memory.polled_elsewhere(source.name)):
                return _Unchanged(fetched.status, False, fetched.validators, state.items), None
            return await self._read_body(source, kind, fetched, notes), digest
        except (ParserCrashed, UnknownKind) as error:
            return FetchFailed(str(error)), None
        except Exception as error:  # a parser bug on hostile input must not stop the other sources
            return FetchFailed(one_line(f"could not read the document: {type(error).__name__}: {error}")), None

    async def _read_body(self, source: SourceLike, kind: SourceKind, fetched: Fetched,
                         notes: list[str]) -> Harvest | FetchFailed:
        parsed = await self._parser.run(kind.parse, fetched.body, fetched.headers, source_context(source, fetched.url))
        return _harvest(fetched.status, parsed, fetched.validators)

    async def _with_full_text(self, source: SourceLike, harvest: Harvest, known: dict[str, str],
                              notes: list[str]) -> Harvest:
        client = self._clients.onward(allows_private(source))  # item links come from the feed
        articles = await with_full_text(harvest.articles, known, lambda url: self._page_text(client, url, notes))
        return replace(harvest, articles=articles)

    async def _page_text(self, client: httpx.AsyncClient, url: str, notes: list[str]) -> str | None:
        fetched = await fetch(client, self._gates, url, self.limits)
        if isinstance(fetched, FetchFailed) and fetched.reason.startswith(REFUSED):
            notes.append(fetched.reason)
        if not isinstance(fetched, Fetched):
            return None
        try:
            return await self._parser.run(page_text, fetched.body)
        except Exception:  # the feed's own text stands in for a page that cannot be read
            return None

    async def _append(self, events: Iterable[Event], fence: Fence | None = None,
                      known: dict[str, str] | None = None) -> int:
        events = list(events)
        result = await self._writer.append(events, fence)
        self.memory.apply(events, result.head, known)
        return result.appended


def next_due(claim: PollClaim, interval: timedelta, fetched_at: datetime, now: datetime | None = None) -> datetime:
    """A polled source's next due time: one interval after it was due (the cadence holds
    however late a daemon took it), but never less than half an interval after this fetch
    (a source taken late is not fetched again at once), and one interval from now when the
    cadence's time has passed already (the daemons were down)."""
    now = now or utc_now()
    due = claim.due + interval
    if due <= now:
        return now + interval
    return max(due, fetched_at + interval / 2)
