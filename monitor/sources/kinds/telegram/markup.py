"""The markup of Telegram's public channel preview (``https://t.me/s/<channel>``) read into posts.

The preview is server-rendered HTML, documented only by the code of the public tools that
read it. The shape relied on here, and where it is described:

- a post is ``div.tgme_widget_message[data-post="<channel>/<id>"]`` inside
  ``div.tgme_widget_message_wrap``; its permalink and time are
  ``a.tgme_widget_message_date > time[datetime]`` in the footer (snscrape's
  ``modules/telegram.py``, RSSHub's ``lib/routes/telegram/channel.ts``);
- the post's own text is ``div.tgme_widget_message_text.js-message_text``: ``<br/>`` for
  line breaks, ``<a href>`` links, emoji as ``<i class="emoji"><b>👍</b></i>``. A reply
  quotes the post it answers inside ``a.tgme_widget_message_reply`` with a text div of its
  own (``js-message_reply_text``, sometimes also ``tgme_widget_message_text``), so the
  body is only read outside the reply (RSSHub reads ``.tgme_widget_message_bubble >
  .tgme_widget_message_text``; the tchan library's tests quote real replies);
- a forward carries ``div.tgme_widget_message_forwarded_from`` ("Forwarded from") with
  ``a.tgme_widget_message_forwarded_from_name`` linking the origin post, or a ``span`` of
  that class when the origin hides its link (RSSHub);
- "edited" is a word in ``span.tgme_widget_message_meta`` before the date; views sit in
  ``span.tgme_widget_message_views`` and change at every read, so they are not read;
- service messages (channel created, pinned, photo changed) carry ``service_message`` on
  the message div (tchan's tests); media are ``a.tgme_widget_message_photo_wrap``,
  ``tgme_widget_message_video_player``, ``tgme_widget_message_document_wrap``,
  ``tgme_widget_message_voice``, ``tgme_widget_message_sticker``, ``tgme_widget_message_poll``,
  ``tgme_widget_message_location_wrap``; an album is one post whose media sit in
  ``div.tgme_widget_message_grouped_wrap`` and share one caption;
- older posts are ``?before=<id>``: ``<link rel="prev" href="/s/<channel>?before=N">`` in
  the head and ``a.tme_messages_more[data-before=N]`` at the top of the history
  (snscrape follows the latter);
- a private channel, a group or a name that is no channel has no message history: t.me
  redirects ``/s/<name>`` to ``/<name>`` or serves its home page, with status 200.

Reading is defensive (hostile posts are data): scripts and style sheets are never text,
control and bidirectional-override characters are dropped, link targets other than
http(s) are not kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import lxml.html
from lxml import etree

POST_ID = re.compile(r"^([A-Za-z0-9_]{1,64})/(\d{1,19})$")
_ORIGIN_LINK = re.compile(r"^(?:https?:)?(?://(?:t\.me|telegram\.me))?/(?:s/)?([A-Za-z0-9_]{1,64})(?:/(\d{1,19}))?/?(?:\?.*)?$")
# Not text: code, and formatting characters that reorder or hide what a terminal shows.
_NOT_TEXT_TAGS = ("script", "style", "template", "noscript", "svg", "iframe", "object", "embed", "textarea")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")
_BLOCKS = frozenset("div p blockquote pre li ul ol h1 h2 h3 h4 h5 h6 tr table section".split())
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
TEXT_MAX = 20_000
MEDIA = {
    "photo": "tgme_widget_message_photo_wrap",
    "video": "tgme_widget_message_video_player",
    "round video": "tgme_widget_message_roundvideo_player",
    "document": "tgme_widget_message_document_wrap",
    "voice message": "tgme_widget_message_voice",
    "sticker": "tgme_widget_message_sticker",
    "animated sticker": "tgme_widget_message_tgsticker",
    "video sticker": "tgme_widget_message_videosticker",
    "poll": "tgme_widget_message_poll",
    "location": "tgme_widget_message_location_wrap",
    "contact": "tgme_widget_message_contact",
}


@dataclass(frozen=True)
class Forward:
    """Where a forwarded post comes from: the name shown, and its channel when linked."""

    name: str
    channel: str | None = None  # the origin's public name (t.me/<channel>), when the preview links it
    post_id: int | None = None


@dataclass(frozen=True)
class Post:
    """One post of a channel, as the preview shows it."""

    channel: str
    post_id: int
    published: datetime | None
    text: str  # the post's own text (a caption for media), line breaks and links kept
    forward: Forward | None = None
    media: tuple[str, ...] = ()
    service: bool = False
    edited: bool = False


@dataclass(frozen=True)
class PreviewPage:
    """The posts of one preview page, oldest first as shown; its title; the next older page."""

    posts: tuple[Post, ...]
    blocks: int  # message blocks on the page, read or not
    title: str | None = None  # the channel's name as it shows it
    before: int | None = None  # the ``?before=`` cursor of the next older page
    history: bool = True  # False: no message history at all (not a public channel)


def read_preview(body: bytes | str) -> PreviewPage:
    """Every post of a preview page. Never raises on hostile or broken markup."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        root = lxml.html.document_fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError):
        return PreviewPage((), 0, history=False)
    blocks = list(_with_class(root, "tgme_widget_message", attribute="data-post"))
    posts: list[Post] = []
    for block in blocks:
        post = _post(block)
        if post is not None:
            posts.append(post)
    history = bool(blocks) or bool(list(_with_class(root, "tgme_channel_history")))
    return PreviewPage(tuple(posts), len(blocks), _title(root), _before(root), history)


def clean(text: str) -> str:
    """Untrusted text as plain text: normalised, control and bidi-override characters
    dropped, spaces folded within lines, at most one blank line in a row."""
    text = _UNSAFE.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()[:TEXT_MAX]


# -- one post ------------------------------------------------------------------------

def _post(block) -> Post | None:
    found = POST_ID.match(block.get("data-post", "").strip())
    if not found:
        return None  # a damaged block: no identity, nothing to record
    channel, post_id = found.group(1), int(found.group(2))
    outside = _Outside(block)
    body = outside.first("js-message_text")
    if body is None:
        body = outside.first("tgme_widget_message_text")
    return Post(
        channel=channel,
        post_id=post_id,
        published=_published(outside),
        text=clean(element_text(body)) if body is not None else "",
        forward=_forward(outside),
        media=tuple(name for name, cls in MEDIA.items() if outside.first(cls) is not None),
        service=_has_class(block, "service_message"),
        edited=_edited(outside),
    )


class _Outside:
    """Elements of one post outside the reply it quotes and the link preview it shows."""

    _QUOTES = ("tgme_widget_message_reply", "tgme_widget_message_link_preview")

    def __init__(self, block) -> None:
        self._block = block

    def first(self, cls: str):
        return next((node for node in _with_class(self._block, cls) if not self._quoted(node)), None)

    def _quoted(self, node) -> bool:
        for ancestor in node.iterancestors():
            if ancestor is self._block:
                return False
            if any(_has_class(ancestor, quote) for quote in self._QUOTES):
                return True
        return False


def _published(outside: _Outside) -> datetime | None:
    date = outside.first("tgme_widget_message_date")
    stamp = date.find(".//time") if date is not None else None
    value = stamp.get("datetime") if stamp is not None else None
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _forward(outside: _Outside) -> Forward | None:
    name = outside.first("tgme_widget_message_forwarded_from_name")
    if name is None:
        return None
    shown = clean(element_text(name, links=False)).replace("\n", " ") or "a hidden sender"
    link = _ORIGIN_LINK.match((name.get("href") or "").strip())
    if link is None:
        return Forward(shown)
    return Forward(shown, link.group(1), int(link.group(2)) if link.group(2) else None)


def _edited(outside: _Outside) -> bool:
    meta = outside.first("tgme_widget_message_meta")
    return meta is not None and "edited" in (meta.text or "").lower()


def _title(root) -> str | None:
    for node in _with_class(root, "tgme_channel_info_header_title"):
        return clean(element_text(node, links=False)).replace("\n", " ") or None
    meta = root.find(".//meta[@property='og:title']")
    return clean(meta.get("content", "")) or None if meta is not None else None


def _before(root) -> int | None:
    """The cursor of the next older page, from ``<link rel=prev>`` or the "more" anchor."""
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "prev":
            cursor = _cursor_of(link.get("href"))
            if cursor is not None:
                return cursor
    for more in _with_class(root, "tme_messages_more"):
        value = (more.get("data-before") or "").strip()
        if value.isdigit() and len(value) <= 19:
            return int(value)
        cursor = _cursor_of(more.get("href")) if more.get("data-after") is None else None
        if cursor is not None:
            return cursor
    return None


def _cursor_of(href: str | None) -> int | None:
    values = parse_qs(urlsplit(href or "").query).get("before", [])
    return int(values[0]) if values and values[0].isdigit() and len(values[0]) <= 19 else None


# -- text ------------------------------------------------------------------------------

def element_text(element, *, links: bool = True) -> str:
    """The text of an element as the preview shows it: ``<br>`` and blocks as line breaks,
    emoji as their characters, and each link's http(s) target after its words when the
    words do not already show it. Scripts, style sheets and comments are not text."""
    parts: list[str] = []
    _walk(element, parts, links, top=True)
    return "".join(parts)


def _walk(node, parts: list[str], links: bool, top: bool = False) -> None:
    tag = node.tag.lower() if isinstance(node.tag, str) else None
    if tag is None or tag in _NOT_TEXT_TAGS:  # a comment, a processing instruction, code
        if not top and node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCKS and not top
    if tag == "br":
        parts.append("\n")
    elif block:
        parts.append("\n")
    start = len(parts)
    if node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts, links)
    if tag == "a" and links:
        target = _web_target(node.get("href"))
        if target and _bare(target) != _bare("".join(parts[start:])):
            parts.append(f" ({target})")
    if block:
        parts.append("\n")
    if not top and node.tail:
        parts.append(node.tail)


def _bare(address: str) -> str:
    """An address as people write it: no scheme, no 'www.', no trailing slash."""
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", address.strip().lower())
    return bare.rstrip("/")


def _web_target(href: str | None) -> str | None:
    """A link's target if it is an http(s) address (the preview writes '&amp;' for '&' in them)."""
    target = (href or "").strip().replace("&amp;", "&")
    if not target.lower().startswith(("http://", "https://")) or any(c.isspace() for c in target):
        return None
    return _UNSAFE.sub("", target)


def _has_class(node, cls: str) -> bool:
    return cls in (node.get("class") or "").split()


def _with_class(root, cls: str, attribute: str | None = None) -> Iterator:
    for node in root.iter():
        if isinstance(node.tag, str) and _has_class(node, cls) and (attribute is None or node.get(attribute) is not None):
            yield node
