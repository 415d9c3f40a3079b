"""The work that follows the log: claims from new articles, then the front projection.

Pollers (in this process or another) append articles; this reads what is new since it
last looked, extracts claims and catches the projection up. Both steps are idempotent,
so two daemons sharing one PostgreSQL log, or a daemon and a `monitor import`, never
double anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from monitor.log import EventStore
from monitor.projections.runner import catch_up
from monitor.service.extraction import extract_articles


@dataclass(frozen=True)
class WorkDone:
    articles: int  # article revisions newly read for claims
    claims: int  # claims extracted from them
    projected: int  # events the front projection applied


class LogWork:
    """One pass at a time: extraction from where the last pass ended, then catch-up."""

    def __init__(self, store: EventStore, affiliations: Mapping[str, str], after: int = 0) -> None:
        self.store = store
        self.affiliations = dict(affiliations)
        self._after = after  # articles up to here have been read for claims

    def run_once(self) -> WorkDone:
        head = self.store.head()
        extracted = extract_articles(self.store, self.affiliations, after=self._after)
        self._after = head
        projected = catch_up(self.store, self.affiliations)
        return WorkDone(extracted.appended, extracted.claims, projected)
