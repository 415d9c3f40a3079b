"""The dashboard application: the data it reads, the main screen, the keys that work everywhere."""

from __future__ import annotations

from datetime import datetime

from textual.app import App
from textual.binding import Binding

from monitor.tui.keymap import key_sections
from monitor.tui.loading import DashboardData
from monitor.tui.screens.dashboard import DashboardScreen
from monitor.tui.screens.help import HelpScreen


class DashboardApp(App):
    TITLE = "monitor"
    CSS_PATH = "dashboard.tcss"
    ENABLE_COMMAND_PALETTE = False  # every action has a key, listed by `?`
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, data: DashboardData, as_of: datetime | None = None, *, animations: bool = True) -> None:
        super().__init__()
        self.data = data
        self.start_as_of = as_of
        if not animations:  # tests and snapshots: nothing moves, nothing blinks
            self.animation_level = "none"

    def on_mount(self) -> None:
        self.push_screen(DashboardScreen(self.start_as_of))

    @property
    def dashboard(self) -> DashboardScreen:
        return next(s for s in self.screen_stack if isinstance(s, DashboardScreen))

    def reload_live(self) -> None:
        """After a write from another screen: the live view is read again now."""
        self.dashboard.follower.reload()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_sections(self)))
