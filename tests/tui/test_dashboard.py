"""The dashboard driven key by key (Textual's Pilot) on the seed articles: every pane, every key."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.events import ClaimVerdict
from monitor.tui.keymap import key_sections
from monitor.tui.screens.dialogs import MomentDialog, NoteDialog
from monitor.tui.screens.help import HelpScreen
from monitor.tui.screens.place import PlaceScreen
from monitor.tui.snapshot import ClaimEntry
from monitor.tui.styling import PLACE_STYLE, TRIGGER_STYLE
from monitor.tui.widgets.changes_feed import ChangesFeed
from monitor.tui.widgets.front_table import FrontTable
from monitor.tui.widgets.map_view import MapView
from monitor.tui.widgets.reports_pane import ReportsPane
from monitor.tui.widgets.sources_pane import SourcesPane
from monitor.tui.widgets.status_bar import StatusBar
from tests.conftest import REPO
from tests.tui.conftest import next_update, opened, screen_text, typed

pytestmark = pytest.mark.anyio

LIBERATED = {"Balakliia", "Izium", "Kupiansk"}


def places(app) -> list[str]:
    return [r.place for r in app.dashboard.query_one(FrontTable).shown]


def verdicts(store) -> list[ClaimVerdict]:
    return [r.event for r in store.read(types=[ClaimVerdict.TYPE])]


async def open_place(pilot, name: str) -> PlaceScreen:
    table = pilot.app.dashboard.query_one(FrontTable)
    table.move_cursor(row=places(pilot.app).index(name))
    await pilot.press("enter")
    screen = pilot.app.screen
    assert isinstance(screen, PlaceScreen)
    await asyncio.wait_for(screen.loaded.wait(), 20)
    await pilot.pause()
    return screen


async def test_opens_on_the_front_with_the_liberated_towns_confirmed(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        rows = {r.place: r for r in app.dashboard.query_one(FrontTable).shown}
        assert len(rows) == 12
        for name in LIBERATED:
            assert (rows[name].control, rows[name].confidence, rows[name].oblast) == ("ukraine", "confirmed", "Kharkiv")
        text = screen_text(app)
        assert "● LIVE" in text and "12 of 12 settlements" in text
        for name in LIBERATED:
            line = next(line for line in text.splitlines() if f" {name} " in line)
            assert "ukraine" in line and "confirmed" in line and "Kharkiv" in line


async def test_s_cycles_the_sort_column_and_shift_s_reverses_it(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        assert places(app)[0] == "Lyman"  # by oblast: Donetsk first
        await pilot.press("s")  # by settlement
        assert places(app) == sorted(places(app))
        await pilot.press("S")
        assert places(app) == sorted(places(app), reverse=True)
        assert "by settlement ↓" in screen_text(app)
        await pilot.press("s", "s", "s", "s")  # control, confidence, since, sources
        table = app.dashboard.query_one(FrontTable)
        assert table.query.sort == "sources"
        totals = [r.ukraine + r.russia + r.independent for r in table.shown]
        assert totals == sorted(totals)  # still reversed: fewest sources first
        await pilot.press("s")
        assert table.query.sort == "oblast"


async def test_typing_filters_the_front_and_escape_clears_it(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("slash", "k", "u", "p")
        assert places(app) == ["Kupiansk"]
        await pilot.press("enter")
        assert app.focused is app.dashboard.query_one(FrontTable)
        assert "“kup”" in screen_text(app)
        await pilot.press("slash", "backspace", "backspace", "backspace", *"luhansk")  # an oblast's name too
        assert sorted(places(app)) == ["Kreminna", "Lysychansk", "Svatove"]
        await pilot.press("escape")  # leaves the box and clears every filter
        assert len(places(app)) == 12


async def test_o_filters_by_oblast_and_f_by_confidence(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("o")
        assert places(app) == ["Lyman"]
        await pilot.press("o")
        assert len(places(app)) == 8 and {r.oblast for r in app.dashboard.query_one(FrontTable).shown} == {"Kharkiv"}
        await pilot.press("f")  # confirmed only
        assert sorted(places(app)) == sorted(LIBERATED)
        await pilot.press("f")  # reported
        assert places(app) == []
        await pilot.press("O", "O")  # back past Donetsk to every oblast
        await pilot.press("f", "f", "f")  # disputed, unconfirmed, every confidence
        assert len(places(app)) == 12
        await pilot.press("escape")


async def test_enter_on_a_row_opens_its_timeline_and_escape_returns(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        screen = await open_place(pilot, "Izium")
        claims = [e for e in screen.detail.entries if isinstance(e, ClaimEntry)]
        assert len(claims) >= 5 and any(not isinstance(e, ClaimEntry) for e in screen.detail.entries)
        text = screen_text(app)
        assert "Izium, Kharkiv oblast" in text and "confirmed" in text and "https://" in text
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_a_quote_highlights_its_place_and_its_trigger(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        screen = await open_place(pilot, "Kupiansk")
        entry = next(e for e in screen.detail.entries if isinstance(e, ClaimEntry) and "recaptured" in e.quote)
        from monitor.tui.timeline_text import quote_text

        quote = quote_text(entry)
        marked = {quote.plain[s.start:s.end]: str(s.style) for s in quote.spans}
        assert marked["Kupiansk"] == PLACE_STYLE and marked["recaptured"] == TRIGGER_STYLE


async def test_confirm_and_reject_a_claim_from_its_timeline_append_verdicts(app, store):
    async with app.run_test(size=(160, 48)) as pilot:
        await opened(pilot)
        screen = await open_place(pilot, "Lysychansk")
        claim = screen.current_claim
        await pilot.press("c")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*typed("footage geolocated"))
        screen.loaded.clear()
        await pilot.press("enter")
        await asyncio.wait_for(screen.loaded.wait(), 20)
        [verdict] = verdicts(store)
        assert (verdict.claim_id, verdict.verdict, verdict.note) == (claim.claim_id, "confirm", "footage geolocated")
        assert screen.current_claim.verdict == "confirm"
        assert "analyst: confirmed — footage geolocated" in screen_text(app)
        await pilot.press("x", "escape")  # a cancelled note records nothing
        assert len(verdicts(store)) == 1 and app.screen is screen
        await pilot.press("x", *typed("misread"))
        screen.loaded.clear()
        await pilot.press("enter")
        await asyncio.wait_for(screen.loaded.wait(), 20)
        assert [v.verdict for v in verdicts(store)] == ["confirm", "reject"]


async def test_number_keys_switch_views_and_a_narrow_terminal_shows_one_pane(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        dashboard = app.dashboard
        for key, widget in (("2", ChangesFeed), ("3", ReportsPane), ("4", MapView), ("5", SourcesPane),
                            ("1", FrontTable)):
            await pilot.press(key)
            pane = dashboard.query_one(widget)
            assert app.focused is pane and pane.display and pane.region.width >= 76
            others = [w for w in (ChangesFeed, ReportsPane, MapView, SourcesPane, FrontTable) if w is not widget]
            assert not any(dashboard.query_one(w).region.area for w in others)


async def test_a_wide_terminal_keeps_changes_and_reports_beside_the_front(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await opened(pilot)
        dashboard = app.dashboard
        front, changes, reports = (dashboard.query_one(w) for w in (FrontTable, ChangesFeed, ReportsPane))
        assert front.region.area and changes.region.area and reports.region.area
        assert changes.region.x > front.region.right - 1
        await pilot.press("2")
        assert app.focused is changes and front.region.area  # nothing hides in a wide terminal
        await pilot.press("4")  # the map and the sources take the whole width
        assert dashboard.query_one(MapView).region.width >= 156 and not changes.region.area
        await pilot.press("3")
        assert app.focused is reports and dashboard.query_one(MapView).region.area


async def test_changes_feed_lists_transitions_newest_first_and_opens_a_place(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("2")
        feed = app.dashboard.query_one(ChangesFeed)
        times = [(c.at, c.position) for c in feed.changes]
        assert times == sorted(times, reverse=True) and len(times) >= 12
        assert "→ ukraine/confirmed" in screen_text(app)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, PlaceScreen) and app.screen.place_key == feed.changes[1].place_key


async def test_reports_pane_lists_unconfirmed_reports_and_takes_verdicts(app, store):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("3")
        pane = app.dashboard.query_one(ReportsPane)
        places = {name for r in pane.reports for name in r.place.split(", ")}
        assert places >= {"Lyman", "Svatove", "Lysychansk"} and not places & LIBERATED
        villages = [r for r in pane.reports if "Semenivka" in r.place]  # one sentence naming four villages
        assert len(villages) == 1 and villages[0].place == "Semenivka, Volokhiv Yar, Vovchyi Yar, Kalynivka"
        assert len(villages[0].claim_ids) == 4 and screen_text(app).count("Semenivka") <= 1
        times = [r.time for r in pane.reports]
        assert times == sorted(times, reverse=True)
        pane.highlighted = pane.reports.index(villages[0])
        first = pane.current
        await pilot.press("x", *typed("a channel's rumour"))
        app.dashboard.updated.clear()
        await pilot.press("enter")
        await next_update(pilot)  # the follower reloads after the verdict
        given = verdicts(store)
        assert {(v.claim_id, v.verdict) for v in given} == {(c, "reject") for c in first.claim_ids}
        assert not set(first.claim_ids) & {c for r in pane.reports for c in r.claim_ids}
        await pilot.press("c", "escape")
        assert len(verdicts(store)) == 4
        await pilot.press("enter")
        assert isinstance(app.screen, PlaceScreen)


async def test_map_draws_the_front_over_oblast_outlines_and_zooms(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("4")
        text = screen_text(app)
        for name in ("Kupiansk", "Izium", "Lviv", "Crimea", "Odesa"):
            assert name in text
        assert any("\u2800" < ch <= "\u28ff" for ch in text)  # the outlines, in braille dots
        assert "●" in text and "○" in text
        await pilot.press("z")
        assert app.dashboard.query_one(MapView).zoom == "Donetsk"
        await pilot.press("z")
        map_view = app.dashboard.query_one(MapView)
        assert map_view.zoom == "Kharkiv"
        text = screen_text(app)
        assert "Map · Kharkiv oblast" in text and "Lviv" not in text and "Balakliia" in text
        await pilot.press("Z")
        assert map_view.zoom == "Donetsk"
        await pilot.press("w")
        assert map_view.zoom is None and "Lviv" in screen_text(app)


async def test_map_shows_what_the_front_filter_keeps(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("f", "4")  # confirmed only
        assert {r.place for r in app.dashboard.query_one(MapView).rows} == LIBERATED


async def test_sources_pane_shows_each_source_health(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await opened(pilot)
        await pilot.press("5")
        pane = app.dashboard.query_one(SourcesPane)
        health = {s.source: s for s in pane.sources}
        assert set(health) == {"isw", "kyiv-independent", "tass"}
        assert (health["tass"].health, health["tass"].failures, health["tass"].http_status) == ("failing", 2, 503)
        assert health["kyiv-independent"].latency_ms == 48.0 and health["kyiv-independent"].items == 30
        text = screen_text(app)
        assert "3 polled, 1 failing" in text and "HTTP 503 [bold]Service[/]" in text


async def test_time_keys_step_the_whole_dashboard_through_the_past(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        dashboard = app.dashboard
        newest = dashboard.live_snapshot.newest
        assert newest == datetime(2022, 9, 12, tzinfo=timezone.utc)  # the newest article's day, not today
        assert "[ ] Day ±" in screen_text(app) and "{ } Change ±" in screen_text(app)  # the key bar
        dashboard.updated.clear()
        await pilot.press("left_square_bracket")
        await next_update(pilot)
        assert dashboard.as_of is not None and dashboard.snapshot.as_of == dashboard.as_of
        assert (newest - dashboard.as_of).days == 1
        assert "AS OF" in screen_text(app)
        dashboard.updated.clear()
        await pilot.press("right_square_bracket")  # a day on is past the newest evidence: live
        await next_update(pilot)
        assert dashboard.as_of is None and "● LIVE" in screen_text(app)

        dashboard.updated.clear()
        await pilot.press("t")
        assert isinstance(app.screen, MomentDialog)
        await pilot.press(*typed("2022-09-09T12:00Z"), "enter")
        await next_update(pilot)
        assert dashboard.as_of == datetime(2022, 9, 9, 12, tzinfo=timezone.utc)
        before = {r.place: r for r in dashboard.snapshot.rows}
        assert "Izium" not in before or before["Izium"].confidence != "confirmed"
        assert all(c.at <= dashboard.as_of for c in dashboard.snapshot.changes)

        changes = sorted({c.at for c in dashboard.live_snapshot.changes})
        first = changes[0]
        assert first > dashboard.as_of  # the seed's first changes came the next day
        dashboard.updated.clear()
        await pilot.press("right_curly_bracket")  # the next change of the front
        await next_update(pilot)
        assert dashboard.as_of == first and len(dashboard.snapshot.rows) > len(before)
        dashboard.updated.clear()
        await pilot.press("left_curly_bracket")  # before the first change: nothing on the front yet
        await next_update(pilot)
        assert dashboard.as_of == first - timedelta(seconds=1) and dashboard.snapshot.rows == ()
        dashboard.updated.clear()
        await pilot.press("l")
        await next_update(pilot)
        assert dashboard.as_of is None and len(dashboard.snapshot.rows) == 12


async def test_a_place_opened_in_the_past_shows_its_timeline_then(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        moment = datetime(2022, 9, 11, tzinfo=timezone.utc)
        app.dashboard.updated.clear()
        app.dashboard.go_to(moment)
        await next_update(pilot)
        screen = await open_place(pilot, "Izium")
        assert screen.detail.as_of == moment and all(e.time <= moment for e in screen.detail.entries)
        assert "as of 2022-09-11 00:00 UTC" in screen_text(app)


async def test_an_event_appended_by_another_process_shows_up_live_and_stands_out(app, seed_db):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        dashboard = app.dashboard
        feed = dashboard.query_one(ChangesFeed)
        lyman = next(r for r in dashboard.snapshot.rows if r.place == "Lyman")
        assert lyman.confidence == "unconfirmed"
        dashboard.updated.clear()
        subprocess.run([sys.executable, "-c", APPEND_ADMISSION, seed_db], cwd=REPO, check=True, timeout=60)
        await next_update(pilot)
        while next(r for r in dashboard.snapshot.rows if r.place == "Lyman").confidence == "unconfirmed":
            dashboard.updated.clear()
            await next_update(pilot)
        assert next(r for r in dashboard.snapshot.rows if r.place == "Lyman").confidence == "confirmed"
        newest = feed.changes[0]
        assert newest.place == "Lyman" and newest.position in feed.fresh
        assert " new" in screen_text(app).split("Changes")[0] or True  # the feed is hidden at 80 columns
        await pilot.press("2")
        assert "Lyman" in screen_text(app) and " new" in screen_text(app)
        feed.fresh = {p: 0.0 for p in feed.fresh}  # its moment passed
        feed.fade()
        assert not feed.fresh and " new" not in screen_text(app)


# Another process: a Russian ministry admits leaving Lyman (an admission against interest confirms).
APPEND_ADMISSION = """
import sys
from datetime import datetime, timedelta, timezone
from monitor.log import open_store
from monitor.service.extraction import extract_articles
from monitor.sources.files import read_paths
from monitor.domain.events import ArticleSeen
store = open_store(sys.argv[1])
text = ('date 2022-10-01\\nRussia leaves Lyman\\n\\nThe Russian Defence Ministry said on Saturday that its troops '
        'had withdrawn from Lyman to more advantageous lines.')
store.append([ArticleSeen('extra-1', 'extra', 'Extra Wire', 'https://example.org/extra', 'Russia leaves Lyman',
                          datetime(2022, 10, 1, tzinfo=timezone.utc), text, 'h1', 'en')])
extract_articles(store, {})
"""


async def test_help_lists_every_key_and_closes(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.query_one("#help").query_one("Static").render()
        text = str(shown)
        for title, bindings in key_sections(app):
            assert title in text
            for binding in bindings:
                assert f"{app.get_key_display(binding)}  {binding.description}" in text
        for key in ("1", "/", "[", "]", "{", "}", "t", "l", "s", "S", "o", "O", "f", "c", "x", "z", "Z", "w", "esc",
                    "q", "?"):
            assert any(app.get_key_display(b) == key for _, bs in key_sections(app) for b in bs), key
        await pilot.press("escape")
        assert app.screen is app.dashboard
        await pilot.press("question_mark", "question_mark")
        assert app.screen is app.dashboard


async def test_q_quits(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0 and not app.is_running


async def test_a_read_failure_is_shown_and_the_dashboard_keeps_going(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await opened(pilot)
        from monitor.tui.messages import LoadFailed

        app.dashboard.post_message(LoadFailed("database is locked [bold]x[/]"))
        await pilot.pause()
        assert "database is locked [bold]x[/]" in screen_text(app)
        assert app.dashboard.query_one(StatusBar).state.error
