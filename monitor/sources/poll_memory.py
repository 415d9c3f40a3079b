"""What one process knows between polls: the shared poll state (see :mod:`poll_state`) plus
what it appended itself since it last caught that up.

Source states are held for every source (one small value each); article hashes are not:
:meth:`PollMemory.known` looks a poll's items up in the projection, over this process's
own recent appends. Those are dropped once the projection has caught up past them, so the
memory stays bounded however long the daemon runs and however large the log grows.

A database that cannot be written (a read-only snapshot) cannot keep the projection: the
memory is then folded from the whole log, in memory, as before the projection existed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime

from monitor.domain.events import ArticleRevised, ArticleSeen, Event
from monitor.log import EventStore
from monitor.sources import poll_state
from monitor.sources.poll_state import POLL_EVENT_TYPES, PollFold, SourceState

__all__ = ["POLL_EVENT_TYPES", "PollMemory", "SourceState"]


class PollMemory:
    """Source states and a way to the latest article hashes, as of ``position`` in the log."""

    def __init__(self, store: EventStore | None = None) -> None:
        self.store = store
        self.sources: dict[str, SourceState] = {}
        self.position = 0  # the projection's checkpoint when last caught up
        self._recent: dict[str, tuple[str, str, int]] = {}  # article id -> (source, hash, head after our append)
        self._folded: dict[str, tuple[str, str]] | None = None  # every article, when folded in memory
        self._elsewhere: Counter[str] = Counter()  # per source, fetches taken in from other processes

    @classmethod
    def from_log(cls, store: EventStore) -> PollMemory:
        memory = cls(store)
        if store.read_only:
            fold = poll_state.fold_log(store)
            memory.sources, memory._folded = fold.sources, fold.articles
            return memory
        memory.position = poll_state.catch_up(store)
        memory.sources = poll_state.source_states(store)
        return memory

    # -- reading ---------------------------------------------------------------------

    def source(self, name: str) -> SourceState:
        return self.sources.get(name, SourceState())

    @property
    def articles_by_source(self) -> Counter[str]:
        return Counter({name: state.articles for name, state in self.sources.items()})

    def known(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The latest content hash of each of these articles the log holds (a database read:
        call it off the event loop)."""
        ids = list(dict.fromkeys(article_ids))
        if self._folded is not None:
            return {aid: self._folded[aid][1] for aid in ids if aid in self._folded}
        found = poll_state.article_hashes(self.store, ids) if self.store is not None and ids else {}
        for aid in ids:
            recent = self._recent.get(aid)
            if recent is not None:
                found[aid] = recent[1]
        return found

    def polled_elsewhere(self, name: str) -> int:
        """How many times another process's later fetch of ``name`` was taken in: what this
        process remembers of the source's last body is stale once it moves."""
        return self._elsewhere[name]

    # -- keeping up ------------------------------------------------------------------

    def refreshed(self, names: Iterable[str] | None = None) -> tuple[int, dict[str, SourceState]]:
        """Catch the shared projection up and read some sources' states from it (all when
        ``names`` is None): what other processes recorded. A database read and write, off the
        event loop; hand the result to :meth:`merge` on it."""
        assert self.store is not None
        if self._folded is not None:
            return self.position, {}
        position = poll_state.catch_up(self.store)
        return position, poll_state.source_states(self.store, names)

    def merge(self, refreshed: tuple[int, dict[str, SourceState]]) -> None:
        """Take in what :meth:`refreshed` read: a stored state replaces ours unless ours records
        a later fetch (not caught up yet); our own appends the projection now holds are dropped from memory."""
        position, states = refreshed
        for name, stored in states.items():
            ours = self.sources.get(name)
            if ours is None or not _later(ours.last_fetch, stored.last_fetch):
                if ours is not None and _later(stored.last_fetch, ours.last_fetch):
                    self._elsewhere[name] += 1
                self.sources[name] = stored
        self.position = max(self.position, position)
        self._recent = {aid: entry for aid, entry in self._recent.items() if entry[2] > self.position}

    def catch_up(self, store: EventStore | None = None) -> None:
        """Catch up on everything other processes recorded (every source)."""
        self.merge(self.refreshed())

    def apply(self, events: Iterable[Event], head: int = 0, known: Mapping[str, str] | None = None) -> None:
        """Fold in events this process appended (the log's head after the append: ``head``);
        ``known``: the hashes the poll looked up for its items, if it did."""
        events = list(events)
        articles: dict[str, tuple[str, str]] = {}
        for event in events:
            if isinstance(event, (ArticleSeen, ArticleRevised)) and event.article_id not in articles:
                aid = event.article_id
                if aid in self._recent:
                    articles[aid] = self._recent[aid][:2]
                elif known and aid in known:
                    articles[aid] = (event.source, known[aid])
        fold = PollFold(self.sources, articles if self._folded is None else self._folded)
        for event in events:
            fold.apply(event)
        if self._folded is None:
            for aid in fold.changed_articles:
                source, content_hash = articles[aid]
                self._recent[aid] = (source, content_hash, head)


def _later(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and (b is None or a > b)
