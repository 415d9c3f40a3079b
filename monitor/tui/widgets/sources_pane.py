"""The health of each source: last poll, status, failures in a row and why, latency."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable

from monitor.projections.source_health import SourceHealthRow
from monitor.tui.styling import inert, minute

COLUMNS = ("Source", "Health", "Last poll", "HTTP", "Failures", "Latency", "Items", "Why")
HEALTH_STYLES = {"ok": "bold #5fd75f", "failing": "bold #ff5f5f"}


class SourcesPane(DataTable):
    BORDER_TITLE = "Sources"

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.sources: tuple[SourceHealthRow, ...] = ()

    def on_mount(self) -> None:
        self._columns()

    def _columns(self) -> None:
        if not self.columns:  # a snapshot may come before the mount (see FrontTable)
            self.add_columns(*COLUMNS)

    def show(self, sources: Sequence[SourceHealthRow]) -> None:
        self._columns()
        self.sources = tuple(sources)
        row = self.cursor_row
        self.clear()
        self.add_rows(_cells(s) for s in self.sources)
        if self.sources:
            self.move_cursor(row=min(row, len(self.sources) - 1), animate=False)
        failing = sum(s.health == "failing" for s in self.sources)
        self.border_subtitle = f"{len(self.sources)} polled, {failing} failing" if self.sources else "no polls yet"


def _cells(s: SourceHealthRow) -> list[Text]:
    return [inert(s.source, "bold"), Text(s.health, style=HEALTH_STYLES.get(s.health, ""), end=""),
            Text(minute(s.last_poll), end=""), Text(str(s.http_status or "-"), end=""),
            Text(str(s.failures or ""), justify="right", end=""),
            Text(f"{s.latency_ms:.0f} ms" if s.latency_ms is not None else "-", justify="right", end=""),
            Text(str(s.items), justify="right", end=""), inert(s.reason or "")]
