"""Every feed file of ../shared/data/feeds, served over loopback, polled without a crash.

About 2,200 files: feedparser's test corpus (served with the headers its ``Header:``
lines ask for, misleading ones included), real captures from fastfeedparser and
rss-parser, JSON Feeds, and the licence and provenance texts lying beside them. Each
must end as articles (a ``SourcePolled``) or a ``SourceFailed`` with a one-line reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from monitor.domain.events import ArticleSeen, SourceFailed, SourcePolled
from monitor.sources import FetchLimits, poll_sources
from tests.conftest import SHARED
from tests.sources.conftest import run, spec
from tests.sources.http_server import FeedServer, Route

CORPUS = SHARED / "data" / "feeds"
_HEADER = re.compile(rb"^Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", re.MULTILINE)
SWEEP_LIMITS = FetchLimits(connect_timeout=5, read_timeout=10, total_timeout=60, max_connections=16, per_host=16)


def _route(path: Path) -> Route:
    body = path.read_bytes()
    headers = {name.decode(): value.decode("latin-1") for name, value in _HEADER.findall(body[:2000])}
    headers.setdefault("Content-Type", "application/xml")
    return Route(body=body, headers=headers)


@pytest.mark.slow
def test_every_corpus_file_is_polled_into_articles_or_a_one_line_failure(sqlite_store):
    if not CORPUS.is_dir():
        pytest.skip(f"no shared feed corpus at {CORPUS}")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    assert len(files) > 2000
    server = FeedServer()
    try:
        sources = []
        for index, path in enumerate(files):
            url = server.route(f"/{index}", _route(path))
            sources.append(spec(f"f{index}", url))
        outcomes = run(poll_sources(sqlite_store, sources, limits=SWEEP_LIMITS, parse_workers=2))
    finally:
        server.close()

    by_source: dict[str, list] = {}
    new_articles = Counter()
    for recorded in sqlite_store.read():
        event = recorded.event
        if isinstance(event, (SourcePolled, SourceFailed)):
            by_source.setdefault(event.source, []).append(event)
        elif isinstance(event, ArticleSeen):
            new_articles[event.source] += 1
    assert len(outcomes) == len(files)
    crashed = []
    for path, source, outcome in zip(files, sources, outcomes):
        [event] = by_source[source.name]
        where = path.relative_to(CORPUS)
        if isinstance(event, SourceFailed):
            assert event.reason and "\n" not in event.reason and len(event.reason) <= 300, where
            if event.reason.startswith("could not read the document"):
                crashed.append(f"{where}: {event.reason}")
        else:
            assert event.status == 200 and event.new_items == new_articles[source.name], where
            assert outcome.new == event.new_items
    assert crashed == []
    failed = sum(isinstance(events[0], SourceFailed) for events in by_source.values())
    assert sum(new_articles.values()) > 2500 and failed < len(files) // 5
