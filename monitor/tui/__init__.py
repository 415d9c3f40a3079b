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


def run_dashboard(store: EventStore, affiliations: Mapping[str, str], as_of: datetime | None = None,
                  **run_options) -> None:
    """Open the dashboard (``run_options`` go to ``App.run``: headless, size, auto_pilot for benchmarks)."""
    data = DashboardData(store, affiliations)
    if as_of is None:
        data.prefetch()
    DashboardApp(data, as_of).run(**run_options)
