"""Fixtures of the poller tests: a loopback feed server, source specs, a fake-free clock."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from monitor.config import SourceSpec
from monitor.log import initialise, open_store
from tests.conftest import FIXTURES
from tests.sources.http_server import FeedServer

FEEDS = FIXTURES / "feeds"


@pytest.fixture
def server():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def sqlite_store(sqlite_url):
    """The log on SQLite only, for tests about fetching and reading rather than the log."""
    initialise(sqlite_url)
    store = open_store(sqlite_url)
    yield store
    store.engine.dispose()


def spec(name: str, url: str, **fields) -> SourceSpec:
    values = {"kind": "feed", "interval": timedelta(minutes=10), "affiliation": "independent", "language": "en"}
    values.update(fields)
    return SourceSpec(name=name, url=url, **values)


class StepClock:
    """A clock that moves on by ``step`` at every reading (fetch times stay distinct)."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(seconds=1)) -> None:
        self.now = start or datetime(2026, 2, 17, 12, 0, tzinfo=timezone.utc)
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


def run(coroutine):
    return asyncio.run(coroutine)
