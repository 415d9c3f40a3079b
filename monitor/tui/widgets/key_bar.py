"""The bottom line: the keys that work where the focus is, as one line of text.

Textual's Footer rebuilds a widget per key each time the bindings change (each focus
change), which was a fifth of the dashboard's start-up; this draws the same hints as one
``Text`` on the same signal.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

KEY_STYLE = "bold #ffaf00"


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar { height: 1; background: $panel; }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._draw()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self._draw()

    def _draw(self) -> None:
        line = Text(end="", no_wrap=True, overflow="crop")
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            line.append(f" {self.app.get_key_display(binding)} ", style=KEY_STYLE)
            line.append(binding.description, style="" if active.enabled else "dim")
            line.append(" ")
        self.update(line)
