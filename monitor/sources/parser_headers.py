"""Response headers as feedparser should see them: misleading types and charsets corrected.

feedparser follows RFC 3023, where the HTTP charset wins over the document, and a
text/* type without one means US-ASCII. Servers get both wrong all the time (a UTF-8
feed served as ``text/html; charset=iso-8859-1``), so the media type is normalised to
``application/xml`` and a declared charset is kept only when the bytes agree with it.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping

KEPT = ("content-location", "content-language")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def declared_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type, unquoted and lower case (None if absent)."""
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("\"'").strip().lower()
            return value or None
    return None


def trusted_charset(declared: str | None, body: bytes) -> str | None:
    """The declared charset if the bytes bear it out, else None (let the document decide)."""
    if not declared or body.startswith(_BOMS):
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    sample = body[:65536]
    try:
        sample.decode("utf-8")
        is_utf8 = True
    except UnicodeDecodeError as error:
        # A cut in the middle of a character at the end of the sample is still UTF-8.
        is_utf8 = error.start >= len(sample) - 3 and len(body) > len(sample)
    if codec == "utf-8":
        return declared if is_utf8 else None
    if is_utf8 and not sample.isascii():
        return "utf-8"  # multi-byte UTF-8 does not happen by accident in a legacy charset
    try:
        sample.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return declared


def parser_headers(headers: Mapping[str, str], body: bytes, base_url: str | None) -> dict[str, str]:
    """The headers to pass as feedparser's ``response_headers`` (keys in lower case)."""
    lowered = {key.lower(): value for key, value in headers.items()}
    out = {key: lowered[key] for key in KEPT if lowered.get(key)}
    if base_url and "content-location" not in out:
        out["content-location"] = base_url
    charset = trusted_charset(declared_charset(lowered.get("content-type")), body)
    out["content-type"] = f"application/xml; charset={charset}" if charset else "application/xml"
    return out
