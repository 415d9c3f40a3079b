"""The map: the front's settlements at their coordinates, over oblast outlines; zoom to an oblast."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.widget import Widget

from monitor.tui.map_canvas import FrameLayer, MapFrame, MapMarker, frame_layer, paint
from monitor.tui.snapshot import FrontRow
from monitor.tui.styling import CONFIDENCE_MARKS, CONTROL_STYLES, DIM


class MapView(Widget, can_focus=True):
    BORDER_TITLE = "Map"
    BINDINGS = [
        Binding("z", "zoom(1)", "Zoom to oblast"),
        Binding("Z", "zoom(-1)", "Zoom back", show=False),
        Binding("w", "whole", "Whole country"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.frame: MapFrame | None = None
        self.rows: tuple[FrontRow, ...] = ()
        self.zoom: str | None = None  # an oblast, or None for the whole country
        self._layer: tuple[tuple, FrameLayer] | None = None  # outlines, redrawn only for a new view or size

    def show(self, rows: Sequence[FrontRow]) -> None:
        self.rows = tuple(rows)
        self.refresh()

    def set_frame(self, frame: MapFrame) -> None:
        self.frame = frame
        self.refresh()

    def zoom_to(self, oblast: str | None) -> None:
        self.zoom = oblast
        self.border_title = f"Map · {oblast} oblast" if oblast else "Map · Ukraine"
        self.refresh()

    def action_zoom(self, step: int) -> None:
        """Cycle through the oblasts with settlements on the front (then every other oblast)."""
        if self.frame is None:
            return
        front = sorted({r.oblast for r in self.rows if r.oblast})
        options = [None, *front, *(o for o in self.frame.oblasts if o not in front)]
        index = options.index(self.zoom) if self.zoom in options else 0
        self.zoom_to(options[(index + step) % len(options)])

    def action_whole(self) -> None:
        self.zoom_to(None)

    def render(self) -> Text:
        width, height = self.content_size
        if self.frame is None:
            return Text("drawing the map from the gazetteer…", style=DIM)
        key = (id(self.frame), self.zoom, width, height)
        if self._layer is None or self._layer[0] != key:
            layer = frame_layer(self.frame, self.frame.bounds(self.zoom), width, max(height - 1, 2), self.zoom)
            self._layer = (key, layer)
        markers = [MapMarker(r.lat, r.lon, r.place, r.control, r.confidence)
                   for r in self.rows if r.lat is not None and r.lon is not None]
        lines = paint(self._layer[1], markers)
        lines.append(_legend(len(markers), len(self.rows)))
        return Text("\n", end="").join(lines)


def _legend(placed: int, total: int) -> Text:
    legend = Text(end="", no_wrap=True)
    for control, style in CONTROL_STYLES.items():
        legend.append("■ ", style=style)
        legend.append(control + "  ", style=DIM)
    for confidence in ("confirmed", "reported", "unconfirmed"):
        legend.append(f"{CONFIDENCE_MARKS[confidence]} {confidence}  ", style=DIM)
    if placed < total:
        legend.append(f"({total - placed} without coordinates)", style=DIM)
    return legend
