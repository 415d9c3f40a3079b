"""Put the joined sources together into the rows the package ships."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from monitor.gazetteer.build.aliases import place_aliases
from monitor.gazetteer.build.geonames import GeoPlace
from monitor.gazetteer.build.katottg import RawPlace, RawUnit
from monitor.gazetteer.build.postal import PostalPoint
from monitor.gazetteer.build.regions import oblast_names, raion_label, unit_aliases
from monitor.gazetteer.keys import consonant_skeleton, name_key
from monitor.gazetteer.loader import DEFAULT_PROMINENCE
from monitor.gazetteer.translit import is_cyrillic, looks_ukrainian, uk_to_latin

GEONAMES_ONLY_OBLASTS = {"UA85"}  # the codifier lists no settlements under Sevastopol


@dataclass
class PlaceRow:
    id: str
    name: str
    name_uk: str
    kind: str
    oblast_id: str
    raion_id: str
    hromada_id: str
    lat: float | None
    lon: float | None
    coords: str  # geonames | postal | approx | "" (none)
    population: int | None
    prominence: int
    geonameid: int | None
    parent_id: str
    aliases: list[str] = field(default_factory=list)

    @property
    def oblast(self) -> str:
        """Stored only where the id does not encode it (places without a KATOTTG code)."""
        return "" if self.id.startswith("UA") else self.oblast_id


@dataclass
class UnitRow:
    id: str
    level: str
    name_uk: str
    name: str
    label: str
    oblast_id: str
    aliases: list[str]


def assemble_units(units: dict[str, RawUnit], places: list[RawPlace]) -> list[UnitRow]:
    """Oblasts, raions and hromadas with Latin names and English labels."""
    by_raion: dict[str, list[RawPlace]] = defaultdict(list)
    for p in places:
        by_raion[p.raion_id].append(p)
    rows = []
    for u in units.values():
        if u.level == "oblast":
            latin, label, aliases = oblast_names(u)
        else:
            latin = uk_to_latin(u.name_uk)
            label = raion_label(u, by_raion[u.id]) if u.level == "raion" else latin
            aliases = unit_aliases(u, label)
        rows.append(UnitRow(u.id, u.level, u.name_uk, latin, label, u.oblast_id, aliases))
    return rows


def assemble_places(places: list[RawPlace], postal: dict[str, PostalPoint],
                    geo_match: dict[str, GeoPlace], geo_all: list[GeoPlace]) -> list[PlaceRow]:
    """One row per settlement, plus GeoNames-only places where the codifier has none."""
    rows = [_row(p, postal.get(p.id), geo_match.get(p.id)) for p in places]
    matched = {g.geonameid for g in geo_match.values()}
    for g in geo_all:
        if g.geonameid not in matched and g.oblast_prefix in GEONAMES_ONLY_OBLASTS:
            rows.append(_geonames_only(g, rows))
    _drop_shadowing_aliases(rows)
    return rows


def _row(p: RawPlace, pt: PostalPoint | None, g: GeoPlace | None) -> PlaceRow:
    name = uk_to_latin(p.name_uk)
    lat = lon = None
    coords = ""
    if g is not None:
        lat, lon, coords = g.lat, g.lon, "geonames"
    elif pt is not None:
        lat, lon, coords = pt.lat, pt.lon, "postal" if pt.accuracy >= 3 else "approx"
    population = g.population if g is not None and g.population > 0 else None
    return PlaceRow(p.id, name, p.name_uk, p.kind, p.oblast_id, p.raion_id, p.hromada_id,
                    lat, lon, coords, population, population or DEFAULT_PROMINENCE[p.kind],
                    g.geonameid if g else None, p.parent_id, place_aliases(name, p.name_uk, g))


def _geonames_only(g: GeoPlace, rows: list[PlaceRow]) -> PlaceRow:
    cyr = [a.replace("\u0301", "") for a in g.alternatenames if is_cyrillic(a)]
    same = [a for a in cyr if consonant_skeleton(uk_to_latin(a)) == consonant_skeleton(g.name)]
    name_uk = next(iter(same + [a for a in cyr if looks_ukrainian(a)] + cyr), g.name)
    oblast = next(r.oblast_id for r in rows if r.oblast_id.startswith(g.oblast_prefix))
    return PlaceRow(f"GN{g.geonameid}", g.name, name_uk, "locality", oblast, "", "",
                    g.lat, g.lon, "geonames", g.population or None,
                    g.population or DEFAULT_PROMINENCE["locality"], g.geonameid, "",
                    place_aliases(g.name, name_uk, g))


def _drop_shadowing_aliases(rows: list[PlaceRow]) -> None:
    """An alias that is another settlement's own name is dropped unless that settlement is
    tiny beside this one: Nikopol was once "Slaviansk", but Sloviansk is Sloviansk; Lyman
    keeps "Krasnyi Lyman" although a village of that name exists."""
    best: dict[str, int] = {}
    for r in rows:
        for key in (name_key(r.name), name_key(r.name_uk)):
            best[key] = max(best.get(key, 0), r.prominence)
    for r in rows:
        own = {name_key(r.name), name_key(r.name_uk)}
        r.aliases = [a for a in r.aliases
                     if (k := name_key(a)) in own or best.get(k, -1) * 10 < r.prominence]
