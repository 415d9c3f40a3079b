"""Keeping the front projection up to date: incremental catch-up, rebuild, and as-of.

Catch-up applies each batch of new events and moves the checkpoint in the same
transaction. The projection's version includes the fold's code version and the
sources' affiliations; when either changes, the projection rebuilds itself.
"""

from __future__ import annotations

import gc
import hashlib
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.engine import Connection

from monitor.domain.events import ClaimsExtracted, ClaimVerdict
from monitor.log import EventStore, Recorded, Tracking
from monitor.projections import tables as t
from monitor.projections.front import EVENT_TYPES, FrontFold, MemoryModel, fold_events
from monitor.projections.replay import PlaceRows, part_count, replay
from monitor.projections.sql_model import SqlModel, WarmPlaces

NAME = "front"
FOLD_VERSION = "front-5"  # 4: the status history in world time, the learned changes as a feed; 5: the
# speaker's kind of voice read from the claim (extract decides it), not worked out again here
BATCH = 1000
TABLES = (t.history, t.feed, t.status, t.place_claims, t.verdicts, t.sources, t.articles)

Progress = Callable[[int], None]

# Per store, the places the last committed batch left (see SqlModel.warm): a long-lived
# process's next batch loads only the places it has not seen.
_warm: weakref.WeakKeyDictionary[EventStore, WarmPlaces] = weakref.WeakKeyDictionary()


def projection_version(affiliations: Mapping[str, str]) -> str:
    digest = hashlib.sha256(repr(sorted(affiliations.items())).encode()).hexdigest()[:12]
    return f"{FOLD_VERSION}:{digest}"


def catch_up(store: EventStore, affiliations: Mapping[str, str], progress: Progress | None = None) -> int:
    """Apply the events the projection has not seen; returns how many were applied."""
    version = projection_version(affiliations)
    applied = 0
    while True:
        with _collector_paused():
            done = _apply_next_batch(store, affiliations, version)
        if done is None:
            return rebuild(store, affiliations, progress)
        count, at_end = done
        applied += count
        if progress and count:
            progress(count)
        if at_end:
            return applied


def _apply_next_batch(store: EventStore, affiliations: Mapping[str, str], version: str) -> tuple[int, bool] | None:
    """Apply one batch and move the checkpoint with it: (events applied, whether the log's end
    was reached), or None when the projection's version changed and it must be rebuilt.

    A function of its own so that the batch's objects are freed before the collector is on again
    (alive, the collector's next pass would walk every one of them).
    """
    warm = _warm.pop(store, None)  # taken: a batch that fails must not leave half-changed state behind
    with Tracking(store).writing(NAME) as write:
        conn = write.conn
        position, stored_version = write.checkpoint()
        if stored_version is not None and stored_version != version:
            return None
        batch = next(store.read_batches(after=position, types=EVENT_TYPES, batch_size=BATCH), [])
        if not batch:
            if warm is not None:
                _warm[store] = warm
            return 0, True
        if warm is not None and warm.checkpoint != (position, stored_version):
            warm = None  # another process moved the projection on
        model = SqlModel(conn, store, affiliations, warm)
        model.prefetch(batch)
        fold = FrontFold(model, affiliations, incremental=True)
        for recorded in batch:
            fold.apply(recorded)
        fold.settle_world()
        model.flush()
        write.set_checkpoint(batch[-1].position, version)
    _warm[store] = model.warm((batch[-1].position, version))
    # The log's end: no second write transaction just to find nothing.
    return len(batch), len(batch) < BATCH or store.head() <= batch[-1].position


def rebuild(store: EventStore, affiliations: Mapping[str, str], progress: Progress | None = None,
            parts: int | None = None) -> int:
    """Replay the whole log in memory, then replace the projection's rows in one transaction.

    A long log is replayed in ``parts`` processes split by place (one per core, up to
    four, unless given; see :mod:`monitor.projections.replay`).
    """
    _warm.pop(store, None)
    with _collector_paused():
        return _replay_and_replace(store, affiliations, progress, parts)


def _replay_and_replace(store: EventStore, affiliations: Mapping[str, str], progress: Progress | None,
                        parts: int | None) -> int:
    """The rebuild itself; its model is freed before the collector runs again (see above)."""
    until = store.head()
    model, rows, (last, count) = replay(store, affiliations, until, parts or part_count(until), progress)
    with Tracking(store).writing(NAME) as write:
        for table in TABLES:
            write.conn.execute(table.delete())
        with write.indexes_deferred(table.name for table in TABLES):
            _write_all(write.conn, model, rows)
        write.set_checkpoint(last, projection_version(affiliations))
    return count


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the fold makes many acyclic objects.

    Each full collection walks every object alive (the gazetteer, the model), so with
    the collector on, a replay's cost grows with the square of the log and a catch-up
    batch pays for the whole process; the fold creates no reference cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def as_of(store: EventStore, moment: datetime, affiliations: Mapping[str, str]) -> MemoryModel:
    """What the articles published up to ``moment`` support, by the same fold as the live view.

    Undated articles count from when they were recorded; analyst verdicts count from
    when they were given. Its history is the live history up to ``moment`` (both are in
    world time), and at the log's end it is the live table.
    """
    def visible(recorded: Recorded) -> bool:
        event = recorded.event
        if isinstance(event, ClaimsExtracted):
            return (event.published or recorded.occurred_at) <= moment
        if isinstance(event, ClaimVerdict):
            return event.decided_at <= moment
        return True

    model = fold_events((r for r in store.read(types=EVENT_TYPES) if visible(r)), affiliations)
    model.moment = moment  # its views read fighting as of this moment (fusion R6)
    return model


def _write_all(conn: Connection, model: MemoryModel, parts: list[PlaceRows]) -> None:
    t.bulk_insert(conn, t.articles, list(model.articles.values()))
    t.bulk_insert(conn, t.sources, [(number, key) for key, number in model.sources.items()])
    for rows in parts:
        t.bulk_insert(conn, t.place_claims, rows.place_claims)
        t.bulk_insert(conn, t.verdicts, rows.verdicts)
        t.bulk_insert(conn, t.status, rows.statuses)
        t.bulk_insert(conn, t.feed, rows.transitions)
        t.bulk_insert(conn, t.history, rows.history)
