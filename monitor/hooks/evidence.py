"""Turning a status transition into an alert: the place from the gazetteer, the claims
that moved it read back from the log (the projection keeps positions, not quotes)."""

from __future__ import annotations

from collections.abc import Callable

from monitor.domain.claims import Claim
from monitor.domain.events import ClaimsExtracted
from monitor.gazetteer import Gazetteer, load_gazetteer
from monitor.hooks.alerts import Alert, Change, ClaimInfo, PlaceInfo, alert_id
from monitor.log import EventStore, Recorded
from monitor.projections.history_feed import articles_of
from monitor.projections.rows import TransitionRow

VERDICT_PREFIX = "verdict:"


class AlertMaker:
    def __init__(self, store: EventStore, gazetteer: Callable[[], Gazetteer] = load_gazetteer) -> None:
        self.store = store
        self._gazetteer = gazetteer

    def oblast_id(self, place_key: str) -> str | None:
        place = None if place_key.startswith("name:") else self._gazetteer().get(place_key)
        return place.oblast_id if place else None

    def place(self, row: TransitionRow) -> PlaceInfo:
        found = None if row.place_key.startswith("name:") else self._gazetteer().get(row.place_key)
        if found is None:
            return PlaceInfo(row.place_key, None, row.place, None, None, None)
        return PlaceInfo(row.place_key, found.id, found.name, found.oblast, found.lat, found.lon)

    def make(self, hook: str, trigger: str, row: TransitionRow) -> Alert:
        return Alert(alert_id(hook, row.position, row.place_key), hook, trigger, row.position, row.at,
                     self.place(row), Change(row.from_control, row.to_control),
                     Change(row.from_confidence, row.to_confidence), self.claims(row))

    def claims(self, row: TransitionRow) -> tuple[ClaimInfo, ...]:
        """The claims named as the transition's causes, those for the new control first."""
        verdicts = dict(reversed(c.removeprefix(VERDICT_PREFIX).split(":", 1))
                        for c in row.causes if c.startswith(VERDICT_PREFIX))
        wanted = {c for c in row.causes if not c.startswith(VERDICT_PREFIX)}
        events = self.store.read_at([row.position])
        for claim_id in verdicts:
            positions = self.store.positions_mentioning(ClaimsExtracted.TYPE, "claim_id", claim_id, limit=20)
            events.update(self.store.read_at(positions))
        found: dict[str, tuple[Claim, ClaimsExtracted, Recorded]] = {}
        for position in sorted(events):  # a newer extraction of the same claim wins
            recorded = events[position]
            if isinstance(recorded.event, ClaimsExtracted):
                for claim in recorded.event.claims:
                    if claim.claim_id in wanted or claim.claim_id in verdicts:
                        found[claim.claim_id] = (claim, recorded.event, recorded)
        articles = articles_of(self.store, {event.article_id for _, event, _ in found.values()})
        infos = []
        for claim, event, recorded in found.values():
            article = articles.get(event.article_id)
            infos.append(ClaimInfo(claim.claim_id, claim.evidence, claim.control, claim.factuality, claim.speaker,
                                   article.outlet if article else None, article.source if article else None,
                                   article.url if article else None, article.title if article else None,
                                   event.published or recorded.occurred_at, verdicts.get(claim.claim_id)))
        return tuple(sorted(infos, key=lambda c: c.control != row.to_control))
