"""Domain values: the event catalogue and claim types. No I/O lives here.

The event types are imported from :mod:`monitor.domain.events` when first asked for here
(``monitor.domain.ArticleSeen``), so a module that needs only a small part of the domain
(``monitor.domain.inert_text``, the output sanitiser) does not load the whole catalogue.
"""

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


def __getattr__(name: str):
    if name in __all__:
        from monitor.domain import events

        return getattr(events, name)
    raise AttributeError(f"module 'monitor.domain' has no attribute {name!r}")
