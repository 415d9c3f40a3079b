"""Per-article work (claim extraction) split between processes by ranges of the log.

A process claims the next range of log positions no one has taken (or one whose holder
stopped renewing its lease), does the work for the events in it, and records the result
with a fence that marks the range done in the same transaction. So every article is
worked on by one process, any number of processes share the work, and one that dies
loses its range to the others when its lease runs out. Done ranges at the low end fold
into a watermark (a checkpoint named ``work:<name>``): a restart starts from there, not
from the start of the log, and the table stays as small as the work in flight.

Claims are taken under a named lock (short transactions: a few rows), so two processes
never take the same range.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.log.backend_sql import read_connection, sql_for, write_transaction
from monitor.log.fencing import Fence
from monitor.log.store import EventStore
from monitor.log.workers import LEASE_SECONDS, worker_id

SPAN = 200  # log positions per range: small enough that several processes share a burst
WATERMARK_VERSION = "work-1"


@dataclass(frozen=True)
class RangeClaim:
    """Positions ``start`` (exclusive) to ``stop`` (inclusive) of the log, taken for work ``name``."""

    name: str
    start: int
    stop: int
    token: int
    holder: str

    def fence(self) -> Fence:
        """Check the lease and mark the range done, in the transaction recording its work."""
        return _Done(self)


class _Done:
    def __init__(self, claim: RangeClaim) -> None:
        self.claim = claim

    def hold(self, conn: Connection) -> bool:
        c = self.claim
        result = conn.execute(sa.text(
            "UPDATE work_ranges SET done = :done, holder = NULL, lease_until = 0"
            " WHERE name = :name AND start = :start AND holder = :holder AND token = :token"),
            {"done": True, "name": c.name, "start": c.start, "holder": c.holder, "token": c.token})
        return result.rowcount == 1

    def describe(self) -> str:
        return f"{self.claim.name} of log positions {self.claim.start + 1}-{self.claim.stop}"


class WorkRanges:
    def __init__(self, store: EventStore, name: str, *, span: int = SPAN, lease_seconds: float = LEASE_SECONDS,
                 holder: str | None = None) -> None:
        self.engine = store.engine
        self.sql = sql_for(store.engine)
        self.name = name
        self.span = span
        self.lease_seconds = lease_seconds
        self.holder = holder or worker_id()
        self._mark = f"work:{name}"

    def claim(self, head: int) -> RangeClaim | None:
        """The next range to work on, up to ``head``: one left by a holder that stopped
        renewing, else the next untaken one; None when everything up to ``head`` is taken."""
        now = self.sql.now
        params = {"name": self.name, "holder": self.holder, "ttl": self.lease_seconds}
        with write_transaction(self.engine, lock=self._mark) as conn:
            mark = self._advance(conn)
            row = conn.execute(sa.text(
                f"UPDATE work_ranges SET holder = :holder, lease_until = {now} + :ttl, token = token + 1"
                " WHERE name = :name AND start = (SELECT MIN(start) FROM work_ranges WHERE name = :name"
                f" AND NOT done AND lease_until < {now}) RETURNING start, stop, token"), params).first()
            if row is not None:
                return RangeClaim(self.name, row[0], row[1], row[2], self.holder)
            top = conn.execute(sa.text("SELECT MAX(stop) FROM work_ranges WHERE name = :name"), params).scalar()
            start = max(top or 0, mark)
            if start >= head:
                return None
            stop = min(head, start + self.span)
            conn.execute(sa.text(
                "INSERT INTO work_ranges (name, start, stop, holder, lease_until, token, done)"
                f" VALUES (:name, :start, :stop, :holder, {now} + :ttl, 1, :done)"),
                {**params, "start": start, "stop": stop, "done": False})
            return RangeClaim(self.name, start, stop, 1, self.holder)

    def _advance(self, conn: Connection) -> int:
        """Fold the done ranges at the low end into the watermark; returns it."""
        row = conn.execute(sa.text("SELECT position FROM projection_checkpoints WHERE name = :mark"),
                           {"mark": self._mark}).first()
        mark = start = row[0] if row else 0
        done = conn.execute(sa.text("SELECT start, stop FROM work_ranges WHERE name = :name AND done"
                                    " ORDER BY start"), {"name": self.name}).all()
        for first, last in done:
            if first != mark:
                break
            mark = last
        if mark != start:
            conn.execute(sa.text("DELETE FROM work_ranges WHERE name = :name AND done AND stop <= :mark"),
                         {"name": self.name, "mark": mark})
            conn.execute(sa.text("DELETE FROM projection_checkpoints WHERE name = :mark"), {"mark": self._mark})
            conn.execute(sa.text("INSERT INTO projection_checkpoints (name, position, version)"
                                 " VALUES (:mark, :position, :version)"),
                         {"mark": self._mark, "position": mark, "version": WATERMARK_VERSION})
        return mark

    def renew(self, claims: Iterable[RangeClaim]) -> None:
        """Extend the leases of ranges still being worked on (the heartbeat)."""
        starts = [c.start for c in claims]
        if not starts:
            return
        with write_transaction(self.engine) as conn:
            conn.execute(sa.text(f"UPDATE work_ranges SET lease_until = {self.sql.now} + :ttl"
                                 " WHERE name = :name AND holder = :holder AND start = :start"),
                         [{"ttl": self.lease_seconds, "name": self.name, "holder": self.holder, "start": s}
                          for s in starts])

    def release(self, claim: RangeClaim) -> None:
        """Give a range back undone (shutting down): another process may take it at once."""
        with write_transaction(self.engine) as conn:
            conn.execute(sa.text("UPDATE work_ranges SET holder = NULL, lease_until = 0"
                                 " WHERE name = :name AND start = :start AND holder = :holder AND token = :token"),
                         {"name": claim.name, "start": claim.start, "holder": claim.holder, "token": claim.token})

    def done_up_to(self) -> int:
        """The watermark: every position up to it has been worked on."""
        with read_connection(self.engine) as conn:
            row = conn.execute(sa.text("SELECT position FROM projection_checkpoints WHERE name = :mark"),
                               {"mark": self._mark}).first()
        return row[0] if row else 0

    def pending(self, head: int) -> int:
        """Log positions up to ``head`` not yet worked on (the backlog, in positions)."""
        with read_connection(self.engine) as conn:
            row = conn.execute(sa.text("SELECT position FROM projection_checkpoints WHERE name = :mark"),
                               {"mark": self._mark}).first()
            done = conn.execute(sa.text("SELECT COALESCE(SUM(stop - start), 0) FROM work_ranges"
                                        " WHERE name = :name AND done"), {"name": self.name}).scalar()
        return max(head - (row[0] if row else 0) - int(done), 0)
