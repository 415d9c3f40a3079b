"""The alert dispatcher: a tracked consumer of the status history, one per hook.

Each hook has a checkpoint (a log position) in the history feed. A pass reads the
transitions after it, oldest first, and for each that the hook wants makes the alert,
sends it and records the attempt as an ``AlertDelivered`` event; only then may the
checkpoint move past it. What was delivered, failed or given up is folded from those
events (:mod:`monitor.hooks.ledger`), so:

- a crash after sending and before recording re-sends the alert with the same id;
- a crash after recording and before moving the checkpoint sends nothing twice;
- a failed alert holds its hook's queue (alerts arrive in order) until it is delivered
  or its attempts run out; its retry time comes from the recorded attempts.

A hook first seen is enrolled at the log's head: it is told what happens from then on,
never the whole history. One process dispatches at a time: it holds the ``alerts`` role
(:func:`~monitor.log.lease_for`: a lease with expiry on PostgreSQL, a lock file on
SQLite), and checks that it still does before each send, so a holder that was frozen past
its lease stands by instead of sending beside its successor. The others stand by and take
over when the lease lapses; an alert the old holder sent but did not record goes out
again from the new one under the same id (the receiver's ``Idempotency-Key``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import groupby

from monitor.domain.codec import iso
from monitor.domain.inert_text import logfmt_value
from monitor.domain.events import AlertDelivered
from monitor.hooks.alerts import alert_id
from monitor.hooks.evidence import AlertMaker
from monitor.hooks.ledger import DELIVERED, FAILED, GAVE_UP, Ledger
from monitor.hooks.payload import line
from monitor.hooks.targets import Target
from monitor.hooks.triggers import trigger_of
from monitor.log import EventStore, Lease, lease_for
from monitor.projections.history_feed import consumer_checkpoints, set_consumer_checkpoint, transitions_after
from monitor.projections.rows import TransitionRow

CONSUMER_PREFIX = "alerts:"
LOCK_NAME = "alerts"
Clock = Callable[[], datetime]
ShouldStop = Callable[[], bool]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def consumer_name(hook: str) -> str:
    return CONSUMER_PREFIX + hook


@dataclass(frozen=True)
class AttemptReport:
    hook: str
    alert_id: str
    place: str
    trigger: str
    attempt: int
    outcome: str
    detail: str
    ms: float
    retry_at: datetime | None = None

    def log_line(self) -> str:
        """One logfmt line; the place name is quoted like any untrusted text."""
        pairs: list[tuple[str, object]] = [
            ("hook", self.hook), ("alert", self.alert_id), ("place", self.place), ("trigger", self.trigger),
            ("attempt", self.attempt), ("outcome", self.outcome), ("ms", round(self.ms))]
        if self.retry_at is not None:
            pairs.append(("retry_at", iso(self.retry_at)))
        pairs.append(("detail", self.detail))
        return " ".join(f"{key}={logfmt_value(value)}" for key, value in pairs)


@dataclass(frozen=True)
class PassReport:
    attempts: tuple[AttemptReport, ...]
    next_due: datetime | None  # the earliest retry waiting, if any
    standby: bool = False  # another process is dispatching; this one sent nothing

    def count(self, outcome: str) -> int:
        return sum(a.outcome == outcome for a in self.attempts)


class Dispatcher:
    def __init__(self, store: EventStore, targets: Sequence[Target], clock: Clock = utc_now,
                 maker: AlertMaker | None = None, lease: Lease | None = None) -> None:
        self.store = store
        self.targets = list(targets)
        self.clock = clock
        self.maker = maker or AlertMaker(store)
        self.ledger = Ledger(store)
        self.lease = lease or lease_for(store, LOCK_NAME)

    def enrol(self, position: int) -> None:
        """Give each hook without a checkpoint one at ``position`` (an existing one never moves)."""
        for target in self.targets:
            set_consumer_checkpoint(self.store, consumer_name(target.name), position, only_if_missing=True)

    def run_once(self, should_stop: ShouldStop = lambda: False) -> PassReport:
        """Send every alert that is due, hook by hook; stop early (between sends) when asked."""
        if not self.lease.try_hold():
            return PassReport((), None, standby=True)
        self.ledger.refresh()
        reports: list[AttemptReport] = []
        waits = []
        for target in self.targets:
            if should_stop():
                break
            due = self._run_target(target, should_stop, reports)
            if due is not None:
                waits.append(due)
        return PassReport(tuple(reports), min(waits) if waits else None)

    def backlog(self) -> dict[str, int | None]:
        """Per hook, the alerts waiting (due or retrying), without sending or writing anything;
        None for a hook not enrolled yet."""
        return {name: None if ids is None else len(ids) for name, ids in self.queued().items()}

    def queued(self) -> dict[str, set[str] | None]:
        """Per hook, the ids of the alerts still ahead of it (due, or failed and to be retried),
        read without sending or writing anything; None for a hook not enrolled yet."""
        self.ledger.refresh()
        found: dict[str, set[str] | None] = {}
        checkpoints = consumer_checkpoints(self.store, [consumer_name(t.name) for t in self.targets])
        for target in self.targets:
            position = checkpoints.get(consumer_name(target.name))
            if position is None:
                found[target.name] = None
                continue
            ids = (alert_id(target.name, row.position, row.place_key)
                   for row in transitions_after(self.store, position, limit=100_000)
                   if self._wanted(target, row) is not None)
            found[target.name] = {aid for aid in ids if not self._finished(aid)}
        return found

    def stranded(self, queued: dict[str, set[str] | None]) -> dict[str, int]:
        """Per hook, failed alerts nothing will try again: behind its checkpoint (another process
        moved it past them), or of a hook no longer enabled. ``monitor hooks`` shows them apart
        from those retrying, so it never shows a retry that will not come."""
        found: dict[str, int] = {}
        for aid, state in self.ledger.states.items():
            if state.outcome == FAILED and aid not in (queued.get(state.hook) or ()):
                found[state.hook] = found.get(state.hook, 0) + 1
        return found

    def close(self) -> None:
        self.lease.release()
        for target in self.targets:
            target.close()

    # -- one hook ------------------------------------------------------------------

    def _run_target(self, target: Target, should_stop: ShouldStop, reports: list[AttemptReport]) -> datetime | None:
        """Work through the hook's queue; returns when to come back if something waits."""
        stored = checkpoint = self._checkpoint(target)
        try:
            while True:
                rows = transitions_after(self.store, checkpoint)
                if not rows:
                    return None
                for position, group in groupby(rows, key=lambda r: r.position):
                    for row in group:
                        wait = self._handle(target, row, should_stop, reports)
                        if wait is not None:
                            return wait
                    checkpoint = position
        finally:
            if checkpoint != stored:
                set_consumer_checkpoint(self.store, consumer_name(target.name), checkpoint)

    def _handle(self, target: Target, row: TransitionRow, should_stop: ShouldStop,
                reports: list[AttemptReport]) -> datetime | None:
        """Deliver one transition's alert if it is wanted and due; a time to come back, or None when done."""
        trigger = self._wanted(target, row)
        if trigger is None:
            return None
        aid = alert_id(target.name, row.position, row.place_key)
        state = self.ledger.state(aid)
        if state is not None and state.finished:
            return None
        now = self.clock()
        if state is not None:
            due = target.policy.retry_at(state.last_at, state.attempts)
            if due > now:
                return due
        if should_stop() or not self.lease.held():  # stopping, or the role passed to another process
            return now
        attempt = (state.attempts if state else 0) + 1
        alert = self.maker.make(target.name, trigger, row)
        started = time.perf_counter()
        outcome = target.send(alert, attempt)
        ms = (time.perf_counter() - started) * 1000
        result = DELIVERED if outcome.ok else GAVE_UP if target.policy.gives_up_after(attempt) else FAILED
        recorded = self.store.append([AlertDelivered(aid, target.name, attempt, result, outcome.detail, now)])
        self.ledger.refresh()
        retry_at = target.policy.retry_at(now, attempt) if result == FAILED else None
        if not recorded.appended:
            # Another process recorded this very attempt first (two senders on one log): what
            # the log says stands, and the queue holds while that says "failed".
            known = self.ledger.state(aid)
            retry_at = target.policy.retry_at(known.last_at, known.attempts) if known and not known.finished \
                else None
        reports.append(AttemptReport(target.name, aid, line(row.place), trigger, attempt, result, outcome.detail, ms,
                                     retry_at))
        return retry_at

    def _wanted(self, target: Target, row: TransitionRow) -> str | None:
        trigger = trigger_of(row)
        if trigger is None:
            return None
        oblast = self.maker.oblast_id(row.place_key) if target.filter.needs_oblast else None
        return trigger if target.filter.accepts(trigger, row.place_key, oblast, row.to_confidence or "") else None

    def _finished(self, aid: str) -> bool:
        state = self.ledger.state(aid)
        return state is not None and state.finished

    def _checkpoint(self, target: Target) -> int:
        name = consumer_name(target.name)
        found = consumer_checkpoints(self.store, [name]).get(name)
        if found is None:  # never enrolled (a caller that skipped enrol): from now on
            found = self.store.head()
            set_consumer_checkpoint(self.store, name, found, only_if_missing=True)
            found = consumer_checkpoints(self.store, [name])[name]
        return found
