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
    contested; the last confirmed controller is kept alongside.
R7  Only hedged claims: the latest one's control, unconfirmed.

Independent sources are counted once per outlet and once per underlying speaker: a
ministry statement carried by five outlets is one source. Predictions, strikes and
historical background never change a status.

``PlaceEvidence`` holds what the rules need, updated claim by claim in constant time, so
the live projection and a replay from zero apply exactly the same code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MIN_INDEPENDENT_SOURCES = 2
CONTROLS = ("ukraine", "russia")
ADMITTING_KINDS = frozenset({"official", "military", "proxy"})
UNUSABLE_FACTUALITY = frozenset({"predicted", "denied"})


@dataclass(frozen=True)
class Evidence:
    """One claim as fusion sees it."""

    claim_id: str
    control: str  # ukraine | russia | contested
    time: datetime  # when the article was published (or recorded, if undated)
    hedged: bool
    voice: str  # ukraine | russia | independent | both: whose voice, outlets by affiliation
    source_key: str  # one per outlet or underlying speaker
    admission: bool
    analyst: str | None = None  # "confirm" | "reject" | None


@dataclass(frozen=True)
class Status:
    control: str
    confidence: str  # confirmed | reported | unconfirmed | disputed
    deciding: tuple[str, ...]  # claim ids that decided it
    sources: dict[str, int]  # ukraine / russia / independent: sources for the shown control
    last_confirmed: str | None  # while contested or disputed: the last confirmed controller
    latest: datetime


def usable(factuality: str, historical: bool) -> bool:
    return factuality not in UNUSABLE_FACTUALITY and not historical


@dataclass
class _Line:
    """What is known for one control value."""

    unhedged: dict[str, tuple[datetime, str, str]] = field(default_factory=dict)  # source -> (time, claim, voice)
    hedged: dict[str, tuple[datetime, str, str]] = field(default_factory=dict)
    admission: tuple[datetime, str] | None = None
    analyst: tuple[datetime, str] | None = None

    def latest_unhedged(self) -> tuple[datetime, str] | None:
        return max(((t, c) for t, c, _ in self.unhedged.values()), default=None)

    def latest_any(self) -> tuple[datetime, str] | None:
        values = [(t, c) for t, c, _ in self.unhedged.values()] + [(t, c) for t, c, _ in self.hedged.values()]
        return max(values, default=None)

    def voices(self) -> set[str]:
        return {v for _, _, v in self.unhedged.values()}

    def source_counts(self) -> dict[str, int]:
        counts = {"ukraine": 0, "russia": 0, "independent": 0}
        for source in set(self.unhedged) | set(self.hedged):
            _, _, voice = self.unhedged.get(source) or self.hedged[source]
            for side in (("ukraine", "russia") if voice == "both" else (voice,)):
                counts[side if side in counts else "independent"] += 1
        return counts


class PlaceEvidence:
    """The evidence for one place, folded claim by claim; :meth:`status` applies the rules."""

    def __init__(self) -> None:
        self._lines: dict[str, _Line] = {}

    def add(self, e: Evidence) -> None:
        if e.analyst == "reject":
            return
        line = self._lines.setdefault(e.control, _Line())
        if e.analyst == "confirm" and (line.analyst is None or e.time >= line.analyst[0]):
            line.analyst = (e.time, e.claim_id)
        if e.admission and (line.admission is None or e.time >= line.admission[0]):
            line.admission = (e.time, e.claim_id)
        bucket = line.hedged if e.hedged and e.analyst != "confirm" else line.unhedged
        known = bucket.get(e.source_key)
        if known is None or e.time >= known[0]:
            bucket[e.source_key] = (e.time, e.claim_id, e.voice)

    def status(self) -> Status | None:
        control_lines = {c: self._lines[c] for c in CONTROLS if c in self._lines}
        fighting = self._lines.get("contested")
        decided = self._decide(control_lines)
        if decided is None:
            return self._contested_only(fighting)
        control, confidence, deciding = decided
        line = control_lines[control]
        latest = line.latest_any()
        if fighting is not None:
            newest_fight = fighting.latest_unhedged() or fighting.latest_any()
            if newest_fight and latest and newest_fight[0] > latest[0]:
                fight_confidence = "reported" if fighting.unhedged else "unconfirmed"
                return Status("contested", fight_confidence, (newest_fight[1],), fighting.source_counts(),
                              control if confidence == "confirmed" else None, newest_fight[0])
        last_confirmed = None
        if confidence == "disputed":
            other = control_lines[_other(control)]
            last_confirmed = _other(control) if other.admission or other.analyst else None
        return Status(control, confidence, deciding, line.source_counts(), last_confirmed, latest[0])

    def _decide(self, lines: dict[str, _Line]) -> tuple[str, str, tuple[str, ...]] | None:
        # R1: analysts.
        analysed = [(line.analyst, c) for c, line in lines.items() if line.analyst]
        if analysed:
            (time, claim), control = max(analysed)
            return control, "confirmed", (claim,)
        # R2: admissions against interest; the latest wins.
        admitted = [(line.admission, c) for c, line in lines.items() if line.admission]
        if admitted:
            (time, claim), control = max(admitted)
            other = lines.get(_other(control))
            later = [c for t, c, _ in other.unhedged.values() if t > time] if other else []
            if len(later) >= MIN_INDEPENDENT_SOURCES:
                return _other(control), "reported", tuple(later)
            return control, "confirmed", (claim,)
        # R3-R4: unhedged support.
        supported = {c: line for c, line in lines.items() if line.unhedged}
        if len(supported) == 2:
            latest = max((line.latest_unhedged(), c) for c, line in supported.items())
            (time, claim), control = latest
            if "ukraine" in supported["ukraine"].voices() and "russia" in supported["russia"].voices():
                return control, "disputed", (claim,)
            return control, "reported", (claim,)
        if len(supported) == 1:
            control, line = next(iter(supported.items()))
            time, claim = line.latest_unhedged()
            voices = line.voices()
            both_sides = {"ukraine", "russia"} <= voices or "both" in voices
            contradicted = any(other.unhedged or other.hedged for c, other in lines.items() if c != control)
            if both_sides or (len(line.unhedged) >= MIN_INDEPENDENT_SOURCES and not contradicted):
                return control, "confirmed", (claim,)
            return control, "reported", (claim,)
        # R7: hedged only.
        hedged = [(line.latest_any(), c) for c, line in lines.items() if line.hedged]
        if hedged:
            (time, claim), control = max(hedged)
            return control, "unconfirmed", (claim,)
        return None

    @staticmethod
    def _contested_only(fighting: _Line | None) -> Status | None:
        if fighting is None:
            return None
        newest = fighting.latest_unhedged() or fighting.latest_any()
        if newest is None:
            return None
        confidence = "reported" if fighting.unhedged else "unconfirmed"
        return Status("contested", confidence, (newest[1],), fighting.source_counts(), None, newest[0])

    # -- persistence: the projection keeps this per place between runs ------------------

    def to_data(self) -> dict[str, Any]:
        def bucket(b: dict[str, tuple[datetime, str, str]]) -> dict[str, list]:
            return {k: [t.isoformat(), c, v] for k, (t, c, v) in b.items()}

        def pair(p: tuple[datetime, str] | None) -> list | None:
            return None if p is None else [p[0].isoformat(), p[1]]

        return {c: {"u": bucket(l.unhedged), "h": bucket(l.hedged), "a": pair(l.admission), "n": pair(l.analyst)}
                for c, l in self._lines.items()}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "PlaceEvidence":
        def bucket(b: dict[str, list]) -> dict[str, tuple[datetime, str, str]]:
            return {k: (datetime.fromisoformat(t), c, v) for k, (t, c, v) in b.items()}

        def pair(p: list | None) -> tuple[datetime, str] | None:
            return None if p is None else (datetime.fromisoformat(p[0]), p[1])

        evidence = cls()
        for control, line in data.items():
            evidence._lines[control] = _Line(bucket(line["u"]), bucket(line["h"]), pair(line["a"]), pair(line["n"]))
        return evidence


def _other(control: str) -> str:
    return "russia" if control == "ukraine" else "ukraine"


def fuse(claims: Iterable[Evidence]) -> Status | None:
    """The status a place's claims support (the rules above), or None if none is usable."""
    evidence = PlaceEvidence()
    for claim in sorted(claims, key=lambda e: e.time):
        evidence.add(claim)
    return evidence.status()
