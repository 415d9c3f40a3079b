"""The daemon's store backoff (StoreHealth) on a clock the test moves: one line per outage,
tries 2 s then doubling, and only a failed try moves the backoff on."""

from __future__ import annotations

from monitor.service.store_health import StoreHealth


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _health():
    clock, lines = Clock(), []
    return StoreHealth(lines.append, clock=clock), clock, lines


def _tries(health: StoreHealth, clock: Clock, until: float) -> list[float]:
    """The moments (seconds after the outage began) a write is let through, failing each."""
    start, granted = clock.now, []
    while clock.now - start < until:
        if health.may_write():
            granted.append(round(clock.now - start, 1))
            health.failed("database or disk is full")
        clock.now += 0.5
    return granted


def test_writes_in_flight_when_the_outage_begins_do_not_push_the_first_try_back():
    health, clock, lines = _health()
    for _ in range(31):  # thirty-one polls in flight fail one after another
        health.failed("database or disk is full")
    assert len(lines) == 1 and "store=unavailable" in lines[0] and "trying again in 2s" in lines[0]
    assert _tries(health, clock, 70) == [2.0, 6.0, 14.0, 30.0, 62.0]


def test_a_try_that_goes_through_ends_the_outage_in_one_line():
    health, clock, lines = _health()
    assert health.may_write()
    health.failed("gone")
    assert not health.ok and not health.may_write()
    clock.now += 2
    assert health.may_write() and not health.may_write()  # one try at a time
    health.failed("late write of a poll begun before the outage")  # taken as the try's failure
    health.failed("the try itself")  # not a try any more: the backoff stands
    clock.now += 3.9
    assert not health.may_write()
    clock.now += 0.1
    assert health.may_write()
    health.succeeded()
    assert health.ok and health.may_write()
    assert [line.split()[0] for line in lines] == ["store=unavailable", "store=available"]
    assert health.outages == 1
