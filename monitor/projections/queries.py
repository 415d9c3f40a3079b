"""Reading the front projection: statuses, unconfirmed reports, a place's timeline.

Live answers read the projection's tables; as-of answers read a model folded in memory.
Both come back as the same row types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from monitor.gazetteer import load_gazetteer
from monitor.log import EventStore
from monitor.projections import tables as t
from monitor.projections.front import MemoryModel
from monitor.projections.fusion import usable
from monitor.projections.rows import ArticleRow, ClaimRow, StatusRow, TransitionRow
from monitor.projections.sql_model import claim_from_row, status_from_row


@dataclass(frozen=True)
class FrontView:
    """Everything the status, reports and place commands show, from one source."""

    statuses: list[StatusRow]
    claims: dict[str, ClaimRow]
    articles: dict[str, ArticleRow]
    transitions: list[TransitionRow]


def live_view(store: EventStore) -> FrontView:
    with store.engine.connect() as conn:
        statuses = [status_from_row(r) for r in conn.execute(sa.select(t.status))]
        claims = {c.claim_id: c for c in (claim_from_row(r) for r in conn.execute(sa.select(t.claims)))}
        articles = {r.article_id: ArticleRow(*r) for r in conn.execute(sa.select(t.articles))}
        transitions = [TransitionRow(**{**r._mapping, "causes": tuple(r.causes)})
                       for r in conn.execute(sa.select(t.history).order_by(t.history.c.position))]
    return FrontView(statuses, claims, articles, transitions)


def memory_view(model: MemoryModel) -> FrontView:
    return FrontView(list(model.statuses.values()), dict(model.claims), dict(model.articles),
                     list(model.transitions))


def oblast_of(status: StatusRow) -> str:
    place = load_gazetteer().get(status.place_id) if status.place_id else None
    return place.oblast if place else ""


def filter_oblast(statuses: list[StatusRow], oblast: str | None) -> list[StatusRow]:
    if not oblast:
        return statuses
    wanted = _oblast_key(oblast)
    return [s for s in statuses if _oblast_key(oblast_of(s)) == wanted]


def _oblast_key(name: str) -> str:
    key = name.lower().replace("oblast", "").replace("region", "").strip()
    for suffix in ("ska", "ska ", "s'ka"):
        key = key.removesuffix(suffix)
    return key.strip()


def sorted_statuses(statuses: list[StatusRow]) -> list[StatusRow]:
    return sorted(statuses, key=lambda s: (oblast_of(s), s.place))


def unconfirmed_reports(view: FrontView) -> list[ClaimRow]:
    """Claims not yet corroborated: for places whose status is only unconfirmed or reported."""
    weak = {s.place_key: s for s in view.statuses if s.confidence in ("unconfirmed", "reported")}
    found = [c for c in view.claims.values() if c.place_key in weak and c.control == weak[c.place_key].control
             and usable(c.factuality, c.historical) and c.verdict != "reject"]
    return sorted(found, key=lambda c: (c.time, c.position), reverse=True)


def place_keys(view: FrontView, name: str) -> set[str]:
    """The places a user's name means: any spelling the gazetteer knows, or the name as read."""
    ids = {p.id for p in load_gazetteer().lookup(name)}
    wanted = name.strip().lower()
    return {c.place_key for c in view.claims.values() if c.place_id in ids or c.place.lower() == wanted}


@dataclass(frozen=True)
class TimelineEntry:
    time: datetime
    kind: str  # claim | change
    claim: ClaimRow | None
    transition: TransitionRow | None


def timeline(view: FrontView, keys: set[str]) -> list[TimelineEntry]:
    entries = [TimelineEntry(c.time, "claim", c, None) for c in view.claims.values() if c.place_key in keys]
    entries += [TimelineEntry(r.at, "change", None, r) for r in view.transitions if r.place_key in keys]
    return sorted(entries, key=lambda e: (e.time, e.kind != "claim",
                                          e.claim.position if e.claim else e.transition.position))
