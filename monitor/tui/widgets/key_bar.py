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
        """One hint per binding; bindings of one group (the time keys' pairs) as one: "[ ] Day ±"."""
        hints: list[tuple[list[str], str, bool]] = []  # (keys, description, enabled)
        seen: set[str] = set()
        groups: dict[object, int] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            if binding.group is not None and binding.group in groups:
                hints[groups[binding.group]][0].append(key)
                continue
            if binding.group is not None:
                groups[binding.group] = len(hints)
            hints.append(([key], binding.group.description if binding.group else binding.description, active.enabled))
        line = Text(end="", no_wrap=True, overflow="crop")
        for keys, description, enabled in hints:
            line.append(f" {' '.join(keys)} ", style=KEY_STYLE)
            line.append(description, style="" if enabled else "dim")
            line.append(" ")
        self.update(line)
