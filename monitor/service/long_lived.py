"""Preparing a long-running process (the daemon, the dashboard) for steady work.

The gazetteer and the actor lexicon are loaded once and live as long as the process;
every full cyclic garbage collection would walk them again. Loading them up front and
freezing what is alive (``gc.freeze``) leaves collections only the objects allocated
since: a catch-up batch then pays for its own allocations, not for the whole process.
"""

from __future__ import annotations

import gc

from monitor.extract import extract_claims
from monitor.gazetteer import load_gazetteer


def settle_long_lived() -> None:
    load_gazetteer()
    extract_claims("Ukrainian forces liberated Izium.", doc="warm-up")  # loads the lexicons and matchers
    gc.collect()
    gc.freeze()
