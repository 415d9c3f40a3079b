"""Screenshots of the dashboard on the bundled sample, for the README.

    python scripts/dashboard_screenshot.py     # writes docs/dashboard.svg, prints text captures

The log is made exactly as a fresh `monitor demo` makes it (its own import_sample), so the
screenshots show what a new user sees: the same log length, dates and figures.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.cli.demo import import_sample  # noqa: E402
from monitor.log import initialise, open_store  # noqa: E402
from monitor.tui import DashboardApp, DashboardData  # noqa: E402
from tests.tui.conftest import opened, screen_text  # noqa: E402


def capture(db: str, size: tuple[int, int], keys: tuple[str, ...] = ()) -> tuple[str, str]:
    result: list[str] = []

    async def shoot(pilot) -> None:
        await opened(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        result[:] = [pilot.app.export_screenshot(title="monitor tui"), screen_text(pilot.app)]
        pilot.app.exit()

    store = open_store(db)
    DashboardApp(DashboardData(store, {}), animations=False).run(headless=True, size=size, auto_pilot=shoot)
    store.engine.dispose()
    return result[0], result[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "monitor.db")
        initialise(db)
        store = open_store(db)
        import_sample(store, {})
        store.engine.dispose()
        svg, _ = capture(db, (160, 48))
        (REPO / "docs").mkdir(exist_ok=True)
        (REPO / "docs" / "dashboard.svg").write_text(svg)
        for keys in ((), ("4",)):
            print(capture(db, (120, 30), keys)[1], end="\n\n")


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
