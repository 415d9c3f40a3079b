"""Where each alert stands, folded from the log's ``AlertDelivered`` events.

This is the dispatcher's memory: how many attempts an alert has had, the last outcome
and when. It is read from the log (and kept up to date incrementally), never kept
elsewhere, so after a crash an alert that was sent but not recorded is sent again
under the same id, and one recorded as delivered is never sent again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from monitor.domain.events import AlertDelivered
from monitor.log import EventStore

DELIVERED, FAILED, GAVE_UP = "delivered", "failed", "gave_up"
RECENT = 50


@dataclass(frozen=True)
class DeliveryState:
    hook: str
    attempts: int
    outcome: str
    last_at: datetime
    detail: str

    @property
    def finished(self) -> bool:
        """Delivered, or given up: the alert is never attempted again."""
        return self.outcome in (DELIVERED, GAVE_UP)


def fold(states: dict[str, DeliveryState], event: AlertDelivered) -> None:
    """Apply one attempt; a finished alert stays finished, a later attempt supersedes."""
    known = states.get(event.alert_id)
    if known is not None and (known.finished or known.attempts > event.attempt):
        return
    states[event.alert_id] = DeliveryState(event.hook, event.attempt, event.outcome, event.attempted_at, event.detail)


class Ledger:
    """The states of all alerts, following the log's ``AlertDelivered`` events."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.states: dict[str, DeliveryState] = {}
        self.recent: deque[AlertDelivered] = deque(maxlen=RECENT)
        self._after = 0

    def refresh(self) -> None:
        """Fold the attempts recorded since the last look (by any process)."""
        for batch in self.store.read_batches(after=self._after, types=[AlertDelivered.TYPE]):
            self.add(r.event for r in batch if isinstance(r.event, AlertDelivered))
            self._after = batch[-1].position

    def add(self, events: Iterable[AlertDelivered]) -> None:
        for event in events:
            fold(self.states, event)
            self.recent.append(event)

    def state(self, alert_id: str) -> DeliveryState | None:
        return self.states.get(alert_id)

    def outcomes(self) -> dict[str, dict[str, int]]:
        """Per hook, how many alerts stand at each outcome (delivered, failed, gave_up)."""
        found: dict[str, dict[str, int]] = {}
        for state in self.states.values():
            per_hook = found.setdefault(state.hook, {})
            per_hook[state.outcome] = per_hook.get(state.outcome, 0) + 1
        return found
