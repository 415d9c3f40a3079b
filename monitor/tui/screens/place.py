"""One settlement's timeline: every claim with its quote, speaker, outlet, link and factuality,
and every change of status; the analyst confirms or rejects claims here."""

from __future__ import annotations

import asyncio
import getpass
from datetime import datetime

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from monitor.tui.messages import PlaceReady, VerdictRecorded
from monitor.tui.screens.dialogs import NoteDialog
from monitor.tui.snapshot import ClaimEntry, PlaceDetail
from monitor.tui.styling import inert
from monitor.tui.timeline_text import change_text, claim_text, heading
from monitor.tui.widgets.key_bar import KeyBar


class PlaceScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("c", "verdict('confirm')", "Confirm claim"),
        Binding("x", "verdict('reject')", "Reject claim"),
    ]

    def __init__(self, place_key: str, as_of: datetime | None) -> None:
        super().__init__()
        self.place_key = place_key
        self.as_of = as_of
        self.detail: PlaceDetail | None = None
        self.loaded = asyncio.Event()  # set whenever a timeline is shown (tests await it)

    def compose(self) -> ComposeResult:
        yield Static(inert("loading the timeline…"), id="place-heading")
        yield OptionList(id="timeline", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#timeline", OptionList).border_title = "Timeline"
        self.load()

    @work(thread=True, exclusive=True, group="place")
    def load(self) -> None:
        self.post_message(PlaceReady(self.app.data.place(self.place_key, self.as_of)))

    def on_place_ready(self, message: PlaceReady) -> None:
        self.detail = message.detail
        self.query_one("#place-heading", Static).update(heading(self.detail))
        timeline = self.query_one("#timeline", OptionList)
        highlighted = timeline.highlighted
        timeline.set_options(
            Option(claim_text(e), id=e.claim_id) if isinstance(e, ClaimEntry)
            else Option(change_text(e), id=f"change-{i}", disabled=True)
            for i, e in enumerate(self.detail.entries))
        claims = [i for i, e in enumerate(self.detail.entries) if isinstance(e, ClaimEntry)]
        if claims:
            timeline.highlighted = highlighted if highlighted in claims else claims[-1]
        timeline.border_subtitle = f"{len(claims)} claims"
        timeline.focus()
        self.loaded.set()

    @property
    def current_claim(self) -> ClaimEntry | None:
        timeline = self.query_one("#timeline", OptionList)
        if self.detail is None or timeline.highlighted is None:
            return None
        entry = self.detail.entries[timeline.highlighted]
        return entry if isinstance(entry, ClaimEntry) else None

    def action_verdict(self, verdict: str) -> None:
        claim = self.current_claim
        if claim is None:
            return

        def recorded(note: str | None) -> None:
            if note is not None:
                self.record(claim.claim_id, verdict, note)

        self.app.push_screen(NoteDialog(verdict, claim.quote), recorded)

    @work(thread=True, group="verdict")
    def record(self, claim_id: str, verdict: str, note: str) -> None:
        self.app.data.record_verdict(claim_id, verdict, note, getpass.getuser())
        self.post_message(VerdictRecorded(claim_id, verdict))
        self.post_message(PlaceReady(self.app.data.place(self.place_key, self.as_of)))

    def on_verdict_recorded(self, message: VerdictRecorded) -> None:
        self.notify(f"{message.verdict}ed claim {message.claim_id}", timeout=3)
        self.app.reload_live()
