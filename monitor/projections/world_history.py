"""A place's status history in world time: its claims folded in publication order.

The rule. A place's history is what fusion decides after each step of the world, taken
in the order the world took them, not in the order the monitor recorded them:

- a *claim step* is one article's current claims about the place, at the article's
  publication time (an undated article's at the moment it was recorded);
- a *verdict step* is an analyst's verdict on one of those claims, at the moment it was
  given; from then on the claim counts as the analyst said.

Steps are ordered by their time, then claim steps before verdict steps, then by article
id (or claim id): an order that no recording order can change, so any permutation of the
same events gives the same history (``tests/projections/test_world_history.py``). A
transition is recorded whenever a step changes the decision, ``at`` that step's time;
``since`` is when the place's current control began. The projection's live table is the
end of this history, so it equals ``--as-of`` now.

Folding *when* claims count is this module's business; *what* a set of claims decides is
fusion's (:mod:`monitor.projections.fusion`), unchanged.

Alert consumers want something else: each change of a place's current status, in the
order the monitor learned it (log order), once. That is the fold's own transitions, kept
as a feed beside the history; :func:`world_at` gives such a change the world time its new
status began.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from monitor.domain.codec import iso
from monitor.projections.fusion import PlaceEvidence
from monitor.projections.rows import ClaimRef, TransitionRow

CLAIM_STEP, VERDICT_STEP = 0, 1


class StepKey(NamedTuple):
    """Where a step sits in world order."""

    time: datetime
    kind: int  # CLAIM_STEP or VERDICT_STEP
    name: str  # the article id (claims) or claim id (verdicts)


def claim_step_key(time: datetime, article_id: str) -> StepKey:
    return StepKey(time, CLAIM_STEP, article_id)


def key_text(key: StepKey | None) -> str | None:
    """A key as stored with the place's status (the newest step folded)."""
    return None if key is None else f"{iso(key.time)}|{key.kind}|{key.name}"


def key_of_text(text: str | None) -> StepKey | None:
    if not text:
        return None
    moment, kind, name = text.split("|", 2)
    return StepKey(datetime.fromisoformat(moment), int(kind), name)


@dataclass(frozen=True, slots=True)
class VerdictStep:
    """An analyst's verdict on a claim: when it was given and where it is in the log."""

    claim_id: str
    verdict: str  # confirm | reject
    decided_at: datetime
    position: int

    @property
    def key(self) -> StepKey:
        return StepKey(self.decided_at, VERDICT_STEP, f"{self.claim_id}|{self.position:020d}")


@dataclass(frozen=True, slots=True)
class WorldHistory:
    """A place's history, and what its status row keeps of it."""

    transitions: tuple[TransitionRow, ...]
    decision: tuple[str, str] | None  # (control, confidence) at the end
    since: datetime | None  # when the current control began
    newest: StepKey | None  # the last step folded


def world_history(place_key: str, name: str, refs: Iterable[ClaimRef],
                  verdicts: Iterable[VerdictStep] = ()) -> WorldHistory:
    """Fold a place's current claims and its verdicts in world order (see the module's rule).

    ``refs`` are the claims as the projection holds them (claims that cannot count, whose
    ``evidence`` is None, make no step); ``verdicts`` every verdict given on them.
    """
    articles: dict[str, list[ClaimRef]] = {}
    for ref in refs:
        if ref.evidence is not None:
            articles.setdefault(ref.article_id, []).append(ref)
    steps: list[tuple[StepKey, int, object]] = []
    for article_id, found in articles.items():
        steps.append((claim_step_key(found[0].evidence.time, article_id), found[0].position, found))
    known = {ref.claim_id for found in articles.values() for ref in found}
    for verdict in verdicts:
        if verdict.claim_id in known:
            steps.append((verdict.key, verdict.position, verdict))
    steps.sort(key=lambda step: step[0])

    evidence = PlaceEvidence()
    judged: dict[str, str] = {}  # claim id -> the verdict standing at this step
    seen: list[ClaimRef] = []
    decision: tuple[str, str] | None = None
    since: datetime | None = None
    transitions: list[TransitionRow] = []
    for key, position, step in steps:
        if isinstance(step, VerdictStep):
            judged[step.claim_id] = step.verdict
            evidence = PlaceEvidence()  # a verdict can take a claim away: count again
            for ref in seen:
                evidence.add(ref.evidence._replace(analyst=judged.get(ref.claim_id)))
            causes: tuple[str, ...] = (f"verdict:{step.verdict}:{step.claim_id}",)
        else:
            for ref in step:
                seen.append(ref)
                evidence.add(ref.evidence._replace(analyst=judged.get(ref.claim_id)))
            causes = tuple(ref.claim_id for ref in step)
        now = evidence.decision()
        if now == decision:
            continue
        transitions.append(TransitionRow(position, place_key, name, key.time,
                                         decision[0] if decision else None, decision[1] if decision else None,
                                         now[0] if now else None, now[1] if now else None, causes,
                                         key_text(key)))
        if now is not None and (decision is None or decision[0] != now[0]):
            since = key.time
        decision = now
    return WorldHistory(tuple(transitions), decision, since if decision else None, steps[-1][0] if steps else None)


def world_at(place_key: str, name: str, refs: Sequence[ClaimRef], verdicts: Sequence[VerdictStep],
             to: tuple[str | None, str | None], fallback: datetime) -> datetime:
    """When, in the world, the status a change just learned reached began.

    ``refs`` and ``verdicts`` are what the log held when the change was learned; the last
    transition of their history gives the moment when it ends in ``to``, else
    ``fallback`` (the learning event's own time).
    """
    history = world_history(place_key, name, refs, verdicts)
    last = history.transitions[-1] if history.transitions else None
    if last is not None and (last.to_control, last.to_confidence) == to:
        return last.at
    return fallback
