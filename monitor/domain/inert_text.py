"""The one output sanitiser: untrusted text made inert for a terminal, a log line or a CSV cell.

Headlines, quotes, speakers, outlet names, failure reasons and a command hook's stderr
come from outside (a feed, a page, a program) and end up on an operator's terminal. A
terminal obeys what it reads: ``ESC[2J`` clears it, ``ESC]52;…`` writes the clipboard,
a bidirectional override makes a line read backwards. So every terminal-bound string
goes through :func:`terminal_line` (CLI tables, place timelines, the daemon's log
lines), every CSV cell through :func:`csv_cell`, and every logfmt value through
:func:`logfmt_value`. JSON and GeoJSON are not terminal text: they stay exact (a JSON
encoder escapes control characters itself).

What counts as unsafe: C0 and C1 control characters (ESC, CSI ``\\x9b``, OSC ``\\x9d``,
BEL, backspace, carriage return…), DEL, and the invisible formatting characters that
reorder or hide text (bidi embeddings, overrides and isolates, zero-width characters,
the line and paragraph separators). Letters of any script, look-alikes included, are
text and stay as written.
"""

from __future__ import annotations

import re

REPLACEMENT = "?"
# C0 controls but tab/newline (whitespace is folded separately), DEL, C1 controls; then the
# invisible formatting characters that reorder or hide text.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                     r"\u2066-\u2069\ufeff\ufff9-\ufffb]")
_WHITESPACE = re.compile(r"[\s\u2028\u2029]+")
# A cell starting with one of these is read as a formula by spreadsheet tools (OWASP: CSV injection).
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def terminal_line(value: object, limit: int | None = None) -> str:
    """One inert line: whitespace folded to single spaces, unsafe characters shown as '?',
    cut to ``limit`` characters with an ellipsis."""
    text = "" if value is None else str(value)
    # Every unsafe character is one str.isprintable() refuses (categories Cc, Cf, Zl, Zp), so
    # the common plain line is checked in C and returned as it is.
    if not (text.isprintable() and text == text.strip() and "  " not in text):
        text = _UNSAFE.sub(REPLACEMENT, _WHITESPACE.sub(" ", text)).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "\u2026"
    return text


def is_inert(text: str) -> bool:
    """Whether ``text`` holds nothing a terminal would act on (tests and checks use it)."""
    return _UNSAFE.search(text) is None and "\r" not in text


def csv_cell(value: object) -> object:
    """A CSV cell: numbers as they are; text on one inert line, and text a spreadsheet would
    read as a formula (leading ``=``, ``+``, ``-``, ``@``, tab, carriage return) prefixed with
    a single quote, which spreadsheet tools show but do not evaluate."""
    if value is None or isinstance(value, (bool, int, float)):
        return "" if value is None else value
    text = terminal_line(value)
    if text.startswith(_FORMULA_LEAD):
        text = "'" + text
    return text


def logfmt_value(value: object) -> str:
    """A logfmt value: bare when it is one plain word, else quoted; always one inert line."""
    text = terminal_line(value)
    if text and not any(c.isspace() or c in '"=\\' for c in text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
