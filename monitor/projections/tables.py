"""The front projection's tables as SQLAlchemy Core objects (created by migrations 0002 to 0004)."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeDecorator

from monitor.domain.codec import decode_json, encode, iso


class UTCTime(TypeDecorator):
    """ISO-8601 text on SQLite (sortable), TIMESTAMPTZ on PostgreSQL; always aware UTC in Python."""

    impl = sa.Text
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
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


metadata = sa.MetaData()

checkpoints = sa.Table(
    "projection_checkpoints", metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("position", sa.BigInteger, nullable=False),
    sa.Column("version", sa.Text, nullable=False),
)
articles = sa.Table(
    "front_articles", metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("source", sa.Text), sa.Column("outlet", sa.Text), sa.Column("url", sa.Text),
    sa.Column("title", sa.Text), sa.Column("claims_position", sa.BigInteger),
    sa.Column("published", UTCTime),  # None: undated
)
place_claims = sa.Table(
    "front_place_claims", metadata,
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("chunk", sa.Integer, primary_key=True),
    sa.Column("positions", JSONValue),
)
sources = sa.Table(
    "front_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("key", sa.Text),
)
verdicts = sa.Table(
    "front_verdicts", metadata,
    sa.Column("claim_id", sa.Text, primary_key=True),
    sa.Column("position", sa.BigInteger), sa.Column("verdict", sa.Text), sa.Column("note", sa.Text),
)
status = sa.Table(
    "front_status", metadata,
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("place_id", sa.Text), sa.Column("place", sa.Text), sa.Column("control", sa.Text),
    sa.Column("confidence", sa.Text), sa.Column("since", UTCTime), sa.Column("latest", UTCTime),
    sa.Column("deciding", JSONValue), sa.Column("sources_ukraine", sa.Integer),
    sa.Column("sources_russia", sa.Integer), sa.Column("sources_independent", sa.Integer),
    sa.Column("last_confirmed", sa.Text), sa.Column("position", sa.BigInteger),
    sa.Column("deciding_at", JSONValue), sa.Column("evidence_state", sa.LargeBinary),
    sa.Column("world_newest", sa.Text),
)


def _transitions(name: str) -> sa.Table:
    return sa.Table(
        name, metadata,
        sa.Column("position", sa.BigInteger, primary_key=True),
        sa.Column("place_key", sa.Text, primary_key=True),
        sa.Column("place", sa.Text), sa.Column("at", UTCTime), sa.Column("from_control", sa.Text),
        sa.Column("from_confidence", sa.Text), sa.Column("to_control", sa.Text), sa.Column("to_confidence", sa.Text),
        sa.Column("causes", JSONValue), sa.Column("step", sa.Text),
    )


history = _transitions("front_history")  # each place's status history in world time (migration 0004)
feed = _transitions("front_feed")  # changes of the current status in log order, for alert consumers


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
