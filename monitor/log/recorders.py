"""Backend-specific reading and writing of the events table.

One recorder per backend, sharing the queries. Appends are serialised and positions are
assigned under the write lock, so positions are gap-free and a follower reading
``position > p`` never skips an event that committed late: on SQLite by BEGIN IMMEDIATE
(one writer at a time), on PostgreSQL by a transaction-level advisory lock (sequence
values there are taken at insert, not at commit).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.log.records import NewRow

SELECT_COLUMNS = "position, stream, type, version, key, occurred_at, recorded_at, data"
ADVISORY_LOCK_ID = 0x6D6F6E69746F72  # "monitor"
KEY_CHUNK = 500

RawRow = tuple  # (position, stream, type, version, key, occurred_at, recorded_at, data)


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
        return conn.exec_driver_sql(sql, tuple(params)).fetchall()

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

    def decode_timestamp(self, value) -> datetime:
        return value

    def decode_data(self, value) -> dict:
        return value


class SQLiteRecorder(Recorder):
    """Timestamps as ISO-8601 UTC text (sortable), data as JSON text."""

    paramstyle_marker = "?"

    def append_rows(self, conn: Connection, rows: Sequence[NewRow], recorded_at: datetime) -> int:
        # NULL position lets SQLite use max(rowid) + 1; OR IGNORE skips known keys
        # without consuming a position, so the log stays gap-free.
        recorded = self.timestamp_param(recorded_at)
        ts = self.timestamp_param
        cursor = conn.exec_driver_sql(
            "INSERT OR IGNORE INTO events (stream, type, version, key, occurred_at, recorded_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r.stream, r.type, r.version, r.key, ts(r.occurred_at), recorded, r.data) for r in rows],
        )
        return cursor.rowcount

    def timestamp_param(self, moment: datetime) -> str:
        return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")

    def decode_timestamp(self, value: str) -> datetime:
        return datetime.fromisoformat(value)

    def decode_data(self, value: str) -> dict:
        return json.loads(value)


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
            values.append((position, row.stream, row.type, row.version, row.key, row.occurred_at, recorded_at, row.data))
        conn.exec_driver_sql(
            "INSERT INTO events (position, stream, type, version, key, occurred_at, recorded_at, data)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, CAST(%s AS JSONB))",
            values,
        )
        return len(fresh)


def recorder_for(dialect_name: str) -> Recorder:
    return PostgresRecorder() if dialect_name == "postgresql" else SQLiteRecorder()
