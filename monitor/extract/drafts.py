"""A claim as the readers of each language leave it, before the article-wide side is known.

The English reader (claims.py) and the Ukrainian/Russian reader (cyrillic.py) both make
drafts; claims.py decides the side of actorless drafts from the article's other claims
and finishes every draft into a `Claim` the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from monitor.extract.places import PlaceMention


@dataclass
class Draft:
    mention: PlaceMention
    link: Any  # the reader's own link (the English reader's Link), or None
    control: str | None  # None: decided later from the article's other claims
    factuality: str
    historical: bool
    side: str
    speaker: str | None
    sentence: tuple[int, int]
    rule: str
    explicit: bool  # control came from an actor named in the text
    speaker_kind: str | None = None  # the speaker's kind of voice (see Claim.speaker_kind)
    trigger: tuple[int, int] | None = None  # the trigger's offsets in the text, for Claim.marks
    site_control: str | None = None  # a site inside the town taken or held: whose, were the town theirs (see claims.py)
