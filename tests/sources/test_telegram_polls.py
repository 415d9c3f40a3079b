"""Polling a Telegram channel's preview over loopback: what is recorded, once, and when it fails."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.config import parse_settings
from monitor.domain.events import ArticleRevised, ArticleSeen, SourceFailed, SourcePolled
from monitor.extract import extract_claims
from monitor.sources import FetchLimits, poll_sources
from monitor.sources.kinds import catalogue
from tests.sources.conftest import StepClock, run
from tests.sources.http_server import Route
from tests.sources.telegram_pages import TgPost, channel_page, landing_page

# Deadlines, not speeds: no test here waits out a timeout (a dead source is a closed port,
# refused at once), and the 1-2 s these were lapsed under load (a poll of a loopback server
# recorded nothing at load 7: test_the_claims_of_a_forwarded_post_are_its_origins[postgresql]).
LIMITS = FetchLimits(connect_timeout=10, read_timeout=20, total_timeout=30)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def channel_posts() -> list[TgPost]:
    return [
        TgPost(1, 'Units of the Defence Forces of Ukraine <b>liberated</b> Balakliia.<br/>The operation goes on.',
               at="2022-09-10T15:00:00+00:00"),
        TgPost(2, 'Russian forces are regrouping near Izium, the ministry said.', at="2022-09-10T16:00:00+00:00",
               forward=("Министерство обороны РФ", "https://t.me/mod_russia/21001")),
        TgPost(3, 'Confirmed: the flag is up.', at="2022-09-10T16:30:00+00:00", reply_to=(1, "Units of the ...")),
        TgPost(4, media="photo", at="2022-09-10T17:00:00+00:00"),
        TgPost(5, 'Evening summary: heavy fighting near Kupiansk.', at="2022-09-10T18:00:00+00:00"),
    ]


def telegram_source(tmp_path: Path, base: str, name: str = "desk", channel: str = "frontline_desk"):
    """The source as a user writes it in sources.toml, read through the settings as the CLI reads them."""
    text = (f'[[sources]]\nname = "{name}"\nkind = "telegram"\nchannel = "{channel}"\nurl = "{base}"\n'
            'affiliation = "ukraine"\nlanguage = "uk"\n'
            'allow_private = true\n')  # redirects and older pages stay on the loopback test server
    return parse_settings(text, tmp_path / "sources.toml", kinds=catalogue()).sources[0]


def events(store, *types):
    wanted = {t.TYPE for t in types}
    return [r.event for r in store.read() if r.type in wanted]


def poll(store, *sources, **options):
    options.setdefault("limits", LIMITS)
    return run(poll_sources(store, sources, **options))


def test_the_settings_point_a_channel_at_its_preview_page(tmp_path, server):
    source = telegram_source(tmp_path, server.url(""))
    assert source.url == server.url("/s/frontline_desk") and source.option("channel") == "frontline_desk"
    default = parse_settings('[[sources]]\nname = "gs"\nkind = "telegram"\nchannel = "@GeneralStaffZSU"\n'
                             'affiliation = "ukraine"\n', tmp_path / "s.toml", kinds=catalogue()).sources[0]
    assert default.url == "https://t.me/s/GeneralStaffZSU"
    linked = parse_settings('[[sources]]\nname = "r"\nkind = "telegram"\nchannel = "https://t.me/s/rybar"\n'
                            'affiliation = "russia"\n', tmp_path / "s.toml", kinds=catalogue()).sources[0]
    assert linked.url == "https://t.me/s/rybar"


def test_a_channel_polled_twice_records_its_posts_once(store, server, tmp_path):
    """The page changes at every read (view counters), yet the second poll adds no article."""
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", channel_posts()),
                                            headers=HTML))
    source = telegram_source(tmp_path, server.url(""))
    clock = StepClock()
    [first] = poll(store, source, clock=clock)
    assert (first.result, first.new, first.items) == ("polled", 4, 5)
    [second] = poll(store, source, clock=clock)
    assert (second.result, second.new, second.revised) == ("polled", 0, 0)
    assert len(events(store, ArticleSeen)) == 4 and not events(store, ArticleRevised)
    assert len(events(store, SourcePolled)) == 2
    assert server.requests_to("/s/frontline_desk")[0].headers["user-agent"].startswith("monitor/")
    summary = next(a for a in events(store, ArticleSeen) if a.url.endswith("/5"))
    # The channel is declared Ukrainian, but this post is written in English: the post's own language wins.
    assert summary.published.isoformat() == "2022-09-10T18:00:00+00:00" and summary.language == "en"
    assert summary.outlet == "Front Line Desk" and summary.source == "desk"


def test_an_edited_post_becomes_one_revision(store, server, tmp_path):
    posts = channel_posts()
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", posts), headers=HTML))
    source = telegram_source(tmp_path, server.url(""))
    clock = StepClock()
    poll(store, source, clock=clock)
    posts[4] = TgPost(5, 'Evening summary: heavy fighting near Kupiansk and Kupiansk-Vuzlovyi.', edited=True,
                      at="2022-09-10T18:00:00+00:00")
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", posts), headers=HTML))
    [outcome] = poll(store, source, clock=clock)
    [another] = poll(store, source, clock=clock)
    assert (outcome.new, outcome.revised, another.revised) == (0, 1, 0)
    [revision] = events(store, ArticleRevised)
    original = next(a for a in events(store, ArticleSeen) if a.url.endswith("/5"))
    assert revision.article_id == original.article_id and revision.text.endswith("Kupiansk-Vuzlovyi.")
    assert revision.published == original.published  # the time of a post is when it was published


def test_a_deleted_post_stays_as_recorded(store, server, tmp_path):
    posts = channel_posts()
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", posts), headers=HTML))
    source = telegram_source(tmp_path, server.url(""))
    poll(store, source, clock=StepClock())
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", posts[1:]),
                                            headers=HTML))
    [outcome] = poll(store, source, clock=StepClock(step=timedelta(minutes=1)))
    assert (outcome.new, outcome.revised, outcome.appended) == (0, 0, 1)  # only the poll itself
    assert any(a.url.endswith("/1") for a in events(store, ArticleSeen))


def test_a_forwarded_post_names_its_origin_as_the_voice(store, server, tmp_path):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", channel_posts()),
                                            headers=HTML))
    poll(store, telegram_source(tmp_path, server.url("")))
    forwarded = next(a for a in events(store, ArticleSeen) if a.url.endswith("/2"))
    own = next(a for a in events(store, ArticleSeen) if a.url.endswith("/1"))
    assert forwarded.outlet == "Министерство обороны РФ" and own.outlet == "Front Line Desk"
    assert forwarded.text.splitlines() == ["Forwarded from Министерство обороны РФ (t.me/mod_russia)",
                                           "Russian forces are regrouping near Izium, the ministry said."]
    assert forwarded.title == "Russian forces are regrouping near Izium, the ministry said."
    assert forwarded.url == "https://t.me/frontline_desk/2" and forwarded.source == "desk"


def test_the_claims_of_a_forwarded_post_are_its_origins(store, server, tmp_path):
    """Polled from a Ukrainian channel, a post forwarded from the Russian Defence Ministry's channel:
    its claim is the ministry's (attributed, Russia's side), read with the ministry's "освобожден"."""
    posts = [TgPost(9, "В результате активных действий освобожден населенный пункт Кременная.",
                    at="2022-09-10T15:00:00+00:00", forward=("Министерство обороны РФ", "https://t.me/mod_russia/21001"))]
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", posts), headers=HTML))
    poll(store, telegram_source(tmp_path, server.url("")))
    [post] = events(store, ArticleSeen)
    [claim] = extract_claims(post.text, doc=post.url, published=post.published, affiliation="ukraine")
    assert (claim.place, claim.control, claim.factuality) == ("Kreminna", "russia", "attributed")
    assert (claim.speaker, claim.side) == ("Министерство обороны РФ", "russia")


def test_a_reply_keeps_only_its_own_words_and_media_without_text_are_not_articles(store, server, tmp_path):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", channel_posts()),
                                            headers=HTML))
    poll(store, telegram_source(tmp_path, server.url("")))
    texts = {a.url.rsplit("/", 1)[1]: a.text for a in events(store, ArticleSeen)}
    assert texts["3"] == "Confirmed: the flag is up." and "4" not in texts
    assert texts["1"] == "Units of the Defence Forces of Ukraine liberated Balakliia.\nThe operation goes on."


def test_429_is_honoured_with_its_retry_after(store, server, tmp_path):
    server.route("/s/frontline_desk", Route(status=429, body=b"Too Many Requests",
                                            headers={"Retry-After": "7200", "Content-Type": "text/plain"}))
    clock = StepClock()
    [outcome] = poll(store, telegram_source(tmp_path, server.url("")), clock=clock)
    [failed] = events(store, SourceFailed)
    assert outcome.result == "failed" and failed.status == 429 and "retry after 7200 s" in failed.reason
    assert failed.next_try - failed.fetched_at >= timedelta(hours=2)
    [skipped] = poll(store, telegram_source(tmp_path, server.url("")), clock=clock)
    assert skipped.result == "skipped" and len(server.requests_to("/s/frontline_desk")) == 1


def test_a_conditional_get_is_sent_where_the_server_allows_it(store, server, tmp_path):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", channel_posts()),
                                            headers=HTML, etag='"page-1"'))
    source = telegram_source(tmp_path, server.url(""))
    poll(store, source, clock=StepClock())
    [outcome] = poll(store, source, clock=StepClock(step=timedelta(minutes=1)))
    assert outcome.result == "not_modified"
    assert server.requests_to("/s/frontline_desk")[-1].headers["if-none-match"] == '"page-1"'


@pytest.mark.parametrize("answer", ["landing page", "redirect"])
def test_a_channel_without_a_public_preview_fails_in_one_line(store, server, tmp_path, answer):
    if answer == "redirect":  # t.me sends /s/<name> of a group or an unknown name to /<name>
        server.route("/s/closed_channel", Route(status=302, headers={"Location": "/closed_channel"}))
    else:
        server.route("/s/closed_channel", Route(body=landing_page("closed_channel"), headers=HTML))
    server.route("/closed_channel", Route(body=landing_page("closed_channel"), headers=HTML))
    [outcome] = poll(store, telegram_source(tmp_path, server.url(""), channel="closed_channel"))
    assert outcome.result == "failed" and outcome.reason.startswith("no public preview at this address")
    assert "\n" not in outcome.reason and not events(store, ArticleSeen)


def test_parser_processes_read_channels_too(sqlite_store, server, tmp_path):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", channel_posts()),
                                            headers=HTML))
    [outcome] = poll(sqlite_store, telegram_source(tmp_path, server.url("")), parse_workers=1)
    assert (outcome.result, outcome.new) == ("polled", 4)


def test_a_saved_preview_page_is_read_from_a_file(sqlite_store, tmp_path):
    saved = tmp_path / "frontline_desk.html"
    saved.write_bytes(channel_page("frontline_desk", "Front Line Desk", channel_posts()))
    source = telegram_source(tmp_path, str(saved))
    assert source.url == str(saved)
    [outcome] = poll(sqlite_store, source)
    assert (outcome.result, outcome.new) == ("polled", 4)
