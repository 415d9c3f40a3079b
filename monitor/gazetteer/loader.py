"""Load the packaged gazetteer files once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from monitor.gazetteer.model import Gazetteer, Place, Unit
from monitor.gazetteer.stored_rows import lines_of, stored_rows

# Prominence of a place GeoNames gives no population for, by kind: city > settlement > village.
DEFAULT_PROMINENCE = {"city": 5000, "settlement": 1000, "village": 200, "locality": 500,
                      "city_district": 0}


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in lines_of(name) if line]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped in the package (cached: later calls return the same object)."""
    units = tuple(Unit(id_, level, name, name_uk, label, oblast, tuple(filter(None, al.split("|"))))
                  for id_, level, name_uk, name, label, oblast, al
                  in _rows("units.tsv.gz"))
    by_prefix = {_prefix(u): u for u in units}
    by_id = {u.id: u for u in units}

    def make_place(row: tuple[str, ...]) -> Place:
        id_, name, name_uk, kind, oblast_id, lat, lon, coords, pop, _gid, parent, aliases = row
        if id_.startswith("UA"):
            ob, ra, hr = by_prefix.get(id_[:4]), by_prefix.get(id_[:6]), by_prefix.get(id_[:10])
        else:
            ob, ra, hr = by_id.get(oblast_id), None, None
        population = int(pop) if pop else None
        return Place(
            id_, name, name_uk, kind,
            ob.label if ob else "", ra.label if ra else "", hr.label if hr else "",
            float(lat) if lat else None, float(lon) if lon else None,
            population or DEFAULT_PROMINENCE[kind],
            tuple(aliases.split("|")) if aliases else (),
            ob.id if ob else "", ra.id if ra else "", hr.id if hr else "",
            population, coords, parent)

    rows = stored_rows("settlements.tsv.gz")
    return Gazetteer(rows, units, make_place, _row_names, _forms)


def _forms() -> dict[str, tuple[str, ...]]:
    """Place or unit id → the case forms of its Cyrillic names (read when the matcher's
    index is built, not with the gazetteer)."""
    return {id_: tuple(forms.split("|")) for id_, forms in _rows("forms.tsv.gz")}


def _row_names(rows: Iterable[tuple[str, ...]]) -> Iterator[tuple[str, tuple[str, ...], int]]:
    for id_, name, name_uk, kind, _o, _la, _lo, _c, pop, _g, _p, aliases in rows:
        names = (name, name_uk, *aliases.split("|")) if aliases else (name, name_uk)
        yield id_, names, int(pop) if pop else DEFAULT_PROMINENCE[kind]


def _prefix(unit: Unit) -> str:
    """The code prefix a unit's members share: UA63 oblast, UA6304 raion, UA63040010 hromada."""
    return unit.id[: {"oblast": 4, "raion": 6, "hromada": 10}[unit.level]]
