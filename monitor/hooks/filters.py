"""Which alerts a hook wants: its triggers, places, oblasts and least confidence.

The names a user writes are resolved once against the gazetteer (any spelling it knows,
homonyms included); deciding is then a pure test of a transition's values. An unknown
place or oblast is a mistake in the settings, reported when the hook is built, not a
filter that silently matches nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.gazetteer import Gazetteer, name_key
from monitor.hooks.errors import HookError
from monitor.hooks.triggers import CONFIDENCE_RANK, TRIGGERS

_REGION_WORDS = re.compile(r"\b(oblast|region|province|obl)\b\.?", re.IGNORECASE)


@dataclass(frozen=True)
class AlertFilter:
    """``place_keys``/``oblast_ids`` None mean any place / any oblast."""

    triggers: frozenset[str] = frozenset(TRIGGERS)
    place_keys: frozenset[str] | None = None  # gazetteer ids, and "name:<lower-case name>" for unresolved names
    oblast_ids: frozenset[str] | None = None
    min_rank: int = 0

    def accepts(self, trigger: str, place_key: str, oblast_id: str | None, confidence: str) -> bool:
        if trigger not in self.triggers:
            return False
        if self.place_keys is not None and place_key not in self.place_keys and \
                place_key.lower() not in self.place_keys:
            return False
        if self.oblast_ids is not None and oblast_id not in self.oblast_ids:
            return False
        # A dispute is wanted for itself: no confidence to compare.
        return trigger == "disputed" or CONFIDENCE_RANK.get(confidence, 0) >= self.min_rank

    @property
    def needs_oblast(self) -> bool:
        return self.oblast_ids is not None


def build_filter(hook_name: str, triggers: Iterable[str], places: Iterable[str], oblasts: Iterable[str],
                 min_confidence: str | None, gazetteer: Gazetteer | None) -> AlertFilter:
    """The filter of one hook; ``gazetteer`` is needed only when places or oblasts are named."""
    places, oblasts = list(places), list(oblasts)
    place_keys = oblast_ids = None
    if places:
        place_keys = frozenset(key for name in places for key in _place_keys(hook_name, name, gazetteer))
    if oblasts:
        oblast_ids = frozenset(_oblast_id(hook_name, name, gazetteer) for name in oblasts)
    min_rank = CONFIDENCE_RANK[min_confidence] if min_confidence else 0
    return AlertFilter(frozenset(triggers), place_keys, oblast_ids, min_rank)


def _place_keys(hook_name: str, name: str, gazetteer: Gazetteer) -> set[str]:
    if name in gazetteer:
        return {name}
    found = {p.id for p in gazetteer.lookup(name)}
    if not found:
        raise HookError(f"hook {hook_name!r}: places: {name!r} is not a settlement the gazetteer knows")
    # A name claims could not resolve to one settlement is kept under the name itself.
    return found | {f"name:{name.strip().lower()}"}


def _oblast_id(hook_name: str, name: str, gazetteer: Gazetteer) -> str:
    wanted = name_key(_REGION_WORDS.sub(" ", name))
    for unit in gazetteer.oblasts:
        if wanted in {name_key(n) for n in (unit.name, unit.label, *unit.aliases)}:
            return unit.id
    known = ", ".join(sorted(u.label for u in gazetteer.oblasts))
    raise HookError(f"hook {hook_name!r}: oblasts: {name!r} is not an oblast (known: {known})")
