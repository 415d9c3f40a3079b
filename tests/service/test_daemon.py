"""`monitor run`, `poll` and `sources` as a user runs them: real subprocesses, a real loopback
feed server, real signals."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from monitor.domain.events import ArticleSeen, ClaimsExtracted
from monitor.log import initialise, open_store
from tests.cli.runner import monitor_env, run_monitor
from tests.conftest import REPO
from tests.sources.http_server import FeedServer, Route, closed_port
from tests.sources.synthetic_feeds import Item, rss

BBC = (REPO / "tests" / "fixtures" / "feeds" / "bbc-world.rss").read_bytes()
KHARKIV = rss([Item("k1", "Balakliia liberated", "Ukrainian forces recaptured Balakliia on Thursday, the General "
                                                "Staff said.", hour=1),
               Item("k2", "Izium", "Russian troops withdrew from Izium, the Russian Defence Ministry said.", hour=2)])


@pytest.fixture
def server():
    server = FeedServer()
    yield server
    server.close()


def _settings(folder: Path, sources: list[tuple[str, str]], interval: str = "1s") -> Path:
    lines = [f'[database]\nurl = "sqlite:///{folder / "monitor.db"}"\n']
    for name, url in sources:
        lines.append(f'[[sources]]\nname = "{name}"\nurl = "{url}"\ninterval = "{interval}"\n'
                     f'affiliation = "independent"\n')
    path = folder / "sources.toml"
    path.write_text("\n".join(lines))
    initialise(f"sqlite:///{folder / 'monitor.db'}")
    return path


class Daemon:
    """`monitor run` in a subprocess, its stdout read line by line on a thread."""

    def __init__(self, config: Path, *extra: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run", *extra],
                                        cwd=config.parent, env=monitor_env(), stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, *needles: str, timeout: float = 60) -> str:
        """The first line printed so far, or from now on, containing every needle."""
        for line in self.seen:
            if all(n in line for n in needles):
                return line
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise AssertionError(f"no line with {needles} in {timeout}s; seen: {self.seen[-20:]}") from None
            self.seen.append(line)
            if all(n in line for n in needles):
                return line

    def stop(self, signum: int = signal.SIGTERM) -> int:
        self.process.send_signal(signum)
        return self.process.wait(timeout=60)


def _count(db: Path, event_type: str) -> int:
    store = open_store(f"sqlite:///{db}")
    try:
        return sum(len(batch) for batch in store.read_batches(types=[event_type]))
    finally:
        store.engine.dispose()


def test_the_daemon_polls_fails_readably_works_the_log_and_stops_cleanly(tmp_path, server):
    feed = server.route("/bbc.rss", Route(body=BBC, etag='"v1"', headers={"Content-Type": "application/rss+xml"}))
    page = server.route("/not-a-feed", Route(body=b"<html><body><p>Hello</p></body></html>",
                                             headers={"Content-Type": "text/html"}))
    dead = f"http://127.0.0.1:{closed_port()}/feed"
    config = _settings(tmp_path, [("bbc", feed), ("page", page), ("dead", dead)])
    daemon = Daemon(config, "--parse-workers", "0")
    try:
        daemon.wait_for("monitor run: polling 3 sources")
        daemon.wait_for("source=bbc", "result=polled", "new=33")
        daemon.wait_for("source=bbc", "result=not_modified", "status=304")  # the next round: conditional GET
        failed_dead = daemon.wait_for("source=dead", "result=failed")
        failed_page = daemon.wait_for("source=page", "result=failed")
        daemon.wait_for("work=done", "articles=33")
    finally:
        code = daemon.stop()
    assert code == 0, daemon.process.stderr.read()
    assert "cannot connect" in failed_dead and "not a feed" in failed_page
    assert _count(tmp_path / "monitor.db", ArticleSeen.TYPE) == 33
    assert _count(tmp_path / "monitor.db", ClaimsExtracted.TYPE) == 33
    health = run_monitor("--config", str(config), "sources", cwd=tmp_path)
    rows = {line.split()[0]: line for line in health.stdout.splitlines()[1:-1]}
    assert " ok " in rows["bbc"] and " failing " in rows["dead"], health.stdout


def test_a_poll_in_flight_finishes_its_append_on_sigint(tmp_path, server):
    feed = server.route("/slow.rss", Route(body=KHARKIV, trickle=0.002))  # ~1.5 s to arrive
    config = _settings(tmp_path, [("slow", feed)], interval="1h")
    daemon = Daemon(config, "--parse-workers", "0")
    try:
        daemon.wait_for("monitor run: polling 1 sources")
        deadline = time.monotonic() + 30
        while not server.requests_to("/slow.rss"):  # the request is on the wire
            assert time.monotonic() < deadline, "the daemon never fetched the feed"
            time.sleep(0.01)
    finally:
        code = daemon.stop(signal.SIGINT)
    assert code == 0
    assert _count(tmp_path / "monitor.db", ArticleSeen.TYPE) == 2
    assert _count(tmp_path / "monitor.db", ClaimsExtracted.TYPE) == 2  # the last pass of the log work


def test_poll_once_twice_adds_nothing_the_second_time_and_feeds_the_front(tmp_path, server):
    feed = server.route("/kharkiv.rss", Route(body=KHARKIV))
    config = _settings(tmp_path, [("desk", feed)])
    first = run_monitor("--config", str(config), "poll", "--once", cwd=tmp_path)
    second = run_monitor("--config", str(config), "poll", "desk", cwd=tmp_path)
    assert first.returncode == 0 and "new=2" in first.stdout, first.stderr
    assert second.returncode == 0 and "new=0" in second.stdout
    assert _count(tmp_path / "monitor.db", ArticleSeen.TYPE) == 2
    status = run_monitor("--config", str(config), "status", "--format", "json", cwd=tmp_path)
    assert '"place": "Balakliia"' in status.stdout and '"place": "Izium"' in status.stdout


@pytest.mark.parametrize("command", [["run"], ["poll"], ["sources"]])
def test_a_malformed_settings_file_is_one_line_naming_file_line_and_key(tmp_path, command):
    (tmp_path / "sources.toml").write_text('[[sources]]\nname = "x"\naffiliation = "independent"\n'
                                           'url = "https://example.org/feed"\ninterval = "often"\n')
    result = run_monitor(*command, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "sources.toml:5" in result.stderr and "interval" in result.stderr


def test_poll_names_an_unknown_source(tmp_path, server):
    config = _settings(tmp_path, [("desk", server.route("/k.rss", Route(body=KHARKIV)))])
    result = run_monitor("--config", str(config), "poll", "desk", "nosuch", cwd=tmp_path)
    assert result.returncode == 1 and "no source named 'nosuch'" in result.stderr and "desk" in result.stderr
