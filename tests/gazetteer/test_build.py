"""Build-time joins and filters, on small hand-made inputs."""

from monitor.gazetteer.build.aliases import place_aliases
from monitor.gazetteer.build.geonames import GeoPlace, match_geonames
from monitor.gazetteer.build.katottg import RawPlace, RawUnit
from monitor.gazetteer.build.postal import PostalPoint, match_postal
from monitor.gazetteer.build.regions import raion_label

OBLAST = "UA63000000000041885"


def _place(pid: str, name: str, raion: str, kind: str = "village") -> RawPlace:
    return RawPlace(pid, name, kind, OBLAST, raion, raion + "h")


def test_alias_noise_is_dropped() -> None:
    geo = GeoPlace(1, "Kharkiv", 50.0, 36.2, 1_400_000, "UA63",
                   ("HRK", "Kharkov", "ha er ke fu", "Харьков", "Харків", "http://x.org",
                    "Primorskoye", "Χάρκοβο", "Kh"))
    aliases = place_aliases("Kharkiv", "Харків", geo)
    assert "Kharkov" in aliases and "Харьков" in aliases
    for noise in ("HRK", "ha er ke fu", "http://x.org", "Primorskoye", "Χάρκοβο", "Kh"):
        assert noise not in aliases


def test_former_names_with_cyrillic_support_are_kept() -> None:
    geo = GeoPlace(2, "Bakhmut", 48.6, 38.0, 80_000, "UA14",
                   ("Artemivsk", "Артемівськ", "Артемовск", "Bakhmut"))
    aliases = place_aliases("Bakhmut", "Бахмут", geo)
    assert {"Artemivsk", "Artemovsk"} <= set(aliases)


def test_raion_is_named_after_its_centre() -> None:
    unit = RawUnit("R1", "raion", "Ізюмський", OBLAST)
    places = [_place("a", "Ізюмське", "R1"), _place("b", "Ізюм", "R1", "city")]
    assert raion_label(unit, places) == "Izium"


def test_postal_homonyms_are_paired_through_the_old_raions() -> None:
    places = [_place("k1", "Калинівка", "NEW1"), _place("k2", "Калинівка", "NEW2")]
    places += [_place(f"u{i}", f"Село{i}", "NEW1" if i < 5 else "NEW2") for i in range(10)]
    points = [PostalPoint("Калинівка", OBLAST, "OldA", 49.1, 36.1, 4),
              PostalPoint("Калинівка", OBLAST, "OldB", 49.9, 37.9, 4)]
    points += [PostalPoint(f"Село{i}", OBLAST, "OldA" if i < 5 else "OldB", 49.0, 36.0, 4)
               for i in range(10)]
    paired = match_postal(places, points)
    assert paired["k1"].old_raion == "OldA"
    assert paired["k2"].old_raion == "OldB"


def test_geonames_pairs_a_city_by_population_and_homonyms_by_distance() -> None:
    places = [_place("city", "Лиман", "R1", "city"), _place("vil", "Лиман", "R2"),
              _place("v1", "Діброва", "R1"), _place("v2", "Діброва", "R2")]
    postal = {"v1": PostalPoint("Діброва", OBLAST, "x", 49.0, 37.0, 4),
              "v2": PostalPoint("Діброва", OBLAST, "y", 50.0, 36.0, 4)}
    geo = [GeoPlace(10, "Lyman", 48.99, 37.8, 20_000, "UA63", ("Лиман", "Красный Лиман")),
           GeoPlace(11, "Dibrova", 50.01, 36.01, 600, "UA63", ("Діброва",))]
    matched = match_geonames(places, geo, postal)
    assert matched["city"].geonameid == 10
    assert matched["v2"].geonameid == 11
    assert "vil" not in matched and "v1" not in matched
