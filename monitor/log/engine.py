"""Turning a database setting into a configured SQLAlchemy engine.

SQLite is the embedded default: WAL so readers never block the writer, a busy timeout
so a second writer waits instead of failing, and ``BEGIN IMMEDIATE`` for writes so two
writers queue up front rather than deadlock on lock upgrade. PostgreSQL (psycopg 3) is
the shared log.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from monitor.domain.codec import decode_json, encode
from monitor.log.errors import BadDatabaseURL, DatabaseMissing

DEFAULT_URL = "sqlite:///monitor.db"
BUSY_TIMEOUT_S = 30.0
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# Execution option that marks a connection as the writer's (BEGIN IMMEDIATE on SQLite).
WRITE = "monitor_write"


def resolve_url(value: str | None) -> URL:
    """The URL for a database setting (None means ./monitor.db); a bare path means SQLite."""
    raw = value or DEFAULT_URL
    if "://" not in raw:
        raw = "sqlite:///" + raw
    try:
        url = make_url(raw)
    except sa.exc.ArgumentError:
        raise BadDatabaseURL(f"database URL {raw!r} is not a URL (try sqlite:///PATH or postgresql://HOST/DB)") from None
    backend = url.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise BadDatabaseURL(
            f"database URL {describe(url)}: unknown scheme {backend!r} (use sqlite:///PATH or postgresql://HOST/DB)"
        )
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The URL as shown to users: a SQLite file by its path, others without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and non-SQLite URLs."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def on_read_only_filesystem(path: Path) -> bool:
    """Whether ``path`` (or, if it does not exist, its folder) is on a read-only filesystem."""
    try:
        return bool(os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def create_engine(url: URL, *, must_exist: bool = True) -> Engine:
    """An engine for ``url``; with ``must_exist`` a missing SQLite file is an error, not created.

    A SQLite file on a read-only filesystem (a snapshot, a mounted backup) is opened
    read-only and immutable: SQLite would otherwise try to create its WAL index beside it
    and fail to read at all. Nothing can change it there, so reading it immutable is exact.
    """
    path = sqlite_path(url)
    if path is not None and must_exist and not path.exists():
        raise DatabaseMissing(f"no database at {path}: run `monitor init` first")
    if path is not None and must_exist and on_read_only_filesystem(path):
        return _read_only_sqlite_engine(url, path)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    try:
        # JSONB through the same codec as events: datetimes and dataclasses encode natively.
        return sa.create_engine(url, pool_pre_ping=True, json_serializer=encode, json_deserializer=decode_json,
                                connect_args=postgres_session_settings(url))
    except ModuleNotFoundError:
        raise BadDatabaseURL(
            "PostgreSQL needs psycopg: pip install 'front-monitor[postgres]'"
        ) from None


# PostgreSQL sessions of several daemons, possibly on several machines. TCP keepalives notice a
# dead peer in about 25 s (10 s idle, then 3 probes 5 s apart; unanswered sends give up after
# 30 s), instead of the two hours of the kernel's defaults. A transaction left idle for 15 s is
# ended by the server (a frozen or cut-off daemon must not hold the append lock, which every
# other daemon waits for); no monitor transaction waits on Python that long. A statement
# running 5 minutes is stopped (none of the monitor's come near; a migration of a very large
# log may need MONITOR_PG_OPTIONS).
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
              "tcp_user_timeout": 30_000}
SESSION_OPTIONS = ("-c statement_timeout=300000 -c idle_in_transaction_session_timeout=15000"
                   # the server's side of the same keepalives: a daemon's machine that vanished
                   # ends its sessions (and their locks) within about 30 s
                   " -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
                   " -c tcp_user_timeout=30000")


def postgres_session_settings(url: URL) -> dict[str, object]:
    """Connection arguments for psycopg: keepalives and timeouts, unless the URL sets its own."""
    settings: dict[str, object] = {k: v for k, v in KEEPALIVES.items() if k not in url.query}
    if "options" not in url.query:
        settings["options"] = os.environ.get("MONITOR_PG_OPTIONS", SESSION_OPTIONS)
    return settings


def _read_only_sqlite_engine(url: URL, path: Path) -> Engine:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    engine = sa.create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")  # a write fails with "attempt to write a readonly database"

    return engine


def is_read_only(engine: Engine) -> bool:
    """Whether ``engine`` reads a SQLite file on a read-only filesystem (nothing can be written)."""
    path = sqlite_path(engine.url)
    return path is not None and path.exists() and on_read_only_filesystem(path)


def _sqlite_engine(url: URL) -> Engine:
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine
