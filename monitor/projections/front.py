"""The front projection's fold: events in, place statuses and their transitions out.

The same fold runs live (over a model kept in the database, loaded on demand), on a
rebuild from position zero, and for ``--as-of`` (both over a model kept in memory), so
every path applies the same rules in the same order.

Events are applied in log order, which keeps each place's evidence, and the changes of
its current status as the monitor learned them (the feed alert consumers read). The
status *history* is in world time (:mod:`monitor.projections.world_history`): after the
events, each place they touched has its history extended, when they were its newest
news, or folded again in publication order, when one was older than what it had.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from monitor.domain.claims import Claim
from monitor.domain.events import ArticleRevised, ArticleSeen, ClaimsExtracted, ClaimVerdict
from monitor.log import Recorded
from monitor.projections.fusion import (ADMITTING_KINDS, CONTESTED_WINDOW, UNUSABLE_FACTUALITY, Evidence,
                                       PlaceEvidence)
from monitor.projections.rows import ArticleRow, ClaimRef, PlaceMark, StatusRow, TransitionRow, with_claims_at
from monitor.projections.world_history import (StepKey, VerdictStep, claim_step_key, key_of_text, key_text,
                                               world_at, world_history)

EVENT_TYPES = (ArticleSeen.TYPE, ArticleRevised.TYPE, ClaimsExtracted.TYPE, ClaimVerdict.TYPE)
_ONE_VOICE_KINDS = frozenset({"official", "military", "proxy", "state_media"})
_new = tuple.__new__  # a named tuple from all its values, without the keyword-handling constructor


class Model(Protocol):
    """Where the fold keeps its state (memory, or the projection's tables)."""

    def article(self, article_id: str) -> ArticleRow | None: ...
    def put_article(self, row: ArticleRow) -> None: ...
    def claims_of_article(self, article_id: str) -> list[ClaimRef]: ...
    def replace_article_claims(self, article_id: str, position: int, refs: list[ClaimRef]) -> None: ...
    def claims_of_place(self, place_key: str) -> list[ClaimRef]: ...
    def claim(self, claim_id: str) -> ClaimRef | None: ...
    def put_claim(self, ref: ClaimRef) -> None: ...
    def evidence(self, place_key: str) -> PlaceEvidence | None: ...
    def put_evidence(self, place_key: str, evidence: PlaceEvidence) -> None: ...
    def mark(self, place_key: str) -> PlaceMark | None: ...
    def put_mark(self, mark: PlaceMark) -> None: ...
    def drop_mark(self, place_key: str) -> None: ...
    def add_transition(self, row: TransitionRow) -> None: ...
    def feed(self) -> list[TransitionRow]: ...
    def source_id(self, key: str) -> int: ...
    def note_verdict(self, place_key: str, step: VerdictStep) -> None: ...
    def verdict_steps(self, place_key: str, refs: list[ClaimRef]) -> list[VerdictStep]: ...
    def add_history(self, rows: list[TransitionRow]) -> None: ...
    def replace_history(self, place_key: str, rows: tuple[TransitionRow, ...]) -> None: ...


class FrontFold:
    """Applies events to a model; ``affiliations`` maps a source to its side.

    ``owns``, when given, keeps only the claims of the places it maps to True (a rebuild split across
    processes, see :mod:`monitor.projections.replay`); every claim's source is still
    numbered, in log order, so the numbers agree between the parts.
    """

    def __init__(self, model: Model, affiliations: Mapping[str, str],
                 owns: Mapping[str, bool] | None = None, incremental: bool = False) -> None:
        self.model = model
        self.affiliations = dict(affiliations)
        self.owns = owns
        self.world = WorldNotes(incremental)

    def apply(self, recorded: Recorded) -> None:
        event = recorded.event
        if isinstance(event, ClaimsExtracted):
            self._claims(recorded, event)
        elif isinstance(event, (ArticleSeen, ArticleRevised)):
            known = self.model.article(event.article_id)
            self.model.put_article(_new(ArticleRow, (event.article_id, event.source, event.outlet, event.url,
                                                     event.title, known.claims_position if known else None,
                                                     event.published)))
        elif isinstance(event, ClaimVerdict):
            self._verdict(recorded, event)

    def _claims(self, recorded: Recorded, event: ClaimsExtracted) -> None:
        model = self.model
        article_id, position = event.article_id, recorded.position
        article = model.article(article_id)
        outlet_key, affiliation = article_voice(article, article_id, self.affiliations)
        time = event.published or recorded.occurred_at
        key = claim_step_key(time, article_id)
        owns, source_id = self.owns, model.source_id
        refs = []
        touched: dict[str, list[ClaimRef]] = {}  # the places the claims count for, with those claims
        for c in event.claims:
            place_key = c.place_id or f"name:{c.place}"
            if owns is None or owns[place_key]:
                evidence = claim_evidence(c, time, position, outlet_key, affiliation, source_id)
                ref = _new(ClaimRef, (c.claim_id, article_id, place_key, c.place, position, evidence, None, None))
                refs.append(ref)
                if evidence is not None:
                    added = touched.get(place_key)
                    if added is None:
                        touched[place_key] = [ref]
                    else:
                        added.append(ref)
            elif c.factuality not in UNUSABLE_FACTUALITY and not c.historical:
                source_id(_voice(c.side, c.speaker, c.speaker_kind, c.factuality, c.control, outlet_key,
                                 affiliation)[1])
        if article is not None and article.claims_position is not None:
            # A new revision or extractor version replaces the article's claims: recount
            # every place named before or now. An analyst's verdict stays with its claim
            # when the new extraction finds it again.
            old = model.claims_of_article(article_id)
            judged = {r.claim_id: r for r in old if r.verdict}
            refs = [_judged(r, judged[r.claim_id]) if r.claim_id in judged else r for r in refs]
            model.replace_article_claims(article_id, position, refs)
            names = {r.place_key: r for r in old}
            names.update({r.place_key: r for r in refs})  # old places first; a new claim names the place
            for place_key, named in names.items():
                self.world.note(model, place_key, key, position, recount=True)
                self._recount(place_key)
                self._settle(place_key, recorded, [r.claim_id for r in refs if r.place_key == place_key], named)
            return
        model.replace_article_claims(article_id, position, refs)
        for place_key, added in touched.items():
            self.world.note(model, place_key, key, position)
            evidence = model.evidence(place_key)
            if evidence is None:
                evidence = PlaceEvidence()
            for ref in added:
                evidence.add(ref.evidence)
            model.put_evidence(place_key, evidence)
            before = model.mark(place_key)
            if _still_confirmed(before, added):
                model.put_mark(_new(PlaceMark, (*before[:6], position, before[7])))
                continue
            self._settle(place_key, recorded, [r.claim_id for r in added], added[0])

    def _verdict(self, recorded: Recorded, event: ClaimVerdict) -> None:
        ref = self.model.claim(event.claim_id)
        if ref is None:
            return
        evidence = ref.evidence._replace(analyst=event.verdict) if ref.evidence else None
        step = VerdictStep(event.claim_id, event.verdict, event.decided_at, recorded.position)
        self.world.note(self.model, ref.place_key, step.key, recorded.position, recount=True)
        self.model.note_verdict(ref.place_key, step)
        self.model.put_claim(ref._replace(verdict=event.verdict, verdict_note=event.note, evidence=evidence))
        self._recount(ref.place_key)
        self._settle(ref.place_key, recorded, [f"verdict:{event.verdict}:{event.claim_id}"], ref)

    def _recount(self, place_key: str) -> None:
        evidence = PlaceEvidence()
        counted = [r for r in self.model.claims_of_place(place_key) if r.evidence is not None]
        for ref in sorted(counted, key=lambda r: (r.evidence.time, r.position)):
            evidence.add(ref.evidence)
        self.model.put_evidence(place_key, evidence)

    def _settle(self, place_key: str, recorded: Recorded, causes: list[str], named: ClaimRef) -> None:
        """Mark the place's new control, and a transition when control or confidence moved."""
        evidence = self.model.evidence(place_key)
        decision = evidence.decision() if evidence else None
        before = self.model.mark(place_key)
        event = recorded.event
        if isinstance(event, ClaimVerdict):
            at = event.decided_at
        else:
            at = event.published if isinstance(event, ClaimsExtracted) and event.published else recorded.occurred_at
        late = self.world.is_late(place_key, recorded.position)
        if decision is None:
            if before is not None:
                if late:
                    at = self._world_at(place_key, recorded.position, (None, None), at, before.place)
                self.model.drop_mark(place_key)
                self.model.add_transition(TransitionRow(recorded.position, place_key, before.place, at,
                                                        before.control, before.confidence, None, None, tuple(causes)))
            return
        control, confidence = decision
        if before:
            name, place_id = before.place, before.place_id
        else:
            name, place_id = named.place, None if place_key.startswith("name:") else place_key
        # A backfilled article published earlier moves "since" back; a new control starts it anew.
        since = at if before is None or before.control != control else min(before.since, at)
        self.model.put_mark(_new(PlaceMark, (place_key, place_id, name, control, confidence, since, recorded.position,
                                             before[7] if before else None)))
        if before is None or (before.control, before.confidence) != decision:
            if late:
                at = self._world_at(place_key, recorded.position, decision, at, name)
            self.model.add_transition(TransitionRow(
                recorded.position, place_key, name, at, before.control if before else None,
                before.confidence if before else None, control, confidence, tuple(causes)))


    def _world_at(self, place_key: str, position: int, to: tuple[str | None, str | None], fallback: datetime,
                  name: str) -> datetime:
        """The world time of a change learned from a late event (see :func:`world_at`)."""
        refs = self.model.claims_of_place(place_key)
        verdicts = [v for v in self.model.verdict_steps(place_key, refs) if v.position <= position]
        return world_at(place_key, name, refs, verdicts, to, fallback)

    def settle_world(self) -> None:
        """Bring the world-time history of the places the events touched up to date.

        Live (``incremental``), a place whose new claims were all newer than everything it
        had, in world order, just gains the transitions the fold made; any other (an older
        article arrived, a revision, a verdict, a place never seen whole) is folded again
        from its claims. A rebuild or an as-of answer folds every place it holds.
        """
        model, world = self.model, self.world
        if world.incremental:
            mine: dict[str, list[TransitionRow]] = {}
            for row in model.feed():
                mine.setdefault(row.place_key, []).append(row)
            places, all_refs = world.places(), None
        else:
            mine, all_refs = {}, model.refs_by_place()
            places = list(all_refs)
        for place_key in places:
            mark = model.mark(place_key)
            if world.incremental and world.in_order(place_key):
                model.add_history([row._replace(step=key_text(world.key_at(place_key, row.position)))
                                   for row in mine.get(place_key, [])])
                if mark is not None:
                    model.put_mark(mark._replace(world_newest=key_text(world.newest(place_key))))
                continue
            refs = all_refs[place_key] if all_refs is not None else model.claims_of_place(place_key)
            name = mark.place if mark else (refs[0].place if refs else place_key)
            history = world_history(place_key, name, refs, model.verdict_steps(place_key, refs))
            model.replace_history(place_key, history.transitions)
            if mark is not None:
                model.put_mark(mark._replace(since=history.since or mark.since, world_newest=key_text(history.newest)))


class WorldNotes:
    """Which places a run of the fold touched, and whether their news came in world order.

    Per place: the step keys of its events in log order, from the newest step it had
    before (kept with its status); a step not newer than the newest so far was late, as
    is any recount (a revision, a verdict). The learned changes those late events made
    get their world time (:func:`~monitor.projections.world_history.world_at`).
    """

    def __init__(self, incremental: bool) -> None:
        self.incremental = incremental
        self._newest: dict[str, StepKey | None] = {}
        self._positions: dict[str, dict[int, StepKey]] = {}
        self._late: dict[str, set[int]] = {}
        self._whole: dict[str, bool] = {}  # whether the place's earlier steps are known (from its status row)

    def note(self, model: "Model", place_key: str, key: StepKey, position: int, recount: bool = False) -> None:
        if place_key not in self._newest:
            if self.incremental:
                mark = model.mark(place_key)
                self._newest[place_key] = key_of_text(mark.world_newest) if mark is not None else None
                # No status row: a place seen before but without one (its claims all rejected) is unknown.
                self._whole[place_key] = mark is not None or model.evidence(place_key) is None
            else:
                self._newest[place_key] = None
                self._whole[place_key] = True
            self._positions[place_key] = {}
            self._late[place_key] = set()
        newest = self._newest[place_key]
        if self.incremental:  # a whole fold never asks (key_at): no entry per claim event in a rebuild
            self._positions[place_key][position] = key
        if recount or (newest is not None and key <= newest):
            self._late[place_key].add(position)
        if newest is None or key > newest:
            self._newest[place_key] = key

    def places(self) -> list[str]:
        return list(self._newest)

    def key_at(self, place_key: str, position: int) -> StepKey:
        """The world step of the event at ``position`` for a place."""
        return self._positions[place_key][position]

    def is_late(self, place_key: str, position: int) -> bool:
        """Whether the changes an event made for a place need their world time worked out."""
        return position in self._late.get(place_key, ()) or not self._whole.get(place_key, True)

    def in_order(self, place_key: str) -> bool:
        return self._whole.get(place_key, False) and not self._late.get(place_key)

    def newest(self, place_key: str) -> StepKey | None:
        return self._newest.get(place_key)


def article_voice(article: ArticleRow | None, article_id: str, affiliations: Mapping[str, str]) -> tuple[str, str]:
    """The outlet an article counts as (each article alone when its outlet is unknown), and its side."""
    if article is None:
        return article_id, "independent"
    return article.outlet or article_id, affiliations.get(article.source, "independent")


def claim_evidence(claim: Claim, time: datetime, position: int, outlet_key: str, affiliation: str,
                   source_id: Callable[[str], int], verdict: str | None = None) -> Evidence | None:
    """What fusion counts of a claim, or None for one that cannot count.

    Sources are numbered (``source_id``): a place's stored evidence lists the sources
    heard, and small numbers keep it a tenth of the size of their names.
    """
    if claim.factuality in UNUSABLE_FACTUALITY or claim.historical:
        return None
    voice, source_key, admission = _voice(claim.side, claim.speaker, claim.speaker_kind, claim.factuality,
                                          claim.control, outlet_key, affiliation)
    return _new(Evidence, (claim.claim_id, claim.control, time, claim.factuality == "unconfirmed", voice,
                           source_id(source_key), admission, verdict, position))


def _judged(ref: ClaimRef, earlier: ClaimRef) -> ClaimRef:
    evidence = ref.evidence._replace(analyst=earlier.verdict) if ref.evidence else None
    return ref._replace(verdict=earlier.verdict, verdict_note=earlier.verdict_note, evidence=evidence)


def _still_confirmed(before: PlaceMark | None, added: list[ClaimRef]) -> bool:
    """Whether new claims provably leave a confirmed status as it is, so fusion can be skipped.

    More claims for the confirmed control, none an admission or an analyst's verdict, keep
    every rule's answer: an analyst's or an admission's decision stands (R1, R2 look at
    analysts and admissions; R2's "changed hands again" looks at the other control only),
    a confirmation by sources gains sources without contradiction (R3), and newer support
    for the control cannot make older fighting the newest (R6). A rebuild adds millions of
    claims to places long confirmed; this keeps it from re-deciding each one.
    """
    if before is None or before.confidence != "confirmed":
        return False
    control = before.control
    if control != "ukraine" and control != "russia":
        return False
    for ref in added:
        evidence = ref.evidence
        if evidence.control != control or evidence.admission or evidence.analyst is not None:
            return False
    return True


@lru_cache(maxsize=65536)
def _voice(side: str, speaker: str | None, kind: str | None, factuality: str, control: str, outlet_key: str,
           affiliation: str) -> tuple[str, str, bool]:
    """Whose voice a claim is, the independent source it counts as, and whether it admits.

    The speaker's kind comes with the claim (decided once by extract; a change to the actor
    lists is a new extractor version, so statuses never change silently under old claims).
    Cached: a rebuild asks it for every claim, and real claims repeat a few speakers.
    """
    if side == "outlet":
        voice = affiliation if affiliation in ("ukraine", "russia") else "independent"
        return voice, f"outlet:{outlet_key}", False
    voice = {"third_party": "independent"}.get(side, side)
    if kind in _ONE_VOICE_KINDS and voice in ("ukraine", "russia"):
        source_key = f"{voice}:{kind}"  # one ministry, whoever carries its statement
    else:
        source_key = f"speaker:{_normal(speaker or outlet_key)}"
    admission = (kind in ADMITTING_KINDS and voice in ("ukraine", "russia") and factuality != "unconfirmed"
                 and control in ("ukraine", "russia") and control != voice)
    return voice, source_key, admission


@lru_cache(maxsize=4096)
def _normal(name: str) -> str:
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in ("the", "a", "an"))[:60]


def status_row(mark: PlaceMark, evidence: PlaceEvidence) -> StatusRow:
    """The full row of a place: its mark plus what its evidence says now."""
    status = evidence.status()
    return _row(mark, status)


def expired_fighting(row: StatusRow, evidence: PlaceEvidence, at: datetime) -> StatusRow | None:
    """A contested row as it reads at ``at``: unchanged while its fighting is recent, else
    what the place's control claims support (since the fighting ended), or None (fusion R6)."""
    if row.control != "contested" or at - row.latest <= CONTESTED_WINDOW:
        return row
    status = evidence.status(at)
    if status is None:
        return None
    ended = row.latest + CONTESTED_WINDOW
    mark = PlaceMark(row.place_key, row.place_id, row.place, status.control, status.confidence, ended,
                     row.position)
    return _row(mark, status)


def _row(mark: PlaceMark, status) -> StatusRow:
    return StatusRow(mark.place_key, mark.place_id, mark.place, status.control, status.confidence, mark.since,
                     status.latest, tuple(c for c, _ in status.deciding), status.sources["ukraine"],
                     status.sources["russia"], status.sources["independent"], status.last_confirmed, mark.position,
                     tuple(p for _, p in status.deciding))


class MemoryModel:
    """The fold's state in dictionaries: for rebuilds and as-of answers.

    Per claim it keeps only the article's list of claim references and the place's list
    of log positions; the indexes by place and by claim id that recounts and verdicts
    need are built the first time one is asked for, then kept up to date.
    """

    def __init__(self) -> None:
        self.articles: dict[str, ArticleRow] = {}
        self.article_claims: dict[str, list[ClaimRef]] = {}
        self.place_positions: dict[str, list[int]] = {}
        self.verdicts: dict[str, ClaimRef] = {}
        self.evidences: dict[str, PlaceEvidence] = {}
        self.marks: dict[str, PlaceMark] = {}
        self.transitions: list[TransitionRow] = []  # changes of the current status, as learned: the feed
        self.history: dict[str, tuple[TransitionRow, ...]] = {}  # per place, in world time
        self.verdict_log: dict[str, list[VerdictStep]] = {}
        self.sources: dict[str, int] = {}  # source key -> its number, in order of first appearance
        self.moment: datetime | None = None  # for an as-of answer: the moment it answers for
        self._by_place: dict[str, dict[str, ClaimRef]] | None = None
        self._by_id: dict[str, ClaimRef] | None = None

    @property
    def statuses(self) -> dict[str, StatusRow]:
        return {key: status_row(mark, self.evidences[key]) for key, mark in self.marks.items()}

    def statuses_at(self, at: datetime) -> list[StatusRow]:
        """The statuses as they read at ``at``: expired fighting has fallen back (fusion R6)."""
        rows = (expired_fighting(row, self.evidences[key], at) for key, row in self.statuses.items())
        return [row for row in rows if row is not None]

    def article(self, article_id: str) -> ArticleRow | None:
        return self.articles.get(article_id)

    def put_article(self, row: ArticleRow) -> None:
        self.articles[row.article_id] = row

    def claims_of_article(self, article_id: str) -> list[ClaimRef]:
        return self.article_claims.get(article_id, [])

    def replace_article_claims(self, article_id: str, position: int, refs: list[ClaimRef]) -> None:
        old = self.article_claims.get(article_id, ())
        self.article_claims[article_id] = refs
        self.articles[article_id] = with_claims_at(self.articles.get(article_id), article_id, position)
        positions_of = self.place_positions
        for ref in refs:
            positions = positions_of.get(ref.place_key)
            if positions is None:
                positions_of[ref.place_key] = [position]
            elif positions[-1] != position:
                positions.append(position)
        for ref in old:
            self.verdicts.pop(ref.claim_id, None)
            if self._by_place is not None:
                self._by_place.get(ref.place_key, {}).pop(ref.claim_id, None)
            if self._by_id is not None:
                self._by_id.pop(ref.claim_id, None)
        if self._by_place is None and self._by_id is None:
            for ref in refs:
                if ref.verdict:
                    self.verdicts[ref.claim_id] = ref
            return
        for ref in refs:
            self._index(ref)
            if ref.verdict:
                self.verdicts[ref.claim_id] = ref

    def claims_of_place(self, place_key: str) -> list[ClaimRef]:
        if self._by_place is None:
            self._by_place = {}
            for refs in self.article_claims.values():
                for ref in refs:
                    self._by_place.setdefault(ref.place_key, {})[ref.claim_id] = ref
        return list(self._by_place.get(place_key, {}).values())

    def claim(self, claim_id: str) -> ClaimRef | None:
        if self._by_id is None:
            self._by_id = {ref.claim_id: ref for refs in self.article_claims.values() for ref in refs}
        return self._by_id.get(claim_id)

    def put_claim(self, ref: ClaimRef) -> None:
        refs = self.article_claims[ref.article_id]
        refs[next(i for i, r in enumerate(refs) if r.claim_id == ref.claim_id)] = ref
        self.verdicts[ref.claim_id] = ref
        self._index(ref)

    def _index(self, ref: ClaimRef) -> None:
        if self._by_place is not None:
            self._by_place.setdefault(ref.place_key, {})[ref.claim_id] = ref
        if self._by_id is not None:
            self._by_id[ref.claim_id] = ref

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

    def feed(self) -> list[TransitionRow]:
        return self.transitions

    def source_id(self, key: str) -> int:
        found = self.sources.get(key)
        if found is None:
            found = self.sources[key] = len(self.sources) + 1
        return found

    def note_verdict(self, place_key: str, step: VerdictStep) -> None:
        self.verdict_log.setdefault(place_key, []).append(step)

    def verdict_steps(self, place_key: str, refs: list[ClaimRef]) -> list[VerdictStep]:
        return self.verdict_log.get(place_key, [])

    def add_history(self, rows: list[TransitionRow]) -> None:
        for row in rows:
            self.history[row.place_key] = (*self.history.get(row.place_key, ()), row)

    def replace_history(self, place_key: str, rows: tuple[TransitionRow, ...]) -> None:
        if rows:
            self.history[place_key] = tuple(rows)
        else:
            self.history.pop(place_key, None)

    def refs_by_place(self) -> dict[str, list[ClaimRef]]:
        """Every current claim, by place (what a whole fold's world-time history is made from)."""
        found: dict[str, list[ClaimRef]] = {}
        for refs in self.article_claims.values():
            for ref in refs:
                listed = found.get(ref.place_key)
                if listed is None:
                    found[ref.place_key] = [ref]
                else:
                    listed.append(ref)
        return found

    def history_rows(self) -> list[TransitionRow]:
        return [row for rows in self.history.values() for row in rows]


def fold_events(events: Iterable[Recorded], affiliations: Mapping[str, str],
                model: MemoryModel | None = None, owns: Mapping[str, bool] | None = None) -> MemoryModel:
    """Run the fold over events in memory (a rebuild, or an as-of answer)."""
    model = model or MemoryModel()
    fold = FrontFold(model, affiliations, owns)
    for recorded in events:
        fold.apply(recorded)
    fold.settle_world()
    return model
