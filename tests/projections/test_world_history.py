"""The status history is in world time: any recording order of the same articles gives the same history.

The seed articles and a generated log are recorded in many orders. Each order is folded
in memory (a rebuild's and an as-of answer's path) and, for some, caught up article by
article in a real database (the live path, which extends a place's history when news
comes in publication order and folds it again when an older article arrives). Every
one must give the same history per place (at, from, to), the same status rows, and the
live table must equal the as-of answer at the log's end.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.claims import Claim
from monitor.domain.events import ArticleSeen, ClaimsExtracted, ClaimVerdict
from monitor.log import Recorded, initialise, open_store
from monitor.projections.front import fold_events
from monitor.projections.queries import live_view, memory_view
from monitor.projections.runner import as_of, catch_up, rebuild
from monitor.projections.world_history import world_history
from monitor.service.extraction import extract_articles
from monitor.sources.files import read_paths
from tests.conftest import REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"
NOW = datetime(2030, 1, 1, tzinfo=timezone.utc)
Pair = tuple[ArticleSeen, ClaimsExtracted]


@pytest.fixture(scope="module")
def seed_pairs(tmp_path_factory) -> list[Pair]:
    """Each seed article with the claims the extractor reads from it (extracted once)."""
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    initialise(db)
    store = open_store(db)
    store.append(read_paths([SAMPLE], source="sample").articles)
    extract_articles(store, {})
    seen = {r.event.article_id: r.event for r in store.read(types=[ArticleSeen.TYPE])}
    pairs = [(seen[r.event.article_id], r.event) for r in store.read(types=[ClaimsExtracted.TYPE])]
    store.engine.dispose()
    return pairs


def generated_pairs(seed: int, articles: int = 40) -> tuple[list[Pair], list[tuple[int, str]]]:
    """A log of invented reporting on six places: dated to the day (ties) or the minute, from
    outlets of both sides and independent ones, every kind of claim; and verdicts to give.

    As in real reporting, a speaker keeps its side and an outlet its source (fusion counts
    a source for the side it was first heard for).
    """
    rng = random.Random(seed)
    places = [(f"UA-TEST-{i}", f"Place{i}") for i in range(6)]
    speakers = {None: "outlet", "the Russian Defence Ministry": "russia", "the General Staff": "ukraine",
                "a Telegram channel": "russia", "ISW": "third_party", "the regional governor": "ukraine",
                "both armies": "both"}
    outlets = {f"Outlet {i}": source for i, source in enumerate(["ua-outlet", "ru-outlet", "indie"] * 2)}
    start = datetime(2022, 9, 1, tzinfo=timezone.utc)
    pairs = []
    for n in range(articles):
        day = start + timedelta(days=rng.randrange(12))
        published = day if rng.random() < 0.5 else day + timedelta(minutes=rng.randrange(24 * 60))
        article_id = f"art-{n:03d}"
        claims = []
        for place_id, name in rng.sample(places, rng.randint(1, 3)):
            speaker = rng.choice(list(speakers))
            claims.append(Claim(f"c{n:03d}{place_id[-1]}", place_id, name, rng.choice(["ukraine", "russia", "contested"]),
                                rng.choice(["asserted", "attributed", "unconfirmed", "predicted", "asserted"]),
                                rng.random() < 0.1, speakers[speaker], speaker, f"claim {n} about {name}", 0, 10,
                                "test"))
        outlet = rng.choice(list(outlets))
        seen = ArticleSeen(article_id, outlets[outlet], outlet, f"https://example.org/{article_id}", f"Article {n}",
                           published, "text", f"h{n}", "en")
        pairs.append((seen, ClaimsExtracted(article_id, f"h{n}", "test-1", published, tuple(claims))))
    judged = [(rng.randrange(articles), rng.choice(["confirm", "reject"])) for _ in range(3)]
    return pairs, judged


AFFILIATIONS = {"ua-outlet": "ukraine", "ru-outlet": "russia"}


def recorded(pairs: list[Pair], verdicts: list[ClaimVerdict] = ()) -> list[Recorded]:
    """The events as a log would hold them in this order (verdicts after every article)."""
    events = [e for pair in pairs for e in pair] + list(verdicts)
    return [Recorded(i + 1, e.stream, e.TYPE, 1, e.key, e.occurred_at or NOW, NOW, e) for i, e in enumerate(events)]


def verdicts_for(pairs: list[Pair], judged: list[tuple[int, str]]) -> list[ClaimVerdict]:
    found = []
    for index, verdict in judged:
        claims = pairs[index][1].claims
        if claims:
            found.append(ClaimVerdict(claims[0].claim_id, verdict, "test", "analyst",
                                      datetime(2022, 9, 20, tzinfo=timezone.utc) + timedelta(hours=len(found))))
    return found


def history(view) -> dict[str, list[tuple]]:
    """Per place, its transitions as the world saw them (what no recording order may change)."""
    found: dict[str, list[tuple]] = {}
    for status_key in sorted({r.place_key for r in view.recent_transitions(100_000)}):
        found[status_key] = [(r.at, r.from_control, r.from_confidence, r.to_control, r.to_confidence)
                             for r in view.transitions_of([status_key])]
    return found


def table(view) -> list[tuple]:
    return sorted((s.place_key, s.control, s.confidence, s.since, s.latest, s.sources_ukraine, s.sources_russia,
                   s.sources_independent, s.last_confirmed, s.deciding) for s in view.statuses)


def folded(pairs: list[Pair], verdicts=(), affiliations=AFFILIATIONS):
    model = fold_events(recorded(pairs, verdicts), affiliations)
    return memory_view(model, store=None)


def test_every_order_of_the_seed_articles_gives_the_same_history(seed_pairs):
    expected = folded(seed_pairs, affiliations={})
    assert history(expected) and len(table(expected)) == 12
    for order in itertools.permutations(seed_pairs):
        view = folded(list(order), affiliations={})
        assert history(view) == history(expected)
        assert table(view) == table(expected)


def test_the_seed_history_is_in_world_time(seed_pairs):
    """The issue's three contradictions are gone: no first status after a later one, no
    "since" before the first status, nothing dated after the newest article."""
    newest = max(event.published for _, event in seed_pairs)
    for order in (seed_pairs, list(reversed(seed_pairs))):
        view = folded(list(order), affiliations={})
        for place_key, changes in history(view).items():
            times = [at for at, *_ in changes]
            assert times == sorted(times) and times[-1] <= newest, place_key
            assert changes[0][1] is None  # the first transition is the place's first status
        for status in view.statuses:
            first = history(view)[status.place_key][0][0]
            assert first <= status.since <= newest


def test_every_order_of_a_generated_log_gives_the_same_history():
    for seed in range(4):
        pairs, judged = generated_pairs(seed)
        verdicts = verdicts_for(pairs, judged)
        expected = folded(pairs, verdicts)
        assert history(expected)
        rng = random.Random(seed)
        for _ in range(25):
            order = pairs[:]
            rng.shuffle(order)
            view = folded(order, verdicts)
            assert history(view) == history(expected), f"seed {seed}"
            assert table(view) == table(expected), f"seed {seed}"


def _caught_up_one_by_one(store, pairs: list[Pair], verdicts: list[ClaimVerdict], rng: random.Random) -> None:
    """Articles recorded in this order, the projection caught up after random runs of them."""
    for index, pair in enumerate(pairs):
        store.append(list(pair))
        if rng.random() < 0.6 or index == len(pairs) - 1:
            catch_up(store, AFFILIATIONS)
    for verdict in verdicts:
        store.append([verdict])
        catch_up(store, AFFILIATIONS)


@pytest.mark.parametrize("seed", [0, 1])
def test_the_live_history_equals_the_fold_in_world_order_and_as_of_now(db_url, seed):
    """Caught up live in a shuffled order: the same history and table as a fold in publication
    order, as a rebuild, and as the as-of answer at the log's end."""
    pairs, judged = generated_pairs(seed, articles=30)
    verdicts = verdicts_for(pairs, judged)
    in_world_order = sorted(pairs, key=lambda pair: (pair[1].published, pair[0].article_id))
    expected = folded(in_world_order, verdicts)
    rng = random.Random(seed)
    order = pairs[:]
    rng.shuffle(order)
    initialise(db_url)
    store = open_store(db_url)
    try:
        _caught_up_one_by_one(store, order, verdicts, rng)
        live = live_view(store)
        assert history(live) == history(expected)
        assert table(live) == table(expected)
        at_end = memory_view(as_of(store, NOW, AFFILIATIONS), store)
        assert table(at_end) == table(live) and history(at_end) == history(live)
        rebuild(store, AFFILIATIONS)
        assert history(live_view(store)) == history(expected) and table(live_view(store)) == table(expected)
    finally:
        store.engine.dispose()


def test_a_late_article_moves_the_history_at_its_own_moment(seed_pairs):
    """Kupiansk recorded from the newest article back: its first status is at the oldest
    report, and it is confirmed when the second source spoke, not when it was recorded."""
    backwards = sorted(seed_pairs, key=lambda pair: pair[1].published, reverse=True)
    view = folded(backwards, affiliations={})
    kupiansk = next(s for s in view.statuses if s.place == "Kupiansk")
    changes = view.transitions_of([kupiansk.place_key])
    first_report = min(e.published for _, e in seed_pairs if any(c.place == "Kupiansk" for c in e.claims))
    assert changes[0].at == first_report and changes[0].from_control is None
    assert [c.at for c in changes] == sorted(c.at for c in changes)


def test_a_verdict_counts_from_when_it_was_given():
    """An analyst's confirmation changes the history from the moment it was given, not before."""
    pairs, _ = generated_pairs(7, articles=12)
    plain = folded(pairs)
    given = datetime(2022, 9, 30, tzinfo=timezone.utc)
    moved = 0
    for claim in (c for _, e in pairs for c in e.claims if c.control in ("ukraine", "russia")):
        judged = folded(pairs, [ClaimVerdict(claim.claim_id, "confirm", "seen", "analyst", given)])
        changes = judged.transitions_of([claim.place_id])
        assert [r for r in changes if r.at < given] == [r for r in plain.transitions_of([claim.place_id])
                                                         if r.at < given]
        if changes and changes[-1].at == given:
            moved += 1
            assert changes[-1].causes == (f"verdict:confirm:{claim.claim_id}",)
    assert moved  # some verdicts changed a status, at their own moment


def test_world_history_of_no_usable_claims_is_empty():
    assert world_history("k", "K", []).transitions == ()
