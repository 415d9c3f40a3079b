"""Posts of a channel as articles: identity, text, title, the forward origin as the voice.

- identity: the channel and the post id (``t.me/<channel>/<id>``), the same whichever
  source or mirror it was read through; an edited post keeps its identity and changes its
  content hash, so the poller records it as an ``ArticleRevised``;
- text: the post's own text (a photo's or video's caption), line breaks and links kept.
  A forwarded post opens with the line ``Forwarded from <origin>`` and its article's
  ``outlet`` is the origin, not the forwarding channel: the words are the origin's, and
  the fusion rules count the origin's voice once however many channels repeat it;
- time: the post's publication time;
- a post with no text (a photo, a sticker, a poll, a voice message) or a service message
  (channel created, message pinned) is not an article: it is passed over with a reason.
  A reply keeps its own words only, never the words of the post it quotes.
"""

from __future__ import annotations

from monitor.domain.events import ArticleSeen
from monitor.sources.identity import article_id, content_hash
from monitor.sources.kinds.telegram.markup import Post
from monitor.sources.text_bounds import bounded_text
from monitor.extract.language import detect_language

TITLE_MAX = 200
SCOPE = "telegram"


def post_article(post: Post, *, source: str, outlet: str | None, language: str | None) -> ArticleSeen | str:
    """The article of a post, or the reason it has none (one line)."""
    where = f"t.me/{post.channel}/{post.post_id}"
    if post.service:
        return f"{where}: a service message, not a post"
    if not post.text:
        shown = " and ".join(post.media) or "nothing the preview can show"
        return f"{where}: {shown} with no text"
    text = bounded_text(post.text)
    if post.forward is not None:
        origin = post.forward.name + (f" (t.me/{post.forward.channel})" if post.forward.channel else "")
        text = bounded_text(f"Forwarded from {origin}\n{post.text}")
        outlet = post.forward.name
    title = next((line for line in post.text.splitlines() if line.strip()), "")[:TITLE_MAX]
    return ArticleSeen(
        article_id=article_id(SCOPE, f"{post.channel.lower()}/{post.post_id}"),
        source=source,
        outlet=outlet,
        url=f"https://t.me/{post.channel}/{post.post_id}",
        title=title,
        published=post.published,
        text=text,
        content_hash=content_hash(title, text),
        language=detect_language(post.text, default=language),
    )
