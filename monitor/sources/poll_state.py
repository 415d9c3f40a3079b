"""The pollers' memory as a projection of the log, shared by every process on one database.

Per source: the address last fetched, the validators for a conditional GET, the failures
in a row and when to try next, the articles recorded from it. Per article: the content
hash of its latest revision. Folded from ``SourcePolled``, ``SourceFailed``,
``ArticleSeen`` and ``ArticleRevised`` into keyed state (``monitor.log.Tracking``) with a
checkpoint, in one transaction per batch, by whichever process catches it up first.

So a daemon starting on a log of millions of events reads its sources' states (one row
each) and the few events since the checkpoint, not every poll ever recorded; any daemon
about to poll a source catches the projection up and reads what the last poll of it,
by whatever daemon, left; and article hashes are looked up a poll's items at a time,
never all held in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from monitor.domain.events import ArticleRevised, ArticleSeen, Event, SourceFailed, SourcePolled
from monitor.log import EventStore, Tracking
from monitor.sources.fetch_outcomes import Validators

POLL_EVENT_TYPES = (SourcePolled.TYPE, SourceFailed.TYPE, ArticleSeen.TYPE, ArticleRevised.TYPE)
NAME = "poll-state"
VERSION = "poll-state-1"
SOURCES = "poll-sources"  # key: source name, value: a SourceState
ARTICLES = "poll-articles"  # key: article id, value: [source, content hash of its latest revision]
BATCH = 1000


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
    articles: int = 0  # distinct articles recorded from it

    def for_url(self, url: str) -> SourceState:
        """The state that applies to ``url``: a new address starts afresh (no validators,
        no failures), which is also how an operator revives a parked source."""
        return self if self.url in (None, url) else SourceState(articles=self.articles)


_TIMES = ("last_fetch", "last_success", "next_try")
_FIELDS = tuple(f.name for f in fields(SourceState))


def state_value(state: SourceState) -> dict[str, Any]:
    """A state as stored (JSON)."""
    value = {name: getattr(state, name) for name in _FIELDS if name != "validators"}
    for name in _TIMES:
        value[name] = value[name].isoformat() if value[name] else None
    value["etag"], value["last_modified"] = state.validators.etag, state.validators.last_modified
    return value


def state_from_value(value: Mapping[str, Any]) -> SourceState:
    values = {name: value.get(name) for name in _FIELDS if name != "validators" and name in value}
    for name in _TIMES:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    return SourceState(validators=Validators(value.get("etag"), value.get("last_modified")), **values)


class PollFold:
    """Source states and latest article hashes, changed event by event (no I/O).

    ``articles`` maps an article id to (source, hash); only the ids the events name need
    to be in it. Applying an event again, or an older fetch, changes nothing.
    """

    def __init__(self, sources: dict[str, SourceState], articles: dict[str, tuple[str, str]]) -> None:
        self.sources = sources
        self.articles = articles
        self.changed_sources: set[str] = set()
        self.changed_articles: set[str] = set()

    def apply(self, event: Event | Any) -> None:
        if isinstance(event, (ArticleSeen, ArticleRevised)):
            known = self.articles.get(event.article_id)
            if known is None:
                state = self.sources.get(event.source, SourceState())
                self.sources[event.source] = replace(state, articles=state.articles + 1)
                self.changed_sources.add(event.source)
            if known is None or known[1] != event.content_hash:
                self.articles[event.article_id] = (known[0] if known else event.source, event.content_hash)
                self.changed_articles.add(event.article_id)
        elif isinstance(event, SourcePolled):
            state = self._current(event.source, event.fetched_at)
            if state is not None:
                self._set(event.source, replace(
                    state.for_url(event.url), url=event.url, validators=Validators(event.etag, event.last_modified),
                    consecutive_failures=0, last_fetch=event.fetched_at, last_success=event.fetched_at,
                    last_status=event.status, last_reason=None, next_try=None,
                    items=state.items if event.not_modified else event.items,
                    replacements=state.replacements if event.not_modified else event.replacements,
                    charset=state.charset if event.not_modified else event.charset))
        elif isinstance(event, SourceFailed):
            state = self._current(event.source, event.fetched_at)
            if state is not None:
                self._set(event.source, replace(
                    state.for_url(event.url), url=event.url, consecutive_failures=event.consecutive_failures,
                    last_fetch=event.fetched_at, last_status=event.status, last_reason=event.reason,
                    next_try=event.next_try))

    def _set(self, name: str, state: SourceState) -> None:
        self.sources[name] = state
        self.changed_sources.add(name)

    def _current(self, source: str, fetched_at: datetime) -> SourceState | None:
        state = self.sources.get(source, SourceState())
        if state.last_fetch is not None and fetched_at <= state.last_fetch:
            return None
        return state


def catch_up(store: EventStore) -> int:
    """Apply the poll and article events recorded since the projection's checkpoint, a batch
    per transaction; returns the position it reflects afterwards."""
    tracking = Tracking(store)
    while True:
        with tracking.writing(NAME) as tx:
            position, version = tx.checkpoint()
            if version not in (None, VERSION):  # the fold changed: from the start
                position = 0
                tx.clear_state(SOURCES)
                tx.clear_state(ARTICLES)
            batch = next(store.read_batches(after=position, types=POLL_EVENT_TYPES, batch_size=BATCH), [])
            if not batch:
                return position
            fold = _fold_batch(tx, [r.event for r in batch])
            tx.put_state(SOURCES, {name: state_value(fold.sources[name]) for name in fold.changed_sources})
            tx.put_state(ARTICLES, {aid: list(fold.articles[aid]) for aid in fold.changed_articles})
            tx.set_checkpoint(batch[-1].position, VERSION)
        if len(batch) < BATCH:
            return batch[-1].position


def _fold_batch(tx, events: list) -> PollFold:
    names = {e.source for e in events if isinstance(e, (SourcePolled, SourceFailed, ArticleSeen, ArticleRevised))}
    ids = {e.article_id for e in events if isinstance(e, (ArticleSeen, ArticleRevised))}
    sources = {name: state_from_value(value) for name, value in tx.state(SOURCES, names).items()}
    articles = {aid: (value[0], value[1]) for aid, value in tx.state(ARTICLES, ids).items()}
    fold = PollFold(sources, articles)
    for event in events:
        fold.apply(event)
    return fold


def source_states(store: EventStore, names: Iterable[str] | None = None) -> dict[str, SourceState]:
    """The stored states of some sources (all when ``names`` is None)."""
    tracking = Tracking(store)
    values = tracking.all_state(SOURCES) if names is None else tracking.state(SOURCES, names)
    return {name: state_from_value(value) for name, value in values.items()}


def article_hashes(store: EventStore, article_ids: Iterable[str]) -> dict[str, str]:
    """The latest content hash of each article the projection knows among ``article_ids``."""
    return {aid: value[1] for aid, value in Tracking(store).state(ARTICLES, article_ids).items()}


def fold_log(store: EventStore) -> PollFold:
    """The whole fold in memory, from the start of the log (a read-only database)."""
    fold = PollFold({}, {})
    for batch in store.read_batches(types=POLL_EVENT_TYPES):
        for recorded in batch:
            fold.apply(recorded.event)
    return fold
