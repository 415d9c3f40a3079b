"""Finding 8: tracebacks instead of one line (huge intervals, TOML nested 5,000 deep, a huge
``--since``, ``init`` on a read-only filesystem, CancelledError tracebacks on SIGTERM).

Each mistake is one line on stderr and a non-zero exit; SIGTERM while polls queue up ends
the daemon promptly and cleanly (polls fetching finish, those waiting are dropped).
"""

from __future__ import annotations

import signal
import time

import pytest

from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, mount_or_skip, one_line_error, rss, settings, source, wait_for_line
from tests.waiting import wait_until


@pytest.mark.parametrize("interval", ["2000000000h", "99999999999d", "999999999999999999999999s", "366d"])
def test_a_huge_interval_is_one_line(tmp_path, interval):
    settings(tmp_path, source("desk", "https://example.org/feed", interval=interval))
    error = one_line_error(monitor("sources", cwd=tmp_path))
    assert "sources.toml:" in error and "interval" in error and "longest duration allowed" in error


@pytest.mark.parametrize("nesting", ["[" * 5000 + "]" * 5000, "{a=" * 5000 + "1" + "}" * 5000])
def test_toml_nested_thousands_deep_is_one_line(tmp_path, nesting):
    (tmp_path / "sources.toml").write_text(f"x = {nesting}\n")
    assert "nested too deeply" in one_line_error(monitor("status", cwd=tmp_path))


@pytest.mark.parametrize("since", ["99999999999999999999999", "9223372036854775808"])
def test_a_position_beyond_any_database_integer_is_one_line(tmp_path, since):
    initialised(tmp_path, "m.db")
    assert "not a log position" in one_line_error(monitor("--db", "m.db", "events", "--since", since, cwd=tmp_path))
    assert monitor("--db", "m.db", "events", "--since", "9223372036854775807", cwd=tmp_path).returncode == 0


def test_init_on_a_read_only_filesystem_is_one_line(tmp_path):
    disk = mount_or_skip(tmp_path / "ro", "1m", read_only=True)
    try:
        error = one_line_error(monitor("--db", str(disk.path / "monitor.db"), "init", cwd=tmp_path))
        assert "read-only filesystem" in error
    finally:
        disk.close()


def test_sigterm_while_polls_queue_ends_cleanly_without_tracebacks(site, tmp_path, daemons):
    def slow(path: str, body: bytes) -> Page:
        time.sleep(2)  # two at a time per host: thirty sources queue for half a minute
        return Page(rss([(path, "Item", "Text.")]))

    settings(tmp_path, "".join(source(f"s{n}", site.route(f"/f{n}", slow), interval="1s") for n in range(30)))
    initialised(tmp_path)
    daemon = daemons(tmp_path, "--parse-workers", "0")
    wait_until(lambda: len(site.hits) >= 2, 60, "polls under way")
    asked = time.monotonic()
    daemon.signal(signal.SIGTERM)
    assert daemon.wait(60) == 0
    # Not the 30 s drain: polls waiting for a slot are dropped, those fetching finish (2 s each).
    # A deadline under the drain, not a speed: a stop took 16 s at load 7 (its last pass of the
    # log work and the thread joins starved), 2-4 s on a quiet machine.
    assert time.monotonic() - asked < 28
    assert "Traceback" not in daemon.stderr() and "CancelledError" not in daemon.stderr(), daemon.stderr()
    assert not daemon.stderr().strip(), daemon.stderr()
    lines = daemon.lines()
    stopping = next(line for line in lines if line.startswith("monitor run: stopping:"))
    assert "waiting for a connection dropped" in stopping and "still fetching" not in stopping, stopping
    assert lines[-1].startswith("monitor run: stopped after")
    wait_for_line(daemon, lambda line: "result=polled" in line, "the polls in flight finished and recorded", 5)
