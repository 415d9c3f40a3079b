"""Bounds on the untrusted text an article may carry, applied wherever an article is made.

A feed decides what its titles and bodies hold: a 5 MB title was stored whole and became
a 5 MB webhook body. Every article (feed item, page, channel post, local file) is cut
to these bounds before it is hashed and recorded, so the log, the tables, the dashboard
and the alerts never carry more (the README's "Bounds" lists them all):

- a title: 300 characters (a long headline is about 150);
- a text: 200,000 characters (a long report is about 60,000);
- a link: 2,048 characters (longer ones are dropped: a link cut short leads nowhere).

Text within the bounds is left exactly as it is, so content hashes do not move.
"""

from __future__ import annotations

TITLE_MAX = 300
TEXT_MAX = 200_000
URL_MAX = 2048
ELLIPSIS = "\u2026"
TEXT_CUT = "\n[\u2026]"


def bounded_title(title: str) -> str:
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + ELLIPSIS


def bounded_text(text: str) -> str:
    return text if len(text) <= TEXT_MAX else text[: TEXT_MAX - len(TEXT_CUT)] + TEXT_CUT


def bounded_url(url: str | None) -> str | None:
    return url if url is None or len(url) <= URL_MAX else None
