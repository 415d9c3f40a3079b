"""The changes feed: status transitions, newest first; new ones stand out for a few seconds."""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from monitor.projections.rows import TransitionRow
from monitor.tui.styling import inert, minute, status_text

FRESH_STYLE = "bold on #5f5f00"


class ChangesFeed(OptionList):
    """Transitions of any settlement. A transition first seen after the first load is fresh:
    drawn highlighted until :attr:`fresh_seconds` pass (then :meth:`fade` redraws it)."""

    BORDER_TITLE = "Changes"
    fresh_seconds = 6.0

    class PlaceWanted(Message):
        def __init__(self, place_key: str) -> None:
            super().__init__()
            self.place_key = place_key

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.changes: tuple[TransitionRow, ...] = ()
        self.fresh: dict[int, float] = {}  # position -> when it stops being fresh (monotonic)
        self._newest_seen: int | None = None

    def show(self, changes: Sequence[TransitionRow], live: bool) -> None:
        """Show the transitions; while live, those newer than any shown before are fresh."""
        if live and self._newest_seen is not None:
            until = time.monotonic() + self.fresh_seconds
            for change in changes:
                if change.position > self._newest_seen:
                    self.fresh[change.position] = until
            if self.fresh:
                self.set_timer(self.fresh_seconds, self.fade)
        if live:
            self._newest_seen = max([c.position for c in changes] + [self._newest_seen or 0])
        self.changes = tuple(changes)
        self._draw()

    def fade(self) -> None:
        """Let transitions whose moment has passed stop standing out."""
        now = time.monotonic()
        self.fresh = {p: until for p, until in self.fresh.items() if until > now}
        self._draw()

    def _draw(self) -> None:
        highlighted = self.highlighted
        self.set_options(Option(self._line(c), id=f"{c.position}:{c.place_key}") for c in self.changes)
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)
        self.border_subtitle = f"{len(self.changes)}"

    def _line(self, change: TransitionRow) -> Text:
        line = Text(end="")
        line.append(minute(change.at) + " ", style="dim")
        line.append_text(inert(change.place, "bold"))
        line.append(" ")
        line.append_text(status_text(change.from_control, change.from_confidence))
        line.append(" → ")
        line.append_text(status_text(change.to_control, change.to_confidence))
        if change.position in self.fresh:
            line.stylize(FRESH_STYLE)
            line.append(" new", style="bold #ffff5f")
        return line

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.PlaceWanted(self.changes[event.option_index].place_key))
