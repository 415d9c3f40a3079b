"""The official occupation record as a yardstick: who held a settlement on a given day.

The record is the Ministry of Development of Communities and Territories of Ukraine's
order No. 376 list ("Перелік територій, на яких ведуться (велися) бойові дії або тимчасово
окупованих Російською Федерацією", version of 07.05.2025), extracted to a TSV
(`truth/perelik-07052025_extracted.tsv`, see `truth/PROVENANCE.txt`). It is published long
after the events and is per territory, so it is only ever a CHECK on the monitor's front,
never an input to it.

How rows become a status per settlement (every choice here is a reading of the record):

* Section II ("Тимчасово окуповані") rows give occupation periods; section I rows give
  hostilities periods (subsection 1 "possible", 2 and 3 "active"). Only "active" counts as
  hostilities here. A territory on several rows of one kind (subsections 2 and 3) has all
  their periods.
* A row names a settlement, a hromada, a raion or an oblast by KATOTTG code (spaces in a
  code are dropped: two rows carry "UA 1416..."). A settlement takes the periods of the
  most specific row that covers it: its own row, else its hromada's, else its raion's, else
  its oblast's. In the record the levels never overlap except through exclusions, so
  "most specific wins" and "union" agree on it; most specific is the safer reading.
* A city district (KATOTTG category B) is read as its city.
* "... за винятком с. X, м. Y" rows exclude the named settlements: an excluded settlement
  is not covered by that row and falls through to the next, less specific level (all the
  excluded settlements of 2022 have rows of their own). Names are matched against the
  gazetteer's Ukrainian names within the row's territory, apostrophes folded.
  An exclusion may carry a KATOTTG code in brackets (two villages named Новобахмутівка)
  or an old name in brackets ("с-ще Грейгове (с-ще Миролюбове)"); both are used.
  Not handled: "частина м. Золотого (Золоте – 5)", a part of a town (Hirska hromada row):
  Zolote stays covered by the hromada row and is read occupied from 23.06.2022 as a whole;
  the record's own row for that part (occupied since 2018) is skipped for the same reason.
  `unmatched_exclusions` lists every exclusion that could not be matched.
* Cells with several periods are joined by " ; " in order; start i pairs with end i, and
  a start without an end is an occupation still open. Dates are days: a settlement is
  occupied on day d when start <= d < end (the end day is the day it was liberated, so by
  that day's end it is no longer occupied).
* A settlement that no section II row covers was never occupied per the record.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Protocol

OCCUPIED = "occupied"
HOSTILITIES = "hostilities"
_DATE = re.compile(r"(\d{2})\.(\d{2})[.\s]\s*(\d{4})")
_EXCEPT = re.compile(r"за\s+винятком\s+(.*)$", re.IGNORECASE)
_KIND_PREFIX = re.compile(r"^(?:м\.|с\.|c\.|с-ще\.?|с-ща\.?|смт|сел\.)\s*", re.IGNORECASE)
_PART = re.compile(r"^частина\b", re.IGNORECASE)
_CODE_IN_NAME = re.compile(r"\((UA\d{17})\)")
_ALT_NAME = re.compile(r"^(.*?)\s*\((.*?)\)\s*$")


class RecordError(ValueError):
    """The truth file cannot be read as the record (one line says why)."""


@dataclass(frozen=True)
class Entry:
    """One row of the record: a territory, its kind of status and its periods."""

    code: str
    name: str
    status: str  # OCCUPIED | HOSTILITIES
    periods: tuple[tuple[date, date | None], ...]
    exclusions: tuple[str, ...] = ()

    def active(self, day: date) -> bool:
        return any(start <= day and (end is None or day < end) for start, end in self.periods)


class PlaceLike(Protocol):
    id: str
    name_uk: str
    hromada_id: str
    raion_id: str
    oblast_id: str
    parent_id: str


class GazetteerLike(Protocol):
    def get(self, place_id: str) -> PlaceLike | None: ...

    @property
    def places(self) -> tuple[PlaceLike, ...]: ...


def _dates(cell: str, where: str) -> list[date]:
    """The dates of a cell in order. Tolerates the extraction's slips seen in the record:
    "12.11 2022", "31.03. 2022", and two dates run together without " ; "."""
    found = list(_DATE.finditer(cell))
    rest = _DATE.sub("", cell)
    if rest.strip(" ;.\t"):
        raise RecordError(f"{where}: {cell.strip()!r} is not a list of dates DD.MM.YYYY")
    return [date(int(m[3]), int(m[2]), int(m[1])) for m in found]


def _periods(start_cell: str, end_cell: str, where: str) -> tuple[tuple[date, date | None], ...]:
    starts, ends = _dates(start_cell, where), _dates(end_cell, where)
    if not starts:
        raise RecordError(f"{where}: no start date")
    if len(ends) > len(starts):
        raise RecordError(f"{where}: more end dates than start dates")
    return tuple((s, ends[i] if i < len(ends) else None) for i, s in enumerate(starts))


def _exclusions(name: str) -> tuple[str, ...]:
    m = _EXCEPT.search(_clean(name))
    if not m:
        return ()
    parts = re.split(r"[,;]\s*|\s+та\s+|\s+і\s+", m[1].strip())
    return tuple(p.strip() for p in parts if p.strip())


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def load_record(path: Path) -> list[Entry]:
    """Every row of the record's TSV (columns section, subsection, oblast, raion,
    katottg_code, name, date_start, date_end)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as why:
        raise RecordError(f"{path}: cannot read the truth file ({why.strerror})") from None
    except UnicodeDecodeError:
        raise RecordError(f"{path}: the truth file is not UTF-8") from None
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    need = {"section", "subsection", "katottg_code", "name", "date_start", "date_end"}
    if not reader.fieldnames or not need <= set(reader.fieldnames):
        raise RecordError(f"{path}: not the record's TSV (it needs the columns {', '.join(sorted(need))})")
    entries = []
    for n, row in enumerate(reader, start=2):
        where = f"{path.name}:{n}"
        section = row["section"].strip()
        if section.startswith("ІІ"):
            status = OCCUPIED
        elif section.startswith("І"):
            if row["subsection"].strip().startswith("1."):
                continue  # "possible hostilities": not fighting
            status = HOSTILITIES
        else:
            raise RecordError(f"{where}: unknown section {section[:30]!r}")
        name = _clean(row["name"])
        if _PART.match(name):
            continue  # a part of a settlement ("частина м. Золотого (Золоте – 5)") is not the settlement
        entries.append(Entry(code=row["katottg_code"].replace(" ", "").strip(), name=name,
                             status=status, periods=_periods(row["date_start"], row["date_end"], where),
                             exclusions=_exclusions(row["name"])))
    return entries


def _fold(name: str) -> str:
    return _KIND_PREFIX.sub("", name.strip()).replace("'", "’").replace("ʼ", "’").casefold()


@dataclass
class Truth:
    """The record resolved onto the gazetteer's settlements."""

    gazetteer: GazetteerLike
    entries: list[Entry]
    _by_code: dict[str, dict[str, Entry]] = field(default_factory=dict, init=False)
    _excluded: dict[tuple[str, str], set[str]] = field(default_factory=dict, init=False)
    unmatched_exclusions: list[tuple[str, str]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        for e in self.entries:
            rows = self._by_code.setdefault(e.status, {})
            same = rows.get(e.code)
            # one territory on several rows (hostilities subsections 2 and 3): one entry, all periods
            rows[e.code] = e if same is None else Entry(e.code, same.name, e.status, same.periods + e.periods,
                                                          same.exclusions + e.exclusions)
        self._resolve_exclusions()

    def _resolve_exclusions(self) -> None:
        wanted = [e for rows in self._by_code.values() for e in rows.values() if e.exclusions]
        if not wanted:
            return
        within: dict[str, list[PlaceLike]] = {}
        for p in self.gazetteer.places:
            for unit in (p.hromada_id, p.raion_id, p.oblast_id):
                within.setdefault(unit, []).append(p)
        for e in wanted:
            names = {_fold(p.name_uk): p.id for p in within.get(e.code, [])}
            ids = self._excluded.setdefault((e.status, e.code), set())
            for raw in e.exclusions:
                place_id = self._exclusion_id(raw, names)
                if place_id:
                    ids.add(place_id)
                else:
                    self.unmatched_exclusions.append((e.name, raw))

    def _exclusion_id(self, raw: str, names: dict[str, str]) -> str | None:
        """The settlement an exclusion names: by a code in brackets ("с. Новобахмутівка
        (UA14160190130054690)"), by name, or by an old name in brackets ("с-ще Грейгове
        (с-ще Миролюбове)")."""
        code = _CODE_IN_NAME.search(raw)
        if code and self.gazetteer.get(code[1]) is not None:
            return code[1]
        if _PART.match(raw):
            return None
        alt = _ALT_NAME.match(raw)
        for candidate in ((raw,) if not alt else (alt[1], alt[2])):
            place_id = names.get(_fold(candidate))
            if place_id:
                return place_id
        return None

    def _entry(self, place_id: str, status: str) -> Entry | None:
        place = self.gazetteer.get(place_id)
        if place is None:
            return None
        if place.parent_id:
            place = self.gazetteer.get(place.parent_id) or place
        rows = self._by_code.get(status, {})
        for code in (place.id, place.hromada_id, place.raion_id, place.oblast_id):
            entry = rows.get(code) if code else None
            if entry is not None and place.id not in self._excluded.get((status, code), ()):
                return entry
        return None

    def covered(self, place_id: str) -> bool:
        """Whether any occupation row of the record covers this settlement."""
        return self._entry(place_id, OCCUPIED) is not None

    def occupied(self, place_id: str, day: date) -> bool:
        entry = self._entry(place_id, OCCUPIED)
        return entry is not None and entry.active(day)

    def control(self, place_id: str, day: date) -> str:
        """'russia' when the record has it occupied that day, else 'ukraine'."""
        return "russia" if self.occupied(place_id, day) else "ukraine"

    def hostilities(self, place_id: str, day: date) -> bool:
        entry = self._entry(place_id, HOSTILITIES)
        return entry is not None and entry.active(day)

    def changes(self, place_id: str, first: date, last: date) -> list[date]:
        """Days in [first, last] on which the record's control of the settlement changes."""
        entry = self._entry(place_id, OCCUPIED)
        if entry is None:
            return []
        days = {d for start, end in entry.periods for d in (start, end) if d is not None}
        return sorted(d for d in days if first <= d <= last)

    def changed_between(self, place_id: str, first: date, last: date) -> bool:
        return bool(self.changes(place_id, first, last))

    def settlements_changed(self, first: date, last: date) -> Iterable[str]:
        """Every settlement (no city districts) whose control changes in [first, last]."""
        for p in self.gazetteer.places:
            if not p.parent_id and self.changed_between(p.id, first, last):
                yield p.id
