"""The fold's shortcuts never change an answer: after every event, each place's mark equals
fusing all of its claims so far from scratch."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.claims import Claim
from monitor.domain.events import ArticleSeen, ClaimsExtracted
from monitor.log import Recorded
from monitor.projections.front import FrontFold, MemoryModel
from monitor.projections.fusion import fuse

T0 = datetime(2023, 5, 1, tzinfo=timezone.utc)
SPEAKERS = [(None, "outlet"), ("the Russian Defence Ministry", "russia"), ("Ukraine's General Staff", "ukraine"),
            ("a Telegram channel", "russia"), ("the Institute for the Study of War", "third_party")]


def _events(seed: int, count: int) -> list[Recorded]:
    rng = random.Random(seed)
    places = [(f"UA{n}", f"Place {n}") for n in range(6)]
    recorded = []
    for i in range(count):
        published = T0 + timedelta(hours=rng.randrange(0, 200))
        article = ArticleSeen(f"a{i}", "s", f"Outlet {rng.randrange(5)}", None, "t", published, "", "h", "en")
        recorded.append(Recorded(2 * i + 1, "", article.TYPE, 1, "", published, published, article))
        claims = []
        for j in range(rng.randrange(1, 4)):
            place_id, name = rng.choice(places)
            speaker, side = rng.choice(SPEAKERS)
            claims.append(Claim(f"c{i}-{j}", place_id, name, rng.choice(("ukraine", "ukraine", "russia", "contested")),
                                rng.choice(("asserted", "attributed", "unconfirmed")) if speaker else "asserted",
                                False, side, speaker, "evidence", 0, 8, "test"))
        event = ClaimsExtracted(f"a{i}", "h", "v", published, tuple(claims))
        recorded.append(Recorded(2 * i + 2, "", event.TYPE, 1, "", published, published, event))
    return recorded


@pytest.mark.parametrize("seed", range(12))
def test_marks_equal_fusion_from_scratch_after_every_event(seed):
    model = MemoryModel()
    fold = FrontFold(model, {})
    for recorded in _events(seed, 120):
        fold.apply(recorded)
        for place_key, mark in model.marks.items():
            claims = [c.evidence for c in model.claims_of_place(place_key) if c.evidence is not None]
            expected = fuse(claims)
            assert (mark.control, mark.confidence) == (expected.control, expected.confidence), place_key
