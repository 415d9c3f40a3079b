"""One process at a time for a role (the projection catch-up, the alert dispatcher), with failover.

Marten's async daemon elects one owner per projection; so does the monitor, per role:

- **PostgreSQL**: a row in ``leases`` (holder, expiry by the database's clock, fencing
  token). The holder renews it every few seconds (the daemon's heartbeat, and each pass of
  the work); one that stops renewing — killed, frozen by SIGSTOP, cut off by a partition —
  loses it :data:`~monitor.log.workers.LEASE_SECONDS` after its last renewal, and the next
  process that asks takes it, with a new token. Before each side effect that must not be
  doubled (an alert sent) the holder checks :meth:`Lease.held` against the database, so a
  frozen holder that wakes up stands by instead of acting on a lease it lost. (A session
  advisory lock, used before, survived a frozen holder forever, and a dead machine for as
  long as TCP took to notice: about two hours.)
- **SQLite**: an ``flock`` on ``<database>.<role>.lock`` beside the file, which the kernel
  drops when its holder exits in any way (one machine: nothing to partition or freeze
  apart from the process itself).
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import sqlalchemy as sa

from monitor.log.backend_sql import read_connection, sql_for, write_transaction
from monitor.log.file_lock import FileLock, lock_path
from monitor.log.store import EventStore
from monitor.log.workers import LEASE_SECONDS, worker_id


class Lease(ABC):
    """A named role held by at most one process at a time."""

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def try_hold(self) -> bool:
        """Take the role if it is free, or renew it if this process holds it: whether it does now."""

    @abstractmethod
    def held(self) -> bool:
        """Whether this process holds the role now, asked of the database itself (not remembered)."""

    @property
    @abstractmethod
    def holding(self) -> bool:
        """Whether this process took the role and has not seen it lost (no database read)."""

    def renew(self) -> bool:
        """Keep a role this process holds (the heartbeat); False if it was lost meanwhile."""
        return self.held()

    @abstractmethod
    def release(self) -> None:
        """Give the role up at once (a clean stop), so another process need not wait for expiry."""


class TableLease(Lease):
    """A row of ``leases``: shared by every process on one PostgreSQL (or SQLite) database."""

    def __init__(self, store: EventStore, name: str, lease_seconds: float = LEASE_SECONDS,
                 holder: str | None = None) -> None:
        super().__init__(name)
        self.engine = store.engine
        self.sql = sql_for(store.engine)
        self.lease_seconds = lease_seconds
        self.holder = holder or worker_id()
        self.token: int | None = None  # the fencing token of the lease this process holds, if any

    def try_hold(self) -> bool:
        now = self.sql.now
        with write_transaction(self.engine) as conn:
            token = conn.execute(sa.text(
                f"INSERT INTO leases (name, holder, lease_until, token) VALUES (:name, :holder, {now} + :ttl, 1)"
                " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until,"
                " token = CASE WHEN leases.holder = excluded.holder AND leases.token = :token"
                " THEN leases.token ELSE leases.token + 1 END"
                f" WHERE leases.lease_until < {now} OR (leases.holder = excluded.holder AND leases.token = :token)"
                " RETURNING token"),
                {"name": self.name, "holder": self.holder, "ttl": self.lease_seconds, "token": self.token}).scalar()
        self.token = token
        return token is not None

    def renew(self) -> bool:
        if self.token is None:
            return False
        with write_transaction(self.engine) as conn:
            renewed = conn.execute(sa.text(
                f"UPDATE leases SET lease_until = {self.sql.now} + :ttl"
                " WHERE name = :name AND holder = :holder AND token = :token"),
                {"ttl": self.lease_seconds, "name": self.name, "holder": self.holder, "token": self.token}).rowcount
        if not renewed:
            self.token = None
        return bool(renewed)

    @property
    def holding(self) -> bool:
        return self.token is not None

    def held(self) -> bool:
        if self.token is None:
            return False
        with read_connection(self.engine) as conn:
            found = conn.execute(sa.text(
                f"SELECT 1 FROM leases WHERE name = :name AND holder = :holder AND token = :token"
                f" AND lease_until > {self.sql.now}"),
                {"name": self.name, "holder": self.holder, "token": self.token}).first()
        return found is not None

    def release(self) -> None:
        if self.token is None:
            return
        token, self.token = self.token, None
        with write_transaction(self.engine) as conn:
            conn.execute(sa.text("UPDATE leases SET holder = NULL, lease_until = 0"
                                 " WHERE name = :name AND holder = :holder AND token = :token"),
                         {"name": self.name, "holder": self.holder, "token": token})


class FileLease(Lease):
    """An ``flock`` beside a SQLite file; a database in memory belongs to its one process."""

    def __init__(self, store: EventStore, name: str) -> None:
        super().__init__(name)
        path = lock_path(store.engine.url, name)
        self._file = FileLock(path) if path is not None else None

    def try_hold(self) -> bool:
        if self._file is None:
            return True
        try:
            return self._file.try_acquire()
        except OSError:  # a read-only folder: nothing can be recorded there anyway
            return False

    def held(self) -> bool:
        return self._file is None or self._file.held

    @property
    def holding(self) -> bool:
        return self.held()

    def release(self) -> None:
        if self._file is not None:
            self._file.release()


def lease_for(store: EventStore, name: str, lease_seconds: float = LEASE_SECONDS) -> Lease:
    """The role ``name`` on this store's backend."""
    if store.engine.dialect.name == "postgresql":
        return TableLease(store, name, lease_seconds)
    return FileLease(store, name)
