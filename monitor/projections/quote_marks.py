"""Where, in a claim's quote, its place and its trigger words are, so a view can highlight them.

A claim keeps its sentence, not the offsets of the place and the trigger inside it. They
are found again in the sentence by the rules that read the claim (the same place finder
and trigger patterns), so the highlight shows what the extractor saw, not the first word
that happens to look alike.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from monitor.extract.places import find_places
from monitor.extract.triggers import find_triggers


class QuoteMark(NamedTuple):
    start: int
    end: int
    kind: Literal["place", "trigger"]


def quote_marks(quote: str, place_id: str | None, place: str, rule: str) -> list[QuoteMark]:
    """The place's mentions and the claim's trigger in ``quote``, in order, never overlapping."""
    places = _place_spans(quote, place_id, place)
    marks = [QuoteMark(start, end, "place") for start, end in places]
    trigger = _trigger_span(quote, rule, places[0][0] if places else 0)
    if trigger and not any(s < trigger[1] and trigger[0] < e for s, e in places):
        marks.append(QuoteMark(*trigger, "trigger"))
    return sorted(marks)


def _place_spans(quote: str, place_id: str | None, place: str) -> list[tuple[int, int]]:
    found = [(m.start, m.end) for m in find_places(quote)
             if place_id is not None and (m.place_id == place_id or place_id in m.candidate_ids)]
    if found:
        return found
    # An ambiguous name (no id) or a spelling the finder reads differently alone: the name as written.
    return [(m.start(), m.end()) for m in re.finditer(re.escape(place), quote, re.IGNORECASE)] if place else []


def _trigger_span(quote: str, rule: str, near: int) -> tuple[int, int] | None:
    """The trigger of the claim's rule ("gain.verb/object" was made by "gain.verb") nearest the place."""
    name = rule.split("/", 1)[0].split("+", 1)[0]
    triggers = [t for t in find_triggers(quote, 0, len(quote)) if t.rule == name]
    if not triggers:
        return None
    best = min(triggers, key=lambda t: abs(t.start - near))
    return best.start, best.end
