"""The front table: one row per settlement, filtered and sorted by a :class:`FrontQuery`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rich.style import Style
from textual.binding import Binding
from textual.message import Message

from monitor.tui.front_query import FrontQuery
from monitor.tui.snapshot import FrontRow
from monitor.tui.styling import CONFIDENCE_STYLES, CONTROL_STYLES, one_line
from monitor.tui.widgets.grid import Cell, Grid

LABELS = ("Settlement", "Oblast", "Control", "Confidence", "Since", "UA/RU/Ind")
RIGHT = (False, False, False, False, False, True)
BOLD = Style(bold=True)
PLAIN = Style()


class FrontTable(Grid):
    BORDER_TITLE = "Front"
    BINDINGS = [
        Binding("s", "sort", "Sort"),
        Binding("S", "reverse", "Reverse"),
        Binding("o", "oblast(1)", "Oblast"),
        Binding("O", "oblast(-1)", "Oblast back", show=False),
        Binding("f", "confidence", "Confidence"),
    ]

    class QueryChanged(Message):
        def __init__(self, query: FrontQuery, shown: int, total: int) -> None:
            super().__init__()
            self.query = query
            self.shown = shown
            self.total = total

    class PlaceWanted(Message):
        def __init__(self, place_key: str) -> None:
            super().__init__()
            self.place_key = place_key

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows_all: tuple[FrontRow, ...] = ()
        self.query = FrontQuery()
        self.shown: list[FrontRow] = []

    def show(self, rows: Sequence[FrontRow]) -> None:
        self.rows_all = tuple(rows)
        self._draw()

    def set_query(self, query: FrontQuery) -> None:
        self.query = query
        self._draw()

    @property
    def current(self) -> FrontRow | None:
        return self.shown[self.cursor] if 0 <= self.cursor < len(self.shown) else None

    def _draw(self) -> None:
        """Redraw, keeping the cursor on the same settlement when it is still shown."""
        keep = self.current.place_key if self.current else None
        self.shown = self.query.apply(self.rows_all)
        self.set_rows(LABELS, [_cells(r) for r in self.shown], RIGHT)
        keys = [r.place_key for r in self.shown]
        if keep in keys:
            self.move_cursor(keys.index(keep))
        self.border_subtitle = f"{len(self.shown)} of {len(self.rows_all)}"
        self.post_message(self.QueryChanged(self.query, len(self.shown), len(self.rows_all)))

    def action_sort(self) -> None:
        self.set_query(self.query.next_sort())

    def action_reverse(self) -> None:
        self.set_query(self.query.reversed())

    def action_oblast(self, step: int) -> None:
        self.set_query(self.query.next_oblast(self.rows_all, step))

    def action_confidence(self) -> None:
        self.set_query(self.query.next_confidence())

    def on_grid_row_chosen(self, event: Grid.RowChosen) -> None:
        event.stop()
        self.post_message(self.PlaceWanted(self.shown[event.index].place_key))


@cache
def _style(definition: str) -> Style:
    return Style.parse(definition) if definition else PLAIN


@lru_cache(maxsize=1 << 15)
def _cells(row: FrontRow) -> tuple[Cell, ...]:
    """A row's cells (kept: a live update changes a few rows of thousands)."""
    return ((one_line(row.place), BOLD), (one_line(row.oblast), PLAIN),
            (row.control, _style(CONTROL_STYLES.get(row.control, ""))),
            (f" {row.confidence} ", _style(CONFIDENCE_STYLES.get(row.confidence, ""))),
            (row.since.date().isoformat(), PLAIN), (f"{row.ukraine}/{row.russia}/{row.independent}", PLAIN))
