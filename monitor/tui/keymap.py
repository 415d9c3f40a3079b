"""Every key of the dashboard, by where it works: read from the bindings, so help never drifts."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from monitor.tui.screens.dashboard import DashboardScreen
from monitor.tui.screens.dialogs import MomentDialog, NoteDialog
from monitor.tui.screens.place import PlaceScreen
from monitor.tui.widgets.front_table import FrontTable
from monitor.tui.widgets.map_view import MapView
from monitor.tui.widgets.reports_pane import ReportsPane

MOVING = [
    Binding("up,down", "move", "Move in a list or table", key_display="↑ ↓"),
    Binding("pageup,pagedown", "page", "Page up, page down", key_display="PgUp PgDn"),
    Binding("home,end", "ends", "First, last", key_display="Home End"),
    Binding("tab", "focus_next", "Next pane", key_display="Tab"),
    Binding("enter", "open", "Open the settlement (front, changes, reports)", key_display="Enter"),
]
DIALOGS = [Binding("enter", "submit", "Record the note, or go to the moment", key_display="Enter"),
           *NoteDialog.BINDINGS]


def key_sections(app: App) -> list[tuple[str, list[Binding]]]:
    return [
        ("Everywhere", _bindings(type(app).BINDINGS)),
        ("Dashboard", _bindings(DashboardScreen.BINDINGS) + MOVING),
        ("Front table", _bindings(FrontTable.BINDINGS)),
        ("Unconfirmed reports", _bindings(ReportsPane.BINDINGS)),
        ("Map", _bindings(MapView.BINDINGS)),
        ("Place timeline", _bindings(PlaceScreen.BINDINGS)),
        ("Note and moment dialogs", _bindings(DIALOGS + [b for b in MomentDialog.BINDINGS
                                                        if b not in NoteDialog.BINDINGS])),
    ]


def _bindings(found) -> list[Binding]:
    return [b if isinstance(b, Binding) else Binding(*b) for b in found]
