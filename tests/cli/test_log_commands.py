"""`monitor init`, `import` and `events` as a user runs them, good input and bad."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.cli.runner import popen_monitor, run_monitor
from tests.conftest import FIXTURES, REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"


def _one_error_line(result, *needles: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("monitor: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture
def initialised(tmp_path):
    assert run_monitor("init", cwd=tmp_path).returncode == 0
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


def test_importing_the_seeds_twice_leaves_five_articles(initialised):
    first = run_monitor("import", str(SAMPLE), cwd=initialised)
    assert "imported 5 new articles from 5 files" in first.stdout and "claims read" in first.stdout
    second = run_monitor("import", str(SAMPLE), cwd=initialised)
    assert "imported 0 new articles from 5 files (5 already in the log)" in second.stdout
    articles = _articles(initialised)
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


def test_events_filters_by_type_and_since(initialised):
    run_monitor("import", str(SAMPLE), cwd=initialised)
    table = run_monitor("events", cwd=initialised)
    assert table.returncode == 0 and "10 events" in table.stdout  # 5 articles, then their claims
    after_two = run_monitor("events", "--since", "2", "--type", "ArticleSeen", "--format", "jsonl", cwd=initialised)
    assert [json.loads(line)["position"] for line in after_two.stdout.splitlines()] == [3, 4, 5]
    claims = run_monitor("events", "--type", "ClaimsExtracted", cwd=initialised)
    assert "5 events" in claims.stdout
    future = run_monitor("events", "--since", "2999-01-01T00:00Z", cwd=initialised)
    assert "0 events" in future.stdout
    none = run_monitor("events", "--type", "SourcePolled", cwd=initialised)
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


# -- bad input: one line, non-zero exit, nothing half-written ---------------------------

def test_missing_database_is_not_created(tmp_path):
    result = run_monitor("events", cwd=tmp_path)
    _one_error_line(result, "no database at monitor.db", "monitor init")
    assert not (tmp_path / "monitor.db").exists()


def test_corrupt_database_file_is_named_and_left_alone(tmp_path):
    db = tmp_path / "monitor.db"
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    for command in (["events"], ["init"]):
        _one_error_line(run_monitor(*command, cwd=tmp_path), "monitor.db", "not a SQLite database")
    assert db.read_bytes() == before


@pytest.mark.parametrize("db", ["nowhere/monitor.db", "/proc/monitor-test.db"])
def test_unwritable_or_missing_folder(tmp_path, db):
    result = run_monitor("--db", db, "init", cwd=tmp_path)
    _one_error_line(result, "monitor-test.db" if db.startswith("/proc") else "nowhere")
    assert list(tmp_path.iterdir()) == []


def test_unknown_url_scheme(tmp_path):
    _one_error_line(run_monitor("--db", "mongodb://localhost/x", "init", cwd=tmp_path), "unknown scheme 'mongodb'")


def test_schema_older_than_the_code_asks_for_init(tmp_path):
    import sqlite3

    sqlite3.connect(tmp_path / "monitor.db").close()
    _one_error_line(run_monitor("events", cwd=tmp_path), "not initialised", "monitor init")


@pytest.mark.parametrize(
    "name, content, needle",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Kupiansk liberated, says Kyiv — café".encode("cp1252"), "not utf-8 text"),
    ],
)
def test_bad_article_file_stops_the_import_with_nothing_written(initialised, name, content, needle):
    folder = initialised / "batch"
    folder.mkdir()
    shutil.copy(SAMPLE / "000_acfa9319730ed68a.txt", folder / "good.txt")
    (folder / name).write_bytes(content)
    result = run_monitor("import", str(folder), cwd=initialised)
    _one_error_line(result, name, needle)
    assert _articles(initialised) == []


def test_not_a_feed_is_named(initialised, tmp_path):
    bogus = tmp_path / "feed.xml"
    bogus.write_text("<html><body>this is a web page, not a feed</body>")
    _one_error_line(run_monitor("import", str(bogus), cwd=initialised), "feed.xml", "not a readable feed")


def test_missing_path_is_named(initialised):
    _one_error_line(run_monitor("import", "no-such-folder", cwd=initialised), "no-such-folder", "no such file")


def test_malformed_settings_file_names_file_and_line(tmp_path):
    (tmp_path / "sources.toml").write_text('[database]\nurl = "sqlite:///x.db\n')
    _one_error_line(run_monitor("init", cwd=tmp_path), "sources.toml", "line 2")


def test_settings_file_gives_the_database(tmp_path):
    (tmp_path / "sources.toml").write_text('[database]\nurl = "sqlite:///from-settings.db"\n')
    assert run_monitor("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "from-settings.db").exists()


@pytest.mark.parametrize("command", ["init", "import", "events", "demo"])
def test_every_command_has_help(tmp_path, command):
    result = run_monitor(command, "--help", cwd=tmp_path)
    assert result.returncode == 0 and "usage: monitor" in result.stdout

