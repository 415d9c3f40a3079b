"""``kind = "telegram"``: a public Telegram channel, read through its web preview.

Settings: ``channel = "GeneralStaffZSU"`` (or ``"@GeneralStaffZSU"``, or a t.me link);
``url`` may name another preview base (a mirror, a test server): the page read is
``<url>/s/<channel>``, by default ``https://t.me/s/<channel>``. The newest page holds the
latest posts (about twenty); ``monitor backfill`` walks older pages with ``?before=``.

The preview shows public channels only, without comments, and t.me answers too many
requests with 429 and Retry-After, which the poller honours like any source's.
"""

from __future__ import annotations

from collections.abc import Mapping

from monitor.sources.kinds._kind import SourceKind
from monitor.sources.kinds.telegram.address import check_channel, older_address, page_cursor, preview_address
from monitor.sources.parsed import ParsedFeed, SourceContext

NO_PREVIEW = ("no public preview at this address: a private channel, a group, or no channel of that name "
              "(t.me shows only public channels)")


def parse(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    """The posts of one preview page as articles, the reasons for those passed over, and the older page."""
    from monitor.sources.kinds.telegram.markup import read_preview
    from monitor.sources.kinds.telegram.posts import post_article

    page = read_preview(body)
    if not page.history:
        return ParsedFeed((), 0, NO_PREVIEW)
    outlet = context.outlet or page.title
    articles, skipped, seen = [], [], set()
    for post in reversed(page.posts):  # newest first, as in a feed
        found = post_article(post, source=context.source, outlet=outlet, language=context.language)
        if isinstance(found, str):
            skipped.append(found)
        elif found.article_id not in seen:
            seen.add(found.article_id)
            articles.append(found)
    older = older_address(context.url, page.before) if page.before is not None else None
    return ParsedFeed(tuple(articles), page.blocks, older=older, skipped=tuple(skipped))


KIND = SourceKind(
    name="telegram",
    summary="a public Telegram channel, read through its web preview (t.me/s/<channel>)",
    parse=parse,
    keys={"channel": check_channel},
    needs=("channel",),
    local=True,  # a saved preview page can be read from a file
    backfill=True,
    locate=preview_address,
    page_cursor=page_cursor,
    cannot_backfill="the channel shows no older posts",
)
