"""How values look: control colours, confidence badges, times, and untrusted text made inert.

Every string that came from an article (headline, quote, speaker, outlet, link) goes
through :func:`inert`, which returns a rich ``Text`` (or :func:`one_line`, for the grids,
which draw strings as segments): Textual shows it as written and never reads ``[bold]``
or ``[link=…]`` in it as markup, and control characters (terminal escapes) are replaced.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rich.text import Text

from monitor.domain.inert_text import terminal_line

CONTROL_STYLES = {"ukraine": "bold #4ea1ff", "russia": "bold #ff5f5f", "contested": "bold #ffb000"}
CONFIDENCE_STYLES = {
    "confirmed": "bold #101010 on #5fd75f",
    "reported": "#101010 on #d7d75f",
    "disputed": "bold #ffffff on #af5fd7",
    "unconfirmed": "#ffffff on #585858",
}
CONFIDENCE_MARKS = {"confirmed": "●", "reported": "◐", "disputed": "◐", "unconfirmed": "○"}
PLACE_STYLE = "bold underline"
TRIGGER_STYLE = "bold reverse"
DIM = "#8a8a8a"



def one_line(value: object) -> str:
    """Untrusted text as one line: the monitor's one output sanitiser (whitespace folded,
    control and bidi characters as '?'; plain text returned as it is, checked in C)."""
    return terminal_line(value)


def inert(value: object, style: str = "") -> Text:
    """Untrusted text as one line of plain ``Text``: never read as markup."""
    return Text(one_line(value), style=style, end="")


def control_text(control: str | None) -> Text:
    return Text(control or "-", style=CONTROL_STYLES.get(control or "", ""), end="")


def confidence_badge(confidence: str | None) -> Text:
    return Text(f" {confidence or '-'} ", style=CONFIDENCE_STYLES.get(confidence or "", ""), end="")


def status_text(control: str | None, confidence: str | None) -> Text:
    """"ukraine/confirmed" with the control coloured."""
    text = control_text(control)
    text.append(f"/{confidence or '-'}", style=DIM)
    return text


def day(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d")


def minute(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
