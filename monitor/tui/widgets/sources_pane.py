"""The health of each source: last poll, status, failures in a row and why, latency."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style

from monitor.projections.source_health import SourceHealthRow
from monitor.tui.styling import minute, one_line
from monitor.tui.widgets.grid import Cell, Grid

LABELS = ("Source", "Health", "Last poll", "HTTP", "Failures", "Latency", "Items", "Why")
RIGHT = (False, False, False, False, True, True, True, False)
HEALTH_STYLES = {"ok": Style.parse("bold #5fd75f"), "failing": Style.parse("bold #ff5f5f")}
PLAIN = Style()


class SourcesPane(Grid):
    BORDER_TITLE = "Sources"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sources: tuple[SourceHealthRow, ...] = ()

    def show(self, sources: Sequence[SourceHealthRow]) -> None:
        self.sources = tuple(sources)
        self.set_rows(LABELS, [_cells(s) for s in self.sources], RIGHT)
        failing = sum(s.health == "failing" for s in self.sources)
        self.border_subtitle = f"{len(self.sources)} polled, {failing} failing" if self.sources else "no polls yet"


def _cells(s: SourceHealthRow) -> list[Cell]:
    return [(one_line(s.source), Style(bold=True)), (s.health, HEALTH_STYLES.get(s.health, PLAIN)),
            (minute(s.last_poll), PLAIN), (str(s.http_status or "-"), PLAIN), (str(s.failures or ""), PLAIN),
            (f"{s.latency_ms:.0f} ms" if s.latency_ms is not None else "-", PLAIN), (str(s.items), PLAIN),
            (one_line(s.reason or ""), PLAIN)]
