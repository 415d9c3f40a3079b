"""The append-only event log (SQLite by default, PostgreSQL when shared).

Public surface: :func:`open_store` to get an :class:`EventStore`, :func:`initialise` to
create or upgrade the schema, the stored-event types and the errors in
:mod:`monitor.log.errors`; :class:`DaemonLock` (one ``monitor run`` per SQLite file) and
:class:`FileLock` / :func:`lock_path` (locks beside a SQLite file).

Shared work between processes (several daemons on one PostgreSQL): :class:`PollSchedule`
(due rows claimed for one poll), :class:`WorkRanges` (ranges of the log claimed for
per-article work), :class:`Lease` / :func:`lease_for` (one holder per role, with expiry),
:class:`Fence` / :class:`LeaseLost` (work recorded only under a lease still held),
:func:`worker_id`. Projection storage: :class:`Tracking` (a projection's write transaction,
lock and checkpoint, index deferral; consumer checkpoints; keyed state; reads with errors
made one line) and the column types :class:`UTCTime`, :class:`JSONValue` with
:func:`bulk_insert`. URLs: :func:`resolve_url`, :func:`describe`, :func:`sqlite_path`.
Everything else here is private to the log.
"""

from monitor.log.errors import (
    BadDatabaseURL,
    DatabaseMissing,
    DatabaseUnavailable,
    LogError,
    NotADatabase,
    SchemaOutdated,
)
from monitor.log.columns import JSONValue, UTCTime, bulk_insert
from monitor.log.engine import describe, resolve_url, sqlite_path
from monitor.log.fencing import Fence, LeaseLost
from monitor.log.file_lock import DaemonLock, DaemonRunning, FileLock, lock_path
from monitor.log.opening import initialise, open_store
from monitor.log.records import AppendResult, Recorded
from monitor.log.store import EventStore
from monitor.log.leases import Lease, lease_for
from monitor.log.schedule import ClaimRound, PollClaim, PollSchedule
from monitor.log.tracking import ProjectionWrite, Tracking
from monitor.log.work_ranges import RangeClaim, WorkRanges
from monitor.log.workers import HEARTBEAT_SECONDS, LEASE_SECONDS, worker_id

__all__ = [
    "HEARTBEAT_SECONDS",
    "LEASE_SECONDS",
    "AppendResult",
    "BadDatabaseURL",
    "ClaimRound",
    "DaemonLock",
    "DaemonRunning",
    "DatabaseMissing",
    "DatabaseUnavailable",
    "EventStore",
    "Fence",
    "FileLock",
    "JSONValue",
    "Lease",
    "LeaseLost",
    "LogError",
    "NotADatabase",
    "PollClaim",
    "PollSchedule",
    "ProjectionWrite",
    "RangeClaim",
    "Recorded",
    "SchemaOutdated",
    "Tracking",
    "UTCTime",
    "WorkRanges",
    "bulk_insert",
    "describe",
    "initialise",
    "lock_path",
    "lease_for",
    "open_store",
    "resolve_url",
    "sqlite_path",
    "worker_id",
]
