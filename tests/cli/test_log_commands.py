"""`monitor init`, `import` and `events` as a user runs them (bad input: test_log_command_errors.py)."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.cli.runner import popen_monitor, run_monitor
from tests.conftest import FIXTURES, REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A folder `monitor init` made, and one the sample articles were then imported into (with
    that import's result): made once for the module, copied for each test (a copy of the files
    is the same database; each `monitor` run costs a second of CPU on this machine)."""
    empty = tmp_path_factory.mktemp("initialised")
    assert run_monitor("init", cwd=empty).returncode == 0
    seeded = tmp_path_factory.mktemp("seeded")
    shutil.copytree(empty, seeded, dirs_exist_ok=True)
    imported = run_monitor("import", str(SAMPLE), cwd=seeded)
    assert imported.returncode == 0, imported.stderr
    return empty, seeded, imported


@pytest.fixture
def initialised(tmp_path, templates):
    """An initialised, empty database in this test's folder."""
    shutil.copytree(templates[0], tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.fixture
def seeded(tmp_path, templates):
    """The sample articles imported into an initialised database in this test's folder."""
    shutil.copytree(templates[1], tmp_path, dirs_exist_ok=True)
    return tmp_path


def _articles(cwd) -> list[dict]:
    result = run_monitor("events", "--format", "jsonl", "--type", "ArticleSeen", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_init_creates_then_reports_up_to_date(tmp_path):
    first = run_monitor("init", cwd=tmp_path)
    assert first.returncode == 0 and "schema none -> 0005_shared_work" in first.stdout
    assert (tmp_path / "monitor.db").exists()
    again = run_monitor("init", cwd=tmp_path)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_importing_the_seeds_twice_leaves_five_articles(templates, seeded):
    first = templates[2]  # the import into an initialised database that made `seeded`
    assert "imported 5 new articles from 5 files" in first.stdout and "claims read" in first.stdout
    second = run_monitor("import", str(SAMPLE), cwd=seeded)
    assert "imported 0 new articles from 5 files (5 already in the log)" in second.stdout
    articles = _articles(seeded)
    assert len(articles) == 5
    published = sorted(a["data"]["published"] or "" for a in articles)
    assert published == ["2022-09-10T00:00:00+00:00", "2022-09-10T18:44:00+00:00", "2022-09-11T00:00:00+00:00",
                         "2022-09-12T00:00:00+00:00", "2022-09-12T00:00:00+00:00"]  # every sample article is dated
    assert articles[1]["occurred_at"].startswith("2022-09-12")


def test_feed_files_become_articles_with_their_dates(initialised):
    result = run_monitor("import", str(FIXTURES / "feeds" / "bbc-world.rss"), cwd=initialised)
    assert result.returncode == 0, result.stderr
    articles = _articles(initialised)
    assert len(articles) == 33
    assert {a["data"]["outlet"] for a in articles} == {"BBC News"}
    assert all(a["data"]["published"] for a in articles)
    assert all(a["data"]["url"].startswith("https://www.bbc.") for a in articles)


def test_events_filters_by_type_and_since(seeded):
    table = run_monitor("events", cwd=seeded)
    assert table.returncode == 0 and "10 events" in table.stdout  # 5 articles, then their claims
    after_two = run_monitor("events", "--since", "2", "--type", "ArticleSeen", "--format", "jsonl", cwd=seeded)
    assert [json.loads(line)["position"] for line in after_two.stdout.splitlines()] == [3, 4, 5]
    claims = run_monitor("events", "--type", "ClaimsExtracted", cwd=seeded)
    assert "5 events" in claims.stdout
    future = run_monitor("events", "--since", "2999-01-01T00:00Z", cwd=seeded)
    assert "0 events" in future.stdout
    none = run_monitor("events", "--type", "SourcePolled", cwd=seeded)
    assert "0 events" in none.stdout


def test_events_follow_prints_events_as_they_land(initialised):
    run_monitor("import", str(SAMPLE / "003_c2b63b43c89c2b2a.txt"), cwd=initialised)
    follower = popen_monitor("events", "--follow", "--since", "0", "--format", "jsonl", cwd=initialised)
    try:
        assert json.loads(follower.stdout.readline())["position"] == 1  # the follower is up
        run_monitor("import", str(SAMPLE / "004_2bb3f69b8546c63e.txt"), cwd=initialised)
        seen = [json.loads(follower.stdout.readline()) for _ in range(3)]  # blocks until they land
        assert [e["type"] for e in seen] == ["ClaimsExtracted", "ArticleSeen", "ClaimsExtracted"]
        assert seen[1]["data"]["title"].startswith("Kupiansk, Izium liberated")
    finally:
        follower.terminate()
        follower.wait(10)


def test_headline_text_is_printed_inert(initialised, tmp_path):
    article = tmp_path / "x.txt"
    article.write_text("Breaking \x1b[31mred\x1b[0m [bold]news[/bold] from the front line today\nBody.")
    run_monitor("import", str(article), cwd=initialised)
    out = run_monitor("events", cwd=initialised).stdout
    assert "\x1b" not in out and "[bold]news[/bold]" in out
