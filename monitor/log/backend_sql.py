"""What differs between SQLite and PostgreSQL in the SQL of shared work and projection storage.

One small class per backend, so the modules that coordinate daemons (the poll schedule,
leases, claimed ranges) and store projections write their SQL once:

- *the lock*: a named lock held to the end of a write transaction. PostgreSQL takes a
  transaction-level advisory lock; SQLite has one writer at a time (``BEGIN IMMEDIATE``),
  so the write transaction is the lock;
- *now*: seconds since the epoch by the database's clock (machines of one PostgreSQL then
  agree on when a lease expires);
- *skip locked*: PostgreSQL lets a claim pass over rows another transaction is claiming;
  SQLite needs nothing (one writer);
- *a list parameter*: an array on PostgreSQL, a JSON array on SQLite (no limit on its length);
- *JSON values*: JSONB on PostgreSQL (bound as text, read back as text for one fast decoder),
  text on SQLite;
- *index deferral* for a bulk load: SQLite builds an index faster once, after the rows,
  than row by row; PostgreSQL keeps its indexes (dropping them would block readers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from monitor.domain.codec import encode
from monitor.log.engine import WRITE
from monitor.log.translate import database_errors


def lock_key(name: str) -> int:
    """A signed 64-bit key for a named advisory lock."""
    return int.from_bytes(hashlib.sha256(f"monitor:{name}".encode()).digest()[:8], "big", signed=True)


class BackendSql:
    now = ""
    skip_locked = ""

    def json_in(self, param: str) -> str:
        return f":{param}"

    def json_out(self, column: str) -> str:
        return column

    def lock(self, conn: Connection, name: str) -> None:
        """Hold the lock ``name`` until the transaction ends."""

    def in_list(self, column: str, param: str) -> str:
        raise NotImplementedError

    def list_value(self, values: Sequence[str]):
        raise NotImplementedError

    def drop_indexes(self, conn: Connection, tables: Sequence[str]) -> list[str]:
        """Drop the secondary indexes of ``tables`` for a bulk load; what recreates them."""
        return []


class SqliteSql(BackendSql):
    now = "((julianday('now') - 2440587.5) * 86400.0)"

    def in_list(self, column: str, param: str) -> str:
        return f"{column} IN (SELECT value FROM json_each(:{param}))"

    def list_value(self, values: Sequence[str]) -> str:
        return encode(list(values))

    def drop_indexes(self, conn: Connection, tables: Sequence[str]) -> list[str]:
        indexes = conn.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN (SELECT value FROM json_each(:tables))"), {"tables": encode(list(tables))}).all()
        for name, _ in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return [sql for _, sql in indexes]


class PostgresSql(BackendSql):
    now = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS DOUBLE PRECISION)"
    skip_locked = " FOR UPDATE SKIP LOCKED"

    def lock(self, conn: Connection, name: str) -> None:
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})

    def in_list(self, column: str, param: str) -> str:
        return f"{column} = ANY(:{param})"

    def json_in(self, param: str) -> str:
        return f"CAST(:{param} AS JSONB)"

    def json_out(self, column: str) -> str:
        return f"{column}::text"

    def list_value(self, values: Sequence[str]) -> list[str]:
        return list(values)


def sql_for(engine: Engine) -> BackendSql:
    return PostgresSql() if engine.dialect.name == "postgresql" else SqliteSql()


@contextmanager
def write_transaction(engine: Engine, lock: str | None = None) -> Iterator[Connection]:
    """A write transaction (``BEGIN IMMEDIATE`` on SQLite), holding the named lock if given;
    committed when the block ends, rolled back if it raises. Driver errors become one line."""
    with database_errors(engine.url), engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})
        with conn.begin():
            if lock is not None:
                sql_for(engine).lock(conn, lock)
            yield conn


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    with database_errors(engine.url), engine.connect() as conn:
        yield conn
