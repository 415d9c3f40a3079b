"""A claim's quote as every view shows it: its own quotation marks turned inward, once.

Views wrap a quote in “…”. A quote that has quotation marks of its own ("“We have found a
weak point”, the adviser said") would then show doubled marks (““We…) or marks that seem
to close the quote early. Its own marks become single ones (‘…’), the usual way of
nesting, character for character, so positions found in the quote (highlights) still
fit. Every view calls this; none adds or strips marks itself.
"""

from __future__ import annotations

_OPENING = {"“": "‘", "„": "‘", "«": "‘", "‹": "‘"}
_CLOSING = {"”": "’", "»": "’", "›": "’"}


def inner_quote(text: str) -> str:
    """``text`` with its double quotation marks made single (same length)."""
    out = []
    for index, char in enumerate(text):
        if char in _OPENING:
            out.append(_OPENING[char])
        elif char in _CLOSING:
            out.append(_CLOSING[char])
        elif char == '"':
            before = text[index - 1] if index else " "
            out.append("‘" if before.isspace() or before in "([{—–-" else "’")
        else:
            out.append(char)
    return "".join(out)


def quoted(text: str) -> str:
    """The quote as shown: “…” around it, its own marks single."""
    return f"“{inner_quote(text)}”"
