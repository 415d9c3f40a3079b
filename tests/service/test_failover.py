"""The alert dispatcher fails over between daemons on one PostgreSQL: killed (`kill -9`) or
frozen (SIGSTOP), its owner is replaced once its lease lapses, and the next alert arrives
within 10 s of that; no alert is lost, and an alert sent twice carries one Idempotency-Key.

Three real `monitor run` processes, a real webhook receiver and feed server on loopback, a
real PostgreSQL. The owner of a role is read from the ``leases`` table, as an operator would.
"""

from __future__ import annotations

import os
import queue
import signal
import time
from collections import defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.domain.events import AlertDelivered
from monitor.hooks import alert_id, trigger_of
from monitor.log import initialise, open_store
from monitor.projections.history_feed import transitions_after
from tests.hooks.receiver import AlertReceiver
from tests.hooks.settings import webhook
from tests.service.test_daemon import Daemon
from tests.sources.http_server import FeedServer, Route
from tests.sources.synthetic_feeds import Item, rss
from tests.waiting import process_gone, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

TAKEOVER = 10.0  # seconds after the lease lapses by which the next alert must have arrived
PLACES = ("Izium", "Balakliia", "Kupiansk", "Lyman")


class Desk:
    """A feed that gains one liberation report (one new front status, one alert) at a time."""

    def __init__(self, server: FeedServer) -> None:
        self.server = server
        self.items: list[Item] = []
        self.url = server.route("/desk", Route(body=rss([])))

    def report(self, place: str) -> None:
        n = len(self.items)
        self.items.append(Item(f"desk-{n}", f"{place} liberated",
                               f"Ukrainian forces have liberated {place}, the General Staff said on Saturday.", hour=n))
        self.server.route("/desk", Route(body=rss(self.items)))


def _settings(folder: Path, url: str, desk: Desk, receiver: AlertReceiver) -> Path:
    path = folder / "sources.toml"
    path.write_text(f'[database]\nurl = "{url}"\n\n[[sources]]\nname = "desk"\nurl = "{desk.url}"\ninterval = "1s"\n'
                    f'affiliation = "independent"\n\n'
                    + webhook("desk", receiver.url(), backoff="1s", max_backoff="1s", max_attempts=100))
    return path


def _owner(url: str, role: str, daemons: list[Daemon]) -> tuple[Daemon, float]:
    """The daemon holding ``role`` and when its lease lapses (seconds since the epoch)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            holder, until = conn.execute(sa.text("SELECT holder, lease_until FROM leases WHERE name = :name"),
                                         {"name": role}).one()
    finally:
        engine.dispose()
    pid = int(holder.split(":")[1])
    [owner] = [d for d in daemons if d.process.pid == pid]
    return owner, until


def _alert_arrives(receiver: AlertReceiver, place: str, timeout: float = 90) -> float:
    """Wait for the alert about ``place``; when it arrived (seconds since the epoch)."""
    receiver.wait_for(lambda r: any(d.json["place"]["name"] == place for d in r.received), timeout, place)
    return time.time()


@pytest.fixture
def parts():
    server, receiver = FeedServer(), AlertReceiver()
    yield server, receiver
    server.close()
    receiver.close()


def test_a_killed_or_frozen_dispatcher_is_replaced_within_its_lease_and_no_alert_is_lost(tmp_path, postgres_url,
                                                                                         parts):
    server, receiver = parts
    desk = Desk(server)
    initialise(postgres_url)
    config = _settings(tmp_path, postgres_url, desk, receiver)
    daemons = [Daemon(config, "--parse-workers", "0") for _ in range(3)]
    frozen = None
    try:
        for daemon in daemons:
            daemon.wait_for("monitor run: polling 1 sources", timeout=90)
        desk.report(PLACES[0])
        _alert_arrives(receiver, PLACES[0])

        # kill -9 of the owner: the next alert comes from another daemon once the lease lapses.
        killed, lapses = _owner(postgres_url, "alerts", daemons)
        os.kill(killed.process.pid, signal.SIGKILL)
        wait_until(lambda: process_gone(killed.process.pid), 10, "the owner gone")
        desk.report(PLACES[1])
        arrived = _alert_arrives(receiver, PLACES[1])
        print(f"kill -9: next alert {arrived - lapses:.1f}s after the lease lapsed")
        assert arrived - lapses <= TAKEOVER, f"{arrived - lapses:.1f}s after the killed owner's lease lapsed"
        assert arrived - lapses > -1, "another daemon sent while the killed owner's lease was still valid"

        # SIGSTOP of the new owner: frozen, it keeps its sessions, but not its lease.
        living = [d for d in daemons if d is not killed]
        frozen, lapses = _owner(postgres_url, "alerts", living)
        frozen.process.send_signal(signal.SIGSTOP)
        desk.report(PLACES[2])
        arrived = _alert_arrives(receiver, PLACES[2])
        print(f"SIGSTOP: next alert {arrived - lapses:.1f}s after the lease lapsed")
        assert arrived - lapses <= TAKEOVER, f"{arrived - lapses:.1f}s after the frozen owner's lease lapsed"
        successor, _ = _owner(postgres_url, "alerts", living)
        assert successor is not frozen

        # Woken up, the old owner stands by: the next alert is still sent, and by the successor.
        frozen.process.send_signal(signal.SIGCONT)
        frozen = None
        desk.report(PLACES[3])
        _alert_arrives(receiver, PLACES[3])
    finally:
        if frozen is not None:
            frozen.process.send_signal(signal.SIGCONT)
        for daemon in daemons:
            if daemon.process.poll() is None:
                daemon.process.send_signal(signal.SIGTERM)
        codes = [d.process.wait(timeout=90) for d in daemons]
    assert codes.count(-signal.SIGKILL) == 1 and codes.count(0) == 2, codes

    store = open_store(postgres_url)
    try:
        wanted = {alert_id("desk", r.position, r.place_key): r.place for r in transitions_after(store, 0, 100_000)
                  if trigger_of(r)}
        outcomes = defaultdict(list)
        for recorded in store.read(types=[AlertDelivered.TYPE]):
            outcomes[recorded.event.alert_id].append(recorded.event.outcome)
    finally:
        store.engine.dispose()
    assert sorted(wanted.values()) == sorted(PLACES)
    received = defaultdict(set)
    for delivery in receiver.received:
        received[delivery.json["id"]].add(delivery.key)
    assert set(received) == set(wanted), "an alert was lost, or one nobody wanted was sent"
    assert all(keys == {aid} for aid, keys in received.items()), "a duplicate under another Idempotency-Key"
    assert all("delivered" in outcomes[aid] for aid in wanted), dict(outcomes)
    stood_by = [line for line in _lines(daemons[0]) + _lines(daemons[1]) + _lines(daemons[2])
                if "alerts=standby" in line]
    assert stood_by, "no daemon stood by"


def _lines(daemon: Daemon) -> list[str]:
    lines = list(daemon.seen)
    while True:
        try:
            lines.append(daemon.lines.get(timeout=1))
        except queue.Empty:
            return lines

