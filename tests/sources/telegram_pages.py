"""Channel preview pages (``https://t.me/s/<channel>``) in the shape t.me serves them, for loopback tests.

The markup follows what public parsers of the preview read and quote (see
``tests/fixtures/telegram/PROVENANCE.md``): snscrape's ``modules/telegram.py``, RSSHub's
``lib/routes/telegram/channel.ts`` and the tchan library's tests, which quote real pages of
its test channel (the message wrap and bubble, the owner line, the footer with views, the
"edited" mark and the dated permalink, service messages, albums). A page lists its posts
oldest first, with ``<link rel="prev">`` and the "more" anchor pointing at ``?before=<id>``
when older posts exist. Views change at every render, as on t.me.
"""

from __future__ import annotations

import base64
import html
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

_renders = itertools.count(1000)

TAIL = ('<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" '
        'viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 '
        'L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 '
        'C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>')


@dataclass
class TgPost:
    """One post. ``html`` is the inner HTML of its text (empty: no text, as for a bare photo)."""

    id: int
    html: str = ""
    at: str = "2022-09-10T12:00:00+00:00"
    edited: bool = False
    forward: tuple[str, str | None] | None = None  # (name shown, link to the origin post or None: hidden)
    reply_to: tuple[int, str] | None = None  # (post id answered, its text as quoted)
    media: str | None = None  # photo, album, video, poll, sticker, document, voice, unsupported
    service: bool = False
    link_preview: tuple[str, str, str] | None = None  # (address, site name, title)
    extra: dict = field(default_factory=dict)


def channel_page(channel: str, title: str, posts: Sequence[TgPost], *, before: int | None = None,
                 this_before: int | None = None) -> bytes:
    """A whole preview page: ``posts`` oldest first; ``before`` the cursor of the next older page."""
    canonical = f"/s/{channel}" + (f"?before={this_before}" if this_before else "")
    prev = f'\n    <link rel="prev" href="/s/{channel}?before={before}">' if before else ""
    more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}?before={before}" '
            f'class="tme_messages_more js-messages_more" data-before="{before}"></a></div>') if before else ""
    name = html.escape(title)
    body = "\n".join(post_html(channel, title, post) for post in posts)
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{name} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="{name}">
    <meta property="og:image" content="https://cdn4.telesco.pe/file/avatar-{channel}.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="Official channel">
    <link rel="canonical" href="{canonical}">{prev}
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet">
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image no_transitions">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search"><form class="tgme_header_search_form" action="/s/{channel}" method="get"><input class="tgme_header_search_form_input js-header_search" name="q" placeholder="Search" autocomplete="off"></form></div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_right_column">
          <div class="tgme_channel_info">
            <div class="tgme_channel_info_header">
              <i class="tgme_page_photo_image bgcolor0" data-content="{html.escape(title[:1])}"><img src="https://cdn4.telesco.pe/file/avatar-{channel}.jpg"></i>
              <div class="tgme_channel_info_header_title"><span dir="auto">{name}</span></div>
              <div class="tgme_channel_info_header_username"><a href="https://t.me/{channel}">@{channel}</a></div>
            </div>
            <div class="tgme_channel_info_counters">
              <div class="tgme_channel_info_counter"><span class="counter_value">1.2M</span> <span class="counter_type">subscribers</span></div>
            </div>
            <div class="tgme_channel_info_description">Official channel</div>
          </div>
        </section>
        <section class="tgme_channel_history js-message_history">
          {more}
{body}
        </section>
      </div>
    </main>
    <script src="//telegram.org/js/widget-frame.js?63"></script>
    <script>TWidgetAuth.init();</script>
  </body>
</html>
""".encode()


def post_html(channel: str, title: str, post: TgPost) -> str:
    view = base64.urlsafe_b64encode(json.dumps({"c": -1001234567890, "p": post.id, "t": 1662811200,
                                                "h": "3f0a1b2c3d4e5f6a7b"}).encode()).decode().rstrip("=")
    link = f"https://t.me/{channel}/{post.id}"
    service = " service_message" if post.service else ""
    parts = [f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
             f'href="https://t.me/{channel}"><span dir="auto">{html.escape(title)}</span></a></div>']
    if post.forward:
        shown, origin = post.forward
        inner = f'<span dir="auto">{html.escape(shown)}</span>'
        parts.append('<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                     + (f'<a class="tgme_widget_message_forwarded_from_name" href="{origin}">{inner}</a>' if origin
                        else f'<span class="tgme_widget_message_forwarded_from_name">{html.escape(shown)}</span>')
                     + '</div>')
    if post.reply_to:
        replied, quoted = post.reply_to
        parts.append(f'<a class="tgme_widget_message_reply" href="https://t.me/{channel}/{replied}">'
                     f'<div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name" '
                     f'dir="auto">{html.escape(title)}</span></div><div class="tgme_widget_message_metatext '
                     f'js-message_reply_text" dir="auto">{quoted}</div></a>')
    if post.media:
        parts.append(_media(post.media, channel, post))
    if post.html:
        parts.append(f'<div class="tgme_widget_message_text js-message_text" dir="auto">{post.html}</div>')
    if post.link_preview:
        address, site, heading = post.link_preview
        parts.append(f'<a class="tgme_widget_message_link_preview" href="{address}"><div class="link_preview_site_name '
                     f'accent_color" dir="auto">{site}</div><div class="link_preview_title" dir="auto">{heading}</div>'
                     '<div class="link_preview_description" dir="auto">Read the whole story on the site.</div></a>')
    views = "" if post.service else (f'<span class="tgme_widget_message_views">{next(_renders) / 100:.1f}K</span>'
                                     '<span class="copyonly"> views</span>')
    edited = "edited &nbsp;" if post.edited else ""
    clock = post.at[11:16]
    parts.append(f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info '
                 f'short js-message_info">{views}<span class="tgme_widget_message_meta">{edited}<a '
                 f'class="tgme_widget_message_date" href="{link}"><time datetime="{post.at}" class="time">{clock}</time>'
                 '</a></span></div></div>')
    bubble = "\n      ".join(parts)
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap{service} js-widget_message" data-post="{channel}/{post.id}" data-view="{view}">
    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor0" data-content="{html.escape(title[:1])}"><img src="https://cdn4.telesco.pe/file/avatar-{channel}.jpg"></i></a></div>
    <div class="tgme_widget_message_bubble">
      {TAIL}
      {bubble}
    </div>
  </div>
</div>"""


def _media(kind: str, channel: str, post: TgPost) -> str:
    link = f"https://t.me/{channel}/{post.id}"
    image = f"https://cdn4.telesco.pe/file/{channel}-{post.id}.jpg"
    if kind == "photo":
        return (f'<a class="tgme_widget_message_photo_wrap 5109473995509140547 1189642119_460000323" href="{link}" '
                f"style=\"width:800px;background-image:url('{image}')\"><div class=\"tgme_widget_message_photo\" "
                'style="padding-top:66.25%"></div></a>')
    if kind == "album":
        items = "".join(
            f'<a class="tgme_widget_message_photo_wrap grouped_media_wrap blured js-message_photo" '
            f"style=\"left:{n * 227}px;top:0px;width:226px;height:254px;background-image:url('{image}')\" "
            f'data-ratio="0.88" href="https://t.me/{channel}/{post.id + n}?single"></a>' for n in range(2))
        return ('<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap" data-margin-w="2" '
                'data-margin-h="2" style="width:453px;"><div class="tgme_widget_message_grouped js-message_grouped" '
                'style="padding-top:56.07%"><div class="tgme_widget_message_grouped_layer js-message_grouped_layer" '
                f'style="width:453px;height:254px">{items}</div></div></div>')
    if kind == "video":
        return (f'<a class="tgme_widget_message_video_player js-message_video_player" href="{link}">'
                f"<i class=\"tgme_widget_message_video_thumb\" style=\"background-image:url('{image}')\"></i>"
                '<div class="tgme_widget_message_video_wrap"><video src="https://cdn4.telesco.pe/file/v.mp4?token=a1b2" '
                'class="tgme_widget_message_video js-message_video" width="100%" height="100%"></video></div>'
                '<div class="message_video_play"></div><time class="message_video_duration js-message_video_duration">'
                '0:42</time></a>')
    if kind == "poll":
        question = post.extra.get("question", "Which direction matters most this week?")
        options = "".join(
            f'<a class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_percent">{p}%</div>'
            f'<div class="tgme_widget_message_poll_option_value"><div class="tgme_widget_message_poll_option_text">'
            f'{html.escape(o)}</div></div></a>' for o, p in post.extra.get("options", [("Kharkiv", 61), ("Kherson", 39)]))
        return (f'<div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_poll_question">'
                f'{html.escape(question)}</div><div class="tgme_widget_message_poll_type">Anonymous poll</div>'
                f'{options}<div class="tgme_widget_message_voters">2.1K</div></div>')
    if kind == "sticker":
        return ('<div class="tgme_widget_message_sticker_wrap media_supported_cont" style="width:256px">'
                f'<i class="tgme_widget_message_sticker js-sticker_image" data-webp="{image}" '
                f"style=\"width:256px;background-image:url('{image}')\"></i></div>")
    if kind == "document":
        return (f'<a class="tgme_widget_message_document_wrap" href="{link}"><i class="tgme_widget_message_document_icon '
                'accent_bgcolor"></i><div class="tgme_widget_message_document"><div class="tgme_widget_message_document_title '
                'accent_color" dir="auto">report.pdf</div><div class="tgme_widget_message_document_extra" dir="auto">'
                '1.2 MB</div></div></a>')
    if kind == "voice":
        return ('<div class="tgme_widget_message_voice_player js-message_voice_player"><audio '
                'class="tgme_widget_message_voice js-message_voice" src="https://cdn4.telesco.pe/file/v.ogg" '
                'preload="none"></audio><time class="tgme_widget_message_voice_duration">0:17</time></div>')
    if kind == "unsupported":
        return ('<div class="media_not_supported_cont"><div class="message_media_not_supported_wrap"><div '
                'class="message_media_not_supported"><div class="message_media_not_supported_label">Please open '
                'Telegram to view this post</div><a href="' + link + '?single" class="message_media_view_in_telegram">'
                'VIEW IN TELEGRAM</a></div></div></div>')
    raise ValueError(kind)


def landing_page(name: str) -> bytes:
    """What t.me serves for a name with no public preview (a private channel, a group, nobody)."""
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram: Contact @{name}</title>
    <meta property="og:title" content="Telegram: Contact @{name}">
    <meta property="og:site_name" content="Telegram">
  </head>
  <body class="no_transition">
    <div class="tgme_page_wrap">
      <div class="tgme_page">
        <div class="tgme_page_title"><span dir="auto">Telegram: Contact @{name}</span></div>
        <div class="tgme_page_description">If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain={name}">@{name}</a> right away.</div>
        <div class="tgme_page_action"><a class="tgme_action_button_new shine" href="tg://resolve?domain={name}">Send Message</a></div>
      </div>
    </div>
  </body>
</html>
""".encode()


def serve_channel(server, channel: str, title: str, posts: Sequence[TgPost], per_page: int = 20) -> list[str]:
    """Route a whole channel on a loopback :class:`FeedServer` as t.me pages it: the newest
    ``per_page`` posts at ``/s/<channel>``, older ones at ``/s/<channel>?before=<id>``.
    Returns the paths, newest page first."""
    from tests.sources.http_server import Route

    ordered = sorted(posts, key=lambda post: post.id)
    paths = []
    end = len(ordered)
    cursor = None
    while end > 0:
        page = ordered[max(0, end - per_page):end]
        older = page[0].id if end - per_page > 0 else None
        path = f"/s/{channel}" + (f"?before={cursor}" if cursor else "")
        server.route(path, Route(body=channel_page(channel, title, page, before=older, this_before=cursor),
                                 headers={"Content-Type": "text/html; charset=utf-8"}))
        paths.append(path)
        end -= per_page
        cursor = older
    return paths


def history(count: int, start: str = "2022-09-01T00:00:00+00:00") -> list[TgPost]:
    """A channel's whole history: created, then ``count - 1`` posts an hour apart."""
    from datetime import datetime, timedelta

    first = datetime.fromisoformat(start)
    posts = [TgPost(1, "Channel created", service=True, at=first.isoformat())]
    for n in range(2, count + 1):
        at = (first + timedelta(hours=n)).isoformat()
        posts.append(TgPost(n, f"Update {n}: fighting continues near Kupiansk.", at=at))
    return posts
