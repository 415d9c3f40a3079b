"""The row of views under the status line, with the key of each and the current one lit."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

VIEWS = {"front": "Front", "changes": "Changes", "reports": "Reports", "map": "Map", "sources": "Sources"}


class ViewBar(Static):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current = "front"

    def on_mount(self) -> None:
        self.select(self.current)

    def select(self, view: str) -> None:
        self.current = view
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        for number, (key, label) in enumerate(VIEWS.items(), start=1):
            style = "bold reverse" if key == view else ""
            line.append(f" {number} {label} ", style=style)
            line.append(" ")
        line.append("  ? help", style="dim")
        self.update(line)
