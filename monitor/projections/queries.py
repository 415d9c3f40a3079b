"""Reading the front projection: statuses, unconfirmed reports, a place's timeline.

Live answers read the projection's tables; as-of answers read a model folded in memory.
Both come back as the same row types.
"""

from __future__ import annotations

from collections.abc import Iterable
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


class FrontView:
    """What the status, reports and place commands show: all statuses, and the claims,
    articles and transitions they ask for (never the whole claim table at once)."""

    statuses: list[StatusRow]

    def claims(self, claim_ids: Iterable[str]) -> dict[str, ClaimRow]: ...
    def claims_of_places(self, place_keys: Iterable[str]) -> list[ClaimRow]: ...
    def claims_named(self, place_ids: Iterable[str], name: str) -> list[ClaimRow]: ...
    def claims_with_prefix(self, prefix: str) -> list[ClaimRow]: ...
    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]: ...
    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]: ...


class LiveView(FrontView):
    """The projection's tables, queried for what is asked."""

    def __init__(self, store: EventStore) -> None:
        self._engine = store.engine
        with self._engine.connect() as conn:
            self.statuses = [status_from_row(r) for r in conn.execute(sa.select(t.status))]

    def _rows(self, query) -> list:
        with self._engine.connect() as conn:
            return list(conn.execute(query))

    def claims(self, claim_ids: Iterable[str]) -> dict[str, ClaimRow]:
        ids = list(claim_ids)
        rows = [claim_from_row(r) for i in range(0, len(ids), 500)
                for r in self._rows(sa.select(t.claims).where(t.claims.c.claim_id.in_(ids[i:i + 500])))]
        return {c.claim_id: c for c in rows}

    def claims_of_places(self, place_keys: Iterable[str]) -> list[ClaimRow]:
        keys = list(place_keys)
        return [claim_from_row(r) for i in range(0, len(keys), 500)
                for r in self._rows(sa.select(t.claims).where(t.claims.c.place_key.in_(keys[i:i + 500])))]

    def claims_named(self, place_ids: Iterable[str], name: str) -> list[ClaimRow]:
        condition = sa.or_(t.claims.c.place_id.in_(list(place_ids)), sa.func.lower(t.claims.c.place) == name.lower())
        return [claim_from_row(r) for r in self._rows(sa.select(t.claims).where(condition))]

    def claims_with_prefix(self, prefix: str) -> list[ClaimRow]:
        query = sa.select(t.claims).where(t.claims.c.claim_id.startswith(prefix, autoescape=True)).limit(5)
        return [claim_from_row(r) for r in self._rows(query)]

    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
        ids = list(article_ids)
        return {r.article_id: ArticleRow(*r) for i in range(0, len(ids), 500)
                for r in self._rows(sa.select(t.articles).where(t.articles.c.article_id.in_(ids[i:i + 500])))}

    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]:
        query = (sa.select(t.history).where(t.history.c.place_key.in_(list(place_keys)))
                 .order_by(t.history.c.position))
        return [TransitionRow(**{**r._mapping, "causes": tuple(r.causes)}) for r in self._rows(query)]


class MemoryView(FrontView):
    """A model folded in memory (an as-of answer), read the same way."""

    def __init__(self, model: MemoryModel) -> None:
        self._model = model
        self.statuses = list(model.statuses.values())

    def claims(self, claim_ids: Iterable[str]) -> dict[str, ClaimRow]:
        return {i: self._model.claims[i] for i in claim_ids if i in self._model.claims}

    def claims_of_places(self, place_keys: Iterable[str]) -> list[ClaimRow]:
        return [c for key in place_keys for c in self._model.claims_of_place(key)]

    def claims_named(self, place_ids: Iterable[str], name: str) -> list[ClaimRow]:
        ids, wanted = set(place_ids), name.lower()
        return [c for c in self._model.claims.values() if c.place_id in ids or c.place.lower() == wanted]

    def claims_with_prefix(self, prefix: str) -> list[ClaimRow]:
        return [c for i, c in self._model.claims.items() if i.startswith(prefix)][:5]

    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
        return {i: self._model.articles[i] for i in article_ids if i in self._model.articles}

    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]:
        keys = set(place_keys)
        return [r for r in self._model.transitions if r.place_key in keys]


def live_view(store: EventStore) -> FrontView:
    return LiveView(store)


def memory_view(model: MemoryModel) -> FrontView:
    return MemoryView(model)


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
    found = [c for c in view.claims_of_places(weak) if c.control == weak[c.place_key].control
             and usable(c.factuality, c.historical) and c.verdict != "reject"]
    return sorted(found, key=lambda c: (c.time, c.position), reverse=True)


def place_keys(view: FrontView, name: str) -> set[str]:
    """The places a user's name means: any spelling the gazetteer knows, or the name as read."""
    ids = {p.id for p in load_gazetteer().lookup(name)}
    return {c.place_key for c in view.claims_named(ids, name.strip())}


@dataclass(frozen=True)
class TimelineEntry:
    time: datetime
    kind: str  # claim | change
    claim: ClaimRow | None
    transition: TransitionRow | None


def timeline(view: FrontView, keys: set[str]) -> list[TimelineEntry]:
    entries = [TimelineEntry(c.time, "claim", c, None) for c in view.claims_of_places(keys)]
    entries += [TimelineEntry(r.at, "change", None, r) for r in view.transitions_of(keys)]
    return sorted(entries, key=lambda e: (e.time, e.kind != "claim",
                                          e.claim.position if e.claim else e.transition.position))
