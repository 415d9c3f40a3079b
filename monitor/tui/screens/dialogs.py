"""Small modal questions: a note for a verdict, a moment to look at."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from monitor.tui.styling import DIM, inert
from monitor.domain.moments import parse_moment


class NoteDialog(ModalScreen[str | None]):
    """Why the analyst confirms or rejects a claim; Enter records it, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, verdict: str, about: str) -> None:
        super().__init__()
        self.verdict = verdict
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = Text(f"{self.verdict.capitalize()} this claim?", style="bold")
            yield Static(title)
            about = inert(self.about)
            about.truncate(300, overflow="ellipsis")
            yield Static(about, classes="about")
            yield Input(placeholder="note: why (Enter records, Escape cancels)", id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class MomentDialog(ModalScreen[datetime | None]):
    """A moment to show the whole dashboard as of (ISO date or time, UTC unless it says)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: datetime | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Show the front as of", style="bold"))
            yield Static(Text("e.g. 2022-09-10 or 2022-09-10T12:00Z; empty for live", style=DIM))
            value = self.current.strftime("%Y-%m-%dT%H:%MZ") if self.current else ""
            yield Input(value=value, placeholder="2022-09-10T12:00Z", id="moment")
            yield Static("", id="moment-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.dismiss(None)
            return
        try:
            self.dismiss(parse_moment(event.value))
        except ValueError as error:
            self.query_one("#moment-error", Static).update(inert(str(error), "#ff5f5f"))

    def action_cancel(self) -> None:
        self.dismiss(self.current)
