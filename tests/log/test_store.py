"""The event store's contract, run against SQLite and a real PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import ClassVar

import pytest
import sqlalchemy as sa

from monitor.domain.events import Event, UnknownEvent
from monitor.domain.upcasting import EventDecoder
from monitor.log import DatabaseUnavailable, EventStore, SchemaOutdated, initialise, open_store
from tests.conftest import REPO
from tests.log.events_factory import T0, article, poll


def _raw(store: EventStore, sql: str) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql(sql)
        conn.commit()


def test_append_then_read_gives_back_equal_typed_events(store):
    events = [article(1), poll(1), article(2)]
    result = store.append(events)
    assert (result.appended, result.duplicates, result.head) == (3, 0, 3)
    read = list(store.read())
    assert [r.event for r in read] == events
    assert [r.position for r in read] == [1, 2, 3]
    assert [r.type for r in read] == ["ArticleSeen", "SourcePolled", "ArticleSeen"]
    assert read[0].stream == "article:art-1" and read[1].stream == "source:ukrinform"
    assert read[0].occurred_at == T0 and read[0].occurred_at.tzinfo is not None
    assert read[0].recorded_at.tzinfo is not None


def test_event_without_world_time_occurs_when_recorded(store):
    store.append([article(1, published=None)])
    (recorded,) = store.read()
    assert recorded.occurred_at == recorded.recorded_at
    assert recorded.event.published is None


def test_same_ten_thousand_events_twice_leave_ten_thousand(store):
    events = [article(i) for i in range(10_000)]
    assert store.append(events).appended == 10_000
    again = store.append(events)
    assert (again.appended, again.duplicates, again.head) == (0, 10_000, 10_000)
    assert sum(1 for _ in store.read()) == 10_000


def test_duplicates_inside_one_batch_are_counted_not_stored(store):
    result = store.append([article(1), article(1), article(2)])
    assert (result.appended, result.duplicates) == (2, 1)


def test_positions_stay_gap_free_across_duplicates_and_failed_batches(store, db_url):
    store.append([article(1), article(2)])
    store.append([article(2), article(3)])  # one duplicate
    _make_key_explode(store, "article:art-5:h5")
    with pytest.raises(DatabaseUnavailable, match="boom"):
        store.append([article(4), article(5), article(6)])
    assert store.head() == 3, "a failed batch must leave nothing behind"
    store.append([article(7)])
    assert [r.position for r in store.read()] == [1, 2, 3, 4]


def _make_key_explode(store: EventStore, key: str) -> None:
    """A trigger that fails one insert, to prove the batch is atomic at the database."""
    if store.engine.dialect.name == "sqlite":
        _raw(store, f"CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.key = '{key}'"
                    " BEGIN SELECT RAISE(ABORT, 'boom'); END")
    else:
        _raw(store, "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$"
                    f" BEGIN IF NEW.key = '{key}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$")
        _raw(store, "CREATE TRIGGER boom BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION boom()")


@pytest.mark.parametrize("statement", ["UPDATE events SET type = 'x'", "DELETE FROM events"])
def test_database_refuses_update_and_delete(store, statement):
    store.append([article(1)])
    with pytest.raises(sa.exc.DBAPIError, match="append-only"):
        _raw(store, statement)
    assert [r.event for r in store.read()] == [article(1)]


def test_postgres_refuses_truncate(store):
    if store.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE exists only on PostgreSQL")
    store.append([article(1)])
    with pytest.raises(sa.exc.DBAPIError, match="append-only"):
        _raw(store, "TRUNCATE events")


def test_read_from_a_position_by_type_in_batches(store):
    store.append([article(i) if i % 2 else poll(i) for i in range(1, 2_501)])
    assert store.head() == 2_500
    batches = list(store.read_batches(after=100, types=["ArticleSeen"], batch_size=300))
    positions = [r.position for batch in batches for r in batch]
    assert positions == list(range(101, 2_501, 2))
    assert [len(b) for b in batches] == [300, 300, 300, 300]
    assert list(r.position for r in store.read(after=2_490, until=2_495)) == [2_491, 2_492, 2_493, 2_494, 2_495]


def test_empty_log_has_head_zero_and_reads_nothing(store):
    assert store.head() == 0
    assert list(store.read()) == []


def test_unknown_event_type_is_kept_and_shown(store):
    store.append([article(1)])
    _insert_raw_row(store, "FutureThing", 3, '{"colour": "teal"}')
    read = list(store.read())
    assert isinstance(read[1].event, UnknownEvent)
    assert read[1].event == UnknownEvent("FutureThing", 3, {"colour": "teal"})


def _insert_raw_row(store: EventStore, type_name: str, version: int, data: str) -> None:
    ts = "'2022-09-10T12:00:00.000000+00:00'"
    cast = "CAST('{}' AS JSONB)".format(data) if store.engine.dialect.name == "postgresql" else f"'{data}'"
    _raw(store, "INSERT INTO events (position, stream, type, version, key, occurred_at, recorded_at, data)"
                f" VALUES ({store.head() + 1}, 'x', '{type_name}', {version}, 'k-{type_name}', {ts}, {ts}, {cast})")


@dataclass(frozen=True, slots=True)
class Renamed(Event):
    """A test type at version 2, whose version 1 called ``outlet`` ``publisher``."""

    TYPE: ClassVar[str] = "Renamed"
    VERSION: ClassVar[int] = 2
    outlet: str

    @property
    def stream(self) -> str:
        return "test"

    @property
    def key(self) -> str:
        return f"renamed:{self.outlet}"


def test_older_versions_are_upcast_on_read(store):
    _insert_raw_row(store, "Renamed", 1, '{"publisher": "Ukrinform"}')
    decoder = EventDecoder({"Renamed": Renamed}, {("Renamed", 1): lambda d: {"outlet": d["publisher"]}})
    upcasting = EventStore(store.engine, decoder)
    (recorded,) = upcasting.read()
    assert recorded.event == Renamed("Ukrinform")
    assert recorded.version == 1, "the stored row is never rewritten"


def test_follow_yields_events_as_they_land(store):
    store.append([article(0)])
    stop = threading.Event()
    seen: list[int] = []
    got_all = threading.Event()

    def consume() -> None:
        for recorded in store.follow(after=0, stop=stop, poll_interval=0.01):
            seen.append(recorded.position)
            if len(seen) == 51:
                got_all.set()

    thread = threading.Thread(target=consume)
    thread.start()
    for i in range(1, 51):
        store.append([article(i)])
    assert got_all.wait(10), f"follower saw only {len(seen)} events"
    stop.set()
    thread.join(5)
    assert not thread.is_alive()
    assert seen == list(range(1, 52))


def test_uninitialised_database_is_refused_with_a_hint(db_url):
    if db_url.startswith("sqlite"):
        sa.create_engine(db_url).connect().close()  # an empty file
    with pytest.raises(SchemaOutdated, match="monitor init"):
        open_store(db_url)
    initialise(db_url)
    open_store(db_url).engine.dispose()


WORKER = REPO / "tests" / "log" / "concurrent_worker.py"


def test_two_writers_and_a_follower_in_separate_processes(store, db_url):
    """The follower sees every event exactly once, in gap-free position order."""
    per_writer = 300
    env = {"PYTHONPATH": str(REPO)}
    follower = subprocess.Popen([sys.executable, str(WORKER), "follow", db_url, str(2 * per_writer)],
                                stdout=subprocess.PIPE, text=True, env=env)
    writers = [subprocess.Popen([sys.executable, str(WORKER), "append", db_url, name, str(per_writer)], env=env)
               for name in ("a", "b")]
    for writer in writers:
        assert writer.wait(120) == 0
    out, _ = follower.communicate(timeout=120)
    assert follower.returncode == 0
    lines = [line.split() for line in out.splitlines()]
    positions = [int(p) for p, _ in lines]
    keys = [k for _, k in lines]
    assert positions == list(range(1, 2 * per_writer + 1))
    assert len(set(keys)) == 2 * per_writer
    assert {k.split(":")[1].split("-")[0] for k in keys} == {"a", "b"}
