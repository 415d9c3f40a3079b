"""The dispatcher on both backends: order, retries by the recorded attempts, giving up,
crashes on either side of the record, enrolment, and the claims an alert carries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.events import AlertDelivered, ClaimVerdict
from monitor.hooks import Dispatcher, Target
from monitor.hooks.delivery import Attempted
from monitor.hooks.filters import AlertFilter
from monitor.hooks.retries import RetryPolicy
from monitor.projections.history_feed import consumer_checkpoints, set_consumer_checkpoint
from tests.hooks.feeding import BAKHMUT, IZIUM, KUPIANSK, LYMAN, Said, feed

T0 = datetime(2030, 1, 1, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Receiver:
    """A sender that records what it is given and answers from a script (True: delivered)."""

    def __init__(self, *script: bool) -> None:
        self.script = list(script)
        self.got: list[tuple[str, str, int]] = []  # (alert id, place, attempt)
        self.alerts = []

    def __call__(self, alert, attempt: int) -> Attempted:
        self.got.append((alert.id, alert.place.name, attempt))
        self.alerts.append(alert)
        ok = self.script.pop(0) if self.script else True
        return Attempted(True, "HTTP 200") if ok else Attempted(False, "HTTP 503")


class Crash(Exception):
    """The process dying between the receiver's answer and the record."""


def _target(send, name: str = "desk", **policy) -> Target:
    return Target(name, "webhook", AlertFilter(), RetryPolicy(**{"max_attempts": 4, **policy}), send)


def _attempts(store) -> list[tuple[str, int, str]]:
    return [(r.event.alert_id, r.event.attempt, r.event.outcome)
            for r in store.read(types=[AlertDelivered.TYPE])]


def _new_process(store, *targets: Target, clock=None):
    """One pass by a dispatcher of its own, closed after (as a process that ran and exited)."""
    dispatcher = Dispatcher(store, list(targets), **({"clock": clock} if clock else {}))
    try:
        return dispatcher.run_once()
    finally:
        dispatcher.close()


def _three_alerts(store) -> None:
    feed(store, "kyiv-independent", 10, Said(IZIUM), Said(KUPIANSK))
    feed(store, "meduza", 11, Said(LYMAN, factuality="unconfirmed"))


def test_alerts_go_out_in_order_once_each_and_the_checkpoint_follows(store):
    receiver = Receiver()
    dispatcher = Dispatcher(store, [_target(receiver)])
    dispatcher.enrol(0)
    _three_alerts(store)
    done = dispatcher.run_once()
    assert [place for _, place, _ in receiver.got] == ["Izium", "Kupiansk", "Lyman"]
    assert done.count("delivered") == 3 and done.next_due is None
    dispatcher.close()
    assert _new_process(store, _target(receiver)).attempts == ()  # a new process sends nothing again
    assert consumer_checkpoints(store, ["alerts:desk"]) == {"alerts:desk": store.head() - 3}  # the last transition's


def test_a_failed_alert_holds_its_hook_and_is_retried_when_its_backoff_says(store):
    clock = Clock()
    receiver = Receiver(False, False, True)
    dispatcher = Dispatcher(store, [_target(receiver, backoff=timedelta(seconds=2))], clock=clock)
    dispatcher.enrol(0)
    _three_alerts(store)
    first = dispatcher.run_once()
    assert [(a.place, a.outcome) for a in first.attempts] == [("Izium", "failed")]
    assert first.next_due == T0 + timedelta(seconds=2)
    clock.advance(1)
    assert dispatcher.run_once().attempts == ()  # not due yet
    clock.advance(1)
    assert [a.outcome for a in dispatcher.run_once().attempts] == ["failed"]
    dispatcher.close()
    clock.advance(3)  # the schedule comes from the recorded attempts: a new process keeps it
    assert _new_process(store, _target(receiver, backoff=timedelta(seconds=2)), clock=clock).next_due == \
        T0 + timedelta(seconds=6)
    clock.advance(1)
    later = _new_process(store, _target(receiver, backoff=timedelta(seconds=2)), clock=clock)
    assert [(a.place, a.attempt, a.outcome) for a in later.attempts] == \
        [("Izium", 3, "delivered"), ("Kupiansk", 1, "delivered"), ("Lyman", 1, "delivered")]
    ids = {place: aid for aid, place, _ in receiver.got}
    assert [a for a in _attempts(store) if a[0] == ids["Izium"]] == \
        [(ids["Izium"], 1, "failed"), (ids["Izium"], 2, "failed"), (ids["Izium"], 3, "delivered")]


def test_after_its_last_attempt_an_alert_is_given_up_and_the_queue_moves_on(store):
    clock = Clock()
    receiver = Receiver(False, False)
    dispatcher = Dispatcher(store, [_target(receiver, max_attempts=2, backoff=timedelta(seconds=1))], clock=clock)
    dispatcher.enrol(0)
    _three_alerts(store)
    dispatcher.run_once()
    clock.advance(1)
    done = dispatcher.run_once()
    assert [(a.place, a.outcome) for a in done.attempts] == \
        [("Izium", "gave_up"), ("Kupiansk", "delivered"), ("Lyman", "delivered")]


def test_a_crash_after_sending_and_before_recording_resends_under_the_same_id(store):
    sent = []

    def dies_after_the_receiver_got_it(alert, attempt):
        sent.append((alert.id, attempt))
        raise Crash

    Dispatcher(store, [_target(dies_after_the_receiver_got_it)]).enrol(0)
    _three_alerts(store)
    with pytest.raises(Crash):
        _new_process(store, _target(dies_after_the_receiver_got_it))
    receiver = Receiver()
    _new_process(store, _target(receiver))
    assert receiver.got[0][0] == sent[0][0] and receiver.got[0][2] == 1  # same id, the attempt never recorded
    assert len(receiver.got) == 3 and len(_attempts(store)) == 3


def test_a_crash_after_recording_and_before_the_checkpoint_sends_nothing_twice(store):
    receiver = Receiver()
    dispatcher = Dispatcher(store, [_target(receiver)])
    dispatcher.enrol(0)
    _three_alerts(store)
    dispatcher.run_once()
    dispatcher.close()
    set_consumer_checkpoint(store, "alerts:desk", 0)  # as if the checkpoint never moved
    again = Receiver()
    assert _new_process(store, _target(again)).attempts == () and again.got == []


def test_a_hook_first_seen_is_told_only_what_happens_from_then_on(store):
    feed(store, "kyiv-independent", 10, Said(IZIUM))
    receiver = Receiver()
    dispatcher = Dispatcher(store, [_target(receiver)])
    dispatcher.enrol(store.head())
    assert dispatcher.run_once().attempts == ()
    feed(store, "meduza", 11, Said(IZIUM))  # a second outlet: confirmed
    feed(store, "meduza", 12, Said(BAKHMUT, control="russia"))
    dispatcher.run_once()
    assert [(a.place.name, a.trigger, a.confidence.after) for a in receiver.alerts] == \
        [("Izium", "confidence_upgraded", "confirmed"), ("Bakhmut", "control_changed", "reported")]
    dispatcher.enrol(0)  # enrolling again never moves a checkpoint back
    assert dispatcher.run_once().attempts == ()


def test_an_alert_carries_the_claims_that_moved_it_and_an_analysts_verdict(store):
    receiver = Receiver()
    dispatcher = Dispatcher(store, [_target(receiver)])
    dispatcher.enrol(0)
    feed(store, "tass", 10, Said(LYMAN, control="russia", factuality="unconfirmed", quote="Lyman is reportedly ours."),
         url="https://tass.example/lyman")
    dispatcher.run_once()
    lyman = receiver.alerts[0]
    claim, = lyman.claims
    assert (claim.quote, claim.outlet, claim.url) == ("Lyman is reportedly ours.", "tass", "https://tass.example/lyman")
    assert (lyman.place.oblast, lyman.place.id) == ("Donetsk", LYMAN[0])
    store.append([ClaimVerdict(claim.claim_id, "confirm", "footage", "analyst", datetime(2022, 9, 12, tzinfo=timezone.utc))])
    from monitor.projections.runner import catch_up

    catch_up(store, {})
    dispatcher.run_once()
    confirmed = receiver.alerts[1]
    assert (confirmed.trigger, confirmed.confidence.after) == ("confidence_upgraded", "confirmed")
    assert [(c.claim_id, c.verdict) for c in confirmed.claims] == [(claim.claim_id, "confirm")]


def test_hooks_are_independent_a_dead_one_does_not_hold_the_other(store):
    clock = Clock()
    dead, alive = Receiver(*[False] * 10), Receiver()
    dispatcher = Dispatcher(store, [_target(dead, "dead"), _target(alive, "alive")], clock=clock)
    dispatcher.enrol(0)
    _three_alerts(store)
    dispatcher.run_once()
    assert len(dead.got) == 1 and len(alive.got) == 3
    assert dispatcher.backlog() == {"dead": 3, "alive": 0}


def test_on_a_shared_log_one_dispatcher_sends_and_another_takes_over(store):
    # PostgreSQL: an advisory lock; SQLite: a lock file beside the database (issue 16: a daemon
    # and a `poll --alerts` from cron sent alerts twice).
    first_receiver, second_receiver = Receiver(), Receiver()
    first = Dispatcher(store, [_target(first_receiver)])
    second = Dispatcher(store, [_target(second_receiver)])
    first.enrol(0)
    feed(store, "kyiv-independent", 10, Said(IZIUM))
    assert not first.run_once().standby and len(first_receiver.got) == 1
    feed(store, "meduza", 11, Said(LYMAN, factuality="unconfirmed"))
    assert second.run_once().standby and second_receiver.got == []
    first.close()  # the holder stops (or dies: its session, or its lock file's lock, ends the same way)
    assert not second.run_once().standby
    assert [place for _, place, _ in second_receiver.got] == ["Lyman"]
    second.close()
