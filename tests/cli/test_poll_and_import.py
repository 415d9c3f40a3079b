"""What `poll`, `run` and `import` tell the user: failures in the exit status, why a source was
skipped and how to force it, a start and a stop line, and a named file import cannot read."""

from __future__ import annotations

import signal

import pytest

from tests.cli.runner import initialised, run_monitor
from tests.service.test_daemon import KHARKIV, Daemon, _count, _settings
from tests.sources.http_server import FeedServer, Route, closed_port
from monitor.domain.events import ArticleSeen


@pytest.fixture
def server():
    server = FeedServer()
    yield server
    server.close()


def test_poll_once_exits_2_when_a_source_failed_and_a_skipped_one_says_how_to_force_it(tmp_path, server):
    good = server.route("/k.rss", Route(body=KHARKIV))
    dead = f"http://127.0.0.1:{closed_port()}/feed"
    config = _settings(tmp_path, [("desk", good), ("dead", dead)], interval="1h")
    first = run_monitor("--config", str(config), "poll", "--once", cwd=tmp_path)
    assert first.returncode == 2, first.stderr
    assert "polled 2 sources (1 failed)" in first.stdout and "new articles" in first.stdout
    assert "1 of 2 sources failed: dead" in first.stderr
    second = run_monitor("--config", str(config), "poll", "--once", cwd=tmp_path)  # dead is backing off (1h)
    assert second.returncode == 0, second.stderr
    assert "polled 1 sources (0 failed, 1 skipped)" in second.stdout
    hint = next(line for line in second.stderr.splitlines() if line.startswith("skipped dead:"))
    assert "backing off after 1 failures in a row" in hint and "next try" in hint
    assert hint.endswith("poll it now with: monitor poll dead --force")
    forced = run_monitor("--config", str(config), "poll", "dead", "--force", cwd=tmp_path)
    assert forced.returncode == 2 and "result=failed" in forced.stdout


def test_run_says_when_it_starts_what_is_due_first_and_what_it_did_when_stopped(tmp_path, server):
    feed = server.route("/k.rss", Route(body=KHARKIV))
    config = _settings(tmp_path, [("desk", feed)], interval="1h")
    daemon = Daemon(config, "--parse-workers", "0")
    try:
        daemon.wait_for("monitor run: starting on", "with 1 enabled sources")
        started = daemon.wait_for("monitor run: polling 1 sources")
        assert "first due now (desk)" in started
        daemon.wait_for("source=desk", "result=polled", "new=2")
        daemon.wait_for("work=done", "articles=2")
    finally:
        code = daemon.stop(signal.SIGINT)
    assert code == 0
    stopped = daemon.wait_for("monitor run: stopped")
    assert "after 1 polls (0 failed): 2 new articles, 0 revised, 2 claims read" in stopped, stopped


def test_import_of_a_named_file_it_cannot_read_stops_with_its_name(tmp_path):
    initialised(tmp_path)
    (tmp_path / "good.txt").write_text("date 2022-09-10\nUkrainian forces liberated Balakliia.\n")
    (tmp_path / "feed").write_bytes(KHARKIV)  # a feed without an extension
    result = run_monitor("import", "good.txt", "feed", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("monitor: error: feed: not a file import reads") and "nothing imported" in result.stderr
    assert _count(tmp_path / "monitor.db", ArticleSeen.TYPE) == 0
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.bin").write_bytes(b"\x00\x01")
    (tmp_path / "folder" / "good.txt").write_text("date 2022-09-10\nUkrainian forces liberated Balakliia.\n")
    inside = run_monitor("import", "folder", cwd=tmp_path)  # inside a folder: passed over, said, not an error
    assert inside.returncode == 0 and "notes.bin: not an article file type" in inside.stderr
