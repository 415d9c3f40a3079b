"""What the pollers know between runs, folded from the log: the log is the only state.

Per source: the address last fetched, the validators for a conditional GET, the failures
in a row and when to try next. Per article: the content hash of its latest revision, so
an unchanged item appends nothing and a changed one becomes a revision. The daemon
builds this once at start (:meth:`PollMemory.from_log`) and keeps it current by applying
the events it appends; :meth:`catch_up` also takes in what other processes appended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from monitor.domain.events import ArticleRevised, ArticleSeen, Event, SourceFailed, SourcePolled
from monitor.log import EventStore, Recorded
from monitor.sources.fetch_outcomes import Validators

POLL_EVENT_TYPES = (SourcePolled.TYPE, SourceFailed.TYPE, ArticleSeen.TYPE, ArticleRevised.TYPE)


@dataclass(frozen=True)
class SourceState:
    """One source as its recorded fetches leave it."""

    url: str | None = None  # the address of the latest recorded fetch
    validators: Validators = Validators()
    consecutive_failures: int = 0
    last_fetch: datetime | None = None
    last_success: datetime | None = None
    last_status: int | None = None
    last_reason: str | None = None  # the latest failure's, while failing
    next_try: datetime | None = None  # set by a failure: backoff, Retry-After or parking
    items: int = 0  # entries in the latest document read
    replacements: int = 0  # undecodable bytes in the latest document read (each read as U+FFFD)
    charset: str | None = None  # the charset the monitor read the latest document in, if it decoded it

    def for_url(self, url: str) -> SourceState:
        """The state that applies to ``url``: a new address starts afresh (no validators,
        no failures), which is also how an operator revives a parked source."""
        return self if self.url in (None, url) else SourceState()


class PollMemory:
    """Source states and latest article hashes, with the log position they reflect."""

    def __init__(self) -> None:
        self.sources: dict[str, SourceState] = {}
        self.articles: dict[str, str] = {}  # article id -> content hash of its latest revision
        self.articles_by_source: Counter[str] = Counter()
        self.position = 0

    @classmethod
    def from_log(cls, store: EventStore) -> PollMemory:
        memory = cls()
        memory.catch_up(store)
        return memory

    def catch_up(self, store: EventStore) -> int:
        """Apply the poll and article events appended since the last call; returns how many.

        Not to be run while a poll of the same memory is in flight in another thread.
        """
        count = 0
        for batch in store.read_batches(after=self.position, types=POLL_EVENT_TYPES):
            self.apply_recorded(batch)
            count += len(batch)
        return count

    def apply_recorded(self, batch: Iterable[Recorded]) -> None:
        for recorded in batch:
            if isinstance(recorded.event, Event):
                self.apply(recorded.event)
            self.position = max(self.position, recorded.position)

    def source(self, name: str) -> SourceState:
        return self.sources.get(name, SourceState())

    def apply(self, event: Event) -> None:
        """Fold one event in; applying an event again (or an older fetch) changes nothing."""
        if isinstance(event, (ArticleSeen, ArticleRevised)):
            if event.article_id not in self.articles:
                self.articles_by_source[event.source] += 1
            self.articles[event.article_id] = event.content_hash
        elif isinstance(event, SourcePolled):
            state = self._current(event.source, event.fetched_at)
            if state is not None:
                self.sources[event.source] = replace(
                    state.for_url(event.url), url=event.url, validators=Validators(event.etag, event.last_modified),
                    consecutive_failures=0, last_fetch=event.fetched_at, last_success=event.fetched_at,
                    last_status=event.status, last_reason=None, next_try=None,
                    items=state.items if event.not_modified else event.items,
                    replacements=state.replacements if event.not_modified else event.replacements,
                    charset=state.charset if event.not_modified else event.charset)
        elif isinstance(event, SourceFailed):
            state = self._current(event.source, event.fetched_at)
            if state is not None:
                self.sources[event.source] = replace(
                    state.for_url(event.url), url=event.url, consecutive_failures=event.consecutive_failures,
                    last_fetch=event.fetched_at, last_status=event.status, last_reason=event.reason,
                    next_try=event.next_try)

    def _current(self, source: str, fetched_at: datetime) -> SourceState | None:
        state = self.source(source)
        if state.last_fetch is not None and fetched_at <= state.last_fetch:
            return None
        return state
