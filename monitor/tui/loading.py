"""Everything the dashboard reads from the log and the projections, and the one thing it writes.

Every method blocks (database reads, folds), so only worker threads call them; they hand
back the frozen values of :mod:`monitor.tui.snapshot`. The live view reads the
projection's tables; a past moment folds the log in memory through the same code
(:func:`monitor.projections.runner.as_of`), so the two can never disagree on rules.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from concurrent.futures import Future
from datetime import datetime, timezone
from functools import cache

from monitor.domain.events import ClaimVerdict
from monitor.gazetteer import load_gazetteer
from monitor.log import EventStore
from monitor.projections.front import MemoryModel
from monitor.projections.queries import (FrontView, grouped_reports, live_view, memory_view, timeline,
                                         unconfirmed_reports)
from monitor.projections.quote_marks import quote_marks
from monitor.projections.queries import Report
from monitor.projections.rows import ArticleRow, StatusRow
from monitor.projections.runner import as_of, catch_up
from monitor.projections.source_health import SourceHealthFold, source_health
from monitor.tui.map_canvas import MapFrame, MapPoint
from monitor.tui.snapshot import ChangeEntry, ClaimEntry, FrontRow, PlaceDetail, ReportRow, Snapshot

CHANGES = 100  # the latest transitions recorded, shown by when they happened
REPORTS = 100  # newest unconfirmed reports ...
REPORT_PLACES = 100  # ... among the weak places with the latest evidence ...
REPORT_EVENTS = 4  # ... read from each one's newest claim events


class DashboardData:
    """The dashboard's view of one event store."""

    def __init__(self, store: EventStore, affiliations: Mapping[str, str]) -> None:
        self.store = store
        self.affiliations = dict(affiliations)
        self._health = SourceHealthFold()
        self._health_lock = threading.Lock()
        self._model: tuple[datetime, int, MemoryModel] | None = None  # the last past moment folded
        self._first: Future[Snapshot] | None = None

    def head(self) -> int:
        return self.store.head()

    def prefetch(self) -> None:
        """Start reading the live snapshot now, on a thread, while the terminal UI starts up
        (the database waits overlap the UI's start; the follower takes the result)."""
        first: Future[Snapshot] = Future()

        def read() -> None:
            try:
                first.set_result(self.snapshot(None))
            except BaseException as error:  # handed to the follower, which reports it
                first.set_exception(error)

        self._first = first
        threading.Thread(target=read, name="dashboard prefetch", daemon=True).start()

    def opening_snapshot(self) -> Snapshot:
        """The prefetched live snapshot if there is one (once), else a fresh one."""
        first, self._first = self._first, None
        return first.result() if first is not None else self.snapshot(None)

    def catch_up(self) -> int:
        """Bring the front projection up to the log (cheap when nothing is new)."""
        return catch_up(self.store, self.affiliations)

    def snapshot(self, moment: datetime | None = None) -> Snapshot:
        """The dashboard live (``moment`` None), or as the articles up to ``moment`` left it."""
        head = self.store.head()
        view = self._view(moment, head)
        if moment is None:
            with self._health_lock:
                self._health.catch_up(self.store)
                sources = tuple(self._health.rows())
        else:
            sources = tuple(source_health(self.store, moment))
        reports = grouped_reports(unconfirmed_reports(view, REPORT_PLACES, REPORT_EVENTS))[:REPORTS]
        articles = view.articles({r.first.article_id for r in reports})
        return Snapshot(
            as_of=moment,
            head=head,
            rows=tuple(front_row(s) for s in view.statuses),
            changes=tuple(view.recent_transitions(CHANGES)),  # latest first, in world order
            reports=tuple(_report_row(r, articles.get(r.first.article_id)) for r in reports),
            sources=sources,
        )

    def place(self, place_key: str, moment: datetime | None = None) -> PlaceDetail:
        """One settlement's timeline: every claim with its quote and source, and every change."""
        view = self._view(moment, self.store.head())
        status = next((s for s in view.statuses if s.place_key == place_key), None)
        entries = timeline(view, {place_key})
        articles = view.articles({e.claim.article_id for e in entries if e.claim})
        items: list[ClaimEntry | ChangeEntry] = []
        for entry in entries:
            if entry.transition is not None:
                r = entry.transition
                items.append(ChangeEntry(r.at, r.from_control, r.from_confidence, r.to_control, r.to_confidence))
                continue
            c = entry.claim
            article = articles.get(c.article_id)
            items.append(ClaimEntry(
                c.claim_id, c.time, c.control, c.factuality, c.historical, c.speaker, _outlet(article),
                article.url if article else None, article.title if article else "", c.evidence,
                tuple(quote_marks(c.evidence, c.place, c.marks)), c.verdict, c.verdict_note,
                _undated(article)))
        name = status.place if status else next((e.claim.place for e in entries if e.claim), place_key)
        return PlaceDetail(place_key, name, front_row(status) if status else None, tuple(items), moment)

    def warm(self) -> None:
        """Load what the first place timeline needs ahead of time (nothing, now that claims
        carry where their place and trigger stand)."""

    def record_verdict(self, claim_id: str, verdict: str, note: str, analyst: str) -> None:
        """An analyst's verdict: one ``ClaimVerdict`` event, then the projection catches up."""
        self.record_verdicts((claim_id,), verdict, note, analyst)

    def record_verdicts(self, claim_ids: tuple[str, ...], verdict: str, note: str, analyst: str) -> None:
        """One verdict on several claims (a report naming several places), appended together."""
        now = datetime.now(timezone.utc)
        self.store.append([ClaimVerdict(claim_id, verdict, note, analyst, now) for claim_id in claim_ids])
        self.catch_up()

    def _view(self, moment: datetime | None, head: int) -> FrontView:
        if moment is None:
            return live_view(self.store)
        if self._model is None or self._model[:2] != (moment, head):
            self._model = (moment, head, as_of(self.store, moment, self.affiliations))
        return memory_view(self._model[2], self.store)


@cache
def map_frame() -> MapFrame:
    """The map's frame: every placed settlement of the gazetteer (built once per process)."""
    return MapFrame.build(MapPoint(p.lat, p.lon, p.oblast) for p in load_gazetteer().places if p.lat is not None)


def front_row(status: StatusRow) -> FrontRow:
    place = load_gazetteer().get(status.place_id) if status.place_id else None
    return FrontRow(status.place_key, status.place, place.oblast if place else "", status.control,
                    status.confidence, status.since, status.latest, status.sources_ukraine, status.sources_russia,
                    status.sources_independent, place.lat if place else None, place.lon if place else None)


def _report_row(report: Report, article: ArticleRow | None) -> ReportRow:
    c = report.first
    return ReportRow(c.claim_id, c.place_key, ", ".join(report.places), c.control, c.factuality, c.speaker,
                     _outlet(article), c.time, c.evidence, report.claim_ids, _undated(article))


def _outlet(article: ArticleRow | None) -> str:
    return article.shown_outlet if article is not None else ""


def _undated(article: ArticleRow | None) -> bool:
    return article is not None and article.published is None
