"""Which kind of news a status transition is: a pure function of its from and to.

Exactly one trigger (or none) per transition, so a hook asking for several never gets
one change twice:

- ``disputed``: the status became disputed (the two sides contradict each other);
- ``unconfirmed_report``: a new control, but only hedged reports say so;
- ``control_changed``: a new control (a first status counts), reported or confirmed;
- ``confidence_upgraded``: the same control, now more certain (unconfirmed < reported <
  confirmed; a dispute resolved for the shown control counts too).

A status that is dropped, weakened, or stays disputed while the sides trade claims is
no trigger.
"""

from __future__ import annotations

from monitor.projections.rows import TransitionRow

TRIGGERS: tuple[str, ...] = ("control_changed", "confidence_upgraded", "unconfirmed_report", "disputed")
CONFIDENCE_RANK = {"disputed": 0, "unconfirmed": 1, "reported": 2, "confirmed": 3}


def trigger_of(row: TransitionRow) -> str | None:
    if row.to_control is None or row.to_confidence is None:
        return None
    if row.to_confidence == "disputed":
        return "disputed" if row.from_confidence != "disputed" else None
    if row.to_control != row.from_control:
        return "unconfirmed_report" if row.to_confidence == "unconfirmed" else "control_changed"
    before = CONFIDENCE_RANK.get(row.from_confidence or "", -1)
    return "confidence_upgraded" if CONFIDENCE_RANK.get(row.to_confidence, -1) > before else None
