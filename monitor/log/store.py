"""The event store: append batches atomically, read from a position, follow new events."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone

from sqlalchemy.engine import Engine

from monitor.domain.events import Event
from monitor.domain.upcasting import EventDecoder
from monitor.log.engine import WRITE
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
        self._read_row = self._recorder.row_reader((decoder or EventDecoder()).decode)

    # -- writing ---------------------------------------------------------------

    def append(self, events: Iterable[Event], *, now: datetime | None = None) -> AppendResult:
        """Append all events in one transaction; events whose key is already stored are skipped."""
        recorded_at = now or datetime.now(timezone.utc)
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
        with database_errors(self.engine.url), self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                appended = self._recorder.append_rows(conn, rows, recorded_at) if rows else 0
                head = self._recorder.head(conn)
        return AppendResult(appended, duplicates + len(rows) - appended, head)

    # -- reading ---------------------------------------------------------------

    def head(self) -> int:
        """The position of the newest event (0 for an empty log)."""
        with database_errors(self.engine.url), self.engine.connect() as conn:
            return self._recorder.head(conn)

    def position_before(self, recorded_since: datetime) -> int:
        """Where to start reading to see the events recorded at or after a moment."""
        with database_errors(self.engine.url), self.engine.connect() as conn:
            return self._recorder.first_position_recorded_since(conn, recorded_since)

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
