"""Finding 2: parser worker processes outlived their daemon (four processes, ~150 MB, per kill -9).

The daemon runs with two parser processes, polling four busy feeds every second; it is
killed with SIGKILL while it polls, several times in a row, and after each kill every
process it had started (found by a marker in the environment they inherit: the forkserver,
the workers, the resource tracker) must be gone within seconds. The quick set kills it
twice (a daemon started again on what a kill left behind is killed too); the slow set (CI)
twenty times, the finding's own campaign (about 4 minutes on two busy cores).
"""

from __future__ import annotations

import itertools
import random
import signal

import pytest

from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, settings, source, wait_for_line
from tests.waiting import wait_until

QUICK_KILLS = 2  # each kill is a daemon start, its parser processes up, a few polls
CAMPAIGN_KILLS = 20


def busy_feed(counter=itertools.count()):
    """A feed of 50 new items at every request: each poll gives the parsers work."""
    def answer(path: str, body: bytes) -> Page:
        n = next(counter)
        items = "".join(f"<item><guid>{path}-{n}-{k}</guid><title>Report {n}.{k}</title>"
                        f"<description>{'Fighting continues near the front line. ' * 40}</description></item>"
                        for k in range(50))
        return Page(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Busy</title>{items}</channel></rss>'
                    .encode())
    return answer


@pytest.mark.parametrize("kills", [QUICK_KILLS, pytest.param(CAMPAIGN_KILLS, marks=pytest.mark.slow)])
def test_kill_9_of_the_daemon_while_it_polls_leaves_no_process_behind(kills, site, tmp_path, daemons):
    answer = busy_feed()
    feeds = "".join(source(f"busy-{n}", site.route(f"/feed{n}", answer), interval="1s") for n in range(4))
    settings(tmp_path, feeds)
    initialised(tmp_path)
    rng = random.Random(16)
    for kill in range(kills):
        daemon = daemons(tmp_path, "--parse-workers", "2")
        polls_before = len(site.hits)
        # Polling, and both parser processes up (daemon + forkserver + 2 workers at least).
        wait_until(lambda: len(site.hits) >= polls_before + 2 and len(daemon.family()) >= 4, 60,
                   f"kill {kill + 1}: the daemon polling with its parser processes")
        wait_until(lambda: len(site.hits) >= polls_before + 2 + rng.randint(0, 3), 30, "a few more polls")
        family = daemon.family()
        assert daemon.pid in family
        daemon.process.send_signal(signal.SIGKILL)
        daemon.wait(10)
        wait_until(lambda: not daemon.family(), 15,
                   f"kill {kill + 1}: every process the daemon started gone (left: {daemon.family()})")
    # The log is whole after all that: a last daemon starts, polls and stops cleanly.
    daemon = daemons(tmp_path, "--parse-workers", "2")
    wait_for_line(daemon, lambda line: "result=polled" in line, "a poll after the kills")
    daemon.signal(signal.SIGTERM)
    assert daemon.wait(60) == 0 and "Traceback" not in daemon.stderr()
    wait_until(lambda: not daemon.family(), 15, "the last daemon's processes gone")
