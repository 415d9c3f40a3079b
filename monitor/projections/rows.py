"""The rows the front projection keeps: articles, claims, place statuses, transitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    source: str
    outlet: str | None
    url: str | None
    title: str


@dataclass(frozen=True)
class ClaimRow:
    """A claim as the views show it, with what fusion needs already worked out."""

    claim_id: str
    article_id: str
    place_key: str  # the place id, or "name:<place>" for a name left ambiguous
    place_id: str | None
    place: str
    control: str
    factuality: str
    historical: bool
    side: str
    speaker: str | None
    evidence: str
    rule: str
    time: datetime
    position: int
    voice: str
    source_key: str
    admission: bool
    verdict: str | None = None
    verdict_note: str | None = None


@dataclass(frozen=True)
class StatusRow:
    place_key: str
    place_id: str | None
    place: str
    control: str
    confidence: str
    since: datetime
    latest: datetime
    deciding: tuple[str, ...]
    sources_ukraine: int
    sources_russia: int
    sources_independent: int
    last_confirmed: str | None
    position: int


@dataclass(frozen=True)
class TransitionRow:
    position: int
    place_key: str
    place: str
    at: datetime
    from_control: str | None
    from_confidence: str | None
    to_control: str | None
    to_confidence: str | None
    causes: tuple[str, ...]
