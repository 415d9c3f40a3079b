"""Small, realistic events for log tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.domain.events import ArticleSeen, SourcePolled

T0 = datetime(2022, 9, 10, 12, 0, tzinfo=timezone.utc)


def article(i: int, text: str = "Ukrainian forces entered Balakliia.", published: datetime | None = T0) -> ArticleSeen:
    return ArticleSeen(
        article_id=f"art-{i}",
        source="kyiv-independent",
        outlet="The Kyiv Independent",
        url=f"https://example.org/news/{i}",
        title=f"Report {i}",
        published=published,
        text=text,
        content_hash=f"h{i}",
        language="en",
    )


def poll(i: int) -> SourcePolled:
    return SourcePolled(
        source="ukrinform",
        url="https://example.org/rss",
        fetched_at=T0 + timedelta(seconds=i),
        status=200,
        not_modified=False,
        etag='"abc"',
        last_modified=None,
        items=50,
        new_items=1,
        duration_ms=12.5,
    )
