"""Projection storage: a projection's writes and its position in the log, in one transaction.

eventsourcing's tracking recorder: a projection applies a batch of events and moves its
checkpoint in the same transaction, holding its own lock (a transaction-level advisory
lock on PostgreSQL, the one writer on SQLite), so two processes catching the same
projection up never apply a batch twice and a crash leaves the old rows with the old
checkpoint. Here too are consumers' checkpoints (the alert hooks' places in the feed of
changes) and *keyed state*: small projections that are a map from a key to a JSON value
(the pollers' memory of each source and of each article's latest content hash), read back
a few keys at a time so that no process needs all of it in memory.

Projections name no database: what differs per backend is in :mod:`monitor.log.backend_sql`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.domain.codec import decode_json, encode
from monitor.log.backend_sql import BackendSql, read_connection, sql_for, write_transaction
from monitor.log.store import EventStore

KEY_CHUNK = 500
CONSUMER_VERSION = "consumer-1"


def _checkpoint(conn: Connection, name: str) -> tuple[int, str | None]:
    row = conn.execute(sa.text("SELECT position, version FROM projection_checkpoints WHERE name = :name"),
                       {"name": name}).first()
    return (row[0], row[1]) if row else (0, None)


def _state(conn: Connection, sql: BackendSql, space: str, keys: Iterable[str]) -> dict[str, Any]:
    keys = list(dict.fromkeys(keys))
    found: dict[str, Any] = {}
    query = sa.text(f"SELECT key, {sql.json_out('value')} FROM projection_state"
                    f" WHERE space = :space AND {sql.in_list('key', 'keys')}")
    for i in range(0, len(keys), KEY_CHUNK):
        for key, value in conn.execute(query, {"space": space, "keys": sql.list_value(keys[i:i + KEY_CHUNK])}):
            found[key] = decode_json(value)
    return found


class ProjectionWrite:
    """One write transaction of a projection, holding its lock; see :meth:`Tracking.writing`."""

    def __init__(self, conn: Connection, sql: BackendSql, name: str) -> None:
        self.conn = conn
        self.name = name
        self._sql = sql

    def checkpoint(self) -> tuple[int, str | None]:
        """(position, version) the projection's rows reflect; (0, None) if never written."""
        return _checkpoint(self.conn, self.name)

    def set_checkpoint(self, position: int, version: str) -> None:
        self.conn.execute(sa.text("DELETE FROM projection_checkpoints WHERE name = :name"), {"name": self.name})
        self.conn.execute(sa.text("INSERT INTO projection_checkpoints (name, position, version)"
                                  " VALUES (:name, :position, :version)"),
                          {"name": self.name, "position": position, "version": version})

    def state(self, space: str, keys: Iterable[str]) -> dict[str, Any]:
        return _state(self.conn, self._sql, space, keys)

    def put_state(self, space: str, items: Mapping[str, Any]) -> None:
        if not items:
            return
        self.conn.execute(sa.text(
            f"INSERT INTO projection_state (space, key, value) VALUES (:space, :key, {self._sql.json_in('value')})"
            " ON CONFLICT (space, key) DO UPDATE SET value = excluded.value"),
            [{"space": space, "key": key, "value": encode(value)} for key, value in items.items()])

    @contextmanager
    def indexes_deferred(self, tables: Iterable[str]) -> Iterator[None]:
        """A bulk load into ``tables`` with their secondary indexes built after it, where that
        is faster (SQLite); the indexes are back when the block ends."""
        recreate = self._sql.drop_indexes(self.conn, list(tables))
        yield
        for statement in recreate:
            self.conn.exec_driver_sql(statement)

    def clear_state(self, space: str) -> None:
        self.conn.execute(sa.text("DELETE FROM projection_state WHERE space = :space"), {"space": space})


class Tracking:
    """The projection storage of one store."""

    def __init__(self, store: EventStore) -> None:
        self.engine = store.engine
        self.sql = sql_for(store.engine)

    @contextmanager
    def writing(self, name: str) -> Iterator[ProjectionWrite]:
        """A write transaction holding projection ``name``'s lock: committed when the block
        ends, rolled back (rows and checkpoint together) if it raises."""
        with write_transaction(self.engine, lock=f"projection:{name}") as conn:
            yield ProjectionWrite(conn, self.sql, name)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for a projection's reads; a driver error becomes one line naming the database."""
        with read_connection(self.engine) as conn:
            yield conn

    def checkpoint(self, name: str) -> tuple[int, str | None]:
        with read_connection(self.engine) as conn:
            return _checkpoint(conn, name)

    def state(self, space: str, keys: Iterable[str]) -> dict[str, Any]:
        """The stored values of some keys (those without one are absent)."""
        with read_connection(self.engine) as conn:
            return _state(conn, self.sql, space, keys)

    def all_state(self, space: str) -> dict[str, Any]:
        with read_connection(self.engine) as conn:
            rows = conn.execute(sa.text(f"SELECT key, {self.sql.json_out('value')} FROM projection_state"
                                        " WHERE space = :space"), {"space": space})
            return {key: decode_json(value) for key, value in rows}

    # -- consumers ------------------------------------------------------------------

    def consumer_checkpoints(self, names: Iterable[str]) -> dict[str, int]:
        """The stored checkpoint of each named consumer that has one."""
        names = list(names)
        with read_connection(self.engine) as conn:
            rows = conn.execute(sa.text(f"SELECT name, position FROM projection_checkpoints"
                                        f" WHERE {self.sql.in_list('name', 'names')}"),
                                {"names": self.sql.list_value(names)})
            return {name: position for name, position in rows}

    def set_consumer_checkpoint(self, name: str, position: int, *, only_if_missing: bool = False) -> None:
        """Store a consumer's checkpoint (with ``only_if_missing``: enrol it, never move it)."""
        with write_transaction(self.engine) as conn:
            found = conn.execute(sa.text("SELECT position FROM projection_checkpoints WHERE name = :name"),
                                 {"name": name}).first()
            if found is not None and only_if_missing:
                return
            if found is not None:
                conn.execute(sa.text("UPDATE projection_checkpoints SET position = :position WHERE name = :name"),
                             {"name": name, "position": position})
            else:
                conn.execute(sa.text("INSERT INTO projection_checkpoints (name, position, version)"
                                     " VALUES (:name, :position, :version)"),
                             {"name": name, "position": position, "version": CONSUMER_VERSION})
