"""The gazetteer's values: places, administrative units and the lookups over them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable, Iterator

from monitor.gazetteer.keys import name_key, name_keys


@dataclass(frozen=True, slots=True)
class Place:
    """One settlement. `id` is its KATOTTG code (or GN<geonameid> where KATOTTG has none).

    `name` is the official Latin name (2010 national transliteration); `oblast`, `raion`
    and `hromada` are English/Latin labels ("Kharkiv", "Izium", "Balakliiska"), the *_id
    fields their KATOTTG codes. lat/lon are None when no source placed it; `coords` says how
    good they are (geonames: exact; postal: postal-code point; approx: a council or raion
    centre). `prominence` ranks homonyms: the population where GeoNames has one, else a
    default by kind (city > settlement > village).
    """

    id: str
    name: str
    name_uk: str
    kind: str  # city | settlement | village | city_district | locality (GeoNames only)
    oblast: str
    raion: str
    hromada: str
    lat: float | None
    lon: float | None
    prominence: int
    aliases: tuple[str, ...]
    oblast_id: str = ""
    raion_id: str = ""
    hromada_id: str = ""
    population: int | None = None
    coords: str = ""
    parent_id: str = ""  # for a city district: the city


@dataclass(frozen=True, slots=True)
class Unit:
    """An oblast (or Kyiv/Sevastopol), raion or hromada. `label` is how English news names
    it ("Kharkiv" for Харківська область, "Izium" for Ізюмський район)."""

    id: str
    level: str  # oblast | raion | hromada
    name: str
    name_uk: str
    label: str
    oblast_id: str
    aliases: tuple[str, ...]


class Gazetteer:
    """All places and units, with lookups by id and by normalised name (see `name_key`).

    Places are built from their stored rows on first use: creating all ~30,000 frozen
    dataclasses up front would double the load time, and matching touches few of them.
    """

    def __init__(self, rows: dict[str, tuple[str, ...]], units: tuple[Unit, ...],
                 make_place: Callable[[tuple[str, ...]], Place],
                 row_names: Callable[[Iterable[tuple[str, ...]]],
                                     Iterator[tuple[str, tuple[str, ...], int]]],
                 forms: Callable[[], dict[str, tuple[str, ...]]] = dict) -> None:
        self._rows = rows
        self._make = make_place
        self._names = row_names
        self._forms = forms
        self._cache: dict[str, Place] = {}
        self.units = units
        self._units_by_id = {u.id: u for u in units}

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._rows

    def get(self, place_id: str) -> Place | None:
        return self[place_id] if place_id in self._rows else None

    def __getitem__(self, place_id: str) -> Place:
        place = self._cache.get(place_id)
        if place is None:
            place = self._cache[place_id] = self._make(self._rows[place_id])
        return place

    def unit(self, unit_id: str) -> Unit | None:
        return self._units_by_id.get(unit_id)

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Places with this name or alias, most prominent first ("Kharkov" → Kharkiv)."""
        return tuple(self[i] for i in self.name_index.get(name_key(name), ()))

    @cached_property
    def places(self) -> tuple[Place, ...]:
        return tuple(self[i] for i in self._rows)

    @cached_property
    def name_index(self) -> dict[str, tuple[str, ...]]:
        """name key → place ids, most prominent first. Built on first use."""
        rows = sorted(self.names(), key=lambda t: -t[2])
        keys = iter(name_keys([n for _, names, _ in rows for n in names]))
        index: dict[str, list[str]] = defaultdict(list)
        for place_id, names, _ in rows:
            for key in {next(keys) for _ in names}:
                index[key].append(place_id)
        return {k: tuple(v) for k, v in index.items()}

    def names(self) -> Iterator[tuple[str, tuple[str, ...], int]]:
        """(place id, all its names: Latin, Cyrillic and aliases, prominence) for every place,
        read from the stored rows without building the places."""
        return self._names(self._rows.values())

    def forms(self) -> dict[str, tuple[str, ...]]:
        """Place or unit id → the folded case forms of its Cyrillic names (Куп'янську,
        Харківської); read from the package on each call, so callers keep what they need."""
        return self._forms()

    @cached_property
    def oblasts(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.level == "oblast")

    @cached_property
    def raions(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.level == "raion")
