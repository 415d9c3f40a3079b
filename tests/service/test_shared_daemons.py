"""Three `monitor run` processes on one real PostgreSQL share the sources: each source is
fetched once per interval by one of them, and nothing is recorded twice.

Real subprocesses, a real loopback feed server (some feeds answer 304, some send the same
body again, some grow an item every second), a real PostgreSQL. The fetches are counted
at the server, over a window of whole intervals, and compared with what the log holds.
"""

from __future__ import annotations

import math
import queue
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from monitor.domain.events import ArticleRevised, ArticleSeen, SourceFailed, SourcePolled
from monitor.log import initialise, open_store
from tests.service.test_daemon import Daemon
from tests.sources.http_server import FeedServer, Route
from tests.sources.synthetic_feeds import Item, rss
from tests.waiting import wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

INTERVAL = 2.0  # seconds
WINDOW = 6  # intervals counted
DAEMONS = 3
KINDS = ("etag", "same", "live")  # 304s; the same body again (no validators); a new item every second
PER_KIND = 4


class Feeds:
    """Twelve feeds on one loopback server; the live ones grow while ``grow`` runs."""

    def __init__(self, server: FeedServer) -> None:
        self.server = server
        self.urls: dict[str, str] = {}
        self.items: dict[str, list[Item]] = {}
        for kind in KINDS:
            for n in range(PER_KIND):
                name = f"{kind}-{n}"
                self.items[name] = [Item(f"{name}-0", f"{name} first", "Shelling was reported near the line.")]
                self.urls[name] = server.route(f"/{name}", self._route(name))
        self._stop = threading.Event()
        self._grower = threading.Thread(target=self._grow, daemon=True)

    def _route(self, name: str) -> Route:
        return Route(body=rss(self.items[name][-20:]), etag=f'"{len(self.items[name])}"' if name.startswith("etag")
                     else None)

    def start_growing(self) -> None:
        self._grower.start()

    def stop_growing(self) -> None:
        self._stop.set()
        self._grower.join()

    def _grow(self) -> None:
        count = 0
        while not self._stop.wait(1.0):  # the pace of news, not a wait for a condition
            count += 1
            for n in range(PER_KIND):
                name = f"live-{n}"
                self.items[name].append(Item(f"{name}-{count}", f"{name} report {count}",
                                             f"Report {count}: fighting continued near the river.", hour=count))
                self.server.route(f"/{name}", self._route(name))

    def fetches(self) -> Counter[str]:
        return Counter(r.path.lstrip("/") for r in list(self.server.requests))


def _settings(folder: Path, url: str, feeds: Feeds) -> Path:
    lines = [f'[database]\nurl = "{url}"\n']
    for name, address in feeds.urls.items():
        lines.append(f'[[sources]]\nname = "{name}"\nurl = "{address}"\ninterval = "{INTERVAL:g}s"\n'
                     'affiliation = "independent"\n')
    path = folder / "sources.toml"
    path.write_text("\n".join(lines))
    return path


def _run_for(seconds: float, daemons: list[Daemon]) -> None:
    """Let the daemons work for a measured stretch of time, failing at once if one of them exits."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for daemon in daemons:
            assert daemon.process.poll() is None, daemon.process.stderr.read()
        time.sleep(0.05)


def _lines(daemon: Daemon) -> list[str]:
    """Everything a stopped daemon printed."""
    lines = list(daemon.seen)
    while True:
        try:
            lines.append(daemon.lines.get(timeout=2))
        except queue.Empty:
            return lines


@pytest.fixture
def server():
    server = FeedServer()
    yield server
    server.close()


def test_three_daemons_fetch_each_source_once_per_interval_and_record_nothing_twice(tmp_path, postgres_url, server):
    feeds = Feeds(server)
    initialise(postgres_url)
    config = _settings(tmp_path, postgres_url, feeds)
    daemons = [Daemon(config, "--parse-workers", "0") for _ in range(DAEMONS)]
    try:
        for daemon in daemons:
            daemon.wait_for("monitor run: polling 12 sources", timeout=90)
        feeds.start_growing()
        wait_until(lambda: len(feeds.fetches()) == len(feeds.urls), 30, "every source fetched once")
        _run_for(INTERVAL, daemons)  # settle: every daemon has been claiming for an interval
        before = feeds.fetches()
        started = time.monotonic()
        _run_for(WINDOW * INTERVAL, daemons)
        during = feeds.fetches() - before
        elapsed = time.monotonic() - started
        feeds.stop_growing()
    finally:
        codes = [daemon.stop(signal.SIGTERM) for daemon in daemons]
    assert codes == [0] * DAEMONS, [d.process.stderr.read() for d in daemons]

    expected = elapsed / INTERVAL
    for name in feeds.urls:
        # a window of 6.01 intervals holds 6 or 7 due fetches by phase; on a loaded two-core machine the one due in
        # its last moments may land just after the window closes, so the floor of the count is the lower bound
        assert math.floor(expected) - 1 <= during[name] <= expected + 1, (name, during[name], expected, dict(during))

    store = open_store(postgres_url)
    try:
        recorded = list(store.read())
    finally:
        store.engine.dispose()
    # Every fetch the server answered is one SourcePolled (or SourceFailed), none twice.
    polls = Counter(r.event.source for r in recorded if isinstance(r.event, (SourcePolled, SourceFailed)))
    assert polls == feeds.fetches()
    assert not any(isinstance(r.event, SourceFailed) for r in recorded)
    fetch_keys = [r.key for r in recorded if isinstance(r.event, SourcePolled)]
    assert len(fetch_keys) == len(set(fetch_keys))
    # Every article once: one ArticleSeen per item served, never a second one for the same article.
    seen = Counter(r.event.article_id for r in recorded if isinstance(r.event, ArticleSeen))
    assert max(seen.values()) == 1
    assert not any(isinstance(r.event, ArticleRevised) for r in recorded)
    titles = Counter(r.event.title for r in recorded if isinstance(r.event, ArticleSeen))
    served = {item.title for name in feeds.urls for item in feeds.items[name]}
    assert set(titles) <= served and max(titles.values()) == 1
    assert len(seen) >= 12 + 4 * WINDOW  # the live feeds grew all along
    # The daemons shared the polling (each printed polls of its own).
    pollers = [sum("result=" in line for line in _lines(d)) for d in daemons]
    assert sum(1 for n in pollers if n) >= 2, pollers
