"""A telegram source's settings: its channel, written as a name, ``@name`` or a t.me link,
and the preview's address (``<url>/s/<channel>``; ``url`` names a mirror or a test server)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

PREVIEW_BASE = "https://t.me"
# Public names are 5-32 characters; a few old ones are shorter. Letters, digits, underscores.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,31}")
_LINK = re.compile(r"^(https?://)?(?P<host>[^/\s]+)/(?:s/)?(?P<name>[^/?#\s]+)(?:/\d+)?/?(?:[?#].*)?$")


def channel_name(value: Any) -> str | None:
    """The channel a ``channel`` value names, or None if it names none."""
    if not isinstance(value, str):
        return None
    written = value.strip()
    if written.startswith("@"):
        written = written[1:]
    elif "/" in written:
        link = _LINK.match(written)
        if link is None or link.group("host").lower() not in ("t.me", "telegram.me", "www.t.me") and not \
                written.lower().startswith(("http://", "https://")):
            return None
        written = link.group("name")
    return written if _NAME.fullmatch(written) else None


def check_channel(value: Any) -> str | None:
    """The settings' check of ``channel``: a problem in words, or None."""
    if not isinstance(value, str) or not value.strip():
        return "must be a channel's public name, e.g. \"GeneralStaffZSU\", or its t.me link"
    if channel_name(value) is None:
        return (f"{value!r}: not a public channel name (letters, digits and '_', 3 to 32, starting with a "
                "letter) nor a t.me link to one; private channels have no public preview")
    return None


def preview_address(url: str | None, options: Mapping[str, Any]) -> str:
    """``<base>/s/<channel>``: the base is ``url`` if given, else the channel link's own site, else t.me.
    A ``url`` that is a local file (a saved preview page) is read as it is."""
    if url is not None and not url.startswith(("http://", "https://")):
        return url
    written = str(options.get("channel", ""))
    name = channel_name(written)
    if name is None:
        raise ValueError(f"no channel in {written!r}")
    base = url
    if base is None and written.lower().startswith(("http://", "https://")):
        parts = urlsplit(written)
        base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    return f"{(base or PREVIEW_BASE).rstrip('/')}/s/{name}"


def page_cursor(address: str) -> int | None:
    """A page's ``?before=`` cursor (smaller is older); None for the newest page."""
    values = parse_qs(urlsplit(address).query).get("before", [])
    return int(values[0]) if values and values[0].isdigit() else None


def older_address(page: str, before: int) -> str:
    """The address of the page of posts older than ``before``, on the same site and path."""
    parts = urlsplit(page)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={before}", ""))
