"""Fencing: work done under a lease is recorded only while the lease is still this process's.

A daemon that froze (SIGSTOP, a long pause, a partition) may wake after its lease expired
and another process took the work over. Whatever it then tries to record carries a
:class:`Fence`, checked inside the very transaction that appends its events: if the lease
(holder and fencing token) is no longer its own, nothing is appended and
:class:`LeaseLost` says so. The token grows each time the work changes hands, so a holder
that lost a lease and took it again later is not mistaken for the current one.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.engine import Connection


class LeaseLost(Exception):
    """The lease this work was done under has passed to another process: nothing was recorded."""


class Fence(Protocol):
    def hold(self, conn: Connection) -> bool:
        """Inside the append's transaction: whether the lease is still held (and, for a
        finished piece of work, give it back as done). False rolls the append back."""

    def describe(self) -> str:
        """What was fenced, for the one line that says the work was dropped."""
