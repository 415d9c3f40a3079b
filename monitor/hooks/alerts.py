"""An alert: one status transition, told to one hook, with the evidence behind it.

Typed, frozen values. The id is derived from the hook, the log position of the event
that moved the status and the place, so the same transition is the same alert forever:
after a crash it is sent again under the same id, and a receiver can drop the copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


def alert_id(hook: str, position: int, place_key: str) -> str:
    digest = hashlib.sha256(f"alert\x00{hook}\x00{position}\x00{place_key}".encode()).hexdigest()
    return digest[:24]


@dataclass(frozen=True)
class PlaceInfo:
    key: str  # the gazetteer id, or "name:<name>" for a name the claims left ambiguous
    id: str | None
    name: str
    oblast: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class ClaimInfo:
    """One claim behind a transition, as read from its article (untrusted text: data only)."""

    claim_id: str
    quote: str
    control: str
    factuality: str
    speaker: str | None
    outlet: str | None  # None when the source does not say (a local file)
    source: str | None  # the configured source the article came from
    url: str | None
    title: str | None
    published: datetime | None
    verdict: str | None = None  # an analyst's verdict, when that is what moved the status


@dataclass(frozen=True)
class Change:
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Alert:
    id: str
    hook: str
    trigger: str
    position: int  # the log position of the event that moved the status
    at: datetime  # when it happened in the world (the deciding article's publication)
    place: PlaceInfo
    control: Change
    confidence: Change
    claims: tuple[ClaimInfo, ...]
    sample: bool = False  # sent by `monitor hooks test`, not a real transition
