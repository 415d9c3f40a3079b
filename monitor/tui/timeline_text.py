"""A place's timeline entries as text: the quote with its place and trigger highlighted."""

from __future__ import annotations

import re

from rich.text import Text

from monitor.projections.quoting import inner_quote
from monitor.tui.snapshot import ChangeEntry, ClaimEntry, PlaceDetail
from monitor.tui.styling import (DIM, PLACE_STYLE, TRIGGER_STYLE, confidence_badge, control_text, day, inert,
                                 minute, status_text)

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MARK_STYLES = {"place": PLACE_STYLE, "trigger": TRIGGER_STYLE}
TITLE_CHARS = 90


def quote_text(entry: ClaimEntry) -> Text:
    """The quote as written, one character for one (so the marks' offsets hold), never markup."""
    quote = Text(_UNPRINTABLE.sub(" ", inner_quote(entry.quote)), end="")  # the same length: marks hold
    for start, end, kind in entry.marks:
        quote.stylize(MARK_STYLES[kind], start, end)
    return quote


def claim_text(entry: ClaimEntry) -> Text:
    text = Text(end="")
    text.append(("undated, recorded " if entry.undated else "") + minute(entry.time) + "  ", style="bold")
    text.append_text(control_text(entry.control))
    text.append(f" · {entry.factuality}", style=DIM)
    if entry.historical:
        text.append(" · background", style=DIM)
    if entry.verdict:
        text.append(f"  analyst: {entry.verdict}ed", style="bold #ffb000")
        if entry.verdict_note:
            text.append(" — ")
            text.append_text(inert(entry.verdict_note, "italic"))
    text.append("\n  “")
    text.append_text(quote_text(entry))
    text.append("”\n  ")
    text.append_text(inert(entry.speaker or "the outlet itself", "italic"))
    text.append(" · ")
    text.append_text(inert(entry.outlet or "unknown outlet", "bold"))
    if entry.title:
        text.append(" · ")
        title = inert(entry.title)
        title.truncate(TITLE_CHARS, overflow="ellipsis")
        text.append_text(title)
    if entry.url:
        text.append("\n  ")
        text.append_text(inert(entry.url, "underline #87afff"))
    text.append(f"\n  claim {entry.claim_id}", style=DIM)
    return text


def change_text(entry: ChangeEntry) -> Text:
    text = Text(end="")
    text.append(minute(entry.time) + "  ", style="bold")
    text.append("status ", style=DIM)
    text.append_text(status_text(entry.from_control, entry.from_confidence))
    text.append(" → ")
    text.append_text(status_text(entry.to_control, entry.to_confidence))
    return text


def heading(detail: PlaceDetail) -> Text:
    text = inert(detail.place, "bold")
    status = detail.status
    if status is None:
        text.append("  no status", style=DIM)
        return text
    if status.oblast:
        text.append(f", {status.oblast} oblast", style=DIM)
    text.append("  ")
    text.append_text(control_text(status.control))
    text.append(" ")
    text.append_text(confidence_badge(status.confidence))
    text.append(f"  since {day(status.since)} · sources {status.ukraine}/{status.russia}/{status.independent}"
                " (ua/ru/ind)", style=DIM)
    if detail.as_of is not None:
        text.append(f"  · as of {minute(detail.as_of)} UTC", style="#ffb000")
    return text
