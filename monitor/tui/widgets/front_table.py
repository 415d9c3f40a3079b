"""The front table: one row per settlement, filtered and sorted by a :class:`FrontQuery`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from monitor.tui.front_query import FrontQuery
from monitor.tui.snapshot import FrontRow
from monitor.tui.styling import confidence_badge, control_text, day, inert

COLUMNS = (("settlement", "Settlement"), ("oblast", "Oblast"), ("control", "Control"),
           ("confidence", "Confidence"), ("since", "Since"), ("sources", "UA/RU/Ind"))


class FrontTable(DataTable):
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
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.rows_all: tuple[FrontRow, ...] = ()
        self.query = FrontQuery()
        self.shown: list[FrontRow] = []

    def on_mount(self) -> None:
        self._columns()

    def _columns(self) -> None:
        """The columns, before any row: a snapshot can arrive before the table is mounted, and
        rows added to a table without columns would be measured as if empty."""
        if not self.columns:
            for key, label in COLUMNS:
                self.add_column(label, key=key)

    def show(self, rows: Sequence[FrontRow]) -> None:
        self.rows_all = tuple(rows)
        self._draw()

    def set_query(self, query: FrontQuery) -> None:
        self.query = query
        self._draw()

    @property
    def current(self) -> FrontRow | None:
        return self.shown[self.cursor_row] if self.shown and 0 <= self.cursor_row < len(self.shown) else None

    def _draw(self) -> None:
        """Redraw, keeping the cursor on the same settlement when it is still shown."""
        self._columns()
        keep = self.current.place_key if self.current else None
        self.shown = self.query.apply(self.rows_all)
        self.clear()
        self.add_rows((_cells(r) for r in self.shown))
        keys = [r.place_key for r in self.shown]
        if keep in keys:
            self.move_cursor(row=keys.index(keep), animate=False)
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

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.PlaceWanted(self.current.place_key))


def _cells(row: FrontRow) -> list[Text]:
    return [inert(row.place, "bold"), inert(row.oblast), control_text(row.control), confidence_badge(row.confidence),
            Text(day(row.since), end=""), Text(f"{row.ukraine}/{row.russia}/{row.independent}", justify="right",
                                               end="")]
