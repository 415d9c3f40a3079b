"""A control claim: one statement that a named settlement is (or is becoming) held by a side.

The vocabulary (controls, factualities, sides) is defined in the evaluation README; these
literals are the single place the code spells it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from monitor.domain.codec import decoder_for

Control = Literal["ukraine", "russia", "contested"]
Factuality = Literal["asserted", "attributed", "unconfirmed", "predicted", "denied"]
Side = Literal["ukraine", "russia", "third_party", "both", "outlet"]

CONTROLS: tuple[Control, ...] = ("ukraine", "russia", "contested")
FACTUALITIES: tuple[Factuality, ...] = ("asserted", "attributed", "unconfirmed", "predicted", "denied")
SIDES: tuple[Side, ...] = ("ukraine", "russia", "third_party", "both", "outlet")


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim read from one article revision, with the evidence that justifies it."""

    claim_id: str
    place_id: str | None
    place: str
    control: Control
    factuality: Factuality
    historical: bool
    side: Side
    speaker: str | None
    evidence: str
    start: int
    end: int
    rule: str
    # What kind of voice the speaker is (official, military, proxy, state_media, channel,
    # think_tank, foreign_gov, unnamed, media, both), decided once by extract: fusion weighs
    # admissions and single voices by it without calling back into extract. None: no speaker
    # (the outlet's own voice), or a claim recorded before the field existed.
    speaker_kind: str | None = None
    # Where the place and the trigger stand in the evidence: (place start, place end[,
    # trigger start, trigger end]), offsets into ``evidence``, so views highlight them
    # without reading the text again. () for claims recorded before the field existed.
    marks: tuple[int, ...] = ()

    @classmethod
    def from_data(cls, data: dict) -> "Claim":
        return decoder_for(cls)(data)
