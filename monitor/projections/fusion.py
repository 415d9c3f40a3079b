"""How claims become a front status: one documented, pure function of a place's claims.

The rules (see the evaluation README, "How claims become a front status"):

R0  Only usable claims count: not predicted, not historical background, not denied, not
    rejected by an analyst, and published by the as-of moment.
R1  An analyst's confirmation decides: that control, confirmed (the latest one wins).
R2  An admission against interest decides: an official voice (ministry, commander, proxy
    administration; not a channel passing on rumours) of the side that loses by it,
    stating it without hedging. That control, confirmed. The latest admission wins,
    unless MIN_INDEPENDENT_SOURCES sources later report the other control (the place
    changed hands again): then that control, reported.
R3  Otherwise, unhedged claims (asserted, attributed) for one control:
    confirmed when both sides say it, or MIN_INDEPENDENT_SOURCES independent sources
    assert it and nothing contradicts it; reported otherwise.
R4  Unhedged claims for both controls, each side claiming it for itself, and no
    admission: disputed. The control shown is that of the latest claim; when only
    outlets disagree, it is that control, reported.
R5  Supersession: a claim for one control is superseded by an admission for the other
    made at the same moment or later ("it's under our control" from a proxy official,
    before the ministry announced the withdrawal, no longer contradicts).
R6  Fighting (contested) newer than everything supporting the control makes the place
    contested; the last confirmed controller is kept alongside. Fighting expires: when no
    fighting claim is newer than CONTESTED_WINDOW at the moment asked about, the place
    falls back to what its control claims support (R1-R4, R7), or has no status if none
    do. One March sentence never holds a city contested for the rest of the year. The
    moment is the as-of moment, but never later than the newest claim of the whole front
    (the front as of the latest news: the live table equals the as-of answer for now, and
    an archive replayed years later reads the same).
R7  Only hedged claims: the latest one's control, unconfirmed.

Independent sources are counted once per outlet and once per underlying speaker: a
ministry statement carried by five outlets is one source. Predictions, strikes and
historical background never change a status.

``PlaceEvidence`` holds what the rules need, updated claim by claim in constant time, so
the live projection and a replay from zero apply exactly the same code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

import msgspec

MIN_INDEPENDENT_SOURCES = 2
CONTESTED_WINDOW = timedelta(days=30)  # fighting no newer claim supports for this long has ended
ADMITTING_KINDS = frozenset({"official", "military", "proxy"})
UNUSABLE_FACTUALITY = frozenset({"predicted", "denied"})


class Evidence(NamedTuple):
    """One claim as fusion sees it."""

    claim_id: str
    control: str  # ukraine | russia | contested
    time: datetime  # when the article was published (or recorded, if undated)
    hedged: bool
    voice: str  # ukraine | russia | independent | both: whose voice, outlets by affiliation
    source_key: "Source"  # one per outlet or underlying speaker
    admission: bool
    analyst: str | None = None  # "confirm" | "reject" | None
    position: int = 0  # where the claim is in the log, carried so views can fetch deciding claims


ClaimKey = tuple[str, int]  # (claim id, log position)


@dataclass(frozen=True)
class Status:
    control: str
    confidence: str  # confirmed | reported | unconfirmed | disputed
    deciding: tuple[ClaimKey, ...]  # the claims that decided it
    sources: dict[str, int]  # ukraine / russia / independent: sources for the shown control
    last_confirmed: str | None  # while contested or disputed: the last confirmed controller
    latest: datetime


_VOICE_SIDES = {"ukraine": ("ukraine",), "russia": ("russia",), "both": ("ukraine", "russia"),
                "independent": ("independent",)}


def usable(factuality: str, historical: bool) -> bool:
    return factuality not in UNUSABLE_FACTUALITY and not historical


Moment = tuple[datetime, ClaimKey]  # (time, claim); compared as a pair, so ties are stable
Source = int | str  # who a claim counts as: one outlet or one underlying speaker


class _Line:
    """What is known for one control value, kept up to date claim by claim in O(1)
    (by :meth:`PlaceEvidence.add`).

    ``unhedged``/``hedged`` are the sources heard (any hashable key; the projection
    numbers them); the rest is kept alongside (and stored, so loading a place costs no
    recomputation):
    the newest claims, the two newest distinct unhedged sources (enough to tell whether
    two sources spoke after an admission), the voices heard, and the sources per side.
    """

    __slots__ = ("unhedged", "hedged", "admission", "analyst", "newest_unhedged", "newest_any", "top", "voices",
                 "per_side")

    def __init__(self) -> None:
        self.unhedged: set[Source] = set()
        self.hedged: set[Source] = set()
        self.admission: Moment | None = None
        self.analyst: Moment | None = None
        self.newest_unhedged: Moment | None = None
        self.newest_any: Moment | None = None
        self.top: list[tuple[datetime, ClaimKey, Source]] = []  # (time, claim, source), newest first, distinct sources
        self.voices: set[str] = set()
        self.per_side: dict[str, int] = {}  # distinct sources heard per side

    def sources_after(self, time: datetime) -> list[ClaimKey]:
        """Claims of distinct sources newer than ``time`` (at most MIN_INDEPENDENT_SOURCES)."""
        return [claim for t, claim, _ in self.top if t > time]

    def source_counts(self) -> dict[str, int]:
        return {side: self.per_side.get(side, 0) for side in ("ukraine", "russia", "independent")}


class PlaceEvidence:
    """The evidence for one place, folded claim by claim; :meth:`status` applies the rules."""

    __slots__ = ("_lines", "_judged")

    def __init__(self) -> None:
        self._lines: dict[str, _Line] = {}
        self._judged: tuple | None | bool = False  # the rules' answer until the next claim; False: not known

    def add(self, e: Evidence) -> None:
        """Count one claim: constant time, whatever the place has heard before.

        The hot loop of a rebuild (millions of claims), so written out in one body.
        """
        analyst = e.analyst
        if analyst == "reject":
            return
        self._judged = False
        line = self._lines.get(e.control)
        if line is None:
            line = self._lines[e.control] = _Line()
        time, source = e.time, e.source_key
        claim = (e.claim_id, e.position)
        moment = (time, claim)
        if analyst == "confirm" and (line.analyst is None or moment >= line.analyst):
            line.analyst = moment
        if e.admission and (line.admission is None or moment >= line.admission):
            line.admission = moment
        unhedged = not e.hedged or analyst == "confirm"
        if source not in line.unhedged and source not in line.hedged:
            per_side = line.per_side
            for side in _VOICE_SIDES[e.voice]:
                per_side[side] = per_side.get(side, 0) + 1
        (line.unhedged if unhedged else line.hedged).add(source)
        newest = line.newest_any
        if newest is None or moment >= newest:
            line.newest_any = moment
        if not unhedged:
            return
        line.voices.add(e.voice)
        newest = line.newest_unhedged
        if newest is None or moment >= newest:
            line.newest_unhedged = moment
        top = line.top
        entry = (time, claim, source)
        if not top or entry >= top[0]:
            # Claims mostly come in time order: the newest goes first, keeping it short.
            if top and top[0][2] == source:
                top[0] = entry
                return
            top.insert(0, entry)
            for index in range(1, len(top)):
                if top[index][2] == source:
                    del top[index]
                    break
            del top[MIN_INDEPENDENT_SOURCES:]
            return
        for index, kept in enumerate(top):
            if kept[2] == source:  # a source counts by its newest claim only
                if entry > kept:
                    top[index] = entry
                    top.sort(reverse=True)
                return
        top.append(entry)
        top.sort(reverse=True)
        del top[MIN_INDEPENDENT_SOURCES:]

    def status(self, at: datetime | None = None) -> Status | None:
        """What the claims support; with ``at``, fighting older than CONTESTED_WINDOW at
        that moment has expired (R6)."""
        judged = self._judge() if at is None else self._apply_rules(at)
        if judged is None:
            return None
        control, confidence, deciding, last_confirmed, latest, line = judged
        return Status(control, confidence, deciding, line.source_counts(), last_confirmed, latest)

    def decision(self) -> tuple[str, str] | None:
        """Just (control, confidence): what a transition is made of, cheaper than :meth:`status`."""
        judged = self._judge()
        return None if judged is None else (judged[0], judged[1])

    def _judge(self) -> tuple[str, str, tuple[ClaimKey, ...], str | None, datetime, _Line] | None:
        if self._judged is False:
            self._judged = self._apply_rules()
        return self._judged

    def _apply_rules(self, at: datetime | None = None
                     ) -> tuple[str, str, tuple[ClaimKey, ...], str | None, datetime, _Line] | None:
        lines = self._lines
        ukraine, russia, fighting = lines.get("ukraine"), lines.get("russia"), lines.get("contested")
        if fighting is not None and at is not None:
            newest = fighting.newest_unhedged or fighting.newest_any
            if newest is not None and at - newest[0] > CONTESTED_WINDOW:
                fighting = None  # R6: the fighting has ended
        decided = self._decide(ukraine, russia)
        if decided is None:
            return self._contested_only(fighting)
        control, confidence, deciding = decided
        line = ukraine if control == "ukraine" else russia
        latest = line.newest_any
        if fighting is not None:
            newest_fight = fighting.newest_unhedged or fighting.newest_any
            if newest_fight and latest and newest_fight[0] > latest[0]:
                fight_confidence = "reported" if fighting.unhedged else "unconfirmed"
                return ("contested", fight_confidence, (newest_fight[1],),
                        control if confidence == "confirmed" else None, newest_fight[0], fighting)
        last_confirmed = None
        if confidence == "disputed":
            other = russia if control == "ukraine" else ukraine
            last_confirmed = _other(control) if other.admission or other.analyst else None
        return control, confidence, deciding, last_confirmed, latest[0], line

    @staticmethod
    def _decide(ukraine: _Line | None, russia: _Line | None) -> tuple[str, str, tuple[ClaimKey, ...]] | None:
        # R1: analysts.
        found = _latest(ukraine and ukraine.analyst, russia and russia.analyst)
        if found:
            (time, claim), control = found
            return control, "confirmed", (claim,)
        # R2: admissions against interest; the latest wins unless the place changed hands again.
        found = _latest(ukraine and ukraine.admission, russia and russia.admission)
        if found:
            (time, claim), control = found
            other = russia if control == "ukraine" else ukraine
            later = other.sources_after(time) if other else []
            if len(later) >= MIN_INDEPENDENT_SOURCES:
                return _other(control), "reported", tuple(later)
            return control, "confirmed", (claim,)
        # R3-R4: unhedged support.
        for_ukraine = ukraine is not None and bool(ukraine.unhedged)
        for_russia = russia is not None and bool(russia.unhedged)
        if for_ukraine and for_russia:
            (time, claim), control = _latest(ukraine.newest_unhedged, russia.newest_unhedged)
            if "ukraine" in ukraine.voices and "russia" in russia.voices:
                return control, "disputed", (claim,)
            return control, "reported", (claim,)
        if for_ukraine or for_russia:
            control, line, other = ("ukraine", ukraine, russia) if for_ukraine else ("russia", russia, ukraine)
            time, claim = line.newest_unhedged
            voices = line.voices
            both_sides = ("ukraine" in voices and "russia" in voices) or "both" in voices
            contradicted = other is not None and bool(other.unhedged or other.hedged)
            if both_sides or (len(line.unhedged) >= MIN_INDEPENDENT_SOURCES and not contradicted):
                return control, "confirmed", (claim,)
            return control, "reported", (claim,)
        # R7: hedged only.
        found = _latest(ukraine.newest_any if ukraine and ukraine.hedged else None,
                        russia.newest_any if russia and russia.hedged else None)
        if found:
            (time, claim), control = found
            return control, "unconfirmed", (claim,)
        return None

    @staticmethod
    def _contested_only(fighting: _Line | None):
        if fighting is None:
            return None
        newest = fighting.newest_unhedged or fighting.newest_any
        if newest is None:
            return None
        confidence = "reported" if fighting.unhedged else "unconfirmed"
        return "contested", confidence, (newest[1],), None, newest[0], fighting

    # -- persistence: every field is stored, so loading a place recomputes nothing

    def to_bytes(self) -> bytes:
        """The stored form: every field of every line, as MessagePack (compact, times binary)."""
        return msgspec.msgpack.encode(
            {c: (line.unhedged, line.hedged, line.admission, line.analyst, line.newest_unhedged, line.newest_any,
                 line.top, sorted(line.voices), line.per_side) for c, line in self._lines.items()})

    @classmethod
    def from_bytes(cls, data: bytes) -> "PlaceEvidence":
        """Back from the stored form, typed by msgspec in one pass."""
        evidence = cls()
        for control, stored in _STORED_DECODER.decode(data).items():
            line = evidence._lines[control] = _Line()
            (line.unhedged, line.hedged, line.admission, line.analyst, line.newest_unhedged, line.newest_any,
             line.top, voices, line.per_side) = stored
            line.voices = set(voices)
        return evidence


_Sources = set[int]  # stored sources are the projection's numbers
_StoredMoment = tuple[datetime, tuple[str, int]] | None
_StoredLine = tuple[_Sources, _Sources, _StoredMoment, _StoredMoment, _StoredMoment, _StoredMoment,
                    list[tuple[datetime, tuple[str, int], int]], list[str], dict[str, int]]
_STORED_DECODER = msgspec.msgpack.Decoder(dict[str, _StoredLine])


def _latest(for_ukraine: Moment | None, for_russia: Moment | None) -> tuple[Moment, str] | None:
    """The later of two moments with the control it is for (None when neither is set)."""
    if not for_ukraine:
        return (for_russia, "russia") if for_russia else None
    if not for_russia or for_ukraine >= for_russia:
        return for_ukraine, "ukraine"
    return for_russia, "russia"


def _other(control: str) -> str:
    return "russia" if control == "ukraine" else "ukraine"


def fuse(claims: Iterable[Evidence]) -> Status | None:
    """The status a place's claims support (the rules above), or None if none is usable."""
    evidence = PlaceEvidence()
    for claim in sorted(claims, key=lambda e: e.time):
        evidence.add(claim)
    return evidence.status()
