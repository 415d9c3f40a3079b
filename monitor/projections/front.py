"""The front projection's fold: events in, place statuses and their transitions out.

The same fold runs live (over a model kept in the database, loaded on demand), on a
rebuild from position zero, and for ``--as-of`` (both over a model kept in memory), so
every path applies the same rules in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from monitor.domain.claims import Claim
from monitor.domain.events import ArticleRevised, ArticleSeen, ClaimsExtracted, ClaimVerdict
from monitor.extract.actors import classify_speaker
from monitor.log import Recorded
from monitor.projections.fusion import ADMITTING_KINDS, Evidence, PlaceEvidence, usable
from monitor.projections.rows import ArticleRow, ClaimRow, PlaceMark, StatusRow, TransitionRow

EVENT_TYPES = (ArticleSeen.TYPE, ArticleRevised.TYPE, ClaimsExtracted.TYPE, ClaimVerdict.TYPE)
_ONE_VOICE_KINDS = frozenset({"official", "military", "proxy", "state_media"})


class Model(Protocol):
    """Where the fold keeps its state (memory, or the projection's tables)."""

    def article(self, article_id: str) -> ArticleRow | None: ...
    def put_article(self, row: ArticleRow) -> None: ...
    def claims_of_article(self, article_id: str) -> list[ClaimRow]: ...
    def replace_article_claims(self, article_id: str, rows: list[ClaimRow]) -> None: ...
    def claims_of_place(self, place_key: str) -> list[ClaimRow]: ...
    def claim(self, claim_id: str) -> ClaimRow | None: ...
    def put_claim(self, row: ClaimRow) -> None: ...
    def evidence(self, place_key: str) -> PlaceEvidence | None: ...
    def put_evidence(self, place_key: str, evidence: PlaceEvidence) -> None: ...
    def mark(self, place_key: str) -> PlaceMark | None: ...
    def put_mark(self, mark: PlaceMark) -> None: ...
    def drop_mark(self, place_key: str) -> None: ...
    def add_transition(self, row: TransitionRow) -> None: ...


class FrontFold:
    """Applies events to a model; ``affiliations`` maps a source to its side."""

    def __init__(self, model: Model, affiliations: Mapping[str, str]) -> None:
        self.model = model
        self.affiliations = dict(affiliations)

    def apply(self, recorded: Recorded) -> None:
        event = recorded.event
        if isinstance(event, (ArticleSeen, ArticleRevised)):
            self.model.put_article(ArticleRow(event.article_id, event.source, event.outlet, event.url, event.title))
        elif isinstance(event, ClaimsExtracted):
            self._claims(recorded, event)
        elif isinstance(event, ClaimVerdict):
            self._verdict(recorded, event)

    def _claims(self, recorded: Recorded, event: ClaimsExtracted) -> None:
        article = self.model.article(event.article_id)
        time = event.published or recorded.occurred_at
        rows = [self._row(claim, event.article_id, article, time, recorded.position) for claim in event.claims]
        old = self.model.claims_of_article(event.article_id)
        self.model.replace_article_claims(event.article_id, rows)
        if old:
            # A new revision or extractor version replaces the article's claims: recount.
            places = dict.fromkeys([r.place_key for r in old] + [r.place_key for r in rows])
            for place_key in places:
                self._recount(place_key)
                self._settle(place_key, recorded, [r.claim_id for r in rows if r.place_key == place_key],
                             next(r for r in rows + old if r.place_key == place_key))
            return
        touched: dict[str, list[ClaimRow]] = {}
        for row in rows:
            if usable(row.factuality, row.historical):
                evidence = self.model.evidence(row.place_key) or PlaceEvidence()
                evidence.add(_evidence(row))
                self.model.put_evidence(row.place_key, evidence)
                touched.setdefault(row.place_key, []).append(row)
        for place_key, added in touched.items():
            before = self.model.mark(place_key)
            if _still_confirmed(before, added):
                self.model.put_mark(before._replace(position=recorded.position))
                continue
            self._settle(place_key, recorded, [r.claim_id for r in added], added[0])

    def _verdict(self, recorded: Recorded, event: ClaimVerdict) -> None:
        claim = self.model.claim(event.claim_id)
        if claim is None:
            return
        self.model.put_claim(claim._replace(verdict=event.verdict, verdict_note=event.note))
        self._recount(claim.place_key)
        self._settle(claim.place_key, recorded, [f"verdict:{event.verdict}:{event.claim_id}"], claim)

    def _recount(self, place_key: str) -> None:
        evidence = PlaceEvidence()
        for row in sorted(self.model.claims_of_place(place_key), key=lambda r: (r.time, r.position)):
            if usable(row.factuality, row.historical):
                evidence.add(_evidence(row))
        self.model.put_evidence(place_key, evidence)

    def _settle(self, place_key: str, recorded: Recorded, causes: list[str], named: ClaimRow) -> None:
        """Mark the place's new control, and a transition when control or confidence moved."""
        evidence = self.model.evidence(place_key)
        decision = evidence.decision() if evidence else None
        before = self.model.mark(place_key)
        event = recorded.event
        at = event.published if isinstance(event, ClaimsExtracted) and event.published else recorded.occurred_at
        if decision is None:
            if before is not None:
                self.model.drop_mark(place_key)
                self.model.add_transition(TransitionRow(recorded.position, place_key, before.place, at,
                                                        before.control, before.confidence, None, None, tuple(causes)))
            return
        control, confidence = decision
        name, place_id = (before.place, before.place_id) if before else (named.place, named.place_id)
        # A backfilled article published earlier moves "since" back; a new control starts it anew.
        since = at if before is None or before.control != control else min(before.since, at)
        self.model.put_mark(PlaceMark(place_key, place_id, name, control, confidence, since, recorded.position))
        if before is None or (before.control, before.confidence) != decision:
            self.model.add_transition(TransitionRow(
                recorded.position, place_key, name, at, before.control if before else None,
                before.confidence if before else None, control, confidence, tuple(causes)))

    def _row(self, claim: Claim, article_id: str, article: ArticleRow | None, time: datetime,
             position: int) -> ClaimRow:
        outlet_key = (article.outlet if article and article.outlet else None) or article_id
        affiliation = self.affiliations.get(article.source, "independent") if article else "independent"
        voice, source_key, admission = _voice(claim, outlet_key, affiliation)
        return ClaimRow(
            claim_id=claim.claim_id, article_id=article_id,
            place_key=claim.place_id or f"name:{claim.place}", place_id=claim.place_id, place=claim.place,
            control=claim.control, factuality=claim.factuality, historical=claim.historical, side=claim.side,
            speaker=claim.speaker, evidence=claim.evidence, rule=claim.rule, time=time, position=position,
            voice=voice, source_key=source_key, admission=admission)


def _still_confirmed(before: PlaceMark | None, added: list[ClaimRow]) -> bool:
    """Whether new claims provably leave a confirmed status as it is, so fusion can be skipped.

    More claims for the confirmed control, none an admission or an analyst's verdict, keep
    every rule's answer: an analyst's or an admission's decision stands (R1, R2 look at
    analysts and admissions; R2's "changed hands again" looks at the other control only),
    a confirmation by sources gains sources without contradiction (R3), and newer support
    for the control cannot make older fighting the newest (R6). A rebuild adds millions of
    claims to places long confirmed; this keeps it from re-deciding each one.
    """
    return (before is not None and before.confidence == "confirmed" and before.control in ("ukraine", "russia")
            and all(r.control == before.control and not r.admission and r.verdict is None for r in added))


def _voice(claim: Claim, outlet_key: str, affiliation: str) -> tuple[str, str, bool]:
    """Whose voice a claim is, the independent source it counts as, and whether it admits."""
    if claim.side == "outlet":
        voice = affiliation if affiliation in ("ukraine", "russia") else "independent"
        return voice, f"outlet:{outlet_key}", False
    voice = {"third_party": "independent"}.get(claim.side, claim.side)
    kind = _speaker_kind(claim.speaker or "")
    if kind in _ONE_VOICE_KINDS and voice in ("ukraine", "russia"):
        source_key = f"{voice}:{kind}"  # one ministry, whoever carries its statement
    else:
        source_key = f"speaker:{_normal(claim.speaker or outlet_key)}"
    admission = (kind in ADMITTING_KINDS and voice in ("ukraine", "russia") and claim.factuality != "unconfirmed"
                 and claim.control in ("ukraine", "russia") and claim.control != voice)
    return voice, source_key, admission


@lru_cache(maxsize=4096)
def _speaker_kind(speaker: str) -> str | None:
    found = classify_speaker(speaker) if speaker else None
    return found.kind if found else None


@lru_cache(maxsize=4096)
def _normal(name: str) -> str:
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in ("the", "a", "an"))[:60]


def _evidence(row: ClaimRow) -> Evidence:
    return Evidence(row.claim_id, row.control, row.time, row.factuality == "unconfirmed", row.voice,
                    row.source_key, row.admission, row.verdict)


def status_row(mark: PlaceMark, evidence: PlaceEvidence) -> StatusRow:
    """The full row of a place: its mark plus what its evidence says now."""
    status = evidence.status()
    return StatusRow(mark.place_key, mark.place_id, mark.place, status.control, status.confidence, mark.since,
                     status.latest, status.deciding, status.sources["ukraine"], status.sources["russia"],
                     status.sources["independent"], status.last_confirmed, mark.position)


class MemoryModel:
    """The fold's state in dictionaries: for rebuilds and as-of answers."""

    def __init__(self) -> None:
        self.articles: dict[str, ArticleRow] = {}
        self.article_claims: dict[str, list[str]] = {}
        self.place_claims: dict[str, dict[str, None]] = {}
        self.claims: dict[str, ClaimRow] = {}
        self.evidences: dict[str, PlaceEvidence] = {}
        self.marks: dict[str, PlaceMark] = {}
        self.transitions: list[TransitionRow] = []

    @property
    def statuses(self) -> dict[str, StatusRow]:
        return {key: status_row(mark, self.evidences[key]) for key, mark in self.marks.items()}

    def article(self, article_id: str) -> ArticleRow | None:
        return self.articles.get(article_id)

    def put_article(self, row: ArticleRow) -> None:
        self.articles[row.article_id] = row

    def claims_of_article(self, article_id: str) -> list[ClaimRow]:
        return [self.claims[c] for c in self.article_claims.get(article_id, ())]

    def replace_article_claims(self, article_id: str, rows: list[ClaimRow]) -> None:
        for old in self.article_claims.get(article_id, ()):
            row = self.claims.pop(old, None)
            if row is not None:
                self.place_claims.get(row.place_key, {}).pop(old, None)
        self.article_claims[article_id] = [r.claim_id for r in rows]
        for row in rows:
            self.claims[row.claim_id] = row
            self.place_claims.setdefault(row.place_key, {})[row.claim_id] = None

    def claims_of_place(self, place_key: str) -> list[ClaimRow]:
        return [self.claims[c] for c in self.place_claims.get(place_key, ())]

    def claim(self, claim_id: str) -> ClaimRow | None:
        return self.claims.get(claim_id)

    def put_claim(self, row: ClaimRow) -> None:
        self.claims[row.claim_id] = row

    def evidence(self, place_key: str) -> PlaceEvidence | None:
        return self.evidences.get(place_key)

    def put_evidence(self, place_key: str, evidence: PlaceEvidence) -> None:
        self.evidences[place_key] = evidence

    def mark(self, place_key: str) -> PlaceMark | None:
        return self.marks.get(place_key)

    def put_mark(self, mark: PlaceMark) -> None:
        self.marks[mark.place_key] = mark

    def drop_mark(self, place_key: str) -> None:
        self.marks.pop(place_key, None)

    def add_transition(self, row: TransitionRow) -> None:
        self.transitions.append(row)


def fold_events(events: Iterable[Recorded], affiliations: Mapping[str, str],
                model: MemoryModel | None = None) -> MemoryModel:
    """Run the fold over events in memory (a rebuild, or an as-of answer)."""
    model = model or MemoryModel()
    fold = FrontFold(model, affiliations)
    for recorded in events:
        fold.apply(recorded)
    return model
