"""Where, in a claim's quote, its place and its trigger words are, so a view can highlight them.

The extractor records where the place and the trigger stand in the claim's evidence
(`Claim.marks`), so the highlight shows what the extractor saw; views never read the text
again with extract's rules. A claim recorded before it carried marks shows the place's
name wherever it is written in the quote.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple


class QuoteMark(NamedTuple):
    start: int
    end: int
    kind: Literal["place", "trigger"]


def quote_marks(quote: str, place: str, marks: tuple[int, ...] = ()) -> list[QuoteMark]:
    """The claim's place and trigger in ``quote``, in order, never overlapping."""
    if len(marks) >= 2 and 0 <= marks[0] < marks[1] <= len(quote):
        found = [QuoteMark(marks[0], marks[1], "place")]
        if len(marks) >= 4 and 0 <= marks[2] < marks[3] <= len(quote):
            found.append(QuoteMark(marks[2], marks[3], "trigger"))
        return sorted(found)
    return [QuoteMark(m.start(), m.end(), "place") for m in re.finditer(re.escape(place), quote, re.IGNORECASE)] \
        if place else []
