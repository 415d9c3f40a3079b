"""The terminal dashboard (Textual): the front, what changed, what is only rumoured, and why.

Reads the log and the projections only, and writes one thing: an analyst's verdict.

    from monitor.tui import run_dashboard
    run_dashboard(store, affiliations)          # blocks until the user quits
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from monitor.log import EventStore
from monitor.tui.app import DashboardApp
from monitor.tui.loading import DashboardData

__all__ = ["DashboardApp", "DashboardData", "run_dashboard"]


def run_dashboard(store: EventStore, affiliations: Mapping[str, str], as_of: datetime | None = None) -> None:
    DashboardApp(DashboardData(store, affiliations), as_of).run()
