"""The top line: live or as of when, how far the log is read, the filter, what is loading."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from monitor.tui.styling import DIM, inert, minute


@dataclass(frozen=True, slots=True)
class BarState:
    as_of: datetime | None = None
    head: int = 0  # log position shown
    log_head: int = 0  # log position the follower last saw
    shown: int = 0
    total: int = 0
    query: str = ""
    loading: str = ""  # what is being loaded, if anything
    error: str = ""


class StatusBar(Static):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = BarState()

    def on_mount(self) -> None:
        self.update(self._text())

    def change(self, **changes) -> None:
        self.state = replace(self.state, **changes)
        self.update(self._text())

    def _text(self) -> Text:
        s = self.state
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        if s.as_of is None:
            line.append(" ● LIVE ", style="bold #101010 on #5fd75f")
        else:
            line.append(f" ◷ AS OF {minute(s.as_of)} UTC ", style="bold #101010 on #ffb000")
        line.append(f" log {s.head:,}", style=DIM)
        if s.as_of is not None and s.log_head > s.head:
            line.append(f" (head {s.log_head:,})", style=DIM)
        line.append(f" · {s.shown} of {s.total} settlements · {s.query}")
        if s.loading:
            line.append(f" · {s.loading}…", style="italic #ffb000")
        if s.error:
            line.append(" · ")
            line.append_text(inert(s.error, "bold #ff5f5f"))
        return line
