"""The poll schedule shared by every daemon on one database: one row per source, due when.

Miniflux's scheduler, with leases: each daemon takes a batch of due rows at a time
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so daemons claiming at once take different
rows), each for one poll under a lease (holder, expiry, fencing token). The poll is
recorded with a :class:`~monitor.log.fencing.Fence` that, in the append's transaction,
sets the row's next due time and gives it back; if the lease passed to another daemon
meanwhile (this one froze past its expiry) nothing is recorded. A daemon that dies
mid-poll stops renewing: its rows become claimable when the lease runs out.

So a source is polled once per interval whatever the number of daemons, and the cadence
is kept by the row (next due = this due + interval), not by each daemon's clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.log.backend_sql import read_connection, sql_for, write_transaction
from monitor.log.fencing import Fence
from monitor.log.store import EventStore
from monitor.log.workers import LEASE_SECONDS, worker_id


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


@dataclass(frozen=True)
class PollClaim:
    """One source taken for one poll: record the poll with :meth:`fence`."""

    source: str
    due: datetime  # when it was due: the next due time counts from this, keeping the cadence
    token: int
    holder: str

    def fence(self, next_due: datetime | None) -> Fence:
        """Check the lease and give the row back, due at ``next_due`` (None: as it was)."""
        return _PollFence(self, next_due)


@dataclass(frozen=True)
class ClaimRound:
    claims: list[PollClaim]
    next_due: datetime | None  # the earliest due time among this daemon's sources left unclaimed


class _PollFence:
    def __init__(self, claim: PollClaim, next_due: datetime | None) -> None:
        self.claim = claim
        self.next_due = next_due

    def hold(self, conn: Connection) -> bool:
        due = "" if self.next_due is None else "due = :due, "
        result = conn.execute(
            sa.text(f"UPDATE poll_schedule SET {due}holder = NULL, lease_until = 0"
                    " WHERE source = :source AND holder = :holder AND token = :token"),
            {"due": self.next_due.timestamp() if self.next_due else None, "source": self.claim.source,
             "holder": self.claim.holder, "token": self.claim.token})
        return result.rowcount == 1

    def describe(self) -> str:
        return f"the poll of {self.claim.source}"


class PollSchedule:
    """The schedule as one daemon sees it; ``holder`` is this process (see ``workers``)."""

    def __init__(self, store: EventStore, lease_seconds: float = LEASE_SECONDS, holder: str | None = None) -> None:
        self.engine = store.engine
        self.sql = sql_for(store.engine)
        self.lease_seconds = lease_seconds
        self.holder = holder or worker_id()

    def ensure(self, dues: Mapping[str, datetime | None]) -> None:
        """A row for each source that has none, due as given (None: now); rows already there
        keep their due time (another daemon, or this one before a restart, set it)."""
        if not dues:
            return
        now = datetime.now(timezone.utc)
        with write_transaction(self.engine) as conn:
            known = set(conn.execute(sa.text(f"SELECT source FROM poll_schedule WHERE "
                                             f"{self.sql.in_list('source', 'names')}"),
                                     {"names": self.sql.list_value(list(dues))}).scalars())
            missing = [{"source": name, "due": (due or now).timestamp()} for name, due in dues.items()
                       if name not in known]
            if missing:  # (a restart finds them all: nothing to write)
                conn.execute(sa.text("INSERT INTO poll_schedule (source, due) VALUES (:source, :due)"
                                     " ON CONFLICT (source) DO NOTHING"), missing)

    def claim(self, names: Sequence[str], limit: int) -> ClaimRound:
        """Take up to ``limit`` of ``names`` that are due and not leased, earliest first."""
        sql = self.sql
        names_value = sql.list_value(names)
        claims: list[PollClaim] = []
        with write_transaction(self.engine) as conn:
            if limit > 0:
                rows = conn.execute(sa.text(
                    f"UPDATE poll_schedule SET holder = :holder, lease_until = {sql.now} + :ttl, token = token + 1"
                    f" WHERE source IN (SELECT source FROM poll_schedule WHERE {sql.in_list('source', 'names')}"
                    f" AND due <= {sql.now} AND lease_until < {sql.now} ORDER BY due LIMIT :limit{sql.skip_locked})"
                    " RETURNING source, due, token"),
                    {"holder": self.holder, "ttl": self.lease_seconds, "names": names_value, "limit": limit}).all()
                claims = [PollClaim(source, _moment(due), token, self.holder) for source, due, token in rows]
            next_due = conn.execute(sa.text(
                f"SELECT MIN(due) FROM poll_schedule WHERE {sql.in_list('source', 'names')}"
                f" AND lease_until < {sql.now}"), {"names": names_value}).scalar()
        claims.sort(key=lambda c: c.due)
        return ClaimRound(claims, None if next_due is None else _moment(next_due))

    def renew(self, claims: Iterable[PollClaim]) -> None:
        """Extend the leases of polls still in flight (the heartbeat)."""
        names = [c.source for c in claims]
        if not names:
            return
        with write_transaction(self.engine) as conn:
            conn.execute(sa.text(f"UPDATE poll_schedule SET lease_until = {self.sql.now} + :ttl"
                                 f" WHERE holder = :holder AND {self.sql.in_list('source', 'names')}"),
                         {"ttl": self.lease_seconds, "holder": self.holder, "names": self.sql.list_value(names)})

    def release(self, claim: PollClaim, due: datetime | None = None) -> bool:
        """Give a source back unpolled (shutting down, the store refused the poll), due as it
        was unless ``due`` is given: another daemon may take it at once."""
        with write_transaction(self.engine) as conn:
            return claim.fence(due).hold(conn)

    def dues(self) -> dict[str, datetime]:
        """Every source's next due time as the schedule holds it."""
        with read_connection(self.engine) as conn:
            return {name: _moment(due) for name, due in conn.execute(sa.text("SELECT source, due FROM poll_schedule"))}
