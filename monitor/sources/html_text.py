"""Plain text out of HTML: whole pages through trafilatura, feed fragments through lxml.

Everything an article stores from a feed (title, text, the outlet's name) passes through
here, so markup from a feed is only ever read, never kept: the parser sees feeds
unsanitised (see :mod:`monitor.sources.feed_parsing`).
"""

from __future__ import annotations

import re

import lxml.html

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")
_NOT_TEXT = ("script", "style")  # code, not words: their content is dropped
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML snippet (a feed summary), keeping paragraph breaks; the content
    of scripts and style sheets is not text and is left out."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for element in list(root.iter(_NOT_TEXT)):
        element.drop_tree()  # its tail, the text after it, stays
    for element in root.iter(_BLOCKS):  # the HTML parser gives tag names in lower case
        element.tail = "\n" + (element.tail or "")
    text = _SPACES.sub(" ", root.text_content())
    return _BLANK_LINES.sub("\n\n", text).strip()


def page_to_text(html: str | bytes) -> tuple[str, str | None, str | None]:
    """(main text, title, date) of a whole page; falls back to all its text.

    Bytes are decoded by trafilatura itself (meta charset, then detection), which is
    right more often than a server's Content-Type.
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is not None and getattr(extracted, "text", None):
        return extracted.text, extracted.title, extracted.date
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    return fragment_to_text(html), None, None
