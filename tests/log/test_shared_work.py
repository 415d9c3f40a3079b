"""Shared work between processes, on SQLite and a real PostgreSQL alike: the poll schedule,
leases, claimed ranges, fences and keyed projection state.

Holders are named explicitly (two "processes" in one test) and leases are short, so that
expiry is awaited with a deadline rather than slept through.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.log import LeaseLost, PollSchedule, Tracking, WorkRanges
from monitor.log.leases import TableLease
from tests.log.events_factory import article, poll
from tests.waiting import wait_until

SHORT = 0.3  # seconds: a lease that lapses quickly


def _schedule(store, holder: str, lease: float = 10.0) -> PollSchedule:
    return PollSchedule(store, lease_seconds=lease, holder=holder)


def test_a_due_source_is_claimed_by_one_holder_and_comes_back_due_one_interval_later(store):
    a, b = _schedule(store, "a"), _schedule(store, "b")
    past = datetime.now(timezone.utc) - timedelta(seconds=1)
    a.ensure({"bbc": past, "tass": None, "later": past + timedelta(hours=1)})
    taken = a.claim(["bbc", "tass", "later"], 10)
    assert sorted(c.source for c in taken.claims) == ["bbc", "tass"]
    assert taken.next_due is not None and taken.next_due > datetime.now(timezone.utc)  # only "later" is free
    assert b.claim(["bbc", "tass", "later"], 10).claims == []  # leased: b gets nothing
    [bbc] = [c for c in taken.claims if c.source == "bbc"]
    store.append([poll(1)], fence=bbc.fence(bbc.due + timedelta(minutes=5)))
    assert a.dues()["bbc"] == pytest.approx(bbc.due + timedelta(minutes=5), abs=timedelta(milliseconds=1))
    assert b.claim(["bbc"], 10).claims == []  # not due for five minutes


def test_ensure_never_moves_a_row_another_daemon_set(store):
    a = _schedule(store, "a")
    first = datetime(2030, 1, 1, tzinfo=timezone.utc)
    a.ensure({"bbc": first})
    a.ensure({"bbc": None})
    assert a.dues()["bbc"] == first


def test_a_holder_that_stops_renewing_loses_the_poll_and_its_late_record_is_refused(store):
    a, b = _schedule(store, "a", lease=SHORT), _schedule(store, "b", lease=SHORT)
    a.ensure({"bbc": None})
    [claim] = a.claim(["bbc"], 1).claims
    taken = wait_until(lambda: b.claim(["bbc"], 1).claims, 10, "the lease lapsing")  # a froze; b takes over
    assert taken[0].token == claim.token + 1
    with pytest.raises(LeaseLost, match="the poll of bbc"):
        store.append([poll(1)], fence=claim.fence(None))  # a wakes up: nothing of its poll is recorded
    assert store.head() == 0
    store.append([poll(2)], fence=taken[0].fence(None))
    assert store.head() == 1


def test_renewing_keeps_a_poll_past_its_lease(store):
    a, b = _schedule(store, "a", lease=SHORT), _schedule(store, "b", lease=SHORT)
    a.ensure({"bbc": None})
    [claim] = a.claim(["bbc"], 1).claims
    for _ in range(5):
        a.renew([claim])
        assert b.claim(["bbc"], 1).claims == []
    a.release(claim)  # given back unpolled, due as it was: another daemon takes it at once
    assert [c.source for c in b.claim(["bbc"], 1).claims] == ["bbc"]


def test_a_role_has_one_holder_and_passes_on_when_its_lease_lapses(store):
    a = TableLease(store, "alerts", lease_seconds=SHORT, holder="a")
    b = TableLease(store, "alerts", lease_seconds=SHORT, holder="b")
    assert a.try_hold() and a.held() and a.holding
    assert not b.try_hold() and not b.held()
    assert a.try_hold() and a.renew()  # the holder renews freely
    wait_until(b.try_hold, 10, "the lease lapsing")
    assert b.token == a.token + 1
    assert not a.held() and not a.renew() and not a.holding  # frozen past its lease: it knows it lost it
    b.release()
    assert a.try_hold()  # given up at once on a clean stop


def test_ranges_of_the_log_are_shared_and_a_lapsed_range_is_taken_over(store):
    store.append([article(i) for i in range(1, 451)])
    a = WorkRanges(store, "extract:test", span=200, lease_seconds=SHORT, holder="a")
    b = WorkRanges(store, "extract:test", span=200, lease_seconds=SHORT, holder="b")
    first, second = a.claim(450), b.claim(450)
    third = b.claim(450)
    assert [(c.start, c.stop) for c in (first, second, third)] == [(0, 200), (200, 400), (400, 450)]
    assert a.claim(450) is None  # all taken
    store.append([], fence=second.fence())
    store.append([], fence=third.fence())
    assert b.pending(450) == 200 and b.done_up_to() == 0  # the first range is not done yet
    again = wait_until(lambda: b.claim(450), 10, "the first range's lease lapsing")  # a died
    assert (again.start, again.stop, again.token) == (0, 200, first.token + 1)
    with pytest.raises(LeaseLost):
        store.append([], fence=first.fence())
    store.append([], fence=again.fence())
    assert a.claim(450) is None and a.done_up_to() == 450 and a.pending(450) == 0
    assert a.claim(460).start == 450  # new events: the next range starts at the watermark


def test_keyed_state_and_a_checkpoint_are_written_together_or_not_at_all(store):
    tracking = Tracking(store)
    with tracking.writing("p") as tx:
        tx.put_state("s", {"a": {"n": 1}, "b": [1, "x"]})
        tx.set_checkpoint(7, "v1")
    with pytest.raises(RuntimeError), tracking.writing("p") as tx:
        tx.put_state("s", {"a": {"n": 2}})
        tx.set_checkpoint(8, "v1")
        raise RuntimeError("a crash mid-batch")
    assert tracking.checkpoint("p") == (7, "v1")
    assert tracking.state("s", ["a", "b", "c"]) == {"a": {"n": 1}, "b": [1, "x"]}
    assert tracking.all_state("s") == {"a": {"n": 1}, "b": [1, "x"]}
    tracking.set_consumer_checkpoint("alerts:desk", 3, only_if_missing=True)
    tracking.set_consumer_checkpoint("alerts:desk", 9, only_if_missing=True)
    assert tracking.consumer_checkpoints(["alerts:desk", "alerts:none"]) == {"alerts:desk": 3}


@pytest.mark.postgres
def test_postgres_sessions_have_keepalives_and_timeouts(postgres_url):
    from monitor.log import initialise, open_store

    initialise(postgres_url)
    store = open_store(postgres_url)
    try:
        with store.engine.connect() as conn:
            shown = {name: conn.exec_driver_sql(f"SHOW {name}").scalar() for name in (
                "statement_timeout", "idle_in_transaction_session_timeout", "tcp_keepalives_idle", "tcp_user_timeout")}
            client = conn.connection.driver_connection.info.get_parameters()
    finally:
        store.engine.dispose()
    assert shown == {"statement_timeout": "5min", "idle_in_transaction_session_timeout": "15s",
                     "tcp_keepalives_idle": "10", "tcp_user_timeout": "30000"}
    assert client["keepalives"] == "1" and client["keepalives_idle"] == "10"
