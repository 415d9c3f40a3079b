"""``full_text = true``: the linked page's main text instead of the feed's summary.

Only items that are new or changed are fetched (an unchanged item costs nothing). The
article keeps the content hash of its *feed item*, so the next poll can tell, without
fetching the page again, that nothing changed; a page that cannot be fetched or read
leaves the feed's own text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace

from monitor.domain.events import ArticleSeen

PageText = Callable[[str], Awaitable[str | None]]


async def with_full_text(articles: Sequence[ArticleSeen], known: Mapping[str, str],
                         page_text: PageText) -> tuple[ArticleSeen, ...]:
    """The articles, those new or changed carrying their page's text where it could be read."""

    async def one(article: ArticleSeen) -> ArticleSeen:
        if known.get(article.article_id) == article.content_hash:
            return article
        if not article.url or not article.url.startswith(("http://", "https://")):
            return article
        text = await page_text(article.url)
        return replace(article, text=text) if text else article

    return tuple(await asyncio.gather(*map(one, articles)))
