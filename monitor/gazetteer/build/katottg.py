"""Read KATOTTG, the official codifier: every settlement with its oblast → raion → hromada.

Category letters (Latin look-alikes of the Cyrillic originals): O oblast, K city with special
status, P raion, H hromada, M city, X selyshche (settlement, incl. former urban-type),
C village (selo), B city district (raion u misti; listed below the city it belongs to).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

SETTLEMENT_KINDS = {"K": "city", "M": "city", "X": "settlement", "C": "village",
                    "B": "city_district"}
UNIT_LEVELS = {"O": "oblast", "K": "oblast", "P": "raion", "H": "hromada"}


@dataclass
class RawPlace:
    id: str
    name_uk: str
    kind: str
    oblast_id: str
    raion_id: str
    hromada_id: str
    parent_id: str = ""  # the city a city district belongs to


@dataclass
class RawUnit:
    id: str
    level: str
    name_uk: str
    oblast_id: str


def clean_uk(name: str) -> str:
    """Trim and use the typographic apostrophe the codifier uses throughout."""
    return " ".join(name.replace("'", "\u2019").replace("\u02bc", "\u2019").split())


def read_katottg(path: Path) -> tuple[list[RawPlace], dict[str, RawUnit]]:
    """All settlements (and city districts) plus the administrative units, keyed by code."""
    places: list[RawPlace] = []
    units: dict[str, RawUnit] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = csv.reader(fh, delimiter=";")
        next(rows)
        for l1, l2, l3, l4, extra, cat, name in rows:
            name = clean_uk(name)
            if cat in UNIT_LEVELS:
                code = {"O": l1, "K": l1, "P": l2, "H": l3}[cat]
                units[code] = RawUnit(code, UNIT_LEVELS[cat], name, l1)
            if cat not in SETTLEMENT_KINDS:
                continue
            if cat == "K":
                places.append(RawPlace(l1, name, "city", l1, "", ""))
            elif cat == "B":
                parent = l4 if l4 != l1 else l1
                places.append(RawPlace(extra, name, "city_district", l1, _own(l2, l1),
                                       _own(l3, l1), parent))
            else:
                places.append(RawPlace(l4, name, SETTLEMENT_KINDS[cat], l1, l2, l3))
    return places, units


def _own(code: str, special_city: str) -> str:
    """Kyiv/Sevastopol repeat their own code at every level: that is no raion/hromada."""
    return "" if code == special_city else code
