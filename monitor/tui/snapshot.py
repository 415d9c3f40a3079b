"""What the dashboard shows at one moment, as plain frozen values built off the UI thread.

Widgets only ever receive these: they never touch the store, so nothing they do can
block the screen, and tests can build them without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.projections.quote_marks import QuoteMark
from monitor.projections.rows import TransitionRow
from monitor.projections.source_health import SourceHealthRow


@dataclass(frozen=True, slots=True)
class FrontRow:
    """One settlement of the front table (and one marker of the map)."""

    place_key: str
    place: str
    oblast: str
    control: str
    confidence: str
    since: datetime
    latest: datetime
    ukraine: int  # sources, by affiliation
    russia: int
    independent: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One report not yet corroborated: a sentence, with every place it names."""

    claim_id: str  # the first claim (its place opens on Enter)
    place_key: str
    place: str  # every place the sentence names, in order ("Semenivka, Volokhiv Yar, …")
    control: str
    factuality: str
    speaker: str | None
    outlet: str
    time: datetime
    quote: str
    claim_ids: tuple[str, ...] = ()  # one per place: a verdict on the report is one on each
    undated: bool = False  # the article has no date: ``time`` is when it was recorded


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The whole dashboard's data: live (``as_of`` None) or as of a past moment."""

    as_of: datetime | None
    head: int  # the log position it reflects
    rows: tuple[FrontRow, ...]
    changes: tuple[TransitionRow, ...]  # the projection's own rows: already frozen values
    reports: tuple[ReportRow, ...]
    sources: tuple[SourceHealthRow, ...]

    @property
    def newest(self) -> datetime | None:
        """The newest evidence on the front: where stepping back in time starts."""
        return max((r.latest for r in self.rows), default=None)


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """A claim on a place's timeline, with where it was read and what to highlight."""

    claim_id: str
    time: datetime
    control: str
    factuality: str
    historical: bool
    speaker: str | None
    outlet: str
    url: str | None
    title: str
    quote: str
    marks: tuple[QuoteMark, ...]
    verdict: str | None
    verdict_note: str | None
    undated: bool = False  # the article has no date: ``time`` is when it was recorded


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """A status change on a place's timeline."""

    time: datetime
    from_control: str | None
    from_confidence: str | None
    to_control: str | None
    to_confidence: str | None


@dataclass(frozen=True, slots=True)
class PlaceDetail:
    """One settlement's timeline, oldest first, as of the dashboard's moment."""

    place_key: str
    place: str
    status: FrontRow | None
    entries: tuple[ClaimEntry | ChangeEntry, ...]
    as_of: datetime | None
