"""The front projection on both backends: catch-up, rebuild, versions, verdicts, as-of."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from monitor.domain.events import ClaimVerdict
from monitor.projections import replay
from monitor.projections import tables as t
from monitor.projections.queries import live_view, memory_view
from monitor.log import open_store
from monitor.projections.runner import TABLES, as_of, catch_up, rebuild
from monitor.projections.sql_model import SqlModel
from monitor.service.extraction import extract_articles
from monitor.sources.files import read_paths
from tests.conftest import REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"
FAR_FUTURE = datetime(2999, 1, 1, tzinfo=timezone.utc)


def _rows(store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        return {table.name: sorted(tuple(map(str, row)) for row in conn.execute(sa.select(table)))
                for table in TABLES}


def _feed_one_by_one(store) -> None:
    for article in read_paths([SAMPLE]).articles:
        store.append([article])
        extract_articles(store)
        catch_up(store, {})


def test_rebuild_gives_exactly_the_rows_of_incremental_catch_up(store):
    _feed_one_by_one(store)
    incremental = _rows(store)
    assert len(incremental["front_status"]) == 12 and incremental["front_history"]
    rebuild(store, {})
    assert _rows(store) == incremental


def test_rebuild_equals_catch_up_after_verdicts_and_a_new_extractor_version(store):
    _feed_one_by_one(store)
    view = live_view(store)
    lyman = next(s for s in view.statuses if s.place == "Lyman")
    kupiansk = next(s for s in view.statuses if s.place == "Kupiansk")
    store.append([ClaimVerdict(lyman.deciding[0], "confirm", "footage", "analyst", datetime(2022, 9, 13, tzinfo=timezone.utc)),
                  ClaimVerdict(kupiansk.deciding[0], "reject", "misread", "analyst",
                               datetime(2022, 9, 13, tzinfo=timezone.utc))])
    catch_up(store, {})
    extract_articles(store, {}, version="rules-next")  # every article's claims replaced, with the same ids
    catch_up(store, {})
    incremental = _rows(store)
    assert len(incremental["front_verdicts"]) == 2  # a verdict stays with its claim
    rebuild(store, {})
    assert _rows(store) == incremental


@pytest.mark.parametrize("parts, in_thread", [(2, False), (3, True)], ids=["forked", "spawned-from-a-thread"])
def test_a_rebuild_split_across_processes_gives_the_same_rows(store, parts, in_thread):
    """Places folded in several processes: the rows (source numbers included) are those of one fold."""
    _feed_one_by_one(store)
    lyman = next(s for s in live_view(store).statuses if s.place == "Lyman")
    store.append([ClaimVerdict(lyman.deciding[0], "reject", "misread", "analyst",
                               datetime(2022, 9, 13, tzinfo=timezone.utc))])
    extract_articles(store, {}, version="rules-next")
    catch_up(store, {})
    incremental = _rows(store)
    if in_thread:  # as in the daemon: forking a threaded process is avoided
        with ThreadPoolExecutor(1) as pool:
            applied = pool.submit(rebuild, store, {}, None, parts).result()
    else:
        applied = rebuild(store, {}, parts=parts)
    assert applied > 0
    assert _rows(store) == incremental


def test_a_failing_part_process_is_a_clear_error(store, monkeypatch):
    _feed_one_by_one(store)
    before = _rows(store)
    monkeypatch.setattr(replay, "open_store", lambda url, check_schema: 1 / 0)  # the forked part fails
    with pytest.raises(replay.ReplayFailed, match="monitor-replay-1 failed: ZeroDivisionError"):
        rebuild(store, {}, parts=2)
    assert _rows(store) == before  # nothing replaced


def test_a_warm_catch_up_notices_that_another_process_moved_the_projection(store, db_url):
    """Each store keeps the places its last batch left; taking turns, each must see the other's batches."""
    other = open_store(db_url)
    try:
        for turn, article in enumerate(read_paths([SAMPLE]).articles):
            store.append([article])
            extract_articles(store)
            catch_up(other if turn % 2 else store, {})
    finally:
        other.engine.dispose()
    taking_turns = _rows(store)
    rebuild(store, {})
    assert _rows(store) == taking_turns


def test_a_failed_batch_leaves_nothing_behind(store, monkeypatch):
    articles = read_paths([SAMPLE]).articles
    store.append(articles[:3])
    extract_articles(store)
    catch_up(store, {})
    store.append(articles[3:])
    extract_articles(store)
    monkeypatch.setattr(SqlModel, "flush", lambda self: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        catch_up(store, {})
    monkeypatch.undo()
    catch_up(store, {})
    after_failure = _rows(store)
    rebuild(store, {})
    assert _rows(store) == after_failure


def test_catch_up_is_incremental_and_idempotent(store):
    _feed_one_by_one(store)
    assert catch_up(store, {}) == 0
    with store.engine.connect() as conn:
        checkpoint = conn.execute(sa.select(t.checkpoints.c.position)).scalar_one()
    assert checkpoint == store.head()


def test_a_changed_affiliation_rebuilds_the_projection(store):
    _feed_one_by_one(store)
    def russian_sources() -> int:
        return sum(s.sources_russia for s in live_view(store).statuses)

    before = russian_sources()
    catch_up(store, {"local": "russia"})
    assert russian_sources() > before


def test_an_analyst_verdict_changes_the_status_and_shows_in_history(store):
    _feed_one_by_one(store)
    view = live_view(store)
    lyman = next(s for s in view.statuses if s.place == "Lyman")
    assert lyman.confidence == "unconfirmed"
    store.append([ClaimVerdict(lyman.deciding[0], "confirm", "geolocated footage", "analyst",
                               datetime(2022, 9, 13, tzinfo=timezone.utc))])
    catch_up(store, {})
    view = live_view(store)
    assert next(s for s in view.statuses if s.place == "Lyman").confidence == "confirmed"
    last = view.transitions_of([lyman.place_key])[-1]
    assert (last.to_confidence, last.causes) == ("confirmed", (f"verdict:confirm:{lyman.deciding[0]}",))
    store.append([ClaimVerdict(lyman.deciding[0], "reject", "false", "analyst",
                               datetime(2022, 9, 14, tzinfo=timezone.utc))])
    catch_up(store, {})
    assert not any(s.place == "Lyman" for s in live_view(store).statuses)


def test_as_of_now_equals_the_live_table(store):
    _feed_one_by_one(store)
    live = {(s.place, s.control, s.confidence) for s in live_view(store).statuses}
    then = {(s.place, s.control, s.confidence) for s in memory_view(as_of(store, FAR_FUTURE, {}), store).statuses}
    assert live == then


def test_fighting_reads_as_of_the_moment_asked_about(store, tmp_path):
    """Lysychansk is reported contested on 12 Sep 2022. When later news (about elsewhere)
    comes more than a month after with nothing newer about Lysychansk, its fighting has
    expired: the live front and the as-of answer for that later moment no longer show it
    contested, while the as-of answer for 12 Sep still does (fusion R6)."""
    _feed_one_by_one(store)
    assert {s.place: s.control for s in live_view(store).statuses}["Lysychansk"] == "contested"
    later = tmp_path / "later.txt"
    later.write_text("date 2022-10-30\nUkrainian forces liberated Kupiansk, officials said.", encoding="utf-8")
    store.append(read_paths([later]).articles)
    extract_articles(store)
    catch_up(store, {})
    live = {s.place: s.control for s in live_view(store).statuses}
    assert live.get("Lysychansk") != "contested"
    then = datetime(2022, 9, 12, 23, 59, tzinfo=timezone.utc)
    assert {s.place: s.control for s in memory_view(as_of(store, then, {}), store).statuses}["Lysychansk"] \
        == "contested"
    assert {s.place: s.control for s in memory_view(as_of(store, FAR_FUTURE, {}), store).statuses} == live
