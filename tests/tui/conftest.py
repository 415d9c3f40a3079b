"""The dashboard on the seed articles: a log built once per session, copied for each test.

The seed articles are imported as `monitor demo` does (its sample_articles, append,
extract_articles, catch_up), with two things pinned so snapshots hold on any machine and
any day: the moment of recording and each file's identity (made from its absolute path by
read_paths, here from its name). A few polls and failures give the Sources pane something
to show.
"""

from __future__ import annotations

import asyncio
import html
import re
import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.domain.events import SourceFailed, SourcePolled
from monitor.log import initialise, open_store
from monitor.projections.runner import catch_up
from monitor.service.extraction import extract_articles
from monitor.cli.demo import sample_articles
from monitor.sources.identity import article_id
from monitor.tui import DashboardApp, DashboardData
from tests.conftest import REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"
RECORDED = datetime(2022, 9, 14, 6, 0, tzinfo=timezone.utc)


def seed_articles() -> list:
    """The sample as `monitor demo` records it (dated, with outlets and links), each article's
    identity made from its file's name rather than its absolute path."""
    articles = []
    for article, path in zip(sample_articles(), sorted(SAMPLE.glob("*.txt"))):
        articles.append(replace(article, article_id=article_id("sample", f"sample/{path.name}")))
    return articles


def seed_polls() -> list:
    t = datetime(2022, 9, 14, 5, 0, tzinfo=timezone.utc)
    return [
        SourcePolled("kyiv-independent", "https://kyivindependent.com/feed", t, 200, False, '"e1"', None, 30, 3,
                     212.5),
        SourcePolled("kyiv-independent", "https://kyivindependent.com/feed", t + timedelta(minutes=10), 304, True,
                     '"e1"', None, 30, 0, 48.0),
        SourcePolled("isw", "https://www.understandingwar.org/feed", t, 200, False, None, None, 12, 1, 640.0),
        SourceFailed("tass", "https://tass.com/rss/v2.xml", t, "connect timeout after 10 s", None, 1, None),
        SourceFailed("tass", "https://tass.com/rss/v2.xml", t + timedelta(minutes=5), "HTTP 503 [bold]Service[/]", 503,
                     2, t + timedelta(minutes=20)),
    ]


def build_seed_log(db: str) -> None:
    initialise(db)
    store = open_store(db)
    store.append(seed_polls(), now=RECORDED)
    store.append(seed_articles(), now=RECORDED)
    extract_articles(store, {})
    catch_up(store, {})
    store.engine.dispose()


@pytest.fixture(scope="session")
def seed_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    build_seed_log(str(path))
    return path


@pytest.fixture
def seed_db(seed_template, tmp_path) -> str:
    """A fresh copy of the seeded log for one test (which may write verdicts to it)."""
    path = tmp_path / "monitor.db"
    shutil.copy(seed_template, path)
    return str(path)


@pytest.fixture
def store(seed_db):
    store = open_store(seed_db)
    yield store
    store.engine.dispose()


@pytest.fixture
def app(store) -> DashboardApp:
    return DashboardApp(DashboardData(store, {}), animations=False)


async def opened(pilot, timeout: float = 20) -> None:
    """Until the first snapshot and the map's frame are shown (awaited, not slept)."""
    screen = pilot.app.dashboard
    await asyncio.wait_for(screen.updated.wait(), timeout)
    await asyncio.wait_for(screen.map_ready.wait(), timeout)
    await pilot.pause()


async def next_update(pilot, timeout: float = 20) -> None:
    """Until the dashboard shows another snapshot (clear ``updated`` before causing it)."""
    await asyncio.wait_for(pilot.app.dashboard.updated.wait(), timeout)
    await pilot.pause()


def typed(text: str) -> list[str]:
    """Keys that type ``text`` (letters, digits, spaces, ASCII punctuation)."""
    return [{" ": "space", "'": "apostrophe", "-": "minus", ":": "colon", ".": "full_stop"}.get(c, c) for c in text]


def screen_text(app) -> str:
    """What the terminal shows, as lines of text (read back from the screenshot's SVG, whose
    text runs sit at multiples of rich's cell size: 12.2 × 24.4)."""
    svg = app.export_screenshot()
    lines: dict[int, dict[int, str]] = {}
    for x, y, content in re.findall(r'<text[^>]*\bx="([\d.]+)" y="([\d.]+)"[^>]*clip-path[^>]*>(.*?)</text>', svg):
        row, column = round((float(y) - 20) / 24.4), round(float(x) / 12.2)
        lines.setdefault(row, {})[column] = html.unescape(content).replace("\xa0", " ")
    out = []
    for row in range(max(lines, default=-1) + 1):
        line = ""
        for column, text in sorted(lines.get(row, {}).items()):
            line = line.ljust(column) + text
        out.append(line.rstrip())
    return "\n".join(out)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (anyio's pytest plugin; Textual needs asyncio)."""
    return "asyncio"
