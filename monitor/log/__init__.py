"""The append-only event log (SQLite by default, PostgreSQL when shared).

Public surface: :func:`open_store` to get an :class:`EventStore`, :func:`initialise` to
create or upgrade the schema, the stored-event types and the errors in
:mod:`monitor.log.errors`; :class:`DaemonLock` (one ``monitor run`` per SQLite file) and
:class:`FileLock` / :func:`lock_path` (locks beside a SQLite file). Everything else here is private to the log.
"""

from monitor.log.errors import (
    BadDatabaseURL,
    DatabaseMissing,
    DatabaseUnavailable,
    LogError,
    NotADatabase,
    SchemaOutdated,
)
from monitor.log.file_lock import DaemonLock, DaemonRunning, FileLock, lock_path
from monitor.log.opening import initialise, open_store
from monitor.log.records import AppendResult, Recorded
from monitor.log.store import EventStore

__all__ = [
    "AppendResult",
    "BadDatabaseURL",
    "DaemonLock",
    "DaemonRunning",
    "DatabaseMissing",
    "DatabaseUnavailable",
    "EventStore",
    "FileLock",
    "LogError",
    "NotADatabase",
    "Recorded",
    "SchemaOutdated",
    "initialise",
    "lock_path",
    "open_store",
]
