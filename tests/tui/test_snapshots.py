"""The main screens after importing the seed articles, at 80×24 and 160×48 (pytest-textual-snapshot).

Update after an intended change of the look: pytest tests/tui/test_snapshots.py --snapshot-update,
then look at the SVGs in __snapshots__ before committing them.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest

from monitor.tui.screens.place import PlaceScreen
from monitor.tui.widgets.front_table import FrontTable
from tests.tui.conftest import next_update, opened

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


def keys(*pressed: str):
    async def run_before(pilot) -> None:
        await opened(pilot)
        await pilot.press(*pressed)
    return run_before


async def _izium(pilot) -> None:
    await opened(pilot)
    table = pilot.app.dashboard.query_one(FrontTable)
    table.move_cursor(row=[r.place for r in table.shown].index("Izium"))
    await pilot.press("enter")
    await asyncio.wait_for(pilot.app.screen.loaded.wait(), 20)
    assert isinstance(pilot.app.screen, PlaceScreen)


async def _as_of(pilot) -> None:
    await opened(pilot)
    dashboard = pilot.app.dashboard
    dashboard.updated.clear()
    dashboard.go_to(datetime(2022, 9, 11, tzinfo=timezone.utc))
    await next_update(pilot)


SCREENS = {
    "front": keys(),
    "changes": keys("2"),
    "reports": keys("3"),
    "map": keys("4"),
    "map-kharkiv": keys("4", "z", "z"),
    "sources": keys("5"),
    "place-izium": _izium,
    "help": keys("question_mark"),
    "as-of": _as_of,
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_main_screens(snap_compare, app, screen, size):
    assert snap_compare(app, terminal_size=size, run_before=SCREENS[screen])
