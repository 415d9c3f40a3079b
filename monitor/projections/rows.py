"""The rows the front projection keeps: articles, claims, place statuses, transitions.

Immutable named tuples: a rebuild makes millions of them, and they go to the database
as plain tuples.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from monitor.projections.fusion import Evidence


class ArticleRow(NamedTuple):
    article_id: str
    source: str
    outlet: str | None
    url: str | None
    title: str
    claims_position: int | None = None  # where the article's current claims are in the log
    published: datetime | None = None  # its own publication time; None: undated (its claims count from recording)

    @property
    def shown_outlet(self) -> str:
        """The outlet to name: the article's own, else the source it came from."""
        return self.outlet or self.source or ""


def with_claims_at(row: ArticleRow | None, article_id: str, position: int) -> ArticleRow:
    """The article's row once its current claims are those at ``position`` (a bare row for an
    article whose ArticleSeen the fold has not met)."""
    if row is None:
        return ArticleRow(article_id, "", None, None, "", position)
    return tuple.__new__(ArticleRow, (*row[:5], position, row[6]))  # no keyword handling: a hot path


class ClaimRef(NamedTuple):
    """What the fold holds per claim: where it is in the log, what fusion counts, its verdict.

    The claim's text, speaker and quote stay in the log (the ``ClaimsExtracted`` event at
    ``position``): copying every claim into the projection would double its storage and
    most of a rebuild's time. ``evidence`` is None for a claim that cannot count
    (predicted, denied, historical background).
    """

    claim_id: str
    article_id: str
    place_key: str
    place: str
    position: int
    evidence: "Evidence | None"
    verdict: str | None = None
    verdict_note: str | None = None


class ClaimRow(NamedTuple):
    """A claim as the views show it: the stored claim with its article's time and verdict."""

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
    verdict: str | None = None
    verdict_note: str | None = None
    marks: tuple[int, ...] = ()  # the place and trigger in the evidence (Claim.marks)


class StatusRow(NamedTuple):
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
    deciding_at: tuple[int, ...] = ()  # the log positions of the deciding claims, in the same order


class TransitionRow(NamedTuple):
    """A change of a place's status: caused by the event at ``position``, ``at`` a world time.

    In the history, ``step`` is where the change sits in world order (the step key of
    :mod:`monitor.projections.world_history`, as text: it sorts as the world does, ties
    included); the feed of learned changes leaves it empty.
    """

    position: int
    place_key: str
    place: str
    at: datetime
    from_control: str | None
    from_confidence: str | None
    to_control: str | None
    to_confidence: str | None
    causes: tuple[str, ...]
    step: str | None = None


class PlaceMark(NamedTuple):
    """What the fold tracks per place between events: the shown control and since when.

    The full :class:`StatusRow` (sources, deciding claims) is made from a mark and the
    place's evidence when rows are written, not after every event.
    """

    place_key: str
    place_id: str | None
    place: str
    control: str
    confidence: str
    since: datetime
    position: int
    world_newest: str | None = None  # the newest step of its world-time history (world_history.key_text)
