"""Column types and bulk writes of projection tables, the same on every backend.

A projection declares its tables with these types and never asks which database it is on:
a moment is ISO-8601 text on SQLite (it sorts) and TIMESTAMPTZ on PostgreSQL, a JSON value
is text on SQLite and JSONB on PostgreSQL, and :func:`bulk_insert` takes the fastest path of
each (the driver's own executemany on SQLite, where SQLAlchemy's per-row processing would
double a rebuild's time).
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

from monitor.domain.codec import decode_json, encode, iso


class UTCTime(TypeDecorator):
    """ISO-8601 text on SQLite (sortable), TIMESTAMPTZ on PostgreSQL; always aware UTC in Python."""

    impl = sa.Text
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            from sqlalchemy.dialects import postgresql  # loaded with the dialect; a SQLite process never needs it

            return dialect.type_descriptor(postgresql.TIMESTAMP(timezone=True))
        return dialect.type_descriptor(sa.Text())

    def process_bind_param(self, value, dialect):
        if value is None or dialect.name == "postgresql":
            return value
        return iso(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        return moment.astimezone(timezone.utc)


class JSONValue(TypeDecorator):
    """JSON text on SQLite, JSONB on PostgreSQL."""

    impl = sa.Text
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            from sqlalchemy.dialects import postgresql

            return dialect.type_descriptor(postgresql.JSONB())
        return dialect.type_descriptor(sa.Text())

    def process_bind_param(self, value, dialect):
        if value is None or dialect.name == "postgresql":
            return value
        return encode(value)

    def process_result_value(self, value, dialect):
        if value is None or not isinstance(value, (str, bytes)):
            return value
        return decode_json(value)


def bulk_insert(conn, table: sa.Table, rows: list[tuple]) -> None:
    """Insert rows given in the table's column order.

    On SQLite straight through the driver's executemany (a rebuild writes millions of
    rows and SQLAlchemy's per-row processing would double its time); elsewhere through
    SQLAlchemy, whose types do the conversions.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        names = [column.name for column in table.columns]
        conn.execute(table.insert(), [dict(zip(names, row)) for row in rows])
        return
    conversions = [(i, iso if isinstance(c.type, UTCTime) else encode)
                   for i, c in enumerate(table.columns) if isinstance(c.type, (UTCTime, JSONValue))]
    prepared = []
    for row in rows:
        values = list(row)
        for index, convert in conversions:
            if values[index] is not None:
                values[index] = convert(values[index])
        prepared.append(values)
    marks = ", ".join("?" * len(table.columns))
    columns = ", ".join(c.name for c in table.columns)
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", prepared)
    finally:
        cursor.close()
