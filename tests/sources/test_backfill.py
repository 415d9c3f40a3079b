"""`monitor backfill`: a loopback channel of five pages walked back to a date, killed -9 half-way
and run again, Ctrl-C, paged feeds (RFC 5005), Retry-After, and kinds that cannot backfill."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.config import parse_settings
from monitor.log import initialise, open_store
from monitor.sources.backfill import Backfill, CannotBackfill
from monitor.sources.kinds import catalogue
from tests.cli.runner import popen_monitor, run_monitor
from tests.sources.http_server import Route
from tests.sources.synthetic_feeds import Item, rss
from tests.sources.telegram_pages import history, serve_channel

SINCE_ALL = "2022-08-01"
DEADLINE = 60.0


def write_settings(folder: Path, base: str, extra: str = "") -> Path:
    path = folder / "sources.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{folder / "monitor.db"}"\n\n'
                    f'[[sources]]\nname = "desk"\nkind = "telegram"\nchannel = "frontline_desk"\nurl = "{base}"\n'
                    f'affiliation = "ukraine"\nlanguage = "en"\n'
                    'allow_private = true\n'  # older pages are links on the loopback test server (egress policy)
                    f'{extra}')
    initialise(f"sqlite:///{folder / 'monitor.db'}")
    return path


def recorded(folder: Path, type_name: str) -> list:
    store = open_store(f"sqlite:///{folder / 'monitor.db'}")
    try:
        return [r.event for r in store.read(types=[type_name])]
    finally:
        store.engine.dispose()


def wait_until(condition, what: str, deadline: float = DEADLINE) -> None:
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"waited {deadline:g} s for {what}")
        time.sleep(0.05)


def channel_paths(server) -> list[str]:
    return serve_channel(server, "frontline_desk", "Front Line Desk", history(100))


def test_a_backfill_killed_half_way_and_run_again_records_every_post_once(server, tmp_path):
    paths = channel_paths(server)
    assert len(paths) == 5
    config = write_settings(tmp_path, server.url(""))
    walk = popen_monitor("--config", str(config), "backfill", "desk", "--since", SINCE_ALL, "--pause", "0.4",
                         cwd=tmp_path)
    try:
        wait_until(lambda: len(recorded(tmp_path, "SourcePolled")) >= 3, "three pages recorded")
        os.kill(walk.pid, signal.SIGKILL)
        walk.wait(timeout=DEADLINE)
    finally:
        if walk.poll() is None:
            walk.kill()
    assert walk.returncode == -signal.SIGKILL
    pages_before = [p.url for p in recorded(tmp_path, "SourcePolled")]
    seen_before = len(recorded(tmp_path, "ArticleSeen"))
    assert 3 <= len(pages_before) < 5 and 40 <= seen_before < 99
    requests_before = len(server.requests)

    again = run_monitor("--config", str(config), "backfill", "desk", "--since", SINCE_ALL, "--pause", "0",
                        cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "no older page: the whole history is recorded" in again.stdout and again.stderr == ""
    assert "  passed over t.me/frontline_desk/1: a service message, not a post" in again.stdout

    seen = recorded(tmp_path, "ArticleSeen")
    assert len(seen) == 99 and len({a.article_id for a in seen}) == 99  # every post, once
    assert sorted(int(a.url.rsplit("/", 1)[1]) for a in seen) == list(range(2, 101))
    assert not recorded(tmp_path, "ArticleRevised")
    # The second walk read the newest page, then went on where the first stopped: the pages the
    # first walk had recorded in between were not read again.
    second = [r.path for r in server.requests[requests_before:]]
    deepest = pages_before[-1].split("/s/", 1)[1]
    assert second[0] == "/s/frontline_desk" and second[1] == "/s/" + deepest
    assert len(second) == 1 + (5 - len(pages_before)) + 1
    claims = recorded(tmp_path, "ClaimsExtracted")
    assert {c.article_id for c in claims} == {a.article_id for a in seen}  # claims were read, as after a poll


def test_a_backfill_stops_at_the_date_asked(server, tmp_path):
    channel_paths(server)  # posts 2..100, one an hour from 2022-09-01 02:00
    config = write_settings(tmp_path, server.url(""))
    done = run_monitor("--config", str(config), "backfill", "desk", "--since", "2022-09-03T00:00Z", "--pause", "0",
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "reached 2022-09-03" in done.stdout and "left out" in done.stdout
    ids = sorted(int(a.url.rsplit("/", 1)[1]) for a in recorded(tmp_path, "ArticleSeen"))
    assert ids == list(range(48, 101))  # 48 hours after the start: 2022-09-03 00:00
    assert len(server.requests) == 3


def test_ctrl_c_stops_after_the_page_being_read_and_keeps_it(server, tmp_path):
    channel_paths(server)
    config = write_settings(tmp_path, server.url(""))
    walk = popen_monitor("--config", str(config), "backfill", "desk", "--since", SINCE_ALL, "--pause", "30",
                         cwd=tmp_path)
    try:
        wait_until(lambda: len(recorded(tmp_path, "SourcePolled")) >= 1, "the first page recorded")
        walk.send_signal(signal.SIGINT)
        out, err = walk.communicate(timeout=DEADLINE)
    finally:
        if walk.poll() is None:
            walk.kill()
    assert walk.returncode == 130, err
    assert "stopped on request" in out and "run the same command again" in err and "Traceback" not in err
    assert len(recorded(tmp_path, "ArticleSeen")) == 20 and len(server.requests) == 1


@pytest.mark.parametrize("kind, url, says", [
    ("page", "https://example.org/a", "is a page source, which cannot be backfilled"),
    ("folder", "archive", "is a folder source, which cannot be backfilled"),
])
def test_a_kind_that_cannot_backfill_says_so_in_one_line(tmp_path, kind, url, says):
    (tmp_path / "archive").mkdir()
    config = tmp_path / "sources.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "monitor.db"}"\n[[sources]]\nname = "one"\n'
                      f'kind = "{kind}"\nurl = "{url}"\naffiliation = "independent"\n')
    done = run_monitor("--config", str(config), "backfill", "one", "--since", "2022-09-01", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("monitor: error: source 'one'") and says in done.stderr


@pytest.mark.parametrize("args, says", [
    (["nope", "--since", "2022-09-01"], "no source named 'nope'"),
    (["desk", "--since", "last week"], "'last week' is not an ISO time"),
    (["desk", "--since", "2022-09-01", "--pause", "-1"], "--pause must be from 0 to 3600 seconds"),
])
def test_mistakes_are_one_line(tmp_path, args, says):
    config = write_settings(tmp_path, "http://127.0.0.1:9")
    done = run_monitor("--config", str(config), "backfill", *args, cwd=tmp_path)
    assert done.returncode == 1 and says in done.stderr and done.stderr.count("\n") == 1


# -- in-process walks: feeds, Retry-After ---------------------------------------------

def source(tmp_path: Path, text: str):
    # Older pages are links on the loopback test server: the egress policy allows them only so.
    return parse_settings(text + "allow_private = true\n", tmp_path / "sources.toml", kinds=catalogue()).sources[0]


def walk(store, src, since="2022-08-01", **options):
    options.setdefault("pause", 0)
    return asyncio.run(Backfill(store, src, datetime.fromisoformat(since).replace(tzinfo=timezone.utc),
                                **options).walk())


def archived_feed(items: list[Item], prev: str | None) -> bytes:
    link = f'<atom:link rel="prev-archive" href="{prev}"/>' if prev else ""
    body = rss(items).decode()
    return body.replace("<channel>", f'<channel>{link}', 1).replace(
        "<rss ", '<rss xmlns:atom="http://www.w3.org/2005/Atom" ', 1).encode()


def test_a_feed_that_links_its_archives_is_walked_back(sqlite_store, server, tmp_path):
    """RFC 5005: the current feed links its previous archive, which links the one before."""
    server.route("/feed.xml", Route(body=archived_feed([Item("c1", "Now", "Current item.", hour=30)], "/archive/2.xml")))
    server.route("/archive/2.xml", Route(body=archived_feed([Item("b1", "Before", "Archived item.", hour=20)],
                                                             server.url("/archive/1.xml"))))
    server.route("/archive/1.xml", Route(body=archived_feed([Item("a1", "First", "Oldest item.", hour=10)], None)))
    src = source(tmp_path, f'[[sources]]\nname = "wire"\nurl = "{server.url("/feed.xml")}"\naffiliation = "independent"\n')
    walked = walk(sqlite_store, src, since="2000-01-01")
    assert (walked.pages, walked.new, walked.outcome) == (3, 3, "finished")
    assert [r.path for r in server.requests] == ["/feed.xml", "/archive/2.xml", "/archive/1.xml"]


def test_a_feed_without_older_pages_is_one_page(sqlite_store, server, tmp_path):
    url = server.route("/feed.xml", Route(body=rss([Item("x", "One", "Only item.", hour=1)])))
    walked = walk(sqlite_store, source(tmp_path, f'[[sources]]\nname = "w"\nurl = "{url}"\naffiliation = "ukraine"\n'))
    assert (walked.pages, walked.new, walked.outcome) == (1, 1, "finished")


def test_a_429_is_waited_out_as_its_retry_after_asks(sqlite_store, server, tmp_path):
    paths = channel_paths(server)
    good = server.routes[paths[1]]
    server.route(paths[1], Route(status=429, body=b"slow down", headers={"Retry-After": "1"}))

    def recover() -> None:
        wait_until(lambda: server.requests_to(paths[1]), "the 429")
        server.route(paths[1], good)

    threading.Thread(target=recover, daemon=True).start()
    src = source(tmp_path, f'[[sources]]\nname = "desk"\nkind = "telegram"\nchannel = "frontline_desk"\n'
                           f'url = "{server.url("")}"\naffiliation = "ukraine"\n')
    started = time.monotonic()
    walked = walk(sqlite_store, src)
    assert walked.outcome == "finished" and walked.new == 99
    assert len(server.requests_to(paths[1])) == 2 and time.monotonic() - started >= 1.0


def test_a_page_that_keeps_failing_ends_the_walk_with_what_was_read_kept(sqlite_store, server, tmp_path):
    paths = channel_paths(server)
    server.route(paths[2], Route(status=404, body=b"gone"))
    src = source(tmp_path, f'[[sources]]\nname = "desk"\nkind = "telegram"\nchannel = "frontline_desk"\n'
                           f'url = "{server.url("")}"\naffiliation = "ukraine"\n')
    walked = walk(sqlite_store, src)
    assert walked.outcome == "failed" and "HTTP 404" in walked.ended and walked.pages == 2 and walked.new == 40
    assert Counter(r.type for r in sqlite_store.read())["ArticleSeen"] == 40


def test_check_before_the_walk(tmp_path):
    page = source(tmp_path, '[[sources]]\nname = "p"\nkind = "page"\nurl = "https://x.org/"\naffiliation = "ukraine"\n')
    with pytest.raises(CannotBackfill, match="a page is one article"):
        Backfill(None, page, datetime.now(timezone.utc))
