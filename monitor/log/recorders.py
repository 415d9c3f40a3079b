"""Backend-specific reading and writing of the events table.

One recorder per backend, sharing the queries. Appends are serialised and positions are
assigned under the write lock, so positions are gap-free and a follower reading
``position > p`` never skips an event that committed late: on SQLite by BEGIN IMMEDIATE
(one writer at a time), on PostgreSQL by a transaction-level advisory lock (sequence
values there are taken at insert, not at commit).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.domain.codec import encode, iso
from monitor.log.records import NewRow, Recorded

SELECT_COLUMNS = "position, stream, type, version, key, occurred_at, recorded_at, data"
ADVISORY_LOCK_ID = 0x6D6F6E69746F72  # "monitor"
KEY_CHUNK = 500
_ISO_TEXT = re.compile(r"[0-9T:.+-]+")

RawRow = tuple  # (position, stream, type, version, key, occurred_at, recorded_at, data)
EventReader = Callable[[str, int, Any], Any]  # (type, version, JSON text) -> typed event


class Recorder:
    """Shared reads; subclasses say how to write and how their values come back."""

    paramstyle_marker = "?"
    select_columns = SELECT_COLUMNS
    type_column = "+type"  # SQLite: filter while scanning by position, do not switch to the type index

    def read_rows(
        self,
        conn: Connection,
        after: int,
        limit: int,
        types: Sequence[str] | None = None,
        until: int | None = None,
    ) -> list[RawRow]:
        m = self.paramstyle_marker
        bounds = f"position > {m}" + (f" AND position <= {m}" if until is not None else "")
        bound_params = [after] + ([until] if until is not None else [])
        if not types:
            sql = f"SELECT {self.select_columns} FROM events WHERE {bounds} ORDER BY position LIMIT {m}"
            params = [*bound_params, limit]
        else:
            # "type IN (...) ORDER BY position LIMIT n" makes the database read every later
            # event of each type and sort them, for every batch. Instead: the n-th position
            # from one short index range per type, then the rows up to it by position.
            ranges = " UNION ALL ".join(
                f"SELECT * FROM (SELECT position FROM events WHERE type = {m} AND {bounds}"
                f" ORDER BY position LIMIT {m}) AS t{i}" for i in range(len(types)))
            last = conn.exec_driver_sql(
                f"SELECT MAX(position) FROM (SELECT position FROM ({ranges}) AS r ORDER BY position LIMIT {m}) AS l",
                tuple(value for type_name in types for value in (type_name, *bound_params, limit)) + (limit,),
            ).scalar()
            if last is None:
                return []
            sql = (f"SELECT {self.select_columns} FROM events WHERE position > {m} AND position <= {m}"
                   f" AND {self.type_column} IN ({', '.join([m] * len(types))}) ORDER BY position")
            params = [after, last, *types]
        # The DBAPI cursor directly: plain tuples, no per-row wrapping (a replay reads millions).
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.execute(sql, tuple(params))
            return cursor.fetchall()
        finally:
            cursor.close()

    def read_positions(self, conn: Connection, positions: Sequence[int]) -> list[RawRow]:
        m = self.paramstyle_marker
        rows: list[RawRow] = []
        cursor = conn.connection.driver_connection.cursor()
        try:
            for i in range(0, len(positions), KEY_CHUNK):
                chunk = tuple(positions[i:i + KEY_CHUNK])
                cursor.execute(f"SELECT {self.select_columns} FROM events WHERE position IN ({', '.join([m] * len(chunk))})"
                               " ORDER BY position", chunk)
                rows.extend(cursor.fetchall())
        finally:
            cursor.close()
        return rows

    def positions_mentioning(self, conn: Connection, type_name: str, field: str, prefix: str, limit: int) -> list[int]:
        m = self.paramstyle_marker
        sql = (f"SELECT position FROM events WHERE type = {m} AND {self.text_contains} ORDER BY position DESC"
               f" LIMIT {m}")
        return [r[0] for r in conn.exec_driver_sql(sql, (type_name, self.field_text(field, prefix), limit))]

    # How a JSON text fragment is searched for; data's text form differs per backend.
    text_contains = "instr(data, ?) > 0"

    def field_text(self, field: str, prefix: str) -> str:
        return encode({field: prefix})[1:-2]  # '"field":"prefix' as compact JSON writes it

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
        """Turns a raw row into a :class:`Recorded` (PostgreSQL gives datetimes, and data as text)."""

        def read(row: RawRow) -> Recorded:
            return Recorded(*row[:7], decode_event(row[2], row[3], row[7]))

        return read


class SQLiteRecorder(Recorder):
    """Timestamps as ISO-8601 UTC text (sortable), data as JSON text."""

    paramstyle_marker = "?"

    def append_rows(self, conn: Connection, rows: Sequence[NewRow], recorded_at: datetime) -> int:
        # NULL position lets SQLite use max(rowid) + 1; OR IGNORE skips known keys
        # without consuming a position, so the log stays gap-free. The batch's one
        # recording time is written into the statement (an ISO text of digits and
        # '-:+.T' from iso(), nothing to quote), so the rows go in as they are: building
        # a new 7-tuple for each row cost a tenth of an append (bench_log).
        recorded = iso(recorded_at)
        if not _ISO_TEXT.fullmatch(recorded):  # cannot happen with iso(); never quote anything else into SQL
            raise ValueError(f"not an ISO time: {recorded!r}")
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(
                "INSERT OR IGNORE INTO events (stream, type, version, key, occurred_at, data, recorded_at)"
                f" VALUES (?, ?, ?, ?, ?, ?, '{recorded}')",
                rows,
            )
            return cursor.rowcount
        finally:
            cursor.close()

    def timestamp_param(self, moment: datetime) -> str:
        return iso(moment)

    def row_reader(self, decode_event: EventReader) -> Callable[[RawRow], Recorded]:
        fromiso = datetime.fromisoformat

        def read(row: RawRow) -> Recorded:
            position, stream, type_name, version, key, occurred_at, recorded_at, data = row
            return Recorded(position, stream, type_name, version, key, fromiso(occurred_at), fromiso(recorded_at),
                            decode_event(type_name, version, data))

        return read


class PostgresRecorder(Recorder):
    """Appends under an advisory lock with positions counted from the current head."""

    paramstyle_marker = "%s"
    select_columns = SELECT_COLUMNS.replace("data", "data::text")
    type_column = "type"
    text_contains = "strpos(data::text, %s) > 0"

    def field_text(self, field: str, prefix: str) -> str:
        return json.dumps({field: prefix})[1:-2]  # JSONB's text form: '"field": "prefix'

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
