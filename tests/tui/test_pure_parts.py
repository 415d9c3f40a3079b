"""The dashboard's parts that need no terminal: filters and order, time steps, the map canvas,
and the follower loop."""

from __future__ import annotations

import queue
import threading
from datetime import datetime, timedelta, timezone

import pytest

from monitor.log import LogError
from monitor.tui.follower import Follower
from monitor.tui.front_query import FrontQuery
from monitor.tui.map_canvas import Bounds, MapFrame, MapMarker, MapPoint, draw_map
from monitor.tui.messages import LoadFailed, LogMoved, SnapshotReady
from monitor.tui.snapshot import FrontRow
from monitor.domain.moments import parse_moment
from monitor.tui.time_steps import step, step_change

T = datetime(2022, 9, 10, 12, tzinfo=timezone.utc)


def row(place: str, oblast: str, confidence: str = "confirmed", control: str = "ukraine", days: int = 0,
        sources: int = 1) -> FrontRow:
    return FrontRow(f"id:{place}", place, oblast, control, confidence, T + timedelta(days=days), T, sources, 0, 0,
                    None, None)


ROWS = [row("Kupiansk", "Kharkiv", days=2, sources=6), row("Izium", "Kharkiv", sources=8),
        row("Lyman", "Donetsk", "unconfirmed", days=1), row("Lysychansk", "Luhansk", "reported", "contested")]


def test_typing_matches_names_and_oblasts_any_case_and_accents():
    assert [r.place for r in FrontQuery(text="KUP").apply(ROWS)] == ["Kupiansk"]
    assert [r.place for r in FrontQuery(text="kupiánsk").apply(ROWS)] == ["Kupiansk"]
    assert {r.place for r in FrontQuery(text="kharkiv").apply(ROWS)} == {"Kupiansk", "Izium"}


def test_sorts_cycle_and_reverse():
    query = FrontQuery()
    assert [r.place for r in query.apply(ROWS)] == ["Lyman", "Izium", "Kupiansk", "Lysychansk"]
    query = query.next_sort()
    assert (query.sort, [r.place for r in query.apply(ROWS)]) == ("settlement",
                                                                  ["Izium", "Kupiansk", "Lyman", "Lysychansk"])
    assert [r.place for r in query.reversed().apply(ROWS)][0] == "Lysychansk"
    for expected in ("control", "confidence", "since", "sources", "oblast"):
        query = query.next_sort()
        assert query.sort == expected
        query.apply(ROWS)
    assert [r.place for r in FrontQuery(sort="sources").apply(ROWS)][:2] == ["Izium", "Kupiansk"]
    assert FrontQuery(sort="since", descending=True).describe() == "by since ↓"


def test_oblast_and_confidence_filters_cycle_back_to_everything():
    query = FrontQuery().next_oblast(ROWS)
    assert query.oblast == "Donetsk"
    assert query.next_oblast(ROWS, -1).oblast is None
    assert FrontQuery().next_oblast(ROWS, -1).oblast == "Luhansk"
    confidences = []
    query = FrontQuery()
    for _ in range(5):
        query = query.next_confidence()
        confidences.append(query.confidence)
    assert confidences == ["confirmed", "reported", "disputed", "unconfirmed", None]
    described = FrontQuery(text="k", oblast="Kharkiv", confidence="confirmed").describe()
    assert described == "“k” · Kharkiv · confirmed · by oblast"


def test_day_steps_go_live_at_the_newest_evidence():
    newest = T + timedelta(days=3)
    assert step(None, newest, timedelta(days=-1)) == T + timedelta(days=2)
    assert step(T, newest, timedelta(days=1)) == T + timedelta(days=1)
    assert step(T + timedelta(days=2), newest, timedelta(days=1)) is None
    assert step(None, None, timedelta(days=-1)) is None


def test_change_steps_walk_the_moments_the_front_changed():
    times = [T, T + timedelta(hours=6), T + timedelta(days=1)]
    assert step_change(None, None, times, -1) == times[1]  # live shows the newest change already
    assert step_change(times[1], None, times, -1) == times[0]
    assert step_change(times[0], None, times, -1) == T - timedelta(seconds=1)
    assert step_change(T - timedelta(seconds=1), None, times, 1) == times[0]
    assert step_change(times[1], None, times, 1) == times[2]
    assert step_change(times[2], None, times, 1) is None
    assert step_change(None, T, [], -1) == T - timedelta(days=1)


def test_moments_are_read_as_utc_unless_they_say():
    assert parse_moment("2022-09-10T12:00Z") == T
    assert parse_moment("2022-09-10 12:00") == T
    assert parse_moment("2022-09-10T14:00+02:00") == T
    with pytest.raises(ValueError, match="not an ISO time"):
        parse_moment("yesterday")


def _grid_frame() -> MapFrame:
    """Two 'oblasts' side by side, settlements on a 0.05° grid, and one stray."""
    points = [MapPoint(48 + i * 0.05, 30 + j * 0.05, "West" if j < 20 else "East")
              for i in range(20) for j in range(40)]
    return MapFrame.build(points + [MapPoint(48.5, 30.5, "East")])


def test_a_stray_settlement_among_another_oblasts_is_left_out_of_the_frame():
    frame = _grid_frame()
    assert len(frame.points) == 800 and frame.oblasts == ["East", "West"]
    west = frame.bounds("West")
    assert west.east < frame.bounds("East").west + 0.2 and west.west < 30


def test_the_map_draws_outlines_markers_and_names_inside_its_size():
    frame = _grid_frame()
    markers = [MapMarker(48.5, 30.5, "Westville", "ukraine", "confirmed"),
               MapMarker(48.5, 31.5, "Eastburg", "russia", "unconfirmed"),
               MapMarker(10.0, 10.0, "Nowhere", "russia", "confirmed")]
    lines = draw_map(frame, markers, frame.bounds(), 60, 16)
    assert len(lines) == 16 and all(line.cell_len == 60 for line in lines)
    text = "\n".join(line.plain for line in lines)
    assert "● Westville" in text and "○ Eastburg" in text and "Nowhere" not in text
    assert "West" in text.replace("Westville", "") and "East" in text.replace("Eastburg", "")
    braille = [ch for ch in text if "\u2800" < ch <= "\u28ff"]
    assert len(braille) > 40  # the edge of the land and the border between the two
    middle = [line.plain[28:32] for line in lines[3:13]]
    assert all(any("\u2800" < ch <= "\u28ff" for ch in cells) for cells in middle[:4])  # the border, down the middle
    westville = next(line for line in lines if "Westville" in line.plain)
    assert any("#4ea1ff" in str(span.style) for span in westville.spans)


def test_a_zoomed_map_frames_its_oblast():
    frame = _grid_frame()
    lines = draw_map(frame, [], frame.bounds("West"), 40, 12, focus="West")
    assert "West" in "\n".join(line.plain for line in lines)
    assert Bounds.around([(0.0, 0.0), (1.0, 2.0)]).north > 1.0


class FakeData:
    """The follower's view of the data: a head to poll and snapshots to build."""

    def __init__(self) -> None:
        self.heads = queue.Queue()
        self.head_value = 5
        self.applied = 0
        self.snapshots = 0

    def head(self) -> int:
        if self.head_value == "fail":
            raise LogError("database is locked")
        return self.head_value

    def catch_up(self) -> int:
        return self.applied

    def snapshot(self, moment=None):
        self.snapshots += 1
        return ("snapshot", self.snapshots)

    opening_snapshot = snapshot


def test_the_follower_opens_on_the_projection_then_follows_the_head():
    data, got = FakeData(), queue.Queue()
    live = threading.Event()
    live.set()
    follower = Follower(data, got.put, live.is_set, interval=0.01)
    worker = threading.Thread(target=follower.run)
    worker.start()
    try:
        first, moved = got.get(timeout=5), got.get(timeout=5)
        assert isinstance(first, SnapshotReady) and isinstance(moved, LogMoved) and moved.head == 5
        data.head_value = 6
        assert isinstance(got.get(timeout=5), LogMoved)
        assert isinstance(got.get(timeout=5), SnapshotReady)
        live.clear()  # looking at the past: heads still reported, no live snapshots built
        data.head_value = 7
        assert got.get(timeout=5).head == 7
        follower.reload()
        assert isinstance(got.get(timeout=5), LogMoved)
        live.set()
        follower.reload()
        assert isinstance(got.get(timeout=5), LogMoved) and isinstance(got.get(timeout=5), SnapshotReady)
        data.head_value = "fail"
        assert isinstance(got.get(timeout=5), LoadFailed)
    finally:
        follower.stop()
        worker.join(timeout=5)
    assert not worker.is_alive()
