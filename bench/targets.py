"""Every speed and quality target of the benchmarks, in one place.

The bench rows, bench/REPORT.md and the README's figures all quote these, so a target
changes here or nowhere. A target judges a row either by its ratio against the comparison
measured in the same run (``ratio``: the row's speed ratio, above 1 when ours is better)
or by our figure alone (``at_most``, ``below``, ``at_least``: a target with no measured
comparison, whose row then shows no ratio).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    text: str  # how the target reads beside a row
    kind: str  # "ratio" (>= bound), "at_most", "below", "at_least" (our figure against bound)
    bound: float

    def met(self, ours: float, ratio: float) -> bool | None:
        """Whether the row meets it (None when the needed figure was not measured)."""
        value = ratio if self.kind == "ratio" else ours
        if value is None or math.isnan(value):
            return None
        if self.kind in ("ratio", "at_least"):
            return value >= self.bound
        if self.kind == "at_most":
            return value <= self.bound
        return value < self.bound

    def judged(self, ours: float, ratio: float) -> str:
        met = self.met(ours, ratio)
        return self.text if met is None else f"{self.text}: {'met' if met else '**not met**'}"


def _ratio(bound: float, text: str) -> Target:
    return Target(text, "ratio", bound)


# -- the event log --------------------------------------------------------------------
APPEND = _ratio(0.70, ">= 0.70 of raw executemany (same serialiser)")
REPLAY = _ratio(0.50, ">= 0.50 of the raw scan (same decoder)")

# -- projections ------------------------------------------------------------------------
REBUILD = _ratio(0.50, "<= 2x the raw scan's time, same cores")
CATCH_UP_MS = Target("<= 100 ms per 1,000 events (quiet run)", "at_most", 100.0)

# -- polling (issue 18: judged on the latency profile) --------------------------------
FIRST_POLL_VS_NEWSBOAT = _ratio(2.0, ">= 2x newsboat")
FIRST_POLL_VS_LOOP = _ratio(1.5, ">= 1.5x the loop")
UNCHANGED_VS_LOOP = _ratio(3.0, ">= 3x the validator-aware loop")
MEMORY_MB = Target("< 250 MB summed PSS", "below", 250.0)

# -- alerts -------------------------------------------------------------------------------
ALERT_SLACK_S = 1.0  # alert latency <= the poll interval + this


def alert_latency(interval_s: float) -> Target:
    return Target(f"<= {interval_s + ALERT_SLACK_S:g} s (interval + {ALERT_SLACK_S:g} s)", "at_most",
                  interval_s + ALERT_SLACK_S)


# -- extraction (the lead's rows) ----------------------------------------------------------
EXTRACT_MB_S = Target(">= 1 MB/s per core", "at_least", 1.0)
FIRST_CLAIM_S = Target("<= 0.5 s", "at_most", 0.5)
GAZETTEER_LOAD_S = Target("< 0.5 s", "below", 0.5)

# -- dashboard ---------------------------------------------------------------------------
TUI_OPEN_S = Target("< 1.5 s", "below", 1.5)
TUI_LIVE_MS = Target("< 1,000 ms", "below", 1000.0)

# -- season replay (issue 13) ---------------------------------------------------------------
SEASON_AGREEMENT = Target(">= 97%", "at_least", 97.0)
SEASON_COVERAGE = Target(">= 80%", "at_least", 80.0)

INFO = "(info)"
