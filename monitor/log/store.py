"""The event store: append batches atomically, read from a position, follow new events."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from monitor.domain.events import Event
from monitor.domain.upcasting import EventDecoder
from monitor.log.engine import WRITE, is_read_only
from monitor.log.fencing import Fence, LeaseLost
from monitor.log.recorders import Recorder, recorder_for
from monitor.log.records import AppendResult, NewRow, Recorded, to_row
from monitor.log.translate import database_errors

DEFAULT_BATCH = 1000
FOLLOW_POLL_S = 0.1


class EventStore:
    """The one append-only log every other part of the monitor reads and writes."""

    def __init__(self, engine: Engine, decoder: EventDecoder | None = None) -> None:
        self.engine = engine
        self._recorder: Recorder = recorder_for(engine.dialect.name)
        self._read_row = self._recorder.row_reader((decoder or EventDecoder()).decode_text)

    @property
    def read_only(self) -> bool:
        """A SQLite file on a read-only filesystem: readable, nothing can be appended or projected."""
        return is_read_only(self.engine)

    # -- writing ---------------------------------------------------------------

    def append(self, events: Iterable[Event], *, now: datetime | None = None,
               fence: Fence | None = None) -> AppendResult:
        """Append all events in one transaction; events whose key is already stored are skipped.

        With a ``fence`` (work done under a lease), nothing is appended unless the lease is
        still held when the transaction runs: :class:`LeaseLost` instead."""
        recorded_at = now or datetime.now(timezone.utc)
        rows, duplicates = _new_rows(events, recorded_at)
        with database_errors(self.engine.url), self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                _check(fence, conn)
                appended = self._recorder.append_rows(conn, rows, recorded_at) if rows else 0
                head = self._recorder.head(conn)
        return AppendResult(appended, duplicates + len(rows) - appended, head)

    def append_batches(self, batches: Sequence[Iterable[Event]], *, now: datetime | None = None,
                       fences: Sequence[Fence | None] = ()) -> list[AppendResult]:
        """Several appends in one transaction: all land or none do, each batch counted on
        its own as :meth:`append` would count it (one commit instead of one per batch).
        ``fences`` go with the batches in order; one lost lease fails them all."""
        recorded_at = now or datetime.now(timezone.utc)
        prepared = [_new_rows(events, recorded_at) for events in batches]
        results = []
        with database_errors(self.engine.url), self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                for fence in fences:
                    _check(fence, conn)
                for rows, duplicates in prepared:
                    appended = self._recorder.append_rows(conn, rows, recorded_at) if rows else 0
                    results.append(AppendResult(appended, duplicates + len(rows) - appended, self._recorder.head(conn)))
        return results

    # -- reading ---------------------------------------------------------------

    def head(self) -> int:
        """The position of the newest event (0 for an empty log)."""
        with database_errors(self.engine.url), self.engine.connect() as conn:
            return self._recorder.head(conn)

    def position_before(self, recorded_since: datetime) -> int:
        """Where to start reading to see the events recorded at or after a moment."""
        with database_errors(self.engine.url), self.engine.connect() as conn:
            return self._recorder.first_position_recorded_since(conn, recorded_since)

    def read_at(self, positions: Iterable[int], conn: Connection | None = None) -> dict[int, Recorded]:
        """The events at some positions: a projection following its references into the log."""
        wanted = sorted(set(positions))
        if not wanted:
            return {}
        with self._connection(conn) as c:
            rows = self._recorder.read_positions(c, wanted)
        return {row[0]: self._read_row(row) for row in rows}

    def positions_mentioning(self, type_name: str, field: str, prefix: str, limit: int = 50,
                             conn: Connection | None = None) -> list[int]:
        """Positions of events of a type whose data has ``field`` starting with ``prefix`` anywhere.

        A text scan of the log, for rare lookups by an id nothing indexes (an analyst's
        claim id); it may return false hits, which the caller checks on the decoded events.
        """
        with self._connection(conn) as c:
            return self._recorder.positions_mentioning(c, type_name, field, prefix, limit)

    def stored_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` the log holds (the unique index answers: no event is read)."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        query = sa.text("SELECT key FROM events WHERE key IN :keys").bindparams(sa.bindparam("keys", expanding=True))
        with database_errors(self.engine.url), self.engine.connect() as conn:
            for i in range(0, len(keys), DEFAULT_BATCH):
                found.update(conn.execute(query, {"keys": keys[i:i + DEFAULT_BATCH]}).scalars())
        return found

    @contextmanager
    def _connection(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
            return
        with database_errors(self.engine.url), self.engine.connect() as fresh:
            yield fresh

    def read_batches(
        self,
        after: int = 0,
        types: Sequence[str] | None = None,
        batch_size: int = DEFAULT_BATCH,
        until: int | None = None,
    ) -> Iterator[list[Recorded]]:
        """Events after a position, oldest first, one short read transaction per batch."""
        decode = self._read_row
        while True:
            with database_errors(self.engine.url), self.engine.connect() as conn:
                rows = self._recorder.read_rows(conn, after, batch_size, types, until)
            if not rows:
                return
            yield [decode(row) for row in rows]
            after = rows[-1][0]
            if len(rows) < batch_size:
                return

    def read(
        self,
        after: int = 0,
        types: Sequence[str] | None = None,
        batch_size: int = DEFAULT_BATCH,
        until: int | None = None,
    ) -> Iterator[Recorded]:
        """Events after a position, one by one (see :meth:`read_batches`)."""
        for batch in self.read_batches(after, types, batch_size, until):
            yield from batch

    def follow(
        self,
        after: int = 0,
        types: Sequence[str] | None = None,
        stop: threading.Event | None = None,
        poll_interval: float = FOLLOW_POLL_S,
    ) -> Iterator[Recorded]:
        """Yield events as they land, forever or until ``stop`` is set."""
        stop = stop or threading.Event()
        while not stop.is_set():
            got_any = False
            for batch in self.read_batches(after, types):
                got_any = True
                yield from batch
                after = batch[-1].position
            if not got_any:
                stop.wait(poll_interval)


def _check(fence: Fence | None, conn: Connection) -> None:
    if fence is not None and not fence.hold(conn):
        raise LeaseLost(f"{fence.describe()} was taken over by another process (this one held it too long): "
                        "not recorded")


def _new_rows(events: Iterable[Event], recorded_at: datetime) -> tuple[list[NewRow], int]:
    """The rows of one batch without keys repeated within it, and how many were dropped."""
    rows: list[NewRow] = []
    seen: set[str] = set()
    duplicates = 0
    for event in events:
        row = to_row(event, recorded_at)
        if row.key in seen:
            duplicates += 1
            continue
        seen.add(row.key)
        rows.append(row)
    return rows, duplicates
