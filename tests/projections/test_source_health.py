"""Source health folded from the log: last poll, status, failures in a row, why, latency; as of a moment."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.domain.events import SourceFailed, SourcePolled
from monitor.projections.source_health import SourceHealthFold, source_health

T = datetime(2022, 9, 14, 5, tzinfo=timezone.utc)


def polled(source: str, minutes: int, items: int = 10, not_modified: bool = False, ms: float = 100.0):
    return SourcePolled(source, f"https://{source}/feed", T + timedelta(minutes=minutes), 304 if not_modified else 200,
                        not_modified, None, None, items, 0, ms)


def failed(source: str, minutes: int, in_a_row: int, reason: str = "timeout"):
    return SourceFailed(source, f"https://{source}/feed", T + timedelta(minutes=minutes), reason, None, in_a_row,
                        T + timedelta(minutes=minutes + 5))


def test_health_follows_each_sources_latest_fetch(store):
    store.append([polled("a", 0, items=12), polled("a", 10, not_modified=True, ms=20.0), failed("b", 0, 1),
                  failed("b", 5, 2, "HTTP 503"), polled("c", 0), failed("c", 5, 1), polled("c", 10, ms=50.0)])
    rows = {r.source: r for r in source_health(store)}
    assert (rows["a"].health, rows["a"].items, rows["a"].latency_ms, rows["a"].polls) == ("ok", 12, 20.0, 2)
    b = rows["b"]
    assert (b.health, b.failures, b.reason, b.last_success, b.next_try) == (
        "failing", 2, "HTTP 503", None, T + timedelta(minutes=10))
    assert (rows["c"].health, rows["c"].failures, rows["c"].reason, rows["c"].polls) == ("ok", 0, None, 3)


def test_a_late_recorded_older_fetch_changes_nothing_and_catch_up_is_incremental(store):
    fold = SourceHealthFold()
    store.append([polled("a", 10)])
    assert fold.catch_up(store) == 1
    store.append([failed("a", 5, 1)])
    assert fold.catch_up(store) == 1 and fold.catch_up(store) == 0
    [row] = fold.rows()
    assert row.health == "ok" and row.last_poll == T + timedelta(minutes=10)


def test_health_as_of_a_moment_ignores_later_fetches(store):
    store.append([polled("a", 0), failed("a", 30, 1), polled("b", 40)])
    [a] = source_health(store, until=T + timedelta(minutes=10))
    assert (a.source, a.health) == ("a", "ok")
