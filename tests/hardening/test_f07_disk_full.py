"""Finding 7: a full disk flooded the output (a 27-line traceback per failed poll, 373 in 30 s
for 30 feeds) and one alert was sent again every 5 s while the disk stayed full.

The database sits on a small tmpfs that the test fills to the last byte while the daemon
polls thirty feeds every second and waits on a webhook: the outage is one line, polls,
claims and alerts wait (no alert goes out while its attempt cannot be recorded), and
when space comes back the daemon resumes by itself and says so once.
"""

from __future__ import annotations

import itertools
import signal
import threading
import time

from tests.cli.runner import initialised
from tests.hardening.parts import (Page, fill, monitor, mount_or_skip, one_line_error, rss, settings, source,
                                   wait_for_line)
from tests.waiting import wait_until

FEEDS = 30
# Seconds the disk stays full after the daemon said so (the daemon polls 31 sources every second
# meanwhile: that is what the test watches). After its first failed write the daemon tries
# again 2, 6, 14, 30, 62 s later (StoreHealth: 2 s doubling); space back before the try at
# +14 s lets it resume then, where the 15 s this waited after the one-shot command (itself
# seconds under load) landed after it and cost up to 30 s more of waiting for the next try.
FULL_FOR = 11.0


def growing(counter=itertools.count()):
    """A feed with new items at every request: every poll has something to write."""
    def answer(path: str, body: bytes) -> Page:
        n = next(counter)
        return Page(rss([(f"{path}-{n}-{k}", f"Report {n}.{k}", "Shelling reported near the line. " * 30)
                         for k in range(10)]))
    return answer


def test_a_full_disk_is_one_line_and_the_daemon_resumes_by_itself(site, tmp_path, daemons):
    disk = mount_or_skip(tmp_path / "disk", "24m")
    try:
        _run(site, tmp_path, disk.path, daemons)
    finally:
        disk.close()


def _run(site, tmp_path, disk, daemons):
    answer = growing()
    feeds = "".join(source(f"feed-{n}", site.route(f"/feed{n}", answer), interval="1s") for n in range(FEEDS))
    article = "Ukrainian forces have liberated Izium, the General Staff said on Saturday."
    feeds += source("desk", site.route("/desk", Page(rss([("izium", "Izium liberated", article)]))), interval="1s")
    held = threading.Event()
    site.route("/hook", Page(b"", 200, hold=held))  # the receiver answers when the test says
    settings(tmp_path, feeds + f'[[hooks]]\nname = "desk"\nurl = "{site.url("/hook")}"\ntimeout = "60s"\n',
             db=disk / "monitor.db")
    initialised(disk)
    daemon = daemons(tmp_path, "--parse-workers", "0")
    # The alert is on its way: the receiver holds its answer while the disk fills.
    wait_until(lambda: site.hits_to("/hook"), 60, "the alert reaching the receiver")
    filler = fill(disk)
    held.set()
    wait_for_line(daemon, lambda line: "store=unavailable" in line, "the outage said")
    outage = time.monotonic()
    cron = monitor("poll", "--once", cwd=tmp_path)  # a one-shot command on the full disk: one line
    assert "database or disk is full" in one_line_error(cron)
    # The disk stays full this long: what the daemon does meanwhile is the point.
    time.sleep(max(0.0, outage + FULL_FOR - time.monotonic()))
    # From the daemon's first failed write on. (Not from the fill: SQLite goes on writing into
    # the space its WAL file already holds, and at load 7 nineteen polls and the alert's
    # attempt were recorded between the fill and the outage.)
    lines = daemon.lines()
    during = lines[next(n for n, line in enumerate(lines) if "store=unavailable" in line):]
    assert len(site.hits_to("/hook")) == 1, "an alert went out again while its attempt could not be recorded"
    assert sum("store=unavailable" in line for line in during) <= 2, during  # one outage (maybe one flap)
    assert len(during) <= 6, during  # not a line per poll: 31 sources every second
    assert "Traceback" not in daemon.stderr() and not daemon.stderr().strip(), daemon.stderr()
    filler.unlink()
    resumed = len(daemon.lines())
    wait_until(lambda: any("store=available" in line for line in daemon.lines()[resumed:]), 90,
               "the daemon resuming by itself")
    wait_until(lambda: any("result=polled" in line for line in daemon.lines()[resumed:]), 60, "polls again")
    # The alert whose attempt was lost goes out again (same id), and is recorded this time.
    wait_until(lambda: any("outcome=delivered" in line for line in daemon.lines()), 90, "the alert recorded")
    keys = {hit.headers["idempotency-key"] for hit in site.hits_to("/hook")}
    assert len(keys) == 1 and len(site.hits_to("/hook")) <= 2
    daemon.signal(signal.SIGTERM)
    assert daemon.wait(90) == 0 and "Traceback" not in daemon.stderr()
