"""URLs with their credentials taken out, for everything shown or logged.

Operators put credentials in URLs (``https://user:password@host/…``, ``?token=…``,
Apprise's ``tgram://BOT_TOKEN/CHAT_ID``) and expect them to stay in the settings file.
Whatever prints a URL (``monitor hooks``, log lines, failure reasons, settings errors)
shows it through :func:`redact_url`, or a free text that may hold URLs through
:func:`redact_urls`: the password of the user part and the values of query parameters
that name a secret become ``***`` (the way changedetection.io and Apprise show them).
A URL of a scheme that keeps tokens in its path (Apprise's services) keeps only its
scheme and host part.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
_SECRET_PARAMS = re.compile(r"(?:^|[_-])(?:token|key|secret|password|passwd|pass|pwd|auth|sig|signature|"
                            r"credential|credentials|session|apikey|api_key|access_token|code)(?:$|[_-])",
                            re.IGNORECASE)
_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s\"'<>]+")
_WEB = ("http", "https", "postgresql", "postgres", "postgresql+psycopg", "sqlite", "file")


def redact_url(url: str) -> str:
    """``url`` with its password and secret-looking query values masked (as written otherwise)."""
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises (Apprise's ``tgram://ID:TOKEN/…`` too)
    except ValueError:
        if scheme and scheme not in _WEB:
            return f"{url.partition('://')[0]}://{MASK}"
        return re.sub(r"(://)[^/@\s]*@", r"\1" + MASK + "@", url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        name, colon, _password = user.partition(":")
        netloc = f"{name}:{MASK}@{host}" if colon else f"{MASK}@{host}"  # a lone user part can be a token
    if scheme and scheme not in _WEB:
        # Apprise and its kind keep tokens in the host and path (tgram://BOT_TOKEN/CHAT_ID).
        host = netloc.rpartition("@")[2]
        shown = host if "." in host else MASK  # a host name (ntfy.sh) stays; a token in its place does not
        return f"{parts.scheme}://{shown}/{MASK}" if (parts.path.strip("/") or parts.query) else \
            f"{parts.scheme}://{shown}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_PARAMS.search(name) for name, _ in pairs):
            query = urlencode([(name, MASK if _SECRET_PARAMS.search(name) else value) for name, value in pairs],
                              safe="*/:")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_urls(text: str) -> str:
    """Free text with every URL in it redacted (a failure reason naming an address)."""
    if "://" not in text:
        return text
    return _URL.sub(lambda found: redact_url(found.group(0)), text)
