"""The packaged gazetteer: coverage, names, hierarchy, aliases, prominence."""

import re

import pytest

from monitor.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_loads_once(gaz: Gazetteer) -> None:
    assert load_gazetteer() is gaz


def test_every_settlement_is_there(gaz: Gazetteer) -> None:
    kinds = {}
    for p in gaz.places:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    assert kinds["village"] == 27237
    assert kinds["settlement"] == 2007
    assert kinds["city"] == 463  # 461 cities + Kyiv and Sevastopol
    assert len({p.id for p in gaz.places}) == len(gaz.places)


def test_special_status_cities(gaz: Gazetteer) -> None:
    kyiv = gaz.lookup("Kyiv")[0]
    assert (kyiv.name, kyiv.name_uk, kyiv.kind) == ("Kyiv", "Київ", "city")
    assert kyiv.id == "UA80000000000093317"
    assert gaz.lookup("Sevastopol")[0].kind == "city"


def test_hierarchy_is_resolved_to_names(gaz: Gazetteer) -> None:
    balakliia = gaz.lookup("Balakliia")[0]
    assert balakliia.kind == "city"
    assert (balakliia.oblast, balakliia.raion) == ("Kharkiv", "Izium")
    assert balakliia.hromada == "Balakliiska"
    assert balakliia.oblast_id == "UA63000000000041885"
    assert gaz.unit(balakliia.raion_id).name_uk == "Ізюмський"
    assert balakliia.lat == pytest.approx(49.46, abs=0.05)


@pytest.mark.parametrize("spelling, name", [
    ("Kharkov", "Kharkiv"), ("Kiev", "Kyiv"), ("Zaporozhye", "Zaporizhzhia"),
    ("Kupyansk", "Kupiansk"), ("Izyum", "Izium"), ("Balakleya", "Balakliia"),
    ("Artemivsk", "Bakhmut"), ("Харьков", "Kharkiv"), ("Куп’янськ", "Kupiansk"),
    ("Severodonetsk", "Siverskodonetsk"), ("Sievierodonetsk", "Siverskodonetsk"),
])
def test_variant_spellings_lead_to_the_place(gaz: Gazetteer, spelling: str, name: str) -> None:
    assert gaz.lookup(spelling)[0].name == name


def test_aliases_are_free_of_codes_and_other_scripts(gaz: Gazetteer) -> None:
    kharkiv = gaz.lookup("Kharkiv")[0]
    assert "HRK" not in kharkiv.aliases
    assert "Kharkov" in kharkiv.aliases
    allowed = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff' \u2019.-]+$")
    for p in gaz.places:
        for alias in p.aliases:
            assert allowed.match(alias), (p.name, alias)
            assert not (alias.isupper() and len(alias) <= 4), (p.name, alias)


def test_homonyms_are_ranked_by_prominence(gaz: Gazetteer) -> None:
    kalynivka = gaz.lookup("Kalynivka")
    assert len(kalynivka) >= 80
    assert kalynivka[0].kind == "city"
    proms = [p.prominence for p in kalynivka]
    assert proms == sorted(proms, reverse=True)
    villages = [p for p in kalynivka if p.kind == "village" and p.population is None]
    assert villages and all(p.prominence < kalynivka[0].prominence for p in villages)


def test_places_the_codifier_lacks_come_from_geonames(gaz: Gazetteer) -> None:
    balaklava = gaz.lookup("Balaklava")[0]
    assert balaklava.oblast == "Sevastopol" and balaklava.id.startswith("GN")


def test_most_settlements_have_coordinates(gaz: Gazetteer) -> None:
    with_coords = sum(1 for p in gaz.places if p.lat is not None)
    assert with_coords / len(gaz.places) > 0.8
    for p in gaz.places:
        if p.lat is not None:
            assert 44 < p.lat < 53 and 22 < p.lon < 41, p


def test_oblasts_have_english_labels(gaz: Gazetteer) -> None:
    labels = {u.label for u in gaz.oblasts}
    assert {"Kharkiv", "Zaporizhzhia", "Volyn", "Crimea", "Kyiv", "Kyiv City"} <= labels
    kharkiv = next(u for u in gaz.oblasts if u.label == "Kharkiv")
    assert "Kharkivska" in kharkiv.aliases and "Kharkov" in kharkiv.aliases
