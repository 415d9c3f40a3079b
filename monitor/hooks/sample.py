"""The alert `monitor hooks test NAME` sends: real-looking, marked as a sample, never recorded."""

from __future__ import annotations

import hashlib
from datetime import datetime

from monitor.hooks.alerts import Alert, Change, ClaimInfo, PlaceInfo

_BALAKLIIA = PlaceInfo("UA63040010010039074", "UA63040010010039074", "Balakliia", "Kharkiv", 49.45595, 36.84433)
_QUOTE = ("The Russian Defence Ministry has also confirmed the withdrawal of its troops from the town of "
          "Balaklyia, in the Izium Raion district in Kharkiv.")


def sample_alert(hook: str, now: datetime) -> Alert:
    """Balakliia, September 2022, as a hook would have been told; the id is new each time."""
    digest = hashlib.sha256(f"sample\x00{hook}\x00{now.isoformat()}".encode()).hexdigest()[:18]
    claim = ClaimInfo("sample", _QUOTE, "ukraine", "attributed", "Russian Defence Ministry", "The Quint", "sample", None,
                      "Ukraine's counteroffensive in Kharkiv", datetime(2022, 9, 10, tzinfo=now.tzinfo))
    return Alert(f"sample-{digest}", hook, "control_changed", 0, datetime(2022, 9, 10, 18, 44, tzinfo=now.tzinfo),
                 _BALAKLIIA, Change("russia", "ukraine"), Change("confirmed", "confirmed"), (claim,), sample=True)
