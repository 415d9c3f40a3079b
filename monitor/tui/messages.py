"""What the dashboard's workers report to the screens: typed messages, posted from threads."""

from __future__ import annotations

from textual.message import Message

from monitor.tui.map_canvas import MapFrame
from monitor.tui.snapshot import PlaceDetail, Snapshot


class SnapshotReady(Message):
    """A new picture of the front (live, or as of a moment)."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot


class LogMoved(Message):
    """The follower saw the log's head move (shown even while looking at the past)."""

    def __init__(self, head: int) -> None:
        super().__init__()
        self.head = head


class LoadFailed(Message):
    """A read failed (database gone, locked too long): shown, and the follower keeps trying."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class MapFrameReady(Message):
    def __init__(self, frame: MapFrame) -> None:
        super().__init__()
        self.frame = frame


class PlaceReady(Message):
    def __init__(self, detail: PlaceDetail) -> None:
        super().__init__()
        self.detail = detail


class VerdictRecorded(Message):
    def __init__(self, claim_id: str, verdict: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.verdict = verdict
