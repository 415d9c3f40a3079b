"""A read-only table that draws only the rows on screen: thousands of settlements cost nothing.

Textual's DataTable measures every cell of every row through Rich when rows are added
(about a second per thousand rows here), which would make a dashboard over a long front
slow to open and slow to follow the log. Here each cell is one string in one style, so
column widths are string widths and a row is a few segments, drawn only when visible
(the Line API).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Cell = tuple[str, Style]  # the text, as written (never markup), and its style
GAP = 2


class Grid(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"grid--header", "grid--cursor", "grid--even-row"}
    DEFAULT_CSS = """
    Grid {
        background: $surface;
        color: $foreground;
        & > .grid--header { text-style: bold; background: $panel; color: $foreground; }
        & > .grid--even-row { background: $surface-lighten-1 50%; }
        & > .grid--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .grid--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "ends(-1)", "First", show=False),
        Binding("end", "ends(1)", "Last", show=False),
        Binding("left", "scroll_left", "Left", show=False),
        Binding("right", "scroll_right", "Right", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    cursor = reactive(0, always_update=True)

    class RowChosen(Message):
        def __init__(self, grid: Grid, index: int) -> None:
            super().__init__()
            self.grid = grid
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._labels: tuple[str, ...] = ()
        self._right: tuple[bool, ...] = ()
        self._rows: Sequence[Sequence[Cell]] = ()
        self._widths: list[int] = []

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, labels: Sequence[str], rows: Sequence[Sequence[Cell]], right: Sequence[bool] = ()) -> None:
        """Replace the rows (``right``: which columns are right-aligned); the cursor keeps its index."""
        self._labels, self._rows = tuple(labels), rows
        self._right = tuple(right) or (False,) * len(labels)
        self._widths = [max([cell_len(label)] + [cell_len(row[i][0]) for row in rows])
                        for i, label in enumerate(labels)]
        self.virtual_size = Size(sum(self._widths) + GAP * len(self._widths), len(rows) + 1)
        self.cursor = min(self.cursor, max(len(rows) - 1, 0))
        self.refresh()

    def move_cursor(self, row: int) -> None:
        self.cursor = max(0, min(row, len(self._rows) - 1))

    def watch_cursor(self) -> None:
        """Keep the cursor's row on screen (the first line is the header)."""
        visible = max(self.scrollable_content_region.height - 1, 1)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)
        self.refresh()

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor + step * max(self.scrollable_content_region.height - 2, 1))

    def action_ends(self, end: int) -> None:
        self.move_cursor(0 if end < 0 else len(self._rows) - 1)

    def action_choose(self) -> None:
        if self._rows:
            self.post_message(self.RowChosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on a row; a double click opens it."""
        index = round(self.scroll_offset.y) + event.y - 1
        if event.y >= 1 and 0 <= index < len(self._rows):
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_choose()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("grid--header")
            cells: Sequence[Cell] = [(label, Style()) for label in self._labels]
        else:
            index = round(self.scroll_offset.y) + y - 1
            if index >= len(self._rows):
                return Strip.blank(width, base)
            style = base + self.get_component_rich_style("grid--even-row") if index % 2 else base
            cells = self._rows[index]
            if index == self.cursor:
                cursor = self.get_component_rich_style("grid--cursor")
                return self._strip(cells, style + cursor, width, cursor)
        return self._strip(cells, style, width, None)

    def _strip(self, cells: Sequence[Cell], style: Style, width: int, over: Style | None) -> Strip:
        segments = [Segment(" ", style)]
        for (text, cell_style), size, right in zip(cells, self._widths, self._right):
            pad = " " * (size - cell_len(text))
            # On the cursor's row a cell keeps its own colours (a badge stays a badge) over the cursor's.
            segments.append(Segment(pad + text if right else text + pad,
                                    style + over + cell_style if over is not None else style + cell_style))
            segments.append(Segment(" " * GAP if size else "", style))
        line = Strip(segments).crop(round(self.scroll_offset.x), round(self.scroll_offset.x) + width)
        return line.extend_cell_length(width, style)
