"""Finding 3: two `monitor run` on one SQLite database both polled and both sent alerts
(73 of 277 alerts twice, 4 articles "new" twice, 4 alerts "retrying" forever).

One daemon per SQLite file: the second is refused in one line while the first runs, and
starts once the first is gone (even after kill -9: the kernel drops the lock). Alert
sending is one process's at a time on SQLite too (a `poll --alerts` beside a daemon
stands by), and `monitor hooks` tells failed alerts nothing will retry from those retrying.
"""

from __future__ import annotations

import re
import signal
from datetime import datetime, timezone

from monitor.domain.events import AlertDelivered
from monitor.log import open_store
from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, one_line_error, rss, settings, source, wait_for_line
from tests.waiting import wait_until


def test_a_second_daemon_on_one_sqlite_file_is_refused_in_one_line(site, tmp_path, daemons):
    settings(tmp_path, source("desk", site.route("/feed", Page(rss([("a", "Item", "Text.")]))), interval="1s"))
    initialised(tmp_path)
    first = daemons(tmp_path, "--parse-workers", "0")
    wait_for_line(first, lambda line: "result=polled" in line, "the first daemon polling")
    second = monitor("run", "--parse-workers", "0", cwd=tmp_path, timeout=60)
    error = one_line_error(second)
    assert "another `monitor run`" in error and f"pid {first.pid}" in error and "monitor.db" in error
    assert second.returncode == 1
    # The same file under another name is the same database.
    (tmp_path / "other").mkdir()
    third = monitor("--db", "../monitor.db", "run", "--parse-workers", "0", cwd=tmp_path / "other", timeout=60)
    assert "another `monitor run`" in one_line_error(third)
    first.signal(signal.SIGKILL)
    first.wait(10)
    after = daemons(tmp_path, "--parse-workers", "0")  # a killed daemon's lock is gone with it
    wait_for_line(after, lambda line: "monitor run: polling" in line, "a new daemon after kill -9")
    after.signal(signal.SIGTERM)
    assert after.wait(60) == 0, after.stderr()


def test_alerts_are_sent_by_one_process_at_a_time(site, tmp_path, daemons):
    receiver = site.route("/hook", Page(b"", 200))
    article = ("Ukrainian forces have liberated Izium, the General Staff said on Saturday. " * 2).strip()
    feed = site.route("/feed", Page(rss([("seen", "Izium liberated", article)])))
    settings(tmp_path, source("desk", feed, interval="1h") + f'[[hooks]]\nname = "desk"\nurl = "{receiver}"\n')
    initialised(tmp_path)
    daemon = daemons(tmp_path, "--parse-workers", "0")
    wait_for_line(daemon, lambda line: "outcome=delivered" in line, "the daemon's alert")
    # cron's `poll --alerts` beside the running daemon: it stands by instead of sending too.
    beside = monitor("poll", "--once", "--alerts", cwd=tmp_path)
    assert "another process (a `monitor run` on this log) is sending them" in beside.stdout, beside.stdout
    assert len(site.hits_to("/hook")) == 1
    daemon.signal(signal.SIGTERM)
    assert daemon.wait(60) == 0


def test_monitor_hooks_never_shows_a_retry_nothing_will_make(site, tmp_path):
    receiver = site.route("/hook", Page(b"", 200))
    settings(tmp_path, f'[[hooks]]\nname = "desk"\nurl = "{receiver}"\n')
    initialised(tmp_path)
    assert "desk" in monitor("hooks", cwd=tmp_path).stdout
    # What two daemons used to leave: a failed attempt recorded for an alert whose transition
    # the hook's queue has already passed (no process will ever try it again).
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    store.append([AlertDelivered("0123456789abcdef01234567", "desk", 1, "failed", "HTTP 500",
                                 datetime(2026, 1, 1, tzinfo=timezone.utc))])
    store.engine.dispose()
    listed = monitor("hooks", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    header, row = listed.stdout.splitlines()[:2]
    cells = table_row(header, row)
    assert cells["retrying"] == "0" and cells["not retried"] == "1", listed.stdout
    assert "desk: 1 failed alert will not be tried again" in listed.stdout


def table_row(header: str, row: str) -> dict[str, str]:
    """A row of a CLI table as {column: cell}, by the header's column positions."""
    columns = list(re.finditer(r"\S+(?: \S+)*", header))
    ends = [c.start() for c in columns[1:]] + [len(row)]
    return {c.group(0): row[c.start():end].strip() for c, end in zip(columns, ends)}
