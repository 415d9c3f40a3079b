"""`monitor poll --once --alerts` (cron's way): a poll's new articles become alerts in the same run."""

from __future__ import annotations

from tests.cli.runner import run_monitor
from tests.hooks.receiver import AlertReceiver
from tests.hooks.settings import webhook, write_settings
from tests.service.test_daemon import KHARKIV
from tests.sources.http_server import FeedServer, Route


def test_poll_with_alerts_sends_what_the_poll_changed_and_nothing_the_second_time(tmp_path):
    feeds, receiver = FeedServer(), AlertReceiver()
    try:
        source = (f'[[sources]]\nname = "desk"\nurl = "{feeds.route("/k.rss", Route(body=KHARKIV))}"\n'
                  f'affiliation = "independent"\n')
        config = write_settings(tmp_path, webhook("desk", receiver.url()), source)
        first = run_monitor("--config", str(config), "poll", "--once", "--alerts", cwd=tmp_path)
        second = run_monitor("--config", str(config), "poll", "--once", "--alerts", cwd=tmp_path)
    finally:
        feeds.close()
        receiver.close()
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    places = sorted(d.json["place"]["name"] for d in receiver.received)
    assert places == ["Balakliia", "Izium"] and "alerts: 2 delivered" in first.stdout
    assert "alerts: 0 delivered" in second.stdout
