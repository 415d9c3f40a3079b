"""The main screen: front table, changes feed, unconfirmed reports, map and sources, one moment.

It owns the moment shown (live or as of a time) and the workers that fetch data for it:
the follower (live snapshots while the log grows), as-of loads, the map's frame and
verdicts. Workers post typed messages; handlers only hand values to the panes.
"""

from __future__ import annotations

import asyncio
import getpass
from datetime import datetime, timedelta

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input

from monitor.tui.follower import Follower
from monitor.tui.front_query import FrontQuery
from monitor.tui.loading import map_frame
from monitor.tui.messages import LoadFailed, LogMoved, MapFrameReady, SnapshotReady, VerdictRecorded
from monitor.tui.screens.dialogs import MomentDialog, NoteDialog
from monitor.tui.screens.place import PlaceScreen
from monitor.tui.snapshot import Snapshot
from monitor.tui.time_steps import step, step_change
from monitor.tui.widgets.changes_feed import ChangesFeed
from monitor.tui.widgets.front_table import FrontTable
from monitor.tui.widgets.key_bar import KeyBar
from monitor.tui.widgets.map_view import MapView
from monitor.tui.widgets.reports_pane import ReportsPane
from monitor.tui.widgets.sources_pane import SourcesPane
from monitor.tui.widgets.status_bar import StatusBar
from monitor.tui.widgets.view_bar import VIEWS, ViewBar

MAIN_VIEWS = ("front", "map", "sources")  # shown in the main area; changes and reports live beside it
DAYS = Binding.Group("Day ±")  # the key bar shows a pair of keys once: "[ ] Day ±"
CHANGES = Binding.Group("Change ±")


class DashboardScreen(Screen):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    BINDINGS = [
        # The view bar above shows 1-5; the key bar keeps its room for the keys it alone shows.
        Binding("1", "view('front')", "Front", show=False),
        Binding("2", "view('changes')", "Changes", show=False),
        Binding("3", "view('reports')", "Reports", show=False),
        Binding("4", "view('map')", "Map", show=False),
        Binding("5", "view('sources')", "Sources", show=False),
        # A priority binding acts before the keys after it are routed: "/kup" typed fast filters by "kup".
        Binding("slash", "filter", "Filter", priority=True),
        Binding("escape", "clear_filter", "Clear filters", show=False),
        Binding("left_square_bracket", "step_days(-1)", "Day back", group=DAYS),
        Binding("right_square_bracket", "step_days(1)", "Day on", group=DAYS),
        Binding("left_curly_bracket", "step_change(-1)", "Previous change", group=CHANGES),
        Binding("right_curly_bracket", "step_change(1)", "Next change", group=CHANGES),
        Binding("t", "moment", "As of…", show=False),
        Binding("l", "live", "Live", show=False),
    ]

    def __init__(self, as_of: datetime | None = None) -> None:
        super().__init__(classes="view-front")  # set before mounting: a class change restyles every pane
        self.as_of = as_of
        self.snapshot: Snapshot | None = None
        self.live_snapshot: Snapshot | None = None  # the newest live one: where the time keys start
        self.view = "front"
        self.updated = asyncio.Event()  # set whenever a snapshot is shown (tests await it)
        self.map_ready = asyncio.Event()
        self.follower: Follower | None = None

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield ViewBar(id="views")
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield Input(placeholder="/ type to filter settlements and oblasts; Enter or Esc to leave",
                            id="filter", classes="hidden", compact=True)
                with ContentSwitcher(initial="front", id="switcher"):
                    yield FrontTable(id="front")
                    yield MapView(id="map")
                    yield SourcesPane(id="sources")
            with Vertical(id="side"):
                yield ChangesFeed(id="changes")
                yield ReportsPane(id="reports")
        yield KeyBar()

    def on_mount(self) -> None:
        self.follower = Follower(self.app.data, self.post_message, lambda: self.as_of is None)
        self.run_worker(self.follower.run, thread=True, group="follow", name="follow the log")
        if self.as_of is not None:
            self.load_as_of(self.as_of)
        self.set_focus(self.query_one(FrontTable))

    def on_unmount(self) -> None:
        if self.follower:
            self.follower.stop()

    # -- data from the workers -------------------------------------------------

    def on_snapshot_ready(self, message: SnapshotReady) -> None:
        snapshot = message.snapshot
        if self.snapshot is None:
            self.call_after_refresh(self.load_map_frame)  # the front is drawn first, then the map's frame
        if snapshot.as_of is None:
            self.live_snapshot = snapshot
        if snapshot.as_of != self.as_of:
            return  # the dashboard moved on while this was loading
        before, self.snapshot = self.snapshot, snapshot
        # Only the panes whose values changed are redrawn: most new events touch one place.
        if before is None or before.rows != snapshot.rows:
            self.query_one(FrontTable).show(snapshot.rows)  # the map follows (on_front_table_query_changed)
        if before is None or before.changes != snapshot.changes:
            self.query_one(ChangesFeed).show(snapshot.changes, live=snapshot.as_of is None)
        if before is None or before.reports != snapshot.reports:
            self.query_one(ReportsPane).show(snapshot.reports)
        if before is None or before.sources != snapshot.sources:
            self.query_one(SourcesPane).show(snapshot.sources)
        self.query_one(StatusBar).change(as_of=snapshot.as_of, head=snapshot.head, loading="", error="")
        self.updated.set()

    def on_log_moved(self, message: LogMoved) -> None:
        self.query_one(StatusBar).change(log_head=message.head)

    def on_load_failed(self, message: LoadFailed) -> None:
        self.query_one(StatusBar).change(error=message.reason, loading="")

    def on_map_frame_ready(self, message: MapFrameReady) -> None:
        self.query_one(MapView).set_frame(message.frame)
        self.map_ready.set()

    def on_front_table_query_changed(self, message: FrontTable.QueryChanged) -> None:
        self.query_one(StatusBar).change(shown=message.shown, total=message.total, query=message.query.describe())
        table = self.query_one(FrontTable)
        self.query_one(MapView).show(table.shown)

    @work(thread=True, exclusive=True, group="as-of")
    def load_as_of(self, moment: datetime) -> None:
        self.post_message(SnapshotReady(self.app.data.snapshot(moment)))

    @work(thread=True, group="map")
    def load_map_frame(self) -> None:
        self.post_message(MapFrameReady(map_frame()))
        self.app.data.warm()

    # -- views -----------------------------------------------------------------

    def action_view(self, view: str) -> None:
        self.remove_class(*(f"view-{v}" for v in VIEWS))
        self.add_class(f"view-{view}")
        self.view = view
        self.query_one(ViewBar).select(view)
        if view in MAIN_VIEWS:
            self.query_one(ContentSwitcher).current = view
        self.set_focus(self.query_one(f"#{view}"))

    # -- filters ---------------------------------------------------------------

    def action_filter(self) -> None:
        self.action_view("front")
        box = self.query_one("#filter", Input)
        box.remove_class("hidden")
        self.set_focus(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            table = self.query_one(FrontTable)
            table.set_query(FrontQuery(event.value, table.query.oblast, table.query.confidence, table.query.sort,
                                       table.query.descending))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self._leave_filter()

    def action_clear_filter(self) -> None:
        """Esc: leave the filter box, and clear every filter (text, oblast, confidence)."""
        box = self.query_one("#filter", Input)
        box.value = ""
        table = self.query_one(FrontTable)
        table.set_query(FrontQuery(sort=table.query.sort, descending=table.query.descending))
        self._leave_filter()

    def _leave_filter(self) -> None:
        box = self.query_one("#filter", Input)
        if not box.value:
            box.add_class("hidden")
        self.set_focus(self.query_one(FrontTable))

    # -- time ------------------------------------------------------------------

    def action_step_days(self, days: int) -> None:
        self.go_to(step(self.as_of, self._newest(), timedelta(days=days)))

    def action_step_change(self, direction: int) -> None:
        times = [c.at for c in self.live_snapshot.changes] if self.live_snapshot else []
        self.go_to(step_change(self.as_of, self._newest(), times, direction))

    def action_moment(self) -> None:
        self.app.push_screen(MomentDialog(self.as_of), self.go_to)

    def action_live(self) -> None:
        self.go_to(None)

    def go_to(self, moment: datetime | None) -> None:
        """Show the whole dashboard as of ``moment`` (None: live, following the log)."""
        if moment == self.as_of:
            return
        self.as_of = moment
        bar = self.query_one(StatusBar)
        if moment is None:
            bar.change(as_of=None, loading="going live")
            self.follower.reload()
        else:
            bar.change(as_of=moment, loading="folding the log")
            self.load_as_of(moment)

    def _newest(self) -> datetime | None:
        return self.live_snapshot.newest if self.live_snapshot else None

    # -- places and verdicts ---------------------------------------------------

    def on_front_table_place_wanted(self, message: FrontTable.PlaceWanted) -> None:
        self.open_place(message.place_key)

    def on_changes_feed_place_wanted(self, message: ChangesFeed.PlaceWanted) -> None:
        self.open_place(message.place_key)

    def on_reports_pane_place_wanted(self, message: ReportsPane.PlaceWanted) -> None:
        self.open_place(message.place_key)

    def open_place(self, place_key: str) -> None:
        self.app.push_screen(PlaceScreen(place_key, self.as_of))

    def on_reports_pane_verdict_wanted(self, message: ReportsPane.VerdictWanted) -> None:
        def recorded(note: str | None) -> None:
            if note is not None:
                self.record(message.claim_ids, message.verdict, note)

        self.app.push_screen(NoteDialog(message.verdict, message.about), recorded)

    @work(thread=True, group="verdict")
    def record(self, claim_ids: tuple[str, ...], verdict: str, note: str) -> None:
        self.app.data.record_verdicts(claim_ids, verdict, note, getpass.getuser())
        self.post_message(VerdictRecorded(claim_ids[0], verdict))

    def on_verdict_recorded(self, message: VerdictRecorded) -> None:
        self.notify(f"{message.verdict}ed claim {message.claim_id}", timeout=3)
        self.follower.reload()
