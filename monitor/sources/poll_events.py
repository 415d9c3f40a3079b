"""The events one poll appends, as pure functions of what came back and what the log knows.

A success is one ``SourcePolled`` plus an ``ArticleSeen`` for each new identity and an
``ArticleRevised`` for each known identity whose content hash changed; unchanged items
add nothing. A failure is one ``SourceFailed`` carrying the count of failures in a row
and the next try (backoff, the server's Retry-After, or parking).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from monitor.domain.events import ArticleRevised, ArticleSeen, Event, SourceFailed, SourcePolled
from monitor.sources.fetch_outcomes import FetchFailed, Validators
from monitor.sources.poll_memory import SourceState
from monitor.sources.retry_policy import RetryPolicy

_ARTICLE_FIELDS = tuple(f.name for f in fields(ArticleSeen))


@dataclass(frozen=True)
class Harvest:
    """A successful fetch and read of one source (``articles`` empty on a 304)."""

    status: int
    not_modified: bool
    validators: Validators
    items: int
    articles: tuple[ArticleSeen, ...] = ()
    replacements: int = 0  # undecodable bytes the document's text was read with, each as U+FFFD
    charset: str | None = None  # the charset it was read in, when the monitor decoded it


@dataclass(frozen=True)
class PollEvents:
    events: tuple[Event, ...]
    new: int
    revised: int


def article_changes(found: Iterable[ArticleSeen], known: Mapping[str, str]) -> list[ArticleSeen | ArticleRevised]:
    """New identities as ArticleSeen, changed ones as ArticleRevised, the rest dropped."""
    changes: list[ArticleSeen | ArticleRevised] = []
    for article in found:
        latest = known.get(article.article_id)
        if latest is None:
            changes.append(article)
        elif latest != article.content_hash:
            changes.append(ArticleRevised(**{name: getattr(article, name) for name in _ARTICLE_FIELDS}))
    return changes


def success_events(source: str, url: str, fetched_at: datetime, harvest: Harvest, duration_ms: float,
                   known: Mapping[str, str]) -> PollEvents:
    changes = article_changes(harvest.articles, known)
    new = sum(1 for change in changes if type(change) is ArticleSeen)
    polled = SourcePolled(
        source=source, url=url, fetched_at=fetched_at, status=harvest.status, not_modified=harvest.not_modified,
        etag=harvest.validators.etag, last_modified=harvest.validators.last_modified, items=harvest.items,
        new_items=new, duration_ms=round(duration_ms, 1), replacements=harvest.replacements, charset=harvest.charset)
    return PollEvents((polled, *changes), new, len(changes) - new)


def failure_event(source: str, url: str, fetched_at: datetime, failure: FetchFailed, state: SourceState,
                  interval: timedelta, policy: RetryPolicy) -> SourceFailed:
    failures = state.for_url(url).consecutive_failures + 1
    return SourceFailed(
        source=source, url=url, fetched_at=fetched_at, reason=failure.reason, status=failure.status,
        consecutive_failures=failures,
        next_try=policy.next_try(fetched_at, failures, interval, failure.retry_after))
