"""Backend-specific reading and writing of the events table.

One recorder per backend, sharing the queries. Appends are serialised and positions are
assigned under the write lock, so positions are gap-free and a follower reading
``position > p`` never skips an event that committed late: on SQLite by BEGIN IMMEDIATE
(one writer at a time), on PostgreSQL by a transaction-level advisory lock (sequence
values there are taken at insert, not at commit).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.domain.codec import decode_json, iso
from monitor.log.records import NewRow, Recorded

SELECT_COLUMNS = "position, stream, type, version, key, occurred_at, recorded_at, data"
ADVISORY_LOCK_ID = 0x6D6F6E69746F72  # "monitor"
KEY_CHUNK = 500

RawRow = tuple  # (position, stream, type, version, key, occurred_at, recorded_at, data)
EventReader = Callable[[str, int, Any], Any]  # (type, version, data) -> typed event


class Recorder:
    """Shared reads; subclasses say how to write and how their values come back."""

    paramstyle_marker = "?"

    def read_rows(
        self,
        conn: Connection,
        after: int,
        limit: int,
        types: Sequence[str] | None = None,
        until: int | None = None,
    ) -> list[RawRow]:
        m = self.paramstyle_marker
        sql = f"SELECT {SELECT_COLUMNS} FROM events WHERE position > {m}"
        params: list = [after]
        if until is not None:
            sql += f" AND position <= {m}"
            params.append(until)
        if types:
            sql += f" AND type IN ({', '.join([m] * len(types))})"
            params.extend(types)
        sql += f" ORDER BY position LIMIT {m}"
        params.append(limit)
        # The DBAPI cursor directly: plain tuples, no per-row wrapping (a replay reads millions).
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.execute(sql, tuple(params))
            return cursor.fetchall()
        finally:
            cursor.close()

    def head(self, conn: Connection) -> int:
        return conn.exec_driver_sql("SELECT COALESCE(MAX(position), 0) FROM events").scalar_one()

    def first_position_recorded_since(self, conn: Connection, moment: datetime) -> int:
        """The position just before the first event recorded at or after ``moment``."""
        m = self.paramstyle_marker
        found = conn.exec_driver_sql(
            f"SELECT MIN(position) FROM events WHERE recorded_at >= {m}", (self.timestamp_param(moment),)
        ).scalar_one()
        return self.head(conn) if found is None else found - 1

    def append_rows(self, conn: Connection, rows: Sequence[NewRow], recorded_at: datetime) -> int:
        raise NotImplementedError

    def timestamp_param(self, moment: datetime):
        return moment

    def row_reader(self, decode_event: EventReader) -> Callable[[RawRow], Recorded]:
        """Turns a raw row into a :class:`Recorded` (PostgreSQL gives datetimes and dicts)."""

        def read(row: RawRow) -> Recorded:
            return Recorded(*row[:7], decode_event(row[2], row[3], row[7]))

        return read


class SQLiteRecorder(Recorder):
    """Timestamps as ISO-8601 UTC text (sortable), data as JSON text."""

    paramstyle_marker = "?"

    def append_rows(self, conn: Connection, rows: Sequence[NewRow], recorded_at: datetime) -> int:
        # NULL position lets SQLite use max(rowid) + 1; OR IGNORE skips known keys
        # without consuming a position, so the log stays gap-free.
        recorded = iso(recorded_at)
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(
                "INSERT OR IGNORE INTO events (stream, type, version, key, occurred_at, recorded_at, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*row[:5], recorded, row.data) for row in rows],
            )
            return cursor.rowcount
        finally:
            cursor.close()

    def timestamp_param(self, moment: datetime) -> str:
        return iso(moment)

    def row_reader(self, decode_event: EventReader) -> Callable[[RawRow], Recorded]:
        fromiso, loads = datetime.fromisoformat, decode_json

        def read(row: RawRow) -> Recorded:
            position, stream, type_name, version, key, occurred_at, recorded_at, data = row
            return Recorded(position, stream, type_name, version, key, fromiso(occurred_at), fromiso(recorded_at),
                            decode_event(type_name, version, loads(data)))

        return read


class PostgresRecorder(Recorder):
    """Appends under an advisory lock with positions counted from the current head."""

    paramstyle_marker = "%s"

    def append_rows(self, conn: Connection, rows: Sequence[NewRow], recorded_at: datetime) -> int:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_LOCK_ID,))
        keys = [r.key for r in rows]
        known: set[str] = set()
        for i in range(0, len(keys), KEY_CHUNK):
            chunk = keys[i : i + KEY_CHUNK]
            known.update(
                conn.execute(sa.text("SELECT key FROM events WHERE key = ANY(:keys)"), {"keys": chunk}).scalars()
            )
        fresh = [r for r in rows if r.key not in known]
        if not fresh:
            return 0
        position = self.head(conn)
        values = []
        for row in fresh:
            position += 1
            values.append((position, *row[:5], recorded_at, row.data))
        conn.exec_driver_sql(
            "INSERT INTO events (position, stream, type, version, key, occurred_at, recorded_at, data)"
            " VALUES (%s, %s, %s, %s, %s, CAST(%s AS TIMESTAMPTZ), %s, CAST(%s AS JSONB))",
            values,
        )
        return len(fresh)


def recorder_for(dialect_name: str) -> Recorder:
    return PostgresRecorder() if dialect_name == "postgresql" else SQLiteRecorder()
