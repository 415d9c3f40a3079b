"""Article text is shown as written: a headline like ``[bold red]x[/]`` or
``[link=file:///etc/passwd]y[/link]`` is never read as Textual or Rich markup."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from textual.geometry import Region
from textual.widgets import OptionList

from monitor.domain.events import ArticleSeen
from monitor.projections.runner import catch_up
from monitor.service.extraction import extract_articles
from monitor.tui.screens.place import PlaceScreen
from monitor.tui.widgets.front_table import FrontTable
from monitor.tui.widgets.reports_pane import ReportsPane
from tests.tui.conftest import opened, screen_text

pytestmark = pytest.mark.anyio

BOLD = "[bold red]x[/]"
LINK = "[link=file:///etc/passwd]y[/link]"


@pytest.fixture
def marked_up(store):
    text = (f"{BOLD} {LINK}\n\nA Telegram channel claimed that Russian troops had captured Kreminna {LINK}, "
            f"which could not be independently verified.")
    store.append([ArticleSeen("markup-1", "markup", f"{BOLD} wire", f"https://example.org/{LINK}", f"{BOLD} {LINK}",
                              datetime(2022, 9, 13, tzinfo=timezone.utc), text, "m1", "en")])
    extract_articles(store, {})
    catch_up(store, {})
    return store


async def test_headlines_quotes_outlets_and_links_are_shown_literally(app, marked_up):
    async with app.run_test(size=(160, 48)) as pilot:
        await opened(pilot)
        table = app.dashboard.query_one(FrontTable)
        table.move_cursor(row=[r.place for r in table.shown].index("Kreminna"))
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, PlaceScreen)
        await asyncio.wait_for(screen.loaded.wait(), 20)
        await pilot.pause()
        timeline = screen.query_one("#timeline", OptionList)
        timeline.highlighted = next(i for i, e in enumerate(screen.detail.entries)
                                    if getattr(e, "outlet", "") == f"{BOLD} wire")
        await pilot.pause()
        text = screen_text(app)
        assert f"{BOLD} {LINK}" in text  # the headline
        assert f"{BOLD} wire" in text  # the outlet
        assert f"captured Kreminna {LINK}" in text  # the quote
        assert f"https://example.org/{LINK}" in text  # the link, as text
        strips = timeline.render_lines(Region(0, 0, timeline.size.width, timeline.size.height))
        styles = [segment.style for strip in strips for segment in strip if segment.style]
        assert not any(style.link for style in styles)
        assert not any(style.color and style.color.name == "red" for style in styles)

        await pilot.press("escape", "3")
        reports = app.dashboard.query_one(ReportsPane)
        index = next(i for i, r in enumerate(reports.reports) if r.outlet == f"{BOLD} wire")
        reports.highlighted = index
        await pilot.pause()
        prompt = reports.get_option_at_index(index).prompt
        assert f"{BOLD} wire" in prompt.plain and f"Kreminna {LINK}" in prompt.plain
        assert not any(span.style and "link" in str(span.style) for span in prompt.spans)
        shown = screen_text(app)
        assert LINK in shown and BOLD in shown  # the quote and the outlet, as written (the pane may wrap them)
