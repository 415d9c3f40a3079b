"""`?`: every key of the dashboard, by where it works, read from the bindings themselves."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

Section = tuple[str, Sequence[Binding]]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close"),
        Binding("question_mark", "app.pop_screen", "Close", show=False),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(self._text())

    def _text(self) -> Text:
        text = Text(end="")
        text.append("Keys\n", style="bold underline")
        for title, bindings in self.sections:
            text.append(f"\n{title}\n", style="bold #ffb000")
            for binding in bindings:
                text.append(f"  {self.app.get_key_display(binding):>9}  ", style="bold")
                text.append(f"{binding.description or binding.action}\n")
        text.append("\nArticle text is always shown as written, never as markup.", style="dim")
        return text
