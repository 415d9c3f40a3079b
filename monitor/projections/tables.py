"""The front projection's tables as SQLAlchemy Core objects (created by migrations 0002 to 0004).

Their column types and bulk writes are the log's (``monitor.log.columns``): nothing here
names a database."""

from __future__ import annotations

import sqlalchemy as sa

from monitor.log import JSONValue, UTCTime, bulk_insert

__all__ = ["JSONValue", "UTCTime", "articles", "bulk_insert", "checkpoints", "feed", "history", "metadata",
           "place_claims", "sources", "status", "verdicts"]

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
