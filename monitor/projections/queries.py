"""Reading the front projection: statuses, unconfirmed reports, a place's timeline.

Live answers read the projection's tables; as-of answers read a model folded in memory.
Both come back as the same row types.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from monitor.domain.events import ClaimsExtracted
from monitor.gazetteer import load_gazetteer
from monitor.log import EventStore, Tracking
from monitor.projections import tables as t
from monitor.projections.front import MemoryModel, expired_fighting
from monitor.projections.fusion import CONTESTED_WINDOW, PlaceEvidence, usable
from monitor.projections.log_claims import claim_rows, of_places, with_ids, with_prefix
from monitor.projections.rows import ArticleRow, ClaimRow, StatusRow, TransitionRow
from monitor.projections.sql_model import CHUNK, status_from_row


class FrontView:
    """What the status, reports and place commands show: all statuses, and the claims,
    articles and transitions they ask for, read back from the log by position (never the
    whole log at once). Subclasses say where positions, articles and verdicts are kept."""

    statuses: list[StatusRow]
    store: EventStore

    def place_positions(self, place_keys: Iterable[str], newest: int | None = None) -> dict[str, list[int]]:
        """Log positions of the events naming each place (only the ``newest`` few, if given)."""
        raise NotImplementedError

    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
        raise NotImplementedError

    def verdicts(self, claim_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    def known_place_keys(self, place_ids: Iterable[str], name: str) -> set[str]:
        """The keys of places with claims: those ids, or the name as read (any case)."""
        raise NotImplementedError

    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]:
        """The places' status histories (world time), oldest first."""
        raise NotImplementedError

    def recent_transitions(self, limit: int) -> list[TransitionRow]:
        """The ``limit`` latest status changes of any place in world time, latest first."""
        raise NotImplementedError

    def claims_at(self, positions: Iterable[int], wanted) -> list[ClaimRow]:
        """The current claims at some log positions that ``wanted`` accepts, verdicts applied."""
        events = self.store.read_at(positions)
        articles = self.articles({r.event.article_id for r in events.values() if isinstance(r.event, ClaimsExtracted)})
        rows = claim_rows(events, articles, {}, wanted)
        verdicts = self.verdicts(r.claim_id for r in rows)
        return [r._replace(verdict=verdicts[r.claim_id][0], verdict_note=verdicts[r.claim_id][1])
                if r.claim_id in verdicts else r for r in rows]

    def claims_of_places(self, place_keys: Iterable[str]) -> list[ClaimRow]:
        keys = set(place_keys)
        positions = self.place_positions(keys)
        return self.claims_at({p for listed in positions.values() for p in listed}, of_places(keys))

    def deciding_claims(self, statuses: Iterable[StatusRow]) -> dict[str, ClaimRow]:
        """The claims that decided some statuses, read at the positions their rows keep."""
        statuses = list(statuses)
        wanted = {claim_id for s in statuses for claim_id in s.deciding}
        rows = self.claims_at({p for s in statuses for p in s.deciding_at}, with_ids(wanted))
        return {r.claim_id: r for r in rows}

    def claims_with_prefix(self, prefix: str) -> list[ClaimRow]:
        positions = self.store.positions_mentioning(ClaimsExtracted.TYPE, "claim_id", prefix)
        return self.claims_at(positions, with_prefix(prefix))[:5]


class LiveView(FrontView):
    """The projection's tables, queried for what is asked."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self._tracking = Tracking(store)
        with self._tracking.reading() as conn:
            rows = list(conn.execute(sa.select(t.status)))
        self.statuses = _current([(status_from_row(r), r) for r in rows], None,
                                 lambda stored: PlaceEvidence.from_bytes(stored.evidence_state))

    def _rows(self, query) -> list:
        with self._tracking.reading() as conn:
            return list(conn.execute(query))

    def _in(self, column, keys: Iterable[str], make_query) -> list:
        keys = list(keys)
        return [r for i in range(0, len(keys), 500) for r in self._rows(make_query(column.in_(keys[i:i + 500])))]

    def place_positions(self, place_keys: Iterable[str], newest: int | None = None) -> dict[str, list[int]]:
        pc = t.place_claims
        if newest is None:
            condition = lambda c: c  # noqa: E731
        else:
            inner = pc.alias("inner")
            last = sa.select(sa.func.max(inner.c.chunk)).where(inner.c.place_key == pc.c.place_key).scalar_subquery()
            chunks = newest // CHUNK + 1  # enough whole chunks before the last, however full it is
            condition = lambda c: sa.and_(c, pc.c.chunk >= last - chunks)  # noqa: E731
        rows = self._in(pc.c.place_key, place_keys, lambda c: sa.select(pc).where(condition(c)))
        chunks: dict[str, list] = {}
        for row in sorted(rows, key=lambda r: (r.place_key, r.chunk)):
            chunks.setdefault(row.place_key, []).extend(row.positions)
        return {key: found[-newest:] if newest else found for key, found in chunks.items()}

    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
        return {r.article_id: ArticleRow(*r)
                for r in self._in(t.articles.c.article_id, article_ids, lambda c: sa.select(t.articles).where(c))}

    def verdicts(self, claim_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        return {r.claim_id: (r.verdict, r.note)
                for r in self._in(t.verdicts.c.claim_id, claim_ids, lambda c: sa.select(t.verdicts).where(c))}

    def known_place_keys(self, place_ids: Iterable[str], name: str) -> set[str]:
        pc = t.place_claims
        condition = sa.or_(pc.c.place_key.in_(list(place_ids)), sa.func.lower(pc.c.place_key) == f"name:{name.lower()}")
        return {r.place_key for r in self._rows(sa.select(pc.c.place_key).where(condition).distinct())}

    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]:
        h = t.history
        query = sa.select(h).where(h.c.place_key.in_(list(place_keys))).order_by(h.c.step, h.c.position)
        return [TransitionRow(**{**r._mapping, "causes": tuple(r.causes)}) for r in self._rows(query)]

    def recent_transitions(self, limit: int) -> list[TransitionRow]:
        h = t.history
        query = sa.select(h).order_by(h.c.step.desc(), h.c.position.desc(), h.c.place_key).limit(limit)
        return [TransitionRow(**{**r._mapping, "causes": tuple(r.causes)}) for r in self._rows(query)]


class MemoryView(FrontView):
    """A model folded in memory (an as-of answer), read the same way."""

    def __init__(self, model: MemoryModel, store: EventStore) -> None:
        self._model = model
        self.store = store
        self.statuses = _current([(row, key) for key, row in model.statuses.items()], model.moment,
                                 lambda key: model.evidences[key])

    def place_positions(self, place_keys: Iterable[str], newest: int | None = None) -> dict[str, list[int]]:
        found = {key: self._model.place_positions[key] for key in place_keys if key in self._model.place_positions}
        return {key: positions[-newest:] if newest else positions for key, positions in found.items()}

    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
        return {i: self._model.articles[i] for i in article_ids if i in self._model.articles}

    def verdicts(self, claim_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        given = self._model.verdicts
        return {i: (given[i].verdict, given[i].verdict_note or "") for i in claim_ids if i in given}

    def known_place_keys(self, place_ids: Iterable[str], name: str) -> set[str]:
        ids, wanted = set(place_ids), f"name:{name.lower()}"
        return {key for key in self._model.place_positions if key in ids or key.lower() == wanted}

    def transitions_of(self, place_keys: Iterable[str]) -> list[TransitionRow]:
        rows = [r for key in set(place_keys) for r in self._model.history.get(key, ())]
        return sorted(rows, key=lambda r: (r.step or "", r.position))

    def recent_transitions(self, limit: int) -> list[TransitionRow]:
        rows = sorted(self._model.history_rows(), key=lambda r: (r.step or "", -r.position, r.place_key), reverse=True)
        return rows[:limit]


def _current(rows: list[tuple[StatusRow, object]], moment: datetime | None, evidence_of) -> list[StatusRow]:
    """The statuses as they read at ``moment`` (an as-of moment), but never later than the
    newest claim of the whole front, so the live table is the as-of answer for now and an
    archive reads the same whenever it is replayed: fighting no claim has supported for
    CONTESTED_WINDOW falls back to the place's control claims (fusion R6). ``evidence_of``
    loads a place's evidence from what came with its row, only for the few rows that need it."""
    if not rows:
        return []
    newest = max(row.latest for row, _ in rows)
    at = min(moment, newest) if moment else newest
    current = []
    for row, stored in rows:
        if row.control == "contested" and at - row.latest > CONTESTED_WINDOW:
            row = expired_fighting(row, evidence_of(stored), at)
        if row is not None:
            current.append(row)
    return current


def live_view(store: EventStore) -> FrontView:
    return LiveView(store)


def memory_view(model: MemoryModel, store: EventStore) -> FrontView:
    return MemoryView(model, store)


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


def unconfirmed_reports(view: FrontView, places: int | None = None, newest: int | None = None) -> list[ClaimRow]:
    """Claims not yet corroborated: for places whose status is only unconfirmed or reported.

    A live view bounds the work: only the ``places`` weak places with the latest evidence,
    and only each one's ``newest`` claim events (None: all of them).
    """
    weak = {s.place_key: s for s in view.statuses if s.confidence in ("unconfirmed", "reported")}
    if places is not None:
        latest = sorted(weak.values(), key=lambda s: (s.latest, s.place_key), reverse=True)[:places]
        weak = {s.place_key: s for s in latest}
    positions = view.place_positions(weak, newest)
    claims = view.claims_at({p for listed in positions.values() for p in listed}, of_places(weak))
    found = [c for c in claims if c.control == weak[c.place_key].control
             and usable(c.factuality, c.historical) and c.verdict != "reject"]
    return sorted(found, key=lambda c: (c.time, c.position), reverse=True)


@dataclass(frozen=True)
class Report:
    """One uncorroborated report: a sentence of one article with the claims it makes, one
    per place it names ("…liberated Semenivka, Volokhiv Yar, Vovchyi Yar and Kalynivka"
    is one report about four villages, not four reports)."""

    claims: tuple[ClaimRow, ...]

    @property
    def first(self) -> ClaimRow:
        return self.claims[0]

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.place for c in self.claims))

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(c.claim_id for c in self.claims)


def grouped_reports(claims: Iterable[ClaimRow]) -> list[Report]:
    """Claims of the same sentence, side, speaker and certainty as one report, in first-seen order."""
    groups: dict[tuple, list[ClaimRow]] = {}
    for c in claims:
        groups.setdefault((c.article_id, c.position, c.evidence, c.control, c.factuality, c.speaker), []).append(c)
    return [Report(tuple(found)) for found in groups.values()]


def place_keys(view: FrontView, name: str) -> set[str]:
    """The places a user's name means: any spelling the gazetteer knows, or the name as read."""
    ids = {p.id for p in load_gazetteer().lookup(name)}
    return view.known_place_keys(ids, name.strip())


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
