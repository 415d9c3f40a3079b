"""Domain values: the event catalogue and claim types. No I/O lives here."""

from monitor.domain.events import (
    AlertDelivered,
    ArticleRevised,
    ArticleSeen,
    ClaimsExtracted,
    ClaimVerdict,
    Event,
    EVENT_TYPES,
    SourceFailed,
    SourcePolled,
    UnknownEvent,
)

__all__ = [
    "AlertDelivered",
    "ArticleRevised",
    "ArticleSeen",
    "ClaimsExtracted",
    "ClaimVerdict",
    "Event",
    "EVENT_TYPES",
    "SourceFailed",
    "SourcePolled",
    "UnknownEvent",
]
