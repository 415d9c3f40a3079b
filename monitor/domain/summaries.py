"""One-line human summaries of events, for listings (CLI and dashboard alike)."""

from __future__ import annotations

from monitor.domain.events import (
    AlertDelivered,
    ArticleRevised,
    ArticleSeen,
    ClaimsExtracted,
    ClaimVerdict,
    Event,
    SourceFailed,
    SourcePolled,
    UnknownEvent,
)


def summarise(event: Event | UnknownEvent) -> str:
    match event:
        case ArticleRevised():
            return f"revised: {event.title} ({event.outlet or event.source})"
        case ArticleSeen():
            return f"{event.title} ({event.outlet or event.source})"
        case SourcePolled():
            state = "not modified" if event.not_modified else f"{event.items} items, {event.new_items} new"
            return f"{event.source}: HTTP {event.status}, {state}, {event.duration_ms:.0f} ms"
        case SourceFailed():
            return f"{event.source}: {event.reason} (failure {event.consecutive_failures})"
        case ClaimsExtracted():
            return f"{len(event.claims)} claims from article {event.article_id} by extractor {event.extractor_version}"
        case ClaimVerdict():
            return f"{event.verdict} claim {event.claim_id}: {event.note}"
        case AlertDelivered():
            return f"alert {event.alert_id} to {event.hook}: {event.outcome} (attempt {event.attempt})"
        case UnknownEvent():
            return f"unknown event type {event.type} v{event.version}: {len(event.data)} fields kept"
    return type(event).__name__
