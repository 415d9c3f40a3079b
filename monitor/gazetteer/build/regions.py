"""English labels and name variants of oblasts and raions.

The codifier names units by adjective (Харківська, Ізюмський). News says "Kharkiv Oblast",
"Kharkov region", "Kharkivshchyna", "Izium Raion". Oblast labels are irregular (Zaporizka →
Zaporizhzhia, Volynska → Volyn), so they are a fixed table; raions are named after their
centre, so a raion's label is the transliterated name of the settlement it is named after.
"""

from __future__ import annotations

from monitor.gazetteer.build.katottg import RawPlace, RawUnit
from monitor.gazetteer.translit import is_cyrillic, looks_russian, ru_to_latin, uk_to_latin

# KATOTTG level-1 prefix → (English label, GeoNames admin1 code, extra names: Russian-based,
# former and colloquial Ukrainian ones, and the Russian names Russian-language reporting uses
# (Харьковская, Харьковщина); the Cyrillic ones are transliterated as well).
OBLASTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "UA01": ("Crimea", "11",
             ("Krym", "Крим", "Крым", "Autonomous Republic of Crimea", "Крымская", "Республика Крым")),
    "UA05": ("Vinnytsia", "23", ("Vinnitsa", "Вінниччина", "Винницкая", "Винничина")),
    "UA07": ("Volyn", "24", ("Volhynia", "Volyn'", "Волинь", "Волынская")),
    "UA12": ("Dnipropetrovsk", "04",
             ("Dnepropetrovsk", "Dnipro", "Дніпропетровщина", "Дніпровщина", "Днепропетровская",
              "Днепропетровщина", "Днепровщина")),
    "UA14": ("Donetsk", "05", ("Донеччина", "Донетчина", "Донецкая", "Донецкая Народная Республика")),
    "UA18": ("Zhytomyr", "27", ("Zhitomir", "Житомирщина", "Житомирская")),
    "UA21": ("Zakarpattia", "25",
             ("Transcarpathia", "Zakarpattya", "Zakarpatye", "Закарпаття", "Закарпатская", "Закарпатье")),
    "UA23": ("Zaporizhzhia", "26",
             ("Zaporozhye", "Zaporizhia", "Zaporizhzhya", "Запоріжжя", "Запорожская", "Запорожье", "Запорожщина")),
    "UA26": ("Ivano-Frankivsk", "06",
             ("Prykarpattia", "Івано-Франківщина", "Прикарпаття", "Ивано-Франковская", "Прикарпатье")),
    "UA32": ("Kyiv", "13", ("Kiev", "Київщина", "Киевская", "Киевщина")),
    "UA35": ("Kirovohrad", "10",
             ("Kirovograd", "Kropyvnytskyi", "Кіровоградщина", "Кировоградская", "Кировоградщина")),
    "UA44": ("Luhansk", "14", ("Lugansk", "Луганщина", "Луганская", "Луганская Народная Республика")),
    "UA46": ("Lviv", "15", ("Lvov", "Львівщина", "Львовская", "Львовщина")),
    "UA48": ("Mykolaiv", "16", ("Nikolaev", "Nikolayev", "Миколаївщина", "Николаевская", "Николаевщина")),
    "UA51": ("Odesa", "17", ("Odessa", "Одещина", "Одесская", "Одесщина")),
    "UA53": ("Poltava", "18", ("Полтавщина", "Полтавская")),
    "UA56": ("Rivne", "19", ("Rovno", "Рівненщина", "Ровенская", "Ровенщина")),
    "UA59": ("Sumy", "21", ("Сумщина", "Сумская")),
    "UA61": ("Ternopil", "22", ("Ternopol", "Тернопільщина", "Тернопольская", "Тернопольщина")),
    "UA63": ("Kharkiv", "07", ("Kharkov", "Харківщина", "Слобожанщина", "Харьковская", "Харьковщина")),
    "UA65": ("Kherson", "08", ("Херсонщина", "Херсонская")),
    "UA68": ("Khmelnytskyi", "09", ("Khmelnitsky", "Khmelnytskyy", "Хмельниччина", "Хмельницкая", "Хмельнитчина")),
    "UA71": ("Cherkasy", "01", ("Cherkassy", "Черкащина", "Черкасская", "Черкасщина")),
    "UA73": ("Chernivtsi", "03", ("Chernovtsy", "Bukovina", "Буковина", "Черновицкая")),
    "UA74": ("Chernihiv", "02", ("Chernigov", "Чернігівщина", "Черниговская", "Черниговщина")),
    "UA80": ("Kyiv City", "12", ()),
    "UA85": ("Sevastopol", "20", ()),
}

_CITY_UNITS = {"UA80", "UA85"}  # Kyiv and Sevastopol: "Kyiv Oblast" is UA32, not the city
# Raion adjectives too irregular to derive from the centre's name.
_RAION_CENTRES = {"криворізький": "Кривий Ріг", "білоцерківський": "Біла Церква"}

GEONAMES_ADMIN1 = {admin1: prefix for prefix, (_, admin1, _) in OBLASTS.items()}


def oblast_names(unit: RawUnit) -> tuple[str, str, list[str]]:
    """(Latin name, English label, aliases) of a level-1 unit."""
    label, _, extra = OBLASTS[unit.id[:4]]
    latin = uk_to_latin(unit.name_uk)
    aliases = [unit.name_uk] if unit.id[:4] in _CITY_UNITS else [latin, unit.name_uk]
    for name in extra:
        aliases.append(name)
        if is_cyrillic(name):
            aliases.append(ru_to_latin(name) if looks_russian(name) else uk_to_latin(name))
    return latin, label, _unique(aliases, label)


def raion_label(unit: RawUnit, places: list[RawPlace]) -> str:
    """The raion's centre name in Latin (Ізюмський → Izium), else the adjective itself."""
    adjective = unit.name_uk.lower()
    if adjective in _RAION_CENTRES:
        return uk_to_latin(_RAION_CENTRES[adjective])
    best: tuple[int, int] | None = None
    best_name = ""
    for place in places:
        if place.kind == "city_district":
            continue
        name = place.name_uk.lower()
        common = _common_prefix(adjective, name)
        # the adjective is the name minus its ending plus -ський/-цький/-івський
        if common < max(3, len(name) - 3):
            continue
        score = (-_rank(place), common)  # a city beats a village with a longer prefix
        if best is None or score > best:
            best, best_name = score, place.name_uk
    return uk_to_latin(best_name or unit.name_uk)


def unit_aliases(unit: RawUnit, label: str) -> list[str]:
    """The Latin adjective (Iziumskyi) and the Cyrillic name."""
    return _unique([uk_to_latin(unit.name_uk), unit.name_uk], label)


def _rank(place: RawPlace) -> int:
    return {"city": 0, "settlement": 1, "village": 2}.get(place.kind, 3)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _unique(names: list[str], label: str) -> list[str]:
    seen = {label}
    out = []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out
