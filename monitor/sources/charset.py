"""Fetched bytes read as text in the right charset, and how many bytes could not be read.

A parser left alone with a document whose declared charset fails on one byte (a UTF-8
Ukrainian feed with one stray byte) falls back to a Latin charset that decodes anything:
feedparser picked windows-1252 or ISO-8859-2, and every Cyrillic name came out garbled
("Đ‘ĐžŃ—"), so no claim could be read and nothing said why. Here the charset is chosen
once, from what the bytes support:

1. a byte order mark, else the charset the server declares (when the bytes bear it out:
   see :func:`monitor.sources.parser_headers.trusted_charset`), else the document's own
   declaration, else UTF-8 — if the bytes decode in it without an error, that is it;
2. when they do not: UTF-8 if the bytes are mostly well-formed UTF-8 (at least ten
   decoded non-ASCII characters for each bad byte: a stray byte, not another charset);
3. else the charset charset-normalizer finds for the text's script (windows-1251,
   KOI8-R/U, CP866 for Cyrillic; it weighs letter frequencies, not only validity);
4. else the declared charset, or UTF-8.

Whatever is chosen decodes with replacement: each byte it cannot read becomes U+FFFD
and is counted, and the count is recorded on the poll (``SourcePolled.replacements``)
and shown by ``monitor sources``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_ESCAPED = re.compile("[\udc80-\udcff]")
UTF8_RATIO = 10  # decoded non-ASCII characters per bad byte, at least, for "UTF-8 with stray bytes"
DETECT_BYTES = 256 * 1024  # what charset-normalizer is shown of a long document


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str  # the codec's canonical name ("utf-8", "cp1251", ...)
    replacements: int  # bytes that could not be decoded, each now U+FFFD
    declared_failed: bool  # the charset first chosen (declared or UTF-8) did not decode the bytes


def codec_name(charset: str | None) -> str | None:
    """The canonical codec name of a charset label, or None for an unknown label."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def document_charset(body: bytes) -> str | None:
    """The charset a document declares itself: its XML declaration, else an HTML meta tag."""
    head = body[:2048]
    found = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii").lower() if found else None


def decode(body: bytes, declared: str | None = None, language: str | None = None) -> Decoded:
    """``body`` as text (see the module's steps); ``declared`` is what the server or the
    caller was told, before the document's own declaration; ``language`` (the source's)
    points the detector at its script's charsets first."""
    for mark, codec in _BOMS:
        if body.startswith(mark):
            return _with_replacement(body, codec, declared_failed=False, strict_first=True)
    first = codec_name(declared) or codec_name(document_charset(body)) or "utf-8"
    try:
        return Decoded(body.decode(first), first, 0, False)
    except UnicodeDecodeError:
        pass
    if first != "utf-8" and _decodes_strictly(body, "utf-8"):
        return Decoded(body.decode("utf-8"), "utf-8", 0, True)  # UTF-8 under another label
    for codec in dict.fromkeys(("utf-8", first)):  # a stray byte in UTF-8, or in the declared charset
        text, bad = _count_replaced(body, codec)
        if _non_ascii(text) - bad >= UTF8_RATIO * bad:
            return Decoded(text, codec, bad, True)
    detected = _detected(body, language)
    return _with_replacement(body, detected or first, declared_failed=True)


def _with_replacement(body: bytes, codec: str, *, declared_failed: bool, strict_first: bool = False) -> Decoded:
    if strict_first:
        try:
            return Decoded(body.decode(codec), codecs.lookup(codec).name, 0, declared_failed)
        except UnicodeDecodeError:
            pass
    text, bad = _count_replaced(body, codec)
    return Decoded(text, codecs.lookup(codec).name, bad, declared_failed)


def _decodes_strictly(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _count_replaced(body: bytes, codec: str) -> tuple[str, int]:
    """The text with each undecodable byte as U+FFFD, and how many bytes were undecodable.

    ``surrogateescape`` turns each undecodable byte into one lone surrogate, which no
    well-formed text holds, so they can be counted and then replaced."""
    try:
        text = body.decode(codec, errors="surrogateescape")
    except UnicodeDecodeError:  # a byte below 128 it cannot escape (UTF-16 and kin)
        text = body.decode(codec, errors="replace")
        return text, text.count("\ufffd")
    bad = len(_ESCAPED.findall(text))
    return (_ESCAPED.sub("\ufffd", text) if bad else text), bad


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


CYRILLIC_LANGUAGES = frozenset({"uk", "ru", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})
CYRILLIC_CODECS = ("cp1251", "koi8_u", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")


def _detected(body: bytes, language: str | None) -> str | None:
    """The charset charset-normalizer finds most likely (among the script's legacy charsets
    first, for a source in a Cyrillic language), or None."""
    from charset_normalizer import from_bytes

    sample = body[:DETECT_BYTES]
    if (language or "").split("-")[0].lower() in CYRILLIC_LANGUAGES:
        best = from_bytes(sample, cp_isolation=list(CYRILLIC_CODECS)).best()
        if best is not None:
            return codec_name(best.encoding)
    best = from_bytes(sample).best()
    return codec_name(best.encoding) if best is not None else None
