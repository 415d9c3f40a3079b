"""Support for a namesake from the other places a text names."""

import math

from monitor.gazetteer.context import NEAR_KM, Anchor, Context, place_anchor
from monitor.gazetteer.model import Place


def _place(pid: str, raion: str, hromada: str, lat: float | None = None,
           lon: float | None = None, prominence: int = 200) -> Place:
    return Place(pid, pid, pid, "village", "Oblast", "Raion", "Hromada", lat, lon, prominence,
                 (), "O1", raion, hromada, None, "postal" if lat else "")


def test_closer_ties_count_more() -> None:
    anchors = [Anchor("O1", "R1", "H1", 0, "a"), Anchor("O1", "R2", "", 3, "b")]
    ctx = Context(anchors)
    assert ctx.support(_place("x", "R1", "H1"), 0, "x") == (3.5, 1)  # hromada, same sentence
    assert ctx.support(_place("y", "R2", "H9"), 0, "y") == (2.0, 1)  # raion, elsewhere
    assert ctx.support(_place("z", "R9", "H9"), 0, "z") == (1.5, 1)  # oblast, same sentence


def test_the_same_name_does_not_support_itself() -> None:
    ctx = Context([Anchor("O1", "R1", "H1", 0, "kalynivka")])
    assert ctx.support(_place("x", "R1", "H1"), 0, "kalynivka") == (0.0, 0)


def test_neighbours_across_a_border() -> None:
    ctx = Context([Anchor("O2", "R7", "H7", 0, "a", 49.05, 38.22)])
    assert ctx.support(_place("x", "R1", "H1", 49.02, 38.05), 0, "x") == (1.75, 1)
    assert ctx.support(_place("y", "R1", "H1", 48.00, 37.20), 0, "y") == (0.0, 0)


def test_a_big_city_only_tells_the_oblast() -> None:
    city = _place("kharkiv", "R1", "H1", 50.0, 36.2, prominence=1_400_000)
    assert place_anchor(city, 0, "kharkiv") == Anchor("O1", "", "", 0, "kharkiv")


def test_ties_are_same_sentence_and_support_at_once() -> None:
    # (the box around the points must keep a place just within NEAR_KM east-west, where a degree of
    # longitude is shortest)
    ctx = Context([Anchor("O2", "R7", "H7", 0, "a", 49.05, 38.22), Anchor("O3", "R1", "H1", 2, "b")])
    east = 38.22 + (NEAR_KM - 0.01) / (111.0 * math.cos(math.radians(49.05)))
    places = [_place("near", "R9", "H9", 49.05, east), _place("far", "R9", "H9", 49.05, east + 0.01),
              _place("north", "R9", "H9", 49.05 + (NEAR_KM - 0.01) / 111.0, 38.22),
              _place("kin", "R1", "H1", 44.0, 22.0), _place("away", "R9", "H9", 45.0, 30.0),
              _place("nowhere", "R9", "H9")]
    for place in places:
        assert ctx.ties(place, 0, "x") == (ctx.same_sentence(place, 0, "x"), *ctx.support(place, 0, "x"))
    assert [ctx.ties(p, 0, "x")[1] for p in places] == [1.75, 0.0, 1.75, 3.0, 0.0, 0.0]
