"""Articles with hand-made claims, straight into a log, and the front caught up: transitions
the alert tests control exactly, without the extractor."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from monitor.domain.claims import Claim
from monitor.domain.events import ArticleSeen, ClaimsExtracted
from monitor.log import EventStore
from monitor.projections.runner import catch_up

IZIUM = ("UA63040090010029555", "Izium")
LYMAN = ("UA14120110010088407", "Lyman")
KUPIANSK = ("UA63080090010026457", "Kupiansk")
BAKHMUT = ("UA14020010010059145", "Bakhmut")


@dataclass(frozen=True)
class Said:
    place: tuple[str, str]
    control: str = "ukraine"
    factuality: str = "asserted"
    side: str = "outlet"
    speaker: str | None = None
    quote: str | None = None


def feed(store: EventStore, outlet: str, day: int, *claims: Said, url: str | None = None) -> int:
    """One article of ``outlet`` published on ``day`` September 2022 saying ``claims``; returns its position."""
    published = datetime(2022, 9, day, 12, tzinfo=timezone.utc)
    key = f"{outlet}:{day}:{claims}"
    aid = hashlib.sha256(key.encode()).hexdigest()[:20]
    text = " ".join(c.quote or f"{c.place[1]} is held by {c.control}." for c in claims)
    made = tuple(Claim(hashlib.sha256(f"{aid}:{i}".encode()).hexdigest()[:16], c.place[0], c.place[1], c.control,
                       c.factuality, False, c.side, c.speaker, c.quote or f"{c.place[1]} is held by {c.control}.",
                       0, 10, "test") for i, c in enumerate(claims))
    result = store.append([
        ArticleSeen(aid, "desk", outlet, url or f"https://{outlet}.example/{day}", f"{outlet} on {day} Sept",
                    published, text, aid, "en"),
        ClaimsExtracted(aid, aid, "test", published, made)])
    catch_up(store, {})
    return result.head
