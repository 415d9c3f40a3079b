"""Following the log from a worker thread while other processes (``monitor run``) append to it.

The loop polls the log's head (one indexed query) and, when it moved or a reload is asked
for, catches the front projection up and posts a new live snapshot. The first snapshot
is built before catching up, so the dashboard opens on what the projection already holds
even when the log has run far ahead of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from textual.message import Message

from monitor.log import LogError
from monitor.tui.loading import DashboardData
from monitor.tui.messages import LoadFailed, LogMoved, SnapshotReady

FOLLOW_INTERVAL_S = 0.25


@dataclass
class Follower:
    data: DashboardData
    post: Callable[[Message], object]
    is_live: Callable[[], bool]  # read each round: no live snapshots while looking at the past
    interval: float = FOLLOW_INTERVAL_S
    _wake: threading.Event = field(default_factory=threading.Event)
    _forced: bool = False
    _stopped: bool = False

    def reload(self) -> None:
        """Post a fresh live snapshot now, whether the log moved or not."""
        self._forced = True
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def run(self) -> None:
        seen = -1
        while not self._stopped:
            try:
                head = self.data.head()
                forced, self._forced = self._forced, False
                if head != seen or forced:
                    if seen < 0 and self.is_live():
                        self.post(SnapshotReady(self.data.opening_snapshot()))
                    applied = self.data.catch_up()
                    self.post(LogMoved(head))
                    if self.is_live() and (seen >= 0 or applied or forced):
                        self.post(SnapshotReady(self.data.snapshot(None)))
                    seen = head
            except LogError as error:
                self.post(LoadFailed(str(error)))
            self._wake.wait(self.interval)
            self._wake.clear()
