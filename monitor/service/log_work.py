"""The work that follows the log: claims from new articles, then the front projection.

Pollers (in this process or another) append articles; this reads what is new, extracts
claims and catches the projection up. Both steps are idempotent, so two processes never
double anything; what keeps several daemons on one PostgreSQL from doing the same work
twice over is how it is shared (``shared=True``, the daemon):

- extraction is claimed a range of the log at a time (:class:`~monitor.log.WorkRanges`),
  so each article is read by one daemon and every daemon takes a share of a burst;
- the projection has one owner at a time (a :class:`~monitor.log.Lease`), the others
  standing by to take over when its lease lapses.

A one-shot command (``poll --once``, ``import``, ``backfill``) reads only what it appended
(``after``) and catches the projection up itself.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

from monitor.extract import EXTRACTOR_VERSION
from monitor.log import EventStore, LeaseLost, RangeClaim, WorkRanges, lease_for
from monitor.projections.runner import catch_up
from monitor.service.extraction import extract_articles, extract_range

PROJECTION_ROLE = "projection"
BUDGET = 2.0  # seconds of extraction per pass before the projection is caught up again


@dataclass(frozen=True)
class WorkDone:
    articles: int  # article revisions newly read for claims
    claims: int  # claims extracted from them
    projected: int  # events the front projection applied
    more: bool = False  # extraction work was left for the next pass
    dropped: int = 0  # ranges whose work was not recorded: another process had taken them over
    owner: bool = True  # this process keeps the projection (else another one does)


class LogWork:
    """One pass at a time: extraction from where the last pass ended, then catch-up."""

    def __init__(self, store: EventStore, affiliations: Mapping[str, str], after: int = 0, *,
                 shared: bool = False, budget: float = BUDGET) -> None:
        self.store = store
        self.affiliations = dict(affiliations)
        self._after = after  # (one-shot) articles up to here have been read for claims
        self.budget = budget
        self.ranges = WorkRanges(store, f"extract:{EXTRACTOR_VERSION}") if shared else None
        self.lease = lease_for(store, PROJECTION_ROLE) if shared else None
        self._claim: RangeClaim | None = None  # the range being worked on, for the heartbeat

    def run_once(self) -> WorkDone:
        if self.ranges is not None:
            articles, claims, more, dropped = self._extract_claimed()
        else:
            head = self.store.head()
            extracted = extract_articles(self.store, self.affiliations, after=self._after)
            self._after = head
            articles, claims, more, dropped = extracted.appended, extracted.claims, False, 0
        owner = self.lease is None or self.lease.try_hold()
        projected = catch_up(self.store, self.affiliations) if owner else 0
        return WorkDone(articles, claims, projected, more, dropped, owner)

    def _extract_claimed(self) -> tuple[int, int, bool, int]:
        articles = claims = dropped = 0
        deadline = time.monotonic() + self.budget
        head = self.store.head()
        while time.monotonic() < deadline:
            self._claim = self.ranges.claim(head)
            if self._claim is None:
                return articles, claims, False, dropped
            try:
                done = extract_range(self.store, self._claim, self.affiliations)
            except LeaseLost:
                dropped += 1
                continue
            finally:
                self._claim = None
            articles += done.appended
            claims += done.claims
        return articles, claims, True, dropped

    def renew(self) -> None:
        """The heartbeat: keep the range being worked on and the projection role."""
        claim = self._claim
        if claim is not None and self.ranges is not None:
            self.ranges.renew([claim])
        if self.lease is not None and self.lease.holding:
            self.lease.renew()

    def release(self) -> None:
        """Give the projection role up at once (a clean stop)."""
        if self.lease is not None:
            self.lease.release()
