"""Bounds on the numbers a user types on the command line, each checked in one line.

A number out of its bound is a user's mistake: one line naming the option and the range,
exit status 1, never an overflow deep in the database driver or a hundred thousand
processes started. The README's "Bounds" lists them.
"""

from __future__ import annotations

import math

POSITION_MAX = 2**63 - 1  # a log position: the database's 64-bit integer
PROCESSES_MAX = 64  # `rebuild --processes`
PARSE_WORKERS_MAX = 32  # `run --parse-workers`
LIMIT_MAX = 100_000  # `reports --limit`
PAUSE_MAX = 3600.0  # `backfill --pause`, seconds


def within(value: int, low: int, high: int, option: str) -> int:
    """``value`` if ``low <= value <= high``, else ValueError naming ``option`` and the range."""
    if not low <= value <= high:
        raise ValueError(f"{option} must be from {low:,} to {high:,} (not {value:,})")
    return value


def seconds_within(value: float, high: float, option: str) -> float:
    """A number of seconds from 0 to ``high`` (not NaN, not infinite)."""
    if not math.isfinite(value) or not 0 <= value <= high:
        raise ValueError(f"{option} must be from 0 to {high:g} seconds (not {value:g})")
    return value


def position(text: str, option: str) -> int:
    """A log position typed as digits, within the database's integers."""
    if len(text) > 19 or int(text) > POSITION_MAX:
        raise ValueError(f"{option}: {text} is not a log position (at most {POSITION_MAX:,})")
    return int(text)
