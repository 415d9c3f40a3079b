"""Preparing a long-running process (the daemon, the dashboard) for steady work.

The gazetteer, the actor lexicon and the language model are loaded once and live as long as the process;
every full cyclic garbage collection would walk them again. Loading them up front and
freezing what is alive (``gc.freeze``) leaves collections only the objects allocated
since: a catch-up batch then pays for its own allocations, not for the whole process.
"""

from __future__ import annotations

import gc

from monitor.extract import extract_claims
from monitor.extract.language import detect_language
from monitor.gazetteer import load_gazetteer


def settle_long_lived() -> None:
    load_gazetteer()
    extract_claims("Ukrainian forces liberated Izium.", doc="warm-up")  # loads the lexicons and matchers
    warm_language()
    gc.collect()
    gc.freeze()


def warm_language() -> None:
    """Load the language model once. It is loaded lazily, and polls parsing in threads of this
    process at once would each load it again (a second or more each, holding their sources'
    leases); parser processes load their own, one parse at a time."""
    detect_language("Ukrainian forces entered the town on Saturday, officials said.")
